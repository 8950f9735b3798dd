"""Extraction quality of boilerkill and the baselines on a gold corpus, side by side.

Runs every system on every page (each view of a page is one input) and prints shingle F1,
precision and recall and word F1 (``boilerkill.training.metrics``) for: all inputs, each page
type, each view, and articles per view; then how long each system took.

Usage::

    python benchmarks/quality.py /work/shared/corpus/wcxb-dev.jsonl.gz
    python benchmarks/quality.py CORPUS --systems boilerkill,keep_all,c4,justext --jobs 2
    python benchmarks/quality.py CORPUS --limit 100 --views html_text --systems c4,keep_all
    python benchmarks/quality.py CORPUS --ids-file heldout.txt --model model.json --threshold 0.6
    python benchmarks/quality.py CORPUS --markdown --json /tmp/quality.json

Options:
    CORPUS            gzip (or plain) JSONL with id, page_type, view, text, gold per line.
    --limit N         only the first N page ids of the file (both views of each).
    --views V,..      views to score (default: all in the corpus).
    --systems S,..    any of boilerkill, keep_all, c4, c4_datatrove, c4_quotes, c4_page, justext
                      (default boilerkill,keep_all,c4,justext).
    --threshold T     boilerkill threshold (default: the library's).
    --model PATH      boilerkill model JSON (default: the shipped model).
    --no-context      boilerkill with context=False.
    --justext-language L   jusText stoplist, or "auto" (default) to guess one per page.
    --ids-file F      only these page ids (one per line; blank lines and # comments ignored).
    --jobs N          worker processes (default 2).
    --markdown        print Markdown tables instead of fixed-width text.
    --json OUT        also write every number (and the run's metadata) to OUT.

Shingle scores are the Scrapinghub aggregation (precision and recall averaged over pages, F1
of the averages), word F1 the mean of per-page F1 (WCXB). Times are the sum of per-page
CPU seconds inside the workers, so MB/s is one core's speed.
"""

from __future__ import annotations

import argparse
import datetime
import json
import multiprocessing
import os
import platform
import sys
import time
from collections import Counter, OrderedDict
from typing import Dict, List, Optional, Sequence, Tuple

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import baselines  # noqa: E402  (this directory)


from common import selected_systems  # noqa: E402
from boilerkill.training.fit import file_sha256, read_corpus  # noqa: E402
from boilerkill.training.metrics import Scoreboard, shingle_tp_fp_fn, word_f1  # noqa: E402

ALL_SYSTEMS = ["boilerkill", "keep_all", "c4", "c4_datatrove", "c4_quotes", "c4_page", "justext"]
DEFAULT_SYSTEMS = "boilerkill,keep_all,c4,justext"


# ------------------------------------------------------------------------------------------
# corpus
# ------------------------------------------------------------------------------------------


def read_records(path: str) -> List[dict]:
    """Every record of the corpus, each checked for the fields the tables group by."""
    out = []
    for n, rec in enumerate(read_corpus(path), 1):
        for key in ("id", "page_type", "view"):
            if key not in rec:
                raise ValueError(f"{path}: record {n} has no {key!r}")
        out.append(rec)
    return out


def read_ids(path: str) -> List[str]:
    with open(path, encoding="utf-8") as f:
        return [s.strip() for s in f if s.strip() and not s.lstrip().startswith("#")]


# ------------------------------------------------------------------------------------------
# workers
# ------------------------------------------------------------------------------------------

_SYSTEMS: Dict[str, object] = {}
_JUSTEXT_LANGUAGE = "auto"


def _init_worker(systems: List[str], bk_overrides: dict, justext_language: str) -> None:
    global _JUSTEXT_LANGUAGE
    _JUSTEXT_LANGUAGE = justext_language
    for name in systems:
        if name == "boilerkill":
            import boilerkill

            _SYSTEMS[name] = boilerkill.Cleaner(**bk_overrides).clean
        else:
            _SYSTEMS[name] = baselines.BASELINES[name]


def _score_page(task: Tuple[int, str, str]) -> Tuple[int, Dict[str, tuple]]:
    """Run every system on one input: {system: (seconds, (tp, fp, fn), word_f1, chars, extra, error)}."""
    idx, text, gold = task
    out = {}
    for name, fn in _SYSTEMS.items():
        extra = None
        error = None
        t0 = time.process_time()  # CPU time: robust to other processes on the machine
        try:
            if name == "justext":
                lang = _JUSTEXT_LANGUAGE
                if lang == "auto":
                    lang = baselines.guess_stoplist_language(text) if text.strip() else "English"
                extra = lang
                pred = fn(text, language=lang)
            else:
                pred = fn(text)
            if not isinstance(pred, str):
                raise TypeError(f"returned {type(pred).__name__}, not str")
        except Exception as exc:  # a failing system scores as empty output, and is reported
            pred = ""
            error = f"{type(exc).__name__}: {exc}"[:300]
        seconds = time.process_time() - t0
        out[name] = (seconds, shingle_tp_fp_fn(gold, pred), word_f1(gold, pred), len(pred), extra, error)
    return idx, out


