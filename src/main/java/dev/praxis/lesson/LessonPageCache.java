package dev.praxis.lesson;

import com.github.benmanes.caffeine.cache.Cache;
import dev.praxis.account.PraxisUser;
import dev.praxis.content.Catalog;
import dev.praxis.content.ContentLibrary;
import dev.praxis.system.Caches;
import dev.praxis.system.changes.ChangeClock;
import dev.praxis.system.changes.ChangeFeed;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Keeps each session's lesson pages as last sent, and sends them again while nothing they show has changed:
 * rendering a lesson (template engine, the learner's facts from PostgreSQL) cost some 20 times a request that only
 * writes a page. A page is kept as the {@link ComposedPage} that {@link LessonComposer} wrote it from, references to
 * shared text and pieces, about a kilobyte, rather than a copy of its some 55 kB: a cohort's pages, thousands of
 * learner-page pairs, fit where copies pushed each other out. A kept page is sent only when
 * <ul>
 *   <li>the learner's facts are unchanged: the {@link ChangeFeed#LEARNERS} clock moves when the database announces a
 *       change to them (any instance, an instructor, a tool), and at once, before and after, for a learner's own
 *       state-changing request on this instance, so the page after a learner's own write is always fresh;</li>
 *   <li>the content is the same (a reload builds a new {@link Catalog}), and so is the signed-in user (name, role);</li>
 *   <li>the request is a plain GET with no query and no flash message waiting in the session.</li>
 * </ul>
 * Pages are per session because they carry the session's CSRF token. Runs after the security filters: a kept page is
 * only ever sent to the session it was rendered for, once that session is authenticated.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class LessonPageCache extends OncePerRequestFilter {

    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    private final ContentLibrary library;
    private final ChangeClock learners;
    private final Cache<Key, Page> pages;
    private final String lessons;

    LessonPageCache(ContentLibrary library, ChangeFeed changes, LessonCacheSettings settings) {
        this.library = library;
        this.learners = changes.clock(ChangeFeed.LEARNERS);
        this.pages = Caches.weighed(settings.pageCacheMegabytes(), page -> page.composed().weight(), settings.pageIdle());
        this.lessons = settings.pagePath();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PraxisUser viewer = signedIn();
        if (viewer == null) {
            chain.doFilter(request, response);
        } else if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            String learner = String.valueOf(viewer.id());
            learners.changed(learner);
            try {
                chain.doFilter(request, response);
            } finally {
                learners.changed(learner);
            }
        } else if (isLessonRead(request)) {
            serve(request, response, chain, viewer);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain, PraxisUser viewer)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(FLASH_MAPS) != null) {
            chain.doFilter(request, response);
            return;
        }
        String learner = String.valueOf(viewer.id());
        Key key = new Key(session.getId(), request.getRequestURI());
        Catalog catalog = library.catalog();
        Page kept = pages.getIfPresent(key);
        if (kept != null && kept.catalog() == catalog && kept.viewer().equals(viewer)
                && learners.unchangedSince(learner, kept.stamp())) {
            response.setContentType(kept.contentType());
            response.setLocale(kept.locale());
            response.setContentLength(kept.composed().length());
            kept.composed().writeTo(response.getOutputStream());
            return;
        }
        long stamp = learners.stamp();
        chain.doFilter(request, response);
        // only a page written by LessonComposer is kept, as the references it was written from: no copy of its bytes
        if (request.getAttribute(ComposedPage.ATTRIBUTE) instanceof ComposedPage composed && stamp != ChangeClock.NONE
                && response.getStatus() == HttpServletResponse.SC_OK && session.getId().equals(key.sessionId())) {
            pages.put(key, new Page(composed, response.getContentType(), response.getLocale(), catalog, viewer, stamp));
        }
    }

    /** How long a kept page no request asked for stays, as the cache was built ({@code praxis.lesson.page-idle}). */
    java.time.Duration idle() {
        return pages.policy().expireAfterAccess().orElseThrow().getExpiresAfter();
    }

    /** A plain GET of a page under the configured path ({@code praxis.lesson.page-path}), ending in a slash. */
    boolean isLessonRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getQueryString() == null
                && request.getRequestURI().startsWith(lessons) && request.getRequestURI().endsWith("/");
    }

    private static PraxisUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PraxisUser user ? user : null;
    }

    private record Key(String sessionId, String uri) {
    }

    private record Page(ComposedPage composed, String contentType, Locale locale, Catalog catalog, PraxisUser viewer,
                        long stamp) {
    }
}
