"""The ``boilerkill`` command: a filter that keeps the article lines of scraped page text.

Usage::

    boilerkill [OPTIONS] [FILE ...]

Formats (no FILE, or ``-``, reads stdin; ``.gz``/``.zst`` names or gzip/zstd magic bytes are
decompressed on the fly):

* default: each FILE is one page. Its cleaned text is written followed by a newline (nothing
  at all for a page with no kept line), pages in the order given. ``--explain`` writes a TSV
  with one row per input line instead.
* ``--jsonl``: one JSON object per line; the string field ``--text-field`` (default ``text``)
  is cleaned, every other field is kept (re-serialised compactly by Python's json), one
  record out per record in. ``--stats`` adds the per-document counts under ``--stats-key``.
* ``--pages``: many pages in one stream separated by ``--page-separator`` (default form
  feed); each cleaned page is written followed by the separator, so pages out == pages in.
* ``--wet``: Common Crawl WET (WARC conversion records), read with warcio; written as JSONL
  (``url``, ``id``, ``date``, text) or, with ``--wet-output wet``, as WET records again.

Input is read a line, page or record at a time (a single page is read whole); ``--jobs N``
cleans in N processes with output identical to ``--jobs 1`` and at most 2N batches of about
1 MB in flight.

Behaviour worth knowing:

* Errors (missing or unreadable file, corrupt gzip or zstd, undecodable bytes under
  ``--encoding-errors strict``, a bad JSONL record under ``--on-error fail``, a bad
  ``--model``) print one ``boilerkill: ...`` line on stderr and exit 1. Output before the
  failing document has been written to stdout, but ``-o OUT`` is left untouched.
* Invalid UTF-8 is replaced by U+FFFD and counted on stderr (per file, at the end).
* A document of which 10% or more of the characters are NUL, other control characters or
  undecodable bytes is binary data: it comes out empty (an empty page; a JSONL record with
  an empty text and ``"boilerkill": {"binary": true}``, or ``binary: true`` in ``--stats``),
  and is counted on stderr.
* A page of more than 20,000 lines (a real page has a few thousand at most) is cleaned in
  consecutive parts of 20,000 lines, each judged as a page, so that memory stays bounded
  (the analysis holds about 2.5 KB a line, however short); such pages are counted on stderr.
* Bad JSONL records (not JSON, not an object, missing or non-string text field, empty line,
  longer than ``--max-record-bytes``) follow ``--on-error``: ``fail`` (exit 1 naming file,
  line and reason), ``skip`` (left out) or ``keep`` (the line is written unchanged); skip
  and keep report the counts on stderr at the end.
* ``-o OUT`` writes to a temporary file next to OUT and renames it over OUT on success, so
  OUT is never half-written, and ``boilerkill page.txt -o page.txt`` cleans in place.
* When the reader of stdout goes away (``boilerkill big.txt | head -1``) the command stops
  quietly with exit status 0, like a filter whose remaining output nobody wants.
* Ctrl-C exits with status 130, SIGTERM with 143, without a traceback.
* A progress line (documents/s, MB/s, share of characters kept) is drawn on stderr when it is
  a terminal, unless ``--quiet``.

Exit status: 0 success, 1 bad input or model, 2 usage error, 130 interrupted, 143 terminated.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import signal
import sys
import tempfile
import time
from contextlib import closing
from typing import Any, BinaryIO, Dict, Iterable, Iterator, List, Optional, Tuple

from . import __version__
from .errors import BoilerkillError, InputError
from .options import Options
from .pipeline import MAX_PAGE_LINES, Cleaner
from .stream import (MAX_RECORD_BYTES, Local, Spec, abandoned_pools, batched, cpu_count,
                     ordered_map, read_jsonl_units, read_page_units, read_pages_units,
                     read_wet_units)

PROG = "boilerkill"
STDIN_NAME = "<stdin>"

_DESCRIPTION = """\
Clean scraped page text: keep the article lines, drop the site chrome (menus,
share buttons, cookie prompts, footers). Each FILE is one page, a block per
line; or a stream of JSONL records (--jsonl), of pages (--pages) or WET records
(--wet). No FILE or '-' reads stdin. gzip and zstd input is decompressed; input
is UTF-8."""

_EPILOG = """\
examples:
  boilerkill page.txt                     clean one page to stdout
  curl -s URL | html2text | boilerkill    clean a page read from stdin
  boilerkill a.txt b.txt.gz -o out.txt    clean two pages into out.txt (written atomically)
  boilerkill --explain page.txt           per-line TSV: decision, score, reason, line
  boilerkill --threshold 0.7 page.txt     keep less (higher threshold drops more)
  boilerkill --jsonl --stats corpus.jsonl.zst -o clean.jsonl
                                          clean the "text" field of every record, all cores
  boilerkill --wet CC-MAIN-...warc.wet.gz -o pages.jsonl
                                          WET records to JSONL (url, id, date, text)
  boilerkill --pages --jobs 2 pages.txt   pages separated by form feeds, two processes

