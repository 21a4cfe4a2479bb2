package dev.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.HttpBrowser;
import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.Role;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.inventory.UploadTokenService;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every endpoint of the platform, every field of every form and every parameter, with a corpus of hostile values,
 * against the real server over HTTP (Tomcat's decoding and error pages included): no answer may be a 5xx.
 * <p>
 * The endpoints come from the handler mapping, so one added later is fuzzed without touching this test; the field
 * names come from the endpoint's own parameters and from the forms the platform's pages render for it (fields read
 * from a map, as the lab and quiz forms are, are found that way). One field at a time gets a hostile value, the
 * others a plausible one, so each value reaches as deep as the code lets it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileInputFuzzTests {

    static final List<String> HOSTILE = List.of(
            "\u0000", "a\u0000b", "{x}", "${x}", "[[${7*7}]]", "\r\nLocation: //evil.example", "line\nbreak", "%00",
            "%7Bx%7D", "../../../../etc/passwd", "<script>alert(1)</script>", "' OR '1'='1' --", "\u202Eevil",
            "\u200B", "\u2C2F", "\uD800", "\uFFFF\uFEFF", "😀".repeat(30), "x".repeat(20_000), "", "   ", "-1",
            "99999999999999999999", "NaN", "\u001B]52;c;aGVsbG8=\u0007\u001B[2J", "%", "\\", "//evil.example/",
            "javascript:alert(1)", "null");

    /** Values that break how a request is put together rather than what it says: also sent with a field missing. */
    static final List<String> STRUCTURAL = List.of("{x}", "\r\nLocation: //evil.example", "a\u0000b", "%");

    private static final String FLAGSHIP = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    AccountService accounts;

    @Autowired
    UploadTokenService tokens;

    @Autowired
    ContentLibrary library;

    @Autowired
    JdbcClient jdbc;

    private final List<String> serverErrors = new ArrayList<>();
    private final Map<String, Integer> requestsPerEndpoint = new LinkedHashMap<>();
    private Map<String, String> plausible;

    /** The failures of hostile sign-ins count against this machine's address: later tests sign in from it too. */
    @AfterEach
    void forgetTheSignInFailures() {
        jdbc.sql("delete from sign_in_bucket").update();
    }

    @Test
    void noFieldOfAnyEndpointAnswersAServerError() throws Exception {
        CourseModule module = library.module(FLAGSHIP);
        plausible = plausibleValues(module);
        HttpBrowser learner = new HttpBrowser(base()).signedIn(TestUsers.create(accounts, jdbc, "fuzz-learner", Role.LEARNER));
        HttpBrowser admin = new HttpBrowser(base()).signedIn(TestUsers.create(accounts, jdbc, "fuzz-admin", Role.ADMIN));
        Map<String, Set<String>> formFields = harvestFormFields(learner, admin, module);

        for (var entry : handlers.getHandlerMethods().entrySet()) {
            RequestMappingInfo mapping = entry.getKey();
            HandlerMethod handler = entry.getValue();
            for (PathPattern pattern : mapping.getPathPatternsCondition().getPatterns()) {
                Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
                String method = methods.isEmpty() ? "GET" : methods.iterator().next().name();
                fuzzEndpoint(method, pattern, handler, fieldsOf(handler, pattern, formFields), learner, admin);
            }
        }
        fuzzInventoryApi();

        assertThat(requestsPerEndpoint).as("endpoints the handler mapping lists").hasSizeGreaterThan(30);
        assertThat(requestsPerEndpoint).allSatisfy((endpoint, count) -> assertThat(count).as(endpoint).isPositive());
        assertThat(serverErrors).as("requests answered with a 5xx").isEmpty();
    }

    private void fuzzEndpoint(String method, PathPattern pattern, HandlerMethod handler, Set<String> fields,
                              HttpBrowser learner, HttpBrowser admin) throws Exception {
        String template = pattern.getPatternString();
        String endpoint = method + " " + template;
        requestsPerEndpoint.putIfAbsent(endpoint, 0);
        boolean anonymousForm = template.equals("/register") || template.equals("/login");
        HttpBrowser client = template.startsWith("/admin") || template.startsWith("/instructor") ? admin : learner;
        List<String> variables = variablesOf(template);
        Map<String, String> baseline = new LinkedHashMap<>();
        fields.forEach(field -> baseline.put(field, plausible(field)));
        send(endpoint, client, anonymousForm, method, path(template, Map.of()), baseline, null);
        for (String hostile : HOSTILE) {
            for (String field : fields) {
                Map<String, String> values = new LinkedHashMap<>(baseline);
                values.put(field, hostile);
                send(endpoint, client, anonymousForm, method, path(template, Map.of()), values, null);
                if (STRUCTURAL.contains(hostile) && fields.size() > 1) {
                    // a form that arrives incomplete takes other paths (the quiz's "submit again" redirect)
                    List<String> order = new ArrayList<>(fields);
                    Map<String, String> incomplete = new LinkedHashMap<>(values);
                    incomplete.remove(order.get((order.indexOf(field) + 1) % order.size()));
                    send(endpoint, client, anonymousForm, method, path(template, Map.of()), incomplete, null);
                }
            }
            for (String variable : variables) {
                send(endpoint, client, anonymousForm, method, path(template, Map.of(variable, hostile)), baseline,
                        null);
            }
            for (String header : headersOf(handler)) {
                // what an HTTP header can carry: printable ASCII, within Tomcat's header size
                String value = hostile.replaceAll("[^\\x20-\\x7e]", "?");
                send(endpoint, client, anonymousForm, method, path(template, Map.of()), baseline, Map.of(header,
                        value.substring(0, Math.min(value.length(), 4000))));
            }
        }
    }

    private void fuzzInventoryApi() throws Exception {
        String endpoint = "POST /api/v1/inventory";
        String agentJson = Files.readString(Path.of("src/test/resources/inventory/fixtures/agent-this-vm.json"));
        List<String> bodies = new ArrayList<>();
        for (String hostile : HOSTILE) {
            String quoted = jsonString(hostile);
            bodies.add(agentJson.replace("\"Debian GNU/Linux 12\"", quoted));
            bodies.add(agentJson.replaceAll("\"[^\"]*\" :", Matcher.quoteReplacement(quoted + " :")));
            bodies.add(hostile);
            bodies.add("uname -a\nLinux box " + hostile + " x86_64\n");
        }
        bodies.add("[".repeat(100_000));
        bodies.add(agentJson.replace("25276502016", "1" + "0".repeat(400)));
        bodies.add(agentJson.replace("25276502016", "-1e999"));
        String token = null;
        for (int i = 0; i < bodies.size(); i++) {
            if (i % 20 == 0) {
                token = tokens.create(TestUsers.create(accounts, jdbc, "fuzz-agent", Role.LEARNER).id(), "fuzz");
            }
            for (String type : List.of("application/json", "text/plain; charset=utf-8")) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/v1/inventory"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build();
                record(endpoint, request, HttpClient.newHttpClient().send(request,
                        HttpResponse.BodyHandlers.discarding()).statusCode());
            }
        }
        HttpRequest hostileToken = HttpRequest.newBuilder(URI.create(base() + "/api/v1/inventory"))
                .header("Authorization", "Bearer pxu_" + "\u00e9".repeat(50)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(agentJson)).build();
        record(endpoint, hostileToken, HttpClient.newHttpClient().send(hostileToken,
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    private void send(String endpoint, HttpBrowser client, boolean anonymousForm, String method, String path,
                      Map<String, String> fields, Map<String, String> headers) throws Exception {
        HttpBrowser sender = anonymousForm ? new HttpBrowser(base()) : client;
        Map<String, String> values = new LinkedHashMap<>(fields);
        if (!method.equals("GET")) {
            values.put("_csrf", anonymousForm ? sender.formToken() : client.csrf);
        }
        String query = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request;
        if (method.equals("GET")) {
            request = HttpRequest.newBuilder(URI.create(base() + path + (query.isEmpty() ? "" : "?" + query))).GET();
        } else {
            request = HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(query));
        }
        request.header("Accept", "text/html");
        if (headers != null) {
            headers.forEach(request::header);
        }
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        int status;
        try {
            status = sender.http.send(built, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = 599;
        }
        record(endpoint, built, status);
    }

    private void record(String endpoint, HttpRequest request, int status) {
        requestsPerEndpoint.merge(endpoint, 1, Integer::sum);
        if (status >= 500) {
            String uri = request.uri().toString();
            serverErrors.add(status + " " + request.method() + " " + (uri.length() > 300 ? uri.substring(0, 300) + "…"
                    : uri));
        }
    }

    /** Field names of the endpoint: its own parameters, and those of the platform's forms that post to it. */
    private static Set<String> fieldsOf(HandlerMethod handler, PathPattern pattern,
                                        Map<String, Set<String>> formFields) {
        Set<String> fields = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && !Map.class.isAssignableFrom(parameter.getParameterType())
                    && !MultiValueMap.class.isAssignableFrom(parameter.getParameterType())
                    && !parameter.getParameterType().getName().contains("MultipartFile")) {
                String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                        : parameter.getParameterName();
                fields.add(name);
            }
            if ((parameter.hasParameterAnnotation(ModelAttribute.class) || parameter.hasParameterAnnotation(Valid.class))
                    && parameter.getParameterType().isRecord()) {
                for (var component : parameter.getParameterType().getRecordComponents()) {
                    fields.add(component.getName());
                }
            }
        }
        formFields.forEach((action, names) -> {
            if (pattern.matches(PathContainer.parsePath(action))) {
                fields.addAll(names);
            }
        });
        fields.remove("_csrf");
        return fields;
    }

    private static List<String> headersOf(HandlerMethod handler) {
        List<String> headers = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            if (header != null) {
                headers.add(!header.name().isEmpty() ? header.name() : header.value());
            }
        }
        return headers;
    }

    private Map<String, Set<String>> harvestFormFields(HttpBrowser learner, HttpBrowser admin, CourseModule module)
            throws Exception {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        List<String> learnerPages = List.of("/", "/catalog", "/inventory", "/settings", "/account", "/progress",
                module.url(), "/quiz/" + module.slug() + "/", "/lab/" + module.slug() + "/");
        for (String page : learnerPages) {
            collectForms(learner.get(page).body(), fields);
        }
        for (String page : List.of("/admin/users", "/instructor")) {
            collectForms(admin.get(page).body(), fields);
        }
        collectForms(new HttpBrowser(base()).get("/register").body(), fields);
        collectForms(new HttpBrowser(base()).get("/login").body(), fields);
        assertThat(fields).as("forms found on the pages").containsKeys("/register", "/predictions", "/lab/work");
        return fields;
    }

    private static void collectForms(String html, Map<String, Set<String>> fields) {
        Document page = Jsoup.parse(html);
        for (Element form : page.select("form[action]")) {
            String action = URI.create(form.attr("action").replace(" ", "%20")).getPath();
            for (Element field : form.select("input[name], textarea[name], select[name]")) {
                fields.computeIfAbsent(action, key -> new LinkedHashSet<>()).add(field.attr("name"));
            }
        }
    }

    private Map<String, String> plausibleValues(CourseModule module) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("module", module.slug());
        values.put("promptId", module.predictions().get(0).id());
        values.put("questionId", module.quiz().questions().get(0).id());
        values.put("answer", "More VRAM lets a larger model fit without offloading layers to system memory.");
        values.put("body", "I expect the GPU memory to be the first limit, because the model must fit in it.");
        values.put("verdict", "got-it");
        values.put("role", "LEARNER");
        values.put("label", "fuzz");
        values.put("q", "gpu");
        values.put("page", "1");
        values.put("from", "1");
        values.put("to", "2");
        values.put("step", "1");
        values.put("section", "intro");
        values.put("returnTo", "/inventory");
        values.put("paste", "uname -a\nLinux box 6.1.0 x86_64 GNU/Linux\n");
        values.put("displayName", "Fuzz Learner");
        values.put("password", TestUsers.PASSWORD);
        values.put("currentPassword", TestUsers.PASSWORD);
        values.put("newPassword", "a different long passphrase");
        values.put("comment", "Looks right.");
        return values;
    }

    private String plausible(String field) {
        if (field.equals("email") || field.equals("username")) {
            return TestUsers.uniqueEmail("fuzz");
        }
        return plausible.getOrDefault(field, "plausible text");
    }

    private static List<String> variablesOf(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\{\\*?([^}]+)}").matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The path with each variable filled: the hostile value where given, else a plausible one, encoded. */
    private static String path(String template, Map<String, String> hostile) {
        Matcher matcher = Pattern.compile("\\{(\\*?)([^}]+)}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(2);
            String value = hostile.containsKey(name) ? encode(hostile.get(name)).replace("+", "%20")
                    : matcher.group(1).isEmpty() ? "1" : FLAGSHIP;
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String encode(String value) {
        return HttpBrowser.encode(value);
    }

    private static String jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
