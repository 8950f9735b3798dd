"""Tests of the ``boilerkill`` command, run in a subprocess as ``python -m boilerkill``.

They assert structural properties only (exit codes, stream contents, TSV shape, ordering),
never which lines the model keeps, because the model changes while it is trained.
"""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import time

import pytest

import boilerkill

# Lines are plain ASCII with single spaces, so whitespace folding and unicode repair
# cannot change them and every output line must be one of these, verbatim.
PAGE_LINES = [
    "Home | News | Sport | Weather",
    "Sign in",
    "River town votes to rebuild its old stone bridge",
    "The council voted on Tuesday to rebuild the old river bridge that was damaged in last winter's flood.",
    "Engineers said the work would take about two years and would keep one lane open for most of that time.",
    "Residents who spoke at the meeting mostly welcomed the plan, though some worried about the cost.",
    "",
    "Share this article",
    "Related Articles",
    "Ten things to do this weekend",
    "Cookie settings | Privacy policy | Terms of use",
    "Copyright 2024 Example Media Group. All rights reserved.",
]
PAGE = "\n".join(PAGE_LINES) + "\n"


def run(*args, input=None, cwd=None, timeout=120):
    """Run the CLI; return the CompletedProcess with bytes stdout/stderr."""
    return subprocess.run(
        [sys.executable, "-m", "boilerkill", *map(str, args)],
        input=input,
        capture_output=True,
        cwd=cwd,
        timeout=timeout,
    )


def assert_clean_stderr(stderr: bytes) -> None:
    for bad in (b"Traceback", b"Exception ignored", b"BrokenPipe"):
        assert bad not in stderr, stderr.decode("utf-8", "replace")


def is_subsequence(sub, seq) -> bool:
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


def explain_rows(stdout: bytes):
    text = stdout.decode("utf-8")
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    return lines[0], [row.split("\t") for row in lines[1:]]


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("utf-8"))
    return path


# --------------------------------------------------------------------------- basics


def test_clean_output_is_subsequence_of_input(page):
    r = run(page)
    assert r.returncode == 0, r.stderr
    assert_clean_stderr(r.stderr)
    out = r.stdout.decode("utf-8")
    if out:
        assert out.endswith("\n") and not out.endswith("\n\n")
        lines = out[:-1].split("\n")
    else:
        lines = []
    assert is_subsequence(lines, PAGE_LINES)


def test_version():
    r = run("--version")
    assert r.returncode == 0
    assert r.stdout.decode().strip() == f"boilerkill {boilerkill.__version__}"


def test_help_mentions_examples():
    r = run("--help")
    assert r.returncode == 0
    assert b"usage: boilerkill" in r.stdout
    assert b"examples:" in r.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--no-such-option"],
        ["--threshold", "1.5"],
        ["--threshold", "-0.1"],
        ["--threshold", "nan"],
        ["--threshold", "abc"],
        ["--max-line-chars", "3"],
        ["--encoding-errors", "ignore"],
    ],
)
def test_usage_errors_exit_2(args, page):
    r = run(*args, page)
    assert r.returncode == 2
    assert b"usage:" in r.stderr
    assert_clean_stderr(r.stderr)
    assert r.stdout == b""


