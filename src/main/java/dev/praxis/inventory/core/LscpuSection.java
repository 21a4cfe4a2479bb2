package dev.praxis.inventory.core;

import dev.praxis.inventory.core.Facts.Field;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lscpu}: "Key: value" lines, flat (util-linux before 2.37) or indented under Architecture / CPU(s) /
 * Vendor ID (2.37 and later), whole or cut by {@code sed -n '1,20p'} or {@code grep}. The labels are matched in
 * every language util-linux is translated to (German, French, Spanish, Japanese, ...), decimal commas included.
 * A processor with several core types (big.LITTLE, Apple M1 under Asahi) prints one "Model name" section per
 * type: the cores of all sections are added up, the first model names the CPU.
 */
final class LscpuSection extends DescribedSection {

    private static final Pattern COLONLESS = Pattern.compile("^(\\s*)(\u00AB[^\u00BB]{1,30}\u00BB)\\s+(\\S.*)$");

    enum Key { ARCHITECTURE, LOGICAL, MODEL, BIOS_MODEL, VENDOR, THREADS_PER_CORE, CORES_PER_SOCKET, SOCKETS, MAX_MHZ,
        HYPERVISOR, OFFLINE }

    /** The labels as util-linux 2.38 prints them in each translation (see the .mo files of util-linux). */
    private static final Map<String, Key> KEYS = new HashMap<>();

