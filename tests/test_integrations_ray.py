"""Ray Data on a real local cluster of 2 workers: thousands of documents, none lost, each
cleaned byte-identically to boilerkill.clean."""

import os

import pytest

os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
# No "Ray Data progress" bars and no log deduplication notices in the test output.
os.environ.setdefault("RAY_DATA_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("RAY_DEDUP_LOGS", "0")

import ray  # noqa: E402

import boilerkill  # noqa: E402
from boilerkill.integrations import stats_columns  # noqa: E402
from boilerkill.integrations.ray import BoilerkillBatchCleaner, clean_dataset  # noqa: E402
from conftest import fixture_names, load_fixture  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             configure_logging=False, ignore_reinit_error=True)
    yield
    ray.shutdown()


def _documents(n):
    # Fixture pages, each made distinct by a first line of its own (a menu-like id line and
    # a sentence), so a lost or swapped document shows.
    pages = [load_fixture(name).text for name in fixture_names()]
    return [{"id": i, "text": f"Item {i}\nDocument number {i} of the test corpus is here.\n"
             + pages[i % len(pages)]} for i in range(n)]


def test_two_workers_clean_thousands_of_documents(cluster):
    docs = _documents(2000)
    ds = clean_dataset(ray.data.from_items(docs, override_num_blocks=8), workers=2,
                       with_stats=True, output_column="clean")
    rows = ds.take_all()
    assert sorted(r["id"] for r in rows) == list(range(len(docs)))
    cleaner = boilerkill.Cleaner()
    for r in rows:
        page = docs[r["id"]]["text"]
        assert r["text"] == page
        text, stats = cleaner.clean_with_stats(page)
        assert r["clean"] == text
        assert [r[c] for c in stats_columns()[:4]] == list(stats)
    # The module-level function, on a sample: the same bytes.
    for r in rows[:50]:
        assert r["clean"] == boilerkill.clean(docs[r["id"]]["text"])


def test_pandas_batches_and_options():
    import pandas as pd

    page = load_fixture("news-en-comments").text
    step = BoilerkillBatchCleaner(threshold=0.7, with_stats=True)
    out = step(pd.DataFrame({"text": [page, None]}))
    assert out["text"][0] == boilerkill.clean(page, threshold=0.7)
    assert pd.isna(out["text"][1])  # missing stays missing
    assert list(out.columns) == ["text"] + stats_columns()
