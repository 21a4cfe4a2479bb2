package dev.praxis.system.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command line of a tool that works on one module of a content tree and one input file ({@code grade},
 * {@code validate-lab}): {@code <content-dir> <module-slug> <file>}, plus {@code --help}.
 *
 * @param file the tool's input, e.g. the answers to grade or the lab work to judge
 */
public record ModuleArguments(Path contentDir, String slug, Path file) {

    /**
     * The picocli command for {@link CommandLineTool#execute}; read the parsed values back with {@link #of}.
     *
     * @param fileLabel how usage and errors name the file, e.g. {@code <answers.json>}
     */
    public static CommandSpec spec(String description, String fileLabel, String fileDescription) {
        CommandSpec spec = CommandSpec.create()
                .addPositional(positional(0, "<content-dir>", Path.class, "the content tree"))
                .addPositional(positional(1, "<module-slug>", String.class, "the module's slug"))
                .addPositional(positional(2, fileLabel, Path.class, fileDescription))
                .addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help").build());
        spec.usageMessage().description(description);
        return spec;
    }

    public static ModuleArguments of(CommandSpec parsed) {
        return new ModuleArguments(parsed.positionalParameters().get(0).getValue(),
                parsed.positionalParameters().get(1).getValue(), parsed.positionalParameters().get(2).getValue());
    }

    private static PositionalParamSpec positional(int index, String label, Class<?> type, String description) {
        return PositionalParamSpec.builder().index(String.valueOf(index)).required(true).paramLabel(label).type(type)
                .description(description).build();
    }
}
