package dev.praxis.benchmark;

import com.sun.management.OperatingSystemMXBean;
import dev.praxis.content.Catalog;
import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.LargeTreeGenerator;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Imports a generated tree of 1,500 modules (about 60 MB of Markdown) and prints the time and heap. Run by hand:
 * {@code java -Xmx512m -cp target/test-classes:target/classes:$(cat cp.txt) dev.praxis.benchmark.ContentImportBenchmark}.
 * Goal: at most 10 s on a two-core machine with a 512 MB heap.
 */
public final class ContentImportBenchmark {

    private ContentImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int modules = args.length > 0 ? Integer.parseInt(args[0]) : 1_500;
        int bytes = args.length > 1 ? Integer.parseInt(args[1]) : 40_000;
        Path root = Files.createTempDirectory("praxis-content-benchmark");
        try {
            LargeTreeGenerator.generate(root, modules, bytes);
            long size;
            try (Stream<Path> files = Files.walk(root)) {
                size = files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
            }
            ContentImporter importer = new ContentImporter();
            // CPU time of the whole process: on a shared machine wall time says more about the neighbours
            OperatingSystemMXBean processor = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            for (int run = 1; run <= 2; run++) {
                System.gc();
                long cpuStart = processor.getProcessCpuTime();
                long start = System.nanoTime();
                Catalog catalog = importer.importTree(root);
                long millis = (System.nanoTime() - start) / 1_000_000;
                long cpuMillis = (processor.getProcessCpuTime() - cpuStart) / 1_000_000;
                Runtime runtime = Runtime.getRuntime();
                long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
                System.out.printf("run %d: %d pages (%d failed) from %.1f MB in %d ms (%d ms CPU); heap used %d MB of max %d MB%n",
                        run, catalog.modules().size(), catalog.failures().size(), size / 1e6, millis, cpuMillis, usedMb,
                        runtime.maxMemory() / (1024 * 1024));
            }
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
