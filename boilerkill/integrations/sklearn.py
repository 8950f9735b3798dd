"""boilerkill as a scikit-learn transformer that can be retrained on your own labelled pages.

Needs ``pip install "boilerkill[train]"``. ::

    from boilerkill.integrations.sklearn import BoilerkillTransformer

    bk = BoilerkillTransformer().fit(pages, line_labels)   # one 0/1 per line of each page
    cleaned = bk.transform(new_pages)                       # a list of cleaned texts
    bk.export_model("my-model.json")                        # boilerkill --model my-model.json

It follows scikit-learn's conventions: parameters are stored by ``__init__`` untouched (so
``get_params``, ``set_params`` and ``clone`` work), ``fit`` sets attributes ending in ``_``
and returns ``self``, and ``transform`` before ``fit`` raises ``NotFittedError``. The fitted
model is the JSON document the command line loads, never a pickle of scikit-learn objects.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Dict, List, Optional, Sequence

from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from ..model import Model, load_model
from ..options import Options
from ..pipeline import Cleaner
from ..training.fit import BINS, model_json, write_model
from ..training.labelled import fit_labelled

__all__ = ["BoilerkillTransformer"]


class BoilerkillTransformer(TransformerMixin, BaseEstimator):
    """Cleans page texts; ``fit`` with per-line labels retrains boilerkill's model on them.

    Parameters (the cleaning ones are :class:`~boilerkill.Options` fields):
        threshold: keep a line whose final score reaches this; 0.5 is the threshold tuned by
            cross-validation during ``fit`` (it is folded into the model).
        context, rules, headline, fix_unicode, max_line_chars: as in :class:`~boilerkill.Options`.
        model_path: the model ``fit`` without labels adopts; None is the shipped model.
        C: inverse regularisation strength of both logistic regressions.
        bins: quantile bins per feature in each stage's one-hot basis (0: none).
        folds: cross-validation folds for the context stage and the threshold (capped at
            the number of groups).
        nospace_share: share of pages also rewritten into a no-space script during ``fit``, so
            the model learns Chinese- and Japanese-shaped lines (0: off).
        cv: fit the context stage on out-of-fold scores and tune the threshold (slower; off
            fits both stages in-sample and keeps 0.5).

    Attributes (after ``fit``):
        model_: the model document (the JSON ``export_model`` writes, as a dict).
        threshold_: the tuned threshold folded into ``model_`` (0.5 without cross-validation;
            the adopted model's own when fitted without labels).
        cv_scores_: the cross-validation scores by group (``{}`` when none were computed).
        n_pages_: pages trained on (0 when fitted without labels).
        n_lines_: non-blank lines trained on.
    """

    def __init__(self, threshold: float = 0.5, context: bool = True, rules: bool = True,
                 headline: bool = True, fix_unicode: bool = True, max_line_chars: int = 10_000,
                 model_path: Optional[str] = None, C: float = 1.0, bins: int = BINS,
                 folds: int = 5, nospace_share: float = 0.3, cv: bool = True) -> None:
        self.threshold = threshold
        self.context = context
        self.rules = rules
        self.headline = headline
        self.fix_unicode = fix_unicode
        self.max_line_chars = max_line_chars
        self.model_path = model_path
        self.C = C
        self.bins = bins
        self.folds = folds
        self.nospace_share = nospace_share
        self.cv = cv

    def options(self) -> Options:
        """The cleaning options these parameters make (validated)."""
        return Options(threshold=self.threshold, context=self.context, rules=self.rules,
                       headline=self.headline, fix_unicode=self.fix_unicode,
                       max_line_chars=self.max_line_chars)

    def fit(self, texts: Sequence[str], line_labels: Optional[Sequence[Sequence[float]]] = None,
            groups: Optional[Sequence[str]] = None) -> "BoilerkillTransformer":
        """Retrain on labelled pages; without labels, adopt the shipped (or ``model_path``)
        model as it is.

        Args:
            texts: the pages' text.
            line_labels: per page, one label per line as boilerkill splits it (``\\n``,
                ``\\r\\n``, ``\\r``; ``len(boilerkill.classify(text))`` of them): 1 for body,
                0 for the rest; blank lines' labels are ignored. None: no training.
            groups: per page, a group no cross-validation fold splits (its site, say);
                default: each page its own.

        Returns:
            self.

        Raises:
            ValueError: malformed labels (the message names the page and line), or labels
                of one class only.
        """
        self.options()  # bad parameters fail here, not at the first transform
        if line_labels is None:
            source = self.model_path
            if source is None:
                from importlib import resources

                doc = json.loads(resources.files("boilerkill").joinpath("data/model.json")
                                 .read_text(encoding="utf-8"))
            else:
                load_model(source)  # validates, naming what is wrong
                with open(source, encoding="utf-8") as f:
                    doc = json.load(f)
            self.n_pages_ = self.n_lines_ = 0
        else:
            doc = fit_labelled(texts, line_labels, groups=groups, folds=self.folds, C=self.C,
                               bins=self.bins, nospace_share=self.nospace_share, cv=self.cv)
            # Keep the model exactly as export_model writes it (floats rounded), so transform
            # and a CLI run on the exported file cut at the same scores.
            doc = json.loads(model_json(doc))
            self.n_pages_ = doc["training"]["pages"]
            self.n_lines_ = doc["training"]["lines"]
        training = doc.get("training") or {}
        self.model_: Dict[str, Any] = doc
        self.threshold_ = float(training.get("tuned_threshold", 0.5))
        self.cv_scores_ = dict(training.get("cv") or {})
        self._cleaner = None
        return self

    def _get_cleaner(self) -> Cleaner:
        check_is_fitted(self, "model_")
        cleaner = getattr(self, "_cleaner", None)
        options = self.options()
        if cleaner is None or cleaner.options != options:
            text = model_json(self.model_)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            cleaner = Cleaner(options)
            # The fitted model, validated as a file would be, replaces the shipped one.
            cleaner.model = Model(json.loads(text), "BoilerkillTransformer.model_", digest)
            self._cleaner = cleaner
        return cleaner

    def transform(self, texts: Sequence[str]) -> List[str]:
        """The cleaned text of each page: what ``boilerkill --model exported.json`` prints."""
        cleaner = self._get_cleaner()
        return cleaner.clean_many(list(texts))

    def export_model(self, path: str) -> None:
        """Write the fitted model as the JSON that ``boilerkill --model PATH`` and
        ``Cleaner(model_path=PATH)`` load."""
        check_is_fitted(self, "model_")
        write_model(self.model_, path)

    def __getstate__(self):
        # The Cleaner is rebuilt from model_ on demand; pickles and clones stay small.
        state = super().__getstate__()
        state.pop("_cleaner", None)
        return state

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        tags.requires_fit = True
        return tags
