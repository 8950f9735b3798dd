"""The datatrove steps in a real pipeline: JsonlReader -> boilerkill -> JsonlWriter, run by
datatrove's LocalPipelineExecutor on a temporary folder."""

import gzip
import json
import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

import boilerkill  # noqa: E402
from boilerkill.integrations.datatrove import (  # noqa: E402
    LOW_KEPT_SHARE, METADATA_KEY, BoilerkillFilter, BoilerkillFormatter)
from conftest import fixture_names, load_fixture  # noqa: E402

#: A page that is all chrome: boilerkill keeps none of it, so the filter must drop it.
CHROME_PAGE = "Home › News\nSign in\nShare on Facebook\nCopyright © 2025 Example Ltd\n"


def _docs():
    docs = [{"id": name, "text": load_fixture(name).text} for name in fixture_names()]
    docs.append({"id": "chrome", "text": CHROME_PAGE})
    # Blank lines only (datatrove's readers skip a document whose text is "").
    docs.append({"id": "empty", "text": "\n \n"})
    return docs


def _write_input(folder, docs, files=2):
    folder.mkdir()
    for f in range(files):
        with gzip.open(folder / f"part-{f}.jsonl.gz", "wt", encoding="utf-8") as out:
            for d in docs[f::files]:
                out.write(json.dumps(d, ensure_ascii=False) + "\n")


def _read_output(folder):
    out = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                out[rec["id"]] = rec
    return out


def _stats(logs):
    with open(logs / "stats.json", encoding="utf-8") as f:
        return json.load(f)


def _step_stats(stats, cls):
    # datatrove names a step's stats "<type>: <name>".
    return next(s["stats"] for s in stats if s["name"].endswith(": " + cls.name))


@pytest.mark.parametrize("tasks", [1, 2])
def test_pipeline_cleans_counts_and_filters(tmp_path, tasks):
    docs = _docs()
    _write_input(tmp_path / "in", docs)
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in")),
            BoilerkillFormatter(),
            BoilerkillFilter(min_kept_share=0.2),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=tasks, workers=tasks, logging_dir=str(tmp_path / "logs"),
    ).run()
    out = _read_output(tmp_path / "out")
    cleaner = boilerkill.Cleaner()
    expected = {d["id"]: cleaner.clean_with_stats(d["text"]) for d in docs}
    kept = {k for k, (_, s) in expected.items() if s.kept_share >= 0.2}
    assert set(out) == kept
    assert "chrome" not in out and "empty" not in out
    # Every fixture page is mostly article, and passes the filter; but for a blind used-car
    # listing whose cards of facts carry no price the listing rules know (a known miss).
    # (Three more listings passed once their prices were read with a label or in 万.)
    assert kept >= set(fixture_names()) - {"listing-de-b34-autos"}
    for k in kept:
        text, stats = expected[k]
        assert out[k]["text"] == text == boilerkill.clean(
            next(d["text"] for d in docs if d["id"] == k))
        recorded = out[k]["metadata"][METADATA_KEY]
        assert recorded["lines_kept"] == stats.lines_kept
        assert recorded["kept_share"] == pytest.approx(stats.kept_share)

    stats = _stats(tmp_path / "logs")
    fmt, flt = _step_stats(stats, BoilerkillFormatter), _step_stats(stats, BoilerkillFilter)
    assert fmt["total"] == len(docs)
    assert fmt["lines_kept"]["total"] == sum(s.lines_kept for _, s in expected.values())
    assert fmt["chars_dropped"]["total"] == sum(s.chars_dropped for _, s in expected.values())
    assert fmt["emptied"] == 2
    assert flt["total"] == len(docs)
    assert flt["forwarded"] == len(kept)
    assert flt["dropped"] == len(docs) - len(kept)
    assert flt[f"dropped_{LOW_KEPT_SHARE}"] == len(docs) - len(kept)
    # The filter used the formatter's counts instead of cleaning the clean text again.
    assert "lines_kept" not in flt


def test_filter_alone_counts_and_leaves_text(tmp_path):
    page = load_fixture("news-en-comments").text
    docs = [Document(text=page, id="a"), Document(text=CHROME_PAGE, id="b")]
    step = BoilerkillFilter(min_kept_share=0.2)
    out = list(step.run(iter(docs)))
    assert [d.id for d in out] == ["a"]
    assert out[0].text == page  # a filter never rewrites
    assert step.filter(Document(text=CHROME_PAGE, id="c")) == (False, LOW_KEPT_SHARE)
    assert step.stats["dropped_" + LOW_KEPT_SHARE].total == 1
    assert step.stats["lines_kept"].total == boilerkill.Cleaner().clean_with_stats(page)[1].lines_kept


def test_steps_take_options_and_pickle_without_the_model():
    import pickle

    page = load_fixture("news-en-comments").text
    step = BoilerkillFormatter(threshold=0.7, fix_unicode=False)
    assert step.format(page) == boilerkill.clean(page, threshold=0.7, fix_unicode=False)
    clone = pickle.loads(pickle.dumps(step))
    assert clone._cleaner is None and clone.options == step.options
    assert clone.format(page) == step.format(page)
    with pytest.raises(ValueError):
        BoilerkillFilter(min_kept_share=1.5)
