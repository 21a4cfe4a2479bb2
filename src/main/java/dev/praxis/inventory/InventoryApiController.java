package dev.praxis.inventory;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/inventory}: the agent's (or curl's) upload, authorised by a learner's upload token in
 * {@code Authorization: Bearer ...}. No cookies, no CSRF token: a session alone never authorises it. Errors are
 * RFC 9457 problem details saying which section and line could not be read.
 */
@RestController
class InventoryApiController {

    private final InventoryService inventories;
    private final UploadTokenService tokens;
    private final JsonMapper json;

    InventoryApiController(InventoryService inventories, UploadTokenService tokens, JsonMapper json) {
        this.inventories = inventories;
        this.tokens = tokens;
        this.json = json;
    }

    @PostMapping(path = "/api/v1/inventory", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> upload(HttpServletRequest request) throws IOException {
        Optional<Long> owner = bearer(request).flatMap(tokens::authenticate);
        if (owner.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "Send a valid upload token: Authorization: Bearer <token>. Create one on your settings page.");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(problem);
        }
        if (!acceptedType(request.getContentType())) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Send the agent's JSON as application/json or a terminal transcript as text/plain."));
        }
        byte[] body = readAtMost(request.getInputStream(), InventoryService.MAX_UPLOAD_BYTES + 1);
        InventoryUpload upload = inventories.upload(owner.get(), "api", null, body);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", upload.id());
        answer.put("status", upload.status());
        answer.put("parserVersion", upload.parserVersion());
        answer.put("inventory", json.readTree(upload.normalizedJson()));
        return ResponseEntity.created(URI.create("/inventory/uploads/" + upload.id())).body(answer);
    }

    @ExceptionHandler(InventoryService.UploadRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(InventoryService.UploadRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("The upload is not an inventory Praxis can read");
        if (e.uploadId() != null) {
            problem.setProperty("uploadId", e.uploadId());
        }
        e.parseError().ifPresent(error -> {
            problem.setProperty("section", error.section());
            problem.setProperty("line", error.line());
            problem.setProperty("expected", error.expected());
        });
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(InventoryService.UploadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(InventoryService.UploadTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage()));
    }

    @ExceptionHandler(UploadQuota.UploadRateLimitedException.class)
    ResponseEntity<ProblemDetail> tooMany(UploadQuota.UploadRateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    @ExceptionHandler(UploadQuota.UploadQuotaExceededException.class)
    ResponseEntity<ProblemDetail> overQuota(UploadQuota.UploadQuotaExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Storage quota reached");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    private static boolean acceptedType(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.isCompatibleWith(MediaType.TEXT_PLAIN);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }
}
