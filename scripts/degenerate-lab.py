#!/usr/bin/env python3
"""Writes the most expensive lab the lab form accepts, for timing `validate-lab` (docs/benchmarks.md).

Every field is 5,000 characters (the form's limit) of run-on hardware figures with no full stop, the Step 5 table has
its 20 rows, and no two fields are the same text (so no field is judged from another's reading by luck).

    python3 scripts/degenerate-lab.py target/degenerate-lab.json
    /usr/bin/time -f '%U s user' java -jar target/praxis.jar validate-lab content \
        ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals target/degenerate-lab.json >/dev/null
"""
import json
import sys

FIELD = 5000
ROWS = 20
MACHINE = "src/test/resources/lab/machines/desktop-3090-i9-11900k.transcript.txt"
FIGURES = ("16 GB RAM 24 GiB VRAM RTX 3090 91% used 512 GB disk 8 cores 3.5 GHz 12 GB swap not the GPU but the disk, ")

counter = 0


def field():
    global counter
    counter += 1
    run = (str(counter) + " GB " + FIGURES) * (FIELD // len(FIGURES) + 1)
    return run[:FIELD]


def main(target):
    with open(MACHINE, encoding="utf-8") as machine:
        inventory = machine.read()
    lab = {
        "inventory": inventory,
        "workload": field(), "archetype": field(), "archetypeReason": field(), "mattersMost": field(),
        "unknowns": field(),
        "summary": {name: field() for name in ("workload", "archetype", "firstBottleneck", "evidence",
                                               "secondBottleneck", "decision", "nextAction")},
        "symptoms": [{"symptom": field(), "constraint": field(), "fix": field()} for _ in range(ROWS)],
        "plan": {"now": field(), "oneMonth": field(), "firstRepeatedBottleneck": field()},
        "recommendation": field(),
    }
    with open(target, "w", encoding="utf-8") as out:
        json.dump(lab, out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/degenerate-lab.json")
