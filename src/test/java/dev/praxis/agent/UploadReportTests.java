package dev.praxis.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UploadReportTests {

    private static final URI URL = URI.create("https://praxis.example.org/api/v1/inventory");

    @Test
    void aStoredUploadIsNamedWithItsPageNotPrintedAsJson() {
        String report = UploadReport.of(URL, new Uploader.Answer(201,
                "{\"id\":42,\"status\":\"parsed\",\"parserVersion\":3,\"inventory\":{\"source\":\"agent\"}}"));

        assertThat(report).isEqualTo("Uploaded to Praxis as upload 42 (read and stored).\n"
                + "See it at https://praxis.example.org/inventory/uploads/42; the lab now checks its checklist against it.\n");
        assertThat(report).doesNotContain("{", "parserVersion");
    }

    @Test
    void anUnreadableUploadSaysWhyAndWhere() {
        String report = UploadReport.of(URL, new Uploader.Answer(422, """
                {"type":"about:blank","title":"The upload is not an inventory Praxis can read","status":422,
                 "detail":"The transcript could not be read.","section":"lscpu","line":7,"expected":"a 'Model name:' line"}
                """));

        assertThat(report).isEqualTo("Upload refused (HTTP 422): The transcript could not be read.\n"
                + "At line 7, expected a 'Model name:' line.\n");
    }

    @Test
    void aRefusedTokenPointsToSettings() {
        String report = UploadReport.of(URI.create("http://localhost:8080/api/v1/inventory"), new Uploader.Answer(401,
                "{\"status\":401,\"detail\":\"Send a valid upload token: Authorization: Bearer <token>.\"}"));

        assertThat(report).contains("Upload refused (HTTP 401): Send a valid upload token",
                "Create a new upload token under Settings: http://localhost:8080/settings#tokens");
    }

    @Test
    void anAnswerThatIsNotJsonStillReadsAsASentence() {
        assertThat(UploadReport.of(URL, new Uploader.Answer(502, "<html>Bad gateway</html>")))
                .isEqualTo("Upload refused (HTTP 502).\n");
    }
}
