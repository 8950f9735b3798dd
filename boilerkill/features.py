"""Line features: one normalised page in, one vector of numbers per line out.

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

The page path (:func:`page_features`, :func:`page_matrix`, :func:`line_block`) is vectorised
with numpy over the whole page; :func:`line_stats` runs it on a single line. The numbers equal
those of the original scalar implementation, on which the shipped model was trained
(tests/test_features_equivalence.py compares with a frozen copy of it). numpy is imported on
first use, so ``import boilerkill`` stays light.
"""

from __future__ import annotations

import math
from typing import Dict, List, Optional, Sequence, Tuple

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
# Marks that end a sentence wherever they stand, with or without a space after them: the
# CJK full stops (full- and half-width), Arabic and Urdu, Devanagari and Bengali (danda),
# Armenian, Ethiopic, Burmese and Khmer. A line of Hindi or Burmese prose must count its
# sentences and end on a terminal mark as an English one does.
_STOPS = "。！？．｡؟۔।॥։።။។"
# Sentence ends inside a non-ASCII line: terminal mark then a space, or one of _STOPS.
# A sentence's closers: quotes and brackets after its mark, the German ones included („…“,
# ‚…‘, »…«): "„Der ist aus Eiche, so etwas schmeißt man nicht weg.“" ends a sentence.
_SENTENCE_END = regex.compile(rf"[.!?…][\"'”’»“‘«)\]]*\s|[{_STOPS}]")
_TERMINAL_END = regex.compile(rf"[.!?…{_STOPS}][\"'”’»“‘«)\]）」』]*$")
_BULLET = regex.compile(r"(?:[-–—•·*▪►▸◦●○■□➤→>✓✔]|\d{1,3}[.)](?:\s|$)|[a-z][.)]\s)")
# Separators used as such (surrounded by spaces), and breadcrumb arrows anywhere.
_SEPARATORS = (" | ", " / ", " > ", " • ", " · ", " :: ", " \\ ", "»", "›", "→")
_URL = regex.compile(r"https?://|www\.|\.(?:com|org|net|gov|edu|io|co\.uk|de|fr|ru|cn)\b", regex.I)
_HANDLE = regex.compile(r"(?:^|\s)@\w|\w@\w+\.\w")
_COPYRIGHT = regex.compile(r"©|\(c\)\s*\d{4}|copyright", regex.I)
_BRACKETS = ("[(（【", "])）】")
_ASCII_PUNCT = b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_ASCII_DIGITS = b"0123456789"
_SAMPLE_TOKENS = 64
_TYPICAL_WORD_LEN = 5.5


class LineStats:
    """Per-line features and the two counts the page features need, for one distinct line."""

    __slots__ = ("vector", "words", "terminal")

    def __init__(self, vector: List[float], words: float, terminal: bool) -> None:
        self.vector = vector
        self.words = words
        self.terminal = terminal


def line_stats(line: str, max_chars: int = 10_000) -> LineStats:
    """The line features of one normalised, non-blank line: the page path on a page of one.

    Only the first ``max_chars`` characters are analysed, so a huge line costs bounded time;
    its true length still counts for ``log_chars``.
    """
    vectors, words, terminal = line_block([line], max_chars)
    return LineStats(vectors[0].tolist(), float(words[0]), bool(terminal[0]))


# A line this long (in script-aware words) counts as running text for window and main-run
# features; shorter ones pull a run apart.
LONG_LINE_WORDS = 12.0
_WINDOW = 3


def best_run(weights: Sequence[float]) -> Tuple[int, int]:
    """Indices [start, end) of the contiguous run with the largest weight sum (Kadane; (0, 0)
    when no weight is positive). The page's article is usually its densest block of long
    lines; the context stage runs it on the lines' scores too."""
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


# ---------------------------------------------------------------------------------------------
# Vectorised line features: a whole page at a time with numpy.
#
# The page's non-blank lines (each cut to ``max_chars``) are joined into one string between
# "\n" separators, with a "\n" in front and a few at the end, so that every position a test
# looks at (one before a line, a few after it) is inside the array, and a separator looks
# like the end (or the start) of a string to every class used below: it is whitespace, not a
# word character, not a digit, not punctuation. The code points go through two lookup tables
# of character classes (built once, from the very regexes and ``str`` methods the scalar
# :func:`line_stats` uses); per-line counts are segment sums, and the rare patterns are found
# at their few candidate positions. Every number equals :func:`line_stats`'s (see
# tests/test_features_equivalence.py, which compares with a frozen copy of the original).
# ---------------------------------------------------------------------------------------------