# ------------------------------------------------------------------------------------------
def groups_of(rec: dict) -> List[str]:
    g = ["all", f"type={rec['page_type']}", f"view={rec['view']}"]
    if rec["page_type"] == "article":
        g.append(f"article, view={rec['view']}")
    return g


def order_groups(records: List[dict]) -> List[str]:
    types = Counter(r["page_type"] for r in records)
    views = list(OrderedDict.fromkeys(r["view"] for r in records))
    out = ["all"]
    out += [f"type={t}" for t, _ in sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))]
    out += [f"view={v}" for v in views]
    if "article" in types:
        out += [f"article, view={v}" for v in views]
    return out


# ------------------------------------------------------------------------------------------
# tables
# ------------------------------------------------------------------------------------------


def render_table(header: List[str], rows: List[List[str]], markdown: bool) -> str:
    """First column left-aligned, the others right-aligned."""
    if markdown:
        lines = ["| " + " | ".join(header) + " |"]
        lines.append("|" + "|".join([" --- "] + [" ---: "] * (len(header) - 1)) + "|")
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]

    def fmt(r):
        cells = [str(r[0]).ljust(widths[0])] + [str(c).rjust(w) for c, w in zip(r[1:], widths[1:])]
        return "  ".join(cells).rstrip()

    sep = "  ".join("-" * w for w in widths)
    return "\n".join([fmt(header), sep] + [fmt(r) for r in rows])


def section(title: str, body: str, markdown: bool) -> str:
    if markdown:
        return f"\n**{title}**\n\n{body}\n"
    return f"\n{title}\n{body}\n"


