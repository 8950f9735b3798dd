"""Ray Data with 1 worker against 2 (or more) on the same documents: speed-up, and no loss.

For each worker count, a fresh local Ray cluster with that many CPUs cleans every document
through :func:`boilerkill.integrations.ray.clean_dataset` (one actor per worker, the model
loaded once per actor). The timed span runs from building the dataset to holding every output
row on the driver, so it includes starting the actors; starting Ray itself is not timed. Each
run checks that every document id comes back exactly once, and that every output text is
byte-identical to ``boilerkill.Cleaner().clean`` on a sample of ``--check`` documents (all of
them with ``--check 0``).

The documents come from a JSONL corpus (gzip allowed, a ``text`` field per line) or, with no
corpus, are synthesised from ``fixtures/pages`` (each page made distinct by a numbered first
line, so no two documents are the same text).

Usage::

    python benchmarks/distributed.py /work/shared/corpus/wcxb-dev.jsonl.gz
    python benchmarks/distributed.py --docs 4000               # synthesised from fixtures
    python benchmarks/distributed.py CORPUS --workers 1,2 --repeat 2

Options:
    --docs N        use the first N documents (default: all of a corpus; 3000 synthesised).
    --workers A,B   worker counts to compare (default 1,2); the speed-up is against the first.
                    0 is a plain loop in this process, without Ray (Ray's own overhead).
    --repeat N      runs per worker count; the best (shortest) time is reported (default 1).
    --batch-size N  documents per batch (default 64).
    --check N       documents compared with boilerkill.clean (default 500; 0 = all).

The machine should be otherwise idle: on a shared machine the numbers are noisy, and a
speed-up needs as many free cores as workers.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
os.environ.setdefault("RAY_DATA_DISABLE_PROGRESS_BARS", "1")


def read_documents(corpus: Optional[str], limit: Optional[int]) -> List[Dict]:
    """Documents as ``{"id": n, "text": ...}``: from a JSONL corpus, or synthesised."""
    docs: List[Dict] = []
    if corpus:
        with open(corpus, "rb") as f:
            gz = f.read(2) == b"\x1f\x8b"
        with (gzip.open if gz else open)(corpus, "rt", encoding="utf-8") as f:
            for line in f:
                if limit is not None and len(docs) >= limit:
                    break
                if line.strip():
                    docs.append({"id": len(docs), "text": json.loads(line)["text"]})
        return docs
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures/pages").glob("*.txt"))]
    for n in range(limit if limit is not None else 3000):
        docs.append({"id": n, "text": f"Item {n}\n" + pages[n % len(pages)]})
    return docs


def run(docs: List[Dict], workers: int, batch_size: int) -> tuple:
    """Clean ``docs`` on a fresh local cluster of ``workers`` CPUs; (seconds, output rows).

    ``workers=0`` is the reference without Ray: one Cleaner in this process, in a loop.
    """
    if workers == 0:
        import boilerkill

        t0 = time.perf_counter()
        cleaner = boilerkill.Cleaner()
        rows = [{"id": d["id"], "text": cleaner.clean(d["text"])} for d in docs]
        return time.perf_counter() - t0, rows

    import ray

    from boilerkill.integrations.ray import clean_dataset

    ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False,
             configure_logging=False)
    try:
        # Blocks of about two batches per worker and round: enough to keep every actor busy.
        blocks = max(workers * 8, len(docs) // (batch_size * 2) or 1)
        t0 = time.perf_counter()
        ds = ray.data.from_items(docs, override_num_blocks=min(blocks, len(docs)))
        rows = clean_dataset(ds, workers=workers, batch_size=batch_size).take_all()
        return time.perf_counter() - t0, rows
    finally:
        ray.shutdown()


def check(docs: List[Dict], rows: List[Dict], sample: int) -> Optional[str]:
    """None when no document is lost or doubled and the sampled texts are boilerkill.clean's;
    else what is wrong."""
    import boilerkill

    ids = sorted(r["id"] for r in rows)
    if ids != list(range(len(docs))):
        return f"{len(docs)} documents in, {len(rows)} rows out, {len(set(ids))} distinct ids"
    by_id = {r["id"]: r["text"] for r in rows}
    picked = range(len(docs)) if not sample else random.Random(0).sample(
        range(len(docs)), min(sample, len(docs)))
    cleaner = boilerkill.Cleaner()
    bad = [i for i in picked if by_id[i] != cleaner.clean(docs[i]["text"])]
    return f"{len(bad)} texts differ from boilerkill.clean (first id {bad[0]})" if bad else None


def main(argv: Optional[List[str]] = None) -> int:
    """Run the comparison and print one row per worker count; 0 ok, 1 a document was lost."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", help="JSONL corpus with a text field (.gz allowed)")
    parser.add_argument("--docs", type=int)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--check", type=int, default=500)
    args = parser.parse_args(argv)
    if args.corpus and not os.path.isfile(args.corpus):
        parser.error(f"no such corpus file: {args.corpus}")
    counts = [int(w) for w in args.workers.split(",") if w.strip()]
    docs = read_documents(args.corpus, args.docs)
    mb = sum(len(d["text"].encode("utf-8")) for d in docs) / 1e6
    print(f"{len(docs)} documents, {mb:.1f} MB, from {args.corpus or 'fixtures/pages'}; "
          f"{os.cpu_count()} CPUs on this machine", flush=True)
    print(f"{'workers':>7} {'seconds':>8} {'MB/s':>6} {'docs/s':>7} {'speed-up':>8}  check")
    base = None
    status = 0
    for w in counts:
        best, rows = None, None
        for _ in range(args.repeat):
            seconds, rows = run(docs, w, args.batch_size)
            best = seconds if best is None else min(best, seconds)
        problem = check(docs, rows, args.check)
        status = status or (1 if problem else 0)
        base = base or best
        label = "no Ray" if w == 0 else str(w)
        print(f"{label:>7} {best:>8.2f} {mb / best:>6.2f} {len(docs) / best:>7.1f} "
              f"{base / best:>7.2f}x  {problem or 'no document lost, texts identical'}",
              flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