    static {
        keys(Key.ARCHITECTURE, "Architecture", "Architektura", "Arkitektur", "Architektur", "Arquitectura",
                "Arhitektura", "\u30A2\u30FC\u30AD\u30C6\u30AF\u30C1\u30E3", "Architectuur", "Arquitetura",
                "\u0410\u0440\u0445\u0438\u0442\u0435\u043A\u0442\u0443\u0440\u0430", "Mimari",
                "\u0410\u0440\u0445\u0456\u0442\u0435\u043A\u0442\u0443\u0440\u0430", "Ki\u1EBFn tr\u00FAc",
                "\u67B6\u6784", "\u67B6\u69CB");
        // the BSD lscpu (github.com/NanXiao/lscpu) says "Total CPU(s)" and "Vendor"
        keys(Key.LOGICAL, "CPU(s)", "Total CPU(s)", "Processeur(s)", "Po\u010Det CPU", "CPU'er", "CPU(-a)", "CPU", "CPU's", "CPU(er)",
                "\u0130\u015Flemciler", "\u041F\u0440\u043E\u0446\u0435\u0441\u043E\u0440\u0438");
        keys(Key.MODEL, "Model name", "N\u00E1zev modelu", "Modelnavn", "Modellname", "Nombre del modelo", "Mallinimi",
                "Nom de mod\u00E8le", "Ime modela", "\u30E2\u30C7\u30EB\u540D", "Modelnaam", "Nazwa modelu",
                "Nome do modelo", "\u0418\u043C\u044F \u043C\u043E\u0434\u0435\u043B\u0438", "Modellnamn",
                "Modem ismi", "\u041D\u0430\u0437\u0432\u0430 \u043C\u043E\u0434\u0435\u043B\u0456",
                "T\u00EAn m\u00F4 h\u00ECnh", "\u578B\u53F7\u540D\u79F0");
        keys(Key.BIOS_MODEL, "BIOS Model name", "Biosov\u00FD n\u00E1zev modelu", "BIOS-Modellname",
                "Nombre del modelo de BIOS", "Nom de mod\u00E8le BIOS", "BIOS ime Modela", "Nazwa modelu wg BIOS",
                "Nome do modelo da BIOS", "\u041D\u0430\u0437\u0432\u0430 \u043C\u043E\u0434\u0435\u043B\u0456 BIOS",
                "BIOS \u578B\u53F7\u540D\u79F0");
        keys(Key.VENDOR, "Vendor ID", "Vendor", "ID v\u00FDrobce", "Leverand\u00F8r-id", "Anbieterkennung", "ID de fabricante",
                "Fabrikatzailearen IDa", "Identifiant constructeur", "ID do fabricante", "ID proizvo\u0111a\u010Da",
                "ID Pembuat", "\u30D9\u30F3\u30C0\u30FC ID", "Producent-ID", "ID producenta", "ID de fornecedor",
                "ID \u043F\u0440\u0440\u043E\u0438\u0437\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044F",
                "Tillverkar-ID", "Sa\u011Flay\u0131c\u0131 Kimli\u011Fi",
                "\u0406\u0434\u0435\u043D\u0442\u0438\u0444\u0456\u043A\u0430\u0442\u043E\u0440 "
                        + "\u0432\u0438\u0440\u043E\u0431\u043D\u0438\u043A\u0430",
                "ID nh\u00E0 s\u1EA3n xu\u1EA5t", "\u5382\u5546 ID", "\u4F9B\u61C9\u5546\u8B58\u5225\u865F");
        keys(Key.THREADS_PER_CORE, "Thread(s) per core", "Vl\u00E1ken na j\u00E1dro", "Tr\u00E5de per kerne",
                "Thread(s) pro Kern", "Hilo(s) de procesamiento por n\u00FAcleo", "Core bakoitzeko hari kopurua",
                "Thread(s) par c\u0153ur", "Dretva po jezgri", "Thread(s) setiap inti",
                "\u30B3\u30A2\u3042\u305F\u308A\u306E\u30B9\u30EC\u30C3\u30C9\u6570", "Draden per kern",
                "W\u0105tk\u00F3w na rdze\u0144", "T\u00F3picos por n\u00FAcleo", "Thread(s) per n\u00FAcleo",
                "Tr\u00E5d(ar) per k\u00E4rna", "\u00C7ekirdek ba\u015F\u0131na i\u015F par\u00E7ac\u0131\u011F\u0131",
                "\u041F\u043E\u0442\u043E\u043A\u0456\u0432 \u043D\u0430 \u044F\u0434\u0440\u043E",
                "S\u1ED1 tuy\u1EBFn m\u1ED7i l\u00F5i", "\u6BCF\u4E2A\u6838\u7684\u7EBF\u7A0B\u6570",
                "\u6BCF\u6838\u5FC3\u57F7\u884C\u7DD2\u6578");
        keys(Key.CORES_PER_SOCKET, "Core(s) per socket", "Core(s) per cluster", "Jader na patici", "Jader na klastr",
                "Kerner per sokkel", "Kern(e) pro Sockel", "Kern(e) pro Cluster",
                "N\u00FAcleo(s) por \u00ABsocket\u00BB", "N\u00FAcleo(s) por \u00ABcluster\u00BB",
                "Socket bakoitzeko core kopurua", "C\u0153ur(s) par socket", "C\u0153ur(s) par cluster",
                "Jezgra po podno\u017Eju", "Jezgr(a/e) po klasteru", "Inti setiap soket",
                "\u30BD\u30B1\u30C3\u30C8\u3042\u305F\u308A\u306E\u30B3\u30A2\u6570", "Kernen per voet",
                "Rdzeni na gniazdo", "Rdzeni na klaster", "N\u00FAcleos por socket", "N\u00FAcleos por cluster",
                "N\u00FAcleo(s) por soquete", "N\u00FAcleo(s) por cluster",
                "\u042F\u0434\u0435\u0440 \u043D\u0430 \u0441\u043E\u043A\u0435\u0442", "K\u00E4rn(or) per uttag",
                "Soket ba\u015F\u0131na \u00E7ekirdek",
                "\u042F\u0434\u0435\u0440 \u043D\u0430 \u043A\u043B\u0430\u0441\u0442\u0435\u0440",
                "S\u1ED1 l\u00F5i m\u1ED7i \u0111\u1EBF c\u1EAFm", "\u6BCF\u4E2A\u5EA7\u7684\u6838\u6570",
                "\u6BCF\u901A\u8A0A\u7AEF\u6838\u5FC3\u6578");
        keys(Key.SOCKETS, "Socket(s)", "Cluster(s)", "Patic", "Klastr\u016F", "Sokler", "Sockel", "Cluster",
                "\u00ABSocket(s)\u00BB", "\u00ABCluster(s)\u00BB", "CPU podno\u017Eja", "Klaster(i)",
                "\u30BD\u30B1\u30C3\u30C8\u6570", "CPU-voeten", "Gniazd", "Klastr\u00F3w", "Sockets", "Soquete(s)",
                "\u0421\u043E\u043A\u0435\u0442\u043E\u0432", "Uttag", "Soket(ler)",
                "\u0421\u043E\u043A\u0435\u0442\u0438", "\u041A\u043B\u0430\u0441\u0442\u0435\u0440\u0438",
                "S\u1ED1 \u0111\u1EBF c\u1EAFm", "\u5EA7");
        keys(Key.MAX_MHZ, "CPU max MHz", "CPU max. MHz", "CPU maks. MHz", "Maximale Taktfrequenz der CPU",
                "CPU MHz m\u00E1x.", "Vitesse maximale du processeur en MHz", "CPU max frekvencija (MHz)",
                "CPU \u6700\u5927 MHz", "max. CPU-frequentie (MHz)", "CPU MHz m\u00E1ximos",
                "\u0130\u015Flemci en y\u00FCksek MHz",
                "\u041C\u0430\u043A\u0441. \u0447\u0430\u0441\u0442\u043E\u0442\u0430 "
                        + "\u043F\u0440\u043E\u0446\u0435\u0441\u043E\u0440\u0430 \u0443 \u041C\u0413\u0446",
                "T\u1EA7n s\u1ED1 \u0111\u1ED3ng h\u1ED3 CPU t\u1ED1i \u0111a (MHz)");
        keys(Key.HYPERVISOR, "Hypervisor vendor", "Hypervisor-Anbieter", "Fabricant de l'hyperviseur",
                "Proveedor del hipervisor");
        // CPUs switched off (SMT disabled at run time): CPU(s) then counts more CPUs than run
        keys(Key.OFFLINE, "Off-line CPU(s) list");
    }

