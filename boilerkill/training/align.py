"""Align the lines of a scraped page to its human-written gold text, giving each line a body score.

The gold (main content written out by people) is text, not line labels. To train a line
classifier we need, for every line of the page, "is this line body?". A bag-of-words overlap is
not good enough: the word of a menu line such as ``Home`` or ``News`` occurs somewhere in almost
any article, so such lines would be labelled body. Here the page and the gold are instead *aligned*
as two token sequences, the way ``diff`` aligns two files, and a line's score is the share of its
tokens that the alignment maps onto the gold.

How (see :func:`label_lines`):

1. Both sides are normalised (NFKC, casefold) and tokenised into ``\\w+`` words; every CJK/Thai
   character is its own token, so text without spaces still gives n-grams.
2. **Anchors.** Maximal exact runs that share at least one token trigram are found between the
   page token stream (all lines concatenated, so runs may cross line breaks) and the gold, then
   cut at page line breaks. The heaviest chain of pieces that is increasing on both sides is
   kept: an order-preserving alignment. Among chains that cover as many tokens, the one with the
   fewest jumps and then the least page before the body is taken, so a title repeated in the
   navigation and as the headline is matched at the headline, and a block the page shows twice
   (tabs, mobile and desktop copies) is labelled as one copy, not a patchwork of both.
   Every gold token is used at most once, so gold counts act as a multiset: a phrase the gold
   has once labels one line, even if the page repeats it.
3. **Short lines.** Inside each gap between anchors, whole short lines (one or two tokens, or a
   few consecutive short lines) are matched as whole phrases against the gold of that same gap
   only, and only where the gold has a line boundary there too. A menu line ``Home`` thus cannot
   borrow the word "home" from the middle of a paragraph.
4. **Reordered blocks.** Long leftover runs (out of order with respect to the chain) are matched
   greedily against gold that is still unused.
5. A line's score is the fraction of its tokens aligned (0.0 for blank lines). A line that packs a
   menu and a paragraph gets a value in between.
"""

from __future__ import annotations

import heapq
import unicodedata
from typing import Dict, List, Optional, Sequence, Tuple

import regex

__all__ = ["tokenize", "label_lines", "align_tokens"]

# Scripts written without spaces: one character is one token, so n-grams still mean something.
_NOSPACE = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
_TOKEN = regex.compile(rf"[{_NOSPACE}]|[^\W{_NOSPACE}]+")

# Seed length of the anchor runs: a trigram is rare enough in one page that chance matches
# ("of the", "home") do not become anchors, yet short enough that an edited word only costs
# the tokens right next to it.
_K = 3
# A k-gram that occurs more often than this in the gold is not used as a seed: such repeats
# (table cells, "n/a n/a n/a") make the number of candidate runs explode and anchor nothing.
_MAX_HITS = 64
# Short-line phrase matching: at most this many tokens per phrase.
_SHORT = 2
# Out-of-order rescue: runs at least this long (tokens) are trusted without order evidence.
_RESCUE_MIN = 5

Run = Tuple[int, int, int]  # (page start, gold start, length)


def tokenize(text: str) -> List[str]:
    """Normalised tokens of ``text``: NFKC, casefolded, ``\\w+`` words, one token per CJK character."""
    if not text:
        return []
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def _find_runs(
    page: Sequence[str],
    plo: int,
    phi: int,
    gold: Sequence[str],
    glo: int,
    ghi: int,
    k: int,
    page_ok: Optional[Sequence[bool]] = None,
    gold_ok: Optional[Sequence[bool]] = None,
) -> List[Run]:
    """Maximal exact common runs of length >= ``k`` between ``page[plo:phi]`` and ``gold[glo:ghi]``.

    Seeds are k-grams; consecutive seeds on the same diagonal are merged into one run.
    ``page_ok``/``gold_ok`` (optional) mark tokens still available; unavailable ones break runs.
    """
    index: Dict[Tuple[str, ...], List[int]] = {}
    for j in range(glo, ghi - k + 1):
        if gold_ok is not None and not all(gold_ok[j : j + k]):
            continue
        index.setdefault(tuple(gold[j : j + k]), []).append(j)
    if not index:
        return []
    runs: List[Run] = []
    prev: Dict[int, Tuple[int, int]] = {}  # gold pos of the seed at i-1 -> (run page start, gold start)
    for i in range(plo, phi - k + 1):
        hits = None
        if page_ok is None or all(page_ok[i : i + k]):
            hits = index.get(tuple(page[i : i + k]))
            if hits is not None and len(hits) > _MAX_HITS:
                hits = None
        cur: Dict[int, Tuple[int, int]] = {}
        if hits:
            for j in hits:
                cur[j] = prev.get(j - 1) or (i, j)
        # Runs whose diagonal did not continue at i end at seed i-1.
        for j, (ps, gs) in prev.items():
            if j + 1 not in cur or cur[j + 1] != (ps, gs):
                runs.append((ps, gs, (i - 1) - ps + k))
        prev = cur
    for j, (ps, gs) in prev.items():
        runs.append((ps, gs, (phi - k) - ps + k))
    return runs


