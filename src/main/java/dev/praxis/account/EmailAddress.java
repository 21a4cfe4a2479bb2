package dev.praxis.account;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One person, one account: emails that look the same to a person must be the same account. An email is compared in
 * one canonical form: Unicode NFKC (fullwidth {@code ａ} is {@code a}), lower case, no surrounding space, an
 * ideographic {@code 。} read as a dot, no trailing dot after the domain ({@code example.org.} is
 * {@code example.org}). Registration also refuses what no one types on purpose: invisible characters (zero-width
 * space, direction marks, fillers), controls, characters
 * this Java does not know yet, and a label mixing scripts ({@code pаypal} with a Cyrillic {@code а}).
 */
public final class EmailAddress {

    static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern LOCAL_LABEL_SEPARATORS = Pattern.compile("[.+_\\-]");
    private static final Set<UnicodeScript> NEUTRAL = EnumSet.of(UnicodeScript.COMMON, UnicodeScript.INHERITED,
            UnicodeScript.UNKNOWN);

    private EmailAddress() {
    }

    /**
     * The canonical form used to look an account up (sign-in, throttling). Never refuses anything: invisible
     * characters are dropped, so a lookalike finds the account it imitates instead of a second one.
     */
    public static String lookupKey(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder visible = new StringBuilder(typed.length());
        typed.codePoints().filter(c -> !isInvisible(c)).forEach(visible::appendCodePoint);
        return canonical(visible.toString());
    }

    /**
     * The canonical form of an email someone registers with.
     *
     * @throws InvalidEmailException with a message for the form when it cannot be an account's email
     */
    public static String forRegistration(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.codePoints().anyMatch(EmailAddress::isInvisible)) {
            throw new InvalidEmailException("The email contains invisible or control characters. Type it again "
                    + "rather than pasting it.");
        }
        if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.UNASSIGNED)) {
            throw new InvalidEmailException("The email contains a character Praxis does not know. Use the address "
                    + "your mail provider shows.");
        }
        String email = canonical(text);
        if (email.length() > MAX_LENGTH || !SHAPE.matcher(email).matches()) {
            throw new InvalidEmailException("Enter an email address like name@example.org.");
        }
        int at = email.indexOf('@');
        for (String label : LOCAL_LABEL_SEPARATORS.split(email.substring(0, at))) {
            refuseMixedScripts(label);
        }
        for (String label : email.substring(at + 1).split("\\.")) {
            refuseMixedScripts(label);
        }
        return email;
    }

    private static String canonical(String text) {
        String email = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        // NFKC may compose characters that lower-casing changes again (and the reverse): settle on one form
        email = Normalizer.normalize(email, Normalizer.Form.NFKC);
        // the ideographic full stop is a dot to mail and IDNA (UTS #46), though NFKC keeps it (and turns the
        // halfwidth one into it): example.org。 is example.org
        email = email.replace('\u3002', '.');
        while (email.endsWith(".")) {
            email = email.substring(0, email.length() - 1);
        }
        return email;
    }

    private static void refuseMixedScripts(String label) {
        long scripts = label.codePoints().mapToObj(UnicodeScript::of).filter(s -> !NEUTRAL.contains(s)).distinct()
                .count();
        if (scripts > 1) {
            throw new InvalidEmailException("The email mixes letters of different alphabets in \"" + label
                    + "\", as lookalike addresses do. Type your address with one keyboard layout.");
        }
    }

    /** Characters that show nothing or move text around: controls, format characters, fillers, spaces inside. */
    static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || (type == Character.SPACE_SEPARATOR) || c == 0x034F || c == 0x115F || c == 0x1160
                || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || (c >= 0x180B && c <= 0x180F)
                || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
    }

    /** The typed text cannot be an account's email; the message says why in plain words. */
    public static final class InvalidEmailException extends RuntimeException {
        InvalidEmailException(String message) {
            super(message);
        }
    }
}
