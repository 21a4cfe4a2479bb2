package dev.praxis.account;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.validation.annotation.Validated;

/**
 * The cost of hashing a new password with Argon2id. The defaults are Spring Security's recommended ones (16 MiB of
 * memory, two passes). Every hash records the cost it was made with, so hashes made under other settings still
 * verify, and a hash cheaper than the current settings is replaced at the learner's next sign-in. The test profile
 * lowers the cost only because the suite registers and signs in thousands of accounts; the algorithm is the same.
 */
@ConfigurationProperties("praxis.passwords")
@Validated
record PasswordHashSettings(@DefaultValue("16384") @Min(8) int argon2MemoryKib,
                            @DefaultValue("2") @Min(1) int argon2Iterations) {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int PARALLELISM = 1;

    Argon2PasswordEncoder argon2() {
        return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, argon2MemoryKib, argon2Iterations);
    }
}
