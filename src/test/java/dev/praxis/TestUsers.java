package dev.praxis;

import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Creates uniquely named accounts, so tests can share one database without seeing each other's users. */
public final class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    private TestUsers() {
    }

    public static String uniqueEmail(String who) {
        // an email has no spaces: "Ines Instructor" becomes ines-instructor-…@example.org
        return who.replace(' ', '-') + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Registers a learner shown as {@code who}, with {@link #PASSWORD}; the email to sign in with. */
    public static String registerLearner(AccountService accounts, String who) {
        String email = uniqueEmail(who);
        accounts.register(email, who, PASSWORD);
        return email;
    }

    public static PraxisUser create(AccountService accounts, JdbcClient jdbc, String who, Role role) {
        String email = uniqueEmail(who);
        long id = accounts.register(email, who, PASSWORD);
        if (role != Role.LEARNER) {
            jdbc.sql("update app_user set role = :role where id = :id").param("role", role.name()).param("id", id).update();
        }
        return accounts.loadUserByUsername(email);
    }
}
