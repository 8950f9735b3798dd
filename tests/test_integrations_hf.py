"""clean_batch through a real ``datasets.Dataset.map``: same text as boilerkill.clean, counts,
num_proc=2, and a fingerprint that is the same in every process (so the cache is reused)."""

import os
import subprocess
import sys

import pytest

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_DISABLE_PROGRESS_BARS", "1")

import datasets  # noqa: E402

import boilerkill  # noqa: E402
from boilerkill.integrations import stats_columns  # noqa: E402
from boilerkill.integrations.hf import clean_batch  # noqa: E402
from conftest import fixture_names, load_fixture  # noqa: E402


@pytest.fixture(autouse=True)
def _cache_in_tmp(tmp_path, monkeypatch):
    # Keep datasets' cache out of the user's home.
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", str(tmp_path / "hf-cache"))


def _pages():
    pages = [load_fixture(n).text for n in fixture_names()]
    return pages + [None, "", "Home\nLogin\n"]


def test_map_num_proc_2_equals_clean_with_counts():
    pages = _pages() * 3
    ds = datasets.Dataset.from_dict({"text": pages, "n": list(range(len(pages)))})
    out = ds.map(clean_batch, batched=True, batch_size=7, num_proc=2,
                 fn_kwargs={"with_stats": True, "output_column": "clean"})
    assert out["n"] == list(range(len(pages)))  # nothing lost, order kept
    assert out["text"] == pages
    cleaner = boilerkill.Cleaner()
    for row, page in zip(out, pages):
        if page is None:
            assert row["clean"] is None and row["boilerkill_kept_share"] is None
            continue
        text, stats = cleaner.clean_with_stats(page)
        assert row["clean"] == text == boilerkill.clean(page)
        assert [row[c] for c in stats_columns()[:4]] == list(stats)
        assert row["boilerkill_kept_share"] == pytest.approx(stats.kept_share)


def test_options_pass_through_fn_kwargs():
    page = load_fixture("news-en-comments").text
    ds = datasets.Dataset.from_dict({"body": [page]})
    out = ds.map(clean_batch, batched=True,
                 fn_kwargs={"column": "body", "threshold": 0.8, "context": False})
    assert out["body"] == [boilerkill.clean(page, threshold=0.8, context=False)]
    assert out.column_names == ["body"]


def test_cache_is_reused_on_a_second_map(tmp_path):
    src = tmp_path / "src"
    datasets.Dataset.from_dict({"text": _pages()}).save_to_disk(str(src))
    ds = datasets.load_from_disk(str(src))
    first = ds.map(clean_batch, batched=True, fn_kwargs={"with_stats": True})
    cache = first.cache_files[0]["filename"]
    mtime = os.stat(cache).st_mtime_ns
    second = datasets.load_from_disk(str(src)).map(clean_batch, batched=True,
                                                   fn_kwargs={"with_stats": True})
    assert second._fingerprint == first._fingerprint
    assert second.cache_files[0]["filename"] == cache
    assert os.stat(cache).st_mtime_ns == mtime  # read back, not written again
    other = ds.map(clean_batch, batched=True, fn_kwargs={"with_stats": True, "threshold": 0.7})
    assert other._fingerprint != first._fingerprint  # different options, different cache


def test_fingerprint_is_the_same_in_fresh_processes():
    # Hashed before and after a batch is cleaned: the per-process Cleaner cache must not leak
    # into the fingerprint.
    code = (
        "from datasets.fingerprint import Hasher; "
        "from boilerkill.integrations.hf import clean_batch; "
        "a = Hasher.hash(clean_batch); clean_batch({'text': ['Home\\nA line of text.']}); "
        "print(a, Hasher.hash(clean_batch), Hasher.hash({'with_stats': True, 'threshold': 0.6}))"
    )
    env = dict(os.environ, HF_DATASETS_OFFLINE="1", HF_HUB_OFFLINE="1")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, env=env).stdout for _ in range(2)]
    a, b, kwargs = runs[0].split()
    assert a == b
    assert runs[0] == runs[1]


def test_empty_batch_and_missing_column():
    assert clean_batch({"text": []}, with_stats=True) == {
        "text": [], **{c: [] for c in stats_columns()}}
    with pytest.raises(KeyError):
        clean_batch({"body": ["x"]})