    private static void keys(Key key, String... labels) {
        for (String label : labels) {
            KEYS.put(label, key);
        }
    }

    /** The lscpu field a line names, or null. */
    static Key key(String line) {
        KeyValue kv = keyValue(line);
        return kv == null ? null : KEYS.get(kv.key());
    }

    /**
     * The label and value of an lscpu line. Some translations dropped the colon (Spanish prints
     * {@code «Socket(s)»                          1}): a known label followed by a value counts too.
     */
    static KeyValue keyValue(String line) {
        KeyValue kv = KeyValue.parse(line);
        if (kv != null) {
            return kv;
        }
        Matcher bare = COLONLESS.matcher(line);
        return bare.matches() && KEYS.containsKey(bare.group(2))
                ? new KeyValue(bare.group(2), bare.group(3).strip(), bare.group(1).length()) : null;
    }

    LscpuSection() {
        super(new Descriptor("lscpu",
                typed -> typed.startsWith("lscpu") && !typed.matches("lscpu\\s+(?:-\\w*[epJ]|--(?:extended|parse|json)).*"),
                List.of("cpu.model", "cpu.vendor", "cpu.physicalCores", "cpu.logicalCores", "cpu.maxFrequencyHz"),
                "'Key: value' lines starting with 'Architecture:', as lscpu prints them"));
    }

