"""Readers and writers of page streams, and a parallel map that keeps the input order.

Formats (the command line's ``--jsonl``, ``--pages`` and ``--wet``; see :mod:`boilerkill.cli`):

* one page per file (the default);
* JSONL, one document per line, its text in a string field;
* many plain pages in one stream, split by a separator (form feed by default);
* Common Crawl WET files: WARC ``conversion`` records whose payload is a page's plain text,
  read with warcio.

Every input is a byte stream, decompressed on the fly when it is gzip or zstd (by name or by
magic bytes), and read a line, a page or a record at a time: memory is bounded by the largest
document, not by the input. The main process reads and writes; the cleaning itself, with JSON
parsing and serialising, runs in :class:`Worker` objects, either inline or one per process of
a pool (:func:`ordered_map`). Documents travel in batches of about a megabyte so that the
cost of moving them between processes stays small next to cleaning them, and at most
``2 x jobs`` batches are in flight, so memory does not grow with the input.

The output is a pure function of each document and the options: batching and the number of
processes never change a byte of it.

The Python streaming API is :func:`clean_pages` and :func:`clean_records`.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import dataclasses
import gzip
import hashlib
import io
import json
import os
import re
import signal
import sys
import tempfile
import threading
from typing import (IO, Any, BinaryIO, Callable, Deque, Dict, Iterable, Iterator, List,
                    Optional, Tuple, Union)

from .errors import BoilerkillError, InputError, WorkerError
from .normalize import fold_line, split_lines
from .options import Options
from .pipeline import Cleaner, DocStats

__all__ = [
    "BINARY_SHARE",
    "MAX_RECORD_BYTES",
    "Local",
    "Spec",
    "Worker",
    "batched",
    "clean_pages",
    "clean_records",
    "cpu_count",
    "decode",
    "is_binary",
    "open_input",
    "ordered_map",
    "read_jsonl_units",
    "read_page_units",
    "read_pages_units",
    "read_wet_units",
    "abandoned_pools",
]

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
UTF8_BOM = b"\xef\xbb\xbf"

#: A document is binary when at least this share of its characters are NUL or other control
#: characters (not tab, line ends or form feed) or U+FFFD (undecodable bytes): text scraped
#: from a page has next to none, an image, a PDF or UTF-16 read as UTF-8 has many.
BINARY_SHARE = 0.10

#: A batch is sent to a worker once it holds this many bytes of input or this many documents.
BATCH_BYTES = 1 << 20
BATCH_DOCS = 512

#: Default limit of one JSONL record (``--max-record-bytes``).
MAX_RECORD_BYTES = 64 << 20

_READ_CHUNK = 1 << 20


# --------------------------------------------------------------------------- input


def cpu_count() -> int:
    """The number of CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _compression(name: str, head: bytes) -> Optional[str]:
    lower = name.lower()
    if head.startswith(GZIP_MAGIC) or (lower.endswith(".gz") and head):
        return "gzip"
    if head.startswith(ZSTD_MAGIC) or (lower.endswith((".zst", ".zstd")) and head):
        return "zstd"
    return None


class _Guarded(io.RawIOBase):
    """A raw stream over a decompressor that turns its many error types into InputError."""

    def __init__(self, inner: Any, name: str, kind: str) -> None:
        super().__init__()
        self._inner, self._name, self._kind = inner, name, kind

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        try:
            # Small reads: when the stream turns out corrupt, all that came before it is
            # still delivered (a 1 MB read would lose up to 1 MB before the error).
            data = self._inner.read(min(len(b), 1 << 16))
        except Exception as e:  # gzip: OSError, EOFError, zlib.error; zstd: ZstdError
            raise InputError(f"{self._name}: bad {self._kind} data: {e}") from None
        n = len(data)
        b[:n] = data
        return n

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            super().close()


def open_input(arg: str, name: str) -> BinaryIO:
    """Open ``arg`` (a path, or ``-`` for stdin) as a buffered binary stream, decompressing
    gzip or zstd inferred from the name (``.gz``, ``.zst``) or the magic bytes.

    Raises:
        InputError: the file cannot be opened, or zstd input without the zstandard package.
    """
    try:
        f: BinaryIO = sys.stdin.buffer if arg == "-" else open(arg, "rb")  # noqa: SIM115
    except OSError as e:
        raise InputError(f"{name}: {e.strerror or e}") from None
    try:
        # peek() returns what one read gives; that is the whole magic for any real stream.
        head = f.peek(4)[:4]  # type: ignore[attr-defined]
    except OSError as e:
        raise InputError(f"{name}: {e.strerror or e}") from None
    kind = _compression("" if arg == "-" else arg, head)
    if kind is None:
        return f
    if kind == "gzip":
        inner: Any = gzip.GzipFile(fileobj=f, mode="rb")
    else:
        try:
            import zstandard
        except ImportError:
            raise InputError(f"{name}: zstd input needs the zstandard package "
                             f"(pip install 'boilerkill[zstd]')") from None
        inner = _ZstdReader(f, zstandard, name)
    return io.BufferedReader(_Guarded(inner, name, kind), _READ_CHUNK)


