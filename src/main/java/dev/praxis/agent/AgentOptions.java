package dev.praxis.agent;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Parameters;

/**
 * The agent's command line: collect (default), {@code parse FILE}, or {@code --help}.
 *
 * @param upload null unless {@code --upload URL --token TOKEN} was given
 */
record AgentOptions(Mode mode, Path projectDir, Path parseFile, URI upload, String token, Path tokenFile) {

    enum Mode { COLLECT, PARSE, HELP }

    static final String USAGE = """
            Usage: java -jar praxis-agent.jar [--project-dir PATH] [--upload URL [--token-file FILE | --token -]]
                   java -jar praxis-agent.jar parse FILE
                   java -jar praxis-agent.jar --help

            Collects this machine's facts for the Home AI Workstation lab, prints a summary and writes
            praxis-inventory.json in the current directory.
              --project-dir PATH   the directory of your active project (default: the current directory);
                                   its file system is marked as the project disk
              --upload URL         also send the inventory to Praxis: https://, or http:// to this machine only
                                   the upload token (create one in Praxis under Settings, your name in
                                   the header, then "Upload tokens"; it is shown once) is read from
                                   PRAXIS_TOKEN, or:
              --token-file FILE    a file holding the token
              --token -            the token on standard input
              --token TOKEN        the token itself (visible to other users in ps: for scripts only)
              parse FILE           read a saved terminal transcript or agent JSON offline and print the
                                   normalized inventory JSON Praxis stores; what could not be read is
                                   printed as warnings (exit 0 when anything was read, 1 when nothing)
            """;

    /** Thrown for a command line the agent cannot act on; the message says what is wrong. */
    static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The command line as picocli reads it; {@link #parse} checks what picocli cannot (the URL, the token). */
    @Command(name = "praxis-agent", subcommands = ParseCommand.class)
    static final class CollectCommand {

        @Option(names = {"-h", "--help"}, usageHelp = true)
        boolean help;

        @Option(names = "--project-dir", paramLabel = "PATH")
        Path projectDir = Path.of("").toAbsolutePath();

        @Option(names = "--upload", paramLabel = "URL")
        String upload;

        @Option(names = "--token", paramLabel = "TOKEN")
        String token;

        @Option(names = "--token-file", paramLabel = "FILE")
        Path tokenFile;
    }

    @Command(name = "parse")
    static final class ParseCommand {

        @Option(names = {"-h", "--help"}, usageHelp = true)
        boolean help;

        @Parameters(paramLabel = "FILE")
        Path file;
    }

    static AgentOptions parse(List<String> args) throws UsageException {
        CollectCommand collect = new CollectCommand();
        // arguments are taken literally: no @file expansion, a repeated option keeps its last value, and a value
        // may be the word "parse" (--project-dir parse)
        CommandLine commandLine = new CommandLine(collect).setExpandAtFiles(false).setOverwrittenOptionsAllowed(true)
                .setAllowSubcommandsAsOptionParameters(true);
        ParseResult result;
        try {
            result = commandLine.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            throw new UsageException(e.getMessage());
        }
        ParseResult parse = result.subcommand();
        if (result.isUsageHelpRequested() || parse != null && parse.isUsageHelpRequested()) {
            return new AgentOptions(Mode.HELP, null, null, null, null, null);
        }
        if (parse != null) {
            return new AgentOptions(Mode.PARSE, null, ((ParseCommand) parse.commandSpec().userObject()).file, null,
                    null, null);
        }
        URI upload = collect.upload == null ? null : uri(collect.upload);
        if (upload != null && collect.token != null && collect.token.isBlank()) {
            throw new UsageException("--token needs the token, or - to read it from standard input");
        }
        if (upload == null && (collect.token != null || collect.tokenFile != null)) {
            throw new UsageException("--token and --token-file are only used with --upload URL");
        }
        return new AgentOptions(Mode.COLLECT, collect.projectDir, null, upload, collect.token, collect.tokenFile);
    }

    static boolean isLoopback(String host) {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return name.equalsIgnoreCase("localhost") || name.matches("127(\\.[0-9]{1,3}){3}") || name.equals("::1")
                || name.equals("0:0:0:0:0:0:0:1");
    }

    private static URI uri(String value) throws UsageException {
        try {
            URI uri = URI.create(value);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new UsageException("--upload needs an http(s) URL, got " + value);
            }
            if ("http".equals(uri.getScheme()) && !isLoopback(uri.getHost())) {
                throw new UsageException("--upload needs https:// for another machine, so the token and your "
                        + "inventory are not sent in clear text; got " + value);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--upload needs an http(s) URL, got " + value);
        }
    }
}
