package dev.praxis.account;

import dev.praxis.system.Sha256;
import dev.praxis.system.database.LikePattern;
import dev.praxis.system.web.NotFoundException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: registration, look-up for sign-in, and role changes by admins. */
@Service
public class AccountService implements UserDetailsService, UserDetailsPasswordService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    /** How long an issued reset link works. */
    static final Duration RESET_VALIDITY = Duration.ofHours(24);

    /** At most one mailed reset link per account in this time. */
    static final Duration RESET_MAIL_INTERVAL = Duration.ofMinutes(10);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordResetRepository resets;
    private final SignInThrottle throttle;
    private final SecureRandom random = new SecureRandom();

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, PasswordResetRepository resets,
                   SignInThrottle throttle) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.resets = resets;
        this.throttle = throttle;
    }

    /** Emails are compared in one canonical form (see {@link EmailAddress}): one person, one account. */
    public static String canonicalEmail(String email) {
        return EmailAddress.lookupKey(email);
    }

    @Override
    public PraxisUser loadUserByUsername(String username) {
        return users.findPrincipalByEmail(canonicalEmail(username))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
    }

    /** A hash made by an older scheme (bcrypt) is replaced after a successful sign-in, with the password just typed. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        PraxisUser praxisUser = (PraxisUser) user;
        users.updatePassword(praxisUser.id(), newPasswordHash);
        return new PraxisUser(praxisUser.id(), praxisUser.email(), praxisUser.displayName(), praxisUser.role(),
                newPasswordHash);
    }

    /**
     * @throws EmailAddress.InvalidEmailException when the email cannot be an account's (see {@link EmailAddress})
     * @throws EmailTakenException when an account has this email, in its canonical form
     */
    @Transactional
    public long register(String email, String displayName, String rawPassword) {
        String canonical = EmailAddress.forRegistration(email);
        if (!users.isStoredAsTyped(canonical)) {
            throw new EmailAddress.InvalidEmailException("The email contains characters Praxis cannot store as they "
                    + "are. Use the address your mail provider shows.");
        }
        if (users.existsByEmail(canonical)) {
            throw new EmailTakenException();
        }
        long id = users.insert(canonical, displayName.trim(), passwordEncoder.encode(rawPassword), Role.LEARNER);
        log.info("Registered learner account {}", id);
        return id;
    }

    /** Creates the configured admin on first start, or makes sure the existing account is an admin. */
    @Transactional
    public void ensureAdmin(String email, String displayName, String rawPassword) {
        String canonical = canonicalEmail(email);
        Optional<PraxisUser> existing = users.findPrincipalByEmail(canonical);
        if (existing.isEmpty()) {
            users.insert(canonical, displayName, passwordEncoder.encode(rawPassword), Role.ADMIN);
        } else if (existing.get().role() != Role.ADMIN) {
            users.updateRole(existing.get().id(), Role.ADMIN);
            users.recordRoleChange(existing.get().id(), existing.get().id(), existing.get().role(), Role.ADMIN);
        }
    }

    @Transactional
    public void changeRole(long userId, Role newRole, PraxisUser admin) {
        UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("No account " + userId));
        if (account.id() == admin.id() && newRole != Role.ADMIN) {
            throw new IllegalArgumentException("You cannot remove your own admin role; ask another admin.");
        }
        if (account.role() != newRole) {
            users.updateRole(userId, newRole);
            users.recordRoleChange(userId, admin.id(), account.role(), newRole);
            log.info("Admin {} changed the role of account {} from {} to {}", admin.id(), userId, account.role(), newRole);
        }
    }

    public Optional<UserAccount> find(long userId) {
        return users.findById(userId);
    }

    /**
     * One page of accounts whose name or email contains {@code query} (case-insensitive, typed characters match
     * literally), newest first. A page past the end shows the last page.
     */
    public UserListing listing(String query, int page) {
        String trimmed = LikePattern.query(query);
        String pattern = LikePattern.containing(trimmed);
        long total = users.countMatching(pattern);
        int pages = (int) Math.max(1, (total + UserListing.PAGE_SIZE - 1) / UserListing.PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        List<UserAccount> rows = users.findMatching(pattern, (shown - 1) * UserListing.PAGE_SIZE, UserListing.PAGE_SIZE);
        return new UserListing(rows, trimmed, shown, pages, total);
    }

    public List<UserAccount> learners() {
        return users.findByRole(Role.LEARNER);
    }

    /**
     * Changes the signed-in person's password after checking the current one, and signs out every other session
     * and remembered sign-in of the account (whoever knew the old password is out). The new password has passed
     * the form's {@link StrongPassword}; here it is checked against the account's own words.
     *
     * @throws InvalidPasswordException with a message for the form
     */
    @Transactional
    public void changePassword(long userId, String currentPassword, String newPassword, String currentSessionId) {
        UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("No account " + userId));
        PraxisUser principal = users.findPrincipalByEmail(account.email()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, principal.passwordHash())) {
            throw new InvalidPasswordException("currentPassword", "That is not your current password.");
        }
        PasswordPolicy.accountProblem(newPassword, account.email(), account.displayName())
                .ifPresent(problem -> {
                    throw new InvalidPasswordException("newPassword", problem);
                });
        users.updatePassword(userId, passwordEncoder.encode(newPassword));
        resets.signOutEverywhereBut(account.email(), currentSessionId);
        log.info("Account {} changed its password; its other sessions were signed out", userId);
    }

    /** Signs out every other session and remembered sign-in of the account; this session stays. */
    public void signOutOtherSessions(String email, String currentSessionId) {
        resets.signOutEverywhereBut(email, currentSessionId);
    }

    /** A one-time reset link's token for the account, issued by an admin (null when the account asked itself). */
    @Transactional
    public String issuePasswordReset(long userId, Long issuedBy) {
        users.findById(userId).orElseThrow(() -> new NotFoundException("No account " + userId));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        resets.issue(userId, issuedBy, Sha256.hex(token), RESET_VALIDITY);
        log.info("A password reset link for account {} was issued by {}", userId, issuedBy == null ? "mail" : issuedBy);
        return token;
    }

    /**
     * A one-time reset link's token for the person who says they own this email, to be mailed to that address; empty
     * for an unknown email, and when a link for the account was issued within {@link #RESET_MAIL_INTERVAL} (one mail
     * per interval, however often someone asks for the account).
     */
    @Transactional
    public Optional<String> issuePasswordResetByMail(String email) {
        Optional<PraxisUser> account = users.findPrincipalByEmail(canonicalEmail(email == null ? "" : email));
        if (account.isEmpty() || resets.issuedWithin(account.get().id(), RESET_MAIL_INTERVAL)) {
            return Optional.empty();
        }
        return Optional.of(issuePasswordReset(account.get().id(), null));
    }

    /** The account a reset link is for, while it is unused and unexpired. */
    public Optional<UserAccount> passwordResetFor(String token) {
        return token == null || token.length() > 100 ? Optional.empty()
                : resets.validUser(Sha256.hex(token)).flatMap(users::findById);
    }

    /**
     * Sets a new password through a reset link, once: the link is used up, every session and remembered sign-in of
     * the account ends, and sign-in pauses are lifted.
     *
     * @throws InvalidPasswordException for a password built from the account's own words (the form checked the rest)
     * @throws NotFoundException when the link is unknown, used or expired
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        UserAccount account = passwordResetFor(token).orElseThrow(() -> new NotFoundException("No such reset link"));
        PasswordPolicy.accountProblem(newPassword, account.email(), account.displayName())
                .ifPresent(problem -> {
                    throw new InvalidPasswordException("newPassword", problem);
                });
        if (!resets.use(Sha256.hex(token))) {
            throw new NotFoundException("Reset link already used");
        }
        users.updatePassword(account.id(), passwordEncoder.encode(newPassword));
        resets.signOutEverywhereBut(account.email(), null);
        throttle.unlock(account.email());
        log.info("Account {} set a new password through a reset link", account.id());
    }

    /** The new (or current) password cannot be accepted; says which field and why. */
    public static final class InvalidPasswordException extends RuntimeException {

        private final String field;

        InvalidPasswordException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Thrown when an email is already registered. */
    public static final class EmailTakenException extends RuntimeException {
        EmailTakenException() {
            super("An account with this email already exists.");
        }
    }
}