exit status: 0 ok, 1 bad input or model, 2 usage error, 130 interrupted, 143 terminated.
"""


# --------------------------------------------------------------------------- arguments


def _threshold(value: str) -> float:
    try:
        t = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if math.isnan(t) or not 0.0 <= t <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {value!r}")
    return t


def _int_at_least(low: int):
    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
        if n < low:
            raise argparse.ArgumentTypeError(f"must be at least {low}, got {value!r}")
        return n
    return parse


_max_line_chars = _int_at_least(16)


def _separator(value: str) -> bytes:
    # Backslash escapes, so that a shell user can write --page-separator '\f' or '\n\n\n'.
    if "\\" in value:
        try:
            value = value.encode("latin-1", "backslashreplace").decode("unicode_escape")
        except UnicodeDecodeError as e:
            raise argparse.ArgumentTypeError(f"bad escape in {value!r}: {e.reason}") from None
    if not value:
        raise argparse.ArgumentTypeError("must not be empty")
    return value.encode("utf-8", "surrogatepass")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``boilerkill`` command."""
    defaults = Options()
    p = argparse.ArgumentParser(
        prog=PROG,
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="input file ('-' or none: stdin)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="write to OUT (atomically: temp file + rename) instead of stdout")
    fmt = p.add_argument_group("input formats (default: each FILE is one page)")
    one = fmt.add_mutually_exclusive_group()
    one.add_argument("--jsonl", action="store_true",
                     help="JSON Lines: clean the text field of each record, keep the others")
    one.add_argument("--pages", action="store_true",
                     help="many pages per stream, split by --page-separator")
    one.add_argument("--wet", action="store_true",
                     help="Common Crawl WET (WARC conversion records; needs warcio)")
    fmt.add_argument("--text-field", default="text", metavar="NAME",
                     help="JSONL field holding the page text (default %(default)s); with "
                          "--wet, the output field")
    fmt.add_argument("--stats", action="store_true",
                     help="JSON output: add per-document line and character counts")
    fmt.add_argument("--stats-key", default="boilerkill", metavar="KEY",
                     help="field of the --stats counts (default %(default)s)")
    fmt.add_argument("--page-separator", type=_separator, default=None, metavar="SEP",
                     help="page separator for --pages, backslash escapes allowed "
                          "(default '\\f', form feed); implies --pages")
    fmt.add_argument("--wet-output", choices=("jsonl", "wet"), default="jsonl",
                     help="--wet output: JSONL with url, id, date and text (default), or WET")
    fmt.add_argument("--on-error", choices=("fail", "skip", "keep"), default="fail",
                     help="a bad JSONL record: exit 1 naming it (default), leave it out, "
                          "or write it unchanged")
    fmt.add_argument("--max-record-bytes", type=_int_at_least(1), default=MAX_RECORD_BYTES,
                     metavar="N", help="a longer JSONL record is a bad record "
                                       "(default %(default)s)")
    p.add_argument("-j", "--jobs", type=_int_at_least(0), default=None, metavar="N",
                   help="clean in N processes, same output as 1 (0: all CPUs; default 1 "
                        "for pages, all CPUs for --jsonl, --pages and --wet)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress line on a terminal's stderr")
    p.add_argument("--explain", action="store_true",
                   help="write a TSV (decision, score, reason, line; plus a leading file "
                        "column with several FILEs) with one row per input line")
    p.add_argument("--threshold", type=_threshold, default=defaults.threshold, metavar="T",
                   help="keep a line when its score is at least T, 0..1 (default %(default)s)")
    p.add_argument("--no-context", dest="context", action="store_false",
                   help="score each line alone, without its neighbours and section markers")
    p.add_argument("--no-rules", dest="rules", action="store_false",
                   help="skip the named hand rules (share buttons, cookie prompts, ...)")
    p.add_argument("--no-headline", dest="headline", action="store_false",
                   help="do not keep the article's headline unless the model itself does")
    p.add_argument("--no-fix-unicode", dest="fix_unicode", action="store_false",
                   help="do not repair mojibake with ftfy")
    p.add_argument("--model", metavar="PATH", default=None,
                   help="model JSON to use instead of the shipped one")
    p.add_argument("--max-line-chars", type=_max_line_chars, default=defaults.max_line_chars,
                   metavar="N", help="analyse only the first N characters of a line "
                                     "(default %(default)s; the whole line is still output)")
    p.add_argument("--encoding-errors", choices=("replace", "strict"), default="replace",
                   help="invalid UTF-8: replace with U+FFFD and report the count (default), "
                        "or fail with exit status 1 naming the byte offset")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return p


def _format(args: argparse.Namespace) -> str:
    if args.jsonl:
        return "jsonl"
    if args.wet:
        return "wet"
    if args.pages or args.page_separator is not None:
        return "pages"
    return "page"


def _check_args(parser: argparse.ArgumentParser, args: argparse.Namespace, fmt: str) -> None:
    if args.page_separator is not None and fmt != "pages":
        parser.error("--page-separator goes with --pages, not --jsonl or --wet")
    if args.explain and fmt != "page":
        parser.error("--explain works on single pages (the default format) only")
    if args.stats and not (fmt == "jsonl" or (fmt == "wet" and args.wet_output == "jsonl")):
        parser.error("--stats needs JSON output: --jsonl, or --wet with --wet-output jsonl")


# --------------------------------------------------------------------------- running


def _display_name(arg: str) -> str:
    return STDIN_NAME if arg == "-" else arg


def _units(args: argparse.Namespace, fmt: str, files: List[str]) -> Iterator[Tuple[str, Iterable[Any]]]:
    for arg in files:
        name = _display_name(arg)
        if fmt == "page":
            yield name, read_page_units(arg, name)
        elif fmt == "pages":
            yield name, read_pages_units(arg, name, args.page_separator or b"\f")
        elif fmt == "jsonl":
            yield name, read_jsonl_units(arg, name, args.max_record_bytes, args.on_error)
        else:
            yield name, read_wet_units(arg, name)


class Tally:
    """Counts per input file, reported on stderr at the end; and the totals for progress."""

    def __init__(self) -> None:
        self.per_file: Dict[str, Dict[str, int]] = {}
        self.total: Dict[str, int] = {}

    def add(self, name: str, counts: Dict[str, int]) -> None:
        mine = self.per_file.setdefault(name, {})
        for k, v in counts.items():
            mine[k] = mine.get(k, 0) + v
            self.total[k] = self.total.get(k, 0) + v

    def messages(self, on_error: str, fmt: str, wet_output: str) -> List[str]:
        out = []
        for name, c in self.per_file.items():
            if c.get("replaced"):
                out.append(f"{name}: {c['replaced']} invalid UTF-8 bytes replaced")
            if c.get("binary"):
                out.append(f"{name}: {c['binary']} binary document{'s' if c['binary'] > 1 else ''} "
                           f"(10% or more NUL, control or undecodable characters) output empty")
            if c.get("split"):
                out.append(f"{name}: {c['split']} page{'s' if c['split'] > 1 else ''} of more "
                           f"than {MAX_PAGE_LINES:,} lines cleaned in parts of {MAX_PAGE_LINES:,} "
                           f"lines, each judged as a page")
            errors = sorted((k[4:], v) for k, v in c.items() if k.startswith("err:"))
            if errors and on_error != "fail":
                n = sum(v for _, v in errors)
                what = "kept unchanged" if on_error == "keep" else "skipped"
                out.append(f"{name}: {n} bad record{'s' if n > 1 else ''} {what}: "
                           + ", ".join(f"{v} {k}" for k, v in errors))
            if c.get("warc_warnings"):
                out.append(f"{name}: {c['warc_warnings']} WARC records not followed by a blank "
                           f"line (a wrong Content-Length?)")
            if fmt == "wet" and wet_output == "jsonl" and c.get("other_records"):
                out.append(f"{name}: {c['other_records']} WARC records other than conversion "
                           f"(warcinfo, ...) not written")
        return out


class Progress:
    """A progress line on stderr, redrawn at most twice a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.start = self.last = time.monotonic()
        self.drawn = False

    def update(self, total: Dict[str, int], final: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not final and now - self.last < 0.5:
            return
        self.last = now
        secs = max(now - self.start, 1e-9)
        docs, nbytes = total.get("docs", 0), total.get("bytes", 0)
        chars = total.get("chars_total", 0)
        kept = 100.0 * total.get("chars_kept", 0) / chars if chars else 0.0
        line = (f"{PROG}: {docs:,} docs, {nbytes / 1e6:,.1f} MB, {docs / secs:,.1f} docs/s, "
                f"{nbytes / 1e6 / secs:,.2f} MB/s, {kept:.1f}% kept")
        try:
            sys.stderr.write("\r" + line + "\x1b[K" + ("\n" if final else ""))
            sys.stderr.flush()
            self.drawn = not final
        except (OSError, ValueError):
            self.enabled = False

    def close(self) -> None:
        if self.enabled and self.drawn:
            try:
                sys.stderr.write("\n")
                sys.stderr.flush()
            except (OSError, ValueError):
                pass
            self.drawn = False


def _run(args: argparse.Namespace, spec: Spec, fmt: str, jobs: int, out: BinaryIO) -> None:
    files: List[str] = args.files or ["-"]
    if args.explain:
        header = ("file\t" if spec.file_column else "") + "decision\tscore\treason\tline\n"
        out.write(header.encode("utf-8"))
    tally = Tally()
    progress = Progress(not args.quiet and _isatty(sys.stderr))
    results = ordered_map(spec, batched(_units(args, fmt, files)), jobs)
    fatal = None
    try:
        with closing(results):
            for r in results:
                if isinstance(r, Local):
                    name, counts, fatal = r.name, r.counts, r.fatal
                    if isinstance(r.out, bytes):
                        out.write(r.out)
                    elif r.out is not None:
                        with r.out:
                            shutil.copyfileobj(r.out, out, 1 << 20)
                else:
                    name, chunks, counts, fatal = r
                    for chunk in chunks:
                        if isinstance(chunk, str):
                            for k in range(0, len(chunk), 1 << 20):
                                out.write(chunk[k:k + (1 << 20)].encode("utf-8"))
                        else:
                            out.write(chunk)
                    del chunks, r
                tally.add(name, counts)
                if fatal is not None:
                    break
                progress.update(tally.total)
        out.flush()
        if fatal is None:
            progress.update(tally.total, final=True)  # the totals, and the line ends
    finally:
        progress.close()  # ends a line left drawn by an error or an interrupt
    for message in tally.messages(args.on_error, fmt, args.wet_output):
        _warn(message)
    if fatal is not None:
        raise InputError(fatal)


def _isatty(stream: Any) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _run_to_file(args: argparse.Namespace, spec: Spec, fmt: str, jobs: int, path: str) -> None:
    """Write to a temp file beside ``path``, then rename it over ``path``; on failure remove it."""
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    except OSError as e:
        raise InputError(f"{path}: cannot write: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            _run(args, spec, fmt, jobs, f)
            f.flush()
            os.fsync(f.fileno())
        try:
            mode = os.stat(path).st_mode & 0o7777
        except OSError:
            mode = _new_file_mode()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as e:
        raise InputError(f"{path}: cannot write: {e.strerror or e}") from None
    finally:
        if os.path.exists(tmp):
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _warn(message: str) -> None:
    try:
        sys.stderr.write(f"{PROG}: {message}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that the same clean-up runs (temp file, workers)."""


def _on_sigterm(signum, frame) -> None:
    raise _Terminated()


# --------------------------------------------------------------------------- main


def main(argv: Optional[Iterable[str]] = None) -> int:
    """Run the command with ``argv`` (default ``sys.argv[1:]``); return the exit status.

    Run as the command (``argv`` None) after an interrupt, an error or a closed pipe with
    ``--jobs`` workers still finishing their batch, the process ends at once with
    ``os._exit`` (its output and temporary file are already dealt with) instead of waiting.
    """
    rc = _main(argv)
    if argv is None and abandoned_pools():
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(rc)
    return rc


def _main(argv: Optional[Iterable[str]]) -> int:
    parser = build_parser()
    args = parser.parse_args(None if argv is None else list(argv))
    fmt = _format(args)
    _check_args(parser, args, fmt)
    try:
        options = Options(
            threshold=args.threshold,
            context=args.context,
            rules=args.rules,
            headline=args.headline,
            fix_unicode=args.fix_unicode,
            model_path=args.model,
            max_line_chars=args.max_line_chars,
        )
    except ValueError as e:
        parser.error(str(e))  # exits 2
    files = args.files or ["-"]
    spec = Spec(fmt, options, encoding_errors=args.encoding_errors, text_field=args.text_field,
                stats_key=args.stats_key if args.stats else None, on_error=args.on_error,
                explain=args.explain, file_column=len(files) > 1,
                separator=args.page_separator or b"\f", wet_output=args.wet_output)
    if args.jobs is None:
        jobs = 1 if fmt == "page" else cpu_count()
    else:
        jobs = args.jobs or cpu_count()
    previous = None
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except (ValueError, OSError):  # not the main thread
        pass
    try:
        Cleaner(options)  # a bad model fails here, before any input is read
        if args.output and args.output != "-":
            _run_to_file(args, spec, fmt, jobs, args.output)
        else:
            _run(args, spec, fmt, jobs, sys.stdout.buffer)
    except BrokenPipeError:
        # The reader went away (`boilerkill big.txt | head -1`). Point stdout at /dev/null so
        # the interpreter's final flush does not print "Exception ignored ... BrokenPipeError",
        # and end quietly with success: nobody wants the rest of the output.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
    except _Terminated:
        return 143
    except KeyboardInterrupt:
        return 130
    except BoilerkillError as e:
        _warn(str(e))
        return getattr(e, "exit_code", 1)
    finally:
        if previous is not None:
            try:
                signal.signal(signal.SIGTERM, previous)
            except (ValueError, OSError):
                pass
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
