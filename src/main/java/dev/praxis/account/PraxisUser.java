package dev.praxis.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every feature sees it ({@code @AuthenticationPrincipal PraxisUser}). Serializable because
 * it lives in the PostgreSQL-backed session.
 */
public record PraxisUser(long id, String email, String displayName, Role role, String passwordHash)
        implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    public boolean isInstructor() {
        return role == Role.INSTRUCTOR || role == Role.ADMIN;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    @Override
    public String toString() {
        return "PraxisUser[id=" + id + ", role=" + role + "]";
    }
}
