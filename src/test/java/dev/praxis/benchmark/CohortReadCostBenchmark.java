package dev.praxis.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.HttpBrowser;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * What a cohort's lesson reads cost the server, in counts that do not depend on how busy the machine is: bytes
 * allocated by Tomcat's threads per page read and the CPU time those threads spent on it ({@code ThreadMXBean}: the
 * thread's own CPU, which another process on the machine does not add to), SQL statements those threads run per read, the
 * share of repeat reads answered with the kept page, and the heap the kept pages hold. A tree of generated modules
 * ({@link CohortTree}) next to the real {@code content/}; learners with a history (sections read, predictions) each
 * read their own random pages, then read the same pages again. One learner reads every page twice first, so that
 * each module's shared text is rendered and the JIT has seen the code: the "first read" is a learner's first visit
 * to a page that others have read before. Reads are sequential, one at a time, so every count belongs to one read.
 * Not a test of a budget: it prints its table. Run it by hand (embedded PostgreSQL, or PRAXIS_DB_URL):
 * <pre>./mvnw -B -ntp -q test -Dtest=CohortReadCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Sizes: {@code -Dcohort.modules=320 -Dcohort.learners=100 -Dcohort.pages=30} (pages per learner).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CohortReadCostBenchmark {

    private static final int MODULES = Integer.getInteger("cohort.modules", 320);
    private static final int LEARNERS = Integer.getInteger("cohort.learners", 100);
    private static final int PAGES_PER_LEARNER = Integer.getInteger("cohort.pages", 30);
    /** Tomcat names its connector's threads so: acceptor, poller and the request workers. */
    private static final String SERVER_THREADS = "http-nio-";
    private static final SqlCount SQL = new SqlCount();

    private final int port;
    private final AccountService accounts;
    private final ContentLibrary library;
    private final JdbcClient jdbc;

    @Autowired
    CohortReadCostBenchmark(@LocalServerPort int port, AccountService accounts, ContentLibrary library, JdbcClient jdbc) {
        this.port = port;
        this.accounts = accounts;
        this.library = library;
        this.jdbc = jdbc;
    }

    @DynamicPropertySource
    static void cohortTree(DynamicPropertyRegistry registry) throws IOException {
        Path tree = Path.of("target", "cohort-read-cost");
        FileSystemUtils.deleteRecursively(tree);
        FileSystemUtils.copyRecursively(Path.of("content"), tree);
        CohortTree.main(new String[] {tree.toString(), String.valueOf(MODULES)});
        registry.add("praxis.content.dir", tree::toAbsolutePath);
    }

    @Test
    void aCohortReadingManyModules() throws Exception {
        List<CourseModule> modules = library.catalog().modules().stream()
                .filter(module -> module.slug().startsWith("cohort-track-") && module.slug().contains("/module-")).toList();
        assertThat(modules).hasSizeGreaterThan(PAGES_PER_LEARNER);
        Random random = new Random(17);

        Reader warmUp = signedIn("warm-up");
        for (int round = 0; round < 2; round++) {
            modules.forEach(module -> warmUp.read(module.url()));
        }

        List<Reader> cohort = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            Reader learner = signedIn("learner-" + i);
            List<CourseModule> pages = new ArrayList<>(modules);
            Collections.shuffle(pages, random);
            learner.pages.addAll(pages.subList(0, PAGES_PER_LEARNER));
            giveHistory(learner, pages.subList(0, PAGES_PER_LEARNER / 2), random);
            cohort.add(learner);
        }
        // the history was written behind the platform's back: let the change feed announce it before reading
        Thread.sleep(1_000);

        Phase first = measure(cohort, (learner, module) -> learner.seen.put(module.url(), digest(learner.read(module.url()))));
        Phase repeat = measure(cohort, (learner, module) -> {
            if (digest(learner.read(module.url())).equals(learner.seen.get(module.url()))) {
                learner.kept++;
            }
        });
        long kept = cohort.stream().mapToLong(learner -> learner.kept).sum();

        System.out.printf("%nCohort read cost: %d generated modules, %d learners x %d pages, sequential reads%n",
                modules.size(), LEARNERS, PAGES_PER_LEARNER);
        System.out.printf("| Reads | CPU per read (server threads) | Allocated per read (server threads) | SQL statements per read | Answered with the kept page | Heap held after GC, per page read |%n");
        System.out.printf("|---|---:|---:|---:|---:|---:|%n");
        System.out.printf("| first read of a page by a learner | %,d µs | %,d kB | %.2f | | %,d kB |%n",
                first.cpuNanos() / first.reads() / 1000, first.allocated() / first.reads() / 1024,
                (double) first.statements() / first.reads(), first.heapHeld() / first.reads() / 1024);
        System.out.printf("| repeat read, nothing changed | %,d µs | %,d kB | %.2f | %.1f %% | |%n",
                repeat.cpuNanos() / repeat.reads() / 1000, repeat.allocated() / repeat.reads() / 1024,
                (double) repeat.statements() / repeat.reads(), 100.0 * kept / repeat.reads());
        System.out.printf("Pages as sent: %,d kB on average.%nStatements on the first reads: %s%nStatements on the repeat reads: %s%n",
                first.pageBytes() / first.reads() / 1024, first.sql(), repeat.sql());
    }

    private Phase measure(List<Reader> cohort, ReadStep step) throws InterruptedException {
        long heapBefore = heapAfterGc();
        long pageBytesBefore = cohort.stream().mapToLong(learner -> learner.pageBytes).sum();
        Map<Long, Long> before = serverThreadAllocations();
        Map<Long, Long> cpuBefore = serverThreadCpu();
        SQL.start();
        int reads = 0;
        for (Reader learner : cohort) {
            for (CourseModule module : learner.pages) {
                step.read(learner, module);
                reads++;
            }
        }
        Map<String, Long> sql = SQL.stop();
        Map<Long, Long> after = serverThreadAllocations();
        long allocated = growth(before, after);
        long cpu = growth(cpuBefore, serverThreadCpu());
        long statements = sql.values().stream().mapToLong(Long::longValue).sum();
        long pageBytes = cohort.stream().mapToLong(learner -> learner.pageBytes).sum() - pageBytesBefore;
        return new Phase(reads, allocated, cpu, statements, heapAfterGc() - heapBefore, pageBytes, sql);
    }

    private static long growth(Map<Long, Long> before, Map<Long, Long> after) {
        return after.entrySet().stream()
                .mapToLong(thread -> thread.getValue() - before.getOrDefault(thread.getKey(), 0L)).sum();
    }

    /** CPU nanoseconds of each server thread so far (a thread started during the phase counts from zero). */
    private static Map<Long, Long> serverThreadCpu() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> nanos = new HashMap<>();
        Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().startsWith(SERVER_THREADS))
                .forEach(thread -> nanos.put(thread.getId(), threads.getThreadCpuTime(thread.getId())));
        return nanos;
    }

    private static Map<Long, Long> serverThreadAllocations() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<Long, Long> bytes = new HashMap<>();
        Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().startsWith(SERVER_THREADS))
                .forEach(thread -> bytes.put(thread.getId(), threads.getThreadAllocatedBytes(thread.getId())));
        return bytes;
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Sections read in some of the learner's pages and a committed prediction wherever a page asks for one. */
    private void giveHistory(Reader learner, List<CourseModule> modules, Random random) {
        for (CourseModule module : modules) {
            module.sections().stream().filter(section -> random.nextBoolean()).forEach(section -> jdbc.sql(
                    "insert into section_read (user_id, module_slug, section_id) values (?, ?, ?)")
                    .params(learner.id, module.slug(), section.id()).update());
            module.predictions().forEach(prediction -> jdbc.sql(
                    "insert into prediction (user_id, module_slug, prompt_id, body) values (?, ?, ?, ?)")
                    .params(learner.id, module.slug(), prediction.id(), "It runs out of memory first.").update());
        }
    }

    private Reader signedIn(String name) throws Exception {
        String email = TestUsers.uniqueEmail(name);
        Reader reader = new Reader(accounts.register(email, name, TestUsers.PASSWORD));
        reader.browser.signedIn(email, TestUsers.PASSWORD);
        return reader;
    }

    private static String digest(String page) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(page.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface ReadStep {
        void read(Reader learner, CourseModule module);
    }

    private record Phase(int reads, long allocated, long cpuNanos, long statements, long heapHeld, long pageBytes, Map<String, Long> sql) {
    }

    /** One learner's user agent: its session cookie, the pages it reads and what it saw on each. */
    private final class Reader {

        final long id;
        final HttpBrowser browser = HttpBrowser.onPort(port);
        final List<CourseModule> pages = new ArrayList<>();
        /** A digest of each page as first read: the benchmark keeps no page itself, so the heap it measures is the server's. */
        final Map<String, String> seen = new HashMap<>();
        long pageBytes;
        long kept;

        Reader(long id) {
            this.id = id;
        }

        String read(String path) {
            HttpResponse<String> response;
            try {
                response = browser.get(path);
            } catch (Exception e) {
                throw new IllegalStateException("GET " + path, e);
            }
            assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
            pageBytes += response.body().getBytes(StandardCharsets.UTF_8).length;
            return response.body();
        }
    }

    /** Counts the statements that the server's request threads run, by their SQL. */
    static final class SqlCount {

        private volatile Map<String, AtomicLong> counts;

        void start() {
            counts = new java.util.concurrent.ConcurrentHashMap<>();
        }

        Map<String, Long> stop() {
            Map<String, Long> result = new HashMap<>();
            counts.forEach((sql, count) -> result.put(sql, count.get()));
            counts = null;
            return result;
        }

        void ran(String sql) {
            Map<String, AtomicLong> current = counts;
            if (current != null && Thread.currentThread().getName().startsWith(SERVER_THREADS)) {
                String shape = sql == null ? "?" : sql.strip().replaceAll("\\s+", " ");
                current.computeIfAbsent(shape.substring(0, Math.min(60, shape.length())), key -> new AtomicLong())
                        .incrementAndGet();
            }
        }

        /** Wraps a JDBC object so that each statement it runs, and each object it hands out, is counted. */
        Object counted(Object target, Class<?> type, String sql) {
            InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args, sql);
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
        }

        private Object invoke(Object target, Method method, Object[] args, String sql) throws Throwable {
            String name = method.getName();
            if (name.startsWith("execute")) {
                ran(args != null && args.length > 0 && args[0] instanceof String text ? text : sql);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
                return counted(connection, Connection.class, null);
            }
            if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                String text = args != null && args.length > 0 && args[0] instanceof String query ? query : null;
                return counted(statement, method.getReturnType(), text);
            }
            return result;
        }
    }

    @TestConfiguration
    static class CountingDataSource {

        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource
                            ? SQL.counted(dataSource, DataSource.class, null) : bean;
                }
            };
        }
    }
}