np = None  # numpy, imported on first use so that ``import boilerkill`` does not load it

# Table A (uint8): classes counted per line. Bit order matters: see _COUNT_COLUMNS.
_A_PUNCT, _A_DIGIT, _A_COMMA, _A_NOSPACE, _A_NSALPHA, _A_BAD, _A_UP, _A_SEP1 = (
    1, 2, 4, 8, 16, 32, 64, 128)
# Table B (uint32): classes tested at given positions.
_B_WS = 1 << 0          # str.isspace (what str.split() splits on)
_B_RESPACE = 1 << 1     # regex \s
_B_ALPHA = 1 << 2       # str.isalpha
_B_WORD = 1 << 3        # regex \w (and so \b)
_B_TERM1 = 1 << 4       # [.!?…] opening a _SENTENCE_END match
_B_CLOSE1 = 1 << 5      # closers inside a _SENTENCE_END match
_B_CJKSTOP = 1 << 6     # _STOPS
_B_SEPC = 1 << 7        # middle character of a " X " separator
_B_CAND = 1 << 8        # not str.isalnum() or str.isdigit(): may start a bullet
_B_SYM = 1 << 9         # bullet symbols (first alternative of _BULLET)
_B_TERM_END = 1 << 10   # terminal marks of _TERMINAL_END
_B_CLOSE_END = 1 << 11  # closers of _TERMINAL_END
_B_COLON = 1 << 12      # ":："
_B_BOPEN = 1 << 13      # opening brackets of ``bracketed``
_B_BCLOSE = 1 << 14     # closing brackets of ``bracketed``
_B_URLW = 1 << 15       # matches (?i)w: may be part of "www."
_B_URLT = 1 << 16       # matches (?i)[congeidfr]: may start a top-level domain after "."
_B_DOTPAREN = 1 << 17   # [.)] after a bullet number

_LITERALS = (
    (_B_TERM1, ".!?…"),
    (_B_CLOSE1, "\"'”’»“‘«)]"),
    (_B_CJKSTOP, _STOPS),
    (_B_SEPC, "|/>•·\\"),
    (_B_SYM, "-–—•·*▪►▸◦●○■□➤→>✓✔"),
    (_B_TERM_END, ".!?…" + _STOPS),
    (_B_CLOSE_END, "\"'”’»“‘«)]）」』"),
    (_B_COLON, ":："),
    (_B_BOPEN, _BRACKETS[0]),
    (_B_BCLOSE, _BRACKETS[1]),
    (_B_DOTPAREN, ".)"),
)
_SEP1_CHARS = "»›→"
_PAD = "\n" * 8

_TABLE_A = None  # per code point < 0x10000, then one slot per astral character seen so far
_TABLE_B = None
_ASTRAL: Dict[int, int] = {}  # astral code point -> its slot in the tables


def _np():
    global np
    if np is None:
        import numpy

        np = numpy
    return np


def _classify(chars: str):
    """Class bits (tables A and B) of each character of ``chars``."""
    np = _np()
    size = len(chars)
    a = np.zeros(size, dtype=np.uint8)
    b = np.zeros(size, dtype=np.uint32)

    def mark(arr, bit, pattern: str) -> None:
        for m in regex.finditer(pattern, chars):
            arr[m.start():m.end()] |= bit

    mark(a, _A_PUNCT, _PUNCT.pattern + "+")
    mark(a, _A_DIGIT, _DIGIT.pattern + "+")
    mark(a, _A_COMMA, _COMMA.pattern + "+")
    mark(a, _A_NOSPACE, _NOSPACE.pattern + "+")
    mark(a, _A_NSALPHA, _NOSPACE_ALPHA.pattern + "+")
    mark(b, _B_RESPACE, r"\s+")
    mark(b, _B_WORD, r"\w+")
    mark(b, _B_URLW, r"(?i)w+")
    mark(b, _B_URLT, r"(?i)[congeidfr]+")

    def flags(test) -> "np.ndarray":
        return np.fromiter(map(test, chars), dtype=bool, count=size)

    # str.isupper() on a string fails on any lowercase or titlecase character (BAD) and needs
    # one uppercase one; one character alone is upper when it is uppercase (UP).
    a[flags(lambda c: not (c + "A").isupper())] |= _A_BAD
    a[flags(str.isupper)] |= _A_UP
    a[flags(lambda c: c in _SEP1_CHARS)] |= _A_SEP1
    b[flags(str.isspace)] |= _B_WS
    b[flags(str.isalpha)] |= _B_ALPHA
    b[flags(lambda c: not c.isalnum() or c.isdigit())] |= _B_CAND
    for bit, lits in _LITERALS:
        b[flags(lambda c: c in lits)] |= bit
    return a, b


