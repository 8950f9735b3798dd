"""Lexical evidence: which words a line is made of, weighed by how often they mark body text.

The line features (:mod:`boilerkill.features`) see a line's shape, not its words. Shape cannot
tell "Add to cart" from "Add the flour", or "Reply" under a comment from a one-word quote in an
article. The model file therefore carries a small lexicon, learned from the training corpus:
each word's log-odds of appearing in body lines rather than in chrome lines (counted once per
page, kept only for words seen on enough pages, so that no site's own vocabulary is learned).
A line gets two features from it:

* ``lex_relative``: the mean weight of the line's distinct known words, less the page's mean of
  that over its lines that know a word (0 when the line knows none);
* ``lex_known``: ``log1p`` of how many of its distinct words the lexicon knows.

Page-relative, because the corpus the lexicon learns from is mostly English: there, Spanish
"en" or "la" appear mostly in language menus, so every line of a Spanish page would look like
chrome by its absolute weight. Against its own page's mean, a line is judged by how much more
body-like its words are than its neighbours', which holds in any language. A line in a language
the lexicon has never seen knows no word: both features are 0, and the model falls back on the
shape features (training sees such lines too: the pages rewritten into a no-space script, see
:mod:`boilerkill.training.augment`, know no word either).

Words are lowercased ``\\w+`` runs; a run of Chinese or Japanese characters, which has no
spaces to split on, gives its overlapping character pairs instead.
"""

from __future__ import annotations

import math
from typing import AbstractSet, Dict, Mapping, Optional, Sequence, Tuple

import regex

#: Names of the lexical features, appended after ``features.FEATURE_NAMES`` in the line stage.
LEXICAL_NAMES: Tuple[str, ...] = ("lex_relative", "lex_known")

#: At most this many words of a line are looked up: chrome is short, and a huge line costs
#: bounded time.
MAX_TOKENS = 64

_TOKEN = regex.compile(r"\w+")
_NOSPACE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def line_tokens(line: str, max_chars: int = 10_000) -> AbstractSet[str]:
    """The distinct lexicon keys of one normalised line (its first ``max_chars`` characters).

    >>> sorted(line_tokens("Add to cart: Add"))
    ['add', 'cart', 'to']
    >>> sorted(line_tokens("相关阅读"))
    ['关阅', '相关', '阅读']
    """
    words = _TOKEN.findall(line[:max_chars].lower())
    if len(words) > MAX_TOKENS:
        words = words[:MAX_TOKENS]
    if line.isascii() or _NOSPACE.search(line) is None:
        # No Chinese or Japanese: the words are the keys (most lines; one search, not one a word).
        return set(words)
    out = set()
    for w in words:
        if _NOSPACE.search(w) is not None and len(w) > 1:
            out.update(w[i:i + 2] for i in range(len(w) - 1))
        else:
            out.add(w)
    return out


def lexical_row(tokens: AbstractSet[str], lexicon: Mapping[str, float]) -> Tuple[float, float]:
    """``(mean weight, lex_known)`` of one line's tokens (the mean before the page's is
    subtracted: see :func:`page_relative`)."""
    get = lexicon.get
    known = [w for w in map(get, tokens) if w is not None]
    if not known:
        return 0.0, 0.0
    # fsum, not sum: a set's order depends on the process's string-hash seed, and a float sum
    # in another order can differ in the last bit, enough to move a line across the threshold
    # in one run and not in the next. fsum is exact, so the order does not matter.
    return math.fsum(known) / len(known), math.log1p(len(known))


def lexical_features(lines: Sequence[str], lexicon: Mapping[str, float],
                     max_chars: int = 10_000,
                     cache: Optional[Dict[str, Tuple[float, float]]] = None):
    """The lexical features of a page's lines, as a float64 array of shape ``(len(lines), 2)``.

    ``cache`` (line -> features) saves the work for lines that repeat across pages; it must be
    used with one lexicon only. Imports numpy.
    """
    rows = []
    for s in lines:
        row = cache.get(s) if cache is not None else None
        if row is None:
            row = lexical_row(line_tokens(s, max_chars), lexicon)
            if cache is not None:
                cache[s] = row
        rows.append(row)
    return page_relative(rows)


def page_relative(rows: Sequence[Tuple[float, float]]):
    """The lexical feature matrix of a page from its lines' :func:`lexical_row` values: each
    known line's mean weight less the mean of those (see the module docstring). numpy array of
    shape ``(len(rows), 2)``."""
    import numpy

    if not rows:
        return numpy.zeros((0, len(LEXICAL_NAMES)), dtype=numpy.float64)
    out = numpy.asarray(rows, dtype=numpy.float64)
    known = out[:, 1] > 0
    if known.any():
        out[known, 0] -= out[known, 0].mean()
    return out
