package dev.praxis.account;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A {@link SecureRandom} whose bytes come from a DRBG of the calling thread's own. The platform's default
 * ({@code NativePRNG}) serialises every caller on one lock around its read of {@code /dev/urandom}: Spring Security
 * masks the CSRF token with fresh random bytes on every page and fragment that carries one, and with 200 learners
 * writing on two cores the request threads queued on that lock (JFR: 88 s of blocked time in one 60 s run) whenever
 * its holder was descheduled. Each thread's generator is seeded from the system's entropy when the thread first asks.
 */
final class PerThreadSecureRandom extends SecureRandom {

    private static final ThreadLocal<SecureRandom> GENERATOR = ThreadLocal.withInitial(PerThreadSecureRandom::drbg);

    @Override
    public void nextBytes(byte[] bytes) {
        GENERATOR.get().nextBytes(bytes);
    }

    @Override
    public String getAlgorithm() {
        return GENERATOR.get().getAlgorithm();
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no DRBG SecureRandom", e);
        }
    }
}