def _tables():
    global _TABLE_A, _TABLE_B
    if _TABLE_A is None:
        # Surrogates are characters too (a str may hold lone ones).
        _TABLE_A, _TABLE_B = _classify("".join(map(chr, range(0x10000))))
        # The ASCII fast path of line_stats counts ASCII punctuation and digits with bytes;
        # the tables use the regexes of the other path: they agree on ASCII.
        ascii_punct = set(_ASCII_PUNCT)
        for c in range(128):
            assert bool(_TABLE_A[c] & _A_PUNCT) == (c in ascii_punct)
            assert bool(_TABLE_A[c] & _A_DIGIT) == (c in _ASCII_DIGITS)
    return _TABLE_A, _TABLE_B


def _astral_index(cp):
    """Table indices for code points, giving each astral character (above U+FFFF) a slot."""
    global _TABLE_A, _TABLE_B
    np = _np()
    high = cp > 0xFFFF
    uniq, inverse = np.unique(cp[high], return_inverse=True)
    new = [int(c) for c in uniq.tolist() if c not in _ASTRAL]
    if new:
        a, b = _classify("".join(map(chr, new)))
        base = len(_TABLE_A)
        for j, c in enumerate(new):
            _ASTRAL[c] = base + j
        _TABLE_A = np.concatenate([_TABLE_A, a])
        _TABLE_B = np.concatenate([_TABLE_B, b])
    slots = np.array([_ASTRAL[c] for c in uniq.tolist()], dtype=np.int64)
    idx = cp.astype(np.int64)
    idx[high] = slots[inverse]
    return idx


_LOG1P_TABLE = None
_LOG1P_SIZE = 1 << 16


def _log1p(x):
    """math.log1p of each value, bit for bit (numpy's log1p may differ in the last bit):
    whole numbers from a table, the rare others one by one."""
    global _LOG1P_TABLE
    if _LOG1P_TABLE is None:
        _LOG1P_TABLE = np.array([math.log1p(i) for i in range(_LOG1P_SIZE)])
    x = np.asarray(x, dtype=np.float64)
    i = x.astype(np.int64)
    direct = (i == x) & (i >= 0) & (i < _LOG1P_SIZE)
    out = _LOG1P_TABLE[np.where(direct, i, 0)]
    if not direct.all():
        rest = np.flatnonzero(~direct)
        out[rest] = np.fromiter(map(math.log1p, x[rest].tolist()), dtype=np.float64,
                                count=len(rest))
    return out


def _line_of(starts, pos):
    """Line number of each text position (positions inside lines)."""
    return np.searchsorted(starts, pos, side="right") - 1


# Sparse characters: positions where the rarer patterns can start, found in one pass.
_S_TERM1, _S_CJKSTOP, _S_SEPC, _S_COLON, _S_HASH, _S_AT, _S_YEAR, _S_COMMA = (
    1, 2, 4, 8, 16, 32, 64, 128)
_S_COPY = 256  # ©, "(" (of "(c)"), "y" and "Y" (of "opyright" and "OPYRIGHT")
# Per-line counts are segment sums of packed integers: four 16-bit (or two 32-bit) counts per
# uint64, one reduceat per group. The last group is all zero on ASCII text.
_COUNTED = ((_A_PUNCT, _A_DIGIT, _A_BAD, _A_UP), (_A_NOSPACE, _A_NSALPHA, _A_SEP1))
_DERIVED: Dict[str, object] = {}


