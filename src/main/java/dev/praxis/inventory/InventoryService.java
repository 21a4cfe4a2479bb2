package dev.praxis.inventory;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.InventoryJson;
import dev.praxis.inventory.core.InventoryParseException;
import dev.praxis.inventory.core.InventoryReader;
import dev.praxis.system.web.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The upload pipeline: store the raw bytes first (their own transaction), then parse them with the pure reader
 * and record the normalized inventory or the precise reason it could not be read.
 */
@Service
public class InventoryService {

    public static final int MAX_UPLOAD_BYTES = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(InventoryService.class);

    private final InventoryUploadRepository uploads;
    private final ApplicationEventPublisher events;
    private final UploadQuota quota;

    InventoryService(InventoryUploadRepository uploads, ApplicationEventPublisher events, UploadQuota quota) {
        this.uploads = uploads;
        this.events = events;
        this.quota = quota;
    }

    /**
     * Stores and parses one upload. The upload is kept even when it cannot be read.
     *
     * @throws UploadRejectedException with the parser's precise message when the input is not an inventory
     * @throws UploadQuota.UploadRateLimitedException when the learner has uploaded too often this hour
     * @throws UploadQuota.UploadQuotaExceededException when the learner's stored uploads would pass the quota
     */
    public InventoryUpload upload(long userId, String channel, String filename, byte[] raw) {
        quota.take(userId);
        if (raw.length == 0) {
            throw new UploadRejectedException("The upload is empty. Paste the output of the module's commands, or "
                    + "upload praxis-inventory.json from the agent.", null, null);
        }
        if (raw.length > MAX_UPLOAD_BYTES) {
            throw new UploadTooLargeException();
        }
        quota.checkStorage(uploads.storedBytes(userId), raw.length);
        long id = uploads.insertRaw(userId, channel, safeFilename(filename), raw);
        try {
            Inventory inventory = read(id, raw);
            log.info("Inventory upload {} of account {} via {} ({} bytes) parsed as {}", id, userId, channel, raw.length,
                    inventory.source().id());
            events.publishEvent(new InventoryUploaded(userId, id));
            return uploads.findOwned(userId, id).orElseThrow();
        } catch (UploadRejectedException e) {
            uploads.deleteRejectedBeyond(userId, quota.keptRejected());
            log.info("Inventory upload {} of account {} via {} ({} bytes) rejected: {}", id, userId, channel, raw.length,
                    e.getMessage());
            throw e;
        }
    }

    /**
     * The one way a stored upload is read, at upload and again with a newer parser: parsed and stored normalized, or
     * marked rejected with its reason (what the parser refuses, and what PostgreSQL refuses to store); never left
     * as it was.
     *
     * @throws UploadRejectedException with the reason, once the upload is marked rejected
     */
    private Inventory read(long id, byte[] raw) {
        String message;
        InventoryParseException cause = null;
        try {
            Inventory inventory = InventoryReader.read(raw);
            String normalized = InventoryJson.write(inventory);
            if (!containsNul(normalized)) {
                uploads.markParsed(id, InventoryReader.PARSER_VERSION, normalized);
                return inventory;
            }
            message = "The upload contains a NUL character (\\u0000) in a value, which Praxis cannot store. Remove it"
                    + " and upload again.";
        } catch (InventoryParseException e) {
            message = e.getMessage();
            cause = e;
        } catch (DataIntegrityViolationException e) {
            message = "The upload was read, but a value in it cannot be stored: " + e.getMostSpecificCause().getMessage();
            log.warn("Inventory upload {} could not be stored: {}", id, message);
        }
        uploads.markRejected(id, InventoryReader.PARSER_VERSION, message);
        throw new UploadRejectedException(message, id, cause);
    }

    public List<InventoryUpload> history(long userId) {
        return uploads.findByUser(userId);
    }

    public InventoryUpload owned(long userId, long uploadId) {
        return uploads.findOwned(userId, uploadId).orElseThrow(() -> new NotFoundException("No such upload"));
    }

