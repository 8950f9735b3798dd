"""Learn the lexicon of :mod:`boilerkill.lexicon` from labelled pages, fold-aware.

Each word's weight is the smoothed log-odds of the word appearing on a page's body lines rather
than on its chrome lines, counted once per page and class (a word repeated in every menu item of
one page counts once), over pages that can be trained on (not the rewritten no-space pages, whose
words are hashed stand-ins). Words seen on fewer than ``min_pages`` pages are left out: they
would teach a site's own vocabulary, which does not carry to new sites.

A line-model row must never see a lexicon built from its own page, or the model would learn to
trust the lexicon more than it deserves on new pages. So counts are kept per fold, and
:meth:`FoldCounts.lexicon` builds a lexicon from every fold but the ones excluded: a page of
fold ``g`` is featurised with a lexicon that excludes ``g`` (and, inside cross-validation, the
held-out fold too).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import AbstractSet, Dict, Iterable, List, Sequence

#: Words seen on fewer pages than this are not in the lexicon.
MIN_PAGES = 8
#: Weights are rounded to this many decimals (a smaller file, the same decisions).
DECIMALS = 4


class FoldCounts:
    """Per-fold page counts of each word on body and on chrome lines."""

    def __init__(self, folds: int) -> None:
        self.body: List[Counter] = [Counter() for _ in range(folds)]
        self.chrome: List[Counter] = [Counter() for _ in range(folds)]
        self.pages: List[int] = [0] * folds

    def add_page(self, fold: int, tokens: Sequence[AbstractSet[str]],
                 labels: Sequence[float], rules: Sequence[object]) -> None:
        """Count one page: ``tokens``, ``labels`` and ``rules`` per non-blank line. Lines a rule
        names are left out, as they are from the line model's training rows."""
        body: set = set()
        chrome: set = set()
        for toks, label, rule in zip(tokens, labels, rules):
            if rule is None:
                (body if label >= 0.5 else chrome).update(toks)
        self.body[fold].update(body)
        self.chrome[fold].update(chrome)
        self.pages[fold] += 1

    def lexicon(self, exclude: Iterable[int] = (), min_pages: int = MIN_PAGES) -> Dict[str, float]:
        """word -> log-odds of body, from every fold not in ``exclude``."""
        skip = set(exclude)
        body: Counter = Counter()
        chrome: Counter = Counter()
        for f in range(len(self.pages)):
            if f not in skip:
                body.update(self.body[f])
                chrome.update(self.chrome[f])
        # Both classes are counted over the same pages, so the page totals cancel out of the
        # log-odds; the +1 keeps a word seen only on chrome lines finite.
        out = {}
        for word in sorted(set(body) | set(chrome)):
            b, c = body[word], chrome[word]
            if b + c >= min_pages:
                out[word] = round(math.log((b + 1) / (c + 1)), DECIMALS)
        return out