def test_empty_input_gives_empty_output(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for args, inp in (([empty], None), ([], b"")):
        r = run(*args, input=inp)
        assert r.returncode == 0, r.stderr
        assert r.stdout == b""
        assert_clean_stderr(r.stderr)


def test_all_options_accepted(page):
    r = run("--no-context", "--no-rules", "--no-fix-unicode", "--max-line-chars", "40",
            "--threshold", "0.3", page)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode("utf-8").splitlines()
    assert is_subsequence(lines, PAGE_LINES)


# --------------------------------------------------------------------------- inputs


def test_stdin_equals_file(page):
    from_file = run(page)
    from_stdin = run(input=page.read_bytes())
    from_dash = run("-", input=page.read_bytes())
    assert from_file.returncode == from_stdin.returncode == from_dash.returncode == 0
    assert from_file.stdout == from_stdin.stdout == from_dash.stdout


def test_gzip_input_equals_plain(page, tmp_path):
    gz = tmp_path / "page.txt.gz"
    gz.write_bytes(gzip.compress(page.read_bytes()))
    magic_only = tmp_path / "page.bin"  # gzip content without the .gz name
    magic_only.write_bytes(gzip.compress(page.read_bytes()))
    plain = run(page)
    assert plain.returncode == 0
    for path in (gz, magic_only):
        r = run(path)
        assert r.returncode == 0, r.stderr
        assert r.stdout == plain.stdout
    r = run(input=gz.read_bytes())
    assert r.stdout == plain.stdout


def test_corrupt_gzip_exits_1(page, tmp_path):
    bad = tmp_path / "bad.txt.gz"
    bad.write_bytes(gzip.compress(page.read_bytes())[:-12])
    r = run(bad)
    assert r.returncode == 1
    assert r.stderr.startswith(b"boilerkill: ")
    assert_clean_stderr(r.stderr)


def test_bom_and_crlf_do_not_change_output(page, tmp_path):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(b"\xef\xbb\xbf" + PAGE.replace("\n", "\r\n").encode("utf-8"))
    a, b = run(page), run(crlf)
    assert a.returncode == b.returncode == 0
    assert a.stdout == b.stdout


def test_invalid_utf8_replaced_by_default(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(PAGE.encode("utf-8") + b"Caf\xe9 and cr\xe8me \xff\xfe here\n")
    r = run("--explain", "--threshold", "0", path)
    assert r.returncode == 0, r.stderr
    assert_clean_stderr(r.stderr)
    assert f"boilerkill: {path}: 4 invalid UTF-8 bytes replaced".encode() in r.stderr
    assert "\ufffd".encode("utf-8") in r.stdout


def test_invalid_utf8_strict_names_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    prefix = PAGE.encode("utf-8")
    path.write_bytes(prefix + b"Caf\xe9\n")
    r = run("--encoding-errors", "strict", path)
    assert r.returncode == 1
    assert_clean_stderr(r.stderr)
    assert r.stderr.decode().strip() == f"boilerkill: {path}: invalid UTF-8 at byte {len(prefix) + 3}"
    assert r.stdout == b""


def test_missing_file_exits_1(tmp_path):
    missing = tmp_path / "missing.txt"
    r = run(missing)
    assert r.returncode == 1
    assert_clean_stderr(r.stderr)
    assert r.stderr.startswith(f"boilerkill: {missing}: ".encode())


def test_directory_exits_1(tmp_path):
    r = run(tmp_path)
    assert r.returncode == 1
    assert_clean_stderr(r.stderr)
    assert r.stderr.startswith(b"boilerkill: ")


def test_binary_garbage_never_tracebacks(tmp_path):
    path = tmp_path / "garbage.bin"
    path.write_bytes(bytes(range(256)) * 64 + b"\x00" * 1000 + b"ok line\x00with NUL\n" + os.urandom(4096))
    for args in ([], ["--explain"], ["--encoding-errors", "strict"], ["--threshold", "0"]):
        r = run(*args, path)
        assert r.returncode in (0, 1), r.stderr
        assert_clean_stderr(r.stderr)


def test_bad_model_file_never_tracebacks(page, tmp_path):
    model = tmp_path / "model.json"
    model.write_text("this is not a model", encoding="utf-8")
    for path in (model, tmp_path / "no-such-model.json"):
        r = run("--model", path, page)
        assert r.returncode == 1
        assert_clean_stderr(r.stderr)
        assert r.stderr.startswith(b"boilerkill: ")
        assert b"model" in r.stderr
        assert r.stdout == b""


# --------------------------------------------------------------------------- explain


def test_explain_one_row_per_input_line(page):
    r = run("--explain", page)
    assert r.returncode == 0, r.stderr
    header, rows = explain_rows(r.stdout)
    assert header == "decision\tscore\treason\tline"
    assert len(rows) == len(PAGE_LINES)
    for row, line in zip(rows, PAGE_LINES):
        assert len(row) == 4
        decision, score, reason, text = row
        assert decision in ("keep", "drop")
        assert len(score.split(".")[1]) == 3
        assert 0.0 <= float(score) <= 1.0
        assert text == line


def test_explain_keeps_match_clean_output(page):
    explain = run("--explain", page)
    clean = run(page)
    _, rows = explain_rows(explain.stdout)
    kept = [row[3] for row in rows if row[0] == "keep"]
    assert clean.stdout.decode("utf-8") == "".join(line + "\n" for line in kept)


def test_explain_replaces_tabs_and_counts_unterminated_last_line(tmp_path):
    path = tmp_path / "tabs.txt"
    path.write_bytes(b"a\tb\tc\n\tindented line of text here\nlast line has no newline")
    r = run("--explain", path)
    assert r.returncode == 0, r.stderr
    _, rows = explain_rows(r.stdout)
    assert len(rows) == 3
    assert all(len(row) == 4 for row in rows)


def test_explain_several_files_adds_file_column(page, tmp_path):
    other = tmp_path / "other.txt"
    other.write_bytes(b"one line\nanother line of the second page\n")
    r = run("--explain", page, other)
    assert r.returncode == 0, r.stderr
    header, rows = explain_rows(r.stdout)
    assert header == "file\tdecision\tscore\treason\tline"
    assert all(len(row) == 5 for row in rows)
    assert [row[0] for row in rows] == [str(page)] * len(PAGE_LINES) + [str(other)] * 2


def test_threshold_is_monotonic(page):
    def kept(threshold):
        r = run("--explain", "--threshold", threshold, page)
        assert r.returncode == 0, r.stderr
        return sum(row[0] == "keep" for row in explain_rows(r.stdout)[1])

    k0, k5, k1 = kept("0"), kept("0.5"), kept("1.0")
    assert k1 <= k5 <= k0


# --------------------------------------------------------------------------- several files, -o


def test_several_files_in_order(page, tmp_path):
    other = tmp_path / "other.txt"
    other.write_bytes(PAGE.upper().encode("utf-8"))
    a, b = run(page), run(other)
    both = run(page, other)
    assert both.returncode == 0
    assert both.stdout == a.stdout + b.stdout
    reverse = run(other, page)
    assert reverse.stdout == b.stdout + a.stdout


def list_dir(path):
    return sorted(os.listdir(path))


def test_output_file_is_written_atomically(page, tmp_path):
    outdir = tmp_path / "out"
    outdir.mkdir()
    out = outdir / "clean.txt"
    expected = run(page).stdout
    r = run("-o", out, page)
    assert r.returncode == 0, r.stderr
    assert r.stdout == b""
    assert out.read_bytes() == expected
    assert list_dir(outdir) == ["clean.txt"]  # no temp file left behind
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_output_file_untouched_on_failure(page, tmp_path):
    outdir = tmp_path / "out"
    outdir.mkdir()
    out = outdir / "clean.txt"
    out.write_bytes(b"previous content\n")
    r = run("-o", out, page, tmp_path / "missing.txt")
    assert r.returncode == 1
    assert_clean_stderr(r.stderr)
    assert out.read_bytes() == b"previous content\n"
    assert list_dir(outdir) == ["clean.txt"]


def test_output_file_in_place(page):
    expected = run(page).stdout
    r = run(page, "-o", page)
    assert r.returncode == 0, r.stderr
    assert page.read_bytes() == expected


def test_output_into_missing_directory_exits_1(page, tmp_path):
    r = run("-o", tmp_path / "nodir" / "out.txt", page)
    assert r.returncode == 1
    assert_clean_stderr(r.stderr)
    assert r.stderr.startswith(b"boilerkill: ")


# --------------------------------------------------------------------------- signals, pipes


def big_page(n=20000):
    return "".join(
        f"Paragraph {i} of the long report explains how the river town of Example rebuilt "
        f"its bridge, road number {i % 97}, and the market hall after the flood of {1900 + i % 120}.\n"
        for i in range(n)
    ).encode("utf-8")


def read_a_line_then_hang_up(*args: str):
    """Run the command, read one line of its output, close the pipe as ``| head -1`` does;
    return its stderr and exit status."""
    p = subprocess.Popen([sys.executable, "-m", "boilerkill", *args],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.readline()
    p.stdout.close()
    stderr = p.stderr.read()
    rc = p.wait(timeout=120)
    p.stderr.close()
    return stderr, rc


def test_broken_pipe_is_quiet(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(big_page())
    stderr, rc = read_a_line_then_hang_up("--threshold", "0", str(path))
    assert_clean_stderr(stderr)
    assert stderr == b""
    assert rc == 0


def _sleeping(pid) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "S"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc and SIGINT")
def test_keyboard_interrupt_exits_130_quietly():
    p = subprocess.Popen(
        [sys.executable, "-m", "boilerkill"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # A shell starts background jobs with SIGINT ignored, and Python then installs no
        # Ctrl-C handler: give the child the default so the test holds wherever it runs.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        # Wait until the imports are done and the command blocks reading stdin.
        deadline = time.monotonic() + 30
        streak = 0
        while streak < 5 and time.monotonic() < deadline:
            streak = streak + 1 if _sleeping(p.pid) else 0
            time.sleep(0.2)
        time.sleep(0.3)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=30)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    assert p.returncode == 130
    assert_clean_stderr(err)
    assert b"KeyboardInterrupt" not in err
