package dev.praxis.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.praxis.IntegrationTest;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ten thousand malformed inventories, generated from a fixed seed so a failure reproduces, posted to the agent's
 * API: the platform answers each with a problem detail (or, for the few mutations that still read as an inventory,
 * a 201), never with a server error, and stays healthy afterwards.
 */
@IntegrationTest
class InventoryUploadFuzzTests {

    private static final long SEED = 20_261_125L;
    private static final int INPUTS = 10_000;
    private static final int UPLOADERS = 4;
    private static final List<String> KINDS = List.of("binary", "deep JSON nesting", "foreign JSON", "huge numbers",
            "mixed encodings", "random mutations", "truncated fixture");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/json",
            "text/plain; charset=utf-8", "application/json; charset=iso-8859-1");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UploadTokenService tokens;

    @Autowired
    JsonMapper json;

    private final List<byte[]> fixtures = InventoryFixtures.inputs();

    /** One way to break an inventory; each takes the generator and answers the bytes to upload. */
    private final Map<String, Function<Random, byte[]>> generators = Map.of(
            "truncated fixture", this::truncated,
            "binary", InventoryUploadFuzzTests::binary,
            "huge numbers", this::hugeNumbers,
            "deep JSON nesting", InventoryUploadFuzzTests::deepNesting,
            "mixed encodings", this::mixedEncodings,
            "random mutations", this::mutated,
            "foreign JSON", InventoryUploadFuzzTests::foreignJson);

    @Test
    void tenThousandMalformedUploadsAreAnsweredWithProblemDetailsAndNeverAServerError() throws Exception {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "fuzz-learner", Role.LEARNER);
        String token = tokens.create(learner.id(), "fuzzer");
        Map<String, Integer> answers = new ConcurrentSkipListMap<>();
        Map<String, Long> millis = new ConcurrentSkipListMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();

        // a few uploads in flight at once, as several agents would send them; each input has its own seed
        ExecutorService uploaders = Executors.newFixedThreadPool(UPLOADERS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < INPUTS; i++) {
                int index = i;
                sent.add(uploaders.submit(() -> {
                    fuzzOnce(index, token, answers, millis, failures);
                    return null;
                }));
            }
            for (Future<?> upload : sent) {
                upload.get();
            }
        } finally {
            uploaders.shutdownNow();
        }
        System.out.println("upload fuzzing, " + INPUTS + " inputs: " + answers + ", milliseconds per kind: " + millis);
        assertThat(failures).as("answers that were not a 4xx problem detail (nor a 201 inventory)").isEmpty();
        assertThat(answers.keySet()).as("most inputs are refused").anyMatch(key -> key.endsWith("422"));

        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString())
                .contains("\"UP\"");
        MockHttpServletResponse normal = mvc.perform(post("/api/v1/inventory")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).header(HttpHeaders.CONTENT_TYPE, "text/plain")
                .content(InventoryFixtures.bytes("ubuntu-two-nvidia.transcript.txt"))).andReturn().getResponse();
        assertThat(normal.getStatus()).as("a normal upload after the fuzzing").isEqualTo(201);
    }

    /** Generates input {@code index} from its own seed (so one failure reproduces alone), posts it, records the answer. */
    private void fuzzOnce(int index, String token, Map<String, Integer> answers, Map<String, Long> millis,
                          List<String> failures) throws Exception {
        Random random = new Random(SEED + index);
        String kind = KINDS.get(index % KINDS.size());
        byte[] body = generators.get(kind).apply(random);
        String contentType = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
        long started = System.nanoTime();
        MockHttpServletResponse response = mvc.perform(post("/api/v1/inventory")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.CONTENT_TYPE, contentType).content(body)).andReturn().getResponse();
        int status = response.getStatus();
        answers.merge(kind + " → " + status, 1, Integer::sum);
        millis.merge(kind, (System.nanoTime() - started) / 1_000_000, Long::sum);
        String problem = problemOf(status, response);
        if (problem != null && failures.size() < 20) {
            failures.add("input " + index + " (" + kind + ", " + body.length + " bytes, seed " + SEED + " + " + index
                    + "): " + problem);
        }
    }

    /** What is wrong with the answer, or null when it is a 201 inventory or a 4xx problem detail with a detail. */
    private String problemOf(int status, MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString();
        if (status == 201) {
            return json.readTree(body).has("inventory") ? null : "201 without an inventory: " + body;
        }
        if (status < 400 || status >= 500) {
            return "status " + status + ": " + body.substring(0, Math.min(300, body.length()));
        }
        JsonNode problem = json.readTree(body);
        String detail = problem.path("detail").asString("");
        return detail.isBlank() ? status + " without a detail: " + body : null;
    }

    private byte[] fixture(Random random) {
        return fixtures.get(random.nextInt(fixtures.size()));
    }

    private byte[] truncated(Random random) {
        byte[] source = fixture(random);
        int from = random.nextInt(4) == 0 ? random.nextInt(source.length) : 0;
        int to = from + random.nextInt(source.length - from);
        return java.util.Arrays.copyOfRange(source, from, Math.max(from + 1, to));
    }

    private static byte[] binary(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(4096)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) {
            bytes[0] = '{';
        }
        return bytes;
    }

    private byte[] hugeNumbers(Random random) {
        String text = new String(fixture(random), StandardCharsets.UTF_8);
        String[] huge = {"9".repeat(40 + random.nextInt(2000)), "1e" + random.nextInt(1_000_000), "-0.0e-99999",
                "18446744073709551616", "NaN", "Infinity", "-" + "9".repeat(400), "0x" + "f".repeat(64),
                "1." + "0".repeat(5000) + "1"};
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?").matcher(text);
        int last = 0;
        while (digits.find()) {
            out.append(text, last, digits.start());
            out.append(random.nextInt(3) == 0 ? huge[random.nextInt(huge.length)] : digits.group());
            last = digits.end();
        }
        out.append(text.substring(last));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deepNesting(Random random) {
        // far past the JSON reader's nesting limit, yet small enough that ten thousand uploads stay quick
        int depth = 100 + random.nextInt(random.nextBoolean() ? 2_000 : 20_000);
        StringBuilder out = new StringBuilder("{\"schemaVersion\": 1, \"source\": \"agent\", \"os\": ");
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        out.append(open.repeat(depth));
        if (random.nextBoolean()) {
            out.append("1").append((open.equals("[") ? "]" : "}").repeat(depth)).append('}');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] mixedEncodings(Random random) {
        String text = new String(fixture(random), StandardCharsets.UTF_8) + "\nÄrger größe 東京 😀\n";
        return switch (random.nextInt(5)) {
            case 0 -> text.getBytes(StandardCharsets.UTF_16);
            case 1 -> text.getBytes(StandardCharsets.UTF_16LE);
            case 2 -> text.getBytes(StandardCharsets.ISO_8859_1);
            case 3 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1},
                    text.getBytes(StandardCharsets.ISO_8859_1));
            default -> concat(text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8),
                    text.substring(text.length() / 2).getBytes(StandardCharsets.UTF_16BE));
        };
    }

    private byte[] mutated(Random random) {
        byte[] bytes = fixture(random).clone();
        int mutations = 1 + random.nextInt(20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes);
        byte[] current = out.toByteArray();
        for (int m = 0; m < mutations && current.length > 1; m++) {
            int at = random.nextInt(current.length);
            current = switch (random.nextInt(5)) {
                case 0 -> flip(current, at, random);
                case 1 -> concat(java.util.Arrays.copyOfRange(current, 0, at),
                        java.util.Arrays.copyOfRange(current, Math.min(current.length, at + 1 + random.nextInt(64)),
                                current.length));
                case 2 -> concat(java.util.Arrays.copyOfRange(current, 0, at), randomBytes(random, 1 + random.nextInt(32)),
                        java.util.Arrays.copyOfRange(current, at, current.length));
                case 3 -> concat(java.util.Arrays.copyOfRange(current, 0, at),
                        java.util.Arrays.copyOfRange(current, random.nextInt(current.length), current.length),
                        java.util.Arrays.copyOfRange(current, at, current.length));
                default -> concat(java.util.Arrays.copyOfRange(current, 0, at), "\u0000\r\t\u001b[31m".getBytes(
                        StandardCharsets.UTF_8), java.util.Arrays.copyOfRange(current, at, current.length));
            };
        }
        return current;
    }

    private static byte[] foreignJson(Random random) {
        String[] shapes = {"{}", "[]", "null", "{\"schemaVersion\": \"one\"}", "{\"schemaVersion\": 1, \"source\": 5}",
                "{\"schemaVersion\": 99, \"source\": \"agent\"}", "{\"os\": null, \"cpu\": [], \"memory\": \"lots\"}",
                "{\"schemaVersion\": 1, \"source\": \"agent\", \"disks\": [{\"sizeBytes\": -1}]}",
                "{\"a\": 1, \"a\": 2}", "{\"schemaVersion\": 1,}", "[{\"schemaVersion\": 1}]", "{\"\\ud800\": 1}"};
        return shapes[random.nextInt(shapes.length)].getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] flip(byte[] bytes, int at, Random random) {
        bytes[at] = (byte) (bytes[at] ^ (1 << random.nextInt(8)));
        return bytes;
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
