package dev.praxis.lab.claims;

import dev.praxis.lab.claims.Claim.Aspect;
import dev.praxis.lab.claims.Claim.Machine;
import dev.praxis.lab.claims.Claim.Resource;
import dev.praxis.text.AnalysedText;
import dev.praxis.text.Span;
import dev.praxis.text.Stance;
import dev.praxis.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the hardware claims in a learner's free text: RAM, swap, VRAM and disk sizes with their units ("16 GB",
 * "16GiB", "16 gigs", "15,5 GB", "about 20 GB", "16-32 GB"), how full a disk is ("91% used", "half my disk", "nearly
 * full"), cores and threads, GPU and CPU models, "no GPU", and the kind of machine (laptop, desktop, Mac, WSL, VM,
 * native Linux).
 *
 * <p>Only what the learner states about the machine they have counts. A figure in a purchase, a plan, a condition or
 * a requirement ("add 32 GB", "if swap is used daily", "13B needs 10 GB", "keep / under 80%") is not a claim, nor is
 * anything negated ("not 64 GB", "no RTX"). Pure: the same text always gives the same claims.
 */
public final class ClaimReader {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|[;\\n]|\\s[\u2014\u2013]\\s|\\s-\\s"
            + "|\\bbut\\b|\\balthough\\b|\\bwhereas\\b");
    /** A learner who works on a rented machine ("I rent a g5.xlarge", "a GPU provider", "over SSH"). */
    private static final Pattern RENTED = Pattern.compile("\\brent\\w*|\\bover ssh\\b|\\bgpu provider\\b");
    /**
     * A sentence about a machine of theirs that is not the rented one they uploaded ("I have no GPU at home", "my own
     * laptop has no GPU"): not a claim about the inventory's machine.
     */
    private static final Pattern ELSEWHERE = Pattern.compile("\\bat home\\b|\\bmy (?:own|other|home|personal)"
            + " (?:laptop|desktop|pc|computer|machine|notebook|chromebook|macbook|mac|tablet)\\b|\\bmy chromebook\\b");
    /** Words anywhere earlier in the clause that make a figure a purchase, a plan or a condition. */
    private static final Pattern NOT_NOW = Pattern.compile("\\b(?:buy\\w*|bought|order\\w*|purchas\\w*|add|adding|adds"
            + "|upgrad\\w*|get|getting|install\\w*|plan\\w*|will|would|could|should|might|may|want\\w*|wish\\w*"
            + "|target\\w*|goal|aim\\w*|if|when|whenever|once|unless|until|after|before|later|next|future|raise"
            + "|rais\\w*|increas\\w*|expand\\w*|extend\\w*|resiz\\w*|replac\\w*|rent\\w*|hir\\w*|lease\\w*|try|price\\w*|cost\\w*|give|set"
            + "|allocat\\w*|wait\\w*|budget\\w*|afford\\w*|whether|check\\w*|keep\\w*|build\\w*|switch\\w*"
            + "|sav(?:e|es|ing)(?: up)? for)\\b");
    /** Words just before a figure that make it a requirement, a usage, a threshold or another part. */
    private static final Pattern NOT_NOW_NEAR = Pattern.compile("\\b(?:need\\w*|requir\\w*|limit\\w*|cap|new"
            + "|bigger|larger|more|extra|another|second|third|fits?|fitting|takes?|uses?|using|consum\\w*|peak\\w*|stays?|below"
            + "|under|above|over|least|most|up to|exceed\\w*|than|per|model|models|\\d+b)\\b|[<>]");
    private static final Pattern APPOSITION = Pattern.compile("\\s*(?:a|an)\\s");
    /**
     * An apposition without its article, as a learner's English may drop it ("one targeted upgrade, eGPU with RTX
     * 4060"): only after a clause that buys, so a list after a condition ("when it shut down, two EPYC …") stays claims.
     */
    private static final Pattern BARE_APPOSITION = Pattern.compile("\\s*(?=[a-z0-9])");
    private static final Pattern BUYS = Pattern.compile("\\b(?:buy\\w*|upgrade|order\\w*|purchas\\w*)\\b");
    /** A clause that is only a hedge ("I think", "maybe", "probably"): no clause of its own between two others. */
    private static final Pattern HEDGE_CLAUSE = Pattern.compile("\\s*(?:i think|i guess|i believe|i suppose|maybe"
            + "|probably|perhaps|i'd say|for now)\\s*");
    /** Words after a mention, in its clause, that put it off or make it a part to rent ("an A100 can be rented"). */
    private static final Pattern LATER = Pattern.compile("\\b(?:wait\\w*|later|until|if|when|once|would|could"
            + "|should|someday|one day|eventually|instead|rent\\w*)\\b");
    /** A verb that states what the machine has or shows, before a figure in its clause ("free -h shows 16 GB"). */
    private static final Pattern STATING_VERB = Pattern.compile("\\b(?:shows?|has|have|had|is|are|was|reports?"
            + "|lists?|says?|gives?|got|comes with)\\b");
    private static final Pattern CLAUSE_START = Pattern.compile("\\s(?:because|since|so|as|and|while|whereas"
            + "|which|that)\\s");
    private static final Pattern NOT_A_DENIAL = Pattern.compile("\\bno (?:issue|problem|concern|doubt)\\b"
            + "|\\bnot (?:an? )?(?:issue|problem)\\b");

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\w.])" + NUMBER + "(?:\\s*(?:-|to)\\s*" + NUMBER
            + ")?\\s*(tib|tb|terabytes?|t|gib|gb|gigabytes?|gigs?|gi|g|mib|mb|megabytes?|mi|%|percent)(?![\\w])");
    private static final Pattern HEDGE = Pattern.compile("(?:about|around|roughly|approx\\w*|~|\u2248|nearly|almost"
            + "|close to|circa|ca\\.|some)\\s*$");
    /** "8 cores", "8-core", and with one describing word: "6 ARM cores", "16 logical CPUs". */
    private static final Pattern CORES = Pattern.compile("(?<![\\w.])(\\d{1,3})[- ]?(?:(?:arm|x86|physical|logical|real"
            + "|hardware|performance|efficiency|cpu)[- ])?(cores?|threads?|v?cpus?)\\b"
            + "|\\bcpu\\(s\\):?\\s*(\\d{1,3})\\b");

    private record Keyword(Resource resource, int start, int end) {
    }

    private static final List<KeywordPattern> KEYWORDS = List.of(
            new KeywordPattern(Resource.VRAM, "\\bvram\\b|(?:gpu|graphics|video|card)(?:'s)? memory|memory\\.total"
                    + "|nvidia-smi|\\bgpus?\\b|graphics cards?|\\bcards?\\b|\\brtx\\b|\\bgtx\\b|radeon|geforce|\\ba100"
                    // a card by its model alone: "MX250 на 2 GB", "the Quadro with 8 GB", "a T4's 16 GB"
                    + "|\\bh100|\\bmx ?\\d{3}\\b|\\bquadro\\b|\\btesla\\b"),
            new KeywordPattern(Resource.SWAP, "\\bswap\\w*|auslager\\w*"),
            new KeywordPattern(Resource.RAM, "\\bram\\b|(?<!gpu |graphics |video |card |card's |gpu's )\\bmemory\\b"
                    + "|\\bmem\\b|freecmd|hw\\.memsize|memsize|\\bgesamt\\b|arbeitsspeicher|\\bspeicher\\b"),
            new KeywordPattern(Resource.DISK, "\\bdisks?\\b|\\bssds?\\b|\\bnvme\\b|\\bdrives?\\b|storage|partition\\w*"
                    + "|volume|\\bdf\\b|free space|disk space|\\bspace\\b|\\broot\\b|\\bhdds?\\b|file ?system"
                    + "|mounted|verw%|use%|\\bc:|(?<![\\w.])/[a-z0-9_./-]*"),
            new KeywordPattern(null, "\\bcpus?\\b|\\bcores?\\b|\\bthreads?\\b|\\bvcpus?\\b|processor|\\bload\\b"
                    + "|\\btokens?\\b|\\bbattery\\b"));

    private record KeywordPattern(Resource resource, Pattern pattern) {

        KeywordPattern(Resource resource, String regex) {
            this(resource, Pattern.compile(regex));
        }
    }

    private static final Pattern FREE_WORDS = Pattern.compile("^\\W*(?:(?:free|left|avail\\w*|remaining|frei|unused"
            + "|spare)\\b|verf)");
    private static final Pattern USED_WORDS = Pattern.compile("^\\W*(?:used|in use|full|benutzt|belegt|occupied"
            + "|fill\\w*|swapped)\\b");
    private static final Pattern TOTAL_WORDS = Pattern.compile("^\\W*(?:total|gesamt|installed|in total|overall)\\b");
    private static final Pattern TRAILING_ASPECT = Pattern.compile("^\\s*(?:free|left|available|avail|total|used"
            + "|in use|gesamt|frei|verf[^\\s,;.)]*|full)(?![a-z])");
    private static final Pattern FREE_BEFORE = Pattern.compile("(?:free|available|avail|left|remaining|frei"
            + "|verf\u00fcgbar)\\W*(?:(?:only|just|still|about|around|roughly)\\s+)?$");

    private static final Pattern HALF = Pattern.compile("\\bhalf (?:of )?(?:my|the|its) (?:disk|drive|ssd|storage"
            + "|space)");
    /** "two-thirds full", "about a quarter used": a fraction of the disk in words. */
    private static final Pattern FRACTION_FULL = Pattern.compile("\\b(?:(about|around|roughly|nearly|almost|over|just"
            + " over|a bit over|under|more than|less than) )?(half|a third|one third|two[- ]thirds|a quarter|one quarter"
            + "|three[- ]quarters) (?:full|used)\\b");
    private static final Pattern FULL = Pattern.compile("\\b(nearly |almost |basically |practically |completely "
            + "|totally |pretty much )?(?:full|stuffed|maxed out)\\b");
    private static final Pattern EMPTY = Pattern.compile("\\bmostly empty\\b|\\bplenty of (?:free )?(?:space|room)"
            + "|\\blots of (?:free )?space\\b|\\bbarely used\\b");

    private static final Pattern SWAPPING = Pattern.compile("\\b(?:into|to|hits?|hitting) swap\\b|\\bswap(?:s|ping"
            + "|ped)\\b|\\bswap (?:is |was )?(?:in use|used|fills?|filling|grows)|\\bstill swap\\b|\\bswap\\b(?= heavily)"
            + "|(?<=notebooks |it |they |machine |laptop |system |also )swap\\b");
    private static final Pattern NO_SWAP = Pattern.compile("\\bno swap\\b|\\bswap:? 0b?\\b|\\b0b? (?:of )?swap\\b"
            + "|\\bwithout (?:any )?swap\\b|\\bswap (?:is )?(?:off|disabled)\\b");

    private static final Pattern GPU_MODELS = Pattern.compile(
            "\\b(?:rtx|gtx|gt|quadro(?: rtx)?|titan)\\s?-?\\s?(a?\\d{3,4})(?!\\d)"
                    + "|\\brx\\s?(\\d{3,4})(?!\\d)"
                    + "|\\bradeon(?: pro)?\\s(\\d{3,4}m?|vii)\\b"
                    + "|\\b(a100|h100|h200|a6000|a5000|a4000|l40s?|v100|p100|a10g?)\\b"
                    + "|\\barc\\s?a(\\d{3})\\b"
                    + "|\\b(iris xe)\\b"
                    + "|\\buhd(?: graphics)?\\s?(\\d{3})\\b"
                    + "|(?<!u)\\bhd(?: graphics)?\\s(\\d{3})\\b");
    private static final Pattern NO_GPU = Pattern.compile("\\bno (?:discrete |dedicated |real |separate |nvidia )?"
            + "(?:gpu|graphics card|video card)\\b|\\bwithout (?:a |any )?(?:discrete |dedicated )?gpu\\b"
            + "|\\bonly (?:the |an? )?integrated (?:graphics|gpu)|\\bintegrated graphics only\\b|\\bhas no gpu\\b");

    private static final Pattern CPU_MODELS = Pattern.compile(
            "\\b(i[3579])[- ](\\d{4,5}[a-z]{0,2}\\d?)\\b"
                    + "|\\bcore (i[3579])\\b"
                    + "|\\bryzen\\s?(?:[3579])(?:\\s?(\\d{4}[a-z0-9]{0,3}))?\\b"
                    + "|\\bthreadripper(?: pro)?(?:\\s?(\\d{4}[a-z]{0,2}))?\\b"
                    + "|\\b(epyc)\\b|\\b(xeon)\\b"
                    + "|\\bapple (m[1-4])\\b|\\b(m[1-4]) (?:pro|max|ultra)\\b");

    private static final List<MachinePattern> MACHINES = List.of(
            new MachinePattern(Machine.Kind.LAPTOP, "\\blaptops?\\b|\\bnotebook (?:pc|computer)\\b|\\bmacbook"
                    + "|\\bthinkpad\\b|\\bultrabook\\b"),
            // Docker Desktop, GitHub Desktop, a remote desktop: software, not the machine
            new MachinePattern(Machine.Kind.DESKTOP, "(?<!docker |github |remote |virtual )\\bdesktop(?: pc| tower"
                    + "| computer)?\\b(?!-)|\\btower\\b"),
            new MachinePattern(Machine.Kind.MAC, "\\bmacbook|\\bimac\\b|\\bmac mini\\b|\\bmac studio\\b|\\bmacos\\b"
                    + "|\\bmy mac\\b|\\bapple silicon\\b"),
            new MachinePattern(Machine.Kind.NATIVE_LINUX, "\\bnative(?:ly)?(?: running)? (?:ubuntu|linux|debian"
                    + "|fedora)|\\bbare[- ]metal\\b"),
            new MachinePattern(Machine.Kind.WSL, "\\bwsl2?\\b"),
            new MachinePattern(Machine.Kind.VM, "\\bvms?\\b|\\bvirtual machine|\\bvps\\b|\\bcloud (?:vm|instance"
                    + "|server)|\\bec2\\b|\\bdroplet\\b|\\bkvm\\b|\\bqemu\\b|\\bvirtualbox\\b|\\bvmware\\b|\\bguest\\b"));

    private record MachinePattern(Machine.Kind kind, Pattern pattern) {

        MachinePattern(Machine.Kind kind, String regex) {
            this(kind, Pattern.compile(regex));
        }
    }

    /** "Docked as a desktop", "like a desktop": a way of using the machine, not what it is. */
    private static final Pattern USED_AS = Pattern.compile("\\b(?:as|like)(?: a| an| my)?\\s*$");

    private static final double GB = 1e9;
    private static final double GIB = 1024.0 * 1024 * 1024;
    private static final int NEAR = 40;
    private static final int LONGEST_SENTENCE = 1000;

    private ClaimReader() {
    }

    /** Every claim in the text, in the order written. */
    public static List<Claim> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String original = text.replaceAll("[^\\S\\n]+", " ").replaceAll(" ?\\n\\s*", "\n").strip();
        String folded = fold(original);
        boolean rented = RENTED.matcher(folded).find();
        List<Located> found = new ArrayList<>();
        Matcher sentences = SENTENCE_END.matcher(folded);
        int start = 0;
        while (sentences.find()) {
            readBounded(original, folded, start, sentences.start(), found, rented);
            start = sentences.end();
        }
        readBounded(original, folded, start, folded.length(), found, rented);
        return found.stream().sorted(Comparator.comparingInt(Located::at)).map(Located::claim).toList();
    }

    /**
     * A sentence longer than {@link #LONGEST_SENTENCE} is read in pieces cut at a space: reading one looks back over its
     * sentence for every figure, so a 5,000-character answer of figures without a full stop took seconds per save.
     * No sentence a learner writes comes near the bound.
     */
    private static void readBounded(String original, String folded, int from, int to, List<Located> found,
            boolean rented) {
        int start = from;
        while (to - start > LONGEST_SENTENCE) {
            int space = folded.lastIndexOf(' ', start + LONGEST_SENTENCE);
            int cut = space > start + LONGEST_SENTENCE / 2 ? space : start + LONGEST_SENTENCE;
            readSentence(original, folded, start, cut, found, rented);
            start = cut;
        }
        readSentence(original, folded, start, to, found, rented);
    }

    private record Located(int at, Claim claim) {
    }

    private static void readSentence(String original, String folded, int from, int to, List<Located> found,
            boolean rented) {
        if (to <= from) {
            return;
        }
        // an answer is read again inside the joined text of other items, sentence by sentence the same
        Piece piece = new Piece(original.substring(from, to), folded.substring(from, to), rented);
        for (Located claim : Remembered.reading("claims", piece, ClaimReader::readPiece)) {
            found.add(new Located(from + claim.at(), claim.claim()));
        }
    }

    /** One sentence (or piece of one) as read, and whether its answer speaks of a rented machine. */
    private record Piece(String original, String folded, boolean rented) {
    }

    /** The claims of one sentence, at offsets within it. */
    private static List<Located> readPiece(Piece piece) {
        List<Located> found = new ArrayList<>();
        if (piece.rented() && ELSEWHERE.matcher(piece.folded()).find()) {
            return found;
        }
        Sentence s = new Sentence(piece.original(), piece.folded(), 0, piece.folded().length());
        sizes(s, found);
        cores(s, found);
        diskWords(s, found);
        swapping(s, found);
        gpus(s, found);
        cpus(s, found);
        machines(s, found);
        return List.copyOf(found);
    }

    private static final Pattern SD_CARD = Pattern.compile("\\b(?:micro ?)?sd(?:hc|xc)?[- ]?cards?\\b|\\bmemory cards?\\b"
            + "|\\bemmc\\b");
    /**
     * A figure that went into swap ("1.8G in swap", "pushed 1.1Gi into the swap", "2 GB already in swap"): swap in
     * use, not the size of the swap or of the RAM the clause names before it.
     */
    private static final Pattern INTO_SWAP = Pattern.compile("^\\s*(?:[a-z]+\\s+){0,2}?(?:in|into|to|on)\\s+(?:the\\s+|my\\s+)?"
            + "(?:\\d+(?:[.,]\\d+)?\\s*[a-z]*\\s+)?swap\\w*");

    /**
     * A sentence about an integrated GPU's share of the memory ("4 GB of UMA frame buffer", "the carve-out comes out of
     * the 32 GB"): its figures are a firmware setting the inventory cannot read and the installed RAM that setting
     * takes from, not the total free shows, so none is read as a claim.
     */
    private static final Pattern CARVE_OUT = Pattern.compile("\\buma\\b|\\bcarve[- ]?outs?\\b|\\bframe ?buffer\\b"
            + "|\\b(?:reserved|taken|set aside) (?:for|by) (?:the )?(?:igpu|integrated (?:gpu|graphics)|ig?pu)\\b");

    /** One sentence: its folded text (for matching) and the original (for quoting), with shared offsets. */
    private static final class Sentence {

        final String original;
        final String text;
        final int offset;
        final AnalysedText analysed;
        final List<Keyword> keywords = new ArrayList<>();

        Sentence(String originalAll, String foldedAll, int from, int to) {
            this.original = originalAll.substring(from, to);
            this.text = foldedAll.substring(from, to);
            this.offset = from;
            this.analysed = AnalysedText.of(text);
            for (KeywordPattern k : KEYWORDS) {
                Matcher m = k.pattern().matcher(text);
                while (m.find()) {
                    keywords.add(new Keyword(k.resource(), m.start(), m.end()));
                }
            }
            if (SD_CARD.matcher(text).find()) {
                // in a sentence about an SD or memory card, "the 64 GB card" is that card, not a graphics card
                keywords.replaceAll(k -> k.resource() == Resource.VRAM && text.substring(k.start(), k.end())
                        .matches("cards?") ? new Keyword(Resource.DISK, k.start(), k.end()) : k);
            }
            keywords.sort(Comparator.comparingInt(Keyword::start));
        }

        /** Whether the words of the clause before {@code at} make what follows a purchase, plan or condition. */
        boolean notNow(int at) {
            String clause = clauseBefore(at, false);
            if (NOT_NOW.matcher(clause).find() || NOT_NOW_NEAR.matcher(lastWords(clause)).find()) {
                return true;
            }
            // an apposition names what the clause before it buys or plans ("one targeted upgrade, an eGPU with an
            // RTX 4060 Ti 16 GB"; "a targeted upgrade, a 2 TB NVMe")
            // (or after a colon: "one targeted upgrade: a 1 TB external NVMe"), also past a hedge between them ("one
            // targeted upgrade, I think: a …")
            int start = at - clause.length();
            if (start <= 0 || !isSeparator(text.charAt(start - 1))) {
                return false;
            }
            return APPOSITION.matcher(clause).lookingAt() && notNowBeforeHedges(start - 1)
                    || (clause.isBlank() || BARE_APPOSITION.matcher(clause).lookingAt())
                    && BUYS.matcher(clauseBefore(start - 1, false)).find();
        }

        private static boolean isSeparator(char c) {
            // an apposition may also stand in parentheses: "one targeted upgrade (1 TB external NVMe)"
            return c == ',' || c == ':' || c == '(';
        }

        /** {@link #notNow} of what stands before {@code at}, skipping clauses that are only a hedge ("I think"). */
        private boolean notNowBeforeHedges(int at) {
            int end = at;
            String clause = clauseBefore(end, false);
            while (HEDGE_CLAUSE.matcher(clause).matches() && end - clause.length() > 0
                    && isSeparator(text.charAt(end - clause.length() - 1))) {
                end = end - clause.length() - 1;
                clause = clauseBefore(end, false);
            }
            return notNow(end);
        }

        private static String lastWords(String clause) {
            String[] words = clause.strip().split("\\s+");
            return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length));
        }

        /**
         * Whether the learner states the mention at {@code at} as the machine's now: neither {@link #notNow} nor
         * {@link #negated}.
         */
        boolean stated(int at) {
            return !notNow(at) && !negated(at);
        }

        /**
         * Whether the rest of the clause after a mention puts it off ("a desktop waits until …", "an RTX 4090 and a
         * PSU can wait"). Where the mention's clause already has its verb before it ("free -h shows 16 GB total and
         * the kernel dies when …"), the mention is that verb's object: a clause joined after it ("and", "because",
         * "so", "which" …) is another statement, and its "when" or "if" puts nothing of the first off.
         */
        boolean putOff(int start, int end) {
            String after = text.substring(end);
            int cut = after.indexOf(',');
            String clause = cut < 0 ? after : after.substring(0, cut);
            String before = text.substring(0, start);
            int from = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(':'));
            if (STATING_VERB.matcher(before.substring(from + 1)).find()) {
                Matcher next = CLAUSE_START.matcher(clause);
                if (next.find()) {
                    clause = clause.substring(0, next.start());
                }
            }
            return LATER.matcher(clause).find();
        }

        /**
         * Whether the learner does not state the mention at {@code at} as a fact, as the shared text engine reads it:
         * negated ("not 64 GB", "do not have an RTX"), under a condition, someone else's view, asked or rejected.
         * "No issue with 32 GB" denies a problem, not the figure.
         */
        boolean negated(int at) {
            List<Token> tokens = analysed.tokens();
            int token = -1;
            for (int i = 0; i < tokens.size() && token < 0; i++) {
                if (tokens.get(i).end() > at) {
                    token = i;
                }
            }
            if (token < 0) {
                return false;
            }
            Span span = new Span(token, token);
            Stance stance = analysed.stance(span);
            boolean denied = analysed.negated(span) && !NOT_A_DENIAL.matcher(lastWords(clauseBefore(at, true))).find();
            return denied || stance != Stance.ASSERTED && stance != Stance.CONCEDED;
        }

        private String clauseBefore(int at, boolean andEndsClause) {
            String before = text.substring(0, at);
            int cut = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf('('), before.lastIndexOf(':')));
            Matcher conjunction = CLAUSE_START.matcher(before);
            while (conjunction.find()) {
                if (andEndsClause || !conjunction.group().strip().equals("and")) {
                    cut = Math.max(cut, conjunction.end() - 1);
                }
            }
            return before.substring(cut + 1);
        }

        String words(int start, int end) {
            String words = original.substring(Math.max(0, start), Math.min(original.length(), end)).strip();
            if (words.indexOf('(') >= 0 && words.indexOf(')') < 0) {
                words = words.replace("(", "");
            }
            if (words.indexOf(')') >= 0 && words.indexOf('(') < 0) {
                words = words.replace(")", "");
            }
            return words.replaceAll("\\s+", " ").replaceAll("^[\\s,;:]+|[\\s,;:]+$", "");
        }
    }

    /** A file, model or dataset just before a figure: its size, not the machine's ("the dumps are 40 GB each"). */
    private static final Pattern ARTIFACT_BEFORE = Pattern.compile("\\b(?:dumps?|datasets?|files?|models?|downloads?"
            + "|checkpoints?|images?|weights|caches?|containers?|snapshots?|archives?|videos?|isos?|backups?|index"
            + "|indexes|indices)\\b(?:\\W+[\\w'-]+){0,3}\\W*$");
    private static final Pattern EACH_AFTER = Pattern.compile("^\\s*(?:each|apiece|a piece|per (?:file|model|dump"
            + "|dataset|checkpoint|run|day|week|month))\\b");

    /** "20 GB of checkpoints", "~5 GB worth of models": a figure followed by what it is the size of. */
    private static final Pattern ARTIFACT_AFTER = Pattern.compile("^\\s*(?:worth )?of (?:new |old |\\w+ )?(?:dumps?"
            + "|datasets?|files?|models?|downloads?|checkpoints?|images?|weights|caches?|logs?|snapshots?|backups?"
            + "|artifacts?|adapters?|embeddings?|vectors?)\\b");

    private static boolean artifactSize(Sentence s, Matcher m) {
        String near = Sentence.lastWords(s.text.substring(0, m.start()));
        return ARTIFACT_BEFORE.matcher(near).find() || EACH_AFTER.matcher(s.text.substring(m.end())).find()
                || ARTIFACT_AFTER.matcher(s.text.substring(m.end())).find();
    }

    /** What a figure of a pasted output row is: its aspect and file system, or nothing to read ({@code skip}). */
    private record Column(Aspect aspect, String mount, boolean skip) {
    }

    private static final Pattern FREE_ROW = Pattern.compile("\\b(?:mem|speicher|swap|auslager\\w*):\\s*$");
    private static final Pattern MOUNT_AFTER = Pattern.compile("^\\s+(/[a-z0-9_./-]*|[c-z]:)(?=\\s|$|\\))");
    private static final int ROW = 3;

    /**
     * The figures of a pasted output row (three or more figures with units in a row, nothing but spaces between),
     * read by column as the command prints them: a df row ("/dev/nvme0n1p2 916G 391G 479G 45% /") is size, used,
     * available and use% of the file system at its end; a free row ("Mem: 62Gi 20Gi 12Gi 310Mi 30Gi 41Gi") is read
     * for its total only. The other figures of a row are no claim of their own.
     */
    private static java.util.Map<Integer, Column> rows(Sentence s) {
        List<int[]> figures = new ArrayList<>();
        Matcher m = QUANTITY.matcher(s.text);
        while (m.find()) {
            figures.add(new int[] {m.start(), m.end(), m.group(3).equals("%") ? 1 : 0});
        }
        java.util.Map<Integer, Column> columns = new java.util.HashMap<>();
        int i = 0;
        while (i < figures.size()) {
            int j = i + 1;
            while (j < figures.size() && s.text.substring(figures.get(j - 1)[1], figures.get(j)[0]).isBlank()) {
                j++;
            }
            if (j - i >= ROW) {
                boolean freeRow = FREE_ROW.matcher(s.text.substring(0, figures.get(i)[0])).find();
                boolean dfRow = !freeRow && j - i >= 4 && figures.get(i + 3)[2] == 1;
                Matcher after = MOUNT_AFTER.matcher(s.text.substring(figures.get(Math.min(j, i + 4) - 1)[1]));
                String mount = dfRow && after.find() ? after.group(1) : null;
                for (int k = i; k < j; k++) {
                    int column = k - i;
                    Column read = new Column(null, null, true);
                    if (column == 0 && (freeRow || dfRow)) {
                        read = new Column(Aspect.TOTAL, mount, false);
                    } else if (dfRow && column == 1) {
                        read = new Column(Aspect.USED, mount, false);
                    } else if (dfRow && column == 2) {
                        read = new Column(Aspect.FREE, mount, false);
                    } else if (dfRow && column == 3) {
                        read = new Column(null, mount, false);
                    }
                    columns.put(figures.get(k)[0], read);
                }
            }
            i = j;
        }
        return columns;
    }

    /**
     * "My 32 GB ThinkPad", "this 16GB MacBook": a memory-sized figure between a word that makes the machine the
     * learner's and the machine is its RAM ("a 128GB Mac" is one to buy or wait for, not this one).
     */
    private static final Pattern MACHINE_AFTER = Pattern.compile("^\\s*(?:laptops?|notebooks?|thinkpad|macbook"
            + "(?: air| pro)?|desktop|tower|pc|workstation|mac(?: mini| studio)?|imac|box|server|vm)\\b");
    private static final double MAX_MACHINE_RAM = 256 * GB;
    private static final Pattern OWN_MACHINE_BEFORE = Pattern.compile("\\b(?:my|this|our|the)\\s*$");

    private static Keyword machineRam(Sentence s, Matcher m) {
        Matcher machine = MACHINE_AFTER.matcher(s.text.substring(m.end()));
        if (m.group(3).equals("%") || m.group(3).equals("percent") || !machine.find()
                || !OWN_MACHINE_BEFORE.matcher(s.text.substring(0, m.start())).find()) {
            return null;
        }
        double[] bytes = bytes(number(m.group(1)), number(m.group(1)), m.group(3), false);
        return bytes[1] <= MAX_MACHINE_RAM ? new Keyword(Resource.RAM, m.end(), m.end() + machine.end()) : null;
    }

    /** "the 32 GB installed", "32 GB of RAM installed": the size of the modules, not the total the OS reports. */
    private static final Pattern INSTALLED_AFTER = Pattern.compile("^\\s*(?:of (?:ram|memory) )?installed\\b");
    private static final Pattern VISIBLE = Pattern.compile("\\b(?:visible|usable|seen by|the os sees|linux sees"
            + "|free (?:-h )?(?:shows|reports|says))\\b");

    /**
     * The installed size beside the figure the OS sees in the same sentence ("about 28000 MB of RAM visible of the 32
     * GB installed"): the firmware or an iGPU keeps the difference (docs/lab-verdicts.md, "Everyday rounding": "32 GB
     * installed" where 27Gi is visible and the learner says so), so the installed figure is no claim about free's total.
     */
    private static boolean installedBesideVisible(Sentence s, Matcher m) {
        return INSTALLED_AFTER.matcher(s.text.substring(m.end())).find() && VISIBLE.matcher(s.text).find();
    }

    private static void sizes(Sentence s, List<Located> found) {
        if (CARVE_OUT.matcher(s.text).find()) {
            return;
        }
        java.util.Map<Integer, Column> columns = rows(s);
        Matcher m = QUANTITY.matcher(s.text);
        while (m.find()) {
            Column column = columns.get(m.start());
            // a pasted row is the command's output, never the size of a file ("storage for checkpoints: /dev/… 916G")
            // a size that the rest of its clause puts off is no claim ("a 48 GB card can wait")
            if (column != null && column.skip() || !s.stated(m.start())
                    || column == null && (artifactSize(s, m) || s.putOff(m.start(), m.end())
                    || installedBesideVisible(s, m))) {
                continue;
            }
            String unit = m.group(3);
            Matcher intoSwap = INTO_SWAP.matcher(s.text.substring(m.end()));
            boolean swapUsed = intoSwap.find();
            Keyword keyword = swapUsed ? new Keyword(Resource.SWAP, m.end() + intoSwap.end() - 4, m.end()
                    + intoSwap.end()) : keywordFor(s, m.start(), m.end());
            if (keyword == null || keyword.resource() == null) {
                keyword = machineRam(s, m);
            }
            if (keyword == null || keyword.resource() == null) {
                continue;
            }
            double low = number(m.group(1));
            double high = m.group(2) == null ? low : number(m.group(2));
            boolean hedged = HEDGE.matcher(s.text.substring(0, m.start())).find();
            String words = quote(s, m, keyword);
            String mount = column != null && column.mount() != null ? column.mount() : mount(s, m.start());
            if (unit.equals("%") || unit.equals("percent")) {
                if (keyword.resource() == Resource.DISK) {
                    double spread = hedged ? 10 : 3;
                    found.add(new Located(s.offset + m.start(), new Claim.DiskUse(Math.max(0, low - spread),
                            Math.min(100, high + spread), mount, words)));
                }
                continue;
            }
            Aspect aspect = swapUsed ? Aspect.USED
                    : column != null && column.aspect() != null ? column.aspect() : aspect(s, m, keyword);
            double[] bytes = bytes(low, high, unit, hedged);
            found.add(new Located(s.offset + m.start(), new Claim.Size(keyword.resource(), aspect, bytes[0], bytes[1],
                    keyword.resource() == Resource.DISK ? mount : null, words)));
        }
    }

    /** The figure with its resource word when that is next to it ("64 GB of RAM"), and the word saying what it is. */
    private static String quote(Sentence s, Matcher m, Keyword keyword) {
        int start = m.start();
        int end = m.end();
        if (keyword.start() >= m.end()) {
            end = keyword.end();
        } else if (m.start() - keyword.end() <= 8) {
            start = keyword.start();
        }
        Matcher aspect = TRAILING_ASPECT.matcher(s.text.substring(end));
        if (aspect.find()) {
            end += aspect.end();
        }
        return s.words(start, end);
    }

    /** "402 GB free on the SSD": the figure belongs to the place named after where it is free. */
    private static final Pattern FREE_ON = Pattern.compile("^\\s*(?:free|left|available|spare|unused)\\s+(?:on|in)\\s+"
            + "(?:the |my |its |this )?");
    /**
     * What may stand between a figure and the resource word it belongs to: "of my", "of the 2Gi" ("1.6Gi of the 2Gi
     * swap"), "DDR4", or one describing word ("an 80 GB cloud GPU", "16 GB unified memory").
     */
    private static final Pattern FOLLOWING = Pattern.compile("^\\s*(?:of (?:the |my )?(?:\\d+(?:[.,]\\d+)?\\s*"
            + "(?:tib|tb|gib|gb|gi|g|mib|mb|mi)?\\s+)?)?(?:unified |system |dedicated |ddr\\d |nvme |ssd |sata )?"
            + "(?:on (?:the |my )?)?(?:(?!(?:and|or|of|in|on|at|with|for|to|but|is|are|was|free|left|used|total)\\b)"
            + "[a-z][a-z-]*\\s(?=\\S))?");

    /** The resource word a figure belongs to: right after it ("16 GB of RAM"), else the nearest one before it. */
    private static Keyword keywordFor(Sentence s, int start, int end) {
        String after = s.text.substring(end);
        Matcher follow = FOLLOWING.matcher(after);
        int skip = follow.find() ? follow.end() : 0;
        for (Keyword k : s.keywords) {
            if (k.start() >= end && k.start() <= end + skip + 1) {
                return k;
            }
        }
        Matcher freeOn = FREE_ON.matcher(after);
        if (freeOn.find()) {
            for (Keyword k : s.keywords) {
                if (k.start() >= end + freeOn.end() - 1 && k.start() <= end + freeOn.end() + 1) {
                    return k;
                }
            }
        }
        Keyword before = null;
        for (Keyword k : s.keywords) {
            if (k.end() <= start && start - k.end() <= NEAR * 2) {
                before = k;
            }
        }
        if (before != null) {
            Keyword explained = explainedByParentheses(s, start, before);
            return explained != null ? explained : before;
        }
        // a figure in parentheses restates what stands before them ("32 GB (31 GiB usable), one RTX 3060"): the
        // name after the closing parenthesis is not its resource
        return s.keywords.stream().filter(k -> k.start() >= end && k.start() - end <= NEAR / 2)
                .filter(k -> !(inParentheses(s.text, start) && s.text.substring(end, k.start()).contains(")")))
                .findFirst().orElse(null);
    }

    /**
     * A figure in a later item of a list in parentheses, with no word of its own, belongs to what the parentheses
     * explain, not to the word of an earlier item: in "the first bottleneck is RAM (swap 498Mi of 511Mi used, 5.6Gi
     * of 7.9Gi)" the second pair is the RAM's. Null when the figure is not so placed.
     */
    private static Keyword explainedByParentheses(Sentence s, int start, Keyword before) {
        int open = s.text.lastIndexOf('(', start);
        if (open < 0 || !inParentheses(s.text, start)) {
            return null;
        }
        int part = s.text.lastIndexOf(',', start);
        if (part <= open || before.start() >= part) {
            return null;
        }
        for (Keyword k : s.keywords) {
            if (k.end() <= open && open - k.end() <= 2) {
                return k;
            }
        }
        return null;
    }

    private static boolean inParentheses(String text, int at) {
        return text.lastIndexOf('(', at) > text.lastIndexOf(')', at);
    }

    /** "the 16 GB Quadro", "one 8 GB card": a figure between a singular determiner and one card's name. */
    private static final Pattern ONE_CARD_BEFORE = Pattern.compile("\\b(?:the|a|an|one|my|this|that|each|single)\\s*$");
    private static final Pattern ONE_CARD_AFTER = Pattern.compile("\\s*(?:of vram |vram )?(?:card|gpu|quadro|rtx|gtx"
            + "|geforce|radeon|tesla|a100|h100|a10g?|l4|t4)\\b(?!s)");

    /** The rest of "of 7.9Gi" when nothing follows the total but the end of its part. */
    private static final Pattern NOTHING_AFTER_TOTAL = Pattern.compile("[\\d.,]*\\s*[a-z]*\\s*(?:[),;]|\\.(?:\\s|$)|$)");

    private static Aspect aspect(Sentence s, Matcher m, Keyword keyword) {
        if (keyword.resource() == Resource.VRAM) {
            return ONE_CARD_BEFORE.matcher(s.text.substring(0, m.start())).find()
                    && ONE_CARD_AFTER.matcher(s.text.substring(m.end())).lookingAt() ? Aspect.EACH : Aspect.EACH_OR_SUM;
        }
        if (keyword.start() >= m.end() && FREE_ON.matcher(s.text.substring(m.end(), keyword.start())).lookingAt()) {
            return Aspect.FREE;
        }
        String after = s.text.substring(keyword.start() >= m.end() ? keyword.end() : m.end());
        Matcher ofTotal = Pattern.compile("^\\s*of (?:the |my )?\\d").matcher(after);
        if (ofTotal.find()) {
            String rest = after.substring(ofTotal.end());
            Matcher aspect = Pattern.compile("^[\\d.,]*\\s*\\w*\\s*(\\w+)").matcher(rest);
            if (aspect.find() && FREE_WORDS.matcher(aspect.group(1)).find()) {
                return Aspect.FREE;
            }
            if (aspect.find(0) && USED_WORDS.matcher(rest.substring(aspect.start(1))).find()) {
                return Aspect.USED;
            }
            // "5.6Gi of 7.9Gi" with no word after: a part of the whole, the share in use (free's "used" of "total")
            if (NOTHING_AFTER_TOTAL.matcher(rest).lookingAt()) {
                return Aspect.USED;
            }
        }
        String before = s.text.substring(0, m.start());
        Matcher of = Pattern.compile("\\d\\s*\\w*\\s+of (?:the |my )?$").matcher(before);
        if (of.find()) {
            return Aspect.TOTAL;
        }
        if (FREE_WORDS.matcher(after).find()) {
            return Aspect.FREE;
        }
        if (USED_WORDS.matcher(after).find()) {
            return Aspect.USED;
        }
        if (TOTAL_WORDS.matcher(after).find()) {
            return Aspect.TOTAL;
        }
        if (FREE_BEFORE.matcher(before).find()) {
            return Aspect.FREE;
        }
        return Aspect.TOTAL;
    }

    /** The file system the learner names in the clause of a figure ("/home", "C:", "root"), if any. */
    private static String mount(Sentence s, int at) {
        String clause = s.text.substring(0, at);
        int cut = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(" and "));
        String near = s.text.substring(Math.max(0, cut + 1), Math.min(s.text.length(), at + 30));
        Matcher path = Pattern.compile("(?<![\\w.])(/[a-z0-9_./-]*)|(?<![\\w-])([c-z]):(?=\\s|$|\\))").matcher(near);
        while (path.find()) {
            if (path.group(1) != null && !path.group(1).equals("/s")) {
                return path.group(1).replaceAll("[.)]+$", "");
            }
            if (path.group(2) != null) {
                return "/mnt/" + path.group(2);
            }
        }
        if (Pattern.compile("\\broot\\b|\\bsystem (?:disk|drive|ssd)\\b|\\bboot (?:ssd|disk|drive)\\b").matcher(near)
                .find()) {
            return "/";
        }
        return null;
    }

    private static void cores(Sentence s, List<Located> found) {
        Matcher m = CORES.matcher(s.text);
        while (m.find()) {
            if (!s.stated(m.start())) {
                continue;
            }
            int count = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            boolean threads = m.group(3) != null || !m.group(2).startsWith("core");
            found.add(new Located(s.offset + m.start(), new Claim.Cores(count, threads, s.words(m.start(), m.end()))));
        }
    }

    private static void diskWords(Sentence s, List<Located> found) {
        boolean disk = s.keywords.stream().anyMatch(k -> k.resource() == Resource.DISK);
        Matcher half = HALF.matcher(s.text);
        if (half.find() && s.stated(half.start())) {
            diskUse(s, half, 35, 65, found);
        }
        if (!disk) {
            return;
        }
        Matcher fraction = FRACTION_FULL.matcher(s.text);
        boolean fractional = fraction.find();
        if (fractional && s.stated(fraction.start())) {
            double share = switch (fraction.group(2).replace('-', ' ')) {
                case "half" -> 50;
                case "a third", "one third" -> 33;
                case "two thirds" -> 67;
                case "a quarter", "one quarter" -> 25;
                default -> 75;
            };
            double spread = fraction.group(1) == null ? 10 : 15;
            diskUse(s, fraction, share - spread, share + spread, found);
        }
        Matcher full = FULL.matcher(s.text);
        if (!fractional && full.find() && s.stated(full.start())
                && !s.text.substring(0, full.start()).matches(".*\\d\\s*(?:%|percent)\\s*$")) {
            diskUse(s, full, full.group(1) == null ? 90 : 80, 100, found);
        }
        Matcher empty = EMPTY.matcher(s.text);
        if (empty.find() && s.stated(empty.start())) {
            diskUse(s, empty, 0, 60, found);
        }
    }

    /** A claim that the disk is {@code low} to {@code high} percent full, in the words {@code m} found. */
    private static void diskUse(Sentence s, Matcher m, double low, double high, List<Located> found) {
        found.add(new Located(s.offset + m.start(), new Claim.DiskUse(low, high, mount(s, m.start()),
                s.words(m.start(), m.end()))));
    }

    private static void swapping(Sentence s, List<Located> found) {
        Matcher none = NO_SWAP.matcher(s.text);
        if (none.find() && !s.notNow(none.start())) {
            found.add(new Located(s.offset + none.start(), new Claim.Swapping(false, s.words(none.start(),
                    none.end()))));
            return;
        }
        Matcher m = SWAPPING.matcher(s.text);
        if (m.find() && s.stated(m.start())) {
            found.add(new Located(s.offset + m.start(), new Claim.Swapping(true, s.words(m.start(), m.end()))));
        }
    }

    private static void gpus(Sentence s, List<Located> found) {
        Matcher none = NO_GPU.matcher(s.text);
        while (none.find()) {
            if (!s.notNow(none.start())) {
                found.add(new Located(s.offset + none.start(), new Claim.NoGpu(s.words(none.start(), none.end()))));
            }
        }
        Matcher m = GPU_MODELS.matcher(s.text);
        while (m.find()) {
            if (!s.stated(m.start()) || s.putOff(m.start(), m.end())) {
                continue;
            }
            String key = null;
            for (int g = 1; g <= m.groupCount() && key == null; g++) {
                key = m.group(g);
            }
            found.add(new Located(s.offset + m.start(), new Claim.GpuModel(key, s.words(m.start(), m.end()))));
        }
    }

    private static void cpus(Sentence s, List<Located> found) {
        Matcher m = CPU_MODELS.matcher(s.text);
        while (m.find()) {
            if (!s.stated(m.start())) {
                continue;
            }
            String matched = m.group();
            String vendor = m.group(8) != null || m.group(9) != null ? "apple"
                    : matched.startsWith("ryzen") || matched.startsWith("threadripper") || matched.equals("epyc")
                    ? "amd" : "intel";
            String key = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4)
                    : m.group(5) != null ? m.group(5) : m.group(8) != null ? m.group(8) : m.group(9) != null
                    ? m.group(9) : m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : null;
            found.add(new Located(s.offset + m.start(), new Claim.CpuModel(vendor, key, s.words(m.start(), m.end()))));
        }
    }

    private static void machines(Sentence s, List<Located> found) {
        for (MachinePattern machine : MACHINES) {
            Matcher m = machine.pattern().matcher(s.text);
            while (m.find()) {
                boolean usage = USED_AS.matcher(s.text.substring(0, m.start())).find();
                if (!usage && s.stated(m.start()) && !s.putOff(m.start(), m.end())) {
                    found.add(new Located(s.offset + m.start(), new Machine(machine.kind(), s.words(m.start(),
                            m.end()))));
                    break;
                }
            }
        }
    }

    /** Lower case, typographic quotes straightened, "free -h" marked as the command, decimal commas as points. */
    static String fold(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            lower.append(Character.toLowerCase(text.charAt(i)));
        }
        return lower.toString().replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace("free -h", "freecmd")
                .replaceAll("(\\d),(\\d{1,2})(?!\\d)", "$1.$2");
    }

    private static double number(String text) {
        String plain = text.matches("\\d{1,3}(?:,\\d{3})+") ? text.replace(",", "") : text.replace(',', '.');
        return Double.parseDouble(plain);
    }

    /** A size in bytes as a range: decimal and binary readings of the unit, widened when hedged. */
    private static double[] bytes(double low, double high, String unit, boolean hedged) {
        double decimal;
        double binary;
        if (unit.startsWith("t")) {
            decimal = GB * 1000;
            binary = GIB * 1024;
        } else if (unit.startsWith("m")) {
            decimal = GB / 1000;
            binary = GIB / 1024;
        } else {
            decimal = GB;
            binary = GIB;
        }
        double spread = hedged ? 0.15 : 0;
        return new double[] {low * decimal * (1 - spread), high * binary * (1 + spread)};
    }
}
