package dev.praxis.content;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the course tree is and whether to watch it.
 *
 * @param dir   the content tree ({@code PRAXIS_CONTENT_DIR})
 * @param watch re-import when a file changes (development mode, {@code PRAXIS_CONTENT_WATCH=true})
 */
@ConfigurationProperties("praxis.content")
public record ContentSettings(@DefaultValue("content") Path dir, @DefaultValue("false") boolean watch) {

    /** The content tree as an absolute path, the root every module's {@link CourseModule#path()} is relative to. */
    public Path root() {
        return dir.toAbsolutePath().normalize();
    }
}
