package dev.praxis.agent;

import java.util.List;

/** Runs an external tool (nvidia-smi, rocm-smi, system_profiler, uname); an interface so tests can stand in. */
interface CommandRunner {

    /** What happened when a tool was run. */
    record Result(Outcome outcome, String output) {

        static Result missing() {
            return new Result(Outcome.MISSING, "");
        }
    }

    enum Outcome { OK, MISSING, FAILED }

    Result run(List<String> command);
}