class _ZstdReader:
    """Decompress concatenated zstd frames from ``f``; a truncated last frame is an error.

    zstandard's own stream reader ends quietly at a truncated frame, which would lose the
    end of the input without a word; a decompressobj says whether its frame ended. The input
    goes in small pieces because one piece of input can stand for a great deal of output
    (a zstd block of 128 KB of one byte takes 4 bytes): 1 KB in is at most about 32 MB out.
    """

    _PIECE = 1024

    def __init__(self, f: BinaryIO, zstandard: Any, name: str) -> None:
        self._f, self._z, self._name = f, zstandard, name
        self._obj: Any = None
        self._pending = b""
        self._ppos = 0
        self._out = b""
        self._pos = 0

    def read(self, n: int) -> bytes:
        while self._pos >= len(self._out):
            if self._ppos >= len(self._pending):
                self._pending, self._ppos = self._f.read(64 * self._PIECE), 0
                if not self._pending:
                    if self._obj is not None:
                        raise InputError(f"{self._name}: bad zstd data: truncated frame")
                    return b""
            if self._obj is None:
                self._obj = self._z.ZstdDecompressor().decompressobj()
            piece = self._pending[self._ppos:self._ppos + self._PIECE]
            self._ppos += len(piece)
            self._out, self._pos = self._obj.decompress(piece), 0
            if self._obj.eof:
                # The frame ended inside this piece: the rest belongs to the next frame.
                self._pending = self._obj.unused_data + self._pending[self._ppos:]
                self._ppos = 0
                self._obj = None
        chunk = self._out[self._pos:self._pos + n]
        self._pos += len(chunk)
        return chunk

    def close(self) -> None:
        self._f.close()


def _read(f: BinaryIO, name: str, *args) -> bytes:
    try:
        return f.read(*args)
    except OSError as e:
        raise InputError(f"{name}: {e.strerror or e}") from None


def _readline(f: BinaryIO, name: str, limit: int) -> bytes:
    try:
        return f.readline(limit)
    except OSError as e:
        raise InputError(f"{name}: {e.strerror or e}") from None


@dataclasses.dataclass
class Local:
    """A unit of the stream resolved in the main process, in its place in the order.

    ``out`` is bytes to write, or a file whose content is copied out (a huge record kept
    unchanged); ``counts`` are added to the run's counts; ``fatal`` stops the run there.
    """

    name: str
    out: Union[bytes, IO[bytes], None] = None
    counts: Dict[str, int] = dataclasses.field(default_factory=dict)
    fatal: Optional[str] = None


# A batch of documents of one file: (name, [item, ...]); the items depend on the format.
Batch = Tuple[str, List[Any]]


def read_page_units(arg: str, name: str) -> Iterator[Tuple[str, bytes]]:
    """The one page of ``arg`` as (name, bytes)."""
    f = open_input(arg, name)
    try:
        # Yielded without a local name, so that no frame here keeps a huge page alive.
        yield name, _read(f, name)
    finally:
        if arg != "-":
            f.close()


def read_pages_units(arg: str, name: str, sep: bytes) -> Iterator[Tuple[int, bytes]]:
    """The pages of a stream split on ``sep`` as (page number, bytes); a final separator
    ends the last page rather than opening an empty one."""
    f = open_input(arg, name)
    try:
        buf = bytearray()
        number = 0
        first = True
        while True:
            chunk = _read(f, name, _READ_CHUNK)
            start = max(0, len(buf) - len(sep) + 1)
            buf += chunk
            if first and len(buf) >= 3 or not chunk:
                if first and buf.startswith(UTF8_BOM):
                    del buf[:3]
                    start = 0
                first = False
            while True:
                i = buf.find(sep, start)
                if i < 0:
                    break
                number += 1
                yield number, bytes(buf[:i])
                del buf[:i + len(sep)]
                start = 0
            if not chunk:
                break
        if buf:
            number += 1
            yield number, bytes(buf)
    finally:
        if arg != "-":
            f.close()


