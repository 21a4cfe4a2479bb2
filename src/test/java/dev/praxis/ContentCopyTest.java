package dev.praxis;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * An {@link IntegrationTest} (the whole platform through MockMvc) over a writable copy of the course's content tree,
 * copied afresh when the context starts: for the MockMvc tests that add a module or a track, or save, edit and restore
 * a file in the tree. They all share this one Spring context; each adds its own modules ({@link ContentTrees#addModule})
 * and puts back any file of the course it changed. Tests against a running server use {@link ContentCopyServerTest}:
 * MockMvc's security test support and real HTTP requests are kept in separate contexts, as in the common ones.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = "praxis.content.dir=target/test-content-copy")
@ContextConfiguration(initializers = ContentTrees.CopyTheCourse.class)
public @interface ContentCopyTest {
}
