"""Times a command the way hyperfine would, for machines without it.

usage: timeit.py --warmup W --runs N --export-json FILE -- COMMAND...
Runs COMMAND (no shell) W times unmeasured, then N times; a non-zero exit
stops everything. Writes {"results": [{command, mean, median, min, max,
stddev, times}]} in seconds, the keys of hyperfine's --export-json.
"""

import json
import statistics
import subprocess
import sys
import time


def main():
    args = sys.argv[1:]
    split = args.index("--")
    options = dict(zip(args[:split:2], args[1:split:2]))
    command = args[split + 1:]
    warmup, runs = int(options["--warmup"]), int(options["--runs"])

    for _ in range(warmup):
        run(command)
    times = [run(command) for _ in range(runs)]

    result = {
        "command": " ".join(command),
        "mean": statistics.mean(times),
        "median": statistics.median(times),
        "min": min(times),
        "max": max(times),
        "stddev": statistics.stdev(times) if len(times) > 1 else 0.0,
        "times": times,
    }
    with open(options["--export-json"], "w") as handle:
        json.dump({"results": [result]}, handle)


def run(command):
    """Wall time of one run, in seconds."""
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


main()