def _derived():
    """Tables derived from the class tables (rebuilt when an astral character is added)."""
    size = len(_TABLE_A)
    if _DERIVED.get("size") != size:
        a = _TABLE_A.astype(np.uint64)
        b = _TABLE_B
        sp = np.zeros(size, dtype=np.uint16)
        sp[(b & _B_TERM1) != 0] |= _S_TERM1
        sp[(b & _B_CJKSTOP) != 0] |= _S_CJKSTOP
        sp[(b & _B_SEPC) != 0] |= _S_SEPC
        sp[ord(":")] |= _S_COLON
        sp[ord("#")] |= _S_HASH
        sp[ord("@")] |= _S_AT
        sp[ord("1")] |= _S_YEAR
        sp[ord("2")] |= _S_YEAR
        sp[(_TABLE_A & _A_COMMA) != 0] |= _S_COMMA
        for c in "©(yY":
            sp[ord(c)] |= _S_COPY
        packed = {}
        for width in (16, 32):
            groups = []
            for classes in _COUNTED:
                per = 64 // width
                for g in range(0, len(classes), per):
                    part = classes[g:g + per]
                    t = np.zeros(size, dtype=np.uint64)
                    for j, bit in enumerate(part):
                        t |= ((a & np.uint64(bit)) != 0).astype(np.uint64) << np.uint64(width * j)
                    groups.append((t, part, classes is _COUNTED[0]))
            packed[width] = groups
        _DERIVED.clear()
        _DERIVED.update(size=size, ws=(b & _B_WS) != 0, sp=sp, packed=packed)
    return _DERIVED


