package dev.praxis.agent;

/**
 * Text from a server, made safe to print: escape sequences (ANSI colours, OSC clipboard writes, screen clears) and
 * other control characters are removed, so a server answer cannot act on the learner's terminal. Line breaks and
 * tabs stay.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
