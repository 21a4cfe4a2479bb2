package dev.praxis.lesson;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.praxis.account.PraxisUser;
import dev.praxis.content.Catalog;
import dev.praxis.content.CourseModule;
import dev.praxis.content.Prediction;
import dev.praxis.progress.ModuleProgress;
import dev.praxis.system.Caches;
import dev.praxis.system.web.Timestamps;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.unbescape.html.HtmlEscape;

/**
 * Writes a signed-in lesson page without running its template: the page's text shared by every learner is rendered
 * once per module version (the template with {@link PageSlots}, cut at the marks), and each mark is filled with a
 * small piece for this learner: their header, progress bars and card, prediction cards, the sections they read.
 * Pieces are rendered by the same fragments the template uses, once per distinct input (a progress bar per percent,
 * a prediction card per prompt and committed prediction), and kept cut at the request's CSRF token so that each
 * request carries its own. A cohort reading many modules thus costs no template and no SQL per request (the
 * learner's facts are kept too, see {@code LearnerFactsCache}); the bytes are the template's, which
 * {@code LessonComposerTests} compares.
 */
@Component
class LessonComposer implements View {

    private static final String CONTENT_TYPE = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
    private static final PageSlots SLOTS = new PageSlots();
    private static final String CARD = "lesson/prediction-card :: card";

    private final ViewResolver views;
    private final Cache<CourseModule, Skeleton> skeletons = Caffeine.newBuilder().weakKeys().build();
    private final Cache<PieceKey, Kept> pieces;

    LessonComposer(@Qualifier("thymeleafViewResolver") ViewResolver views, LessonCacheSettings settings) {
        this.views = views;
        this.pieces = Caches.weighed(settings.pieceCacheMegabytes(), Kept::weight);
    }

    @Override
    public String getContentType() {
        return CONTENT_TYPE;
    }

    /** The model is the lesson template's (see {@code LessonController}), for a page without a flash message. */
    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        CourseModule module = (CourseModule) model.get("module");
        // the shared text shows other pages too (navigation, prerequisites, translations): it is as old as its catalog
        Catalog catalog = (Catalog) model.get("catalog");
        Skeleton skeleton = skeletons.getIfPresent(module);
        if (skeleton == null || skeleton.catalog() != catalog) {
            // one request renders a module's shared text while the others asking for it wait for that one
            skeleton = skeletons.asMap().compute(module, (key, old) -> old != null && old.catalog() == catalog ? old
                    : skeleton(catalog, model, request, response));
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        byte[] token = csrf == null ? new byte[0] : csrf.getToken().getBytes(StandardCharsets.UTF_8);
        // the page refers to the shared text and the kept pieces instead of copying them: see ComposedPage
        ComposedPage.Builder page = new ComposedPage.Builder();
        // a track's page has a progress bar per module, most of them alike: each distinct piece is looked up once
        Fill fill = new Fill(model, request, response, RequestContextUtils.getLocale(request), new HashMap<>());
        for (int i = 0; i < skeleton.names().size(); i++) {
            page.shared(skeleton.texts()[i]);
            fill(skeleton.names().get(i), fill).writeTo(page, token);
        }
        page.shared(skeleton.texts()[skeleton.names().size()]);
        ComposedPage composed = page.build();
        response.setLocale(fill.locale());
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(composed.length());
        composed.writeTo(response.getOutputStream());
        request.setAttribute(ComposedPage.ATTRIBUTE, composed);
    }

