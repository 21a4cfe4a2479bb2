package dev.praxis.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final RowMapper<UserAccount> ACCOUNT = (rs, row) -> new UserAccount(
            rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
            Role.valueOf(rs.getString("role")), rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PraxisUser> findPrincipalByEmail(String email) {
        return jdbc.sql("""
                        select id, email, display_name, role, password_hash
                          from app_user
                         where email = :email
                        """)
                .param("email", email)
                .query(UserRepository::principal)
                .optional();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("select id, email, display_name, role, created_at from app_user where id = :id")
                .param("id", id)
                .query(ACCOUNT)
                .optional();
    }

    /** Accounts whose lower-cased name or email matches {@code pattern} ({@code ""} for all), newest first. */
    List<UserAccount> findMatching(String pattern, int offset, int limit) {
        return jdbc.sql("""
                        select id, email, display_name, role, created_at
                          from app_user
                         where :pattern = '' or lower(display_name) like :pattern or email like :pattern
                         order by created_at desc, id desc
                        offset :offset limit :limit
                        """)
                .param("pattern", pattern)
                .param("offset", offset)
                .param("limit", limit)
                .query(ACCOUNT)
                .list();
    }

    long countMatching(String pattern) {
        return jdbc.sql("""
                        select count(*)
                          from app_user
                         where :pattern = '' or lower(display_name) like :pattern or email like :pattern
                        """)
                .param("pattern", pattern)
                .query(Long.class)
                .single();
    }

    List<UserAccount> findByRole(Role role) {
        return jdbc.sql("select id, email, display_name, role, created_at from app_user where role = :role order by display_name, id")
                .param("role", role.name())
                .query(ACCOUNT)
                .list();
    }

    boolean existsByEmail(String email) {
        return jdbc.sql("select exists (select 1 from app_user where email = :email)")
                .param("email", email)
                .query(Boolean.class)
                .single();
    }

    /**
     * PostgreSQL lower-cases with its own Unicode tables, which may know characters this Java does not: the table's
     * check constraint would then refuse an email Java thinks is lower case.
     */
    boolean isStoredAsTyped(String email) {
        return jdbc.sql("select lower(:email) = :email").param("email", email).query(Boolean.class).single();
    }

    long insert(String email, String displayName, String passwordHash, Role role) {
        return jdbc.sql("""
                        insert into app_user (email, display_name, password_hash, role)
                        values (:email, :displayName, :passwordHash, :role)
                        returning id
                        """)
                .param("email", email)
                .param("displayName", displayName)
                .param("passwordHash", passwordHash)
                .param("role", role.name())
                .query(Long.class)
                .single();
    }

    void updateRole(long userId, Role role) {
        jdbc.sql("update app_user set role = :role where id = :id")
                .param("role", role.name())
                .param("id", userId)
                .update();
    }

    void updatePassword(long userId, String passwordHash) {
        jdbc.sql("update app_user set password_hash = :hash where id = :id")
                .param("hash", passwordHash)
                .param("id", userId)
                .update();
    }

    void recordRoleChange(long userId, long changedBy, Role oldRole, Role newRole) {
        jdbc.sql("""
                        insert into role_change (user_id, changed_by, old_role, new_role)
                        values (:userId, :changedBy, :oldRole, :newRole)
                        """)
                .param("userId", userId)
                .param("changedBy", changedBy)
                .param("oldRole", oldRole.name())
                .param("newRole", newRole.name())
                .update();
    }

    private static PraxisUser principal(ResultSet rs, int row) throws SQLException {
        return new PraxisUser(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("password_hash"));
    }
}
