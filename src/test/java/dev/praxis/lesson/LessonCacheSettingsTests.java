package dev.praxis.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import dev.praxis.content.ContentLibrary;
import dev.praxis.system.changes.ChangeFeed;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The lesson caches' settings as an operator writes them ({@code praxis.lesson.*}) and what the page cache does with them. */
class LessonCacheSettingsTests {

    private static LessonCacheSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("praxis.lesson", LessonCacheSettings.class);
    }

    private static LessonPageCache cache(LessonCacheSettings settings) {
        return new LessonPageCache(mock(ContentLibrary.class), mock(ChangeFeed.class), settings);
    }

    @Test
    void withoutSettingsThePageCacheKeepsLessonPagesForTenIdleMinutes() {
        LessonCacheSettings settings = bind(Map.of());
        assertThat(settings.pageIdle()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.pagePath()).isEqualTo("/modules/");
        LessonPageCache cache = cache(settings);
        assertThat(cache.idle()).isEqualTo(Duration.ofMinutes(10));
        assertThat(cache.isLessonRead(new MockHttpServletRequest("GET", "/modules/ai-ml-engineering/intro/"))).isTrue();
        assertThat(cache.isLessonRead(new MockHttpServletRequest("GET", "/catalog/"))).isFalse();
        assertThat(cache.isLessonRead(new MockHttpServletRequest("POST", "/modules/ai-ml-engineering/intro/"))).isFalse();
    }

    @Test
    void theIdleTimeAndThePathComeFromTheSettings() {
        LessonCacheSettings settings = bind(Map.of("praxis.lesson.page-idle", "90s", "praxis.lesson.page-path", "/lessons/",
                "praxis.lesson.page-cache-megabytes", "8"));
        assertThat(settings.pageCacheMegabytes()).isEqualTo(8);
        LessonPageCache cache = cache(settings);
        assertThat(cache.idle()).isEqualTo(Duration.ofSeconds(90));
        assertThat(cache.isLessonRead(new MockHttpServletRequest("GET", "/lessons/ai-ml-engineering/intro/"))).isTrue();
        assertThat(cache.isLessonRead(new MockHttpServletRequest("GET", "/modules/ai-ml-engineering/intro/"))).isFalse();
    }
}
