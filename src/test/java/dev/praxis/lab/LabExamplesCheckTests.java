package dev.praxis.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.Catalog;
import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabExamplesCheckTests {

    private static final String MODULE = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";

    @TempDir
    Path temp;

    private List<Problem> check(Path root) throws IOException {
        Catalog catalog = new ContentImporter().importTree(root);
        return new LabExamplesCheck().check(root, catalog);
    }

    private Path copyOfFlagship() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("ai-ml-engineering/prerequisites"));
        Files.copy(Path.of("content", MODULE + ".md"), dir.resolve("module-1.2-home-ai-workstation-fundamentals.md"));
        Files.copy(Path.of("content", MODULE + ".lab.yaml"),
                dir.resolve("module-1.2-home-ai-workstation-fundamentals.lab.yaml"));
        return temp;
    }

    @Test
    void theFlagshipLabFileBindsEveryItemAndItsExamplesAgree() throws IOException {
        assertThat(check(Path.of("content"))).isEmpty();
    }

    @Test
    void aWrongExpectationIsReportedAtItsLine() throws IOException {
        Path root = copyOfFlagship();
        Path lab = root.resolve(MODULE + ".lab.yaml");
        List<String> lines = Files.readAllLines(lab);
        int line = lines.indexOf("      \"1\": [pass, pass, pass]");
        lines.set(line, "      \"1\": [pass, fail, pass]");
        Files.write(lab, lines);
        List<Problem> problems = check(root);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).startsWith(MODULE + ".lab.yaml:" + (line + 1)
                + ": example 'strong' step 1 item 2 expects fail but is judged pass: ");
    }

    @Test
    void aReorderedModuleIsReportedAgainstTheBindings() throws IOException {
        Path root = copyOfFlagship();
        Path page = root.resolve(MODULE + ".md");
        String text = Files.readString(page);
        String first = "- [ ] I named at least one workload family from the module.";
        String second = "- [ ] I avoided choosing hardware before naming the workload.";
        Files.writeString(page, text.replace(first, "@@").replace(second, first).replace("@@", second));
        List<Problem> problems = check(root);
        assertThat(problems).extracting(Problem::message)
                .anyMatch(m -> m.startsWith("step 1 item 2 is \"I avoided choosing hardware before naming the"
                        + " workload.\" in the module"))
                .anyMatch(m -> m.startsWith("step 1 item 3 is \"I named at least one workload family"));
    }

    @Test
    void aLabFileWithoutAModuleIsReported() throws IOException {
        Path root = copyOfFlagship();
        Files.writeString(root.resolve("orphan.lab.yaml"), "module: x\nitems: []\n");
        assertThat(check(root)).extracting(Problem::toString)
                .containsExactly("orphan.lab.yaml:0: lab file without a module page next to it");
    }

    @Test
    void anUnloadableLabFileIsOneProblemWithItsLine() throws IOException {
        Path root = copyOfFlagship();
        Path lab = root.resolve(MODULE + ".lab.yaml");
        Files.writeString(lab, Files.readString(lab).replaceFirst("validator: workload-family",
                "validator: workload-famly"));
        List<Problem> problems = check(root);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(14);
        assertThat(problems.get(0).message()).startsWith("unknown validator 'workload-famly'");
    }
}
