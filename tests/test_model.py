"""Model loading and validation: a malformed file raises a clear error naming the problem."""

import json
import math
import subprocess
import sys

import pytest

import boilerkill
from boilerkill.context import CONTEXT_FEATURE_NAMES
from boilerkill.errors import ModelError
from boilerkill.features import FEATURE_NAMES
from boilerkill.lexicon import LEXICAL_NAMES
from boilerkill.model import load_model, score_lines, sigmoid


@pytest.fixture()
def model_doc():
    from importlib import resources

    return json.loads(resources.files("boilerkill").joinpath("data/model.json").read_text())


def write(tmp_path, doc):
    p = tmp_path / "model.json"
    p.write_text(json.dumps(doc) if not isinstance(doc, str) else doc, encoding="utf-8")
    return str(p)


def test_shipped_model_loads_and_matches_features():
    m = load_model()
    assert m.line.names == FEATURE_NAMES + LEXICAL_NAMES
    assert m.context.names == CONTEXT_FEATURE_NAMES
    assert len(m.digest) == 64
    assert m.training.get("corpus_sha256")


def test_the_second_context_round_is_optional_and_used(tmp_path, model_doc):
    page = ("Home\nNews\nA long sentence of article text that goes on for a while, as they "
            "do, and then some more.\nAnother paragraph of the article, long enough to count "
            "as body text here.\nShare\n")
    assert load_model().context2 is not None
    # A model of one round (an older file) loads and scores with the first round alone.
    one = {k: v for k, v in model_doc.items() if k != "context2"}
    m = load_model(write(tmp_path, one))
    assert m.context2 is None
    assert len(boilerkill.classify(page, model_path=m.source)) == 5
    # The second round decides: shifting its intercept shifts every final score.
    shifted = {**model_doc, "context2": {**model_doc["context2"],
                                          "intercept": model_doc["context2"]["intercept"] + 5}}
    (tmp_path / "shifted").mkdir()
    before = [d.score for d in boilerkill.classify(page) if d.line]
    after = [d.score for d in boilerkill.classify(page, model_path=write(tmp_path / "shifted",
                                                                          shifted)) if d.line]
    assert all(a > b for a, b in zip(after, before) if 0 < b < 1)


def test_malformed_second_round_is_refused(tmp_path, model_doc):
    bad = {**model_doc, "context2": {**model_doc["context2"], "intercept": None}}
    with pytest.raises(ModelError, match="context2.intercept"):
        load_model(write(tmp_path, bad))


def test_a_copied_model_gives_the_same_decisions(tmp_path, model_doc):
    path = write(tmp_path, model_doc)
    page = "Home\nA long sentence of article text that goes on for a while, as they do.\n"
    assert boilerkill.classify(page, model_path=path) == boilerkill.classify(page)


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: "{not json", "not valid JSON"),
        (lambda d: [1, 2], "JSON object"),
        (lambda d: {**d, "format": "something-else"}, "not a boilerkill model"),
        (lambda d: {**d, "format_version": 99}, "format version 99"),
        (lambda d: {k: v for k, v in d.items() if k != "context"}, "no 'context' stage"),
        (lambda d: {**d, "line": {**d["line"], "features": d["line"]["features"][:-1]}},
         "do not match"),
        (lambda d: {**d, "line": {**d["line"], "features": ["bogus"] + d["line"]["features"][1:]}},
         "unknown ['bogus']"),
        (lambda d: {**d, "line": {**d["line"], "coef": d["line"]["coef"][:-1]}}, "line.coef"),
        (lambda d: {**d, "line": {**d["line"], "coef": ["x"] + d["line"]["coef"][1:]}},
         "not a finite number"),
        (lambda d: {**d, "context": {**d["context"], "intercept": None}}, "context.intercept"),
        (lambda d: {**d, "line": {**d["line"], "scale": [0.0] * len(d["line"]["scale"])}},
         "must be positive"),
        (lambda d: {**d, "line": {**d["line"], "bins": {"bogus": {"edges": [1], "coef": [0, 0]}}}},
         "unknown feature 'bogus'"),
        (lambda d: {**d, "line": {**d["line"], "bins": {"log_chars": {"edges": [2, 1],
                                                                      "coef": [0, 0, 0]}}}},
         "strictly increasing"),
        (lambda d: {**d, "line": {**d["line"], "bins": {"log_chars": {"edges": [1, 2],
                                                                      "coef": [0, 0]}}}},
         "list of 3 numbers"),
    ],
)
def test_malformed_model_raises_clear_error(tmp_path, model_doc, mutate, message):
    path = write(tmp_path, mutate(model_doc))
    with pytest.raises(ModelError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_model(path)


def test_non_finite_numbers_are_refused(tmp_path, model_doc):
    text = json.dumps(model_doc).replace(
        json.dumps(model_doc["line"]["intercept"]), "NaN", 1)
    with pytest.raises(ModelError, match="finite"):
        load_model(write(tmp_path, text))


def test_missing_model_file(tmp_path):
    with pytest.raises(ModelError, match="cannot read model file"):
        boilerkill.Cleaner(model_path=str(tmp_path / "absent.json"))


def test_scoring_is_a_dot_product_plus_bins(model_doc):
    import bisect

    import numpy as np

    m = load_model()
    names = FEATURE_NAMES + LEXICAL_NAMES
    x = [0.5 + 0.1 * i for i in range(len(names))]
    line = model_doc["line"]
    z = line["intercept"] + sum(
        c * (v - mu) / s for c, v, mu, s in zip(line["coef"], x, line["mean"], line["scale"]))
    assert line["bins"], "the shipped model bins some features"
    for name, b in line["bins"].items():
        z += b["coef"][bisect.bisect_right(b["edges"], x[names.index(name)])]
    assert math.isclose(score_lines(m.line, [x])[0], z, rel_tol=1e-9, abs_tol=1e-9)
    # the numpy path (the pipeline's) gives the same number
    assert math.isclose(float(score_lines(m.line, np.array([x]))[0]), z, rel_tol=1e-9,
                        abs_tol=1e-9)


def test_sigmoid_is_safe_at_extremes():
    assert 0.0 < sigmoid(-1e6) < 1e-12
    assert 1.0 - 1e-12 < sigmoid(1e6) <= 1.0
    assert sigmoid(0.0) == 0.5


def test_import_is_light():
    code = (
        "import sys, boilerkill; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('sklearn', 'numpy', 'scipy', "
        "'pickle', 'joblib', 'urllib3', 'requests', 'http')]; print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
