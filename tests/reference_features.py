"""The pure-Python reference implementation the vectorised features must equal.

A verbatim copy of ``boilerkill/features.py`` as it was before vectorisation (its original
docstring follows). Do not edit: the shipped model was trained on these numbers.

Line features: one normalised page in, one vector of numbers per line out.

``FEATURE_NAMES`` is the contract with training: the model file names the features it was fitted
on, and loading refuses a file whose names differ from these.

Two kinds of features:

* line features depend on the line's text alone, so they are computed once per distinct line
  and cached (chrome repeats within a page and across the pages of a site);
* page features place the line in its page: position, repetition, neighbours, and distance from
  the page's main run of text (its densest contiguous block of long lines).

Length is script-aware: Chinese and Japanese write no spaces, so each Han, Hiragana or Katakana
character counts as one word, and scripts such as Thai count one word per three characters.
Otherwise a paragraph of Chinese would look like a one-word menu item.
"""

from __future__ import annotations

import math
from typing import Dict, List, Sequence, Tuple

import regex

#: Names of the features, in the order of every vector :func:`page_features` returns.
FEATURE_NAMES: Tuple[str, ...] = (
    # line features
    "log_chars",
    "log_words",
    "one_word",
    "few_words",
    "mean_word_len",
    "nospace_share",
    "ends_terminal",
    "ends_colon",
    "punct_per_word",
    "comma_rate",
    "digit_share",
    "capital_word_share",
    "all_caps",
    "short_word_share",
    "sentences",
    "starts_bullet",
    "separators",
    "has_url",
    "has_handle",
    "has_hashtag",
    "has_copyright",
    "has_time",
    "has_year",
    "bracketed",
    # page features
    "position",
    "word_position",
    "repeats",
    "page_log_lines",
    "rel_length",
    "prev_log_words",
    "next_log_words",
    "blank_before",
    "blank_after",
    "window_long_share",
    "window_terminal_share",
    "in_main_run",
    "main_run_distance",
    "before_main_run",
    "after_main_run",
)

N_LINE_FEATURES = FEATURE_NAMES.index("position")

# Scripts written without spaces: every character is a word.
_NOSPACE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# Scripts written without spaces but with short letters: about three characters to a word.
_NOSPACE_ALPHA = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]")
_PUNCT = regex.compile(r"[\p{P}\p{S}]")
_DIGIT = regex.compile(r"\d")
_COMMA = regex.compile(r"[,;，、；،]")
# Sentence ends inside a non-ASCII line: terminal mark then a space, or a CJK full stop.
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»“‘«)\]]*\s|[。！？．｡؟۔।॥։።။។]")
_TERMINAL_END = regex.compile(r"[.!?…。！？．｡؟۔।॥։።။។][\"'”’»“‘«)\]）」』]*$")
_BULLET = regex.compile(r"(?:[-–—•·*▪►▸◦●○■□➤→>✓✔]|\d{1,3}[.)](?:\s|$)|[a-z][.)]\s)")
# Separators used as such (surrounded by spaces), and breadcrumb arrows anywhere.
_SEPARATORS = (" | ", " / ", " > ", " • ", " · ", " :: ", " \\ ", "»", "›", "→")
_URL = regex.compile(r"https?://|www\.|\.(?:com|org|net|gov|edu|io|co\.uk|de|fr|ru|cn)\b", regex.I)
_HANDLE = regex.compile(r"(?:^|\s)@\w|\w@\w+\.\w")
_HASHTAG = regex.compile(r"(?:^|\s)#\w")
_COPYRIGHT = regex.compile(r"©|\(c\)\s*\d{4}|copyright", regex.I)
_TIME = regex.compile(r"\b\d{1,2}:\d{2}\b")
_YEAR = regex.compile(r"\b(?:19|20)\d{2}\b")
_BRACKETS = ("[(（【", "])）】")
_ASCII_PUNCT = b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_ASCII_DIGITS = b"0123456789"
_SAMPLE_TOKENS = 64
_TYPICAL_WORD_LEN = 5.5


def _log(x: float) -> float:
    return math.log1p(x)