class _MaxTree:
    """Fenwick tree of prefix maxima over positions ``0..n`` (values are comparable tuples)."""

    def __init__(self, n: int) -> None:
        self.n = n + 1
        self.t: List[Optional[tuple]] = [None] * (self.n + 1)

    def update(self, pos: int, val: tuple) -> None:
        i = pos + 1
        while i <= self.n:
            cur = self.t[i]
            if cur is None or val > cur:
                self.t[i] = val
            i += i & -i

    def query(self, pos: int) -> Optional[tuple]:
        """Maximum over positions ``<= pos``."""
        i = pos + 1
        best = None
        while i > 0:
            cur = self.t[i]
            if cur is not None and (best is None or cur > best):
                best = cur
            i -= i & -i
        return best


def _split_at_lines(runs: List[Run], line_of: Sequence[int]) -> List[Run]:
    """Cut runs at page line breaks, so the chain can take part of a run (whole lines of it).

    Without this, two overlapping runs (a block repeated in the page, say a tab shown twice)
    could only be taken whole or not at all, and the chain would fill in from whichever pieces
    happen to fit, leaving identical lines with opposite labels.
    """
    out: List[Run] = []
    for ps, gs, ln in runs:
        s = ps
        end = ps + ln
        while s < end:
            e = s + 1
            line = line_of[s]
            while e < end and line_of[e] == line:
                e += 1
            out.append((s, gs + (s - ps), e - s))
            s = e
    return out


# Cost of a jump in the chain (taking a piece that does not continue the previous one on the
# same diagonal). Far below one token, so it only breaks ties: among alignments that cover as
# many tokens, prefer the one that takes a repeated block as one copy rather than a patchwork.
_JUMP = 1e-4


def _chain(runs: List[Run], gold_len: int) -> List[Run]:
    """The heaviest set of runs increasing (and not overlapping) on both the page and the gold side.

    Weight is the number of tokens covered, minus a tiny cost per jump. Ties go to the chain that
    starts latest in the page (the least page before the body), which keeps repeated phrases (a
    title in the nav and again as the headline) next to the body.
    """
    if not runs:
        return []
    runs = sorted(set(runs))
    tree = _MaxTree(gold_len)
    pending: List[Tuple[int, int]] = []  # (page end, run index): not yet usable as predecessor
    best: List[tuple] = []
    back: List[int] = []
    # The piece that ends exactly where a run starts, on the same diagonal: continuing it is free.
    ends_at: Dict[Tuple[int, int], int] = {}
    for idx, (ps, gs, ln) in enumerate(runs):
        while pending and pending[0][0] <= ps:
            _, q = heapq.heappop(pending)
            qps, qgs, qln = runs[q]
            tree.update(qgs + qln, best[q] + (q,))
        pred = tree.query(gs)
        if pred is None:
            val, b = (ln - _JUMP, ps), -1
        else:
            val, b = (pred[0] + ln - _JUMP, pred[1]), pred[2]
        q = ends_at.get((ps, gs))
        if q is not None:
            cont = (best[q][0] + ln, best[q][1])
            if cont >= val:
                val, b = cont, q
        best.append(val)
        back.append(b)
        ends_at[(ps + ln, gs + ln)] = idx
        heapq.heappush(pending, (ps + ln, idx))
    # Final pick: most tokens, then the smallest page span.
    end = max(range(len(runs)), key=lambda r: (best[r][0], best[r][1] - (runs[r][0] + runs[r][2])))
    out = []
    while end != -1:
        out.append(runs[end])
        end = back[end]
    out.reverse()
    return out


