package dev.praxis.agent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends the agent JSON to the platform's upload endpoint with the learner's token. */
final class Uploader {

    /** The server's answer. */
    record Answer(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

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
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
