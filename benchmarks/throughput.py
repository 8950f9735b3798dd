"""Throughput of boilerkill and the baselines on a large corpus of unique page texts.

Builds a deterministic corpus of at least ``--mb`` MB (1 MB = 10^6 bytes of UTF-8 text) of
unique page texts from a JSONL corpus: its distinct non-empty page texts, then new pages made of
the first part of one page and the last part of another page of the same view (cut points drawn
with a fixed seed), until the size is reached; every page text is distinct (checked with a set
of SHA-1 digests). The pages are shuffled (same seed) and written to a temporary file.

Each system then runs in its own child process, pinned to one CPU, one after the other: the
child streams the file page by page, runs the system on each page and reports wall and CPU
seconds and its peak RSS (``resource.getrusage(RUSAGE_SELF).ru_maxrss``). Systems:

* ``copy``: a plain Python loop that copies the page's lines to an output buffer, one
  ``write`` per line: the ceiling of any Python line filter (every system's loop pays the
  same reading and decoding);
* ``split-join``: split the page into lines and join them back (the old ``copy``; faster,
  as it has no per-line Python step);
* ``c4``: C4's line rules (``baselines.c4_lines``);
* ``justext``: jusText with the English stoplist (``baselines.justext_text``), on the first
  ``--justext-mb`` MB only because it is slow;
* ``boilerkill-page``: ``boilerkill.Cleaner().clean`` with default options, one call a page,
  on one CPU;
* ``boilerkill``: ``boilerkill.clean_pages(pages, jobs=1)``, on one CPU: the streaming path
  the command line runs with ``--jobs 1`` (pages cleaned in batches, which pays numpy's fixed
  costs once per batch: see ``Cleaner.clean_many``);
* ``boilerkill-jobs``: ``boilerkill.clean_pages(pages, jobs=N)`` (``--jobs``, default: all
  CPUs), the command line's ``--jobs`` path: a process pool fed batches of about 1 MB. Not
  pinned to one CPU. Its peak RSS is the main process's; the workers' largest peak is
  printed below the table.

After the table: boilerkill / copy (MB/s), and boilerkill-jobs / boilerkill (the parallel
speed-up; on a machine shared with other work this is a floor, say so when you quote it).

Usage::

    python benchmarks/throughput.py /work/shared/corpus/wcxb-dev.jsonl.gz
    python benchmarks/throughput.py CORPUS --mb 100 --systems copy,c4,justext,boilerkill --justext-mb 5
    python benchmarks/throughput.py CORPUS --mb 20 --systems copy,boilerkill --boilerkill-mb 5

Options:
    --mb N              size of the built corpus in MB (default 100).
    --systems S,..      of copy, split-join, c4, justext, boilerkill-page, boilerkill,
                        boilerkill-jobs
                        (default: all).
    --jobs N            processes of boilerkill-jobs (default: all CPUs).
    --justext-mb N      jusText runs on the first N MB (default 5).
    --boilerkill-mb N   the boilerkill systems run on the first N MB (default 0: all).
    --seed N            seed of the page building and order (default 0).
    --keep PATH         keep the built corpus at PATH (length-prefixed records) instead of a
                        temporary file that is deleted at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import platform
import random
import resource
import struct
import subprocess
import sys
import tempfile
import time
from typing import List, Optional, Sequence, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import selected_systems  # noqa: E402  (this directory)
ALL_SYSTEMS = ["copy", "split-join", "c4", "justext", "boilerkill-page", "boilerkill",
               "boilerkill-jobs"]
_HEADER = struct.Struct("<II")  # (bytes of the page's UTF-8 text, number of its lines)


# ------------------------------------------------------------------------------------------
# building the corpus
# ------------------------------------------------------------------------------------------


def read_pages(path: str) -> List[Tuple[str, str]]:
    """(view, text) of every record with a non-empty text, in file order."""
    # Imported here, in the child that builds the corpus, so that the measured children load
    # nothing but the system they run.
    from boilerkill.training.fit import read_corpus

    return [(rec.get("view", ""), rec["text"]) for rec in read_corpus(path)
            if rec["text"].strip()]


def _digest(text: str) -> bytes:
    return hashlib.sha1(text.encode("utf-8")).digest()


def build_pages(source: List[Tuple[str, str]], target_bytes: int, seed: int) -> Tuple[List[str], int, int]:
    """Unique page texts totalling at least ``target_bytes``: (pages, originals, synthetic)."""
    rng = random.Random(seed)
    seen = set()
    pages: List[str] = []
    by_view = {}
    size = 0
    for view, text in source:
        d = _digest(text)
        if d in seen:
            continue
        if size < target_bytes:
            seen.add(d)
            pages.append(text)
            size += len(text.encode("utf-8"))
        lines = text.split("\n")
        if len(lines) >= 4:
            by_view.setdefault(view, []).append(lines)
    originals = len(pages)
    views = sorted(by_view)
    if size < target_bytes and not views:
        raise ValueError("corpus too small to build from")
    misses = 0
    while size < target_bytes:
        pool = by_view[views[rng.randrange(len(views))]]
        i, j = rng.randrange(len(pool)), rng.randrange(len(pool))
        if i == j:
            continue
        a, b = pool[i], pool[j]
        ca = max(1, int(len(a) * rng.uniform(0.3, 0.7)))
        cb = max(1, int(len(b) * rng.uniform(0.3, 0.7)))
        text = "\n".join(a[:ca] + b[cb:])
        d = _digest(text)
        if d in seen or not text.strip():
            misses += 1
            if misses > 100_000:
                raise RuntimeError("cannot build enough unique pages")
            continue
        seen.add(d)
        pages.append(text)
        size += len(text.encode("utf-8"))
    rng.shuffle(pages)
    # the guarantee the benchmark rests on: no page text twice
    assert len({_digest(p) for p in pages}) == len(pages)
    return pages, originals, len(pages) - originals


def write_pages(pages: List[str], path: str) -> Tuple[int, int, str]:
    """Write length-prefixed records; return (bytes of text, lines, sha256 of the file)."""
    h = hashlib.sha256()
    total = lines = 0
    with open(path, "wb") as f:
        for p in pages:
            data = p.encode("utf-8")
            nl = p.count("\n") + 1
            rec = _HEADER.pack(len(data), nl) + data
            f.write(rec)
            h.update(rec)
            total += len(data)
            lines += nl
    return total, lines, h.hexdigest()


def build_child(corpus: str, mb: float, seed: int, path: str) -> int:
    t = time.perf_counter()
    pages, originals, synthetic = build_pages(read_pages(corpus), int(mb * 1e6), seed)
    total, lines, digest = write_pages(pages, path)
    json.dump({"pages": len(pages), "originals": originals, "synthetic": synthetic, "bytes": total,
               "lines": lines, "sha256": digest, "seconds": time.perf_counter() - t}, sys.stdout)
    return 0


# ------------------------------------------------------------------------------------------
# the child: one system, one core
# ------------------------------------------------------------------------------------------


def _system(name: str):
    import baselines

    if name == "copy":
        return copy_lines
    if name == "split-join":
        return lambda text: "\n".join(text.split("\n"))
    if name == "c4":
        return baselines.c4_lines
    if name == "justext":
        return lambda text: baselines.justext_text(text, language="English")
    if name in ("boilerkill", "boilerkill-page"):
        import boilerkill

        return boilerkill.Cleaner().clean
    raise ValueError(name)


def copy_lines(text: str) -> str:
    """Copy the lines of ``text`` to an output buffer, one write per line."""
    out = io.StringIO()
    write = out.write
    for line in io.StringIO(text):
        write(line)
    return out.getvalue()


def _pages(path: str, max_bytes: int, tally: dict):
    """The page texts of the corpus file, counting pages, bytes and lines into ``tally``."""
    read = _HEADER.size
    unpack = _HEADER.unpack
    with open(path, "rb", buffering=1 << 20) as f:
        while max_bytes <= 0 or tally["bytes"] < max_bytes:
            head = f.read(read)
            if len(head) < read:
                break
            n, nl = unpack(head)
            text = f.read(n).decode("utf-8")
            tally["pages"] += 1
            tally["bytes"] += n
            tally["lines"] += nl
            yield text


def child(name: str, path: str, max_bytes: int, jobs: int = 0) -> int:
    parallel = name == "boilerkill-jobs"
    if not parallel:
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        except (AttributeError, OSError):
            pass
        fn = _system(name)
        fn("Warm up: load whatever the system loads lazily.\n\nSecond line of the warm-up page.")
    else:
        import boilerkill
        from boilerkill.stream import cpu_count

        jobs = jobs or cpu_count()
        boilerkill.Cleaner().clean("Warm up.\n\nSecond line of the warm-up page.")
    rss_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tally = {"pages": 0, "bytes": 0, "lines": 0}
    out_chars = 0
    c0, t0 = time.process_time(), time.perf_counter()
    if parallel or name == "boilerkill":
        # The streaming path the command line runs: batches of pages, in this process for
        # one job, in a pool of ``jobs`` processes otherwise.
        import boilerkill

        for cleaned in boilerkill.clean_pages(_pages(path, max_bytes, tally),
                                              jobs=jobs if parallel else 1):
            out_chars += len(cleaned)
    else:
        for text in _pages(path, max_bytes, tally):
            out_chars += len(fn(text))
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu += children.ru_utime + children.ru_stime  # the workers' CPU time, once they are reaped
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    json.dump({
        "system": name, "pages": tally["pages"], "bytes": tally["bytes"], "lines": tally["lines"],
        "out_chars": out_chars, "seconds": seconds, "cpu_seconds": cpu, "rss_start_kb": rss_start,
        "rss_peak_kb": rss_peak, "jobs": jobs if parallel else 1,
        "worker_rss_peak_kb": children.ru_maxrss if parallel else 0,
    }, sys.stdout)
    return 0


# ------------------------------------------------------------------------------------------


def render(header, rows) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]

    def fmt(r):
        return "  ".join([str(r[0]).ljust(widths[0])] + [str(c).rjust(w) for c, w in zip(r[1:], widths[1:])])

    return "\n".join([fmt(header), "  ".join("-" * w for w in widths)] + [fmt(r) for r in rows])


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "--child":  # internal: python throughput.py --child NAME FILE MAXBYTES
        return child(argv[1], argv[2], int(argv[3]), int(argv[4]) if len(argv) > 4 else 0)
    if argv and argv[0] == "--build":  # internal: python throughput.py --build CORPUS MB SEED FILE
        return build_child(argv[1], float(argv[2]), int(argv[3]), argv[4])

    ap = argparse.ArgumentParser(description="Throughput of boilerkill and baselines on unique pages.")
    ap.add_argument("corpus")
    ap.add_argument("--mb", type=float, default=100.0)
    ap.add_argument("--systems", default=",".join(ALL_SYSTEMS))
    ap.add_argument("--justext-mb", type=float, default=5.0)
    ap.add_argument("--boilerkill-mb", type=float, default=0.0)
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", default=None, metavar="PATH")
    args = ap.parse_args(argv)
    systems = selected_systems(args.systems, ALL_SYSTEMS, args.corpus)
    if systems is None:
        return 2

    t_all = time.perf_counter()
    if args.keep:
        path, tmp = args.keep, False
    else:
        fd, path = tempfile.mkstemp(prefix="boilerkill-throughput-", suffix=".bin")
        os.close(fd)
        tmp = True
    # The corpus is built in a child too: on Linux a child's ru_maxrss starts at its parent's
    # peak RSS (fork, then exec keeps the high-water mark), so this parent must stay small.
    proc = subprocess.run(
        [sys.executable, os.path.abspath(__file__), "--build", args.corpus, str(args.mb), str(args.seed), path],
        capture_output=True, text=True,
    )
    if proc.returncode != 0:
        print(f"building the corpus failed:\n{proc.stderr[-3000:]}", file=sys.stderr)
        if tmp and os.path.exists(path):
            os.unlink(path)
        return 1
    b = json.loads(proc.stdout)
    n_pages, originals, synthetic = b["pages"], b["originals"], b["synthetic"]
    total, lines, digest, t_build = b["bytes"], b["lines"], b["sha256"], b["seconds"]

    print("boilerkill throughput benchmark")
    print(f"source corpus : {os.path.abspath(args.corpus)}")
    print(f"built corpus  : {n_pages} unique pages ({originals} distinct source texts + {synthetic} "
          f"made of the head of one page and the tail of another), {total / 1e6:.1f} MB, {lines} lines; "
          f"seed {args.seed}; sha256 {digest[:16]}; built in {t_build:.1f} s")
    print(f"uniqueness    : {n_pages} pages, {n_pages} distinct SHA-1 digests")
    print(f"machine       : {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} CPUs; each system in its own process on 1 CPU")
    if hasattr(os, "getloadavg"):
        print(f"load average  : {os.getloadavg()[0]:.2f} (1 min) before the runs")
    print(flush=True)

    limits = {"justext": args.justext_mb, "boilerkill": args.boilerkill_mb,
              "boilerkill-page": args.boilerkill_mb, "boilerkill-jobs": args.boilerkill_mb}
    results = []
    try:
        for s in systems:
            max_bytes = int(limits.get(s, 0.0) * 1e6)
            env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
            proc = subprocess.run(
                [sys.executable, os.path.abspath(__file__), "--child", s, path, str(max_bytes),
                 str(args.jobs)],
                capture_output=True, text=True, env=env,
            )
            if proc.returncode != 0:
                print(f"  {s}: FAILED (exit {proc.returncode}):\n{proc.stderr[-2000:]}", flush=True)
                results.append(None)
                continue
            r = json.loads(proc.stdout)
            results.append(r)
            print(f"  {s}: {r['bytes'] / 1e6:.1f} MB in {r['seconds']:.1f} s", flush=True)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        if tmp:
            os.unlink(path)

    copy = next((r for r in results if r and r["system"] == "copy"), None)
    copy_rate = copy["bytes"] / copy["seconds"] if copy else None
    rows = []
    for s, r in zip(systems, results):
        if r is None:
            rows.append([s] + ["failed"] + [""] * 11)
            continue
        sec = r["seconds"]
        rate = r["bytes"] / sec
        rows.append([
            s,
            f"{r['bytes'] / 1e6:.1f}",
            f"{r['pages']}",
            f"{sec:.2f}",
            f"{rate / 1e6:.2f}",
            f"{r['bytes'] / max(r['cpu_seconds'], 1e-9) / 1e6:.2f}",
            f"{r['pages'] / sec:,.0f}",
            f"{r['lines'] / sec:,.0f}",
            f"{r['rss_start_kb'] / 1024:.0f}",
            f"{r['rss_peak_kb'] / 1024:.0f}",
            f"{100.0 * r['cpu_seconds'] / sec:.0f}",
            f"{rate / copy_rate:.4f}" if copy_rate else "-",
            f"{copy_rate / rate:,.1f}x" if copy_rate else "-",
        ])
    print()
    print(render(["system", "MB", "pages", "seconds", "MB/s", "MB/CPU-s", "pages/s", "lines/s", "RSS start MB",
                  "peak RSS MB", "CPU %", "speed / copy", "slower"], rows))
    print()
    print("MB = 10^6 bytes of UTF-8 input; seconds = wall time of the page loop (reading and decoding "
          "included, imports and one warm-up call excluded); RSS start = after imports and warm-up; "
          "peak RSS = ru_maxrss of the child; MB/CPU-s = MB per second of the child's CPU time; CPU % = CPU "
          "time / wall time of the loop (well under 100 means other processes took the CPU: MB/s is then "
          "low and MB/CPU-s the better estimate).")
    try:
        print("load average (1, 5, 15 min) at the end: " + ", ".join(f"{x:.2f}" for x in os.getloadavg())
              + f" on {os.cpu_count()} CPUs")
    except (AttributeError, OSError):
        pass
    by_name = {s: r for s, r in zip(systems, results) if r}

    def rate(name):
        r = by_name.get(name)
        return r["bytes"] / r["seconds"] if r else None

    print()
    if rate("boilerkill") and rate("copy"):
        print(f"ratio boilerkill / copy (MB/s): {rate('boilerkill') / rate('copy'):.4f}")
    if rate("boilerkill-jobs") and rate("boilerkill"):
        r = by_name["boilerkill-jobs"]
        print(f"ratio boilerkill-jobs ({r['jobs']} processes) / boilerkill (1): "
              f"{rate('boilerkill-jobs') / rate('boilerkill'):.2f}x; peak RSS main "
              f"{r['rss_peak_kb'] / 1024:.0f} MB, largest worker {r['worker_rss_peak_kb'] / 1024:.0f} MB")
    print(f"wall time {time.perf_counter() - t_all:.1f} s")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