    @SuppressWarnings("unchecked")
    private Part fill(String slot, Fill fill) throws Exception {
        Map<String, ?> model = fill.model();
        Map<String, ModuleProgress> progress = (Map<String, ModuleProgress>) model.get("progress");
        int colon = slot.indexOf(':');
        String kind = colon < 0 ? slot : slot.substring(0, colon);
        String argument = colon < 0 ? null : slot.substring(colon + 1);
        return switch (kind) {
            case "csrf-meta" -> {
                // the token only for the signed in (see the fragment): a piece for each side
                Object viewer = model.get("viewer");
                yield piece(kind, viewer != null, "fragments/header :: csrf-meta",
                        viewer == null ? Map.of() : Map.of("viewer", viewer), fill);
            }
            case "site-header" -> {
                PraxisUser viewer = (PraxisUser) model.get("viewer");
                Map<String, Object> variables = new HashMap<>();
                variables.put("viewer", viewer);
                yield piece(kind, viewer, "fragments/header :: site-header", variables, fill);
            }
            case "read-sections" -> Piece.own(HtmlEscape.escapeHtml4Xml(String.join(" ", (List<String>) model.get("readSections"))));
            case "bar" -> {
                ModuleProgress p = progress.get(argument);
                yield p == null ? Piece.EMPTY : piece(kind, List.of(p.percent(), p.complete()),
                        "fragments/progress :: bar(p=${p})", Map.of("p", p), fill);
            }
            case "prereq" -> {
                ModuleProgress p = progress.get(argument);
                yield piece(kind, p.complete(), "lesson/overlay :: prereq-badge(p=${p})", Map.of("p", p), fill);
            }
            case "progress-card" -> {
                ModuleProgress p = progress.get(((CourseModule) model.get("module")).slug());
                yield piece(kind, p, "lesson/overlay :: progress-card(p=${p})", Map.of("p", p), fill);
            }
            case "card" -> {
                Prediction prediction = ((CourseModule) model.get("module")).prediction(argument).orElseThrow();
                CommittedPrediction committed = ((Map<String, CommittedPrediction>) model.get("committed")).get(argument);
                yield committed == null ? piece(kind, prediction, CARD, cardVariables(prediction, null), fill)
                        : committedCard(prediction, committed, fill.request(), fill.response(), fill.locale());
            }
            default -> throw new IllegalStateException("No piece for the slot " + slot);
        };
    }

    private Piece piece(String kind, Object value, String fragment, Map<String, ?> variables, Fill fill) throws Exception {
        // the same piece reads differently in each interface language
        PieceKey key = new PieceKey(kind, value, fill.locale());
        Piece kept = fill.seen().get(key);
        if (kept == null) {
            kept = pieces.getIfPresent(key) instanceof Piece piece ? piece : null;
            if (kept == null) {
                kept = Piece.cut(render(fragment, variables, fill.request(), fill.response()), token(fill.request()));
                pieces.put(key, kept);
            }
            fill.seen().put(key, kept);
        }
        return kept;
    }

