package dev.praxis.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load client of {@code scripts/prove-under-load.sh}: JDK only, so it runs as a single source file
 * ({@code java src/test/java/dev/praxis/benchmark/LearnerLoad.java register ...}) without a build.
 *
 * <pre>
 * register BASE COUNT TAG OUT        registers COUNT learners, writes "SESSION csrf email" lines to OUT
 * learn BASES SESSIONS SECONDS THINK_MS TAG ACK_LOG
 *                                    every learner of SESSIONS commits predictions and submits quizzes until
 *                                    SECONDS pass (BASES: comma-separated, requests alternate between them);
 *                                    every acknowledged write goes to ACK_LOG; prints a JSON summary
 * cross BASE_A BASE_B TAG            signs in on A, reads and writes on B with A's session and CSRF token
 * </pre>
 *
 * Every request has a 15 s timeout and every loop a deadline, so a run is bounded in time whatever the server does.
 */
public final class LearnerLoad {

    static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";
    static final String LESSON = "/modules/" + SLUG + "/";
    static final String PASSWORD = "correct horse battery staple";
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("SESSION=([^;]+)");
    private static final Pattern ATTEMPT = Pattern.compile("/quiz/attempts/(\\d+)$");
    private static final int MAX_REQUESTS_PER_LEARNER = 20_000;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: register|learn|cross ... (see the class comment)");
        }
        LearnerLoad load = new LearnerLoad();
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int status = switch (args[0]) {
            case "register" -> load.register(rest);
            case "learn" -> load.learn(rest);
            case "cross" -> load.cross(rest);
            default -> throw new IllegalArgumentException("unknown command " + args[0] + ": register, learn or cross");
        };
        System.exit(status);
    }

    record Learner(String session, String csrf, String email) {
    }

    // ---------------------------------------------------------------- register

    private int register(String[] args) throws Exception {
        String base = args[0];
        int count = Integer.parseInt(args[1]);
        String tag = args[2];
        Path out = Path.of(args[3]);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < count; i++) {
            String email = tag + "-" + i + "@example.org";
            pool.submit(() -> {
                try {
                    Learner learner = signUp(base, email, "Learner " + tag + " " + email.split("@")[0].replaceAll("\\D+", ""));
                    lines.add(learner.session() + " " + learner.csrf() + " " + learner.email());
                } catch (Exception e) {
                    failures.incrementAndGet();
                    System.err.println("register " + email + ": " + e);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        Files.write(out, lines);
        System.out.println("{\"registered\":" + lines.size() + ",\"failed\":" + failures.get() + "}");
        return failures.get() == 0 ? 0 : 1;
    }

    Learner signUp(String base, String email, String name) throws Exception {
        HttpResponse<String> form = send(get(base, "/register", null));
        String body = formBody("email", email, "displayName", name, "password", PASSWORD, "_csrf", match(FORM_CSRF, form.body(), "register form"));
        HttpResponse<String> registered = send(postAsVisitor(base, "/register", form, body));
        if (registered.statusCode() != 302) {
            throw new IllegalStateException("registration answered " + registered.statusCode());
        }
        String session = cookie(registered);
        return new Learner(session, csrfOfLesson(base, session), email);
    }

    Learner signIn(String base, String email) throws Exception {
        HttpResponse<String> signedIn = attemptSignIn(base, email, PASSWORD);
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in answered " + signedIn.statusCode() + " " + signedIn.headers().firstValue("Location"));
        }
        String session = cookie(signedIn);
        return new Learner(session, csrfOfLesson(base, session), email);
    }

    private HttpResponse<String> attemptSignIn(String base, String email, String password) throws Exception {
        HttpResponse<String> form = send(get(base, "/login", null));
        String body = formBody("username", email, "password", password, "_csrf", match(FORM_CSRF, form.body(), "sign-in form"));
        return send(postAsVisitor(base, "/login", form, body));
    }

    private String csrfOfLesson(String base, String session) throws Exception {
        HttpResponse<String> lesson = send(get(base, LESSON, session));
        if (lesson.statusCode() != 200) {
            throw new IllegalStateException("signed-in lesson page answered " + lesson.statusCode());
        }
        return match(META_CSRF, lesson.body(), "lesson page");
    }

    // ---------------------------------------------------------------- learn

    /** One request's outcome: which write, its HTTP status (0 for no answer), when it started and how long it took. */
    record Outcome(String kind, int status, boolean acknowledged, long startMillis, long micros) {
    }

    private int learn(String[] args) throws Exception {
        List<String> bases = List.of(args[0].split(","));
        List<Learner> learners = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank())
                .map(l -> l.split(" ")).map(p -> new Learner(p[0], p[1], p[2])).toList();
        long seconds = Long.parseLong(args[2]);
        int thinkMillis = Integer.parseInt(args[3]);
        String tag = args[4];
        Path ackLog = Path.of(args[5]);
        long start = System.currentTimeMillis();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<List<Outcome>> perLearner = new ArrayList<>();
        try (BufferedWriter acks = Files.newBufferedWriter(ackLog)) {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < learners.size(); i++) {
                List<Outcome> outcomes = new ArrayList<>();
                perLearner.add(outcomes);
                Learner learner = learners.get(i);
                int index = i;
                Thread thread = new Thread(() -> runLearner(learner, index, bases, deadline, thinkMillis, tag, start, acks, outcomes),
                        "learner-" + i);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(seconds) + TIMEOUT.toMillis() * 3);
            }
        }
        List<Outcome> all = perLearner.stream().flatMap(List::stream).toList();
        System.out.println(summary(all, learners.size(), System.currentTimeMillis() - start));
        return 0;
    }

    private void runLearner(Learner learner, int index, List<String> bases, long deadline, int thinkMillis, String tag,
                            long runStart, BufferedWriter acks, List<Outcome> outcomes) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        pause(random.nextInt(thinkMillis + 1), deadline);
        for (int seq = 0; seq < MAX_REQUESTS_PER_LEARNER && System.nanoTime() < deadline; seq++) {
            String base = bases.get(seq % bases.size());
            boolean prediction = seq % 2 == 0;
            String marker = tag + "-" + index + "-" + seq;
            long began = System.currentTimeMillis();
            long t0 = System.nanoTime();
            int status = 0;
            boolean acknowledged = false;
            String acknowledgement = null;
            try {
                if (prediction) {
                    HttpResponse<String> answer = send(predictionRequest(base, learner, (seq / 2) % 3 + 1,
                            marker + " I expect the GPU's memory to be the first limit I hit."));
                    status = answer.statusCode();
                    acknowledged = status == 200;
                    acknowledgement = "prediction " + marker;
                } else {
                    HttpResponse<String> answer = send(quizRequest(base, learner, marker));
                    status = answer.statusCode();
                    Matcher attempt = ATTEMPT.matcher(answer.headers().firstValue("Location").orElse(""));
                    acknowledged = status == 302 && attempt.find();
                    acknowledgement = acknowledged ? "quiz " + attempt.group(1) : null;
                }
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            outcomes.add(new Outcome(prediction ? "prediction" : "quiz", status, acknowledged, began - runStart,
                    (System.nanoTime() - t0) / 1000));
            if (acknowledged) {
                synchronized (acks) {
                    try {
                        acks.write(acknowledgement);
                        acks.newLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write the ack log", e);
                    }
                }
            }
            pause(thinkMillis <= 0 ? 0 : random.nextInt(thinkMillis / 2, thinkMillis * 3 / 2 + 1), deadline);
        }
    }

    private HttpRequest predictionRequest(String base, Learner learner, int prompt, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/predictions")).timeout(TIMEOUT)
                .header("Cookie", "SESSION=" + learner.session()).header("X-CSRF-TOKEN", learner.csrf())
                .header("X-Praxis-Fragment", "card").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody("promptId", SLUG + ":prediction:" + prompt, "body", body)))
                .build();
    }

    private HttpRequest quizRequest(String base, Learner learner, String marker) {
        List<String> fields = new ArrayList<>(List.of("module", SLUG));
        for (int q = 1; q <= 8; q++) {
            fields.addAll(List.of("questionId", SLUG + ":quiz:" + q, "answer",
                    "Attempt " + marker + ": the VRAM size and memory bandwidth decide which model fits and how fast it runs."));
        }
        return post(base, "/quiz/attempts", learner.session(), formBody(fields.toArray(String[]::new)), learner.csrf());
    }

    private static void pause(long millis, long deadline) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (millis <= 0 || left <= 0) {
            return;
        }
        try {
            Thread.sleep(Math.min(millis, left));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String summary(List<Outcome> outcomes, int learners, long elapsedMillis) {
        Map<String, Long> acked = outcomes.stream().filter(Outcome::acknowledged)
                .collect(Collectors.groupingBy(Outcome::kind, TreeMap::new, Collectors.counting()));
        Map<String, Long> failures = outcomes.stream().filter(o -> !o.acknowledged())
                .collect(Collectors.groupingBy(o -> o.kind() + ":" + (o.status() == 0 ? "no-answer" : o.status()),
                        TreeMap::new, Collectors.counting()));
        Map<Long, int[]> perSecond = new TreeMap<>();
        for (Outcome o : outcomes) {
            perSecond.computeIfAbsent(o.startMillis() / 1000, s -> new int[2])[o.acknowledged() ? 0 : 1]++;
        }
        StringBuilder json = new StringBuilder("{");
        json.append("\"learners\":").append(learners).append(",\"elapsedSeconds\":").append(elapsedMillis / 1000.0)
                .append(",\"requests\":").append(outcomes.size())
                .append(",\"acknowledged\":").append(object(acked))
                .append(",\"failed\":").append(object(failures))
                .append(",\"latencyMs\":{\"acknowledged\":").append(percentiles(outcomes.stream().filter(Outcome::acknowledged).toList()))
                .append(",\"failed\":").append(percentiles(outcomes.stream().filter(o -> !o.acknowledged()).toList()))
                .append("},\"perSecond\":[");
        json.append(perSecond.entrySet().stream().map(e -> "[" + e.getKey() + "," + e.getValue()[0] + "," + e.getValue()[1] + "]")
                .collect(Collectors.joining(",")));
        return json.append("]}").toString();
    }

    private static String percentiles(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return "null";
        }
        long[] micros = outcomes.stream().mapToLong(Outcome::micros).sorted().toArray();
        return String.format(java.util.Locale.ROOT, "{\"count\":%d,\"p50\":%.1f,\"p90\":%.1f,\"p99\":%.1f,\"max\":%.1f}",
                micros.length, at(micros, 0.50), at(micros, 0.90), at(micros, 0.99), micros[micros.length - 1] / 1000.0);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1000.0;
    }

    private static String object(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    // ---------------------------------------------------------------- cross

    /** Prints one JSON line of checks; exits 1 when any failed. */
    private int cross(String[] args) throws Exception {
        String a = args[0];
        String b = args[1];
        String tag = args[2];
        String email = tag + "-cross@example.org";
        signUp(a, email, "Crossing " + tag);
        Learner onA = signIn(a, email);
        Map<String, Object> checks = new java.util.LinkedHashMap<>();
        HttpResponse<String> lessonOnB = send(get(b, LESSON, onA.session()));
        checks.put("lessonOnBStatus", lessonOnB.statusCode());
        checks.put("lessonOnBShowsLearner", lessonOnB.body().contains("Crossing " + tag));
        String marker = tag + "-cross";
        // A keeps this page in memory: B's write must make it stale there (the database's change notification)
        checks.put("lessonOnABeforeStatus", send(get(a, LESSON, onA.session())).statusCode());
        HttpResponse<String> committedOnB = send(predictionRequest(b, onA, 1, marker + " I predict the session is shared."));
        checks.put("predictionOnBWithTokenFromAStatus", committedOnB.statusCode());
        HttpResponse<String> lessonOnA = send(get(a, LESSON, onA.session()));
        checks.put("lessonOnAShowsPredictionFromB", lessonOnA.statusCode() == 200 && lessonOnA.body().contains(marker));
        HttpResponse<String> quizOnB = send(quizRequest(b, onA, marker));
        checks.put("quizOnBWithTokenFromAStatus", quizOnB.statusCode());
        checks.put("quizOnBLocation", quizOnB.headers().firstValue("Location").orElse(""));
        // sign-in throttling is shared: five wrong passwords spread over A and B pause the account on B
        String guarded = tag + "-throttle@example.org";
        signUp(a, guarded, "Throttled " + tag);
        for (int i = 0; i < 5; i++) {
            attemptSignIn(i % 2 == 0 ? a : b, guarded, "not the password " + i);
        }
        checks.put("signInOnBAfterFailuresOnAAndB", attemptSignIn(b, guarded, PASSWORD).headers().firstValue("Location").orElse(""));
        boolean ok = Integer.valueOf(200).equals(checks.get("lessonOnBStatus"))
                && ((String) checks.get("signInOnBAfterFailuresOnAAndB")).endsWith("/login?throttled")
                && Boolean.TRUE.equals(checks.get("lessonOnBShowsLearner"))
                && Integer.valueOf(200).equals(checks.get("predictionOnBWithTokenFromAStatus"))
                && Boolean.TRUE.equals(checks.get("lessonOnAShowsPredictionFromB"))
                && Integer.valueOf(302).equals(checks.get("quizOnBWithTokenFromAStatus"))
                && ATTEMPT.matcher((String) checks.get("quizOnBLocation")).find();
        checks.put("ok", ok);
        checks.put("session", onA.session());
        System.out.println(checks.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof String s ? "\"" + s + "\"" : e.getValue()))
                .collect(Collectors.joining(",", "{", "}")));
        return ok ? 0 : 1;
    }

    // ---------------------------------------------------------------- HTTP

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest get(String base, String path, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "text/html").GET();
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return request.build();
    }

    private static HttpRequest post(String base, String path, String session, String body) {
        return post(base, path, session, body, null);
    }

    private static HttpRequest post(String base, String path, String session, String body, String csrfHeader) {
        HttpRequest.Builder request = formPost(base, path, body);
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        if (csrfHeader != null) {
            request.header("X-CSRF-TOKEN", csrfHeader);
        }
        return request.build();
    }

    /**
     * A form posted back by a visitor with the cookies its page set: visitors have no session, their CSRF token rides
     * in a cookie of its own.
     */
    private static HttpRequest postAsVisitor(String base, String path, HttpResponse<?> form, String body) {
        HttpRequest.Builder request = formPost(base, path, body);
        List<String> cookies = form.headers().allValues("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0]).filter(pair -> !pair.endsWith("=")).toList();
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies));
        }
        return request.build();
    }

    private static HttpRequest.Builder formPost(String base, String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String cookie(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher session = SESSION_COOKIE.matcher(header);
            if (session.find() && !session.group(1).isEmpty()) {
                return session.group(1);
            }
        }
        throw new IllegalStateException("no SESSION cookie in the answer to " + response.request().uri());
    }

    private static String match(Pattern pattern, String html, String where) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the " + where);
        }
        return matcher.group(1);
    }

    private static String formBody(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
