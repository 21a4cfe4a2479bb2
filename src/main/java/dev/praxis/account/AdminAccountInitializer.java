package dev.praxis.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/** Creates the first admin from {@code PRAXIS_ADMIN_EMAIL} / {@code PRAXIS_ADMIN_PASSWORD} when both are set. */
@Component
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final AccountService accounts;
    private final Settings settings;

    AdminAccountInitializer(AccountService accounts, Settings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.email() == null || settings.email().isBlank()) {
            return;
        }
        PasswordPolicy.problem(settings.password(), settings.email()).ifPresent(problem -> {
            throw new IllegalStateException("PRAXIS_ADMIN_PASSWORD must be set when PRAXIS_ADMIN_EMAIL is set, and "
                    + "it cannot be used: " + problem);
        });
        accounts.ensureAdmin(settings.email(), settings.displayName(), settings.password());
        log.info("Admin account {} is ready", AccountService.canonicalEmail(settings.email()));
    }

    @ConfigurationProperties("praxis.admin")
    record Settings(String email, String password, @DefaultValue("Administrator") String displayName) {
    }
}
