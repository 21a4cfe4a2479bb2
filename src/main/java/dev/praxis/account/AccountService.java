package dev.praxis.account;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Optional;
import dev.praxis.system.web.NotFoundException;
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

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
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

    public List<UserAccount> all() {
        return users.findAll();
    }

    public List<UserAccount> learners() {
        return users.findByRole(Role.LEARNER);
    }

    /** Thrown when an email is already registered. */
    public static final class EmailTakenException extends RuntimeException {
        EmailTakenException() {
            super("An account with this email already exists.");
        }
    }
}
