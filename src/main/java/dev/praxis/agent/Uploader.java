package dev.praxis.agent;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends the agent JSON to the platform's upload endpoint with the learner's token. */
final class Uploader {

    /** The server's answer. */
    record Answer(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The server's answer is a short JSON summary; anything longer is cut rather than held in memory. */
    static final int MAX_ANSWER_BYTES = 8 * 1024;

    private final HttpClient client;

    Uploader(HttpClient client) {
        this.client = client;
    }

    static Uploader create() {
        return new Uploader(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    Answer upload(URI url, String token, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] start = body.readNBytes(MAX_ANSWER_BYTES + 1);
            String text = new String(start, 0, Math.min(start.length, MAX_ANSWER_BYTES), StandardCharsets.UTF_8);
            return new Answer(response.statusCode(), start.length > MAX_ANSWER_BYTES ? text + "\n[answer cut at "
                    + MAX_ANSWER_BYTES / 1024 + " KB]" : text);
        }
    }
}