    public Optional<Inventory> latest(long userId) {
        return uploads.latestParsed(userId).map(upload -> InventoryJson.read(upload.normalizedJson()));
    }

    /** The normalized inventory of one of the learner's own parsed uploads. */
    public Optional<Inventory> inventory(long userId, long uploadId) {
        return uploads.findOwned(userId, uploadId).filter(InventoryUpload::parsed)
                .map(upload -> InventoryJson.read(upload.normalizedJson()));
    }

    public byte[] raw(long userId, long uploadId) {
        return uploads.raw(userId, uploadId).orElseThrow(() -> new NotFoundException("No such upload"));
    }

    /**
     * Reads one of the learner's stored uploads again with today's parser (on demand, from its page); the upload then
     * names the new parser version, and a now readable upload counts for the lab like a new one.
     */
    public InventoryUpload reread(long userId, long uploadId) {
        InventoryUpload upload = owned(userId, uploadId);
        byte[] raw = raw(userId, uploadId);
        try {
            read(upload.id(), raw);
            log.info("Inventory upload {} of account {} read again by parser {}", uploadId, userId,
                    InventoryReader.PARSER_VERSION);
            events.publishEvent(new InventoryUploaded(userId, uploadId));
        } catch (UploadRejectedException e) {
            log.info("Inventory upload {} of account {} read again by parser {}: rejected", uploadId, userId,
                    InventoryReader.PARSER_VERSION);
        }
        return owned(userId, uploadId);
    }

    /** Reads every upload that an older parser version read, with today's parser. Returns how many changed. */
    public int reparseOlderUploads() {
        int count = 0;
        for (long id : uploads.idsParsedBefore(InventoryReader.PARSER_VERSION)) {
            try {
                read(id, uploads.rawById(id).orElseThrow());
            } catch (UploadRejectedException e) {
                log.info("Inventory upload {} read again by parser {}: rejected: {}", id, InventoryReader.PARSER_VERSION,
                        e.getMessage());
            }
            count++;
        }
        if (count > 0) {
            log.info("Re-parsed {} inventory uploads with parser {}", count, InventoryReader.PARSER_VERSION);
        }
        return count;
    }

    /** A JSON text holds an escaped NUL: a {@code \\u0000} whose backslash is not itself escaped. */
    static boolean containsNul(String json) {
        for (int at = json.indexOf("\\u0000"); at >= 0; at = json.indexOf("\\u0000", at + 1)) {
            int backslashes = 0;
            for (int i = at; i >= 0 && json.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            if (backslashes % 2 == 1) {
                return true;
            }
        }
        return false;
    }

    private static String safeFilename(String filename) {
        if (filename == null || filename.isBlank()) {
            return null;
        }
        String base = filename.replace('\\', '/').replaceAll("\\p{Cntrl}", "");
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 255 ? base.substring(0, 255) : base;
    }

    /** Announced after a successful upload, so the lab can revalidate its checklist. */
    public record InventoryUploaded(long userId, long uploadId) {
    }

    /** The upload was stored but cannot be read as an inventory; the message says where and why. */
    public static final class UploadRejectedException extends RuntimeException {

        private final Long uploadId;
        private final InventoryParseException parseError;

        UploadRejectedException(String message, Long uploadId, InventoryParseException parseError) {
            super(message, parseError);
            this.uploadId = uploadId;
            this.parseError = parseError;
        }

        public Long uploadId() {
            return uploadId;
        }

        /** Where the parser stopped (section, line, what it expected), when it was the parser that refused. */
        public Optional<InventoryParseException> parseError() {
            return Optional.ofNullable(parseError);
        }
    }

    /** Larger than {@link #MAX_UPLOAD_BYTES}. */
    public static final class UploadTooLargeException extends RuntimeException {
        public UploadTooLargeException() {
            super("The upload is larger than 1 MB. Upload only praxis-inventory.json or the commands' output.");
        }
    }
}
