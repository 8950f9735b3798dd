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
from bisect import bisect_right
from itertools import accumulate, repeat
from typing import AbstractSet, Dict, List, Mapping, Optional, Sequence, Tuple, Union

import regex

from .cache import MISSING, lookup, store

#: Names of the lexical features, appended after ``features.FEATURE_NAMES`` in the line stage.
LEXICAL_NAMES: Tuple[str, ...] = ("lex_relative", "lex_known")

#: At most this many words of a line are looked up: chrome is short, and a huge line costs
#: bounded time.
MAX_TOKENS = 64

_TOKEN = regex.compile(r"\w+")
_NOSPACE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_NOSPACE_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]+")
# What separates words: any run of non-word characters but the newline that ends a line.
_NON_WORD = regex.compile(r"[^\w\n]+")


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


# ASCII lines (most lines) skip the regex: lowercasing and cutting at every character that
# is not \w is one C-level translate (an ASCII-to-ASCII table has a fast path in CPython) and
# a split, which give exactly the ``\w+`` runs of the lowercased line. Newlines survive, so
# a whole page of ASCII lines is translated at once.
_ASCII_WORD_TABLE = str.maketrans({
    chr(c): (chr(c).lower() if chr(c).isalnum() or c == ord("_") else
             ("\n" if c == ord("\n") else " "))
    for c in range(128)})


_LOG1P_TABLE = None


def _log1p_counts(count):
    # math.log1p of each count, as lexical_row computes it (numpy's log1p can differ in the
    # last bit, and training reads lexical_row): a table for the counts a line can have.
    import numpy

    global _LOG1P_TABLE
    if _LOG1P_TABLE is None:
        _LOG1P_TABLE = numpy.array([math.log1p(i) for i in range(1 << 12)])
    if len(count) and count.max() >= len(_LOG1P_TABLE):
        return numpy.array([math.log1p(c) for c in count.tolist()])
    return _LOG1P_TABLE[count.astype(numpy.int64)]


def _ascii_words(text: str) -> str:
    return text.translate(_ASCII_WORD_TABLE)


def _unicode_words(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower())


class LexiconIndex:
    """A lexicon prepared for scoring many lines at once: words numbered, weights in an array.

    :meth:`rows` gives, for every line, what ``lexical_row(line_tokens(line), lexicon)`` gives
    (the same numbers up to the order of a float sum), in a few C-level passes per page
    instead of a regex call, a set and a sum per line. Build one per lexicon and reuse it.
    """

    __slots__ = ("ids", "weights", "_array")

    def __init__(self, lexicon: Mapping[str, float]) -> None:
        words = sorted(lexicon)
        #: word -> its row in :attr:`weights`
        self.ids: Dict[str, int] = {w: i for i, w in enumerate(words)}
        #: the weights in id order; id ``len(weights)`` is "unknown" (weight 0, never counted)
        self.weights: Tuple[float, ...] = tuple(float(lexicon[w]) for w in words)
        self._array = None

    def __len__(self) -> int:
        return len(self.weights)

    @staticmethod
    def _words_text(lines: Sequence[str], max_chars: int) -> List[Optional[str]]:
        # Each line as its lowercased \w+ runs separated by whitespace, or None for a line
        # with Chinese or Japanese characters (line_tokens splits those into pairs). The
        # ASCII lines go through the table and the others through one regex call, each group
        # joined into one string (a line never holds a newline after fold_line; if one does,
        # the group is done line by line).
        out: List[Optional[str]] = [None] * len(lines)
        ascii_at: List[int] = []
        other: List[int] = []
        for j, s in enumerate(lines):
            (ascii_at if s.isascii() else other).append(j)
        for group, clean in ((ascii_at, _ascii_words), (other, _unicode_words)):
            if not group:
                continue
            text = "\n".join([lines[j][:max_chars] for j in group])
            if text.count("\n") == len(group) - 1:
                for j, t in zip(group, clean(text).split("\n")):
                    out[j] = t
            else:
                for j in group:
                    out[j] = clean(lines[j][:max_chars])
        if other:
            # The lines with Chinese or Japanese characters, from one scan of the group: the
            # line of each run found is the number of line ends before it.
            text = "\n".join([lines[j] for j in other])
            runs = [m.start() for m in _NOSPACE_RUN.finditer(text)]
            if runs:
                starts = list(accumulate(len(lines[j]) + 1 for j in other))  # of lines 1, 2, ..
                for at in runs:
                    out[other[bisect_right(starts, at)]] = None
        return out

    def rows(self, lines: Sequence[str], max_chars: int = 10_000):
        """``(mean weight, lex_known)`` of each line as two float64 arrays (the means before
        the page's is subtracted: see :func:`page_relative`). Imports numpy."""
        import numpy

        if self._array is None:
            self._array = numpy.asarray(self.weights + (0.0,), dtype=numpy.float64)
        m = len(lines)
        unknown = len(self.weights)
        per_line = self._words_text(lines, max_chars)
        flat: List[str] = []
        lens: List[int] = []
        for s, t in zip(lines, per_line):
            if t is None:
                words = list(line_tokens(s, max_chars))  # distinct and bounded already
            else:
                words = t.split()
                if len(words) > MAX_TOKENS:
                    words = words[:MAX_TOKENS]
            lens.append(len(words))
            flat.extend(words)
        get = self.ids.get
        ids = numpy.fromiter(map(get, flat, repeat(unknown)), dtype=numpy.int64, count=len(flat))
        line = numpy.repeat(numpy.arange(m, dtype=numpy.int64), lens)
        known = ids != unknown
        # Distinct (line, word) pairs: a word counts once per line, as in line_tokens' set.
        pairs = numpy.sort(line[known] * (unknown + 1) + ids[known])
        if len(pairs) > 1:
            pairs = pairs[numpy.concatenate(([True], pairs[1:] != pairs[:-1]))]
        at, word = numpy.divmod(pairs, unknown + 1)
        count = numpy.bincount(at, minlength=m).astype(numpy.float64)
        total = numpy.bincount(at, weights=self._array[word], minlength=m)
        mean = numpy.divide(total, count, out=numpy.zeros(m), where=count > 0)
        return mean, _log1p_counts(count)


