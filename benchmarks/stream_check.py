"""End-to-end check of ``boilerkill --jsonl`` on a large stream with malformed records.

Generates a JSONL stream of ``--mb`` MB on the fly (nothing is written to disk) from the
records of a corpus (JSONL, gzip allowed, a ``text`` field), each record given a unique
``n``, and replaces ``--bad-share`` of the lines (1% by default, at seeded random places) by
malformed ones of several kinds (not JSON, a truncated object, a number as text, no text
field, a list, an empty line). The stream is piped into ``boilerkill --jsonl --on-error keep``
and the output is checked as it arrives:

* one output line per input line, in order;
* each malformed line comes out byte for byte unchanged, each good record as JSON with its
  ``n`` and its other fields;
* the command's count of bad records on stderr equals the number generated, exactly.

Prints MB, seconds, MB/s and the peak RSS of the command (the largest of its main process
and its workers: ``RUSAGE_CHILDREN`` after it is reaped). Exit status 0 when every check
holds.

    python benchmarks/stream_check.py /work/shared/corpus/wcxb-dev.jsonl.gz --mb 100
    python benchmarks/stream_check.py CORPUS --mb 1000 --jobs 2      # the issue's 1 GB run
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import resource
import subprocess
import sys
import threading
import time
from typing import Iterator, List, Tuple

BAD_KINDS = [
    b"this line is not JSON at all",
    b'{"n": -1, "text": "truncated object',
    b'{"n": -1, "text": 12345}',
    b'{"n": -1, "body": "no text field"}',
    b'["a", "list", "not", "an", "object"]',
    b"",
]


def read_texts(path: str) -> List[str]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [t for t in (json.loads(line).get("text") for line in f) if isinstance(t, str) and t]


def generate(texts: List[str], target: int, bad_share: float, seed: int) -> Iterator[Tuple[bool, bytes]]:
    """(is_bad, line without newline) until ``target`` bytes."""
    rng = random.Random(seed)
    size = n = 0
    while size < target:
        if rng.random() < bad_share:
            line = rng.choice(BAD_KINDS)
            bad = True
        else:
            line = json.dumps({"n": n, "text": texts[n % len(texts)], "src": "check"},
                              ensure_ascii=False).encode("utf-8")
            bad = False
        n += 1
        size += len(line) + 1
        yield bad, line


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--mb", type=float, default=100.0)
    ap.add_argument("--bad-share", type=float, default=0.01)
    ap.add_argument("--jobs", type=int, default=0, help="boilerkill --jobs (0: its default)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    texts = read_texts(args.corpus)
    target = int(args.mb * 1e6)
    expected: "list[Tuple[bool, bytes]]" = []
    lock = threading.Lock()
    cmd = [sys.executable, "-m", "boilerkill", "--jsonl", "--on-error", "keep", "--quiet"]
    if args.jobs:
        cmd += ["--jobs", str(args.jobs)]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stats = {"in": 0, "bad": 0, "bytes": 0}

    def feed() -> None:
        try:
            for bad, line in generate(texts, target, args.bad_share, args.seed):
                with lock:
                    # Only what the checker needs: good lines are checked by their n.
                    expected.append((bad, line if bad else b""))
                stats["in"] += 1
                stats["bad"] += bad
                stats["bytes"] += len(line) + 1
                p.stdin.write(line + b"\n")
        except BrokenPipeError:
            pass
        finally:
            p.stdin.close()

    err_chunks: List[bytes] = []
    threads = [threading.Thread(target=feed, daemon=True),
               threading.Thread(target=lambda: err_chunks.append(p.stderr.read()), daemon=True)]
    for t in threads:
        t.start()
    problems = []
    i = 0
    for out in p.stdout:
        while True:
            with lock:
                if i < len(expected):
                    bad, line = expected[i]
                    expected[i] = (bad, b"")  # free it: the check must not hold the stream
                    break
            time.sleep(0.001)
        out = out[:-1] if out.endswith(b"\n") else out
        if bad:
            if out != line:
                problems.append(f"line {i + 1}: malformed line changed: {out[:80]!r}")
        else:
            try:
                rec = json.loads(out)
                ok = rec.get("n") == i and rec.get("src") == "check" and isinstance(rec.get("text"), str)
            except ValueError:
                ok = False
            if not ok:
                problems.append(f"line {i + 1}: expected the record n={i}, got {out[:80]!r}")
        i += 1
        if len(problems) > 10:
            break
    rc = p.wait()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    stderr = b"".join(err_chunks).decode("utf-8", "replace")
    m = re.search(r"(\d+) bad records? kept unchanged", stderr)
    reported = int(m.group(1)) if m else 0
    if rc != 0:
        problems.append(f"exit status {rc}: {stderr.strip()[-300:]}")
    if i != stats["in"]:
        problems.append(f"{stats['in']} records in, {i} out")
    if reported != stats["bad"]:
        problems.append(f"{stats['bad']} malformed records generated, {reported} reported")
    print(f"command      : {' '.join(cmd[1:])}")
    print(f"input        : {stats['bytes'] / 1e6:.1f} MB, {stats['in']} records, {stats['bad']} malformed "
          f"({100.0 * stats['bad'] / max(stats['in'], 1):.2f}%)")
    print(f"output       : {i} records in order; stderr: {stderr.strip()}")
    print(f"time         : {seconds:.1f} s, {stats['bytes'] / 1e6 / seconds:.2f} MB/s")
    print(f"peak RSS     : {rss / 1024:.0f} MB (largest of the command's processes)")
    print("result       : " + ("OK" if not problems else "FAILED\n  " + "\n  ".join(problems)))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
