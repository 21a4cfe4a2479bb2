package dev.praxis.content;

import dev.praxis.content.importing.ContentImporter;
import dev.praxis.system.cli.CommandLineTool;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;


/**
 * {@code check-content <dir> [--json]}: imports a content tree without a database and prints, per page, its path,
 * slug, title and counts of prompts, questions, answers, lab steps, checklist items and mermaid blocks, with every
 * problem as {@code file:line: message}. Exits non-zero only when the tree cannot be read at all (or the arguments
 * are wrong); pages that fail to import are reported and the rest go on.
 */
public final class CheckContentTool implements CommandLineTool {

    private static final String USAGE = "check-content <dir> [--json]   import a content tree and report counts and problems";

    private final ContentImporter importer;
    private final List<ContentCheck> checks;
    private final List<ModuleFacts> facts;

    public CheckContentTool() {
        this(new ContentImporter(), ServiceLoader.load(ContentCheck.class).stream().map(ServiceLoader.Provider::get).toList(),
                ServiceLoader.load(ModuleFacts.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    CheckContentTool(ContentImporter importer, List<ContentCheck> checks) {
        this(importer, checks, List.of());
    }

    CheckContentTool(ContentImporter importer, List<ContentCheck> checks, List<ModuleFacts> facts) {
        this.importer = importer;
        this.checks = List.copyOf(checks);
        this.facts = List.copyOf(facts);
    }

    @Override
    public String name() {
        return "check-content";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return execute(new Arguments(), args, out, err, arguments -> check(arguments, out, err));
    }

    @Command(description = "Imports a content tree without a database and reports, per page, its counts and every "
            + "problem as file:line: message. Exit 0 when the tree was read (pages that fail to import are reported), "
            + "1 when it cannot be read, 2 on bad arguments.")
    static final class Arguments {

        @Parameters(paramLabel = "<dir>", description = "the content tree")
        Path root;

        @Option(names = "--json", description = "print the report as JSON")
        boolean json;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
        boolean help;
    }

    private int check(Arguments arguments, PrintStream out, PrintStream err) {
        Path root = arguments.root;
        Catalog catalog;
        try {
            catalog = importer.importTree(root);
        } catch (IOException e) {
            err.println("check-content: cannot read " + root + ": " + e.getMessage());
            return 1;
        }
        List<Problem> problems = new ArrayList<>(catalog.problems());
        for (ContentCheck check : checks) {
            problems.addAll(check.check(root, catalog));
        }
        Map<String, Map<String, Integer>> extra = new LinkedHashMap<>();
        for (CourseModule module : catalog.modules()) {
            Map<String, Integer> moduleFacts = new LinkedHashMap<>();
            for (ModuleFacts source : facts) {
                moduleFacts.putAll(source.facts(root, module));
            }
            extra.put(module.path(), moduleFacts);
        }
        Report report = Report.of(catalog, problems, extra);
        if (arguments.json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(report.toJson()));
        } else {
            report.printText(out);
        }
        return 0;
    }

    /** One line of the report: an imported page or a failure, with its problems. */
    private record Entry(String path, String slug, String title, boolean imported, ModuleCounts counts,
                         Map<String, Integer> facts, List<Problem> problems) {
    }

    private record Report(List<Entry> entries, List<Problem> unattributed) {

        static Report of(Catalog catalog, List<Problem> problems, Map<String, Map<String, Integer>> facts) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            ModuleCounts none = new ModuleCounts(0, 0, 0, 0, 0, 0);
            for (CourseModule module : catalog.modules()) {
                entries.put(module.path(), new Entry(module.path(), module.slug(), module.title(), true, module.counts(),
                        facts.getOrDefault(module.path(), Map.of()), new ArrayList<>()));
            }
            for (ImportFailure failure : catalog.failures()) {
                entries.put(failure.path(), new Entry(failure.path(), null, null, false, none, Map.of(), new ArrayList<>()));
            }
            List<Problem> unattributed = new ArrayList<>();
            for (Problem problem : problems) {
                Entry entry = entries.get(problem.path());
                if (entry == null) {
                    unattributed.add(problem);
                } else {
                    entry.problems().add(problem);
                }
            }
            List<Entry> sorted = new ArrayList<>(entries.values());
            sorted.sort((a, b) -> a.path().compareTo(b.path()));
            return new Report(sorted, unattributed);
        }

        Map<String, Object> toJson() {
            List<Map<String, Object>> modules = new ArrayList<>();
            for (Entry entry : entries) {
                Map<String, Object> module = new LinkedHashMap<>();
                module.put("path", entry.path());
                module.put("slug", entry.slug());
                module.put("title", entry.title());
                module.put("imported", entry.imported());
                putCounts(module, entry.counts());
                module.putAll(entry.facts());
                module.put("problems", entry.problems().stream().map(Problem::toString).toList());
                modules.add(module);
            }
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("modules", modules);
            document.put("totals", totals());
            document.put("problems", unattributed.stream().map(Problem::toString).toList());
            return document;
        }

        private Map<String, Object> totals() {
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("modules", entries.size());
            totals.put("imported", entries.stream().filter(Entry::imported).count());
            totals.put("failed", entries.stream().filter(entry -> !entry.imported()).count());
            putCounts(totals, sum());
            totals.putAll(sumFacts());
            totals.put("problems", entries.stream().mapToInt(entry -> entry.problems().size()).sum() + unattributed.size());
            return totals;
        }

        private Map<String, Integer> sumFacts() {
            Map<String, Integer> sums = new LinkedHashMap<>();
            entries.forEach(entry -> entry.facts().forEach((key, value) -> sums.merge(key, value, Integer::sum)));
            return sums;
        }

        private static String factsText(Map<String, Integer> facts) {
            StringBuilder text = new StringBuilder();
            facts.forEach((key, value) -> text.append(' ').append(key).append('=').append(value));
            return text.toString();
        }

        private ModuleCounts sum() {
            int[] total = new int[6];
            for (Entry entry : entries) {
                ModuleCounts counts = entry.counts();
                total[0] += counts.predictions();
                total[1] += counts.quizQuestions();
                total[2] += counts.quizAnswers();
                total[3] += counts.labSteps();
                total[4] += counts.checklistItems();
                total[5] += counts.mermaid();
            }
            return new ModuleCounts(total[0], total[1], total[2], total[3], total[4], total[5]);
        }

        private static void putCounts(Map<String, Object> target, ModuleCounts counts) {
            target.put("predictions", counts.predictions());
            target.put("quizQuestions", counts.quizQuestions());
            target.put("quizAnswers", counts.quizAnswers());
            target.put("labSteps", counts.labSteps());
            target.put("checklistItems", counts.checklistItems());
            target.put("mermaid", counts.mermaid());
        }

        void printText(PrintStream out) {
            for (Entry entry : entries) {
                if (entry.imported()) {
                    out.println(entry.path() + "  slug=" + entry.slug() + "  title=\"" + entry.title() + "\"  "
                            + countsText(entry.counts()) + factsText(entry.facts()));
                } else {
                    out.println(entry.path() + "  NOT IMPORTED");
                }
                entry.problems().forEach(problem -> out.println("  " + problem));
            }
            unattributed.forEach(problem -> out.println(problem));
            ModuleCounts sum = sum();
            out.println("totals: modules=" + entries.size() + " imported=" + entries.stream().filter(Entry::imported).count()
                    + " failed=" + entries.stream().filter(entry -> !entry.imported()).count() + " " + countsText(sum)
                    + factsText(sumFacts()) + " problems=" + (entries.stream().mapToInt(entry -> entry.problems().size()).sum() + unattributed.size()));
        }

        private static String countsText(ModuleCounts counts) {
            return "predictions=" + counts.predictions() + " quizQuestions=" + counts.quizQuestions() + " quizAnswers="
                    + counts.quizAnswers() + " labSteps=" + counts.labSteps() + " checklistItems="
                    + counts.checklistItems() + " mermaid=" + counts.mermaid();
        }
    }
}
