"""Tests of the streaming formats (JSONL, page streams, WET), ``--jobs`` and the streaming API.

The CLI runs in a subprocess (as in test_cli.py). What the model keeps is never asserted;
what is asserted is that each document comes out in its place, cleaned exactly as
``Cleaner.clean`` cleans it alone, whatever the format, compression or number of processes.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

import boilerkill
from boilerkill import Cleaner
from boilerkill.stream import BATCH_DOCS

from test_cli import assert_clean_stderr, run

PAGES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
PAGE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(PAGES_DIR.glob("*.txt"))]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def expected(cleaner, text):
    return cleaner.clean(text)


def write_jsonl(path, records):
    path.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8"))
    return path


def read_jsonl(data: bytes):
    text = data.decode("utf-8")
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def corpus_records(n=40):
    # Every fixture page, repeated with a twist so that the stream spans several batches.
    out = []
    for i in range(n):
        text = PAGE_TEXTS[i % len(PAGE_TEXTS)]
        out.append({"id": f"doc-{i}", "meta": {"n": i, "tags": ["a", "b"]}, "text": text,
                    "score": i / 7})
    return out


# --------------------------------------------------------------------------- JSONL


def test_jsonl_cleans_text_and_keeps_other_fields(tmp_path, cleaner):
    records = corpus_records(20)
    path = write_jsonl(tmp_path / "in.jsonl", records)
    r = run("--jsonl", "--jobs", "1", path)
    assert r.returncode == 0, r.stderr
    assert_clean_stderr(r.stderr)
    out = read_jsonl(r.stdout)
    assert len(out) == len(records)
    for rec, got in zip(records, out):
        assert list(got) == list(rec)  # same keys, same order
        assert {k: v for k, v in got.items() if k != "text"} == {k: v for k, v in rec.items() if k != "text"}
        assert got["text"] == expected(cleaner, rec["text"])


def test_jsonl_stats_and_custom_field(tmp_path, cleaner):
    records = [{"body": t, "n": i} for i, t in enumerate(PAGE_TEXTS[:4])]
    path = write_jsonl(tmp_path / "in.jsonl", records)
    r = run("--jsonl", "--text-field", "body", "--stats", "--stats-key", "bk", path)
    assert r.returncode == 0, r.stderr
    out = read_jsonl(r.stdout)
    for rec, got in zip(records, out):
        text, stats = cleaner.clean_with_stats(rec["body"])
        assert got["body"] == text
        assert got["bk"] == dict(stats.as_dict(), binary=False)
        assert got["n"] == rec["n"]


@pytest.mark.parametrize("how", ["gz-name", "gz-magic", "zst-name", "zst-magic", "stdin-gz", "stdin-zst"])
def test_jsonl_compressed_equals_plain(tmp_path, how):
    import zstandard
    records = corpus_records(6)
    plain = write_jsonl(tmp_path / "in.jsonl", records)
    data = plain.read_bytes()
    packed = gzip.compress(data) if "gz" in how else zstandard.ZstdCompressor().compress(data)
    want = run("--jsonl", plain)
    assert want.returncode == 0
    if how.startswith("stdin"):
        r = run("--jsonl", input=packed)
    else:
        name = {"gz-name": "in.jsonl.gz", "zst-name": "in.jsonl.zst"}.get(how, "in.bin")
        (tmp_path / name).write_bytes(packed)
        r = run("--jsonl", tmp_path / name)
    assert r.returncode == 0, r.stderr
    assert r.stdout == want.stdout


def test_corrupt_zstd_exits_1(tmp_path):
    import zstandard
    bad = tmp_path / "bad.jsonl.zst"
    bad.write_bytes(zstandard.ZstdCompressor().compress(b'{"text": "a"}\n' * 1000)[:-20] + b"\x00" * 7)
    r = run("--jsonl", bad)
    assert r.returncode == 1
    assert r.stderr.startswith(b"boilerkill: ")
    assert_clean_stderr(r.stderr)


# --------------------------------------------------------------------------- page streams


def test_pages_one_output_page_per_input_page(tmp_path, cleaner):
    pages = PAGE_TEXTS[:5] + ["", "only one line"]
    path = tmp_path / "pages.txt"
    path.write_bytes("\f".join(pages).encode("utf-8"))
    r = run("--pages", path)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode("utf-8")
    assert out.count("\f") == len(pages)
    parts = out.split("\f")[:-1]
    for page, got in zip(pages, parts):
        want = expected(cleaner, page)
        assert got == (want + "\n" if want else "")


def test_pages_custom_separator_with_escapes(tmp_path):
    pages = PAGE_TEXTS[:3]
    path = tmp_path / "pages.txt"
    path.write_bytes("\n=====\n".join(pages).encode("utf-8") + b"\n=====\n")
    r = run("--page-separator", "\\n=====\\n", path)
    assert r.returncode == 0, r.stderr
    # Pages out == pages in: the separator ends each output page.
    assert r.stdout.count(b"\n=====\n") == 3
    assert r.stdout.endswith(b"\n=====\n")


# --------------------------------------------------------------------------- WET


def wet_record(rtype, payload, rid, uri="http://example.com/"):
    head = (f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
            f"WARC-Block-Digest: sha1:AAAA\r\nContent-Type: text/plain\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n").encode("utf-8")
    return head + payload + b"\r\n\r\n"


@pytest.fixture
def wet_file(tmp_path):
    records = [wet_record("warcinfo", b"software: test\r\n", "info")]
    records += [wet_record("conversion", t.encode("utf-8"), f"r{i}", f"http://example.com/{i}")
                for i, t in enumerate(PAGE_TEXTS[:6])]
    path = tmp_path / "test.warc.wet.gz"
    path.write_bytes(b"".join(gzip.compress(r) for r in records))  # a gzip member per record
    return path


def test_wet_to_jsonl(wet_file, cleaner):
    r = run("--wet", "--stats", wet_file)
    assert r.returncode == 0, r.stderr
    assert_clean_stderr(r.stderr)
    out = read_jsonl(r.stdout)
    assert [o["id"] for o in out] == [f"<urn:uuid:r{i}>" for i in range(6)]
    for i, o in enumerate(out):
        assert o["url"] == f"http://example.com/{i}"
        assert o["date"] == "2024-05-01T10:00:00Z"
        assert o["text"] == expected(cleaner, PAGE_TEXTS[i])
        assert o["boilerkill"]["binary"] is False
    assert b"1 WARC records other than conversion" in r.stderr


def test_wet_to_wet_is_valid_warc(wet_file, cleaner):
    from warcio.archiveiterator import ArchiveIterator
    r = run("--wet", "--wet-output", "wet", wet_file)
    assert r.returncode == 0, r.stderr
    recs = []
    for rec in ArchiveIterator(io.BytesIO(r.stdout)):
        payload = rec.content_stream().read()
        assert int(rec.rec_headers.get_header("Content-Length")) == len(payload)
        recs.append((rec.rec_type, rec.rec_headers.get_header("WARC-Record-ID"), payload))
    assert [t for t, _, _ in recs] == ["warcinfo"] + ["conversion"] * 6
    assert recs[0][2] == b"software: test\r\n"
    for i, (_, rid, payload) in enumerate(recs[1:]):
        want = expected(cleaner, PAGE_TEXTS[i])
        assert payload == (want.encode("utf-8") + b"\n" if want else b"")
    # and the output reads back as input
    again = run("--wet", input=r.stdout)
    assert again.returncode == 0, again.stderr


def test_not_a_warc_exits_1(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE_TEXTS[0].encode("utf-8"))
    r = run("--wet", path)
    assert r.returncode == 1
    assert r.stderr.startswith(f"boilerkill: {path}: ".encode())
    assert_clean_stderr(r.stderr)
    assert b"WARNING" not in r.stderr


# --------------------------------------------------------------------------- --jobs


def test_jobs_give_identical_bytes(tmp_path, wet_file):
    records = corpus_records(BATCH_DOCS // 8)
    records += [{"text": "x" * 10, "id": i} for i in range(BATCH_DOCS + 50)]  # many small docs
    path = write_jsonl(tmp_path / "in.jsonl", records)
    pages = tmp_path / "pages.txt"
    pages.write_bytes("\f".join(PAGE_TEXTS * 3).encode("utf-8"))
    cases = [["--jsonl", "--stats", path], ["--pages", pages],
             [*(PAGES_DIR / f"{n}.txt" for n in ("blog-en", "news-ja", "news-ru"))]]
    cases.append(["--wet", wet_file])
    for args in cases:
        one = run("--jobs", "1", *args)
        two = run("--jobs", "2", *args)
        again = run("--jobs", "2", *args)
        assert one.returncode == two.returncode == again.returncode == 0, two.stderr
        assert one.stdout == two.stdout == again.stdout
        assert len(one.stdout) > 0


@pytest.mark.parametrize("args", [["--explain", "--jsonl"], ["--stats"], ["--stats", "--pages"],
                                  ["--jsonl", "--page-separator", "x"], ["--jsonl", "--wet"],
                                  ["--jobs", "-1"], ["--on-error", "ignore"]])
def test_stream_usage_errors_exit_2(args, tmp_path):
    r = run(*args, input=b"")
    assert r.returncode == 2
    assert b"usage:" in r.stderr
    assert_clean_stderr(r.stderr)


# --------------------------------------------------------------------------- progress


def _run_with_tty_stderr(args, data):
    master, slave = pty.openpty()
    try:
        p = subprocess.Popen([sys.executable, "-m", "boilerkill", *map(str, args)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=slave)
        os.close(slave)
        out, _ = p.communicate(data, timeout=120)
        chunks = []
        while True:
            try:
                b = os.read(master, 65536)
            except OSError:
                break
            if not b:
                break
            chunks.append(b)
        return p.returncode, out, b"".join(chunks)
    finally:
        os.close(master)


def test_progress_only_on_a_terminal(tmp_path):
    data = write_jsonl(tmp_path / "in.jsonl", corpus_records(4)).read_bytes()
    rc, out, err = _run_with_tty_stderr(["--jsonl"], data)
    assert rc == 0
    assert b"docs/s" in err and b"MB/s" in err and b"kept" in err
    rc, out2, err = _run_with_tty_stderr(["--jsonl", "--quiet"], data)
    assert rc == 0 and out2 == out
    assert err == b""
    r = run("--jsonl", input=data)  # stderr is a pipe: silent
    assert r.stderr == b""


# --------------------------------------------------------------------------- Python API


def test_clean_pages_equals_clean(cleaner):
    pages = PAGE_TEXTS * 2
    want = [cleaner.clean(p) for p in pages]
    assert list(boilerkill.clean_pages(pages)) == want
    assert list(boilerkill.clean_pages(iter(pages), jobs=2)) == want


def test_clean_pages_is_lazy():
    taken = []

    def endless():
        for i in itertools.count():
            taken.append(i)
            yield f"Line {i} of a page that never ends.\nShare this"

    gen = boilerkill.clean_pages(endless())
    next(gen)
    assert len(taken) <= BATCH_DOCS + 1  # one batch read ahead at most
    gen.close()
    taken.clear()
    gen = boilerkill.clean_pages(endless(), jobs=2)
    first = [next(gen) for _ in range(3)]
    assert len(first) == 3
    assert len(taken) <= 4 * BATCH_DOCS + 1  # bounded read-ahead: 2 x jobs batches
    gen.close()


def test_clean_records_keeps_fields_and_input(cleaner):
    records = [{"id": i, "text": t, "extra": [i]} for i, t in enumerate(PAGE_TEXTS[:5])]
    snapshot = json.dumps(records)
    for jobs in (1, 2):
        out = list(boilerkill.clean_records(iter(records), jobs=jobs, stats_key="s"))
        assert json.dumps(records) == snapshot  # the input is not modified
        for rec, got in zip(records, out):
            text, stats = cleaner.clean_with_stats(rec["text"])
            assert got["text"] == text and got["id"] == rec["id"] and got["extra"] == rec["extra"]
            assert got["s"] == dict(stats.as_dict(), binary=False)


def test_clean_records_on_error():
    records = [{"text": "a"}, {"id": 1}, "not a dict", {"text": 3}, {"text": "b"}]
    with pytest.raises(boilerkill.InputError, match="record 2: no 'text' field"):
        list(boilerkill.clean_records(records))
    kept = list(boilerkill.clean_records(records, on_error="keep"))
    assert len(kept) == 5 and kept[1] == {"id": 1} and kept[2] == "not a dict"
    skipped = list(boilerkill.clean_records(records, on_error="skip", jobs=2))
    assert len(skipped) == 2
    with pytest.raises(ValueError):
        boilerkill.clean_records(records, on_error="ignore")


def test_clean_pages_rejects_non_str():
    with pytest.raises(TypeError, match="page 2"):
        list(boilerkill.clean_pages(["ok", b"bytes"]))


def test_read_error_keeps_its_place_in_the_order(tmp_path, cleaner):
    first = PAGES_DIR / "blog-en.txt"
    want = expected(cleaner, first.read_text(encoding="utf-8"))
    for jobs in ("1", "2"):
        r = run("--jobs", jobs, first, tmp_path / "missing.txt", first)
        assert r.returncode == 1
        assert_clean_stderr(r.stderr)
        assert r.stdout.decode("utf-8") == want + "\n"
        assert r.stderr.startswith(f"boilerkill: {tmp_path / 'missing.txt'}: ".encode())


def test_truncated_gzip_stream_writes_what_came_before(tmp_path):
    records = corpus_records(30)
    data = "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(gzip.compress(data)[:-200])
    r = run("--jsonl", "--jobs", "2", path)
    assert r.returncode == 1
    assert_clean_stderr(r.stderr)
    assert b"bad gzip data" in r.stderr
    out = read_jsonl(r.stdout)
    assert 0 < len(out) < len(records)
    assert [o["id"] for o in out] == [rec["id"] for rec in records[:len(out)]]
