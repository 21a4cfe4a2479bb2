package dev.praxis.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentMainTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AgentMain.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--project-dir PATH", "parse FILE");
    }

    @Test
    void helpSendsLearnersToSettingsForTheToken() {
        run("--help");
        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("create one in Praxis under Settings").doesNotContain("inventory page");
    }

    @Test
    void unknownOptionIsNamedWithTheUsage() {
        assertThat(run("--colour", "red")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("praxis-agent: Unknown options: '--colour', 'red'",
                "Usage: java -jar praxis-agent.jar");
        assertThat(out.size()).isZero();
    }

    @Test
    void missingValuesAreNamed() {
        assertThat(run("parse")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("praxis-agent: Missing required parameter: 'FILE'");
        err.reset();
        assertThat(run("--upload")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("praxis-agent: Missing required parameter for option "
                + "'--upload' (URL)");
        assertThat(out.size()).isZero();
    }

    @Test
    void badCommandLineExitsWithTwo() {
        assertThat(run("--upload", "https://x.example/u")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--upload needs your upload token", "PRAXIS_TOKEN");
    }

    @Test
    void parsePrintsTheNormalizedJson() {
        assertThat(run("parse", "src/test/resources/inventory/fixtures/ubuntu-two-nvidia.transcript.txt")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"source\" : \"linux-commands\"",
                "\"vramBytes\" : 25769803776");
    }

    @Test
    void parseOfSystemProfilerJsonReadsAMacNotForeignJson() {
        assertThat(run("parse",
                "src/test/resources/inventory/corpus/other/sp-json-hardware-intel-imac-pro-xeon-w.json")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"source\" : \"macos-commands\"",
                "\"model\" : \"8-Core Intel Xeon W\"", "\"logicalCores\" : 16");
    }

    @Test
    void parseOfForeignInputExitsNonZeroWithTheLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "my machine is great\n");

        assertThat(run("parse", file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("transcript, line 1: expected");
    }

    @Test
    void parseOfAPartlyReadableTranscriptExitsZeroAndPrintsTheWarnings(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("session.txt"), """
                $ df -h
                Filesystem      Size  Used Avail Use% Mounted on
                /dev/sda1        50G   20G   28G  42% /
                $ free -h
                Mem: plenty
                """);

        assertThat(run("parse", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"mount\" : \"/\"", "\"status\" : \"not-read\"");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("warning: line 5: the free output could not be read (line 5: expected");
    }

    @Test
    void uploaderPostsJsonWithTheBearerToken() throws Exception {
        AtomicReference<String> authorization = new AtomicReference<>();
        AtomicReference<String> contentType = new AtomicReference<>();
        AtomicReference<String> body = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/inventory", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"stored\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/inventory");

            Uploader.Answer answer = Uploader.create().upload(url, "t0ken", "{\"source\":\"agent\"}");

            assertThat(answer.ok()).isTrue();
            assertThat(answer.body()).isEqualTo("{\"stored\":true}");
            assertThat(authorization.get()).isEqualTo("Bearer t0ken");
            assertThat(contentType.get()).isEqualTo("application/json");
            assertThat(body.get()).isEqualTo("{\"source\":\"agent\"}");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void refusedUploadIsNotOk() {
        assertThat(new Uploader.Answer(401, "bad token").ok()).isFalse();
    }
}
