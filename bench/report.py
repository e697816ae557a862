"""Turns bench/run.sh's results folder into BENCHMARKS.md on stdout.

usage: report.py RESULTS_DIR "COMMAND LINE"
"""

import json
import os
import statistics
import sys

RESULTS, COMMAND = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))


def timing(name):
    """hyperfine's (or timeit.py's) result for NAME, or None."""
    path = os.path.join(RESULTS, name + ".json")
    if not os.path.exists(path):
        return None
    with open(path) as handle:
        return json.load(handle)["results"][0]


def ms(seconds):
    return f"{seconds * 1000:.1f}"


def row(label, requests, result):
    cells = [label, requests] + [
        ms(result[key]) for key in ("mean", "median", "min", "max")
    ]
    return "| " + " | ".join(cells + [str(len(result["times"]))]) + " |"


def judge(by_median, by_min):
    if by_median and by_min:
        return "met"
    if by_median or by_min:
        return "**not met** by " + ("min" if by_median else "median")
    return "**not met**"


def verdict(ok):
    return "met" if ok else "**not met**"


def facts():
    with open(os.path.join(RESULTS, "facts.txt")) as handle:
        lines = [line.rstrip("\n") for line in handle]
    print("| fact | value |")
    print("|---|---|")
    if "--wizard-bin" in COMMAND:
        lines.append("wizard-bin: " + read("wizard-bin.txt"))
    for line in lines:
        key, _, value = line.partition(": ")
        print(f"| {key} | {value} |")


def network():
    check, aws, curl = timing("check"), timing("aws-mturk"), timing("curl-mturk")
    aws_pair, curl_pair = timing("aws-pair"), timing("curl-pair")
    header = "| command | requests | mean ms | median ms | min ms | max ms | runs |"
    print("### One balance check (the question a lab script asks)\n")
    print(header)
    print("|---|---|---:|---:|---:|---:|---:|")
    print(row("`turklink check --production-only`", "2 (STS + MTurk)", check))
    print(row("`aws mturk get-account-balance`", "1 (MTurk)", aws))
    print(row("`curl -K` pre-signed GetAccountBalance", "1 (MTurk)", curl))
    print()
    print("### Same work: STS GetCallerIdentity + MTurk GetAccountBalance\n")
    print(header)
    print("|---|---|---:|---:|---:|---:|---:|")
    print(row("`turklink check --production-only`", "2, one process", check))
    print(row("`aws sts get-caller-identity` then `aws mturk …`", "2, two processes",
              aws_pair))
    print(row("`curl -K` both pre-signed requests", "2, one process", curl_pair))
    print()
    ratios(check, aws, curl, aws_pair, curl_pair)


def ratios(check, aws, curl, aws_pair, curl_pair):
    print("| ratio | by median | by mean | by min | goal | verdict |")
    print("|---|---:|---:|---:|---|---|")
    lines = [
        ("turklink / aws mturk", aws, "≤ 0.05 (1/20)", 0.05),
        ("turklink / aws sts + aws mturk", aws_pair, "≤ 0.05 (1/20)", 0.05),
        ("turklink / curl, 1 request", curl, "≤ 2", 2),
        ("turklink / curl, same 2 requests", curl_pair, "≤ 2", 2),
    ]
    for label, other, goal, limit in lines:
        values = [check[key] / other[key] for key in ("median", "mean", "min")]
        cells = " | ".join(f"{value:.3f}" for value in values)
        print(f"| {label} | {cells} | {goal} | "
              f"{judge(values[0] <= limit, values[2] <= limit)} |")
    print("\nThe verdict wants the median and the minimum ratio within the "
          "goal; on a shared machine one of them alone can be luck.")
    valid = read("valid-requests.txt")
    invalid = read("invalid-requests.txt")
    print(f"\nThe stand-in logged {valid} requests with a valid signature "
          f"and {invalid} without during this run.\n")