def line_block(lines: Sequence[str], max_chars: int = 10_000):
    """The line features of many non-blank lines at once, vectorised.

    Returns ``(matrix, words, terminal)``: a float64 array of shape
    ``(len(lines), N_LINE_FEATURES)`` equal to the :attr:`LineStats.vector` of each line, and
    arrays of :attr:`LineStats.words` (float64) and :attr:`LineStats.terminal` (bool).
    Every line must be non-blank (a non-empty string). Imports numpy.
    """
    np = _np()
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, got {max_chars!r}")
    m = len(lines)
    if not m:
        return np.zeros((0, N_LINE_FEATURES)), np.zeros(0), np.zeros(0, dtype=bool)
    _tables()
    n_chars = np.fromiter(map(len, lines), dtype=np.int64, count=m)
    longest = int(n_chars.max())
    if longest > max_chars:
        lines = [s if len(s) <= max_chars else s[:max_chars] for s in lines]
        n = np.minimum(n_chars, max_chars)
        longest = max_chars
    else:
        n = n_chars
    if not n.min():
        raise ValueError("line_block takes non-blank lines only")
    text = "\n" + "\n".join(lines) + _PAD
    starts = np.empty(m, dtype=np.int64)
    starts[0] = 1
    np.cumsum(n[:-1] + 1, out=starts[1:])
    starts[1:] += 1
    ends = starts + n  # the separator after each line
    ascii_text = text.isascii()
    if ascii_text:
        cp = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
        idx = cp.astype(np.intp)
        line_ascii = None  # every line
    else:
        cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        line_ascii = np.maximum.reduceat(cp, starts) < 128
        idx = _astral_index(cp) if cp.max() > 0xFFFF else cp.astype(np.intp)
    table_a, table_b = _TABLE_A, _TABLE_B
    derived = _derived()

    # Per-line counts of the classes of table A.
    counted = {}
    width = 16 if longest + len(_PAD) + 2 < 1 << 16 else 32
    mask = np.uint64((1 << width) - 1)
    for table, classes, needed_on_ascii in derived["packed"][width]:
        if ascii_text and not needed_on_ascii:
            for bit in classes:
                counted[bit] = np.zeros(m, dtype=np.int64)
            continue
        sums = np.add.reduceat(table.take(idx), starts)
        for j, bit in enumerate(classes):
            counted[bit] = ((sums >> np.uint64(width * j)) & mask).astype(np.int64)
    punct, digits, bad, up = (counted[b] for b in _COUNTED[0])
    nospace, nsalpha, sep1 = (counted[b] for b in _COUNTED[1])

    def a_at(pos, bit):
        return (table_a[idx[pos]] & bit).astype(bool)

    def b_at(pos, bit):
        return (table_b[idx[pos]] & bit).astype(bool)

    # Tokens as str.split() makes them: maximal runs of non-whitespace.
    ws = derived["ws"].take(idx)
    # The text starts and ends with whitespace, so changes alternate: start, end, start, ...
    change = np.flatnonzero(ws[1:] != ws[:-1]) + 1
    tok_start = change[0::2]
    tok_end = change[1::2]
    first_tok = np.searchsorted(tok_start, starts)
    n_tok = np.searchsorted(tok_start, ends) - first_tok
    tok_line = np.repeat(np.arange(m), n_tok)

    words = n_tok.astype(np.float64)
    if not ascii_text:
        if nospace.any():
            # A token starting with a no-space character is replaced by the line's count of them.
            ns_first = np.bincount(tok_line[a_at(tok_start, _A_NOSPACE)], minlength=m)
            words = np.where(nospace > 0, (n_tok - ns_first + nospace).astype(np.float64), words)
        if nsalpha.any():
            words = np.where((nospace == 0) & (nsalpha > 0), n_tok + nsalpha / 3.0, words)
    words = np.maximum(words, 1.0)
    spaced = 2 * nospace < n  # nospace < n / 2

    # Capital and short shares over the first _SAMPLE_TOKENS tokens, of those that start with a
    # letter.
    sample = np.arange(len(tok_start)) - first_tok[tok_line] < _SAMPLE_TOKENS
    sample_start = tok_start[sample]
    sel = b_at(sample_start, _B_ALPHA)
    sel_start = sample_start[sel]
    sel_line = tok_line[sample][sel]
    n_alpha = np.bincount(sel_line, minlength=m)
    n_cap = np.bincount(sel_line[a_at(sel_start, _A_UP)], minlength=m)
    tok_len = tok_end[sample][sel] - sel_start
    n_short = np.bincount(sel_line[tok_len <= 3], minlength=m)
    n_alpha = np.where(spaced, n_alpha, 0)
    has_alpha = n_alpha > 0
    safe_alpha = np.maximum(n_alpha, 1)
    capital = np.where(has_alpha, n_cap / safe_alpha, 0.0)
    short = np.where(has_alpha, n_short / safe_alpha, 0.35)

    # str.isupper(): a lone character is upper if uppercase; longer strings need an uppercase
    # character and no lowercase or titlecase one.
    first_a = table_a[idx[starts]]
    first_b = table_b[idx[starts]]
    is_upper = np.where(n == 1, (first_a & _A_UP).astype(bool), (bad == 0) & (up > 0))
    all_caps = (n <= 80) & is_upper & has_alpha

    # The sparse characters, and the line of each.
    sp = derived["sp"].take(idx)
    spos = np.flatnonzero(sp)
    scode = sp[spos]
    sline = np.searchsorted(starts, spos, side="right") - 1

    def at(code):
        sel = (scode & code).astype(bool)
        return spos[sel], sline[sel]

    def per_line(lines_of):
        return np.bincount(lines_of, minlength=m)

    commas = per_line(at(_S_COMMA)[1])

    # Sentences. ASCII lines count ". ", "? ", "! " and '." '; the others count _SENTENCE_END
    # matches: a mark of [.!?…], closers, then whitespace inside the line; or one of _STOPS.
    marks, mark_line = at(_S_TERM1)
    nxt = cp[marks + 1]
    spaced_mark = nxt == 32
    quoted = (nxt == 34) & (cp[marks] == 46)
    quoted[quoted] = cp[marks[quoted] + 2] == 32
    sentences = per_line(mark_line[spaced_mark | quoted])
    if line_ascii is not None and not line_ascii.all():
        j = marks + 1
        while True:
            closing = b_at(j, _B_CLOSE1)
            if not closing.any():
                break
            j = j + closing
        ok = b_at(j, _B_RESPACE) & (j < ends[mark_line])
        re_count = per_line(mark_line[ok]) + per_line(at(_S_CJKSTOP)[1])
        sentences = np.where(line_ascii, sentences, re_count)

    # ends_terminal: _TERMINAL_END on the last six characters: closers back from the end,
    # then a terminal mark.
    back = ends[:, None] - np.arange(1, 7)
    valid = back >= starts[:, None]
    tail_b = table_b[idx[back]]
    closer = valid & (tail_b & _B_CLOSE_END).astype(bool)
    run = np.cumprod(closer, axis=1).sum(axis=1)
    col = np.minimum(run, 5)[:, None]
    terminal = (run < 6) & np.take_along_axis(
        valid & (tail_b & _B_TERM_END).astype(bool), col, axis=1)[:, 0]
    last = ends - 1
    last_b = tail_b[:, 0]
    for k in np.flatnonzero(cp[last] == 10).tolist():
        # "$" also matches before a final newline; such lines never come out of
        # normalize.fold_line, so the regex does it.
        terminal[k] = _TERMINAL_END.search(lines[k][-6:]) is not None

    # starts_bullet: a bullet symbol, or \d{1,3}[.)] then whitespace or the end of the line.
    bullet = (first_b & _B_CAND).astype(bool)
    maybe = np.flatnonzero(bullet & ~(first_b & _B_SYM).astype(bool))
    if len(maybe):
        s0 = starts[maybe]

        def d(pos):
            return a_at(pos, _A_DIGIT)

        def dp(pos):
            return b_at(pos, _B_DOTPAREN)

        def sp_(pos):
            return b_at(pos, _B_RESPACE)

        numbered = d(s0) & (
            (dp(s0 + 1) & sp_(s0 + 2))
            | (d(s0 + 1) & ((dp(s0 + 2) & sp_(s0 + 3))
                            | (d(s0 + 2) & dp(s0 + 3) & sp_(s0 + 4))))
        )
        bullet[maybe] = numbered

    # Separators: " X " for X in |/>•·\, " :: ", and », ›, → anywhere (str.count: matches of
    # one separator do not overlap; the rare line where they could is counted by str.count).
    centre, centre_line = at(_S_SEPC)
    ok = (cp[centre - 1] == 32) & (cp[centre + 1] == 32)
    centre, centre_line = centre[ok], centre_line[ok]
    colon, colon_line = at(_S_COLON)
    colon_all, colon_line_all = colon, colon_line
    ok = (cp[colon + 1] == 58) & (cp[colon - 1] == 32) & (cp[colon + 2] == 32)
    double, double_line = colon[ok], colon_line[ok]
    seps = sep1 + per_line(centre_line) + per_line(double_line)
    overlap = np.concatenate([
        centre_line[:-1][(np.diff(centre) == 2) & (cp[centre[:-1]] == cp[centre[1:]])],
        double_line[:-1][np.diff(double) == 3],
    ])
    for k in set(overlap.tolist()):
        seps[k] = sum(lines[k].count(x) for x in _SEPARATORS)

    # has_year: \b(?:19|20)\d{2}\b
    cand, cand_line = at(_S_YEAR)
    c0, c1 = cp[cand], cp[cand + 1]
    ok = ((c0 == 49) & (c1 == 57)) | ((c0 == 50) & (c1 == 48))
    cand, cand_line = cand[ok], cand_line[ok]
    ok = (a_at(cand + 2, _A_DIGIT) & a_at(cand + 3, _A_DIGIT)
          & ~b_at(cand - 1, _B_WORD) & ~b_at(cand + 4, _B_WORD))
    has_year = per_line(cand_line[ok]) > 0

    # has_time: \b\d{1,2}:\d{2}\b around each colon
    ok = a_at(colon - 1, _A_DIGIT) & a_at(colon + 1, _A_DIGIT) & a_at(colon + 2, _A_DIGIT)
    colon, colon_line = colon[ok], colon_line[ok]
    ok = ~b_at(colon + 3, _B_WORD) & (
        ~b_at(colon - 2, _B_WORD) | (a_at(colon - 2, _A_DIGIT) & ~b_at(colon - 3, _B_WORD)))
    has_time = per_line(colon_line[ok]) > 0

    # has_hashtag: (?:^|\s)#\w (the separator before a line is whitespace, like ^)
    hashes, hash_line = at(_S_HASH)
    ok = b_at(hashes - 1, _B_RESPACE) & b_at(hashes + 1, _B_WORD)
    has_hashtag = per_line(hash_line[ok]) > 0

    # The other patterns by regex, on the few lines that could match (searching the joined
    # text between a line's bounds is searching the line).
    def search(pattern, lines_of, before: int = 0):
        flag = np.zeros(m, dtype=bool)
        for k in set(lines_of.tolist()):
            flag[k] = pattern.search(text, int(starts[k]) - before, int(ends[k])) is not None
        return flag

    # (?:^|\s)@\w|\w@\w+\.\w: from the separator before the line, which \s matches like ^.
    has_handle = search(_HANDLE, at(_S_AT)[1], before=1)
    # Lines holding "©", "(c)", "(C)", "opyright" or "OPYRIGHT" (the scalar path's filter).
    pos, pos_line = at(_S_COPY)
    c = cp[pos]
    paren = c == 40
    paren[paren] = ((cp[pos[paren] + 1] | 32) == 99) & (cp[pos[paren] + 2] == 41)
    word = (c | 32) == 121
    wpos = pos[word]
    upper = c[word] == 89
    for off, low in ((-2, "o"), (-1, "p"), (1, "r"), (2, "i"), (3, "g"), (4, "h"), (5, "t")):
        word[word] = cp[wpos + off] == np.where(upper, ord(low.upper()), ord(low))
        wpos, upper = pos[word], c[word] == 89
    has_copyright = search(_COPYRIGHT, pos_line[(c == 0xA9) | paren | word])
    # https?://, www\. and \.(?:com|...)\b: "://", or a dot after three w or before a letter
    # that starts a domain.
    dot = cp[marks] == 46
    dots, dot_line = marks[dot], mark_line[dot]
    ok = b_at(dots + 1, _B_URLT) | (
        b_at(dots - 1, _B_URLW) & b_at(dots - 2, _B_URLW) & b_at(np.maximum(dots - 3, 0), _B_URLW))
    slashes = (cp[colon_all + 1] == 47) & (cp[colon_all + 2] == 47)
    url_lines = np.concatenate([dot_line[ok], colon_line_all[slashes]])
    has_url = search(_URL, url_lines)

    eff_chars = n_chars + (2 * nospace) * (n_chars / n)
    out = np.empty((m, N_LINE_FEATURES), dtype=np.float64)
    out[:, 0] = _log1p(eff_chars)
    out[:, 1] = _log1p(words)
    out[:, 2] = words <= 1
    out[:, 3] = words <= 3
    out[:, 4] = np.where(spaced, np.minimum((n - n_tok + 1) / words, 20.0), _TYPICAL_WORD_LEN)
    out[:, 5] = nospace / n
    out[:, 6] = terminal
    out[:, 7] = (last_b & _B_COLON).astype(bool)
    out[:, 8] = np.minimum(punct / words, 3.0)
    out[:, 9] = np.minimum(commas / words, 1.0)
    out[:, 10] = digits / n
    out[:, 11] = capital
    out[:, 12] = all_caps
    out[:, 13] = short
    out[:, 14] = _log1p(sentences + terminal)
    out[:, 15] = bullet
    out[:, 16] = _log1p(seps)
    out[:, 17] = has_url
    out[:, 18] = has_handle
    out[:, 19] = has_hashtag
    out[:, 20] = has_copyright
    out[:, 21] = has_time
    out[:, 22] = has_year
    out[:, 23] = (first_b & _B_BOPEN).astype(bool) & (last_b & _B_BCLOSE).astype(bool)
    return out, words, terminal


