"""Training end to end on a tiny corpus made from the fixture pages: same input, same bytes."""

import gzip
import json

import pytest

import boilerkill
from boilerkill.training.fit import domain_of, read_corpus, train
from conftest import fixture_names, load_fixture


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "mini.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for n, name in enumerate(fixture_names() * 2):
            page = load_fixture(name)
            gold = "\n\n".join(line for line, lab in zip(page.lines, page.labels) if lab == "body")
            rec = {"id": f"fx-{n:04d}", "url": f"https://site{n % 7}.example/{name}",
                   "page_type": page.meta["type"], "view": "html_text",
                   "text": page.text, "gold": gold}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return str(path)


def test_training_is_deterministic_and_loadable(corpus, tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    doc = train(corpus, str(a), folds=3, nospace_share=0.3)
    train(corpus, str(b), folds=3, nospace_share=0.3)
    assert a.read_bytes() == b.read_bytes()
    assert doc["training"]["cv"]["all"]["pages"] == 2 * len(fixture_names())
    assert 0.0 <= doc["training"]["cv"]["all"]["word_f1"] <= 1.0
    cleaner = boilerkill.Cleaner(model_path=str(a))
    assert len(cleaner.classify(load_fixture("news-de").text)) > 0
    # two context rounds by default, the second shipped under "context2"
    assert doc["training"]["context_rounds"] == 2
    assert doc["context2"]["features"] == doc["context"]["features"]
    assert cleaner.model.context2 is not None


def test_one_context_round_writes_no_second_stage():
    from boilerkill.training.fit import model_document

    line, ctx = {"features": []}, {"features": ["a"]}
    assert "context2" not in model_document(line, ctx, "1", {})
    assert "context2" not in model_document(line, [ctx], "1", {})
    assert model_document(line, [ctx, {"features": ["b"]}], "1", {})["context2"] == {
        "features": ["b"]}
    with pytest.raises(ValueError, match="one or two context rounds"):
        model_document(line, [ctx] * 3, "1", {})


def test_domain_grouping():
    assert domain_of("https://www.Example.com/a/b") == "example.com"
    assert domain_of("http://news.example.co.uk") == "news.example.co.uk"


def test_corpus_errors_are_named(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a", "gold": "b"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2: not JSON"):
        list(read_corpus(str(bad)))
    bad.write_text('{"text": 1, "gold": "b"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="string fields"):
        list(read_corpus(str(bad)))


def test_the_report_drops_related_lists_as_the_cleaner_does():
    # The cross-validation report decides each page with the section rules the cleaner adds
    # (box links, a related heading's bulleted titles); before, it scored the sidebar's
    # questions of a Q&A page as kept, though the cleaner drops them.
    import math

    from boilerkill.context import RELATED_ITEM
    from boilerkill.options import Options
    from boilerkill.training.fit import prepare, section_rules

    page = load_fixture("qa-en-b50-pandas-groupby")
    rec = {"id": "qa", "url": "https://qa.example/q/1", "page_type": "forum",
           "text": page.text, "gold": ""}
    [p] = prepare([rec], 1, Options())
    cleaner = boilerkill.Cleaner()
    [(line_p, _, _)] = cleaner._scores_many([p.analysis])
    logits = [math.log(q / (1 - q)) for q in line_p]
    marked = section_rules([p], {0: logits})[0]
    a = p.analysis
    got = [a.lines[i] for k, i in enumerate(a.index)
           if marked[k] == RELATED_ITEM and a.rules[k] is None]
    want = [d.line for d in cleaner.classify(page.text) if d.reason == "context:related-list-item"]
    assert len(want) >= 5 and got == want
