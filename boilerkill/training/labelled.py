"""Fit a model from pages whose lines a person labelled, instead of a corpus with gold text.

``python -m boilerkill.training`` learns each line's label by aligning it to the page's gold
main content. A user who has labelled lines directly (body or not, one label per line) fits
with :func:`fit_labelled`: the same analysis, the same two stages and the same JSON model,
with their labels in place of the alignment. :class:`boilerkill.integrations.sklearn.
BoilerkillTransformer` is built on it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Callable, Dict, List, Optional, Sequence

from ..options import Options
from ..pipeline import analyse
from .augment import nospace_page
from .fit import BINS, Page, _augmented, fit_stages, model_document

__all__ = ["fit_labelled", "labelled_pages"]


def _quiet(msg: str) -> None:
    pass


def labelled_pages(texts: Sequence[str], line_labels: Sequence[Sequence[float]], folds: int,
                   groups: Optional[Sequence[str]] = None, nospace_share: float = 0.0,
                   options: Optional[Options] = None) -> List[Page]:
    """Analyse each page and attach its labels, ready for :func:`~.fit.fit_stages`.

    Args:
        texts: the pages' text.
        line_labels: per page, one label per line as boilerkill splits it (on ``\\n``,
            ``\\r\\n`` and ``\\r``; a final line end opens no line), which is
            ``len(boilerkill.classify(text))`` labels: 1 (or True) for body, 0 for anything
            else; a number in between is a soft label (0.5 carries almost no weight). Labels
            of blank lines are ignored.
        folds: cross-validation folds; a page's fold comes from the CRC32 of its group.
        groups: per page, the group that no fold may split (a site, say); default: each page
            its own group.
        nospace_share: the share of pages also rewritten into a no-space script (see
            :mod:`.augment`), chosen by page, as the corpus trainer does.
        options: analysis options (default :class:`~boilerkill.Options`).

    Raises:
        ValueError: the counts of texts, labels or groups differ, a page has the wrong number
            of labels, or a label is not a number in [0, 1]; the message names the page.
    """
    options = options or Options()
    if len(texts) != len(line_labels):
        raise ValueError(f"{len(texts)} texts but {len(line_labels)} label lists")
    if groups is not None and len(groups) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(groups)} groups")
    rules: Dict = {}
    pages: List[Page] = []
    for n, (text, labels) in enumerate(zip(texts, line_labels)):
        if not isinstance(text, str):
            raise ValueError(f"page {n}: text is {type(text).__name__}, not str")
        a = analyse(text, options, rules)
        labels = list(labels)
        if len(labels) != len(a.lines):
            raise ValueError(f"page {n}: {len(labels)} labels for {len(a.lines)} lines "
                             "(one per line, as len(boilerkill.classify(text)) counts them)")
        for j, v in enumerate(labels):
            if isinstance(v, str) or not 0.0 <= float(v) <= 1.0:
                raise ValueError(f"page {n}, line {j + 1}: label {v!r} is not a number in [0, 1]")
        y = [float(labels[i]) for i in a.index]
        gold = "\n".join(a.lines[i] for i in a.index if float(labels[i]) >= 0.5)
        group = str(groups[n]) if groups is not None else f"page-{n}"
        # The record a corpus line would be: the body lines are the gold the threshold search
        # scores against; the group stands in for the URL, so folds split by it.
        rec = {"id": str(n), "url": group, "text": text, "gold": gold}
        pages.append(Page(rec, a, y, folds))
        if nospace_share and _augmented(rec, nospace_share):
            b = analyse("\n".join(nospace_page(a.lines)), options, rules)
            if b.index == a.index:
                pages.append(Page(rec, b, y, folds, synthetic=True))
    return pages


def fit_labelled(texts: Sequence[str], line_labels: Sequence[Sequence[float]], *,
                 groups: Optional[Sequence[str]] = None, folds: int = 5, C: float = 1.0,
                 bins: int = BINS, nospace_share: float = 0.3, cv: bool = True,
                 version: str = "labelled", log: Callable[[str], None] = _quiet) -> Dict[str, Any]:
    """Fit both stages on labelled pages and return the model document (write it with
    :func:`~.fit.write_model`; load it with ``Cleaner(model_path=...)`` or ``--model``).

    ``texts``, ``line_labels``, ``groups`` and ``nospace_share``: see :func:`labelled_pages`.
    With ``cv`` (and at least two groups), the context stage learns from out-of-fold scores and
    the threshold is tuned by grouped cross-validation, as ``python -m boilerkill.training``
    does; ``folds`` is capped at the number of groups. Progress goes to ``log`` (silent by
    default). The same inputs give the same document.

    Raises:
        ValueError: bad inputs (see :func:`labelled_pages`), or the labels hold one class
            only (a model needs body lines and others to learn from).
    """
    n_groups = len(set(groups)) if groups is not None else len(texts)
    folds = max(2, min(folds, n_groups))
    cv = cv and n_groups >= 2
    pages = labelled_pages(texts, line_labels, folds, groups, nospace_share)
    classes = {v >= 0.5 for p in pages for k, v in enumerate(p.labels)
               if p.analysis.rules[k] is None}
    if classes != {True, False}:
        raise ValueError("the labels need body lines (1) and other lines (0) outside the lines "
                         "the hand rules already drop")
    line_obj, ctx_objs, threshold, report = fit_stages(pages, folds, C, bins, cv, log=log)
    real = [p for p in pages if not p.synthetic]
    digest = hashlib.sha256(json.dumps([list(texts), [list(map(float, ls)) for ls in line_labels]],
                                       ensure_ascii=False).encode("utf-8")).hexdigest()
    return model_document(line_obj, ctx_objs, version, {
            "labelled_sha256": digest,
            "pages": len(real),
            "nospace_share": nospace_share,
            "lines": sum(len(p.analysis.index) for p in real),
            "folds": folds if cv else 0,
            "C": C,
            "bins": bins,
            "tuned_threshold": threshold,
            "cv": report,
        })
