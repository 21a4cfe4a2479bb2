package dev.praxis.content;

import dev.praxis.content.importing.ContentImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;


/** In development mode only the files whose bytes changed are imported again; the others keep their modules. */
class RememberingImporterTests {

    @TempDir
    Path root;

    @Test
    void importsAgainOnlyWhatChanged() throws Exception {
        LargeTreeGenerator.generate(root, 30, 3_000);
        ContentImporter importer = ContentImporter.remembering();
        Catalog first = importer.importTree(root);
        CourseModule edited = first.modules().stream().filter(module -> !module.landing()).findFirst().orElseThrow();
        CourseModule untouched = first.modules().get(first.modules().size() - 1);
        Path file = root.resolve(edited.path());
        Files.writeString(file, Files.readString(file).replaceFirst("title: \"[^\"]+\"", "title: \"Edited title\""));

        Catalog second = importer.importTree(root);

        assertThat(second).isNotSameAs(first);
        assertThat(second.module(edited.slug()).orElseThrow().title()).isEqualTo("Edited title");
        assertThat(second.module(untouched.slug()).orElseThrow()).isSameAs(untouched);
        assertThat(second.modules()).hasSameSizeAs(first.modules());
    }

    @Test
    void forgetsDeletedFilesAndAPlainImporterRemembersNothing() throws Exception {
        LargeTreeGenerator.generate(root, 5, 2_000);
        ContentImporter importer = ContentImporter.remembering();
        Catalog first = importer.importTree(root);
        CourseModule gone = first.modules().stream().filter(module -> !module.landing()).findFirst().orElseThrow();
        Files.delete(root.resolve(gone.path()));

        assertThat(importer.importTree(root).module(gone.slug())).isEmpty();
        ContentImporter plain = new ContentImporter();
        CourseModule some = plain.importTree(root).modules().get(0);
        assertThat(plain.importTree(root).module(some.slug()).orElseThrow()).isNotSameAs(some).isEqualTo(some);
    }
}
