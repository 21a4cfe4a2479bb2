package dev.praxis.lesson;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code praxis.lesson.*}: the memory the two lesson caches may take, each bounded by an estimate of its bytes.
 *
 * @param pageCacheMegabytes  sessions' composed lesson pages, kept as references to shared pieces ({@code LessonPageCache})
 * @param pieceCacheMegabytes rendered pieces a page is composed of, shared by learners in the same state
 *                            ({@code LessonComposer})
 */
@ConfigurationProperties("praxis.lesson")
record LessonCacheSettings(@DefaultValue("64") long pageCacheMegabytes, @DefaultValue("32") long pieceCacheMegabytes) {
}
