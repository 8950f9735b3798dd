"""Context stage: revise each line's score with its neighbours and with section markers.

The line model scores each line almost alone. Two things it cannot see are settled here:

* a page's body is one or a few contiguous runs, so a line amid confident body lines is likelier
  body and a long line amid menus likelier chrome;
* after a section marker ("Related Articles", "Comments", "You may also like", "Mehr zum Thema",
  ...) that comes once the article has started, lines that read like body text are teasers or
  comments of other pages.

The revision is a second logistic regression over context features of the line-model logits
(stacking), fitted on out-of-fold logits so it learns how much to trust the neighbours on each
kind of page rather than applying one fixed switching cost. Besides the neighbours' scores it
reads their words (window means of the lexical feature: a run of menu words is chrome even
where each word alone is ambiguous) and runs of short lines (menus against spec lists).

The shipped model revises twice: a second round computes the same features over the first
round's logits, so a line's neighbours are judged as already revised.
"""

from __future__ import annotations

import math
from typing import Callable, List, Optional, Sequence, Tuple

import regex

from .features import FEATURE_NAMES, best_run
from .lexicon import LEXICAL_NAMES, line_tokens
from .phrases import BYLINE_PREFIXES, TOC_HEADING
from .rules import ANSWER_KIND, BOX_KIND, INLINE_KIND, SECTION_RULE, has_cjk, is_list_item

#: Names of the context features, in the order :func:`context_features` returns them.
CONTEXT_FEATURE_NAMES: Tuple[str, ...] = (
    "z",
    "z_prev",
    "z_next",
    "z_mean2",
    "z_mean5",
    "z_max3",
    "page_mean_z",
    "page_body_share",
    "rule_neighbours",
    "after_related",
    "after_comments",
    "after_footer",
    "since_marker",
    "outside_body_span",
    "body_span_distance",
    "body_before_share",
    "position",
    "z_positive",
    "z_times_body_share",
    "block_mean_z",
    "block_size",
    "smooth_before",
    "smooth_after",
    "z_below_top",
    "in_best_run",
    "best_run_distance",
) + tuple("line_" + name for name in (
    # A few of the line's own shape features, so the revision can weigh neighbours differently
    # for a short line than for a paragraph, for a repeated line, for a line far into the page.
    "log_words",
    "ends_terminal",
    "punct_per_word",
    "position",
    "repeats",
    "in_main_run",
    "separators",
    "has_url",
    "digit_share",
    "capital_word_share",
)) + (
    # The neighbours' words: the line model reads each line's lexical features alone, but a
    # menu of words that are each ambiguous ("Home", "News", "Sport") reads as chrome as a
    # run, and a spec list of short lines among body vocabulary as body.
    "lex_relative",
    "lex_mean2",
    "lex_mean5",
    "lex_known_mean2",
    "lex_block_mean",
    # Longer reaches of the neighbour logits, and how much they vary nearby (a page that
    # alternates body and chrome line by line, like a forum thread, against a uniform run).
    "z_mean10",
    "z_mean25",
    "z_std5",
    # Runs of short lines and their repetition: a menu is a run of short, repeated,
    # unpunctuated lines; a spec list or a thread's post is short lines amid sentences.
    "short_run",
    "short_share5",
    "repeats_mean5",
    "terminal_mean5",
    "words_mean5",
)
# The rest of the line's shape features: with the neighbour features above, the revision can
# tell a short line in a spec list from one in a menu by more than its length.
CONTEXT_FEATURE_NAMES += tuple("line_" + name for name in FEATURE_NAMES
                               if "line_" + name not in CONTEXT_FEATURE_NAMES)
CONTEXT_FEATURE_NAMES += (
    # The nearest neighbours' words one by one, and at a longer reach.
    "lex_prev",
    "lex_next",
    "lex_mean10",
    "lex_min2",
    "lex_max2",
    # The longest run of chrome (lines at logit 0 or below, rules included) between the
    # page's first confident line and the line, and between the line and the page's last
    # confident line. An article ends in a share row, tags and an author box: prose after
    # such a gap is another page's (a teaser, a comment, the site's "why trust us" blurb),
    # while prose after a caption or an inline ad, a gap of a line or two, is not.
    "gap_above",
    "gap_below",
)

#: Positions of the ``line_*`` context features among the context features ...
_LINE_AT = [i for i, n in enumerate(CONTEXT_FEATURE_NAMES) if n.startswith("line_")]
#: ... and of the line features they copy.
_LINE_COLUMNS = [FEATURE_NAMES.index(CONTEXT_FEATURE_NAMES[i][len("line_"):]) for i in _LINE_AT]
_COL = {n: i for i, n in enumerate(CONTEXT_FEATURE_NAMES)}
#: The context features computed from the lexical columns (0 for a model without a lexicon).
_LEX_AT = [i for i, n in enumerate(CONTEXT_FEATURE_NAMES) if n.startswith("lex_")]
#: The context features computed from the line features (0 when none are given).
_SHAPE_AT = [_COL[n] for n in ("short_run", "short_share5", "repeats_mean5", "terminal_mean5",
                               "words_mean5")]
# Positions of the line features this module reads (the line features are a fixed contract).
_LOG_WORDS = FEATURE_NAMES.index("log_words")
_REPEATS = FEATURE_NAMES.index("repeats")
_ENDS_TERMINAL = FEATURE_NAMES.index("ends_terminal")
_STARTS_BULLET = FEATURE_NAMES.index("starts_bullet")
_BLANK_BEFORE = FEATURE_NAMES.index("blank_before")
_SEPARATORS = FEATURE_NAMES.index("separators")
_ENDS_COLON = FEATURE_NAMES.index("ends_colon")
_HAS_URL = FEATURE_NAMES.index("has_url")
_DIGIT_SHARE = FEATURE_NAMES.index("digit_share")
#: A line of at most this many (script-aware) words counts as short for the run features.
SHORT_WORDS = 4

# Logits are clipped so one extreme line cannot dominate its neighbours' means.
_CLIP = 8.0
# What a missing neighbour (beyond the page's edge) looks like: mildly chrome.
_EDGE = -4.0
# A rule hit is certain chrome; its logit is at most this for its neighbours' sake.
_RULE_Z = -6.0
# The article has started once a line scores at least this; markers above it are menu items.
_BODY_STARTED = 1.0
# Lines scoring at least this delimit the page's confident body span.
_CONFIDENT = 2.0

_MARKER_INDEX = {"related": 0, "comments": 1, "footer": 2}
#: The marker of a link in a "more on this topic" box (``section-box``), or of the line right
#: under an inline "read also" heading (``section-inline``), that the article resumed under:
#: the pipeline drops it whatever its score. The article's paragraphs around the box lift
#: their neighbours' scores, and a teaser's title under them reads as a subheading.
BOX_LINK = "related-box"
#: The reason a user reads on such a link.
BOX_LINK_REASON = "context:" + BOX_LINK
#: The rule given to a bulleted line under a related-articles heading ("Related", "Hot Network
#: Questions", "Ähnliche Themen"): a list of links to other pages, dropped whatever its score.
#: (A question's title in such a list reads as body to both stages: a forum's sidebar kept
#: eleven of them on the fiftieth blind set.)
RELATED_ITEM = "related-list-item"
RELATED_ITEM_REASON = "context:" + RELATED_ITEM
#: An article resumes under an inline "read also" heading at a sentence of this many words.
RESUME_WORDS = 10.0
# A line adds to the best run what its probability exceeds this by.
_RUN_MARGIN = 0.3
# Weight of the past in the smoothed logits: about five lines of memory.
_DECAY = 0.8


