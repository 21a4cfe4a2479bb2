package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operating system's name and version: {@code /etc/os-release} (and {@code /etc/lsb-release}),
 * {@code lsb_release -a}, macOS's {@code sw_vers} and systemd's {@code hostnamectl}.
 */
final class OsReleaseSection extends DescribedSection {

    private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Z][A-Z_]{1,30})=(.*)$");
    private static final Pattern OPENING = Pattern.compile("^(?:(?:NAME|PRETTY_NAME|ID|VERSION|DISTRIB_ID)=.*"
            + "|Distributor ID:\\s.*|LSB Version:\\s.*|ProductName:\\s.*|\\s*Static hostname:\\s.*)$");

    OsReleaseSection() {
        super(new Descriptor("os-release",
                typed -> typed.contains("os-release") || typed.contains("lsb-release") || typed.startsWith("lsb_release")
                        || typed.startsWith("sw_vers") || typed.startsWith("hostnamectl"),
                List.of("os.name", "os.version"),
                "lines like PRETTY_NAME=\"Ubuntu 22.04.4 LTS\", 'Description: Ubuntu 22.04.4 LTS' or "
                        + "'ProductVersion: 14.6.1'"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        if (!OPENING.matcher(lines.get(index)).matches()) {
            return -1;
        }
        boolean assignments = ASSIGNMENT.matcher(lines.get(index)).matches();
        int i = index + 1;
        while (i < limit && !lines.endsOutput(i) && (assignments ? ASSIGNMENT.matcher(lines.get(i)).matches()
                : KeyValue.parse(lines.get(i)) != null)) {
            i++;
        }
        return i;
    }

    @Override
    public void read(Block block, Facts facts) {
        String name = null;
        String version = null;
        String pretty = null;
        String product = null;
        String productVersion = null;
        int line = block.firstLine();
        for (int i = block.start(); i < block.end(); i++) {
            String text = block.line(i);
            Matcher assignment = ASSIGNMENT.matcher(text);
            String key;
            String value;
            if (assignment.matches()) {
                key = assignment.group(1);
                value = assignment.group(2).strip().replaceAll("^[\"']|[\"']$", "");
            } else {
                KeyValue kv = KeyValue.parse(text);
                if (kv == null) {
                    continue;
                }
                key = kv.key();
                value = kv.value();
            }
            int number = TranscriptLines.number(i);
            switch (key) {
                case "PRETTY_NAME", "DISTRIB_DESCRIPTION", "Description", "Operating System" -> {
                    pretty = pretty == null ? value : pretty;
                    line = number;
                }
                case "NAME", "DISTRIB_ID", "Distributor ID" -> name = name == null ? value : name;
                case "VERSION", "DISTRIB_RELEASE", "Release" -> version = version == null ? value : version;
                case "ProductName" -> product = value;
                case "ProductVersion" -> productVersion = value;
                case "Kernel" -> {
                    if (value.startsWith("Linux ")) {
                        facts.put(Field.OS_NAME, "Linux", number);
                        facts.put(Field.OS_KERNEL, value.substring(6).strip(), number);
                    }
                }
                case "Architecture" -> facts.put(Field.OS_ARCHITECTURE, value.equals("x86-64") ? "x86_64" : value,
                        number);
                default -> {
                }
            }
        }
        if (product != null) {
            facts.put(Field.OS_NAME, "macOS", block.firstLine());
            String family = product.startsWith("Mac OS X") ? "macOS" : product;
            facts.put(Field.OS_VERSION, productVersion == null ? family : family + " " + productVersion,
                    block.firstLine());
        } else if (pretty != null || name != null) {
            facts.put(Field.OS_VERSION, pretty != null ? pretty : version == null ? name : name + " " + version, line);
            if (!facts.has(Field.OS_NAME) && !(pretty != null && pretty.contains("BSD"))) {
                facts.put(Field.OS_NAME, "Linux", line);
            }
        }
        if (facts.values.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), expected());
        }
    }
}
