#!/usr/bin/env python3
"""Reads the output of `wrk --latency` and prints one JSON object: requests/s, p50/p90/p99 in ms, errors."""
import json
import re
import sys

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def to_ms(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if not match:
        raise ValueError(f"unreadable latency {text!r} in wrk output")
    return round(float(match.group(1)) * UNITS_MS[match.group(2)], 2)


def summarize(output):
    result = {"rps": None, "p50": None, "p90": None, "p99": None, "requests": None, "non2xx": 0, "socketErrors": 0}
    for line in output.splitlines():
        line = line.strip()
        if line.startswith("Requests/sec:"):
            result["rps"] = float(line.split()[1])
        elif re.match(r"^(50|90|99)%\s", line):
            percent, value = line.split()[:2]
            result["p" + percent.rstrip("%")] = to_ms(value)
        elif re.match(r"^\d+ requests in", line):
            result["requests"] = int(line.split()[0])
        elif line.startswith("Non-2xx or 3xx responses:"):
            result["non2xx"] = int(line.split(":")[1])
        elif line.startswith("Socket errors:"):
            result["socketErrors"] = sum(int(n) for n in re.findall(r"\d+", line))
    if result["rps"] is None or result["p99"] is None:
        raise SystemExit("wrk output has no 'Requests/sec' or latency distribution; was it run with --latency?")
    return result


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        print(json.dumps(summarize(f.read())))