# A line under a box's links of at most two words is no link (see _box_links).
_BOX_LABEL_LOG_WORDS = math.log1p(2.5)


def _box_links(vectors, heading: int, resumed: int) -> List[int]:
    """The links of a box whose heading is line ``heading`` and under which the article
    resumed at line ``resumed``: the lines right under the heading, up to the first blank
    line, the first line that ends in a colon (no link does: "Die Resultate ausgewählter
    Kantone:" opens the article's table), the first of two words or fewer (an info box's
    label, "Info", "Hintergrund": a link is a title) or, where they are list items ("•
    Title"), the first line that is none ("„Ohne Reformen geht es nicht“", the article's next
    subheading); where none ends them before the article, the first line alone."""
    links: List[int] = []
    bulleted = vectors[heading + 1][_STARTS_BULLET] > 0
    for k in range(heading + 1, resumed):
        if links and (vectors[k][_BLANK_BEFORE] > 0 or (vectors[k][_STARTS_BULLET] > 0)
                      != bulleted or vectors[k][_ENDS_COLON] > 0
                      or vectors[k][_LOG_WORDS] < _BOX_LABEL_LOG_WORDS):
            return links
        links.append(k)
    # No blank line nor list ends the links: the article's subheading may be among them ("Qué
    # tendrán que hacer los propietarios"), and only the first line is surely a link.
    return links if bulleted or vectors[resumed][_BLANK_BEFORE] > 0 else links[:1]


def _window_mean(v, w: int, edge: float):
    """Mean of ``v`` over the ``w`` lines each side of each line, the line itself left out
    (``edge`` for a one-line page). O(1) per line from a prefix sum. The plain one-page form of
    :meth:`ContextBatch.window_mean`, which a test holds equal to it bit for bit."""
    np = _np()
    m = len(v)
    k = np.arange(m)
    pv = np.concatenate(([0.0], np.cumsum(v)))
    lo, hi = np.maximum(k - w, 0), np.minimum(k + w + 1, m)
    width = hi - lo - 1
    return np.where(width > 0, (pv[hi] - pv[lo] - v) / np.maximum(width, 1), edge)


def _run_length(flag, breaks=None):
    """For each line, the length of the run of consecutive True values it is in (0 where
    False); a run never continues across a line flagged in ``breaks`` (a page's first line)."""
    np = _np()
    m = len(flag)
    out = np.zeros(m)
    if not m:
        return out
    prev = np.concatenate(([False], flag[:-1]))
    if breaks is not None:
        prev &= ~breaks
    run = np.cumsum(flag & ~prev) - 1
    lengths = np.bincount(run[flag])
    out[flag] = lengths[run[flag]]
    return out


def _clip(z: float) -> float:
    return _CLIP if z > _CLIP else (-_CLIP if z < -_CLIP else z)


def _np():
    # numpy is imported on first use so that ``import boilerkill`` stays light.
    import numpy

    return numpy


def context_features(
    logits: Sequence[float], rules: Sequence[Optional[str]],
    index: Optional[Sequence[int]] = None,
    vectors=None,
    started_by: Optional[Sequence[float]] = None,
):
    """Context feature vectors for the non-blank lines of one page.

    Args:
        logits: the line model's logit for each non-blank line, in page order.
        rules: for each of those lines the rule that names it (``"share-buttons"``,
            ``"section-related"``, ...) or None.
        index: each of those lines' position in the page (blank lines included), which
            tells the blank-line-delimited blocks apart; None treats the page as one block.
        vectors: the line stage's input matrix: the lines' feature matrix
            (:func:`boilerkill.features.page_matrix`), whose ``line_*`` columns are copied and
            from which the short-run features are computed, optionally followed by the lexical
            features (:mod:`boilerkill.lexicon`), from which the ``lex_*`` features are
            computed (0 without them). None leaves all of these 0 (for tests of the other
            columns: the pipeline and training always pass it).
        started_by: the logits that tell where the article starts, after which a section
            marker is in force; None uses ``logits``. A second context round passes the line
            model's: the thresholds that mark the start are on its scale, and a marker must
            stay in force where the first round saw it.

    Returns:
        A float64 array of shape ``(len(logits), len(CONTEXT_FEATURE_NAMES))`` and, per line,
        the section kind ("related", "comments", "footer") whose marker is in force there, or
        None. Vectorised with numpy over the page; the loops left are O(lines) and simple.

    The same as one page of :class:`ContextBatch` (which the pipeline uses, with the features
    that do not depend on the logits computed once for both rounds).
    """
    batch = ContextBatch([(rules, index, vectors, logits if started_by is None else started_by)])
    return batch.features(logits), batch.active[0]


