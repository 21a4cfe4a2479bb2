package dev.praxis.benchmark;

import com.sun.management.OperatingSystemMXBean;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.praxis.content.Catalog;
import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.CourseModule;
import dev.praxis.content.LargeTreeGenerator;
import dev.praxis.quiz.drafting.ModuleDraft;
import dev.praxis.quiz.drafting.RubricDrafter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Issue #16's measurements in one JVM, on a generated tree of KubeDojo size (or a tree given as the third argument):
 * the bare flexmark floor (parse and render every page, as many threads as the importer), the platform's import of
 * the same tree, and drafting the rubrics of every module, with the share of questions with a model answer that a
 * draft can grade. Rounds alternate floor and import so that both see the same machine; the CPU is the process's
 * (GC and JIT included), so the first two rounds pay for compiling and the median of the later ones is printed.
 * {@code -Dgradable.rounds=N} (3) sets the rounds, {@code -Dgradable.draft=false} skips drafting. Run by hand:
 * {@code java -Xmx512m -cp target/test-classes:target/classes:$(cat cp.txt) dev.praxis.benchmark.GradableBenchmark}.
 */
public final class GradableBenchmark {

    private static final OperatingSystemMXBean PROCESSOR =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private GradableBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int modules = args.length > 0 ? Integer.parseInt(args[0]) : 1_500;
        int bytes = args.length > 1 ? Integer.parseInt(args[1]) : 40_000;
        boolean generated = args.length < 3;
        Path root = generated ? Files.createTempDirectory("praxis-gradable-benchmark") : Path.of(args[2]);
        try {
            if (generated) {
                LargeTreeGenerator.generate(root, modules, bytes);
                System.out.printf("generated %d modules of about %d bytes in %s%n", modules, bytes, root);
            }
            List<Path> pages;
            try (Stream<Path> files = Files.walk(root)) {
                pages = files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".mdx")).toList();
            }
            ContentImporter importer = new ContentImporter();
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            Catalog catalog = null;
            int rounds = Integer.getInteger("gradable.rounds", 3);
            double[] ratios = new double[rounds];
            double[] threadRatios = new double[rounds];
            for (int round = 1; round <= rounds; round++) {
                long[] floor = measure(() -> bareFlexmark(pages, threads));
                Catalog[] imported = new Catalog[1];
                long[] platform = measure(() -> imported[0] = importer.importTree(root));
                catalog = imported[0];
                System.out.printf("round %d: flexmark floor %d ms (%d ms CPU); import %d ms (%d ms CPU); "
                        + "import/floor %.2f wall, %.2f CPU%n", round, floor[0], floor[1], platform[0], platform[1],
                        (double) platform[0] / floor[0], (double) platform[1] / floor[1]);
                ratios[round - 1] = (double) platform[1] / floor[1];
                // the same work per page, timed by the CPU of the thread doing it: no GC or JIT threads, and no
                // other process on the machine, in the figure
                long floorPages = pageCpu(pages, threads, page -> bareFlexmarkPage(page));
                long importPages = pageCpu(pages, threads, page -> importer.importFile(root, page));
                threadRatios[round - 1] = (double) importPages / floorPages;
                System.out.printf("round %d, thread CPU of the pages: flexmark floor %d ms; import %d ms; "
                        + "import/floor %.2f%n", round, floorPages / 1_000_000, importPages / 1_000_000,
                        threadRatios[round - 1]);
            }
            if (rounds > 2) {
                double[] warm = Arrays.copyOfRange(ratios, 2, rounds);
                Arrays.sort(warm);
                System.out.printf("import/floor CPU, median of rounds 3-%d: %.2f (process), %.2f (page threads)%n", rounds,
                        warm[warm.length / 2], median(Arrays.copyOfRange(threadRatios, 2, rounds)));
            }
            if (!Boolean.parseBoolean(System.getProperty("gradable.draft", "true"))) {
                System.out.printf("%d pages, %d failed%n", catalog.modules().size(), catalog.failures().size());
                return;
            }
            int withAnswer = 0;
            int drafted = 0;
            long[] drafting = new long[2];
            for (int round = 1; round <= 2; round++) {
                int[] counts = new int[2];
                Catalog last = catalog;
                drafting = measure(() -> {
                    for (CourseModule module : last.modules()) {
                        counts[0] += (int) module.quiz().questions().stream().filter(q -> q.hasAnswer()).count();
                        Optional<ModuleDraft> draft = RubricDrafter.draft(module);
                        counts[1] += draft.map(d -> d.rubric().questions().size()).orElse(0);
                    }
                });
                withAnswer = counts[0];
                drafted = counts[1];
                System.out.printf("drafting round %d: %d ms (%d ms CPU)%n", round, drafting[0], drafting[1]);
            }
            System.out.printf("%d pages, %d failed; %d questions with a model answer, %d drafted (%.1f%% gradable)%n",
                    catalog.modules().size(), catalog.failures().size(), withAnswer, drafted,
                    withAnswer == 0 ? 0 : 100.0 * drafted / withAnswer);
        } finally {
            if (generated) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private interface PageWork {
        void run(Path page) throws Exception;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The CPU nanoseconds the threads of a pool spent on {@code work} for every page, each task timing itself. */
    private static long pageCpu(List<Path> pages, int threads, PageWork work) throws Exception {
        System.gc();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> spent = pages.stream().map(page -> pool.submit(() -> {
                long start = mx.getCurrentThreadCpuTime();
                work.run(page);
                return mx.getCurrentThreadCpuTime() - start;
            })).toList();
            long total = 0;
            for (Future<Long> page : spent) {
                total += page.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final MutableDataSet FLOOR_OPTIONS =
            new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    private static final Parser FLOOR_PARSER = Parser.builder(FLOOR_OPTIONS).build();
    private static final HtmlRenderer FLOOR_RENDERER = HtmlRenderer.builder(FLOOR_OPTIONS).build();

    private static int bareFlexmarkPage(Path page) throws Exception {
        return FLOOR_RENDERER.render(FLOOR_PARSER.parse(Files.readString(page, StandardCharsets.UTF_8))).length();
    }

    /** Wall and process CPU milliseconds of one run, after a collection so runs start alike. */
    private static long[] measure(Work work) throws Exception {
        System.gc();
        long cpu = PROCESSOR.getProcessCpuTime();
        long start = System.nanoTime();
        work.run();
        return new long[] {(System.nanoTime() - start) / 1_000_000, (PROCESSOR.getProcessCpuTime() - cpu) / 1_000_000};
    }

    /** Reads, parses and renders every page with flexmark and its tables extension alone. */
    private static void bareFlexmark(List<Path> pages, int threads) throws Exception {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> rendered = pages.stream().map(page -> pool.submit(() ->
                    renderer.render(parser.parse(Files.readString(page, StandardCharsets.UTF_8))).length())).toList();
            for (Future<Integer> page : rendered) {
                page.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
