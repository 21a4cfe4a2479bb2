package dev.praxis.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, in the spirit of NIST SP 800-63B: long enough, and not one that attackers try first.
 * No rules about digits or capitals: a short sentence is the easiest strong password. Refused are the ~49,000 most
 * common passwords (bundled list) also with digits or symbols around them ({@code password1234},
 * {@code Summer2024!!}), one character or a short pattern repeated ({@code aaaaaaaaaaaa}, {@code abcabcabcabc}),
 * keyboard and alphabet runs, only spaces, and the account's own email name, display name or "praxis".
 * Length is counted in characters as people see them (code points), so 30 emoji are 30 characters; Argon2id has no
 * byte limit, so nothing is cut off.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "/account/common-passwords.txt";
    private static final String[] RUNS = {"abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiopasdfghjklzxcvbnm",
            "qwertzuiopasdfghjklyxcvbnm", "azertyuiopqsdfghjklmwxcvbn", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"};
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /**
     * Why this password cannot be used, in words for the form; empty when it can.
     *
     * @param context words of the account the password must not be built from (email, display name)
     */
    public static Optional<String> problem(String password, String... context) {
        String text = password == null ? "" : password;
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters; a short sentence is easy to remember.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (text.isBlank()) {
            return Optional.of("A password of only spaces is the first thing an attacker tries. Use words.");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (isRepetition(lower) || isRun(lower)) {
            return Optional.of("Repeated characters and keyboard or alphabet runs are guessed at once. Use a few "
                    + "words you will remember instead.");
        }
        String core = core(lower);
        if (COMMON.contains(lower) || COMMON.contains(core)
                || (!core.isEmpty() && core.length() < 4 && lower.matches("[\\p{Punct}\\p{Digit}\\p{L} ]*"))) {
            return Optional.of("This password is on the lists of common passwords that attackers try first, even "
                    + "with digits or symbols added. Choose another; a short sentence works well.");
        }
        return accountProblem(text, context);
    }

    /**
     * Why this password cannot be used because it is built from the account's own words (email name, display name)
     * or the site's name; empty when it is not. {@link #problem} includes this check.
     */
    public static Optional<String> accountProblem(String password, String... context) {
        String core = core((password == null ? "" : password).toLowerCase(Locale.ROOT));
        int letters = core.replaceAll("[^\\p{L}]", "").length();
        for (String word : contextWords(context)) {
            String rest = word.length() < 3 ? core : core.replace(word, "");
            if (letters >= 4 && rest.replaceAll("[^\\p{L}]", "").length() < 4) {
                return Optional.of("Do not build the password from your email, your name or the site's name.");
            }
        }
        return Optional.empty();
    }

    /** The password without the digits, symbols and spaces people put around a word, leetspeak read as letters. */
    static String core(String lower) {
        String stripped = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        StringBuilder letters = new StringBuilder(stripped.length());
        for (char c : stripped.toCharArray()) {
            letters.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return letters.toString();
    }

    /** The whole password is one unit of up to four characters, repeated. */
    private static boolean isRepetition(String text) {
        for (int unit = 1; unit <= 4; unit++) {
            if (text.length() % unit == 0 && text.length() > unit
                    && text.substring(unit).equals(text.substring(0, text.length() - unit))) {
                return true;
            }
        }
        return false;
    }

    /** Part of a run (alphabet, digits, keyboard rows), forwards or backwards, possibly repeated. */
    private static boolean isRun(String text) {
        for (String run : RUNS) {
            String runs = run.repeat(1 + text.length() / run.length() + 1);
            if (runs.contains(text) || new StringBuilder(runs).reverse().toString().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> contextWords(String... context) {
        Set<String> words = new HashSet<>();
        words.add("praxis");
        for (String value : context) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String lower = value.toLowerCase(Locale.ROOT).strip();
            words.add(lower.replace(" ", ""));
            int at = lower.indexOf('@');
            if (at > 0) {
                words.add(lower.substring(0, at));
            }
        }
        return words;
    }

    private static Set<String> load() {
        Set<String> common = new HashSet<>(64_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common password list " + LIST + " is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("# ") && !line.isEmpty()) {
                    common.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the common password list " + LIST, e);
        }
        return common;
    }
}
