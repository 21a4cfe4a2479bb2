package dev.praxis.agent;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The agent's command line: collect (default), {@code parse FILE}, or {@code --help}.
 *
 * @param upload null unless {@code --upload URL --token TOKEN} was given
 */
record AgentOptions(Mode mode, Path projectDir, Path parseFile, URI upload, String token) {

    enum Mode { COLLECT, PARSE, HELP }

    static final String USAGE = """
            Usage: java -jar praxis-agent.jar [--project-dir PATH] [--upload URL --token TOKEN]
                   java -jar praxis-agent.jar parse FILE
                   java -jar praxis-agent.jar --help

            Collects this machine's facts for the Home AI Workstation lab, prints a summary and writes
            praxis-inventory.json in the current directory.
              --project-dir PATH   the directory of your active project (default: the current directory);
                                   its file system is marked as the project disk
              --upload URL         also send the inventory to Praxis (needs --token)
              --token TOKEN        an upload token: create one in Praxis under Settings (your name in the
                                   header, then "Upload tokens"); it is shown once
              parse FILE           read a saved terminal transcript or agent JSON offline and print the
                                   normalized inventory JSON Praxis stores
            """;

    /** Thrown for a command line the agent cannot act on; the message says what is wrong. */
    static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static AgentOptions parse(List<String> args) throws UsageException {
        if (args.contains("--help") || args.contains("-h")) {
            return new AgentOptions(Mode.HELP, null, null, null, null);
        }
        if (!args.isEmpty() && args.get(0).equals("parse")) {
            if (args.size() != 2) {
                throw new UsageException("parse needs exactly one FILE");
            }
            return new AgentOptions(Mode.PARSE, null, Path.of(args.get(1)), null, null);
        }
        Path projectDir = Path.of("").toAbsolutePath();
        URI upload = null;
        String token = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException(option.startsWith("--") ? option + " needs a value" : "unknown argument "
                        + option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--project-dir" -> projectDir = Path.of(value);
                case "--upload" -> upload = uri(value);
                case "--token" -> token = value;
                default -> throw new UsageException("unknown option " + option);
            }
        }
        if (upload != null && (token == null || token.isBlank())) {
            throw new UsageException("--upload needs --token TOKEN");
        }
        if (upload == null && token != null) {
            throw new UsageException("--token is only used with --upload URL");
        }
        return new AgentOptions(Mode.COLLECT, projectDir, null, upload, token);
    }

    private static URI uri(String value) throws UsageException {
        try {
            URI uri = URI.create(value);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new UsageException("--upload needs an http(s) URL, got " + value);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--upload needs an http(s) URL, got " + value);
        }
    }
}
