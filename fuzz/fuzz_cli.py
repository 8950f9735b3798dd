"""Fuzz target (atheris): arbitrary bytes through the ``boilerkill`` command, in process.

Each input picks a format (one page, JSONL under ``--on-error keep``, a page stream, WET, or
``--explain``) and an encoding policy from its first byte; the rest is the input stream.
A crash is any exception escaping ``boilerkill.cli.main`` (bad input must give exit status 0
or 1 with one ``boilerkill: ...`` line), an unknown exit status, or a JSONL or page-stream run
whose output does not hold one document per input document.

    pip install -e ".[fuzz]"
    python fuzz/fuzz_cli.py -max_total_time=60 -rss_limit_mb=4096     # what .ci/run does
    python fuzz/fuzz_cli.py -max_total_time=600 -rss_limit_mb=8192    # the issue's 10 minutes
    python fuzz/fuzz_cli.py crash-<hash>                              # replay a crash

The RSS limit is raised because atheris's own instrumentation grows by 15-25 MB per
thousand runs (the same inputs through ``TestOneInput`` in a plain loop stay at 57 MB), which
hits libFuzzer's default 2 GB limit after about five minutes.

Runs in one process with ``--jobs 1``: the pool is covered by the tests, and forking per
input would hide coverage from the fuzzer.
"""

import io
import sys
import types

import atheris

with atheris.instrument_imports(include=["boilerkill"]):
    from boilerkill import cli

FORMATS = [[], ["--jsonl", "--on-error", "keep"], ["--pages"], ["--wet"], ["--explain"],
           ["--jsonl", "--on-error", "skip", "--stats", "--max-record-bytes", "64"]]


def run(args, data: bytes):
    """Run the command on ``data`` as stdin; return (exit status, stdout bytes)."""
    out = io.BytesIO()
    old = sys.stdin, sys.stdout, sys.stderr
    # The command reads sys.stdin.buffer and writes sys.stdout.buffer.
    sys.stdin = types.SimpleNamespace(buffer=io.BufferedReader(io.BytesIO(data)))
    sys.stdout = types.SimpleNamespace(buffer=out)
    sys.stderr = io.StringIO()
    try:
        rc = cli.main(["--jobs", "1", "--quiet", *args])
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return rc, out.getvalue()


def TestOneInput(data: bytes) -> None:
    if not data:
        return
    fmt = FORMATS[data[0] % len(FORMATS)]
    strict = ["--encoding-errors", "strict"] if data[0] & 0x80 else []
    body = data[1:]
    rc, out = run(fmt + strict, body)
    if rc not in (0, 1):
        raise AssertionError(f"exit status {rc}")
    if rc == 1 or body.startswith((b"\x1f\x8b", b"\x28\xb5\x2f\xfd")):
        return
    if fmt[:3] == ["--jsonl", "--on-error", "keep"]:
        lines = body[3:] if body.startswith(b"\xef\xbb\xbf") else body
        n_in = lines.count(b"\n") + (0 if lines.endswith(b"\n") or not lines else 1)
        n_out = out.count(b"\n")
        if n_out != n_in:
            raise AssertionError(f"{n_in} records in, {n_out} out")
    elif fmt == ["--pages"]:
        pages = body[3:] if body.startswith(b"\xef\xbb\xbf") else body
        n_in = pages.count(b"\f") + (0 if pages.endswith(b"\f") or not pages else 1)
        n_out = out.count(b"\f")
        if n_out != n_in:
            raise AssertionError(f"{n_in} pages in, {n_out} out")


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
