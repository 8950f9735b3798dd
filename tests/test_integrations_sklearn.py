"""BoilerkillTransformer: scikit-learn's estimator conventions, fit on labelled fixture pages,
and the exported model giving the same output through Cleaner and the command line."""

import pickle
import subprocess
import sys

import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.pipeline import make_pipeline

import boilerkill
from boilerkill.integrations.sklearn import BoilerkillTransformer
from boilerkill.training.labelled import fit_labelled
from conftest import fixture_names, load_fixture

#: Fixture labels as training labels: "optional" lines may go either way, so they are soft
#: (0.5 carries almost no weight).
VALUE = {"body": 1, "optional": 0.5, "chrome": 0, "related": 0, "blank": 0}


@pytest.fixture(scope="module")
def labelled():
    pages = [load_fixture(n) for n in fixture_names()]
    return [p.text for p in pages], [[VALUE[lab] for lab in p.labels] for p in pages]


@pytest.fixture(scope="module")
def fitted(labelled):
    texts, labels = labelled
    return BoilerkillTransformer(folds=3).fit(texts, labels)


def test_conventions(fitted):
    bk = BoilerkillTransformer(threshold=0.6, C=0.5)
    assert bk.get_params()["threshold"] == 0.6 and bk.get_params()["C"] == 0.5
    assert bk.set_params(threshold=0.7) is bk and bk.threshold == 0.7
    assert not hasattr(clone(fitted), "model_")  # clone copies parameters, not what was learned
    with pytest.raises(NotFittedError):
        bk.transform(["Home\nA sentence that is body text."])
    for name in ("model_", "threshold_", "cv_scores_", "n_pages_", "n_lines_"):
        assert hasattr(fitted, name)
    assert fitted.n_pages_ == len(fixture_names())
    assert 0.1 <= fitted.threshold_ <= 0.8
    assert "all" in fitted.cv_scores_
    with pytest.raises(ValueError, match="threshold"):
        BoilerkillTransformer(threshold=2).fit(["a"])


def test_fit_returns_self_and_is_deterministic(labelled, fitted):
    texts, labels = labelled
    again = BoilerkillTransformer(folds=3)
    assert again.fit(texts, labels) is again
    assert again.model_ == fitted.model_


def test_exported_model_round_trips(fitted, labelled, tmp_path):
    texts, _ = labelled
    path = tmp_path / "exported.json"
    fitted.export_model(str(path))
    out = fitted.transform(texts)
    assert isinstance(out, list) and len(out) == len(texts)
    cleaner = boilerkill.Cleaner(model_path=str(path))
    assert out == [cleaner.clean(t) for t in texts]
    assert out == [boilerkill.clean(t, model_path=str(path)) for t in texts]
    # The command line with --model prints the same text (plus its final newline).
    page = fixture_names().index("news-en-comments")
    cli = subprocess.run([sys.executable, "-m", "boilerkill", "--model", str(path)],
                         input=texts[page].encode("utf-8"), capture_output=True, check=True)
    assert cli.stdout.decode("utf-8").rstrip("\n") == out[page]
    # A learned model, not the shipped one.
    shipped = BoilerkillTransformer().fit(texts).model_
    assert fitted.model_["line"]["coef"] != shipped["line"]["coef"]


def test_fit_without_labels_adopts_the_shipped_model(labelled, tmp_path):
    texts, _ = labelled
    bk = BoilerkillTransformer(threshold=0.6, fix_unicode=False).fit(texts)
    assert bk.transform(texts) == [boilerkill.clean(t, threshold=0.6, fix_unicode=False)
                                   for t in texts]
    assert bk.n_pages_ == 0
    # In a scikit-learn Pipeline, and after a pickle round trip.
    pipe = make_pipeline(BoilerkillTransformer()).fit(texts)
    restored = pickle.loads(pickle.dumps(pipe))
    assert restored.transform(texts[:3]) == [boilerkill.clean(t) for t in texts[:3]]


def test_set_params_after_fit_changes_cleaning(fitted, labelled):
    texts, _ = labelled
    bk = pickle.loads(pickle.dumps(fitted))
    assert "_cleaner" not in pickle.loads(pickle.dumps(fitted)).__dict__
    strict = bk.set_params(threshold=0.9).transform(texts)
    assert sum(map(len, strict)) < sum(map(len, fitted.transform(texts)))


def test_label_errors_are_named(labelled):
    texts, labels = labelled
    with pytest.raises(ValueError, match=r"page 1: 3 labels for \d+ lines"):
        fit_labelled(texts[:2], [labels[0], [1, 0, 1]])
    with pytest.raises(ValueError, match="page 0, line 2: label 7"):
        fit_labelled(texts[:1], [[0, 7] + labels[0][2:]])
    with pytest.raises(ValueError, match="body lines"):
        fit_labelled(texts[:2], [[0] * len(labels[0]), [0] * len(labels[1])])
    with pytest.raises(ValueError, match="2 texts but 1 label"):
        fit_labelled(texts[:2], labels[:1])
