"""The ``boilerkill`` command: a filter that keeps the article lines of scraped page text.

Usage::

    boilerkill [OPTIONS] [FILE ...]

Each FILE is one page (no FILE, or ``-``, reads one page from stdin). Files ending in ``.gz``
or starting with the gzip magic bytes are decompressed. Input is read as bytes and decoded as
UTF-8 (a leading BOM is dropped); a single final line terminator is not counted as an extra
empty line. For each page the cleaned text is written followed by a newline (nothing at all
for a page with no kept line), pages in the order given, as UTF-8 whatever the locale.
``--explain`` writes a TSV with one row per input line instead.

Behaviour worth knowing:

* Errors (missing or unreadable file, corrupt gzip, undecodable bytes under
  ``--encoding-errors strict``, a bad ``--model``) print one ``boilerkill: ...`` line on
  stderr and exit 1. Processing stops at the first failing FILE: pages before it have
  already been written to stdout, but ``-o OUT`` is left untouched.
* ``-o OUT`` writes to a temporary file next to OUT and renames it over OUT on success, so
  OUT is never half-written, and ``boilerkill page.txt -o page.txt`` cleans in place.
* When the reader of stdout goes away (``boilerkill big.txt | head -1``) the command stops
  quietly with exit status 0, like a filter whose remaining output nobody wants.
* Ctrl-C exits with status 130 without a traceback.

Exit status: 0 success, 1 bad input or model, 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import gzip
import math
import os
import re
import sys
import tempfile
import zlib
from typing import BinaryIO, Iterable, List, Optional, Tuple

from . import __version__
from .errors import BoilerkillError, InputError
from .options import Options
from .pipeline import Cleaner

PROG = "boilerkill"
STDIN_NAME = "<stdin>"

_GZIP_MAGIC = b"\x1f\x8b"
_UTF8_BOM = b"\xef\xbb\xbf"
# decode(..., "surrogateescape") turns each undecodable byte into one of these code points;
# valid UTF-8 can never produce them (encoded surrogates are themselves invalid UTF-8).
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")

_DESCRIPTION = """\
Clean scraped page text: keep the article lines, drop the site chrome (menus,
share buttons, cookie prompts, footers). Each FILE is one page, a block per
line; no FILE or '-' reads stdin. .gz input is decompressed; input is UTF-8."""

_EPILOG = """\
examples:
  boilerkill page.txt                     clean one page to stdout
  curl -s URL | html2text | boilerkill    clean a page read from stdin
  boilerkill a.txt b.txt.gz -o out.txt    clean two pages into out.txt (written atomically)
  boilerkill --explain page.txt           per-line TSV: decision, score, reason, line
  boilerkill --threshold 0.7 page.txt     keep less (higher threshold drops more)

exit status: 0 ok, 1 bad input or model, 2 usage error, 130 interrupted.
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


def _max_line_chars(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
    if n < 16:
        raise argparse.ArgumentTypeError(f"must be at least 16, got {value!r}")
    return n


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
    p.add_argument("files", nargs="*", metavar="FILE", help="page text file ('-' or none: stdin)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="write to OUT (atomically: temp file + rename) instead of stdout")
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
                        "or fail with exit status 1")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return p


# --------------------------------------------------------------------------- input


def _display_name(arg: str) -> str:
    return STDIN_NAME if arg == "-" else arg


def read_page_bytes(arg: str) -> bytes:
    """The raw bytes of one page, gunzipped when named ``*.gz`` or gzip-compressed."""
    name = _display_name(arg)
    try:
        if arg == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(arg, "rb") as f:
                data = f.read()
    except OSError as e:
        raise InputError(f"{name}: {e.strerror or e}") from None
    if data[:2] == _GZIP_MAGIC or (arg != "-" and arg.lower().endswith(".gz") and data):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as e:
            raise InputError(f"{name}: bad gzip data: {e}") from None
    return data


def decode_page(data: bytes, name: str, errors: str = "replace") -> Tuple[str, int]:
    """Decode UTF-8 ``data`` (dropping a BOM); return the text and the number of bytes replaced.

    With ``errors="replace"`` each invalid byte becomes one U+FFFD. With ``errors="strict"``
    an :class:`InputError` names the offset of the first invalid byte in ``data``.
    """
    start = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    if errors == "strict":
        try:
            return data[start:].decode("utf-8"), 0
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: invalid UTF-8 at byte {start + e.start}") from None
    text = data[start:].decode("utf-8", "surrogateescape")
    replaced = 0
    if _ESCAPED_BYTE.search(text):
        text, replaced = _ESCAPED_BYTE.subn("\ufffd", text)
    return text, replaced


def _strip_final_terminator(text: str) -> str:
    """Drop one trailing line terminator so "a\\nb\\n" is two lines, not two plus an empty one."""
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith(("\n", "\r")):
        return text[:-1]
    return text


# --------------------------------------------------------------------------- output


def _tsv_field(s: str) -> str:
    return s.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def render_page(cleaner: Cleaner, text: str, explain: bool, file_col: Optional[str]) -> str:
    """The output text of one page."""
    if not explain:
        cleaned = cleaner.clean(text)
        return cleaned + "\n" if cleaned else ""
    prefix = _tsv_field(file_col) + "\t" if file_col is not None else ""
    rows = []
    for d in cleaner.classify(text):
        rows.append(
            f"{prefix}{'keep' if d.keep else 'drop'}\t{float(d.score):.3f}\t"
            f"{_tsv_field(str(d.reason))}\t{_tsv_field(d.line)}\n"
        )
    return "".join(rows)


def _encode(s: str) -> bytes:
    # Decoded text never holds lone surrogates; surrogateescape only lets file names that
    # were not valid in the file system encoding (in the --explain file column) round-trip.
    return s.encode("utf-8", "surrogateescape")


def _run(args: argparse.Namespace, cleaner: Cleaner, out: BinaryIO) -> None:
    files: List[str] = args.files or ["-"]
    several = len(files) > 1
    if args.explain:
        header = ("file\t" if several else "") + "decision\tscore\treason\tline\n"
        out.write(_encode(header))
    for arg in files:
        name = _display_name(arg)
        data = read_page_bytes(arg)
        text, replaced = decode_page(data, name, args.encoding_errors)
        if replaced:
            _warn(f"{name}: {replaced} invalid UTF-8 bytes replaced")
        text = _strip_final_terminator(text)
        out.write(_encode(render_page(cleaner, text, args.explain, arg if several else None)))
    out.flush()


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _run_to_file(args: argparse.Namespace, cleaner: Cleaner, path: str) -> None:
    """Write to a temp file beside ``path``, then rename it over ``path``; on failure remove it."""
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    except OSError as e:
        raise InputError(f"{path}: cannot write: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            _run(args, cleaner, f)
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


# --------------------------------------------------------------------------- main


def main(argv: Optional[Iterable[str]] = None) -> int:
    """Run the command with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(None if argv is None else list(argv))
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
    try:
        cleaner = Cleaner(options)
        if args.output and args.output != "-":
            _run_to_file(args, cleaner, args.output)
        else:
            _run(args, cleaner, sys.stdout.buffer)
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
    except KeyboardInterrupt:
        return 130
    except BoilerkillError as e:
        _warn(str(e))
        return getattr(e, "exit_code", 1)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