    private static Map<String, Object> cardVariables(Prediction prediction, CommittedPrediction committed) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("prediction", prediction);
        variables.put("committed", committed);
        variables.put("error", null);
        variables.put("draft", null);
        return variables;
    }

    /**
     * The card of a committed prediction, from the card's stencil for the prompt, the number of revisions and the
     * self-check (rendered once, by the template): every commit has its own words and time, so a card per committed
     * prediction would run the template for each commit and each lesson visit after it.
     */
    private Part committedCard(Prediction prediction, CommittedPrediction committed, HttpServletRequest request,
                               HttpServletResponse response, Locale locale) throws Exception {
        PieceKey key = new PieceKey("card-stencil",
                java.util.Arrays.asList(prediction, committed.revisions(), committed.selfCheck()), locale);
        Stencil stencil = pieces.getIfPresent(key) instanceof Stencil kept ? kept : null;
        if (stencil == null) {
            CommittedPrediction marked = new CommittedPrediction(committed.promptId(), Stencil.BODY, Stencil.TIME,
                    committed.revisions(), committed.selfCheck());
            stencil = Stencil.cut(render(CARD, cardVariables(prediction, marked), request, response), token(request));
            pieces.put(key, stencil);
        }
        return new FilledCard(stencil, committed);
    }

    /**
     * The answer to a commit or self-check that asked for the card alone ({@code X-Praxis-Fragment}): the bytes the
     * card's template renders for this committed prediction, written from its stencil.
     */
    View committedCardView(Prediction prediction, CommittedPrediction committed) {
        return new View() {
            @Override
            public String getContentType() {
                return CONTENT_TYPE;
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws Exception {
                Part card = committedCard(prediction, committed, request, response, RequestContextUtils.getLocale(request));
                String token = token(request);
                ComposedPage.Builder page = new ComposedPage.Builder();
                card.writeTo(page, token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8));
                ComposedPage composed = page.build();
                response.setContentType(CONTENT_TYPE);
                response.setContentLength(composed.length());
                composed.writeTo(response.getOutputStream());
            }
        };
    }

    private Skeleton skeleton(Catalog catalog, Map<String, ?> model, HttpServletRequest request,
                              HttpServletResponse response) {
        Map<String, Object> shared = new HashMap<>(model);
        shared.put("slots", SLOTS);
        shared.put("progress", Map.of());
        shared.put("committed", Map.of());
        shared.put("readSections", List.of());
        shared.remove("viewer");
        PageSlots.Cut cut;
        try {
            cut = PageSlots.cut(render("lesson/module", shared, request, response));
        } catch (Exception e) {
            throw new IllegalStateException("Could not render the shared text of " + ((CourseModule) model.get("module")).slug(), e);
        }
        String token = token(request);
        byte[][] texts = new byte[cut.texts().size()][];
        for (int i = 0; i < texts.length; i++) {
            if (token != null && cut.texts().get(i).contains(token)) {
                throw new IllegalStateException("The shared text of a lesson carries a CSRF token: it needs a slot");
            }
            texts[i] = cut.texts().get(i).getBytes(StandardCharsets.UTF_8);
        }
        return new Skeleton(catalog, texts, List.copyOf(cut.names()));
    }

    private String render(String name, Map<String, ?> variables, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        Locale locale = RequestContextUtils.getLocale(request);
        View view = views.resolveViewName(name, locale);
        if (view == null) {
            throw new IllegalStateException("No view " + name);
        }
        Capture capture = new Capture(response);
        view.render(variables, request, capture);
        return capture.text();
    }

    private static String token(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return csrf == null ? null : csrf.getToken();
    }

    /** The shared text of one module's page: {@code texts[i]}, slot {@code names[i]}, …, the last text. */
    private record Skeleton(Catalog catalog, byte[][] texts, List<String> names) {
    }

    private record PieceKey(String kind, Object value, Locale locale) {
    }

    /** One page being filled: its model and request, and the pieces it already used. */
    private record Fill(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response, Locale locale,
                        Map<PieceKey, Piece> seen) {
    }

    /**
     * A rendered piece cut where the CSRF token of the request that rendered it was: the token goes between parts.
     * {@code own} marks a piece made for one page only, which no cache keeps.
     */
    private record Piece(byte[][] parts, boolean own) implements Part, Kept {

        static final Piece EMPTY = new Piece(new byte[][] {new byte[0]}, false);

        static Piece own(String text) {
            return new Piece(new byte[][] {text.getBytes(StandardCharsets.UTF_8)}, true);
        }

        static Piece cut(String text, String token) {
            String[] parts = token == null || token.isEmpty() ? new String[] {text} : text.split(java.util.regex.Pattern.quote(token), -1);
            byte[][] bytes = new byte[parts.length][];
            for (int i = 0; i < parts.length; i++) {
                bytes[i] = parts[i].getBytes(StandardCharsets.UTF_8);
            }
            return new Piece(bytes, false);
        }

        @Override
        public void writeTo(ComposedPage.Builder page, byte[] token) {
            add(page, parts[0]);
            for (int i = 1; i < parts.length; i++) {
                page.own(token);
                add(page, parts[i]);
            }
        }

        private void add(ComposedPage.Builder page, byte[] part) {
            if (own) {
                page.own(part);
            } else {
                page.shared(part);
            }
        }

        @Override
        public int weight() {
            return Stencil.weight(parts);
        }
    }

    /** What a page writes for one slot. */
    private interface Part {
        void writeTo(ComposedPage.Builder page, byte[] token);
    }

    /** What the piece cache keeps, weighed by its bytes. */
    private sealed interface Kept permits Piece, Stencil {
        int weight();
    }

    /**
     * A committed prediction's card cut where the request's CSRF token, the learner's words and the commit time go:
     * {@code parts[0]}, {@code holes[0]}, {@code parts[1]}, …, the last part. The template wrote stand-ins there
     * ({@link #BODY}, {@link #TIME}), which nothing else on a card can be; the words are escaped as the template's
     * {@code th:text} escapes them.
     */
    private record Stencil(byte[][] parts, Hole[] holes) implements Kept {

        /** Private-use characters around a word: unchanged by HTML escaping, never in a prompt or explanation. */
        static final String BODY = "\uE000card-body\uE000";
        static final Instant TIME = Instant.parse("2999-12-31T23:58:59.987654321Z");

        enum Hole { TOKEN, BODY, ISO_TIME, UTC_TIME }

        static Stencil cut(String text, String token) {
            Map<String, Hole> marks = new java.util.LinkedHashMap<>();
            marks.put(BODY, Hole.BODY);
            marks.put(Timestamps.iso(TIME), Hole.ISO_TIME);
            marks.put(Timestamps.utc(TIME), Hole.UTC_TIME);
            if (token != null && !token.isEmpty()) {
                marks.put(token, Hole.TOKEN);
            }
            List<byte[]> parts = new java.util.ArrayList<>();
            List<Hole> holes = new java.util.ArrayList<>();
            int from = 0;
            while (true) {
                int at = -1;
                String found = null;
                for (String mark : marks.keySet()) {
                    int index = text.indexOf(mark, from);
                    if (index >= 0 && (at < 0 || index < at)) {
                        at = index;
                        found = mark;
                    }
                }
                if (found == null) {
                    break;
                }
                parts.add(text.substring(from, at).getBytes(StandardCharsets.UTF_8));
                holes.add(marks.get(found));
                from = at + found.length();
            }
            parts.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
            for (Hole once : new Hole[] {Hole.BODY, Hole.ISO_TIME, Hole.UTC_TIME}) {
                if (java.util.Collections.frequency(holes, once) != 1) {
                    throw new IllegalStateException("A committed prediction's card must show the learner's words and the "
                            + "commit time once each (" + once + " " + java.util.Collections.frequency(holes, once)
                            + " times): the stencil cannot be filled");
                }
            }
            return new Stencil(parts.toArray(byte[][]::new), holes.toArray(Hole[]::new));
        }

        void writeTo(ComposedPage.Builder page, byte[] token, CommittedPrediction committed) {
            page.shared(parts[0]);
            for (int i = 0; i < holes.length; i++) {
                page.own(switch (holes[i]) {
                    case TOKEN -> token;
                    case BODY -> HtmlEscape.escapeHtml4Xml(committed.body()).getBytes(StandardCharsets.UTF_8);
                    case ISO_TIME -> Timestamps.iso(committed.committedAt()).getBytes(StandardCharsets.UTF_8);
                    case UTC_TIME -> Timestamps.utc(committed.committedAt()).getBytes(StandardCharsets.UTF_8);
                });
                page.shared(parts[i + 1]);
            }
        }

        @Override
        public int weight() {
            return weight(parts);
        }

        static int weight(byte[][] parts) {
            int bytes = 32;
            for (byte[] part : parts) {
                bytes += part.length + 16;
            }
            return bytes;
        }
    }

    /** A committed card for one page: its stencil with this learner's words and time. */
    private record FilledCard(Stencil stencil, CommittedPrediction committed) implements Part {
        @Override
        public void writeTo(ComposedPage.Builder page, byte[] token) {
            stencil.writeTo(page, token, committed);
        }
    }

    /** Takes what a view writes as text, leaving the real response untouched but for its headers. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter(4096);
        private final PrintWriter writer = new PrintWriter(text);

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() {
            throw new IllegalStateException("A lesson piece is rendered as text");
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        String text() {
            writer.flush();
            return text.toString();
        }
    }
}
