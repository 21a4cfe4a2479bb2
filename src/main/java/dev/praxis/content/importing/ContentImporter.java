package dev.praxis.content.importing;

import dev.praxis.content.Catalog;
import dev.praxis.content.CourseModule;
import dev.praxis.content.ImportFailure;
import dev.praxis.content.Slugs;
import dev.praxis.content.markdown.MarkdownRenderer;
import dev.praxis.system.Sha256;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;


/**
 * Imports a course tree written in the Starlight/KubeDojo conventions into an immutable {@link Catalog}. Pages are
 * imported in parallel on a small fixed pool (the Markdown pipeline is built once and shared); a page that cannot be
 * imported is recorded as a failure and the rest go on. No database, no Spring: the same code serves the platform
 * and {@code check-content}.
 */
public final class ContentImporter {

    private final ModuleImporter modules = new ModuleImporter(new MarkdownRenderer());
    private final int threads;
    /** Path → what its last import gave, by the file's digest; null when this importer does not remember. */
    private final Map<String, Remembered> remembered;

    /** An importer using up to two threads per available core pair (two on a two-core machine). */
    public ContentImporter() {
        this(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    public ContentImporter(int threads) {
        this(threads, false);
    }

    private ContentImporter(int threads, boolean remembering) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.remembered = remembering ? new ConcurrentHashMap<>() : null;
    }

    /**
     * An importer that imports again only the files whose bytes changed since its last {@link #importTree}, and
     * gives the same module objects for the others: an author's edit in development mode is live in a fraction of a
     * second whatever the size of the tree, and what is kept per module (rendered lesson parts) stays kept.
     */
    public static ContentImporter remembering() {
        return new ContentImporter(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), true);
    }

    /**
     * Imports every page under {@code root}: {@code .md} and {@code .mdx} files, except files starting with
     * {@code _}, containing {@code .staging.}, or inside hidden folders.
     *
     * @throws IOException when the tree itself cannot be read (missing or unreadable root)
     */
    public Catalog importTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("not a directory: " + root);
        }
        List<Path> files;
        List<Path> folderTitles;
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> all = walk.filter(Files::isRegularFile).filter(path -> isMarkdown(path) && !hidden(root, path))
                    .sorted(Comparator.comparing(path -> relative(root, path))).toList();
            files = all.stream().filter(ContentImporter::isPage).toList();
            folderTitles = all.stream().filter(path -> path.getFileName().toString().matches("_index\\.mdx?")).toList();
        }
        List<CourseModule> imported = new ArrayList<>();
        List<ImportFailure> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (Path file : files) {
                results.add(pool.submit(() -> importOrFailure(root, file)));
            }
            for (Future<Object> result : results) {
                Object value = result.get();
                if (value instanceof CourseModule module) {
                    imported.add(module);
                } else {
                    failures.add((ImportFailure) value);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("import failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (remembered != null) {
            Set<String> present = new HashSet<>();
            files.forEach(file -> present.add(relative(root, file)));
            remembered.keySet().retainAll(present);
        }
        return CatalogAssembly.assemble(imported, failures, SectionTitles.read(root, folderTitles));
    }

    /**
     * Imports the one page whose slug is {@code slug}, without importing the rest of the tree (the offline
     * {@code grade} tool): a page matches by its front matter {@code slug:} or, without one, by its path.
     *
     * @throws IOException when the tree cannot be read
     */
    public Optional<CourseModule> importModule(Path root, String slug) throws IOException, ContentImportException {
        if (!Files.isDirectory(root)) {
            throw new IOException("not a directory: " + root);
        }
        String wanted = Slugs.normalise(slug);
        List<Path> candidates;
        try (Stream<Path> walk = Files.walk(root)) {
            candidates = walk.filter(Files::isRegularFile)
                    .filter(path -> isMarkdown(path) && !hidden(root, path) && isPage(path))
                    .sorted(Comparator.comparing(path -> relative(root, path))).toList();
        }
        for (Path file : candidates) {
            String declared = declaredSlug(file);
            boolean matches = declared != null ? declared.equals(wanted) : Slugs.fromPath(relative(root, file)).equals(wanted);
            if (matches) {
                return Optional.of(importFile(root, file));
            }
        }
        return Optional.empty();
    }

    /** The front matter's {@code slug:} value, read from the file's first lines only; null when there is none. */
    private static String declaredSlug(Path file) throws IOException {
        try (java.io.BufferedReader reader = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (first == null || !first.strip().equals("---")) {
                return null;
            }
            for (int i = 0; i < 200; i++) {
                String line = reader.readLine();
                if (line == null || line.strip().equals("---")) {
                    return null;
                }
                if (line.startsWith("slug:")) {
                    return Slugs.normalise(line.substring(5).strip().replaceAll("^[\"']|[\"']$", ""));
                }
            }
            return null;
        } catch (java.nio.charset.MalformedInputException e) {
            return null;
        }
    }

    /** Imports one page (for reloading a page edited during development). */
    public CourseModule importFile(Path root, Path file) throws ContentImportException {
        String path = relative(root, file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ContentImportException(path, "cannot read the file: " + e.getMessage(), e);
        }
        return importSource(path, decode(path, bytes));
    }

    /**
     * Imports one page from its text.
     *
     * @param path the page's path relative to the content root, with {@code /} (decides slug and language)
     */
    public CourseModule importSource(String path, String source) throws ContentImportException {
        return modules.importSource(path, source);
    }

    private Object importOrFailure(Path root, Path file) {
        String path = relative(root, file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new ImportFailure(path, "cannot read the file: " + e.getMessage());
        }
        if (remembered == null) {
            return importOrFailure(path, bytes);
        }
        byte[] digest = Sha256.digest(bytes);
        Remembered last = remembered.get(path);
        if (last != null && Arrays.equals(last.digest(), digest)) {
            return last.result();
        }
        Object result = importOrFailure(path, bytes);
        remembered.put(path, new Remembered(digest, result));
        return result;
    }

    private Object importOrFailure(String path, byte[] bytes) {
        try {
            return importSource(path, decode(path, bytes));
        } catch (ContentImportException e) {
            return new ImportFailure(path, e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            return new ImportFailure(path, "the importer could not process this file: " + e);
        }
    }

    /** A file's digest and the module (or failure) its import gave. */
    private record Remembered(byte[] digest, Object result) {
    }

    private static String decode(String path, byte[] bytes) throws ContentImportException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ContentImportException(path, "the file is not valid UTF-8 text", e);
        }
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isMarkdown(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".mdx");
    }

    private static boolean isPage(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith("_") && !name.contains(".staging.");
    }

    private static boolean hidden(Path root, Path path) {
        for (Path segment : root.relativize(path)) {
            if (segment.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
