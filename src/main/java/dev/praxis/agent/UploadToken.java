package dev.praxis.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the upload token comes from, so that it need not be a command-line argument (visible to every user in
 * {@code ps} and kept in shell history): the {@code PRAXIS_TOKEN} variable, {@code --token-file FILE}, or standard
 * input ({@code --token -}). {@code --token TOKEN} still works for scripts, with a warning.
 */
final class UploadToken {

    static final String VARIABLE = "PRAXIS_TOKEN";
    static final String STDIN = "-";

    private UploadToken() {
    }

    /**
     * The token, or null when none was given.
     *
     * @param flag     the value of {@code --token}, or null
     * @param file     the value of {@code --token-file}, or null
     * @param warnings where the warning about a token on the command line goes
     */
    static String resolve(String flag, Path file, Map<String, String> environment, InputStream stdin,
                          StringBuilder warnings) throws IOException {
        if (flag != null && !flag.equals(STDIN)) {
            warnings.append("praxis-agent: warning: a token on the command line is visible to other users (ps) and "
                    + "kept in shell history; prefer " + VARIABLE + "=... or --token-file FILE\n");
            return flag.strip();
        }
        if (flag != null) {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.strip();
        }
        if (file != null) {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : text;
        }
        String variable = environment.get(VARIABLE);
        return variable == null || variable.isBlank() ? null : variable.strip();
    }
}