class ContextBatch:
    """The context stage for a batch of pages: what does not depend on the logits being
    revised is computed once, and :meth:`features` fills in the rest for a round's logits.

    The ``line_*``, ``lex_*`` and short-run columns, the rule neighbourhood, the blocks and the
    section markers in force are the same in every context round (the markers are placed by
    ``started_by``, the line model's logits, in every round).

    Each page's features are exactly (bit for bit) what the page alone gives: every sum runs
    within one page in the same order as for the page alone (per-page prefix sums, per-page
    means), so batching changes no score. Batching pays because a page costs a few dozen numpy
    calls whatever its length: a batch makes them once for all its pages.

    Args:
        pages: per page, ``(rules, index, vectors, started_by)`` as for
            :func:`context_features` (``started_by`` not optional: the line model's logits).

    Attributes:
        active: per page, the section kind in force at each line (or None).
    """

    def __init__(self, pages: Sequence[Tuple[Sequence[Optional[str]], Optional[Sequence[int]],
                                             object, Sequence[float]]]) -> None:
        np = _np()
        sizes = [len(rules) for rules, _, _, _ in pages]
        n = sum(sizes)
        self.n = n
        self.bounds = list(zip(np.cumsum([0] + sizes[:-1]).tolist(),
                               np.cumsum(sizes).tolist())) if pages else []
        self.template = out = np.empty((n, len(CONTEXT_FEATURE_NAMES)), dtype=np.float64)
        self.active: List[List[Optional[str]]] = [[None] * m for m in sizes]
        if not n:
            return
        starts = np.asarray([a for a, _ in self.bounds], dtype=np.int64)
        sizes_a = np.asarray(sizes, dtype=np.int64)
        page_of = np.repeat(np.arange(len(sizes)), sizes_a)
        #: each line's position within its page, its page's length and first line
        self.k = k = np.arange(n) - starts[page_of]
        self.m = m = sizes_a[page_of]
        self.first = first = starts[page_of]
        # Where each line's page starts in a concatenation of per-page prefix sums (a page of
        # m lines has m + 1 of them).
        self._base = first + page_of
        self._page_of = page_of
        self.is_rule = is_rule = np.fromiter(
            (r is not None for rules, _, _, _ in pages for r in rules), dtype=bool, count=n)

        # Section markers are in force from the first one met after the article has started.
        # An inline "read also" heading ("Lesen Sie auch", "Leggi anche") is a related one
        # until the article resumes under its links: at a sentence of RESUME_WORDS words or
        # more, not right under the heading, that the line model calls body (_BODY_STARTED).
        # Then the marker in force before it is again. (A tabloid story with two such
        # headings lost half its paragraphs to them.) A "more on this topic" box heading
        # ("Mehr zum Thema") is held the same way, but the article resumes under it only
        # with two paragraphs (teasers' one-sentence summaries stand there), and its links
        # are then marked BOX_LINK for the pipeline to drop.
        since = np.zeros(n)
        flags = np.zeros((n, 3))
        for (a, b), (rules, _, vectors, started_by), active in zip(self.bounds, pages,
                                                                    self.active):
            if not any(r is not None and r.startswith(SECTION_RULE) for r in rules):
                continue
            started = False
            marker, marker_at = None, 0
            outer: Tuple[Optional[str], int] = (None, 0)  # in force before an inline heading
            inline = boxed = False
            zs = np.clip(np.asarray(started_by, dtype=np.float64), -_CLIP, _CLIP)
            zl = np.where(is_rule[a:b], np.minimum(zs, _RULE_Z), zs).tolist()

            def resumes(j: int, then: bool = False, colon: bool = False) -> bool:
                # A sentence of RESUME_WORDS words or more that the line model calls body:
                # surely (_BODY_STARTED), or, for the paragraph after it (``then``), more
                # likely than not; with ``colon`` it may open a list ("…, die ab Mai gilt:").
                return (j < b - a and zl[j] >= (0.0 if then else _BODY_STARTED)
                        and vectors is not None
                        and bool(vectors[j][_ENDS_TERMINAL]
                                 or (colon and vectors[j][_ENDS_COLON]))
                        and math.expm1(vectors[j][_LOG_WORDS]) >= RESUME_WORDS)

            def box_resumes(j: int) -> bool:
                # Under a box, one sentence may be a teaser's summary: the article resumes
                # where a second one follows, past at most a subheading, or where the first
                # opens a list ("La solicitud exige:", then "• La referencia catastral"). It
                # may resume right under the heading: a link is a title, no sentence (a
                # bookshop's "编辑推荐" heads the pitch of the book itself).
                if not resumes(j, colon=True):
                    return False
                if vectors[j][_ENDS_COLON]:
                    return j + 1 < b - a and bool(vectors[j + 1][_STARTS_BULLET])
                return resumes(j + 1, True, True) or resumes(j + 2, True, True)

            def mark(j: int, kind: Optional[str], at: int) -> None:
                # The section kind in force at line j, with the marker that set it at ``at``.
                active[j] = kind
                since[a + j] = j - at if kind is not None else 0.0
                flags[a + j] = 0.0
                if kind is not None:
                    flags[a + j, _MARKER_INDEX.get(kind, 0)] = 1.0
            for j in range(b - a):
                r = rules[j]
                if r is not None and r.startswith(SECTION_RULE) and started:
                    kind = r[len(SECTION_RULE):]
                    if kind == ANSWER_KIND:
                        # a new answer: the comments under the one above end here
                        inline = False
                        marker, marker_at = None, j
                    elif kind == INLINE_KIND or kind == BOX_KIND:
                        if not inline:
                            outer = (marker, marker_at)
                        inline = True
                        boxed = kind == BOX_KIND
                        marker, marker_at = "related", j
                    else:
                        inline = False
                        marker, marker_at = kind, j
                elif (inline and (box_resumes(j) if boxed else j > marker_at + 1 and resumes(j))):
                    inline = False
                    if boxed:
                        links = _box_links(vectors, marker_at, j)
                        # Under its links the article went on before it resumed in two
                        # paragraphs (a table's intro and rows, a subheading): the marker
                        # in force before the box holds there again.
                        for t in range(links[-1] + 1 if links else j, j):
                            mark(t, *outer)
                    else:
                        # The line right under an inline heading is its link, whatever
                        # the article around it lifts it to.
                        links = [marker_at + 1]
                    for link in links:
                        active[link] = BOX_LINK
                    marker, marker_at = outer
                mark(j, marker, marker_at)
                if zl[j] >= _BODY_STARTED:
                    started = True

        # Blocks: runs of non-blank lines between blank lines. A scraper that keeps the page's
        # layout puts a blank line between sections, so a block tends to be all body or all
        # chrome. Numbered across the batch (a block never spans two pages).
        block = np.zeros(n, dtype=np.int64)
        n_blocks = 0
        for (a, b), (_, index, _, _) in zip(self.bounds, pages):
            if index is not None and b - a > 1:
                idx = np.asarray(index)
                block[a + 1:b] = np.cumsum(np.diff(idx) > 1)
            block[a:b] += n_blocks
            n_blocks = int(block[b - 1]) + 1 if b > a else n_blocks
        self.block = block
        self.block_n = block_n = np.bincount(block)[block]

        rule_sum = self._window_sum(is_rule.astype(np.float64), 2)
        width2 = np.minimum(k + 3, m) - np.maximum(k - 2, 0) - 1
        out[:, 8] = np.where(width2 > 0, (rule_sum - is_rule) / np.maximum(width2, 1), 0.0)
        out[:, 9:12] = flags
        out[:, 12] = np.log1p(since)
        out[:, 16] = k / np.maximum(m - 1, 1)
        out[:, 20] = np.log1p(block_n)
        out[:, _LINE_AT] = 0.0
        out[:, _LEX_AT] = 0.0
        out[:, _SHAPE_AT] = 0.0
        given = [v for _, _, v, _ in pages]
        if any(v is not None for v in given):
            if any(v is None for v in given):
                raise ValueError("give vectors for every page of a batch or for none")
            v = np.vstack([np.asarray(x, dtype=np.float64).reshape(len(r), -1)
                           for (r, _, _, _), x in zip(pages, given) if len(r)])
            out[:, _LINE_AT] = v[:, _LINE_COLUMNS]
            if v.shape[1] >= len(FEATURE_NAMES) + len(LEXICAL_NAMES):
                lex = v[:, len(FEATURE_NAMES)]
                known = v[:, len(FEATURE_NAMES) + 1]
                out[:, _COL["lex_relative"]] = lex
                out[:, _COL["lex_mean2"]] = self.window_mean(lex, 2, 0.0)
                out[:, _COL["lex_mean5"]] = self.window_mean(lex, 5, 0.0)
                out[:, _COL["lex_known_mean2"]] = self.window_mean(known, 2, 0.0)
                out[:, _COL["lex_block_mean"]] = np.where(
                    block_n > 1, (np.bincount(block, weights=lex)[block] - lex)
                    / np.maximum(block_n - 1, 1), 0.0)
                prev_ok, next_ok = k > 0, k < m - 1
                out[:, _COL["lex_prev"]] = np.where(prev_ok, np.roll(lex, 1), 0.0)
                out[:, _COL["lex_next"]] = np.where(next_ok, np.roll(lex, -1), 0.0)
                # The lowest and highest of the two lines each side (the line left out); a
                # one-line page has none (min +inf, max -inf, as for the page alone).
                near = [self._shifted(lex, d) for d in (-2, -1, 1, 2)]
                ok = [self._valid(d) for d in (-2, -1, 1, 2)]
                out[:, _COL["lex_min2"]] = np.min(np.stack(
                    [np.where(o, x, np.inf) for x, o in zip(near, ok)]), axis=0)
                out[:, _COL["lex_max2"]] = np.max(np.stack(
                    [np.where(o, x, -np.inf) for x, o in zip(near, ok)]), axis=0)
                one = m == 1
                out[one, _COL["lex_min2"]] = 0.0
                out[one, _COL["lex_max2"]] = 0.0
                out[:, _COL["lex_mean10"]] = self.window_mean(lex, 10, 0.0)
            log_words = v[:, _LOG_WORDS]
            # Half a word of slack: log_words is log1p of a whole count, up to rounding.
            short = log_words < math.log1p(SHORT_WORDS + 0.5)
            out[:, _COL["short_run"]] = np.log1p(_run_length(short, k == 0))
            out[:, _COL["short_share5"]] = self.window_mean(short.astype(np.float64), 5, 0.0)
            out[:, _COL["repeats_mean5"]] = self.window_mean(v[:, _REPEATS], 5, 0.0)
            out[:, _COL["terminal_mean5"]] = self.window_mean(v[:, _ENDS_TERMINAL], 5, 0.0)
            out[:, _COL["words_mean5"]] = self.window_mean(log_words, 5, 0.0)

    def _prefix(self, v):
        # Each page's [0, cumsum] one after another: the same sums as for the page alone.
        np = _np()
        zero = np.zeros(1)
        parts = []
        for a, b in self.bounds:
            parts.append(zero)
            parts.append(np.cumsum(v[a:b]))
        return np.concatenate(parts)

    def _window_sum(self, v, w: int, prefix=None):
        # Sum of v over the lines within w of each line, itself included, within its page.
        np = _np()
        p = self._prefix(v) if prefix is None else prefix
        k, m, base = self.k, self.m, self._base
        return p[base + np.minimum(k + w + 1, m)] - p[base + np.maximum(k - w, 0)]

    def window_mean(self, v, w: int, edge: float, prefix=None):
        """Mean of ``v`` over the ``w`` lines each side of each line within its page, the line
        itself left out (``edge`` for a one-line page): :func:`_window_mean` page by page."""
        np = _np()
        k, m = self.k, self.m
        width = np.minimum(k + w + 1, m) - np.maximum(k - w, 0) - 1
        return np.where(width > 0, (self._window_sum(v, w, prefix) - v) / np.maximum(width, 1),
                        edge)

    def _shifted(self, v, d: int):
        # v of the line d lines below (d > 0) or above (d < 0), wrapping at the batch's ends
        # (callers mask what is not in the same page with _valid).
        return _np().roll(v, -d)

    def _valid(self, d: int):
        k, m = self.k, self.m
        return (k + d >= 0) & (k + d < m)

    def features(self, logits: Sequence[float]):
        """The context feature matrix of every line of the batch for these logits (the
        batch's pages' logits one after another)."""
        np = _np()
        n = self.n
        out = self.template.copy()
        if not n:
            return out
        is_rule, k, m = self.is_rule, self.k, self.m
        z = np.clip(np.asarray(logits, dtype=np.float64), -_CLIP, _CLIP)
        z = np.where(is_rule, np.minimum(z, _RULE_Z), z)
        positive = z > 0
        zl = z.tolist()
        n_pages = len(self.bounds)
        page_mean = np.empty(n_pages)
        page_body = np.empty(n_pages)
        top = np.empty(n_pages)
        best_lo = np.empty(n_pages, dtype=np.int64)
        best_hi = np.empty(n_pages, dtype=np.int64)
        before = [0.0] * n
        after = [0.0] * n
        # Probability less a margin: what a line adds to the page's best run (Kadane).
        gains = (1.0 / (1.0 + np.exp(-z)) - _RUN_MARGIN).tolist()
        for p, (a, b) in enumerate(self.bounds):
            zp = z[a:b]
            size = b - a
            if not size:
                page_mean[p] = page_body[p] = top[p] = 0.0
                best_lo[p] = best_hi[p] = 0
                continue
            page_mean[p] = float(zp.mean())
            page_body[p] = float(positive[a:b].mean())
            # Page-relative score: how far the line falls below the page's best lines.
            # Product and listing pages have a body that scores lower than an article's.
            top[p] = float(np.sort(zp)[::-1][min(size - 1, max(0, size // 20))])
            # Exponentially smoothed logits from above and from below (the line itself left
            # out): a longer reach than the windows at O(1) per line.
            acc = _EDGE
            for j in range(a, b):
                before[j] = acc
                acc = _DECAY * acc + (1 - _DECAY) * zl[j]
            acc = _EDGE
            for j in range(b - 1, a - 1, -1):
                after[j] = acc
                acc = _DECAY * acc + (1 - _DECAY) * zl[j]
            # The page's best run: the contiguous stretch whose gains add up to the most (the
            # Kadane search the line features use for the page's main run). It finds the body
            # however low the page scores overall.
            best_lo[p], best_hi[p] = best_run(gains[a:b])
        page_of = self._page_of
        mean_l, body_l, top_l = page_mean[page_of], page_body[page_of], top[page_of]
        lo_l, hi_l = best_lo[page_of], best_hi[page_of]
        run_dist = np.where(k < lo_l, lo_l - k, np.where(k >= hi_l, k - hi_l + 1, 0))

        # Distance to the nearest confident line of the page (0 for a confident line itself;
        # the page's length where it has none).
        conf = z >= _CONFIDENT
        g = np.arange(n)
        last = np.maximum.accumulate(np.where(conf, g, -1))
        nxt = np.minimum.accumulate(np.where(conf, g, n)[::-1])[::-1]
        has_above = last >= self.first
        has_below = nxt < self.first + m
        above = np.where(has_above, g - last, m)
        below = np.where(has_below, nxt - g, m)
        dist = np.where(conf, 0, np.minimum(above, below))
        outside = ~(has_above & has_below)

        block, block_n = self.block, self.block_n
        block_sum = np.bincount(block, weights=z)[block]
        block_mean = np.where(block_n > 1, (block_sum - z) / np.maximum(block_n - 1, 1), _EDGE)

        # Max over the 3 lines each side, the line itself left out.
        neigh = np.max(np.stack([np.where(self._valid(d), self._shifted(z, d), -np.inf)
                                 for d in (-3, -2, -1, 1, 2, 3)]), axis=0)
        # Positive lines above each line within its page, and on the whole page.
        pos_i = positive.astype(np.int64)
        cum = np.cumsum(pos_i)
        body_before = cum - pos_i - (cum[self.first] - pos_i[self.first])
        page_positive = np.bincount(page_of, weights=pos_i, minlength=n_pages)[page_of]

        pz = self._prefix(z)
        out[:, 0] = z
        out[:, 1] = np.where(k > 0, np.roll(z, 1), _EDGE)
        out[:, 2] = np.where(k < m - 1, np.roll(z, -1), _EDGE)
        out[:, 3] = self.window_mean(z, 2, _EDGE, pz)
        out[:, 4] = self.window_mean(z, 5, _EDGE, pz)
        out[:, 5] = np.where(np.isfinite(neigh), neigh, _EDGE)
        out[:, 6] = mean_l
        out[:, 7] = body_l
        out[:, 13] = outside
        out[:, 14] = np.log1p(np.minimum(dist, 50))
        out[:, 15] = body_before / np.maximum(page_positive, 1)
        out[:, 17] = np.maximum(z, 0.0)
        out[:, 18] = z * body_l
        out[:, 19] = block_mean
        out[:, 21] = before
        out[:, 22] = after
        out[:, 23] = z - top_l
        out[:, 24] = (k >= lo_l) & (k < hi_l)
        out[:, 25] = np.log1p(np.minimum(run_dist, 50))
        gap_above, gap_below = _gaps(zl, conf.tolist(), self.bounds)
        out[:, _COL["gap_above"]] = np.log1p(np.minimum(gap_above, 50))
        out[:, _COL["gap_below"]] = np.log1p(np.minimum(gap_below, 50))
        out[:, _COL["z_mean10"]] = self.window_mean(z, 10, _EDGE, pz)
        out[:, _COL["z_mean25"]] = self.window_mean(z, 25, _EDGE, pz)
        mean5 = self.window_mean(z, 5, _EDGE, pz)
        out[:, _COL["z_std5"]] = np.sqrt(np.maximum(self.window_mean(z * z, 5, _EDGE * _EDGE)
                                                    - mean5 * mean5, 0.0))
        return out


def _gaps(z: Sequence[float], confident: Sequence[bool], bounds: Sequence[Tuple[int, int]]
          ) -> Tuple[List[int], List[int]]:
    """Per line of each page ``[a, b)`` of ``bounds``: the longest run of lines with ``z`` at
    most 0 strictly between the page's first confident line and the line (0 above that line),
    and the same below, up to the page's last confident line."""
    n = len(z)
    above = [0] * n
    below = [0] * n
    for a, b in bounds:
        for order, out in ((range(a, b), above), (range(b - 1, a - 1, -1), below)):
            run = best = 0
            seen = False
            for j in order:
                out[j] = best
                if confident[j]:
                    seen = True
                if seen:
                    if z[j] <= 0.0:
                        run += 1
                        if run > best:
                            best = run
                    else:
                        run = 0
    return above, below


def reason(line_p: float, final_p: float, threshold: float, marker: Optional[str]) -> str:
    """A readable reason for a model decision, naming the context when it changed the outcome.

    ``model:0.83`` when the context agreed with the line model; otherwise
    ``context:after-related-header``, ``context:after-comments-header``,
    ``context:after-footer-header``, ``context:outside-body`` (the line stands away from the
    page's body run) or ``context:inside-body`` (a weak line surrounded by body).
    """
    if (line_p >= threshold) == (final_p >= threshold):
        return f"model:{final_p:.2f}"
    if final_p < threshold:
        if marker is not None:
            return f"context:after-{marker}-header"
        return "context:outside-body"
    return "context:inside-body"


#: A line with more digits than this share of its characters is a date or a score, not a title
#: ("2025年3月11日 9時30分" is a third digits).
HEADLINE_MAX_DIGITS = 0.3
#: How many lines (not counting lines a rule names: share rows, timestamps) the headline may
#: stand above the first body line: room for a byline, a dateline and a caption.
HEADLINE_REACH = 6
HEADLINE_WORDS = (3.0, 40.0)
#: A headline names what the body is about: among the title-like lines within reach, one
#: further up replaces the nearest when it shares more words with the first
#: ``HEADLINE_BODY_LINES`` body lines, and at least ``HEADLINE_MIN_SHARED``. Between a title
#: and its body often stand lines that read like titles and are not: a byline's "Local
#: Democracy Reporter", a Q&A page's "Viewed 3k times", a recipe's "4.8 from 212 votes".
HEADLINE_BODY_LINES = 10
HEADLINE_MIN_SHARED = 2
#: A product's or a thread's title can stand far above the body, over a buy box or a poster's
#: panel: up to this many lines up, a title-shaped line replaces the nearest candidate when it
#: shares more words with the body, and at least ``HEADLINE_FAR_SHARED``.
HEADLINE_FAR_REACH = 40
HEADLINE_FAR_SHARED = 3
#: The reason given for a headline kept by :func:`headline`.
HEADLINE = "context:headline"


def headline(vectors: Sequence[Sequence[float]], rule_at: Callable[[int], Optional[str]],
             keep: Sequence[bool], text_at: Optional[Callable[[int], str]] = None,
             known: Optional[Callable[[int], Optional[str]]] = None) -> Optional[int]:
    """The position (among non-blank lines) of the article's headline, or None.

    Reference texts of main content usually leave the headline out, so the model learns to drop
    it; but a user cleaning a page wants its title. The candidates are the lines above the
    first kept line that read like one: 3 to 40 words, no separators ("Home | News"), no colon
    or full stop at the end, no address, not mostly digits (a date), not a byline ("By Jane
    Doe", "Von ...", "记者 ..."), not a list item ("• ..."), and no rule naming them. The
    search looks past lines that rules name (share rows, timestamps, a comment count) and up to
    :data:`HEADLINE_REACH` other lines, and stops at a related or footer heading or a long
    paragraph. The headline is the nearest candidate, unless one further up shares more of its
    words with the body (see :data:`HEADLINE_MIN_SHARED`); a question ("Why does my cider smell
    of rotten eggs?") or an exclamation (a tabloid's "... bringt alles zur Polizei!") is a
    candidate only in that second way, since most lines ending a sentence are no title. Beyond
    the reach, up to :data:`HEADLINE_FAR_REACH` lines up, a title-shaped line wins only by its
    words (:data:`HEADLINE_FAR_SHARED`): a product's title over its buy box,
    a thread's title over the poster's panel. ``rule_at(k)`` names the rule of line ``k`` (or
    None); ``keep`` flags the lines kept so far; ``text_at(k)`` gives line ``k``'s text;
    ``known(k)``, when given, the rule known of line ``k`` without asking the pattern rules
    (they are asked of a far line only if it would win).
    """
    first = next((k for k, kept in enumerate(keep) if kept), None)
    if first is None:
        return None
    looked = 0
    entries_end = 0  # under the last entry of a table of contents the search passed
    candidates: List[Tuple[int, bool]] = []  # (line, whether it is a question)
    far: List[int] = []  # title-shaped lines beyond the reach
    for k in range(first - 1, -1, -1):
        if text_at is not None and is_toc_heading(vectors[k], text_at(k)):
            # The lines under a table of contents' heading were its entries (the article's
            # subheadings): the search starts again above it. Where the entries are list
            # items, they end at the last of them: a manual's title under its sidebar's
            # contents and breadcrumb is no entry.
            end = k + 1
            while end < first and is_list_item(text_at(end)):
                end += 1
            # (or at a heading among them that the search passed: see below)
            end = max(end, entries_end)
            if end > k + 1 and any(c >= end for c, _ in candidates):
                candidates = [(c, q) for c, q in candidates if c >= end]
                far = [f for f in far if f >= end]
                continue
            candidates.clear()
            far.clear()
            looked = 0
            continue
        if looked >= HEADLINE_REACH:
            # Beyond the reach only the line's shape is read before its rule: pattern rules
            # cost tens of microseconds a line, and few lines up there are shaped like a title.
            looked += 1
            if looked > HEADLINE_FAR_REACH:
                break
            if _title_shaped(vectors[k]) and text_at is not None:
                # The rules known so far (a heading's is known: section headings are cheap
                # rules); a far line's pattern rules are asked only if its words win.
                r = known(k) if known is not None else rule_at(k)
                if r is not None and _ends_headline_search(r):
                    break
                text = text_at(k)
                # (A sentence is no title here either: a standfirst far above the body shares
                # more words with it than the title over it.)
                sentence = (bool(vectors[k][_ENDS_TERMINAL])
                            and not text.endswith(("?", "？", "!", "！")))
                if r is None and not (sentence or is_list_item(text) or is_byline(text)
                                      or _CAPTION_CREDIT.search(text)):
                    far.append(k)
            continue
        r = rule_at(k)
        if r is not None:
            # A related or footer heading ends the search: a title above it is another
            # page's. A comments heading does not: above the body it is the link to the
            # comments that stands under many a title ("Kommentare (23)", "14 Comments").
            # Nor does the last entry of a table of contents ("本页目录", then the page's
            # sections and its "相关文档"): the search starts again above the contents.
            if _ends_headline_search(r):
                if not (text_at is not None and _toc_entry(vectors, text_at, k)):
                    break
                entries_end = k + 1
            continue
        looked += 1
        v = vectors[k]
        words = math.expm1(v[_LOG_WORDS])
        if words > HEADLINE_WORDS[1]:
            break
        if not _title_shaped(v, words):
            # too short, a breadcrumb, a label, an address or a date: look further up
            continue
        text = text_at(k) if text_at is not None else ""
        # A sentence is no title, but a question can be ("Why does my cider smell?"), and so
        # can a tabloid's exclamation ("... und bringt alles zur Polizei!"): it may win by its
        # words, never as the nearest line by default. (Lines are folded: no trailing space.)
        question = bool(v[_ENDS_TERMINAL]) and text.endswith(("?", "？", "!", "！"))
        if v[_ENDS_TERMINAL] and not question:
            continue
        # A list item is not a title (converters write <li> with a bullet, never <h1>), nor
        # is a photo's caption that ends on its credit.
        if text and (is_list_item(text) or is_byline(text) or _CAPTION_CREDIT.search(text)):
            continue
        candidates.append((k, question))
    plain = [k for k, question in candidates if not question]
    if (not candidates and not far) or text_at is None or (len(candidates) == 1 and plain
                                                           and not far):
        return plain[0] if plain else None
    body = [j for j in range(first, len(keep)) if keep[j]][:HEADLINE_BODY_LINES]
    body_words = set().union(*(_title_words(text_at(j)) for j in body))
    best = plain[0] if plain else None
    best_shared = len(_title_words(text_at(best)) & body_words) if plain else 0
    for k, _ in candidates:
        shared = len(_title_words(text_at(k)) & body_words)
        if shared > best_shared and shared >= HEADLINE_MIN_SHARED:
            best, best_shared = k, shared
    for k in far:
        shared = len(_title_words(text_at(k)) & body_words)
        if shared > best_shared and shared >= HEADLINE_FAR_SHARED and rule_at(k) is None:
            best, best_shared = k, shared
    return best


#: How far above a heading a table of contents' heading may stand for the heading to be one of
#: its entries (see :func:`headline`).
TOC_ENTRY_REACH = 12


def _toc_entry(vectors: Sequence[Sequence[float]], text_at: Callable[[int], str], k: int) -> bool:
    # Whether line k is an entry of a table of contents: a contents heading stands above it
    # within TOC_ENTRY_REACH lines, and only short lines that end no sentence between.
    for j in range(k - 1, max(-1, k - 1 - TOC_ENTRY_REACH), -1):
        if is_toc_heading(vectors[j], text_at(j)):
            return True
        if vectors[j][_ENDS_TERMINAL] or math.expm1(vectors[j][_LOG_WORDS]) > HEADLINE_WORDS[0] * 4:
            return False
    return False


def _ends_headline_search(rule: str) -> bool:
    # A related or footer heading (and an inline one): a title above it is another page's. Not
    # a comments heading (the link to the comments under a title) nor an answer's votes.
    return rule.startswith(SECTION_RULE) and rule not in (SECTION_RULE + "comments",
                                                           SECTION_RULE + ANSWER_KIND)


def _title_shaped(v: Sequence[float], words: Optional[float] = None) -> bool:
    # 3 to 40 words, no separators, no colon at the end, no address, not mostly digits, and
    # no sentence unless a question (the question itself is told by the text).
    words = math.expm1(v[_LOG_WORDS]) if words is None else words
    return not (words < HEADLINE_WORDS[0] or words > HEADLINE_WORDS[1] or v[_SEPARATORS] > 0
                or v[_ENDS_COLON] or v[_HAS_URL] or v[_DIGIT_SHARE] > HEADLINE_MAX_DIGITS)


def is_title_shaped(vector: Sequence[float]) -> bool:
    """Whether a line's feature row reads like a title's: 3 to 40 words, no separators, no
    colon at its end, no address, not mostly digits, no full stop at its end."""
    return _title_shaped(vector) and not vector[_ENDS_TERMINAL]


def _title_words(text: str) -> set:
    # The words of a line that say what it is about: its lexicon keys of four letters or more
    # (not "the", "and", "für"), and its keys of two characters or more in Chinese, Japanese
    # or Korean script (a pair of Chinese characters, a Korean word).
    return {t for t in line_tokens(text) if len(t) >= 4 or (len(t) > 1 and has_cjk(t))}


def is_byline(line: str) -> bool:
    """Whether a line opens like a byline ("By Jane Doe", "Von ...", "Автор: ...", "记者 ...")."""
    head = line[:24].casefold()
    return any(head.startswith(p) for p in BYLINE_PREFIXES)


#: The reason given for the standfirst kept under the headline (see :func:`is_standfirst`).
STANDFIRST = "context:standfirst"
#: A standfirst is a sentence or two of at least this many (script-aware) words.
STANDFIRST_WORDS = 10.0


def is_standfirst(vector: Sequence[float], text: Optional[str] = None) -> bool:
    """Whether the line right under a kept headline reads as the article's standfirst (the
    summary under the title: "Nach dem Hochwasser war der halbe Ortskern überflutet. Jetzt
    steht fest, wie der Damm aussehen soll."): it ends a sentence, has at least
    :data:`STANDFIRST_WORDS` words, is not mostly digits, has at most one separator (not a
    breadcrumb that ends on a question's title) and does not open like a byline.

    Between the headline and the body stand the byline, the date and the share row, so the
    context stage scores the standfirst like them. Keeping it changed the grouped CV by less
    than its noise (0.8296 / 0.8267 -> 0.8296 / 0.8266, recall 0.8911 -> 0.8915), and kept
    the standfirsts that five German, Italian and Dutch fixture pages had lost.
    """
    return (bool(vector[_ENDS_TERMINAL]) and math.expm1(vector[_LOG_WORDS]) >= STANDFIRST_WORDS
            and vector[_DIGIT_SHARE] <= BRIDGE_MAX_DIGITS and vector[_SEPARATORS] < 2
            and not (text and is_byline(text)))


#: A title over a one-sentence standfirst has at least this many words (a
#: kicker over a title has fewer: "Verkehr in Bad Ohlstedt"; so has the short line over a title
#: that the search's choice stands for).
TITLE_ABOVE_WORDS = 12.0
#: ... and the standfirst under it at least this many times as many (a Brazilian portal's
#: title of 17 words over a subtitle of 23).
TITLE_ABOVE_RATIO = 1.3


def title_above(head: int, vectors: Sequence[Sequence[float]],
                rule_at: Callable[[int], Optional[str]], keep: Sequence[bool],
                text_at: Optional[Callable[[int], str]] = None) -> Optional[int]:
    """The line right above the line the headline search found, when that one is the
    standfirst under the real title; or None.

    Italian and German papers print a summary of two sentences under the title, often with no
    full stop at its end ("La donna, 86 anni, era stata convinta ... I complici fermati dopo un
    inseguimento sulla provinciale"). It is shaped like a title and the nearer one, so the search
    takes it, and the title above it is lost. The line above is the title when the found line
    has at least :data:`STANDFIRST_WORDS` words and more than one sentence (a title is one), or
    one sentence :data:`TITLE_ABOVE_RATIO` times as long as a line above of
    :data:`TITLE_ABOVE_WORDS` words or more (Spanish papers print a long subtitle with no full
    stop),
    and the line above is shaped like a title (:func:`headline`'s test, no full stop) with
    fewer words, is no list item (bulleted or numbered) or byline, no rule names it, and it
    shares at least :data:`HEADLINE_MIN_SHARED` of its words (see :func:`headline`) with the
    found line and the body's first lines (``keep``: the lines kept). Without the second
    sentence a kicker over a long title ("Verkehr in Bad Ohlstedt") would win, and without the
    shared words a button ("Sign in Request a Demo", "Skip To Main") over a page's description.
    """
    up = head - 1
    if up < 0 or text_at is None:
        return None
    words = math.expm1(vectors[head][_LOG_WORDS])
    v = vectors[up]
    up_words = math.expm1(v[_LOG_WORDS])
    if (words < STANDFIRST_WORDS or up_words >= words or not _title_shaped(v, up_words)
            or v[_ENDS_TERMINAL] or rule_at(up) is not None):
        return None
    # Two sentences, or one sentence TITLE_ABOVE_RATIO times as long as a title of
    # TITLE_ABOVE_WORDS words or more above it (a Spanish paper's subtitle: "El decreto
    # aprobado por el Consejo de Ministros obliga a las plataformas ... y fija multas de hasta
    # 600.000 euros ...").
    if not (_INNER_SENTENCE_END.search(text_at(head))
            or (up_words >= TITLE_ABOVE_WORDS and words >= TITLE_ABOVE_RATIO * up_words)):
        return None
    text = text_at(up)
    if is_list_item(text) or is_byline(text) or _NUMBERED.match(text):
        return None
    body = [head] + [j for j in range(head + 1, len(keep)) if keep[j]][:HEADLINE_BODY_LINES]
    body_words = set().union(*(_title_words(text_at(j)) for j in body))
    return up if len(_title_words(text) & body_words) >= HEADLINE_MIN_SHARED else None


def title_below(head: int, vectors: Sequence[Sequence[float]],
                rule_at: Callable[[int], Optional[str]], keep: Sequence[bool],
                text_at: Optional[Callable[[int], str]] = None) -> Optional[int]:
    """The line right under the headline when it is a second title line; or None.

    German and Italian papers print a kicker over the title (a Dachzeile: "Corvan Nitro X5 im
    Test" over "Die schnellste SSD im Test – aber nur mit Lüfter"), and the kicker often shares
    more of its words with the body (the product's, the person's name), so :func:`headline`
    takes it over the title right under it, and the title was lost with the standfirst under
    it. The line under the headline is kept with it when it passes the headline's own test for
    a plain candidate (shaped like a title, no sentence, question or exclamation, no list item,
    byline or captioned credit, no date or time, no rule naming it, not flagged in ``keep``),
    is longer than the headline (a button under a title is shorter), is not followed by
    another such line (a menu's items), and shares a word with the first lines flagged in
    ``keep`` after it or with the standfirst under it. Since the search takes the nearest such
    line unless one further up wins by its words, this keeps a line only where a kicker won
    over a title under it that is about the body too (and not where the title won over a
    button under it: "Talk to Our Experts"). ``decide`` passes the lines the scores alone find
    as ``keep``, whatever the threshold.
    """
    k = head + 1
    if k >= len(keep) or keep[k] or text_at is None:
        return None
    v = vectors[k]
    words = math.expm1(v[_LOG_WORDS])
    # (A kicker is the shorter line: a button under a title is shorter than the title.)
    if (not _title_shaped(v, words) or v[_ENDS_TERMINAL]
            or words <= math.expm1(vectors[head][_LOG_WORDS])):
        return None
    text = text_at(k)
    if (is_list_item(text) or is_byline(text) or _NUMBERED.match(text)
            or _CAPTION_CREDIT.search(text) or _DATED.search(text) or rule_at(k) is not None):
        return None
    nxt = k + 1
    if (nxt < len(keep) and _title_shaped(vectors[nxt]) and not vectors[nxt][_ENDS_TERMINAL]
            and rule_at(nxt) is None):
        return None  # a run of title-shaped lines is a menu (a tutorial's chapters)
    # The title is about what the body is about (a button under the headline, "Talk to Our
    # Experts", "Report this article", is not).
    body = [j for j in range(k + 1, len(keep)) if keep[j]][:HEADLINE_BODY_LINES]
    if k + 1 < len(keep) and is_standfirst(vectors[k + 1], text_at(k + 1)):
        body.append(k + 1)  # (the standfirst under it says what the article is about)
    body_words = set().union(*(_title_words(text_at(j)) for j in body))
    return k if _title_words(text) & body_words else None


_TOC_HEADING = regex.compile(TOC_HEADING)
# (Only lines of at most four words are asked: "Table of contents [hide]".)
_TOC_LOG_WORDS = math.log1p(4.0)


def is_toc_heading(vector: Sequence[float], text: str) -> bool:
    """Whether a line (its feature row and folded text) is the heading of an in-page table of
    contents (:data:`boilerkill.phrases.TOC_HEADING`): the headline search starts again above
    it, and :func:`boilerkill.blocks.toc_entries` drops the entries under it."""
    return vector[_LOG_WORDS] <= _TOC_LOG_WORDS and _TOC_HEADING.fullmatch(text) is not None


# A photo's caption that ends on its credit: "…長輩在家門口就能上車。（記者黃郁婷攝）",
# "… am Dienstagmorgen (Foto: Agentur)", "… leitet die Lokalredaktion. Foto: Rundschau/Archiv"
# (the credit after the caption's last sentence). (A caption is often the nearest title-shaped
# line above the body, and shares most words with it.)
_CAPTION_CREDIT = regex.compile(
    r"(?i)[(（][^()（）]{0,40}(?:攝|摄|圖|图|照片|photo|foto|bild|image|credit|picture)"
    r"[^()（）]{0,40}[)）]$"
    r"|[.!?]\s+(?:fotos?|bild|photos?|image|credit|picture|bildquelle|bildnachweis)\s*:\s*[^.!?:]{2,60}$"
    r"|[.!?]\s+©\s*[^.!?:©]{2,60}$")
# A date or a time of day: "2026年03月18日 08:15 来源：… 作者：…" is the meta line under a
# title, not a second title.
_DATED = regex.compile(r"\d{1,2}:\d{2}|\d{4}\s*[年/.\-]\s*\d{1,2}")
# A numbered entry of a list or a table of contents ("3. Prioritize Technical SEO").
_NUMBERED = regex.compile(r"\d{1,3}[.)]\s")
# A sentence ends inside the line: a full stop, question or exclamation mark and a capital
# after it, or a Chinese or Japanese one with more text after it.
_INNER_SENTENCE_END = regex.compile(r"[.!?…]\s+\p{Lu}|[。！？](?=.)")


#: The reason given for a paragraph kept because it continues the body (see ``decide``).
CONTINUES = "context:continues-body"
#: The reason given for a short line kept because body stands on both sides of it (a
#: subheading between paragraphs; see ``decide``).
BETWEEN = "context:between-body"
#: A paragraph at least this long (script-aware words) can continue the body on its own.
CONTINUE_WORDS = 25.0


def continues_body(vector: Sequence[float]) -> bool:
    """Whether a line is a full paragraph: long and ending a sentence (see ``decide``)."""
    return bool(vector[_ENDS_TERMINAL]) and math.expm1(vector[_LOG_WORDS]) >= CONTINUE_WORDS


#: A line bridged between body lines has at most this many (script-aware) words: a subheading
#: or a caption.
BRIDGE_WORDS = 15.0
#: A bridged line is not mostly digits (a date or a time stamp between comments).
BRIDGE_MAX_DIGITS = 0.3


def reads_as_subheading(vector: Sequence[float]) -> bool:
    """Whether a line is shaped like a subheading or a caption (see ``decide``): short, no
    sentence end, not mostly digits. It is never also a full paragraph (:func:`continues_body`),
    which is how a kept line's reason tells the two apart."""
    return (not vector[_ENDS_TERMINAL] and vector[_DIGIT_SHARE] <= BRIDGE_MAX_DIGITS
            and math.expm1(vector[_LOG_WORDS]) <= BRIDGE_WORDS)


def full_paragraphs(vectors) -> List[bool]:
    """:func:`continues_body` of every row of a feature matrix (numpy, or a list of rows):
    :func:`sentences` of at least :data:`CONTINUE_WORDS` words."""
    return sentences(vectors, CONTINUE_WORDS)


#: What the sequence decoder (:func:`sequence_keep`) charges, in log-odds, for each switch
#: between body and chrome along a page's non-blank lines. A page's body is one or a few
#: runs: a lone line that scores just over the threshold among chrome is likelier chrome, and
#: one just under it among body likelier body. 0 turns the decoder off (each line alone).
SEQUENCE_PENALTY = 0.3
#: Log-odds are clipped to this many before decoding, and a line a rule names counts as this
#: sure a drop: one very confident line must not carry its whole neighbourhood with it.
SEQUENCE_CAP = 6.0
#: A sentence of at least this many (script-aware) words that reaches the threshold is kept
#: even alone (see :func:`sequence_keep`). Grouped CV with the decoder: 0.8295 / 0.8269 when
#: only full paragraphs (25 words) were, 0.8289 / 0.8262 with 8, and recall 0.889 -> 0.891
#: (without the decoder 0.8264 / 0.8253, recall 0.892): a short article of plain sentences
#: that the model scores near the threshold must not vanish for being short.
SEQUENCE_PROTECT_WORDS = 8.0
#: The reason given for a line under the threshold kept because the body runs through it.
IN_RUN = "context:in-body-run"
#: The reason given for a line over the threshold dropped because it stands alone in chrome.
SHORT_RUN = "context:short-run"


def sequence_keep(final: Sequence[float], rules: Sequence[Optional[str]], threshold: float,
                  penalty: float = SEQUENCE_PENALTY,
                  protected: Optional[Sequence[bool]] = None) -> List[bool]:
    """Keep flags for a page's non-blank lines from a two-state decoder over their scores.

    The flags maximise the sum, over kept lines, of each line's log-odds against the
    threshold (clipped to :data:`SEQUENCE_CAP`; a line a rule names counts as a sure drop),
    less ``penalty`` for every switch between a kept and a dropped line: Viterbi's algorithm
    over two states. With ``penalty`` 0 a line is kept exactly when its score reaches the
    threshold. Raising the threshold lowers every line's gain by the same amount, so it never
    keeps more lines (ties go to dropping).

    A ``protected`` line (the pipeline protects sentences, see :func:`sentences`) that
    reaches the threshold is kept whatever the decoder says: real content is not to be lost
    for standing alone, and a lone sentence is likelier an article's than a lone menu item.
    """
    n = len(final)
    if penalty <= 0 or n == 0:
        return [p >= threshold and r is None for p, r in zip(final, rules)]
    if protected is not None:
        out = sequence_keep(final, rules, threshold, penalty)
        return [run or (keep_any and p >= threshold and r is None)
                for run, keep_any, p, r in zip(out, protected, final, rules)]
    t = min(max(threshold, 1e-12), 1.0 - 1e-12)
    shift = math.log(t / (1.0 - t))
    cap = SEQUENCE_CAP
    gain = []
    for p, r in zip(final, rules):
        if r is not None or p <= 0.0:
            gain.append(-cap)
        elif p >= 1.0:
            gain.append(cap)
        else:
            v = math.log(p / (1.0 - p)) - shift
            gain.append(-cap if v < -cap else (cap if v > cap else v))
    # ``drop`` and ``keep``: the best score of lines 0..k whose line k is dropped or kept;
    # back[k]: whether each of those two came from line k - 1 kept, for the walk back.
    drop, keep = 0.0, gain[0]
    back = [(False, False)] * n
    for k in range(1, n):
        # Ties: a dropped line is reached from a dropped one, a kept line from a kept one.
        d_from_keep = keep - penalty > drop
        k_from_drop = drop - penalty > keep
        new_drop = keep - penalty if d_from_keep else drop
        new_keep = (drop - penalty if k_from_drop else keep) + gain[k]
        back[k] = (d_from_keep, not k_from_drop)
        drop, keep = new_drop, new_keep
    state = keep > drop
    out = [False] * n
    for k in range(n - 1, -1, -1):
        out[k] = state
        state = back[k][1] if state else back[k][0]
    return out


# A paragraph ending in its footnote marks after its last sentence ("… 最有效的手段。 [1]", "… in
# 1901.[3][4]"), as an encyclopedia's do: the line features read the "]" as no sentence end.
_CITED_END = regex.compile(r"[.!?。！？]\s*(?:\[\s*(?:\d{1,3}|[a-z]|note\s+\d{1,3})\s*\]\s*){1,6}$")


def cited_sentences(protected: Sequence[bool], vectors,
                    text_at: Callable[[int], str]) -> List[bool]:
    """``protected`` (see :func:`sentences`) with the lines added that end a sentence before
    their footnote marks ("… in 1901.[3][4]") and have as many words as a sentence needs."""
    out = list(protected)
    for k in range(len(out)):
        if not out[k]:
            t = text_at(k)
            if (t.endswith("]") and _CITED_END.search(t[-60:]) is not None
                    and math.expm1(vectors[k][_LOG_WORDS]) >= SEQUENCE_PROTECT_WORDS):
                out[k] = True
    return out


def sentences(vectors, min_words: float = SEQUENCE_PROTECT_WORDS) -> List[bool]:
    """Whether each row of a feature matrix (numpy, or a list of rows) is a sentence: it ends
    with a sentence mark and has at least ``min_words`` script-aware words.

    For a numpy matrix only the rows that could qualify (ending a sentence, and ``log_words``
    within a rounding error of the bar) are tested one by one: the others are most lines.
    """
    def test(v) -> bool:
        return bool(v[_ENDS_TERMINAL]) and math.expm1(v[_LOG_WORDS]) >= min_words

    if not hasattr(vectors, "shape"):
        return [test(v) for v in vectors]
    out = [False] * len(vectors)
    # log1p(min_words) less a margin far above rounding: no qualifying row is skipped, and
    # each candidate gets the exact test.
    near = (vectors[:, _ENDS_TERMINAL] != 0) & (vectors[:, _LOG_WORDS]
                                                 > math.log1p(min_words) - 1e-6)
    for k in near.nonzero()[0].tolist():
        out[k] = test(vectors[k])
    return out
