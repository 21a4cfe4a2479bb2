package dev.praxis.system.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The first two arguments of a tool that works on one module of a content tree ({@code grade}, {@code validate-lab}):
 * {@code <content-dir> <module-slug>}, plus {@code --help}. A tool mixes it into its own arguments
 * ({@code @Mixin}) and adds its file as parameter index 2.
 */
public final class ModuleArguments {

    @Parameters(index = "0", paramLabel = "<content-dir>", description = "the content tree")
    private Path contentDir;

    @Parameters(index = "1", paramLabel = "<module-slug>", description = "the module's slug")
    private String slug;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    private boolean help;

    public Path contentDir() {
        return contentDir;
    }

    public String slug() {
        return slug;
    }
}