def page_matrix(
    lines: Sequence[str],
    cache: Dict[str, LineStats] | None = None,
    max_chars: int = 10_000,
):
    """The feature vectors of a page's non-blank lines as one numpy array, vectorised.

    Returns ``(matrix, words)``: a float64 array of shape ``(n_nonblank, len(FEATURE_NAMES))``
    whose rows are what :func:`page_features` returns, and the script-aware word count of each
    non-blank line (float64; what :attr:`LineStats.words` holds, e.g. for
    :meth:`boilerkill.rules.RuleBook.match`). A page with no non-blank line gives arrays of
    0 rows. ``cache``, when given, receives a :class:`LineStats` for every non-blank line not
    in it yet (so callers may read ``cache[line].words``); the line features are computed for
    the whole page in one go whatever the cache holds. Imports numpy.
    """
    matrix, words, _ = _page(lines, cache, max_chars)
    return matrix, words


def pages_matrices(pages: Sequence[Sequence[str]], max_chars: int = 10_000):
    """:func:`page_matrix` of many pages at once: one ``(matrix, words)`` pair per page, the
    same numbers, with the line features of every page's lines computed in one vectorised
    pass (numpy's fixed cost per call is paid once per batch, not once per page)."""
    np = _np()
    indexes = [[i for i, s in enumerate(lines) if s] for lines in pages]
    texts = [lines[i] for lines, index in zip(pages, indexes) for i in index]
    if texts:
        vectors, words, terminal = line_block(texts, max_chars)
    out = []
    at = 0
    for lines, index in zip(pages, indexes):
        m = len(index)
        if not m:
            out.append((np.empty((0, len(FEATURE_NAMES)), dtype=np.float64), np.zeros(0)))
            continue
        block = (vectors[at:at + m], words[at:at + m], terminal[at:at + m])
        matrix, page_words, _ = _page(lines, None, max_chars, index, block)
        out.append((matrix, page_words))
        at += m
    return out