# ------------------------------------------------------------------------------------------


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description="Score boilerkill and baselines on a gold corpus.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int, default=None, help="only the first N page ids")
    ap.add_argument("--views", default=None, help="comma-separated views (default: all)")
    ap.add_argument("--systems", default=DEFAULT_SYSTEMS, help=f"comma-separated, of {ALL_SYSTEMS}")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--model", default=None)
    ap.add_argument("--no-context", action="store_true")
    ap.add_argument("--justext-language", default="auto")
    ap.add_argument("--ids-file", default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--json", default=None, metavar="OUT")
    return ap.parse_args(argv)


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    systems = selected_systems(args.systems, ALL_SYSTEMS, args.corpus)
    if systems is None:
        return 2
    bk = {}
    if args.threshold is not None:
        bk["threshold"] = args.threshold
    if args.model is not None:
        bk["model_path"] = args.model
    if args.no_context:
        bk["context"] = False
    boilerkill_failure = None
    if "boilerkill" in systems:  # check once, not once per page; the baselines still run
        try:
            import boilerkill

            boilerkill.Cleaner(**bk)
        except Exception as exc:  # noqa: BLE001
            boilerkill_failure = f"boilerkill.Cleaner(**{bk}) failed: {type(exc).__name__}: {exc}"
            print(f"WARNING: {boilerkill_failure}; boilerkill is left out of this run", file=sys.stderr)
            systems.remove("boilerkill")
            if not systems:
                return 1

    t_start = time.perf_counter()
    digest = file_sha256(args.corpus)
    records = read_records(args.corpus)
    n_file = len(records)
    if args.ids_file:
        wanted = set(read_ids(args.ids_file))
        records = [r for r in records if r["id"] in wanted]
        missing = wanted - {r["id"] for r in records}
        if missing:
            print(f"warning: {len(missing)} ids of {args.ids_file} are not in the corpus", file=sys.stderr)
    if args.views:
        views = [v.strip() for v in args.views.split(",") if v.strip()]
        records = [r for r in records if r["view"] in views]
    if args.limit is not None:
        keep_ids = list(OrderedDict.fromkeys(r["id"] for r in records))[: args.limit]
        keep_ids = set(keep_ids)
        records = [r for r in records if r["id"] in keep_ids]
    if not records:
        print("no pages selected", file=sys.stderr)
        return 1

    mk = args.markdown
    in_bytes = sum(len(r["text"].encode("utf-8")) for r in records)
    in_chars = sum(len(r["text"]) for r in records)
    views_seen = Counter(r["view"] for r in records)
    out = []
    out.append(("# " if mk else "") + "boilerkill quality benchmark")
    meta = [
        ("corpus", os.path.abspath(args.corpus)),
        ("sha256", digest),
        ("records in file", str(n_file)),
        ("scored", f"{len(records)} inputs = {len({r['id'] for r in records})} pages x views "
                   f"({', '.join(f'{v} {n}' for v, n in views_seen.items())}); {in_bytes / 1e6:.1f} MB of text"),
        ("empty text / empty gold", f"{sum(not r['text'].strip() for r in records)} / "
                                    f"{sum(not r['gold'].strip() for r in records)} inputs"),
        ("selection", f"limit={args.limit} views={args.views or 'all'} ids-file={args.ids_file}"),
        ("systems", ", ".join(systems) + (f"  (boilerkill FAILED: {boilerkill_failure})" if boilerkill_failure else "")),
        ("boilerkill options", repr(bk) if bk else "defaults"),
        ("justext stoplist", args.justext_language),
        ("jobs", str(args.jobs)),
        ("date / python", f"{datetime.datetime.now().isoformat(timespec='seconds')} / "
                          f"{platform.python_version()} on {platform.machine()}"),
    ]
    if mk:
        out.append("\n".join(f"- {k}: `{v}`" for k, v in meta))
    else:
        w = max(len(k) for k, _ in meta)
        out.append("\n".join(f"{k.ljust(w)} : {v}" for k, v in meta))
    print("\n".join(out), flush=True)

    # big pages first so the pool does not end on one long straggler
    order = sorted(range(len(records)), key=lambda i: -len(records[i]["text"]))
    tasks = [(i, records[i]["text"], records[i]["gold"]) for i in order]
    # Pages are scored in the workers; the parent only files the scores.
    boards = {s: Scoreboard() for s in systems}
    secs = {s: 0.0 for s in systems}
    chars = {s: 0 for s in systems}
    errors: Dict[str, list] = {s: [] for s in systems}
    langs: Counter = Counter()
    per_page = {}
    t_pool = time.perf_counter()
    initargs = (systems, bk, args.justext_language)
    if args.jobs <= 1:
        _init_worker(*initargs)
        results = map(_score_page, tasks)
        pool = None
    else:
        ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        pool = ctx.Pool(args.jobs, initializer=_init_worker, initargs=initargs)
        results = pool.imap_unordered(_score_page, tasks, chunksize=4)
    try:
        for idx, res in results:
            rec = records[idx]
            groups = groups_of(rec)
            for s, (sec, triple, wf1, nchars, extra, err) in res.items():
                boards[s].add_scores(groups, triple, wf1)
                secs[s] += sec
                chars[s] += nchars
                if err:
                    errors[s].append((rec["id"], rec["view"], err))
                if s == "justext" and extra:
                    langs[extra] += 1
            if args.json:
                per_page[f"{rec['id']}/{rec['view']}"] = {
                    s: {"shingle": list(v[1]), "word_f1": v[2], "chars": v[3]} for s, v in res.items()
                }
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    t_pool = time.perf_counter() - t_pool

    group_names = order_groups(records)
    table = {s: {g: boards[s].result(g) for g in group_names} for s in systems}

    def metric_rows(key, fmt="{:.3f}"):
        rows = []
        for g in group_names:
            rows.append([g, str(table[systems[0]][g]["pages"])] + [fmt.format(table[s][g][key]) for s in systems])
        return rows

    header = ["group", "inputs"] + systems
    blocks = []
    blocks.append(section("Shingle F1 (4-token shingles; F1 of the page-averaged P and R)",
                          render_table(header, metric_rows("shingle_f1"), mk), mk))
    blocks.append(section("Word F1 (bag of lowercased words; mean of per-page F1)",
                          render_table(header, metric_rows("word_f1"), mk), mk))
    pr_rows = []
    for g in group_names:
        pr_rows.append([g, str(table[systems[0]][g]["pages"])]
                       + [f"{table[s][g]['shingle_p']:.3f} / {table[s][g]['shingle_r']:.3f}" for s in systems])
    blocks.append(section("Shingle precision / recall", render_table(header, pr_rows, mk), mk))

    t_rows = []
    for s in systems:
        t = secs[s]
        t_rows.append([
            s,
            f"{t:.1f}",
            f"{in_bytes / 1e6 / t:.2f}" if t > 0 else "inf",
            f"{len(records) / t:.0f}" if t > 0 else "inf",
            f"{100.0 * chars[s] / in_chars:.1f}" if in_chars else "-",
            str(len(errors[s])),
        ])
    blocks.append(section(
        "Time (sum of per-page CPU seconds in the workers, i.e. one core) and output size",
        render_table(["system", "seconds", "MB/s", "inputs/s", "kept chars %", "errors"], t_rows, mk), mk))
    blocks.append("\n(an input is one view of one page; every table scores the same inputs for every system)\n")
    print("".join(blocks))
    for s in systems:
        if errors[s]:
            pid, view, msg = errors[s][0]
            print(f"{s}: {len(errors[s])} inputs raised (scored as empty output); first: {pid}/{view}: {msg}")
    if langs:
        print("jusText stoplists used: " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    wall = time.perf_counter() - t_start
    load = f"; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs" if hasattr(os, "getloadavg") else ""
    print(f"wall time {wall:.1f} s ({t_pool:.1f} s scoring with {args.jobs} jobs{load})")

    if args.json:
        doc = {
            "corpus": os.path.abspath(args.corpus),
            "sha256": digest,
            "args": vars(args),
            "systems": systems,
            "boilerkill_options": bk,
            "boilerkill_failure": boilerkill_failure,
            "inputs": len(records),
            "input_bytes": in_bytes,
            "results": table,
            "seconds": secs,
            "output_chars": chars,
            "input_chars": in_chars,
            "errors": {s: errors[s] for s in systems},
            "justext_stoplists": dict(langs),
            "wall_seconds": wall,
            "per_page": per_page,
        }
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1)
        print(f"wrote {args.json}")
    return 1 if boilerkill_failure else 0


if __name__ == "__main__":
    sys.exit(main())
