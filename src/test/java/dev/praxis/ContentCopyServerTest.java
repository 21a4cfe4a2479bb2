package dev.praxis;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole platform on a free port (real HTTP, browsers) over a writable copy of the course's content tree of its own,
 * copied afresh when the context starts: the {@link ContentCopyTest} of tests against a running server, one shared
 * Spring context for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "praxis.content.dir=target/test-content-copy-server")
@ContextConfiguration(initializers = ContentTrees.CopyTheCourse.class)
public @interface ContentCopyServerTest {
}