class LineStats:
    """Per-line features and the two counts the page features need, for one distinct line."""

    __slots__ = ("vector", "words", "terminal")

    def __init__(self, vector: List[float], words: float, terminal: bool) -> None:
        self.vector = vector
        self.words = words
        self.terminal = terminal


def line_stats(line: str, max_chars: int = 10_000) -> LineStats:
    """Compute the line features of one normalised, non-blank line.

    Only the first ``max_chars`` characters are analysed, so a huge line costs bounded time;
    its true length still counts for ``log_chars``.
    """
    n_chars = len(line)
    s = line if n_chars <= max_chars else line[:max_chars]
    n = len(s)
    tokens = s.split()
    n_tokens = len(tokens)
    nospace = 0
    if s.isascii():
        # Most lines are ASCII: count classes with bytes.translate, which runs in C.
        b = s.encode("ascii")
        punct = n - len(b.translate(None, _ASCII_PUNCT))
        digits = n - len(b.translate(None, _ASCII_DIGITS))
        commas = b.count(b",") + b.count(b";")
        sentences = s.count(". ") + s.count("? ") + s.count("! ") + s.count('." ')
        words = float(n_tokens)
    else:
        nospace = len(_NOSPACE.findall(s))
        words = float(n_tokens)
        if nospace:
            # A token made only of no-space characters is replaced by its character count.
            words = n_tokens - sum(1 for t in tokens if _NOSPACE.match(t)) + nospace
        else:
            alpha_ns = len(_NOSPACE_ALPHA.findall(s))
            if alpha_ns:
                words = n_tokens + alpha_ns / 3.0
        punct = len(_PUNCT.findall(s))
        digits = len(_DIGIT.findall(s))
        commas = len(_COMMA.findall(s))
        sentences = len(_SENTENCE_END.findall(s))
    words = max(words, 1.0)
    # A no-space character carries about as much as three Latin letters, so effective length
    # puts a Chinese paragraph and its English translation on the same scale.
    eff_chars = n_chars + 2 * nospace * (n_chars / n)

    if nospace < n / 2:
        # Shares are estimated on the first tokens only: enough for a stable share, and a
        # paragraph of thousands of words costs no more than a long sentence.
        alpha_tokens = [t for t in tokens[:_SAMPLE_TOKENS] if t[:1].isalpha()]
    else:
        alpha_tokens = []
    n_alpha = len(alpha_tokens)
    if n_alpha:
        capital = sum(1 for t in alpha_tokens if t[:1].isupper()) / n_alpha
        short = sum(1 for t in alpha_tokens if len(t) <= 3) / n_alpha
    else:
        # Neutral values for lines with no spaced words (CJK, numbers): the training corpus mean.
        capital, short = 0.0, 0.35
    all_caps = 1.0 if n <= 80 and s.isupper() and n_alpha >= 1 else 0.0

    tail = s[-6:]
    terminal = _TERMINAL_END.search(tail) is not None
    first = s[0]
    vector = [
        _log(eff_chars),
        _log(words),
        1.0 if words <= 1 else 0.0,
        1.0 if words <= 3 else 0.0,
        # Mean word length means nothing where characters are words: use a typical value.
        min((n - n_tokens + 1) / words, 20.0) if nospace < n / 2 else _TYPICAL_WORD_LEN,
        nospace / n,
        1.0 if terminal else 0.0,
        1.0 if tail[-1] in ":：" else 0.0,
        min(punct / words, 3.0),
        min(commas / words, 1.0),
        digits / n,
        capital,
        all_caps,
        short,
        _log(sentences + (1 if terminal else 0)),
        1.0 if (not first.isalnum() or first.isdigit()) and _BULLET.match(s) else 0.0,
        _log(sum(s.count(x) for x in _SEPARATORS)),
        1.0 if ("." in s or "/" in s) and _URL.search(s) else 0.0,
        1.0 if "@" in s and _HANDLE.search(s) else 0.0,
        1.0 if "#" in s and _HASHTAG.search(s) else 0.0,
        1.0 if ("©" in s or "opyright" in s or "OPYRIGHT" in s or "(c)" in s or "(C)" in s)
        and _COPYRIGHT.search(s)
        else 0.0,
        1.0 if ":" in s and _TIME.search(s) else 0.0,
        1.0 if _YEAR.search(s) else 0.0,
        1.0 if first in _BRACKETS[0] and s[-1] in _BRACKETS[1] else 0.0,
    ]
    return LineStats(vector, words, terminal)


