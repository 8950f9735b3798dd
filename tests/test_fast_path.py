"""The fast path decides exactly as the plain one: batches, the vectorised lexicon, caches.

Three references hold the fast code to the same answers:

* ``fixtures/decisions.tsv``: every fixture line's decision, score and reason, written by
  ``fixtures/update_known_misses.py`` with the model whose digest it records. A change meant
  only to be faster must leave it identical.
* :func:`boilerkill.lexicon.lexical_row` of :func:`~boilerkill.lexicon.line_tokens`, the
  plain per-line lexical features that training reads, against
  :meth:`~boilerkill.lexicon.LexiconIndex.rows`.
* One page at a time against many pages together (:meth:`boilerkill.Cleaner.clean_many`,
  :func:`boilerkill.features.pages_matrices`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import boilerkill
from boilerkill import features
from boilerkill.lexicon import LexiconIndex, lexical_features, lexical_row, line_tokens
from conftest import fixture_names, load_fixture
from test_features_equivalence import pages as feature_pages
from test_features_equivalence import raw_lines

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fixtures"))
import update_known_misses  # noqa: E402  (the snapshot's writer: one definition of its rows)


def test_fixture_decisions_match_the_snapshot(cleaner):
    want = (ROOT / "fixtures" / "decisions.tsv").read_text(encoding="utf-8")
    header = want.splitlines()[0]
    assert header == f"# model sha256 {cleaner.model.digest}", (
        "the snapshot was written with another model: run fixtures/update_known_misses.py "
        "after retraining")
    got = update_known_misses.snapshot(cleaner)
    diff = [f"{a!r} != {b!r}" for a, b in zip(want.splitlines(), got.splitlines()) if a != b]
    assert len(want.splitlines()) == len(got.splitlines())
    assert not diff, "\n".join(diff[:20])


def test_clean_many_equals_clean_on_every_fixture():
    texts = [load_fixture(n).text for n in fixture_names()]
    single = boilerkill.Cleaner()
    want = [single.clean_with_stats(t) for t in texts]
    # A fresh cleaner: no line cache warmed by the single-page calls.
    assert boilerkill.Cleaner().clean_many_with_stats(texts) == want
    assert boilerkill.Cleaner().clean_many(texts) == [w for w, _ in want]


def test_clean_many_splits_large_batches_and_keeps_order(monkeypatch):
    from boilerkill import pipeline

    monkeypatch.setattr(pipeline, "BATCH_CHARS", 50)  # a sub-batch a page or two
    texts = [f"Heading {i}\nThis is the body of page number {i}, a full sentence here.\nShare"
             for i in range(7)] + ["", "\n\n"]
    want = [boilerkill.Cleaner().clean(t) for t in texts]
    assert boilerkill.Cleaner().clean_many(texts) == want
    assert boilerkill.Cleaner().clean_many([]) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(raw_lines(), max_size=12).map("\n".join), max_size=6))
def test_clean_many_equals_clean_on_generated_pages(texts):
    want = [boilerkill.Cleaner().clean_with_stats(t) for t in texts]
    assert boilerkill.Cleaner().clean_many_with_stats(texts) == want


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(feature_pages(), max_size=5), st.sampled_from([10_000, 16]))
def test_pages_matrices_equal_page_matrix(pages, max_chars):
    together = features.pages_matrices(pages, max_chars)
    assert len(together) == len(pages)
    for lines, (matrix, words) in zip(pages, together):
        alone, alone_words = features.page_matrix(lines, None, max_chars)
        assert matrix.tolist() == alone.tolist()
        assert words.tolist() == alone_words.tolist()


def _lexicon_for(lines):
    # Every other token of the lines is known, with weights that do not sum exactly.
    words = sorted({t for s in lines for t in line_tokens(s)})
    return {w: (i % 7 - 3) / 3.0 for i, w in enumerate(words) if i % 2 == 0}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(raw_lines(), st.text(max_size=40)), max_size=20),
       st.sampled_from([10_000, 10_000, 5, 30]))
def test_lexicon_rows_equal_lexical_row(lines, max_chars):
    lines = [s for s in lines if s]
    lex = _lexicon_for(lines)
    mean, known = LexiconIndex(lex).rows(lines, max_chars)
    for s, a, b in zip(lines, mean.tolist(), known.tolist()):
        want_a, want_b = lexical_row(line_tokens(s, max_chars), lex)
        assert b == want_b, s
        assert a == pytest.approx(want_a, abs=1e-12), s


def test_lexicon_rows_on_the_ascii_and_unicode_paths():
    lex = {"add": -2.0, "cart": -1.0, "straße": 1.0, "相关": -0.5, "_x": 3.0, "a1": 2.0}
    lines = ["Add to CART, add!", "Unsere Straße—add", "相关阅读", "foo_x _x a1-a1", "—"]
    mean, known = LexiconIndex(lex).rows(lines)
    assert mean.tolist() == [-1.5, -0.5, -0.5, 2.5, 0.0]
    assert known.tolist() == [lexical_row(line_tokens(s), lex)[1] for s in lines]
    # All-ASCII pages go through one translate of the joined page: same answer.
    mean2, _ = LexiconIndex(lex).rows(["Add to CART, add!", "foo_x _x a1-a1"])
    assert mean2.tolist() == [-1.5, 2.5]


def test_lexical_features_with_and_without_cache_agree():
    lines = ["Add to cart", "Add the flour", "Add to cart", "nothing"]
    lex = {"add": -2.0, "cart": -1.0, "flour": 1.5}
    cache = {}
    first = lexical_features(lines, lex, cache=cache).tolist()
    assert lexical_features(lines, lex, cache=cache).tolist() == first  # from the cache
    assert lexical_features(lines, LexiconIndex(lex)).tolist() == first



def test_line_cache_keeps_lines_in_use_and_stays_bounded():
    from boilerkill.pipeline import LineCache

    cache = LineCache(size=3)
    cache["menu"] = "navigation"
    for i in range(20):
        cache[f"body {i}"] = None
        # The menu comes back on every page: it survives every turnover of the generations.
        assert cache.get("menu") == "navigation"
        assert len(cache) <= 6
    assert "body 0" not in cache and "body 19" in cache
    assert cache.get("never seen", "default") == "default"
    with pytest.raises(KeyError):
        cache["never seen"]
    assert cache["menu"] == "navigation"


def test_line_cache_lists_are_its_single_lookups():
    from boilerkill.cache import MISSING, LineCache, lookup, store

    cache = LineCache(size=3)
    store(cache, ["a", "b"], [1, 2])  # room for both: one update
    assert cache.young == {"a": 1, "b": 2} and not cache.old
    store(cache, ["c", "d", "e"], [3, 4, 5])  # no room: one at a time, generations turn over
    assert cache.old == {"a": 1, "b": 2, "c": 3} and cache.young == {"d": 4, "e": 5}
    keys = ["e", "a", "x"]
    assert cache.get_many(keys, MISSING) == [5, 1, MISSING]
    # "a" came back from the old generation to the young one, as get() moves it.
    assert "a" in cache.young and len(cache) <= 6
    assert cache.get_many(["x", "e"], "none") == ["none", 5]
    assert cache.get_many(["x"]) == [None]
    # Plain dicts work as caches too.
    plain = {}
    store(plain, ["k"], [None])
    assert lookup(plain, ["k", "z"]) == [None, MISSING]
    assert lookup(cache, ["d", "z"]) == [4, MISSING]
