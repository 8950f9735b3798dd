"""The lexicon: line tokens, lexical features, fold-aware learning, and model-file checks."""

import json
import math

import pytest

import boilerkill
from boilerkill.errors import ModelError
from boilerkill.features import FEATURE_NAMES
from boilerkill.lexicon import LEXICAL_NAMES, MAX_TOKENS, lexical_features, lexical_row, line_tokens
from boilerkill.model import load_model
from boilerkill.training.lexicon import FoldCounts


def test_tokens_are_lowercased_distinct_words():
    assert line_tokens("Add to Cart: ADD") == {"add", "to", "cart"}
    assert line_tokens("Ünsere Straße") == {"ünsere", "straße"}


def test_cjk_runs_give_character_pairs_and_lone_characters_stay():
    assert line_tokens("相关阅读") == {"相关", "关阅", "阅读"}
    assert line_tokens("中 文") == {"中", "文"}
    # A Japanese run mixing kana and kanji is split into pairs too.
    assert line_tokens("もっと見る") == {"もっ", "っと", "と見", "見る"}


def test_tokens_are_bounded_on_a_huge_line():
    words = [f"w{i}" for i in range(10 * MAX_TOKENS)]
    assert line_tokens(" ".join(words)) == set(words[:MAX_TOKENS])
    assert line_tokens("a" * 50 + " tail", max_chars=20) == {"a" * 20}


def test_lexical_row_is_the_mean_of_known_words():
    lex = {"add": -2.0, "cart": -1.0, "flour": 1.5}
    assert lexical_row({"add", "to", "cart"}, lex) == (-1.5, math.log1p(2))
    assert lexical_row({"unknown"}, lex) == (0.0, 0.0)
    m = lexical_features(["Add to cart", "Add the flour", "Nothing known"], lex)
    assert m.shape == (3, len(LEXICAL_NAMES))
    # Page-relative: the known lines' means are -1.5 and -0.25, their mean -0.875.
    assert m[0, 0] == pytest.approx(-0.625) and m[1, 0] == pytest.approx(0.625)
    assert m[1, 1] == pytest.approx(math.log1p(2)) and m[2].tolist() == [0.0, 0.0]
    cache = {}
    lexical_features(["Add to cart"], lex, cache=cache)
    assert list(cache) == ["Add to cart"]
    assert cache["Add to cart"] == pytest.approx((-1.5, math.log1p(2)), abs=1e-12)
    assert lexical_features([], lex).shape == (0, 2)


def test_a_page_whose_words_all_lean_one_way_is_judged_against_itself():
    # Every word of this page is weighed as chrome (a language the corpus mostly shows in
    # menus), yet the line with the most body-like words still stands out.
    lex = {"la": -1.0, "de": -1.0, "en": -2.0, "cosecha": 0.5}
    m = lexical_features(["la cosecha de la oliva", "en la de"], lex)
    assert m[0, 0] > 0 > m[1, 0]
    assert m[:, 0].sum() == pytest.approx(0.0)


def test_fold_counts_count_pages_not_lines_and_exclude_folds():
    counts = FoldCounts(3)
    for fold in range(3):
        for _ in range(4):
            # "cart" twice on chrome lines of one page counts once; the rule line is skipped.
            counts.add_page(fold, [{"cart", "menu"}, {"cart"}, {"flour", "butter"}, {"share"}],
                            [0.0, 0.0, 1.0, 1.0], [None, None, None, "share-buttons"])
    lex = counts.lexicon(min_pages=8)
    assert set(lex) == {"cart", "menu", "flour", "butter"}
    assert lex["cart"] == round(math.log(1 / 13), 4)
    assert lex["flour"] == round(math.log(13 / 1), 4)
    # Without two of the three folds only 4 pages remain: below min_pages, nothing is learned.
    assert counts.lexicon(exclude={0, 1}, min_pages=8) == {}
    assert counts.lexicon(exclude={0, 1}, min_pages=4)["cart"] == round(math.log(1 / 5), 4)


def test_shipped_model_has_a_lexicon_the_line_stage_reads():
    m = load_model()
    assert m.lexicon and all(isinstance(w, float) for w in m.lexicon.values())
    assert m.line.names == FEATURE_NAMES + LEXICAL_NAMES


def _doc():
    from importlib import resources

    return json.loads(resources.files("boilerkill").joinpath("data/model.json").read_text())


@pytest.mark.parametrize("lexicon, message", [
    ([1, 2], "'lexicon' must be an object"),
    ({"cart": "x"}, "not a finite number"),
    ({"cart": float("nan")}, "not a finite number"),
    ({"": 1.0}, "not a finite number"),
    ({"cart": True}, "not a finite number"),
])
def test_a_bad_lexicon_is_named(tmp_path, lexicon, message):
    doc = _doc()
    doc["lexicon"] = lexicon
    p = tmp_path / "m.json"
    p.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ModelError, match=message):
        load_model(str(p))


def test_a_lexicon_and_the_line_features_must_agree(tmp_path):
    doc = _doc()
    del doc["lexicon"]
    p = tmp_path / "m.json"
    p.write_text(json.dumps(doc), encoding="utf-8")
    # The line stage reads lexical features the file no longer provides.
    with pytest.raises(ModelError, match="line.features"):
        load_model(str(p))


def test_lexicon_words_change_a_line_score(tmp_path):
    doc = _doc()
    page = ("Home\nA long sentence of article text that goes on for a while, as they do.\n"
            "Another paragraph of the same article, with more words in it than a menu has.\n")
    base = [d.score for d in boilerkill.classify(page)]
    doc["lexicon"] = {w: 5.0 for w in ("home", "a", "long", "another")}
    p = tmp_path / "m.json"
    p.write_text(json.dumps(doc), encoding="utf-8")
    boosted = [d.score for d in boilerkill.classify(page, model_path=str(p))]
    assert boosted[0] != base[0]


def test_scores_do_not_depend_on_the_string_hash_seed():
    """A line's words are a set, whose order follows the process's hash seed; the lexical mean
    must not (it once did, in the last bit of the scores)."""
    import subprocess
    import sys
    from pathlib import Path

    pages = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
    code = (
        "import sys, boilerkill; "
        "t = ''.join(open(p, encoding='utf-8').read() for p in sys.argv[1:]); "
        "print(repr([(d.keep, d.score) for d in boilerkill.classify(t)]))"
    )
    files = [str(pages / f"{n}.txt") for n in ("news-en-comments", "product-en", "listing-zh",
                                              "forum-de")]
    outs = set()
    for seed in ("1", "2", "3"):
        env = dict(__import__("os").environ, PYTHONHASHSEED=seed)
        r = subprocess.run([sys.executable, "-c", code, *files], capture_output=True, text=True,
                           env=env, check=True)
        outs.add(r.stdout)
    assert len(outs) == 1