def read_jsonl_units(arg: str, name: str, max_bytes: int,
                     on_error: str) -> Iterator[Union[Tuple[int, int, bytes], Local]]:
    """The lines of a JSONL stream as (line number, byte offset, bytes with their newline).

    A line longer than ``max_bytes`` is never held whole: under ``on_error`` ``fail`` it
    stops the run, under ``skip`` it is read past, under ``keep`` it is copied to a spooled
    temporary file (on disk past 8 MB) and comes out unchanged in its place.
    """
    f = open_input(arg, name)
    try:
        lineno = offset = 0
        while True:
            line = _readline(f, name, max_bytes + 1)
            if not line:
                break
            lineno += 1
            start = offset
            offset += len(line)
            if lineno == 1 and line.startswith(UTF8_BOM):
                line = line[3:]
                start += 3
            if line.endswith(b"\n") or len(line) <= max_bytes:  # (or the last line)
                # With its newline (JSON ignores it; no copy to cut it off), and out of a
                # box, so that this frame does not hold a huge line while it is cleaned.
                box = [line]
                del line
                yield lineno, start, box.pop()
                continue
            reason = f"record over {max_bytes} bytes (--max-record-bytes)"
            if on_error == "fail":
                yield Local(name, fatal=f"{name}:{lineno}: {reason}")
                return
            spool: Optional[IO[bytes]] = None
            if on_error == "keep":
                spool = tempfile.SpooledTemporaryFile(max_size=8 << 20)
                spool.write(line)
            while not line.endswith(b"\n"):
                line = _readline(f, name, _READ_CHUNK)
                if not line:
                    break
                offset += len(line)
                if spool is not None:
                    spool.write(line)
            if spool is not None:
                if not line.endswith(b"\n"):
                    spool.write(b"\n")
                spool.seek(0)
            yield Local(name, out=spool, counts={"docs": 1, "err:record too large": 1})
    finally:
        if arg != "-":
            f.close()


