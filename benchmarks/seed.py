"""Check boilerkill against a page labelled in the seed's range format.

Usage::

    python benchmarks/seed.py ../shared/seed/daily8-page.txt ../shared/seed/daily8-page.labels

The labels file has lines like ``body 2-8 10`` or ``chrome 11-22 27-29`` (1-based line numbers;
``#`` starts a comment). Body lines must be kept; chrome and related lines dropped;
``body-optional`` lines may go either way. Prints every labelled line with the decision and
exits 1 if any requirement fails.
"""

from __future__ import annotations

import argparse
import sys
from typing import Dict, List, Optional

import boilerkill


def read_labels(path: str) -> Dict[int, str]:
    """Line number -> label, from a file of ``label N-M N ...`` lines."""
    labels: Dict[int, str] = {}
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            label, *ranges = line.split()
            for r in ranges:
                lo, _, hi = r.partition("-")
                for n in range(int(lo), int(hi or lo) + 1):
                    labels[n] = label
    return labels


def main(argv: Optional[List[str]] = None) -> int:
    """Run the check; 0 when every requirement holds, 1 otherwise."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("page")
    ap.add_argument("labels")
    ap.add_argument("--threshold", type=float, default=0.5)
    args = ap.parse_args(argv)
    with open(args.page, encoding="utf-8") as f:
        text = f.read()
    labels = read_labels(args.labels)
    decisions = boilerkill.classify(text, threshold=args.threshold)
    failures = 0
    for n, d in enumerate(decisions, 1):
        label = labels.get(n, "-")
        want = {"body": True, "chrome": False, "related": False}.get(label)
        ok = want is None or want == d.keep
        failures += not ok
        mark = "ok " if ok else "BAD"
        print(f"{mark} {n:3d} {label:14} {'keep' if d.keep else 'drop'} {d.score:.2f} "
              f"{d.reason:30.30} {d.line[:60]}")
    print(f"{failures} line(s) wrong")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