def lexical_features(lines: Sequence[str], lexicon: Union[Mapping[str, float], LexiconIndex],
                     max_chars: int = 10_000,
                     cache: Optional[Dict[str, Tuple[float, float]]] = None):
    """The lexical features of a page's lines, as a float64 array of shape ``(len(lines), 2)``.

    ``lexicon`` is a word -> weight mapping or, faster for many calls, its
    :class:`LexiconIndex`. ``cache`` (line -> :func:`lexical_row` values: a dict, or any
    mapping with ``get`` and item assignment such as :class:`boilerkill.cache.LineCache`)
    saves the work for lines that repeat across pages; it must be used with one lexicon only.
    Imports numpy.
    """
    return lexical_features_pages([lines], lexicon, max_chars, cache)[0]


def lexical_features_pages(pages: Sequence[Sequence[str]],
                           lexicon: Union[Mapping[str, float], LexiconIndex],
                           max_chars: int = 10_000,
                           cache: Optional[Dict[str, Tuple[float, float]]] = None) -> list:
    """:func:`lexical_features` of many pages (each given as its lines) at once: one array per
    page, the lines of every page looked up in one pass."""
    import numpy

    index = lexicon if isinstance(lexicon, LexiconIndex) else LexiconIndex(lexicon)
    flat = [s for lines in pages for s in lines]
    if cache is None:
        mean, known = index.rows(flat, max_chars)
    else:
        rows = lookup(cache, flat)
        todo = [j for j, r in enumerate(rows) if r is MISSING]
        if todo:
            new_mean, new_known = index.rows([flat[j] for j in todo], max_chars)
            new = list(zip(new_mean.tolist(), new_known.tolist()))
            for j, r in zip(todo, new):
                rows[j] = r
            store(cache, [flat[j] for j in todo], new)
        both = numpy.array(rows, dtype=numpy.float64).reshape(len(rows), 2)
        mean, known = both[:, 0], both[:, 1]
    out = []
    at = 0
    for lines in pages:
        out.append(page_relative_arrays(mean[at:at + len(lines)], known[at:at + len(lines)]))
        at += len(lines)
    return out


def page_relative_arrays(mean, known):
    """:func:`page_relative` of rows given as two arrays (means, ``lex_known``)."""
    import numpy

    out = numpy.empty((len(mean), len(LEXICAL_NAMES)), dtype=numpy.float64)
    out[:, 0] = mean
    out[:, 1] = known
    has = out[:, 1] > 0
    if has.any():
        out[has, 0] -= out[has, 0].mean()
    return out


def page_relative(rows: Sequence[Tuple[float, float]]):
    """The lexical feature matrix of a page from its lines' :func:`lexical_row` values: each
    known line's mean weight less the mean of those (see the module docstring). numpy array of
    shape ``(len(rows), 2)``."""
    import numpy

    if not rows:
        return numpy.zeros((0, len(LEXICAL_NAMES)), dtype=numpy.float64)
    out = numpy.asarray(rows, dtype=numpy.float64)
    return page_relative_arrays(out[:, 0], out[:, 1])
