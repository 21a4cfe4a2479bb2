package dev.praxis.lab.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a lab answer written in another language than English through a per-language lexicon: each word or phrase
 * the validators' rules look for ("оперативна пам'ять", "ГБ", "немає відеокарти", "вузьке місце", "якщо", "не") is
 * replaced by the English word those rules know ("RAM", "GB", "no graphics card", "bottleneck", "if", "not"), so one
 * set of rules judges every language. Words the lexicon does not know stay as written. English text has no word of
 * these lexicons and is left unchanged.
 *
 * <p>The gloss is only for matching. Every replacement is remembered, so a fragment the rules quote from the gloss
 * ({@link #restore}) is shown to the learner in their own words again, while a validation runs inside {@link #scope}.
 */
public final class Gloss {

    /** Ukrainian: (words, English). Earlier entries win over later ones at the same place: phrases come first. */
    private static final String[][] UKRAINIAN = {
            // measurements
            {"гігабайт\\p{L}*|гб", "GB"}, {"гіб", "GiB"}, {"гіг(?:а|и|ів)?", "gigs"}, {"терабайт\\p{L}*|тб", "TB"},
            {"тіб", "TiB"}, {"мегабайт\\p{L}*|мб", "MB"}, {"міб", "MiB"}, {"відсот\\p{L}*", "percent"},
            {"ггц", "GHz"}, {"хвилин\\p{L}*|хв", "minutes"}, {"секунд\\p{L}*", "seconds"}, {"годин\\p{L}*", "hours"},
            // the constraints
            {"вузьк\\p{L}* місц\\p{L}*", "bottleneck"}, {"обмежен\\p{L}*", "constraint"},
            {"відеопам'ят\\p{L}*|пам'ят\\p{L}* (?:gpu|відеокарт\\p{L}*|графічн\\p{L}* карт\\p{L}*)", "VRAM"},
            {"уніфікован\\p{L}* пам'ят\\p{L}*|спільн\\p{L}* пам'ят\\p{L}*", "unified memory"},
            {"(?:оперативн|системн)\\p{L}* пам'ят\\p{L}*|оперативк\\p{L}*|озп", "RAM"},
            {"пам'ят\\p{L}*", "memory"},
            {"(?:йд|іде|ід|пішл|залаз|лізе|лізут)\\p{L}* (?:у|в) своп\\p{L}*|свопінг\\p{L}*|свопит\\p{L}*|свопл\\p{L}*",
                    "swapping"}, {"файл\\p{L}* підкачки|підкачк\\p{L}*|своп\\p{L}*", "swap"},
            {"відеокарт\\p{L}*|графічн\\p{L}* (?:карт|адаптер|процесор)\\p{L}*|відеоадаптер\\p{L}*", "graphics card"},
            {"графік\\p{L}*|графічн\\p{L}*", "graphics"}, {"дискретн\\p{L}*", "discrete"},
            {"вбудован\\p{L}*|інтегрован\\p{L}*", "integrated"}, {"драйвер\\p{L}*", "driver"},
            {"інструмент\\p{L}*", "tooling"},
            {"вільн\\p{L}* місц\\p{L}*", "free space"}, {"місц\\p{L}* на диску", "disk space"}, {"місц\\p{L}*", "space"},
            {"диск\\p{L}*", "disk"}, {"сховищ\\p{L}*", "storage"}, {"накопичувач\\p{L}*", "drive"},
            {"розділ\\p{L}*", "partition"}, {"вільн\\p{L}*", "free"}, {"використан\\p{L}*|зайнят\\p{L}*", "used"},
            {"заповнен\\p{L}*|переповнен\\p{L}*|повн(?:ий|а|е|ою|ому|им)", "full"}, {"половин\\p{L}*", "half"},
            {"доступн\\p{L}*", "available"}, {"залишил\\p{L}*|лишил\\p{L}*|лишається|залишається", "left"},
            {"(?:всього|усього|лише|тільки)(?=\\s*\\d)", "only"}, {"всього|усього|загалом|загальн\\p{L}*", "total"},
            {"процесор\\p{L}*", "CPU"}, {"ядр(?:о|а|ах|ами)|ядер", "cores"}, {"поток\\p{L}*|потік", "threads"},
            {"температур\\p{L}*", "temperature"}, {"перегр\\p{L}*|нагрів\\p{L}*", "heat"},
            {"троттл\\p{L}*|тротл\\p{L}*", "throttling"}, {"вентилятор\\p{L}*|кулер\\p{L}*", "fans"},
            {"шум\\p{L}*", "noise"}, {"охолоджен\\p{L}*", "cooling"}, {"блок\\p{L}* живлення", "PSU"},
            {"живлен\\p{L}*", "power"}, {"роз'єм\\p{L}*", "connectors"}, {"слот\\p{L}*", "slots"},
            {"батаре\\p{L}*|акумулятор\\p{L}*", "battery"},
            // machines and archetypes
            {"віртуальн\\p{L}* машин\\p{L}*|віртуалк\\p{L}*|вм", "VM"}, {"ноутбук\\p{L}*|лептоп\\p{L}*", "laptop"},
            {"настільн\\p{L}* (?:пк|комп'ютер\\p{L}*)|системн\\p{L}* блок\\p{L}*|десктоп\\p{L}*", "desktop"},
            {"робоч\\p{L}* станці\\p{L}*", "workstation"}, {"сервер\\p{L}*", "server"}, {"макбук\\p{L}*", "MacBook"},
            {"ціл\\p{L}* (?:машин|комп'ютер)\\p{L}*", "whole machine"}, {"комп'ютер\\p{L}*|пк", "computer"},
            {"машин\\p{L}*", "machine"}, {"залізо|заліза|залізі", "hardware"}, {"корпус\\p{L}*", "case"},
            {"коротк\\p{L}* хмарн\\p{L}* запуск\\p{L}*", "cloud burst"}, {"хмар\\p{L}*", "cloud"},
            {"гібрид\\p{L}*", "hybrid"}, {"портативн\\p{L}*|переносн\\p{L}*|мобільн\\p{L}*", "portable"},
            {"тривал\\p{L}* навантажен\\p{L}*", "sustained load"},
            {"постійно (?:у|в)вімкнен\\p{L}*|цілодобов\\p{L}*", "always-on"},
            // workloads
            {"блокнот\\p{L}*", "notebooks"}, {"набор\\p{L}* даних|датасет\\p{L}*", "datasets"},
            {"дослідженн\\p{L}* даних|аналіз\\p{L}* даних", "data exploration"}, {"локальн\\p{L}*", "local"},
            {"модел\\p{L}* для коду|асистент\\p{L}* для коду", "coding models"}, {"модел\\p{L}*", "models"},
            {"інференс\\p{L}*", "inference"}, {"квантизаці\\p{L}*|квантован\\p{L}*", "quantization"},
            {"донавчанн\\p{L}*|дотренуванн\\p{L}*|тонк\\p{L}* налаштуванн\\p{L}*", "fine-tuning"},
            {"навчанн\\p{L}*|тренуванн\\p{L}*", "training"}, {"ембедин\\p{L}*|ембедінг\\p{L}*|ембеддинг\\p{L}*", "embeddings"},
            {"векторн\\p{L}* баз\\p{L}*", "vector database"}, {"семантичн\\p{L}* пошук\\p{L}*", "semantic search"},
            {"пошук\\p{L}*", "retrieval"}, {"застосунк\\p{L}*|застосун\\p{L}*", "apps"}, {"сервіс\\p{L}*", "services"},
            {"браузер\\p{L}*", "browser"}, {"вкладк\\p{L}*", "tabs"}, {"контекст\\p{L}*", "context"},
            {"батч\\p{L}*|пакет\\p{L}*", "batch"}, {"завантаженн\\p{L}* моделей", "model loads"},
            {"завантаж\\p{L}*", "downloads"}, {"встановленн\\p{L}*|встановлю\\p{L}*|інсталю\\p{L}*", "installs"},
            {"чекпоінт\\p{L}*", "checkpoints"}, {"кеш\\p{L}*", "caches"}, {"задач\\p{L}*|завданн\\p{L}*", "jobs"},
            {"симптом\\p{L}* (?:поки |ще |наразі |зараз )?(?:що )?(?:немає|нема)|(?:поки |ще |наразі |зараз )?(?:що )?"
                    + "(?:немає|нема|жодних) симптом\\p{L}*", "no symptoms yet"}, {"симптом\\p{L}*", "symptom"}, {"доказ\\p{L}*", "evidence"}, {"навантаженн\\p{L}*", "workload"},
            // time
            {"щодня|щоденн\\p{L}*", "daily"}, {"щотижн\\p{L}*", "weekly"}, {"щомісяц\\p{L}*|щомісячн\\p{L}*", "monthly"},
            {"місяц\\p{L}*|місяців", "months"}, {"тижн\\p{L}*|тиждень", "weeks"}, {"рок(?:и|ів|у)|рік", "years"},
            {"день|дні|днів", "days"}, {"наступн\\p{L}*", "next"}, {"кожн\\p{L}*", "every"}, {"рідк\\p{L}*", "rare"},
            {"зараз|наразі", "now"}, {"нижче|менше|під", "below"}, {"вище|понад", "above"},
            {"трима\\p{L}*", "keep"}, {"поки що", "for now"}, {"ще не", "not yet"},
            {"пізніше|згодом|потім", "later"}, {"один|одна|одне|одного|одним|одну", "one"}, {"два|дві", "two"},
            {"три", "three"}, {"чотири", "four"}, {"п'ять", "five"}, {"шість", "six"},
            // clauses, negation, conditions
            {"не знаю|не відомо|невідом\\p{L}*", "unknown"}, {"немає|нема", "no"}, {"без", "without"},
            {"ніколи", "never"}, {"жодн\\p{L}*", "no"}, {"не", "not"}, {"ні", "no"}, {"замість", "instead of"},
            {"а не", "rather than"}, {"якщо|якби", "if"}, {"коли", "when"}, {"щойно|як тільки", "once"},
            {"доки|поки", "until"}, {"після", "after"}, {"перед", "before"}, {"тому що|оскільки|бо", "because"},
            {"тож|отже|тому", "so"}, {"але|проте|однак", "but"}, {"тоді", "then"}, {"лише|тільки", "only"},
            {"і|й|та|а", "and"}, {"або|чи", "or"}, {"щонайменше|принаймні", "at least"}, {"більше ніж|більше за", "more than"},
            // decisions
            {"залиш\\p{L}*|лиша\\p{L}*", "keep"}, {"цільов\\p{L}* апгрейд\\p{L}*", "targeted upgrade"},
            {"оновл\\p{L}*|оновит\\p{L}*|апгрейд\\p{L}*|модерніз\\p{L}*", "upgrade"},
            {"куп\\p{L}*|придба\\p{L}*|покупк\\p{L}*", "buy"}, {"замов\\p{L}*", "order"}, {"зібрат\\p{L}*|зберу", "build"},
            {"дода\\p{L}*|додам", "add"}, {"замін\\p{L}*|заміню", "replace"}, {"оренд\\p{L}*|винайм\\p{L}*", "rent"},
            {"перенес\\p{L}*|перенош\\p{L}*|перемі\\p{L}*", "move"}, {"звільн\\p{L}*", "free up"},
            {"очист\\p{L}*|почист\\p{L}*|чищ\\p{L}*", "clean"}, {"видал\\p{L}*", "delete"}, {"закри\\p{L}*", "close"},
            {"зупин\\p{L}*", "stop"}, {"зачека\\p{L}*|почека\\p{L}*|чека\\p{L}*|відклад\\p{L}*|відкла\\p{L}*", "wait"},
            {"вимір\\p{L}*|замір\\p{L}*|помір\\p{L}*|мір(?:яти|яю|яю|яє|яй|ятиму)", "measure"}, {"моніт\\p{L}*", "monitor"}, {"стеж\\p{L}*|відстеж\\p{L}*", "track"},
            {"перевір\\p{L}*", "check"}, {"запис\\p{L}*|зафікс\\p{L}*", "record"}, {"збир\\p{L}*|збер\\p{L}*", "collect"},
            {"порівн\\p{L}*", "compare"}, {"використову\\p{L}*|використа\\p{L}*|використ\\p{L}*", "use"},
            {"запуск\\p{L}*|запуска\\p{L}*|запуст\\p{L}*", "run"}, {"повільн\\p{L}*|гальму\\p{L}*", "slow"},
            {"пада\\p{L}*|вилітає|вилітают\\p{L}*", "crashes"}, {"зависа\\p{L}*", "freezes"},
            {"не вміщу\\p{L}*|не влазит\\p{L}*", "does not fit"}, {"вміщу\\p{L}*", "fits"},
            {"бракує|не вистачає|закінчу\\p{L}*", "runs out of"}, {"потрібн\\p{L}*|потребу\\p{L}*", "needs"},
            {"показу\\p{L}*|бачит\\p{L}*|видно", "shows"},
            // whole-machine verdicts and prestige
            {"поган\\p{L}*|жахлив\\p{L}*", "bad"}, {"слабк\\p{L}*", "weak"}, {"добр\\p{L}*|гарн\\p{L}*|чудов\\p{L}*", "good"},
            {"найпотужніш\\p{L}*", "most powerful"}, {"найкращ\\p{L}*", "best"}, {"найбільш\\p{L}*", "biggest"},
            {"топов\\p{L}*", "top"}, {"престиж\\p{L}*", "prestige"}, {"потужн\\p{L}*", "powerful"},
            {"нов(?:ий|у|ого|а|е|і|их)", "new"}, {"більш(?:ий|у|ого|а|е|і|их)", "bigger"}, {"кращ\\p{L}*", "better"},
            {"мій|моя|моє|мої|мого|моєї|моїй|моєму|моїм|моїх", "my"},
    };

    /** Between a machine and a verdict on it, Ukrainian leaves the verb out: "машина погана" reads "machine is bad". */
    private static final Pattern COPULA = Pattern.compile("(?<=(?:машин|комп'ютер|ноутбук|пк|систем)\\p{L}{0,3})"
            + "\\s(?:—\\s|-\\s)?(?=(?:просто |дуже |надто |занадто |зовсім |загалом )*(?:поган|слабк|добр|гарн|чудов"
            + "|потужн|жахлив)\\p{L}*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern WORDS = compile(UKRAINIAN);
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final ThreadLocal<List<Glossed>> SCOPE = new ThreadLocal<>();

    private Gloss() {
    }

    private static Pattern compile(String[][] lexicon) {
        StringBuilder regex = new StringBuilder();
        for (String[] entry : lexicon) {
            regex.append(regex.isEmpty() ? "" : "|").append('(').append(entry[0].replace("'", "['’ʼ]")).append(')');
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}'’ʼ])(?:" + regex + ")(?![\\p{L}'’ʼ])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * An answer and its gloss. {@code spans} holds, for every replacement, its start and end in the gloss and in the
     * original ({@code glossStart, glossEnd, originalStart, originalEnd}).
     */
    public record Glossed(String original, String gloss, List<int[]> spans) {

        /** The original words of a gloss range. */
        String original(int start, int end) {
            return original.substring(toOriginal(start, true), toOriginal(end, false));
        }

        private int toOriginal(int at, boolean start) {
            int delta = 0;
            for (int[] span : spans) {
                if (at < span[0] || at == span[0] && !start) {
                    break;
                }
                if (at < span[1] || at == span[1] && !start) {
                    return start ? span[2] : span[3];
                }
                delta = span[3] - span[1];
            }
            return Math.min(original.length(), Math.max(0, at + delta));
        }
    }

    /** The text as the rules read it: unchanged when it has no word of a lexicon. */
    public static String of(String text) {
        return glossed(text).gloss();
    }

    public static Glossed glossed(String text) {
        if (text == null || !CYRILLIC.matcher(text).find()) {
            return new Glossed(text, text, List.of());
        }
        List<int[]> spans = new ArrayList<>();
        StringBuilder gloss = new StringBuilder();
        Matcher copula = COPULA.matcher(text);
        List<int[]> inserted = new ArrayList<>();
        while (copula.find()) {
            inserted.add(new int[] {copula.start(), copula.end()});
        }
        int at = 0;
        Matcher m = WORDS.matcher(text);
        while (m.find()) {
            int group = 1;
            while (m.group(group) == null) {
                group++;
            }
            appendCopulas(text, at, m.start(), inserted, gloss, spans);
            String english = UKRAINIAN[group - 1][1];
            int start = gloss.length();
            gloss.append(english);
            spans.add(new int[] {start, gloss.length(), m.start(), m.end()});
            at = m.end();
        }
        appendCopulas(text, at, text.length(), inserted, gloss, spans);
        return new Glossed(text, gloss.toString(), List.copyOf(spans));
    }

    /** Copies original text, writing " is " for each copula found in it. */
    private static void appendCopulas(String text, int from, int to, List<int[]> copulas, StringBuilder gloss,
                                     List<int[]> spans) {
        int at = from;
        for (int[] c : copulas) {
            if (c[0] >= from && c[1] <= to) {
                gloss.append(text, at, c[0]);
                int start = gloss.length();
                gloss.append(" is ");
                spans.add(new int[] {start, gloss.length(), c[0], c[1]});
                at = c[1];
            }
        }
        gloss.append(text, at, to);
    }

    /**
     * Runs a validation with the given answers' glosses in scope, so that {@link #restore} can show quotes in the
     * learner's words.
     */
    public static <T> T scope(List<Glossed> answers, Supplier<T> validation) {
        List<Glossed> outer = SCOPE.get();
        List<Glossed> glossed = answers.stream().filter(g -> !g.spans().isEmpty()).toList();
        SCOPE.set(glossed);
        try {
            return validation.get();
        } finally {
            if (outer == null) {
                SCOPE.remove();
            } else {
                SCOPE.set(outer);
            }
        }
    }

    /**
     * The learner's own words for a fragment of a glossed answer (whitespace may have been collapsed, case folded):
     * unchanged when it comes from no glossed answer in scope.
     */
    public static String restore(String fragment) {
        List<Glossed> answers = SCOPE.get();
        if (answers == null || answers.isEmpty() || fragment == null || fragment.isBlank()) {
            return fragment;
        }
        String[] words = fragment.strip().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            regex.append(regex.isEmpty() ? "" : "\\s+").append(Pattern.quote(word));
        }
        Pattern find = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (Glossed answer : answers) {
            Matcher m = find.matcher(answer.gloss());
            if (m.find()) {
                return answer.original(m.start(), m.end()).replaceAll("\\s+", " ").strip();
            }
        }
        return fragment;
    }
}
