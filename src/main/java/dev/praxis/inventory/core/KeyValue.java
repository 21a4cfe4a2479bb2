package dev.praxis.inventory.core;

/**
 * A {@code Key: value} line as lscpu, system_profiler, lsb_release, /proc/cpuinfo and sysctl print them; the colon
 * may be full-width (Chinese and Japanese output) and preceded by spaces (French output, /proc/cpuinfo).
 */
record KeyValue(String key, String value, int indent) {

    private static final int LONGEST_KEY = 64;

    /** The key and value of the line, or null when it has no colon near its start. */
    static KeyValue parse(String line) {
        int colon = -1;
        int limit = Math.min(line.length(), LONGEST_KEY + 16);
        for (int i = 0; i < limit; i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '\uFF1A') {
                colon = i;
                break;
            }
        }
        if (colon <= 0) {
            return null;
        }
        String key = line.substring(0, colon).strip();
        if (key.isEmpty() || key.length() > LONGEST_KEY) {
            return null;
        }
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return new KeyValue(key, line.substring(colon + 1).strip(), indent);
    }
}
