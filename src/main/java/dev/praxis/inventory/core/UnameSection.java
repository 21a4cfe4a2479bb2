package dev.praxis.inventory.core;

import dev.praxis.inventory.core.TranscriptDraft.Command;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code uname -a}: kernel name, host, release, version..., machine. The host name is not kept. */
final class UnameSection implements Section {

    private static final Pattern UNAME = Pattern.compile("^(Linux|Darwin) \\S+ (\\S+) (.*)$");
    private static final Pattern MACHINE = Pattern.compile(
            "\\b(x86_64|amd64|aarch64|arm64|armv[0-9]+l?|i[3-6]86|riscv64|ppc64le|s390x)\\b");

    @Override
    public boolean starts(String line) {
        return UNAME.matcher(line.strip()).matches() && MACHINE.matcher(line).find();
    }

    @Override
    public int read(TranscriptLines lines, int index, TranscriptDraft draft) {
        int number = TranscriptLines.number(index);
        TranscriptDraft target = draft.begin(Command.UNAME, number);
        Matcher m = UNAME.matcher(lines.get(index).strip());
        if (!m.matches()) {
            throw new InventoryParseException(Command.UNAME.label, number, "a line like 'Linux host 6.8.0 ... x86_64'");
        }
        boolean darwin = m.group(1).equals("Darwin");
        target.osName = darwin ? "macOS" : "Linux";
        target.kernel = darwin ? "Darwin " + m.group(2) : m.group(2);
        Matcher machine = MACHINE.matcher(m.group(3));
        String last = null;
        while (machine.find()) {
            last = machine.group(1);
        }
        target.architecture = last;
        target.from("os.name", number);
        target.from("os.kernel", number);
        target.from("os.architecture", number);
        return index + 1;
    }
}