# A line this long (in script-aware words) counts as running text for window and main-run
# features; shorter ones pull a run apart.
LONG_LINE_WORDS = 12.0
_WINDOW = 3


def _main_run(weights: Sequence[float]) -> Tuple[int, int]:
    """Indices [start, end) of the contiguous run of non-blank lines with the largest weight sum
    (Kadane). The page's article is usually its densest block of long lines."""
    best, best_start, best_end = 0.0, 0, 0
    run, run_start = 0.0, 0
    for i, w in enumerate(weights):
        if run <= 0.0:
            run, run_start = w, i
        else:
            run += w
        if run > best:
            best, best_start, best_end = run, run_start, i + 1
    return best_start, best_end


def page_features(
    lines: Sequence[str],
    cache: Dict[str, LineStats] | None = None,
    max_chars: int = 10_000,
) -> List[List[float]]:
    """Feature vectors (``len(FEATURE_NAMES)`` floats) for every non-blank line of a page.

    ``lines`` are normalised lines (see :mod:`boilerkill.normalize`); blank lines get no vector
    but still count for positions and ``blank_before``/``blank_after``. The result lists the
    vectors of the non-blank lines in order. ``cache`` maps a line to its :class:`LineStats`
    and may be shared between pages.
    """
    if cache is None:
        cache = {}
    idx = [i for i, s in enumerate(lines) if s]
    m = len(idx)
    if not m:
        return []
    stats = []
    counts: Dict[str, int] = {}
    for i in idx:
        s = lines[i]
        st = cache.get(s)
        if st is None:
            st = line_stats(s, max_chars)
            cache[s] = st
        stats.append(st)
        counts[s] = counts.get(s, 0) + 1

    n_lines = len(lines)
    words = [st.words for st in stats]
    total_words = sum(words)
    max_words = max(words)
    long_ = [1.0 if w >= LONG_LINE_WORDS else 0.0 for w in words]
    term = [1.0 if st.terminal else 0.0 for st in stats]
    # Main-run weights: long lines add their length (capped so one wall of text does not
    # decide alone), short lines subtract a little, so a run survives a subheading or a caption.
    weights = [min(w, 80.0) - LONG_LINE_WORDS if w >= LONG_LINE_WORDS else -2.0 for w in words]
    run_start, run_end = _main_run(weights)
    page_log_lines = _log(m)

    # Prefix sums make every window share O(1) per line.
    pl, pt = [0.0], [0.0]
    for a, b in zip(long_, term):
        pl.append(pl[-1] + a)
        pt.append(pt[-1] + b)

    out = []
    words_before = 0.0
    denom_pos = max(n_lines - 1, 1)
    for k, i in enumerate(idx):
        st = stats[k]
        lo, hi = max(0, k - _WINDOW), min(m, k + _WINDOW + 1)
        width = hi - lo - 1
        if width:
            wl = (pl[hi] - pl[lo] - long_[k]) / width
            wt = (pt[hi] - pt[lo] - term[k]) / width
        else:
            wl = wt = 0.0
        if k < run_start:
            dist = run_start - k
        elif k >= run_end:
            dist = k - run_end + 1
        else:
            dist = 0
        out.append(
            st.vector
            + [
                i / denom_pos,
                words_before / total_words,
                _log(counts[lines[i]] - 1),
                page_log_lines,
                words[k] / max_words,
                _log(words[k - 1]) if k else 0.0,
                _log(words[k + 1]) if k + 1 < m else 0.0,
                1.0 if i == 0 or not lines[i - 1] else 0.0,
                1.0 if i + 1 == n_lines or not lines[i + 1] else 0.0,
                wl,
                wt,
                1.0 if dist == 0 else 0.0,
                _log(dist),
                1.0 if k < run_start else 0.0,
                1.0 if k >= run_end else 0.0,
            ]
        )
        words_before += words[k]
    return out
