"""Measures how long a full-screen program takes to draw its first frame.

usage: first_frame.py --runs N --marker TEXT --out FILE [--idle SECONDS]
                      -- COMMAND...

Each run starts COMMAND on a new 100x40 pseudo-terminal and reads its
output until TEXT (a word of the first frame) has arrived: that moment,
measured from just before the fork, is the time to first frame. Then it
types "q" and waits for the exit: start to exit is the whole round trip.
With --idle the program is left idle that long before the "q" (for peak
memory of the idle wizard). Writes JSON: {"frame": [s...], "exit": [s...]}.
A run that ends or stalls (10 s) without TEXT fails the measurement.
"""

import fcntl
import json
import os
import pty
import select
import struct
import sys
import termios
import time

ROWS, COLUMNS = 40, 100
STALL = 10.0


def main():
    args = sys.argv[1:]
    split = args.index("--")
    options = dict(zip(args[:split:2], args[1:split:2]))
    command = args[split + 1:]
    marker = options["--marker"].encode()
    idle = float(options.get("--idle", "0"))

    frames, exits = [], []
    for _ in range(int(options["--runs"])):
        frame, end = measure(command, marker, idle)
        frames.append(frame)
        exits.append(end)
    with open(options["--out"], "w") as handle:
        json.dump({"frame": frames, "exit": exits}, handle)


def measure(command, marker, idle):
    """(seconds to the marker, seconds to exit) of one run."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        size = struct.pack("HHHH", ROWS, COLUMNS, 0, 0)
        fcntl.ioctl(0, termios.TIOCSWINSZ, size)
        os.execvp(command[0], command)

    seen = read_until(fd, pid, marker)
    frame = time.perf_counter() - start
    if idle:
        time.sleep(idle)
    try:
        os.write(fd, b"q")
    except OSError:
        pass  # A baseline program may have left already.
    drain(fd)
    _, status = os.waitpid(pid, 0)
    end = time.perf_counter() - start
    os.close(fd)

    if not seen or os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"first_frame: {command[0]} did not draw {marker!r} "
                 f"and quit cleanly (status {status})")
    return frame, end


def read_until(fd, pid, marker):
    """Reads output until `marker` appears; False on end or stall."""
    buffer = b""
    deadline = time.monotonic() + STALL
    while marker not in buffer:
        remaining = deadline - time.monotonic()
        ready, _, _ = select.select([fd], [], [], max(0, remaining))
        if not ready:
            os.kill(pid, 15)
            return False
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        buffer = buffer[-len(marker):] + chunk
    return True


def drain(fd):
    """Reads until the program closes the terminal (or 10 s pass)."""
    deadline = time.monotonic() + STALL
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return


main()
