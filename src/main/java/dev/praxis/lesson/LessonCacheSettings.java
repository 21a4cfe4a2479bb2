package dev.praxis.lesson;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code praxis.lesson.*}: the memory the two lesson caches may take, each bounded by an estimate of its bytes, and
 * which pages the page cache keeps for how long.
 *
 * @param pageCacheMegabytes  sessions' composed lesson pages, kept as references to shared pieces ({@code LessonPageCache})
 * @param pieceCacheMegabytes rendered pieces a page is composed of, shared by learners in the same state
 *                            ({@code LessonComposer})
 * @param pageIdle            a kept page no request of its session asked for this long is dropped, even with room left
 * @param pagePath            the path under which the page cache keeps pages (lesson pages: {@code /modules/…/})
 */
@ConfigurationProperties("praxis.lesson")
record LessonCacheSettings(@DefaultValue("64") long pageCacheMegabytes, @DefaultValue("32") long pieceCacheMegabytes,
                           @DefaultValue("10m") Duration pageIdle, @DefaultValue(LessonController.LESSONS) String pagePath) {
}
