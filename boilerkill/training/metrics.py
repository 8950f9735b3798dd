"""Extraction metrics on text: shingle F1 and word F1.

* Shingle F1 follows the Scrapinghub article-extraction benchmark: 4-token shingles of ``\\w+``
  tokens (case kept), counted as multisets; a page's true/false positives and negatives are
  normalised to sum to one; precision is averaged over pages that predicted anything, recall over
  pages whose gold has anything, and F1 is taken of the two averages.
* Word F1 follows WCXB: bag of lowercased ``\\w+`` tokens, F1 per page, mean over pages.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Dict, Iterable, List, Tuple, Union

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> List[str]:
    """The ``\\w+`` tokens of ``text`` (case kept)."""
    return _TOKEN.findall(text or "")


def _shingles(text: str, n: int) -> Counter:
    toks = tokens(text)
    out: Counter = Counter()
    for i in range(max(1, len(toks) - n + 1)):
        sh = tuple(toks[i : i + n])
        if sh:
            out[sh] += 1
    return out


class Reference:
    """A gold text's shingle and word bags, computed once and scored against many predictions."""

    __slots__ = ("shingles", "words")

    def __init__(self, gold: str) -> None:
        self.shingles = _shingles(gold, 4)
        self.words = Counter(t.lower() for t in tokens(gold))


def _ref(gold: Union[str, Reference]) -> Reference:
    return gold if isinstance(gold, Reference) else Reference(gold)


def shingle_tp_fp_fn(gold: Union[str, Reference], pred: str, n: int = 4
                     ) -> Tuple[float, float, float]:
    """One page's shingle (tp, fp, fn), normalised to sum to 1 (all zero when both are empty)."""
    g = gold.shingles if isinstance(gold, Reference) and n == 4 else _shingles(
        gold if isinstance(gold, str) else "", n)
    p = _shingles(pred, n)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    s = tp + fp + fn
    if s:
        return tp / s, fp / s, fn / s
    return 0.0, 0.0, 0.0


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def shingle_prf(pages: Iterable[Tuple[float, float, float]]) -> Dict[str, float]:
    """Precision, recall and F1 over pages from their :func:`shingle_tp_fp_fn` triples."""
    pages = list(pages)
    ps = [_precision(*t) for t in pages if t[0] + t[1] > 0]
    rs = [_recall(*t) for t in pages if t[0] + t[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1}


def word_f1(gold: Union[str, Reference], pred: str) -> float:
    """One page's word F1: bags of lowercased ``\\w+`` tokens; 1.0 when both are empty."""
    g = _ref(gold).words
    p = Counter(t.lower() for t in tokens(pred))
    if not g and not p:
        return 1.0
    if not g or not p:
        return 0.0
    tp = sum((g & p).values())
    if tp == 0:
        return 0.0
    prec, rec = tp / sum(p.values()), tp / sum(g.values())
    return 2 * prec * rec / (prec + rec)


class Scoreboard:
    """Accumulates both metrics for one system over many pages, grouped by any keys."""

    def __init__(self) -> None:
        self._triples: Dict[str, List[Tuple[float, float, float]]] = {}
        self._words: Dict[str, List[float]] = {}

    def add(self, groups: Iterable[str], gold: Union[str, Reference], pred: str) -> None:
        """Score one page and file it under every group name in ``groups``."""
        gold = _ref(gold)
        self.add_scores(groups, shingle_tp_fp_fn(gold, pred), word_f1(gold, pred))

    def add_scores(self, groups: Iterable[str], triple: Tuple[float, float, float],
                   word: float) -> None:
        """File one page's already computed scores (its :func:`shingle_tp_fp_fn` triple and
        :func:`word_f1`) under every group name in ``groups``: for scoring done elsewhere,
        say in worker processes."""
        for g in groups:
            self._triples.setdefault(g, []).append(triple)
            self._words.setdefault(g, []).append(word)

    def groups(self) -> List[str]:
        """Group names seen so far, in first-seen order."""
        return list(self._triples)

    def result(self, group: str) -> Dict[str, float]:
        """``{"pages", "shingle_f1", "shingle_p", "shingle_r", "word_f1"}`` for one group."""
        sp = shingle_prf(self._triples[group])
        ws = self._words[group]
        return {
            "pages": len(ws),
            "shingle_f1": sp["f1"],
            "shingle_p": sp["precision"],
            "shingle_r": sp["recall"],
            "word_f1": sum(ws) / len(ws),
        }