    @Override
    public int end(TranscriptLines lines, int index, int limit, String typed) {
        Key first = key(lines.get(index));
        boolean typedLscpu = typed != null && answers(typed);
        if (KeyValue.parse(lines.get(index)) == null || first != Key.ARCHITECTURE && !typedLscpu
                && !grepped(lines, index, limit) && !knownKeysAhead(lines, index, limit)) {
            return -1;
        }
        int i = index + 1;
        int valueColumn = valueColumn(lines.get(index));
        while (i < limit && !lines.endsOutput(i) && !UnameSection.opens(lines.get(i))) {
            if (keyValue(lines.get(i)) != null) {
                valueColumn = valueColumn(lines.get(i));
            } else if (!wrapped(lines.get(i), valueColumn)) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Where the value of a 'Key: value' line starts. */
    private static int valueColumn(String line) {
        int ascii = line.indexOf(':');
        int wide = line.indexOf('\uFF1A');
        int column = (ascii < 0 || wide >= 0 && wide < ascii ? wide : ascii) + 1;
        while (column < line.length() && line.charAt(column) == ' ') {
            column++;
        }
        return column;
    }

    /**
     * On a terminal, lscpu wraps long values (Flags) onto lines indented to the value column; a table header
     * that follows (free's "total used free") starts elsewhere.
     */
    private static boolean wrapped(String line, int valueColumn) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent >= 8 && indent >= valueColumn && indent <= valueColumn + 2 && indent < line.length();
    }

    /** {@code lscpu | grep -E 'Model name|CPU\(s\)'}: two known labels in a row, or a known label alone. */
    private static boolean grepped(TranscriptLines lines, int index, int limit) {
        return key(lines.get(index)) != null && (index + 1 >= limit || lines.endsOutput(index + 1)
                || key(lines.get(index + 1)) != null);
    }

    /** Output cut at the top ({@code lscpu | tail -n +2}): three known labels among its first lines. */
    private static boolean knownKeysAhead(TranscriptLines lines, int index, int limit) {
        int known = 0;
        for (int i = index; i < limit && i < index + 8 && KeyValue.parse(lines.get(i)) != null; i++) {
            known += key(lines.get(i)) != null && key(lines.get(i)) != Key.HYPERVISOR ? 1 : 0;
        }
        return known >= 3;
    }

    @Override
    public void read(Block block, Facts facts) {
        Topology topology = new Topology();
        for (int i = block.start(); i < block.end(); i++) {
            KeyValue kv = keyValue(block.line(i));
            Key key = kv == null ? null : KEYS.get(kv.key());
            if (key != null) {
                apply(key, kv.value(), TranscriptLines.number(i), facts, topology);
            }
        }
        topology.finish(facts);
        if (facts.values.isEmpty()) {
            throw new UnreadableOutput(block.firstLine(), "lscpu labels such as 'CPU(s):' or 'Model name:'");
        }
    }

    /** Sockets and cores per socket of each core type, added up when the types are all read. */
    private static final class Topology {
        int cores;
        Integer coresPerSocket;
        Integer sockets;
        int types;
        int typesWithCores;
        int line;

        void type() {
            flush();
            types++;
        }

        void flush() {
            if (coresPerSocket != null) {
                cores += coresPerSocket * (sockets == null ? 1 : sockets);
                typesWithCores++;
            }
            coresPerSocket = null;
            sockets = null;
        }

        void finish(Facts facts) {
            boolean socketsShown = sockets != null;
            flush();
            if (types > 1 && typesWithCores < types) {
                // cut after the first core types: their sum is not the machine's, CPU(s) and threads tell better
                return;
            }
            if (cores > 0 && (types > 1 || socketsShown)) {
                facts.put(Field.CPU_PHYSICAL_CORES, cores, line);
            } else if (cores > 0) {
                facts.put(Field.CPU_CORES_PER_SOCKET, cores, line);
            }
        }
    }

    private static void apply(Key key, String value, int number, Facts facts, Topology topology) {
        switch (key) {
            case ARCHITECTURE -> facts.put(Field.OS_ARCHITECTURE, value, number);
            case LOGICAL -> facts.put(Field.CPU_LOGICAL_CORES, count(value, number), number);
            case MODEL -> {
                topology.type();
                if (!value.isEmpty() && !value.equals("-")) {
                    facts.put(Field.CPU_MODEL, value, number);
                }
            }
            case BIOS_MODEL -> facts.put(Field.MACHINE_MODEL, value, number);
            case VENDOR -> facts.put(Field.CPU_VENDOR, value, number);
            case THREADS_PER_CORE -> facts.put(Field.CPU_THREADS_PER_CORE, count(value, number), number);
            case CORES_PER_SOCKET -> {
                topology.coresPerSocket = count(value, number);
                topology.line = number;
            }
            case SOCKETS -> topology.sockets = count(value, number);
            case MAX_MHZ -> {
                // with several core types the fastest one's maximum counts
                Long hertz = megahertz(value);
                Object known = facts.get(Field.CPU_MAX_HZ);
                if (hertz != null && (known == null || hertz > (Long) known)) {
                    facts.values.put(Field.CPU_MAX_HZ, new Facts.Fact(hertz, number));
                }
            }
            case HYPERVISOR -> facts.put(Field.HYPERVISOR, value, number);
            case OFFLINE -> facts.put(Field.CPU_OFFLINE, value, number);
        }
    }

    private static Integer count(String value, int number) {
        return value.matches("\\d{1,6}") ? Integer.valueOf(value) : null;
    }

    /** "4700.0000", "4400,0000"; null for anything else ("-", an empty value). */
    static Long megahertz(String value) {
        if (!value.matches("\\d{1,6}(?:[.,]\\d{1,6})?")) {
            return null;
        }
        long hertz = new BigDecimal(value.replace(',', '.')).movePointRight(6).longValue();
        return hertz > 0 ? hertz : null;
    }
}
