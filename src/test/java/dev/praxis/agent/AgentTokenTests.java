package dev.praxis.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token kept off the command line, and server text that cannot act on the learner's terminal. */
class AgentTokenTests {

    @TempDir
    Path dir;

    private static InputStream none() {
        return InputStream.nullInputStream();
    }

    @Test
    void readsTheTokenFromTheEnvironmentAFileOrStandardInput() throws IOException {
        StringBuilder warnings = new StringBuilder();
        assertThat(UploadToken.resolve(null, null, Map.of("PRAXIS_TOKEN", " pxu_env\n"), none(), warnings))
                .isEqualTo("pxu_env");
        Path file = Files.writeString(dir.resolve("token"), "pxu_file\n");
        assertThat(UploadToken.resolve(null, file, Map.of("PRAXIS_TOKEN", "pxu_env"), none(), warnings))
                .isEqualTo("pxu_file");
        assertThat(UploadToken.resolve("-", null, Map.of(), new ByteArrayInputStream(
                "pxu_stdin\n".getBytes(StandardCharsets.UTF_8)), warnings)).isEqualTo("pxu_stdin");
        assertThat(warnings).isEmpty();
        assertThat(UploadToken.resolve(null, null, Map.of(), none(), warnings)).isNull();
    }

    @Test
    void aTokenOnTheCommandLineStillWorksWithAWarning() throws IOException {
        StringBuilder warnings = new StringBuilder();
        assertThat(UploadToken.resolve("pxu_flag", null, Map.of(), none(), warnings)).isEqualTo("pxu_flag");
        assertThat(warnings.toString()).contains("visible to other users").contains("PRAXIS_TOKEN");
    }

    @Test
    void uploadWithoutAnyTokenStopsBeforeCollecting() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AgentMain.run(List.of("--upload", "https://praxis.example/api/v1/inventory"),
                new PrintStream(out), new PrintStream(err), Map.of(), none());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("PRAXIS_TOKEN").contains("--token-file");
        assertThat(out.size()).isZero();
    }

    @Test
    void serverTextLosesEscapeSequencesAndControlsButKeepsLines() {
        String hostile = "ok\u001B]52;c;aGVsbG8=\u0007\u001B[2J\r\nnext\tline\u0000\u202E";
        assertThat(TerminalText.printable(hostile)).isEqualTo("ok]52;c;aGVsbG8=[2J\nnext\tline");
    }
}
