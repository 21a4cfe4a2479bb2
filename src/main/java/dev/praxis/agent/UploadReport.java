package dev.praxis.agent;

import java.net.URI;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a learner reads after {@code --upload}: where the upload went and what Praxis made of it, in sentences
 * instead of the server's JSON. The platform answers 201 with {@code id} and {@code status}, or a problem document
 * ({@code detail}, and for an unreadable upload {@code line} and {@code expected}).
 */
final class UploadReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private UploadReport() {
    }

    static String of(URI url, Uploader.Answer answer) {
        JsonNode body = parse(answer.body());
        String site = url.getScheme() + "://" + url.getAuthority();
        if (answer.ok()) {
            String id = text(body, "id");
            String status = text(body, "status");
            String where = id == null ? site + "/inventory" : site + "/inventory/uploads/" + id;
            return "Uploaded to Praxis" + (id == null ? "" : " as upload " + id)
                    + (status == null ? "" : " (" + ("parsed".equals(status) ? "read and stored" : status) + ")")
                    + ".\nSee it at " + where + "; the lab now checks its checklist against it.\n";
        }
        StringBuilder report = new StringBuilder("Upload refused (HTTP " + answer.status() + ")");
        String detail = text(body, "detail");
        report.append(detail == null ? "." : ": " + detail);
        String line = text(body, "line");
        String expected = text(body, "expected");
        if (line != null) {
            report.append("\nAt line ").append(line).append(expected == null ? "" : ", expected " + expected).append('.');
        }
        if (answer.status() == 401) {
            report.append("\nCreate a new upload token under Settings: ").append(site).append("/settings#tokens");
        }
        return report.append('\n').toString();
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String text(JsonNode body, String field) {
        if (body == null || !body.isObject() || !body.hasNonNull(field)) {
            return null;
        }
        JsonNode value = body.get(field);
        return value.isValueNode() ? value.asString() : null;
    }
}
