package dev.praxis.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs tools as processes with a time limit, so a hung driver tool cannot stall the agent. */
final class ProcessCommandRunner implements CommandRunner {

    private final Duration timeout;

    ProcessCommandRunner(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Result run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return Result.missing();
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(Outcome.FAILED, command.get(0) + " did not answer within " + timeout.toMillis()
                        + " ms");
            }
            String text = output.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Result(process.exitValue() == 0 ? Outcome.OK : Outcome.FAILED, text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return new Result(Outcome.FAILED, "interrupted");
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            return new Result(Outcome.FAILED, "could not read the output of " + command.get(0) + ": " + e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