def read_wet_units(arg: str, name: str) -> Iterator[Tuple[int, str, List[Tuple[str, str]], bytes]]:
    """The records of a WARC/WET stream as (record number, WARC-Type, headers, payload)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise InputError(f"{name}: --wet needs the warcio package "
                         f"(pip install 'boilerkill[wet]')") from None
    f = open_input(arg, name)
    try:
        number = 0
        records = iter(ArchiveIterator(f, arc2warc=False))
        sink = io.StringIO()
        while True:
            try:
                # warcio writes its warnings (a record not followed by a blank line: a wrong
                # Content-Length) straight to sys.stderr: catch them and count them instead.
                with contextlib.redirect_stderr(sink):
                    rec = next(records)
            except StopIteration:
                break
            except BoilerkillError:
                raise
            except Exception as e:  # warcio raises many types on malformed archives
                raise InputError(f"{name}: bad WARC data after record {number}: {e}") from None
            number += 1
            try:
                payload = rec.content_stream().read()
                headers = list(rec.rec_headers.headers)
                protocol = rec.rec_headers.protocol or "WARC/1.0"
            except BoilerkillError:
                raise
            except Exception as e:
                raise InputError(f"{name}: bad WARC record {number}: {e}") from None
            if sink.tell():
                sink.seek(0)
                sink.truncate()
                yield Local(name, counts={"warc_warnings": 1})
            yield number, protocol, headers, payload
    finally:
        if arg != "-":
            f.close()


def batched(files: Iterable[Tuple[str, Iterable[Any]]]) -> Iterator[Union[Batch, Local]]:
    """Group the documents of each (name, units) into batches of about :data:`BATCH_BYTES`.

    A batch never spans two files (messages number lines per file), and a :class:`Local`
    closes the batch being filled so that it keeps its place in the order.
    """
    for name, units in files:
        items: List[Any] = []
        size = 0
        try:
            for u in units:
                if isinstance(u, Local):
                    if items:
                        yield name, items
                        items, size = [], 0
                    yield u
                    continue
                items.append(u)
                size += _size(u)
                u = None  # the batch holds the only reference: the worker can free a huge page
                if size >= BATCH_BYTES or len(items) >= BATCH_DOCS:
                    yield name, items
                    items, size = [], 0
        except InputError as e:
            # A read error (a missing file, corrupt gzip) takes its place in the order: the
            # documents read before it are still cleaned and written first.
            if items:
                yield name, items
            yield Local(name, fatal=str(e))
            return
        if items:
            yield name, items


# --------------------------------------------------------------------------- decoding


def decode(data: bytes, errors: str = "replace") -> Tuple[str, int, Optional[int]]:
    """Decode UTF-8 ``data``: (text, bytes replaced, offset of the first invalid byte).

    With ``errors="replace"`` each invalid byte becomes one U+FFFD and the offset is None.
    With ``errors="strict"`` invalid data gives ``("", 0, offset)``.
    """
    try:
        return data.decode("utf-8"), 0, None
    except UnicodeDecodeError as e:
        if errors == "strict":
            return "", 0, e.start
    # surrogateescape maps each undecodable byte to one code point U+DC80..U+DCFF, which
    # valid UTF-8 can never produce: replace them and count them in one pass.
    text, replaced = _ESCAPED_BYTE.subn("\ufffd", data.decode("utf-8", "surrogateescape"))
    return text, replaced, None


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_CONTROL_BYTES = bytes(c for c in range(32) if c not in b"\t\n\x0b\x0c\r") + b"\x7f"


def binary_chars(text: str) -> int:
    """How many characters of ``text`` are NUL or other controls or U+FFFD."""
    n = text.count("\ufffd")
    step = _READ_CHUNK
    for i in range(0, len(text), step):
        chunk = text[i:i + step]
        if chunk.isascii() or not chunk.isprintable():
            b = chunk.encode("utf-8", "surrogatepass")
            n += len(b) - len(b.translate(None, _CONTROL_BYTES))
    return n


def is_binary(text: str) -> bool:
    """True when :data:`BINARY_SHARE` or more of ``text``'s characters are NUL, other control
    characters or U+FFFD: the document is binary data, not page text."""
    return bool(text) and binary_chars(text) >= BINARY_SHARE * len(text)


def strip_final_terminator(text: str) -> str:
    """Drop one trailing line end so that "a\\nb\\n" is two lines, not two plus an empty one."""
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith(("\n", "\r")):
        return text[:-1]
    return text


# --------------------------------------------------------------------------- the worker


@dataclasses.dataclass(frozen=True)
class Spec:
    """What a :class:`Worker` does to each document; picklable, sent once to each process.

    Attributes:
        kind: ``page``, ``pages``, ``jsonl``, ``wet`` (the command line's formats, bytes in,
            bytes out) or ``texts``, ``records`` (the Python API, objects in and out).
        options: the cleaner's options.
        encoding_errors: ``replace`` or ``strict``.
        text_field: the JSONL field (or, for WET to JSONL, the output field) of the text.
        stats_key: where per-document counts go in a JSON record; None for none.
        on_error: ``fail``, ``skip`` or ``keep`` for a bad JSONL record or Python record.
        explain: the page format writes the ``--explain`` TSV instead.
        file_column: with ``explain``, prefix each row with the page's name.
        separator: the page separator written after each page (``pages``).
        wet_output: ``jsonl`` or ``wet``.
    """

    kind: str
    options: Options = Options()
    encoding_errors: str = "replace"
    text_field: str = "text"
    stats_key: Optional[str] = None
    on_error: str = "fail"
    explain: bool = False
    file_column: bool = False
    separator: bytes = b"\f"
    wet_output: str = "jsonl"


#: What a worker returns for a batch: (name, outputs, counts, fatal message or None).
Result = Tuple[str, List[Any], Dict[str, int], Optional[str]]


def _dumps(record: Dict[str, Any]) -> bytes:
    return _json_bytes(json.dumps(record, ensure_ascii=False, separators=(",", ":")))


def _json_bytes(text: str) -> bytes:
    # A lone surrogate (from a "\ud800" escape in the input) has no UTF-8 form; it can only
    # stand inside a JSON string, where backslashreplace writes it as the same JSON escape.
    return text.encode("utf-8", "backslashreplace")


def _json_type(v: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean",
            type(None): "null"}.get(type(v), "number")


def _tsv_field(s: str) -> str:
    return s.replace("\t", " ").replace("\r", " ").replace("\n", " ")


class _Slot(list):
    """The place of a deferred document's output parts in a batch's output list."""

    __slots__ = ()


#: A deferred document: its place in the output, its text, and what turns its cleaned text
#: and stats into output parts.
_Pending = Tuple[_Slot, str, Callable[[str, Optional[Dict[str, Any]]], List[Any]]]


class Worker:
    """Cleans batches of documents for one :class:`Spec`; built once per process.

    A batch is read first (decoded, parsed) and then cleaned in one
    :meth:`~boilerkill.Cleaner.clean_many_with_stats` call, which pays numpy's fixed costs once
    for many pages; each document's output parts are then put back in its place.
    """

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.cleaner = Cleaner(spec.options)
        self._pending: List[_Pending] = []

    # ---- one document

    def _binary(self, text: str, counts: Dict[str, int]) -> Optional[Tuple[str, Dict[str, Any]]]:
        counts["docs"] = counts.get("docs", 0) + 1
        if not is_binary(text):
            return None
        counts["binary"] = counts.get("binary", 0) + 1
        counts["chars_total"] = counts.get("chars_total", 0) + len(text)
        stats = DocStats(0, 0, 0, len(text)).as_dict()
        stats["binary"] = True
        return "", stats

    @staticmethod
    def _cleaned(result: Tuple[str, DocStats], counts: Dict[str, int]
                 ) -> Tuple[str, Dict[str, Any]]:
        cleaned, st = result
        counts["chars_kept"] = counts.get("chars_kept", 0) + st.chars_kept
        counts["chars_total"] = counts.get("chars_total", 0) + st.chars_kept + st.chars_dropped
        stats: Dict[str, Any] = st.as_dict()
        stats["binary"] = False
        return cleaned, stats

    def _defer(self, text: str, counts: Dict[str, int], out: List[Any],
               finish: Callable[[str, Optional[Dict[str, Any]]], List[Any]]) -> None:
        # Queue a document for the batch's one cleaning call; ``finish(cleaned, stats)`` gives
        # its output parts, which go where the document was in the input.
        done = self._binary(text, counts)
        if done is not None:
            out.extend(finish(*done))
            return
        slot = _Slot()
        out.append(slot)
        self._pending.append((slot, text, finish))

    def _flush(self, counts: Dict[str, int]) -> None:
        pending, self._pending = self._pending, []
        if not pending:
            return
        before = self.cleaner.pages_split
        results = self.cleaner.clean_many_with_stats([text for _, text, _ in pending])
        self._count_split(before, counts)
        for (slot, _, finish), result in zip(pending, results):
            slot.extend(finish(*self._cleaned(result, counts)))

    def _count_split(self, before: int, counts: Dict[str, int]) -> None:
        # Pages of more than MAX_PAGE_LINES lines cleaned in parts since ``before`` (the
        # cleaner's count then), for the report on stderr.
        if self.cleaner.pages_split > before:
            counts["split"] = counts.get("split", 0) + self.cleaner.pages_split - before

    def _flag(self, record: Dict[str, Any], stats: Optional[Dict[str, Any]]) -> None:
        if self.spec.stats_key is not None:
            record[self.spec.stats_key] = stats
        elif stats and stats.get("binary"):
            # Without --stats a binary document still says why its text is empty.
            record["boilerkill"] = {"binary": True}

    def _decode(self, data: bytes, counts: Dict[str, int]) -> Tuple[str, Optional[int]]:
        text, replaced, bad = decode(data, self.spec.encoding_errors)
        if replaced:
            counts["replaced"] = counts.get("replaced", 0) + replaced
        return text, bad

    # ---- one batch

    def __call__(self, batch: Batch) -> Result:
        name, items = batch
        counts: Dict[str, int] = {}
        out: List[Any] = []
        fatal = None
        kind = self.spec.kind
        handler = getattr(self, "_" + kind)
        try:
            for i in range(len(items)):
                counts["bytes"] = counts.get("bytes", 0) + _size(items[i])
                # The handler takes the item out of the list, so that a huge page is freed as
                # soon as it is decoded: no frame but the handler's holds it.
                fatal = handler(name, items, i, out, counts)
                if fatal is not None:
                    break
            # The documents read before a fatal error are still cleaned and written.
            self._flush(counts)
        finally:
            self._pending = []
        if any(isinstance(x, _Slot) for x in out):
            out = [part for x in out for part in (x if isinstance(x, _Slot) else (x,))]
        return name, out, counts, fatal

    def _page(self, name: str, items: List[Any], i: int, out: List[Any], counts) -> Optional[str]:
        item, items[i] = items[i], None
        _, data = item
        del item
        start = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
        if start:
            data = data[start:]
        text, bad = self._decode(data, counts)
        del data
        if bad is not None:
            return f"{name}: invalid UTF-8 at byte {start + bad}"
        text = strip_final_terminator(text)
        if self.spec.explain:
            # surrogateescape: a file name that is not valid UTF-8 (the file column) round-trips.
            out.append(self._explain(name, text, counts).encode("utf-8", "surrogateescape"))
            return None
        # A str, encoded by the writer a slice at a time: a 100 MB page is not copied whole.
        self._defer(text, counts, out, _page_parts)
        return None

    def _explain(self, name: str, text: str, counts: Dict[str, int]) -> str:
        prefix = _tsv_field(name) + "\t" if self.spec.file_column else ""
        counts["docs"] = counts.get("docs", 0) + 1
        if is_binary(text):
            counts["binary"] = counts.get("binary", 0) + 1
            return "".join(f"{prefix}drop\t0.000\tbinary\t{_tsv_field(fold_line(s))}\n"
                           for s in split_lines(text))
        before = self.cleaner.pages_split
        decisions = self.cleaner.classify(text)
        self._count_split(before, counts)
        return "".join(
            f"{prefix}{'keep' if d.keep else 'drop'}\t{float(d.score):.3f}\t"
            f"{_tsv_field(str(d.reason))}\t{_tsv_field(d.line)}\n"
            for d in decisions)

    def _pages(self, name: str, items: List[Any], i: int, out: List[Any], counts) -> Optional[str]:
        item, items[i] = items[i], None
        number, data = item
        text, bad = self._decode(data, counts)
        if bad is not None:
            return f"{name}: page {number}: invalid UTF-8 at byte {bad} of the page"
        sep = self.spec.separator
        self._defer(strip_final_terminator(text), counts, out,
                    lambda cleaned, _: [cleaned.encode("utf-8") + b"\n" + sep if cleaned else sep])
        return None

    def _jsonl(self, name: str, items: List[Any], i: int, out: List[Any], counts) -> Optional[str]:
        item, items[i] = items[i], None
        lineno, offset, line = item
        del item
        text, bad = self._decode(line, counts)
        if bad is not None:
            return f"{name}:{lineno}: invalid UTF-8 at byte {offset + bad}"
        if self.spec.on_error != "keep":
            line = b""  # only "keep" writes the original bytes: let a huge record go
        record, reason = self._parse(text)
        del text  # a huge record is held twice at a time at most, not five times
        if reason is not None:
            key = "err:" + reason.split(" (")[0]
            counts["docs"] = counts.get("docs", 0) + 1
            counts[key] = counts.get(key, 0) + 1
            if self.spec.on_error == "fail":
                return f"{name}:{lineno}: {reason}"
            if self.spec.on_error == "keep":
                out.append(line if line.endswith(b"\n") else line + b"\n")
            return None
        del line
        field = self.spec.text_field
        text, record[field] = record[field], None
        self._defer(strip_final_terminator(text), counts, out,
                    lambda cleaned, stats: self._record_parts(record, cleaned, stats))
        return None

    def _record_parts(self, record: Dict[str, Any], cleaned: str,
                      stats: Optional[Dict[str, Any]]) -> List[bytes]:
        record[self.spec.text_field] = cleaned
        del cleaned
        self._flag(record, stats)
        js = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        record.clear()  # a huge record's text is held once more at most, in ``js``
        return [_json_bytes(js), b"\n"]

    def _parse(self, text: str) -> Tuple[Optional[Dict[str, Any]], Optional[str]]:
        if not text.strip():
            return None, "empty line"
        try:
            # strict=False: some scrapers write raw tabs and control characters in strings.
            record = json.loads(text, strict=False)
        except (ValueError, RecursionError) as e:
            msg = str(e) if not isinstance(e, RecursionError) else "nested too deeply"
            return None, f"not JSON ({msg[:100]})"
        if not isinstance(record, dict):
            return None, f"not a JSON object ({_json_type(record)})"
        field = self.spec.text_field
        if field not in record:
            return None, f"no {json.dumps(field)} field"
        if not isinstance(record[field], str):
            return None, f"{json.dumps(field)} is not a string ({_json_type(record[field])})"
        return record, None

    def _wet(self, name: str, items: List[Any], i: int, out: List[Any], counts) -> Optional[str]:
        item, items[i] = items[i], None
        number, protocol, headers, payload = item
        rtype = next((v for k, v in headers if k.lower() == "warc-type"), "")
        if rtype != "conversion":
            counts["other_records"] = counts.get("other_records", 0) + 1
            if self.spec.wet_output == "wet":
                out.append(_warc_record(protocol, headers, payload))
            return None
        text, bad = self._decode(payload, counts)
        if bad is not None:
            return f"{name}: record {number}: invalid UTF-8 at byte {bad} of its payload"
        self._defer(strip_final_terminator(text), counts, out,
                    lambda cleaned, stats: [self._wet_part(protocol, headers, cleaned, stats)])
        return None

    def _wet_part(self, protocol: str, headers: List[Tuple[str, str]], cleaned: str,
                  stats: Optional[Dict[str, Any]]) -> bytes:
        if self.spec.wet_output == "wet":
            body = cleaned.encode("utf-8") + b"\n" if cleaned else b""
            return _warc_record(protocol, headers, body)
        get = {k.lower(): v for k, v in headers}.get
        record = {"url": get("warc-target-uri"), "id": get("warc-record-id"),
                  "date": get("warc-date"), self.spec.text_field: cleaned}
        self._flag(record, stats)
        return _dumps(record) + b"\n"

    def _texts(self, name: str, items: List[Any], i: int, out: List[Any], counts) -> Optional[str]:
        item, items[i] = items[i], None
        self._defer(item, counts, out, lambda cleaned, _: [cleaned])
        return None

    def _records(self, name: str, items: List[Any], i: int, out: List[Any], counts) -> Optional[str]:
        item, items[i] = items[i], None
        number, record = item
        field = self.spec.text_field
        if not isinstance(record, dict):
            reason = f"not a dict ({type(record).__name__})"
        elif field not in record:
            reason = f"no {field!r} field"
        elif not isinstance(record[field], str):
            reason = f"{field!r} is not a str ({type(record[field]).__name__})"
        else:
            self._defer(record[field], counts, out,
                        lambda cleaned, stats: [self._copy_parts(record, cleaned, stats)])
            return None
        if self.spec.on_error == "fail":
            return f"record {number}: {reason}"
        if self.spec.on_error == "keep":
            out.append(record)
        return None

    def _copy_parts(self, record: Dict[str, Any], cleaned: str,
                    stats: Optional[Dict[str, Any]]) -> Dict[str, Any]:
        # A copy: the caller's record is not modified.
        record = dict(record)
        record[self.spec.text_field] = cleaned
        if self.spec.stats_key is not None:
            record[self.spec.stats_key] = stats
        elif stats and stats.get("binary"):
            record["boilerkill"] = {"binary": True}
        return record


def _page_parts(cleaned: str, _: Optional[Dict[str, Any]]) -> List[Any]:
    return [cleaned, b"\n"] if cleaned else []


def _size(item: Any) -> int:
    if isinstance(item, str):
        return len(item)
    if isinstance(item, tuple):
        last = item[-1]
        return len(last) if isinstance(last, (bytes, str)) else 0
    return 0


def _warc_record(protocol: str, headers: List[Tuple[str, str]], payload: bytes) -> bytes:
    digest = "sha1:" + base64.b32encode(hashlib.sha1(payload).digest()).decode("ascii")
    lines = [protocol]
    for k, v in headers:
        low = k.lower()
        if low == "content-length":
            v = str(len(payload))
        elif low == "warc-block-digest":
            v = digest  # the payload changed: a stale digest would make the record look corrupt
        lines.append(f"{k}: {v}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogateescape")
    return head + payload + b"\r\n\r\n"


# --------------------------------------------------------------------------- parallel map

_WORKER: Optional[Worker] = None


def _watch_parent(parent: int) -> None:
    # A worker whose main process was killed (SIGKILL, OOM) would wait for work forever.
    import time
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _init_worker(spec: Spec, parent: int) -> None:
    global _WORKER
    # Ctrl-C reaches the whole process group; the main process handles it and stops the
    # workers, which must not print a KeyboardInterrupt traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    _WORKER = Worker(spec)


def _run_batch(batch: Batch) -> Result:
    assert _WORKER is not None
    return _WORKER(batch)


def _mp_context():
    import multiprocessing  # not at import time: it loads pickle, which `import boilerkill` must not
    # fork: workers start at once with boilerkill already imported and need no importable
    # __main__. The main process has no threads of its own when the pool starts.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def ordered_map(spec: Spec, units: Iterable[Union[Batch, Local]], jobs: int = 1) -> Iterator[Union[Result, Local]]:
    """Run each batch of ``units`` through a :class:`Worker` for ``spec``; yield the results
    in the order of ``units``, :class:`Local` units passed through in their place.

    With ``jobs`` > 1 the batches run in a pool of ``jobs`` processes, each building its
    Worker once; at most ``2 x jobs`` units are in flight and ``units`` is consumed only
    as results are taken, so memory stays bounded. The results are the same as with one job.

    Raises:
        WorkerError: a worker process died.
    """
    if jobs <= 1:
        worker = Worker(spec)
        for u in units:
            yield u if isinstance(u, Local) else worker(u)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(jobs, mp_context=_mp_context(), initializer=_init_worker,
                               initargs=(spec, os.getpid()))
    pending: Deque[Any] = collections.deque()
    window = 2 * jobs
    done = False
    try:
        it = iter(units)
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                try:
                    u = next(it)
                except StopIteration:
                    exhausted = True
                    break
                pending.append(u if isinstance(u, Local) else pool.submit(_run_batch, u))
                u = None
            if not pending:
                break
            head = pending.popleft()
            try:
                yield head if isinstance(head, Local) else head.result()
            except BrokenProcessPool:
                raise WorkerError("a worker process died (killed, or out of memory?)") from None
        done = True
    finally:
        _stop(pool, pending, graceful=done)


_abandoned = 0


def abandoned_pools() -> int:
    """How many pools were left to wind down in the background (interrupt, error, closed pipe).

    Their workers finish the batch in hand and exit; a process that wants to end at once
    (the command line) can ``os._exit`` instead of waiting for them.
    """
    return _abandoned


def _stop(pool: Any, pending: Deque[Any], graceful: bool) -> None:
    global _abandoned
    if graceful:
        pool.shutdown(wait=True)
        return
    # Interrupted, failed or abandoned (a closed pipe): queue nothing more and do not wait.
    # The workers are not terminated: killing one while it writes a result, or while the
    # pool's feeder thread writes it a batch, leaves a half message in a pipe and hangs the
    # interpreter's exit on it. They finish the batch in hand and exit, or exit within a
    # second of this process (see _watch_parent).
    for fut in pending:
        if not isinstance(fut, Local):
            fut.cancel()
    pool.shutdown(wait=False, cancel_futures=True)
    _abandoned += 1


# --------------------------------------------------------------------------- Python API


def _api_units(kind: str, items: Iterable[Any]) -> Iterator[Batch]:
    batch: List[Any] = []
    size = 0
    for n, x in enumerate(items, 1):
        if kind == "texts":
            if not isinstance(x, str):
                raise TypeError(f"page {n}: expected str, got {type(x).__name__}")
            batch.append(x)
            size += len(x)
        else:
            batch.append((n, x))
            v = x.get("text") if isinstance(x, dict) else None
            size += len(v) if isinstance(v, str) else 0
        if size >= BATCH_BYTES or len(batch) >= BATCH_DOCS:
            yield "<records>", batch
            batch, size = [], 0
    if batch:
        yield "<records>", batch


def _api_run(spec: Spec, items: Iterable[Any], jobs: int) -> Iterator[Any]:
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs!r}")
    Cleaner(spec.options)  # a bad model fails here, before any input is read
    if jobs == 1:
        # In this process, a batch at a time: at most one batch (BATCH_DOCS documents or
        # BATCH_BYTES of text) is read ahead of what the caller takes.
        worker = Worker(spec)
        for batch in _api_units(spec.kind, items):
            _, out, _, fatal = worker(batch)
            batch = None
            if fatal is not None:
                raise InputError(fatal)
            yield from out
        return
    gen = ordered_map(spec, _api_units(spec.kind, items), jobs)
    try:
        for r in gen:
            _, out, _, fatal = r  # type: ignore[misc]
            yield from out
            if fatal is not None:
                raise InputError(fatal)
    finally:
        gen.close()


def clean_pages(pages: Iterable[str], options: Optional[Options] = None, jobs: int = 1,
                **overrides) -> Iterator[str]:
    """Yield the cleaned text of each page of ``pages`` (str), lazily and in order.

    The same text as :meth:`Cleaner.clean` gives, except that a binary page (see
    :func:`is_binary`) gives ``""``. ``jobs`` > 1 cleans in that many processes, reading a few
    batches ahead of what has been yielded; ``jobs=1`` reads one page per page yielded.

    Raises:
        TypeError: an item is not a str.
        ModelError: the options name a bad model file.
    """
    opts = options or Options()
    if overrides:
        opts = opts.replace(**overrides)
    return _api_run(Spec("texts", opts), pages, jobs)


def clean_records(records: Iterable[Dict[str, Any]], field: str = "text",
                  options: Optional[Options] = None, jobs: int = 1,
                  stats_key: Optional[str] = None, on_error: str = "fail",
                  **overrides) -> Iterator[Dict[str, Any]]:
    """Yield each record of ``records`` with its ``field`` cleaned, lazily and in order.

    Each yielded record is a new dict (the input is not modified) with the other fields as
    they were. With ``stats_key`` the record also gets that key holding the
    :class:`DocStats` counts and ``binary``. A binary text becomes ``""`` and the record gets
    ``{"boilerkill": {"binary": true}}`` (or ``binary: True`` under ``stats_key``).

    A record that is not a dict, or whose ``field`` is missing or not a str, follows
    ``on_error``: ``fail`` raises :class:`InputError` naming its number (1-based), ``skip``
    leaves it out, ``keep`` yields it unchanged.
    """
    if on_error not in ("fail", "skip", "keep"):
        raise ValueError(f"on_error must be fail, skip or keep, got {on_error!r}")
    opts = options or Options()
    if overrides:
        opts = opts.replace(**overrides)
    return _api_run(Spec("records", opts, text_field=field, stats_key=stats_key,
                         on_error=on_error), records, jobs)