def align_tokens(
    page: Sequence[str],
    line_of: Sequence[int],
    line_bounds: Sequence[Tuple[int, int]],
    gold: Sequence[str],
    gold_starts: set,
    gold_ends: set,
) -> List[int]:
    """Align page tokens to gold tokens; returns, per page token, its gold position or -1.

    ``line_of[i]`` is the line of page token ``i``; ``line_bounds[l]`` the (start, end) token range
    of line ``l``; ``gold_starts``/``gold_ends`` the token positions where gold lines start / end.
    """
    n, m = len(page), len(gold)
    match = [-1] * n
    used = [False] * m

    def take(ps: int, gs: int, ln: int) -> None:
        for d in range(ln):
            match[ps + d] = gs + d
            used[gs + d] = True

    # 1. Anchors: order-preserving chain of trigram-seeded runs.
    anchors = _chain(_split_at_lines(_find_runs(page, 0, n, gold, 0, m, _K), line_of), m)
    for ps, gs, ln in anchors:
        take(ps, gs, ln)

    # 2. Gaps between anchors: short whole-line phrases, matched only against the same gap's gold.
    bounds = [(0, 0)] + [(ps + ln, gs + ln) for ps, gs, ln in anchors]
    ends = [(ps, gs) for ps, gs, _ in anchors] + [(n, m)]
    for (pa, ga), (pb, gb) in zip(bounds, ends):
        if pb <= pa or gb <= ga:
            continue
        cands = []
        for ps, gs, ln in _find_runs(page, pa, pb, gold, ga, gb, 1):
            cands.extend(_whole_line_parts(ps, gs, ln, line_of, line_bounds, gold_starts, gold_ends))
        for ps, gs, ln in _chain(cands, m):
            take(ps, gs, ln)

    # 3. Rescue: long runs out of order with the chain (reordered blocks), greedily, longest first.
    rest = _find_runs(page, 0, n, gold, 0, m, _K, [x < 0 for x in match], [not u for u in used])
    rest.sort(key=lambda r: -r[2])
    for ps, gs, ln in rest:
        if ln < _RESCUE_MIN:
            break
        if any(match[ps + d] >= 0 or used[gs + d] for d in range(ln)):
            continue
        take(ps, gs, ln)
    return match


def _whole_line_parts(
    ps: int,
    gs: int,
    ln: int,
    line_of: Sequence[int],
    line_bounds: Sequence[Tuple[int, int]],
    gold_starts: set,
    gold_ends: set,
) -> List[Run]:
    """The part of a gap run made of whole page lines, if trustworthy as a phrase match.

    Runs of three or more tokens are trusted as they are (same evidence as an anchor). A shorter
    one is kept only if it is made of whole page lines and the gold has a line boundary at its
    start or end: "Home" on its own line matches a gold heading "Home", not the "home" inside a
    sentence.
    """
    if ln >= _K:
        return _split_at_lines([(ps, gs, ln)], line_of)
    # Trim to whole lines.
    s, e = ps, ps + ln
    while s < e and line_bounds[line_of[s]][0] < s:
        s += 1
    while e > s and line_bounds[line_of[e - 1]][1] > e:
        e -= 1
    if e <= s:
        return []
    g0, g1 = gs + (s - ps), gs + (e - ps)
    if g0 in gold_starts or g1 in gold_ends:
        return [(s, g0, e - s)]
    return []


def label_lines(lines: List[str], gold: str) -> List[float]:
    """Body score in [0, 1] for each line of a scraped page, given the page's gold main content.

    The score is the share of the line's tokens that the order-preserving alignment maps onto the
    gold (see the module docstring). Blank lines (no tokens) get 0.0. The result has one value
    per input line; most values are 0 or 1, mixed lines get values in between.
    """
    line_bounds: List[Tuple[int, int]] = []
    page: List[str] = []
    line_of: List[int] = []
    for li, line in enumerate(lines):
        toks = tokenize(line)
        line_bounds.append((len(page), len(page) + len(toks)))
        page.extend(toks)
        line_of.extend([li] * len(toks))
    gold_toks: List[str] = []
    gold_starts, gold_ends = set(), set()
    for gl in (gold or "").split("\n"):
        toks = tokenize(gl)
        if toks:
            gold_starts.add(len(gold_toks))
            gold_toks.extend(toks)
            gold_ends.add(len(gold_toks))
    if not page or not gold_toks:
        return [0.0] * len(lines)
    match = align_tokens(page, line_of, line_bounds, gold_toks, gold_starts, gold_ends)
    out = []
    for s, e in line_bounds:
        if e == s:
            out.append(0.0)
        else:
            out.append(sum(1 for i in range(s, e) if match[i] >= 0) / (e - s))
    return out
