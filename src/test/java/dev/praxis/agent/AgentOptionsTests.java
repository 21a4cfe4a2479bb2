package dev.praxis.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.praxis.agent.AgentOptions.Mode;
import dev.praxis.agent.AgentOptions.UsageException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentOptionsTests {

    @Test
    void noArgumentsCollectsForTheCurrentDirectory() throws UsageException {
        AgentOptions options = AgentOptions.parse(List.of());

        assertThat(options.mode()).isEqualTo(Mode.COLLECT);
        assertThat(options.projectDir()).isEqualTo(Path.of("").toAbsolutePath());
        assertThat(options.upload()).isNull();
    }

    @Test
    void readsProjectDirUploadAndToken() throws UsageException {
        AgentOptions options = AgentOptions.parse(List.of("--project-dir", "/work/p", "--upload",
                "https://praxis.example/api/inventory", "--token", "abc"));

        assertThat(options.projectDir()).isEqualTo(Path.of("/work/p"));
        assertThat(options.upload()).isEqualTo(URI.create("https://praxis.example/api/inventory"));
        assertThat(options.token()).isEqualTo("abc");
    }

    @Test
    void parseTakesOneFile() throws UsageException {
        assertThat(AgentOptions.parse(List.of("parse", "t.txt")).parseFile()).isEqualTo(Path.of("t.txt"));
        assertThatThrownBy(() -> AgentOptions.parse(List.of("parse"))).isInstanceOf(UsageException.class);
    }

    @Test
    void aTokenOptionWithoutUploadIsRefused() {
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--token-file", "t.txt")))
                .hasMessageContaining("only used with --upload");
    }

    @Test
    void readsTheTokenFileOption() throws UsageException {
        assertThat(AgentOptions.parse(List.of("--upload", "https://x.example/u", "--token-file", "t.txt")).tokenFile())
                .isEqualTo(Path.of("t.txt"));
    }

    @Test
    void plainHttpOnlyToThisMachine() throws UsageException {
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--upload", "http://praxis.example/api/v1/inventory")))
                .hasMessageContaining("https://");
        for (String local : List.of("http://localhost:8080/u", "http://127.0.0.1:8080/u", "http://[::1]:8080/u")) {
            assertThat(AgentOptions.parse(List.of("--upload", local)).upload()).isEqualTo(URI.create(local));
        }
    }

    @Test
    void uploadMustBeHttp() {
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--upload", "ftp://x/u", "--token", "t")))
                .hasMessageContaining("http(s)");
    }

    @Test
    void unknownOptionIsNamed() {
        assertThatThrownBy(() -> AgentOptions.parse(List.of("--colour", "red"))).hasMessageContaining("--colour");
    }

    @Test
    void helpWinsOverEverythingElse() throws UsageException {
        assertThat(AgentOptions.parse(List.of("--upload", "x", "--help")).mode()).isEqualTo(Mode.HELP);
    }
}