def _page(lines: Sequence[str], cache: Dict[str, LineStats] | None, max_chars: int,
          index: Optional[List[int]] = None, block=None):
    # ``index`` and ``block`` (the line_block of the page's non-blank lines) when the caller
    # computed them for many pages at once.
    np = _np()
    if index is None:
        index = [i for i, s in enumerate(lines) if s]
    m = len(index)
    out = np.empty((m, len(FEATURE_NAMES)), dtype=np.float64)
    if not m:
        return out, np.zeros(0), None
    texts = [lines[i] for i in index]
    vectors, words, terminal = block if block is not None else line_block(texts, max_chars)
    out[:, :N_LINE_FEATURES] = vectors
    words_list = words.tolist()

    n_lines = len(lines)
    idx = np.array(index, dtype=np.int64)
    k = np.arange(m)
    counts: Dict[str, int] = {}
    for s in texts:
        counts[s] = counts.get(s, 0) + 1
    repeats = np.fromiter(map(counts.__getitem__, texts), dtype=np.float64, count=m)
    # Same operations in the same order as the scalar reference: a running sum of the words
    # before each line, and Python's own sum() for the total.
    total_words = sum(words_list)
    words_before = np.empty(m)
    words_before[0] = 0.0
    np.cumsum(words[:-1], out=words_before[1:])
    long_ = words >= LONG_LINE_WORDS
    weights = np.where(long_, np.minimum(words, 80.0) - LONG_LINE_WORDS, -2.0)
    run_start, run_end = best_run(weights.tolist())
    pl = np.zeros(m + 1)
    np.cumsum(long_, out=pl[1:])
    pt = np.zeros(m + 1)
    np.cumsum(terminal, out=pt[1:])
    lo = np.maximum(k - _WINDOW, 0)
    hi = np.minimum(k + _WINDOW + 1, m)
    width = hi - lo - 1
    safe = np.maximum(width, 1)
    log_words = _log1p(words)
    dist = np.where(k < run_start, run_start - k, np.where(k >= run_end, k - run_end + 1, 0))

    p = N_LINE_FEATURES
    out[:, p] = idx / max(n_lines - 1, 1)
    out[:, p + 1] = words_before / total_words
    out[:, p + 2] = _log1p(repeats - 1)
    out[:, p + 3] = math.log1p(m)
    out[:, p + 4] = words / words.max()
    out[0, p + 5] = 0.0
    out[1:, p + 5] = log_words[:-1]
    out[:-1, p + 6] = log_words[1:]
    out[m - 1, p + 6] = 0.0
    prev_adjacent = np.zeros(m, dtype=bool)
    prev_adjacent[1:] = idx[:-1] == idx[1:] - 1
    out[:, p + 7] = ~prev_adjacent
    next_adjacent = np.zeros(m, dtype=bool)
    next_adjacent[:-1] = prev_adjacent[1:]
    out[:, p + 8] = ~next_adjacent
    out[:, p + 9] = np.where(width > 0, (pl[hi] - pl[lo] - long_) / safe, 0.0)
    out[:, p + 10] = np.where(width > 0, (pt[hi] - pt[lo] - terminal) / safe, 0.0)
    out[:, p + 11] = dist == 0
    out[:, p + 12] = _log1p(dist)
    out[:, p + 13] = k < run_start
    out[:, p + 14] = k >= run_end

    rows = None
    if cache is not None:
        rows = out.tolist()
        term_list = terminal.tolist()
        for j, s in enumerate(texts):
            if s not in cache:
                cache[s] = LineStats(rows[j][:N_LINE_FEATURES], words_list[j], term_list[j])
    return out, words, rows


def page_features(
    lines: Sequence[str],
    cache: Dict[str, LineStats] | None = None,
    max_chars: int = 10_000,
) -> List[List[float]]:
    """Feature vectors (``len(FEATURE_NAMES)`` floats) for every non-blank line of a page.

    ``lines`` are normalised lines (see :mod:`boilerkill.normalize`); blank lines get no vector
    but still count for positions and ``blank_before``/``blank_after``. The result lists the
    vectors of the non-blank lines in order, as lists of Python floats. ``cache`` maps a line
    to its :class:`LineStats` and may be shared between pages: every non-blank line of the page
    is in it afterwards (the pipeline reads ``cache[line].words`` for the rules).

    Vectorised with numpy over the whole page (see :func:`page_matrix` for the array itself);
    the numbers equal the scalar :func:`line_stats` and the original implementation.
    """
    if not any(lines):
        return []
    matrix, _, rows = _page(lines, cache, max_chars)
    return rows if rows is not None else matrix.tolist()
