package dev.praxis.inventory;

import dev.praxis.system.Sha256;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upload tokens for the agent: 32 random bytes shown to the learner once, stored only as a SHA-256 hash (a token
 * is high-entropy, so a fast hash is enough; no salt or slow hash is needed as for passwords).
 */
@Service
public class UploadTokenService {

    static final String PREFIX = "pxu_";
    private static final int MAX_ACTIVE_TOKENS = 10;

    private final UploadTokenRepository tokens;
    private final SecureRandom random = new SecureRandom();

    UploadTokenService(UploadTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** Creates a token named {@code label} (checked by {@link TokenForm}) and returns it in clear text: the only time anyone sees it. */
    @Transactional
    public String create(long userId, String label) {
        long active = tokens.findByUser(userId).stream().filter(UploadToken::active).count();
        if (active >= MAX_ACTIVE_TOKENS) {
            throw new IllegalArgumentException("You already have " + MAX_ACTIVE_TOKENS
                    + " active tokens. Revoke one you no longer use first.");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.insert(userId, label, hash(token), token.substring(token.length() - 4));
        return token;
    }

    public List<UploadToken> list(long userId) {
        return tokens.findByUser(userId);
    }

    public boolean revoke(long userId, long tokenId) {
        return tokens.revoke(userId, tokenId);
    }

    /** The learner an active token belongs to. */
    public Optional<Long> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.useActive(hash(token));
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