def read(name):
    path = os.path.join(RESULTS, name)
    if not os.path.exists(path):
        return "?"
    with open(path) as handle:
        return handle.read().strip()


def startup():
    print("| what | mean ms | median ms | min ms | max ms | runs | goal |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, label in (("version", "`turklink --version`"),
                        ("status", "`turklink status` (guide + state)")):
        result = timing(name)
        cells = [ms(result[k]) for k in ("mean", "median", "min", "max")]
        print(f"| {label} | " + " | ".join(cells)
              + f" | {len(result['times'])} | |")
    wizard()


def wizard():
    path = os.path.join(RESULTS, "frame-wizard.json")
    if not os.path.exists(path):
        print("| wizard to first frame | not measured: the wizard is not wired "
              "into this build | | | | | ≤ 30 ms |")
        return
    with open(path) as handle:
        runs = json.load(handle)
    with open(os.path.join(RESULTS, "frame-baseline.json")) as handle:
        base = statistics.median(json.load(handle)["frame"])
    frames = [t - base for t in runs["frame"]]
    median = statistics.median(frames)
    cells = [ms(statistics.mean(frames)), ms(median), ms(min(frames)),
             ms(max(frames))]
    label = "`turklink`"
    if "--wizard-bin" in COMMAND:
        label = "wizard of `--wizard-bin` (see facts)"
    print(f"| {label} (fresh state) to first frame, pty, minus baseline | "
          + " | ".join(cells) + f" | {len(frames)} | ≤ 30 ms: "
          f"{verdict(median <= 0.030)} |")
    ends = runs["exit"]
    cells = [ms(statistics.mean(ends)), ms(statistics.median(ends)),
             ms(min(ends)), ms(max(ends))]
    print("| same, start → frame → `q` → exit, raw | " + " | ".join(cells)
          + f" | {len(ends)} | |")
    print(f"\nBaseline (`/usr/bin/printf` on the same pty harness): "
          f"{ms(base)} ms median.")


def memory():
    print("| process | median MB | max MB | runs | goal |")
    print("|---|---:|---:|---:|---|")
    labels = (("version", "`turklink --version`"),
              ("status", "`turklink status`"),
              ("check", "`turklink check --production-only`"),
              ("wizard", "idle wizard (1 s after first frame)"
               + (" of --wizard-bin" if "--wizard-bin" in COMMAND else "")))
    for name, label in labels:
        path = os.path.join(RESULTS, f"rss-{name}.txt")
        if not os.path.exists(path):
            print(f"| {label} | not measured | | | ≤ 25 MB |")
            continue
        with open(path) as handle:
            kb = [int(line) for line in handle if line.strip()]
        median, peak = statistics.median(kb) / 1024, max(kb) / 1024
        goal = "" if name in ("version", "status") else \
            f"≤ 25 MB: {verdict(peak <= 25)}"
        print(f"| {label} | {median:.1f} | {peak:.1f} | {len(kb)} | {goal} |")


def main():
    print("# turklink benchmarks\n")
    print("Generated by `" + COMMAND + "` (bench/run.sh; do not edit by "
          "hand: rerun it). Wall times are from hyperfine (or bench/timeit.py, "
          "see \"timer\") on a machine "
          "shared with other builds, so read medians and minimums first.\n")
    facts()
    print("\n## 1. `turklink check` vs aws-cli vs curl (loopback stand-in)\n")
    network()
    print("## 2. Start-up\n")
    startup()
    print("\n## 3. Peak memory (GNU time -v, maximum resident set size)\n")
    memory()
    print("\n## 4. Render cost, headless (turklink-bench)\n")
    print(read("render.md"))
    print("\nGoal: ≤ 1 ms a frame for `render(state)`, which is what the "
          "terminal backend draws from; `Frame.text()` (snapshots, plain "
          "output) is shown beside it.\n")
    for name in ("method.md", "changes.md"):
        path = os.path.join(HERE, name)
        if os.path.exists(path):
            with open(path) as handle:
                print(handle.read().rstrip() + "\n")


main()
