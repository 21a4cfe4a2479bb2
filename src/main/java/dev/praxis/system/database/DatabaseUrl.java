package dev.praxis.system.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A database address as operators write it: either a JDBC URL or a libpq-style
 * {@code postgresql://user:password@host:5432/db} URL, as managed PostgreSQL services hand them out.
 */
record DatabaseUrl(String jdbcUrl, String username, String password) {

    static DatabaseUrl parse(String value) {
        String trimmed = value.trim();
        if (trimmed.startsWith("jdbc:")) {
            return new DatabaseUrl(trimmed, null, null);
        }
        if (!trimmed.startsWith("postgresql://") && !trimmed.startsWith("postgres://")) {
            throw new IllegalArgumentException("PRAXIS_DB_URL must start with jdbc:postgresql:// or postgresql://, got: "
                    + trimmed.replaceAll("//[^@/]*@", "//***@"));
        }
        URI uri = URI.create(trimmed.replaceFirst("^postgres(ql)?://", "postgresql://"));
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query, user, password);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
