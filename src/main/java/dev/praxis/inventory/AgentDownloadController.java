package dev.praxis.inventory;

import dev.praxis.system.web.NotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the inventory agent jar built next to the platform ({@code target/praxis-agent.jar}). */
@Controller
class AgentDownloadController {

    private final List<Path> candidates;

    AgentDownloadController(AgentSettings settings) {
        this.candidates = settings.jar() != null
                ? List.of(settings.jar())
                : List.of(Path.of("praxis-agent.jar"), Path.of("target", "praxis-agent.jar"));
    }

    @GetMapping("/downloads/praxis-agent.jar")
    ResponseEntity<Resource> agent() {
        Path jar = candidates.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new NotFoundException("The agent jar was not built; run ./mvnw package"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/java-archive"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("praxis-agent.jar").build().toString())
                .body(new FileSystemResource(jar));
    }

    /** @param jar where the agent jar is ({@code PRAXIS_AGENT_JAR}); default: next to the platform or in target/ */
    @ConfigurationProperties("praxis.agent")
    record AgentSettings(Path jar) {
    }
}
