"""The one place where the stage order lives.

    split into lines -> normalise -> features -> rules and line model -> context -> decide

:class:`Cleaner` holds options, the loaded model and a bounded cache of per-line work; the
module-level :func:`clean` and :func:`classify` are one-call conveniences.
"""

from __future__ import annotations

import math
import re

from typing import Callable, Dict, List, NamedTuple, Optional, Sequence, Tuple, Union

from .blocks import (BUY_BOX, CALLOUT, CODE_BLOCK, CODE_LABEL, FORUM_POST, INGREDIENTS, ITEM_LIST,
                     LIST_ITEM, QA_CHROME, QA_POST, SIGN_OFF, SPEC_SHEET, TABLE_ROW, TICKER_ENTRY,
                     TOC_ENTRY, TOC_SECTION, UNDER_HEADLINE, buy_box, callouts, code_and_list_lines,
                     code_labels, forum_posts, ingredient_lists, is_code_line, is_table_row,
                     item_lists, paragraphs_under, qa_threads, sign_offs, spec_sheets, tables,
                     ticker_entries, toc_entries, toc_lists, toc_sections)
from .context import (BETWEEN, BOX_LINK, BOX_LINK_REASON, CONTINUES, HEADLINE, HEADLINE_REACH,
                      IN_RUN, RELATED_ITEM, RELATED_ITEM_REASON, SEQUENCE_PENALTY, SHORT_RUN,
                      STANDFIRST, ContextBatch, cited_sentences, continues_body, full_paragraphs, headline,
                      is_standfirst, is_title_shaped, reads_as_subheading, reason, sentences,
                      sequence_keep, title_above, title_below)
from .features import pages_matrices
from .lexicon import lexical_features_pages
from .model import Model, load_model, probabilities, score_lines
from .normalize import fold_line, repair, split_lines
from .cache import MISSING, LineCache, lookup, store
from .options import Options
from .rules import RULES, SECTION_RULE, demote_item_markers, is_list_item


#: :meth:`Cleaner.clean_many` scores pages together in batches of about this many characters
#: (measured on the training corpus, 16 KB pages: 16 pages a batch ran 25% faster than one,
#: 64 pages no faster than one).
BATCH_CHARS = 256_000


#: A page of more than this many lines is cleaned in consecutive parts of this many lines, each
#: judged as a page. The analysis holds about 2.5 KB a line whatever the line's length, so a
#: page of a million one-character lines (2 MB of text) would take gigabytes; the longest page
#: of the training corpus has 5,088 lines.
MAX_PAGE_LINES = 20_000

_PART_RES: Dict[int, "re.Pattern[str]"] = {}


def page_parts(text: str, max_lines: Optional[int] = None) -> Optional[List[str]]:
    """``text`` cut into consecutive parts of ``max_lines`` lines (default
    :data:`MAX_PAGE_LINES`), or None when it has no more lines than that. Each part keeps its
    line ends, so the parts' lines (see :func:`~boilerkill.normalize.split_lines`) are the
    page's lines in order, and joined they are ``text``. The cut never makes a list of every
    line (memory stays near the text's size).
    """
    max_lines = MAX_PAGE_LINES if max_lines is None else max_lines
    if max_lines < 1:
        raise ValueError(f"max_lines must be at least 1, got {max_lines!r}")
    if text.count("\n") + text.count("\r") < max_lines:
        return None  # fewer line ends than that: at most max_lines lines
    part = _PART_RES.get(max_lines)
    if part is None:
        # Up to max_lines - 1 ended lines, then one more line: ended, or the text's last.
        part = _PART_RES[max_lines] = re.compile(
            r"(?:[^\r\n]*(?:\r\n?|\n)){0,%d}[^\r\n]*(?:\r\n?|\n|\Z)" % (max_lines - 1))
    parts = [p for p in part.findall(text) if p]  # (the empty match at the text's end)
    return parts if len(parts) > 1 else None


class Decision(NamedTuple):
    """What boilerkill decided about one input line.

    Attributes:
        line: the line as it is output: whitespace folded, and repaired by ftfy if kept.
        keep: True when the line is body.
        score: the model's probability that the line is body, in [0, 1] (0 for blank lines).
        reason: why, for a person: ``blank``, ``rule:<name>`` (a named hand rule),
            ``model:<score>`` (the model decided, the context agreeing) or
            ``context:<why>`` (the context stage overturned the line model).
    """

    line: str
    keep: bool
    score: float
    reason: str


class DocStats(NamedTuple):
    """What cleaning did to one document, counted over its non-blank lines.

    Blank lines are neither kept nor dropped: they carry no text, and the output joins kept
    lines with single newlines anyway. Characters are counted on the lines as analysed
    (whitespace folded, before Unicode repair), so ``chars_kept + chars_dropped`` is the
    same whatever is kept.

    Attributes:
        lines_kept: non-blank lines kept.
        lines_dropped: non-blank lines dropped.
        chars_kept: characters in the kept lines.
        chars_dropped: characters in the dropped lines.
    """

    lines_kept: int
    lines_dropped: int
    chars_kept: int
    chars_dropped: int

    @property
    def kept_share(self) -> float:
        """The share of characters kept, in [0, 1]; 0.0 for a document with no text."""
        total = self.chars_kept + self.chars_dropped
        return self.chars_kept / total if total else 0.0

    def as_dict(self) -> Dict[str, int]:
        """The four counts as a plain dict (JSON-ready)."""
        return self._asdict()


class PageAnalysis(NamedTuple):
    """Everything computed about one page before the model (used by training too).

    Attributes:
        lines: every line of the page, normalised (blank lines are ``""``).
        index: the positions in ``lines`` of the non-blank lines; the other fields are
            aligned with it.
        vectors: the feature matrix (numpy, one row per non-blank line).
        words: the script-aware word count of each non-blank line.
        rules: the cheap rule (phrase or section heading) naming each line, or None.
        table_rows: whether each non-blank line was a table's row before normalising
            (:func:`~boilerkill.blocks.is_table_row`: folding turns its tabs into spaces), or
            None on a page without tabs.
    """

    lines: List[str]
    index: List[int]
    vectors: "object"
    words: List[float]
    rules: List[Optional[str]]
    table_rows: Optional[List[bool]] = None


def analyse(
    text: str,
    options: Options,
    rule_cache: Union[None, Dict[str, Optional[str]], LineCache] = None,
) -> PageAnalysis:
    """Split, normalise, featurise and apply the cheap rules to one page: all before the model.

    Training calls this too, so the model is fitted on exactly the features it will see.
    ``rule_cache`` maps a line to its rule; pass a dict to share work across pages.
    """
    return analyse_many([text], options, rule_cache)[0]


def analyse_many(
    texts: Sequence[str],
    options: Options,
    rule_cache: Union[None, Dict[str, Optional[str]], LineCache] = None,
) -> List[PageAnalysis]:
    """:func:`analyse` of many pages at once (the same analyses): the line features of all
    their lines are computed in one vectorised pass."""
    rule_cache = {} if rule_cache is None else rule_cache
    raw = [split_lines(text) for text in texts]
    pages = [[fold_line(line) for line in lines] for lines in raw]
    out = []
    match = RULES.match
    for text, raw_lines, lines, (matrix, words_arr) in zip(
            texts, raw, pages, pages_matrices(pages, options.max_line_chars)):
        words = words_arr.tolist()
        index = [i for i, s in enumerate(lines) if s]
        # One scan of the page for a tab; most pages have none.
        rows = [is_table_row(raw_lines[i]) for i in index] if "\t" in text else None
        rules: List[Optional[str]]
        if options.rules:
            line_texts = [lines[i] for i in index]
            rules = lookup(rule_cache, line_texts)
            found: Dict[str, Optional[str]] = {}  # a line twice on the page is matched once
            for k in [k for k, r in enumerate(rules) if r is MISSING]:
                s = line_texts[k]
                r = found.get(s, MISSING)
                if r is MISSING:
                    r = found[s] = match(s, words[k])
                rules[k] = r
            if found:
                store(rule_cache, list(found), list(found.values()))
            rules = demote_item_markers(lines, index, rules)
        else:
            rules = [None] * len(index)
        out.append(PageAnalysis(lines, index, matrix, words, rules, rows))
    return out


#: Where no line of a page reaches the anchor, the page's threshold is lowered to this many
#: log-odds under the anchor (or kept, if the user's is lower): see :func:`page_threshold`.
WEAK_PAGE_MARGIN = 0.6
#: The reason given for a line kept under the user's threshold on such a page.
WEAK_PAGE = "context:weak-page"


_SENTENCE_ENDS = (".", "!", "。", "！")


def _section_rules(rules: Sequence[Optional[str]], markers: Sequence[Optional[str]],
                   text_at: Callable[[int], str]) -> List[Optional[str]]:
    # The rules with what the section markers add (see context.BOX_LINK and
    # context.RELATED_ITEM): a box's links, and the bulleted titles right under a related
    # heading (other rules' lines may stand among them, an ad or a "more" link). A list
    # further down is the article's again if it resumed ("Noticias relacionadas" in the
    # middle of a story, then a paragraph and its own bulleted facts).
    out = list(rules)
    listing = False
    for k, (rule, marker) in enumerate(zip(rules, markers)):
        if rule is not None:
            if rule.startswith(SECTION_RULE):
                # (a heading met before the article started is no marker: none in force)
                listing = marker == "related"
            continue
        if marker == BOX_LINK:
            out[k] = BOX_LINK
        elif listing and marker == "related" and is_list_item(text_at(k)):
            # (A bulleted sentence is no link's title: a documentation page's "See also" list
            # says what each page holds, "• Logging ... to log errors and display nice error
            # pages.", and the corpus reference keeps it. A question's title ends in "?".)
            if not text_at(k).rstrip().endswith(_SENTENCE_ENDS):
                out[k] = RELATED_ITEM
        else:
            listing = False
    return out


def marked_rules(rules: Sequence[Optional[str]], index: Sequence[int], vectors,
                 line_logits: Sequence[float],
                 text_at: Callable[[int], str]) -> List[Optional[str]]:
    """A page's rules with what its section markers add, as :class:`Cleaner` applies them:
    a box's links (:data:`~boilerkill.context.BOX_LINK`) and the bulleted titles under a
    related heading (:data:`~boilerkill.context.RELATED_ITEM`) become rule lines.

    For callers that score pages one at a time, such as training's cross-validation report:
    ``line_logits`` are the line model's logits (the markers are placed by them), ``vectors``
    the page's line features and ``text_at(k)`` the text of its k-th analysed line.
    """
    markers = ContextBatch([(rules, index, vectors, line_logits)]).active[0]
    if BOX_LINK not in markers and "related" not in markers:
        return list(rules)
    return _section_rules(rules, markers, text_at)


def page_threshold(final: Sequence[float], threshold: float, anchor: float = 0.5) -> float:
    """The threshold a page is decided with: ``threshold``, unless no line's final score
    reaches ``anchor`` (the model's tuned threshold), and then the lower of ``threshold`` and
    the score :data:`WEAK_PAGE_MARGIN` log-odds under the anchor.

    Why: a page whose every line the model doubts came out empty, though it had sentences: a
    recipe magazine's category page of ten described recipes lost all of them (its best line
    scored 0.49). Real content is never to be lost, and an empty page is the surest loss. On
    such a page the best lines are its content as often as not; the block steps then find the
    rest (a listing's items, a thread's posts). The page's threshold never rises with the
    user's and never exceeds it, so raising the threshold still never keeps more lines.
    """
    if len(final) == 0:
        return threshold
    if (final.max() if hasattr(final, "max") else max(final)) >= anchor:
        return threshold
    z = math.log(anchor / (1.0 - anchor)) - WEAK_PAGE_MARGIN if 0.0 < anchor < 1.0 else 0.0
    return min(threshold, 1.0 / (1.0 + math.exp(-z)))


#: Code blocks and tables are looked for in turn at most this many times (see :func:`decide`).
BLOCK_ROUNDS = 3
#: How far below the anchor (in log-odds) a full paragraph next to the body may score and
#: still be kept with it.
CONTINUE_MARGIN = 0.5
#: At most this many consecutive dropped lines are bridged (see :func:`decide`): a subheading,
#: or a caption and a subheading.
BRIDGE_LINES = 2
#: A bridged line reads as body to the line model alone: its probability is at least this.
BRIDGE_LINE_P = 0.5
#: Rules that name labels standing inside an article: an ad slot ("Anzeige", "광고"), a photo
#: credit. The body grows past them (they stay dropped) as if they were not there: the
#: paragraph under "Advertisement" is the article's, not the start of something else.
INLINE_RULES = frozenset({"advertisement", "media-credit"})


def decide(
    rules: Sequence[Optional[str]],
    vectors: Sequence[Sequence[float]],
    final: Sequence[float],
    threshold: float,
    keep_headline: bool = True,
    anchor: float = 0.5,
    late: Optional[Callable[[int], Optional[str]]] = None,
    line_p: Optional[Sequence[float]] = None,
    text_at: Optional[Callable[[int], str]] = None,
    penalty: float = SEQUENCE_PENALTY,
    why: Optional[Dict[int, str]] = None,
    runs: Optional[Sequence[bool]] = None,
    protected: Optional[Sequence[bool]] = None,
    table_rows: Optional[Sequence[bool]] = None,
) -> Tuple[List[bool], Optional[int], List[Optional[str]]]:
    """Keep or drop each non-blank line from its rules and final score.

    A rule always drops. Otherwise a line is kept when the sequence decoder keeps it
    (:func:`~boilerkill.context.sequence_keep`: its score reaches ``threshold``, unless it
    stands alone among chrome and is no sentence, or it falls just short of the
    threshold inside the body; ``penalty`` 0 judges each line alone), unless a late (pattern)
    rule names it: ``late(k)`` is asked only for lines that would be kept or
    could be the headline, because pattern rules are costly and change nothing on a line that
    goes anyway. ``runs``, when given, are the decoder's flags as the caller computed them
    (``sequence_keep(final, rules, threshold, penalty, protected)``), and ``protected``, when
    given, is ``cited_sentences(sentences(vectors), vectors, text_at)``: the :class:`Cleaner`
    computes both first to match the pattern rules of a whole batch of pages at once. The headline (see :func:`boilerkill.context.headline`) is kept when anything
    else is; it is searched above the first line scoring ``anchor`` (the model's tuned
    threshold, not the user's, so that raising the threshold never brings a headline in). The
    line right under the headline is kept with it when it reads as a standfirst (see
    :func:`boilerkill.context.is_standfirst`); where a kicker won the search over the title
    under it, that title is kept too and the standfirst is sought under it (see
    :func:`boilerkill.context.title_below`); and a recipe's ingredient list under its
    heading (see :func:`boilerkill.blocks.ingredient_lists`) whatever its scores.

    Real content is never to be lost, so a full paragraph (a long line ending a sentence)
    that reads as body on its own (``line_p``, the line model's probability, at least 0.5) or
    scores just under the anchor (within ``CONTINUE_MARGIN`` in log-odds) and stands next to
    a kept line is kept too, even where its neighbours pulled its context score
    down: the last paragraph of an article sits next to share buttons and "Hashtags".

    Likewise a subheading between paragraphs ("What changed") is bridged: up to
    ``BRIDGE_LINES`` consecutive dropped lines that no rule names, that the line model alone
    calls body (``line_p`` at least ``BRIDGE_LINE_P``) and that read like a subheading
    (:func:`~boilerkill.context.reads_as_subheading`) are kept when the body
    stands on both sides of them: a kept line, or a full paragraph that is then kept with them
    (a subheading and the last paragraph under it, above the share row). Both grow the lines
    the threshold keeps until nothing more joins, so raising the threshold never keeps more.

    Code blocks and lists under a colon that stand under the body join it (see
    :func:`~boilerkill.blocks.code_and_list_lines`), and so do a forum thread's later posts
    (see :func:`~boilerkill.blocks.forum_posts`), a product's spec sheet under its heading
    (see :func:`~boilerkill.blocks.spec_sheets`), a live ticker's entries under their minutes
    (see :func:`~boilerkill.blocks.ticker_entries`), a recipe's ingredient list (where it
    stands above the first line that scores the anchor, the headline is sought above it), and
    the titles and descriptions of a listing's items where they are the page's content (see
    :func:`~boilerkill.blocks.item_lists`), and a table's rows under the body
    (``table_rows``, :attr:`PageAnalysis.table_rows`; see :func:`~boilerkill.blocks.tables`);
    ``why``, when given, receives the reason of each line these block steps kept. A Stack
    Exchange thread's posts are kept between their vote counts and footers, and its furniture
    (vote counts, tags, posters' cards, comments, what follows the last post) is dropped,
    whatever kept it (see :func:`~boilerkill.blocks.qa_threads`).

    Under the headline, the full paragraphs that the line model alone calls body are kept too
    (see :func:`~boilerkill.blocks.paragraphs_under`): a Q&A page's question under its title.

    A page none of whose lines reaches the anchor is decided with :func:`page_threshold`'s
    lower threshold rather than come out empty; and an in-page table of contents' entries are
    dropped last, whatever kept them (see :func:`~boilerkill.blocks.toc_entries`; ``why``
    receives their reason too).

    Returns the keep flags, the headline's position (or None) and the rules with late hits
    filled in.
    """
    rules = list(rules)
    # The cheap rules as given, before any late hit fills in: what is known of every line
    # whatever the threshold.
    cheap = tuple(rules)
    checked = [False] * len(rules)
    if text_at is not None:
        # Each line's text once, then read by a C-level lookup: the block steps and the
        # headline read lines many times (two heading scans read every line).
        text_at = [text_at(k) for k in range(len(rules))].__getitem__
    # Plain floats: comparing numpy scalars one by one costs several times more.
    final = final.tolist() if hasattr(final, "tolist") else list(final)
    # (A page where no line reaches the anchor is decided with a lower threshold; a caller
    # that passes ``runs`` computed them with the same.)
    threshold = page_threshold(final, threshold, anchor)
    if line_p is not None:
        line_p = line_p.tolist() if hasattr(line_p, "tolist") else list(line_p)
        full = full_paragraphs(vectors)

    def rule_at(k: int) -> Optional[str]:
        if late is not None and not checked[k]:
            checked[k] = True
            if rules[k] is None:
                rules[k] = late(k)
        return rules[k]

    # The decoder reads the cheap rules only; a pattern rule is asked about the lines it keeps.
    if protected is None:
        protected = sentences(vectors)
        if text_at is not None:
            protected = cited_sentences(protected, vectors, text_at)
    if runs is None:
        runs = sequence_keep(final, rules, threshold, penalty,
                             protected if penalty > 0 else None)
    keep = [run and rule_at(k) is None for k, run in enumerate(runs)]
    kept_by: Dict[int, str] = {} if why is None else why

    def join(lines: Sequence[int], reason_of: Callable[[int], str]) -> None:
        # Keep the lines a block step found, and say why (each step in its turn: the later
        # ones read what the earlier ones kept).
        for k in lines:
            keep[k] = True
            kept_by[k] = reason_of(k)

    posts: List[int] = []  # a forum thread's posts found under their headers
    ingredients: List[int] = []  # a recipe's ingredient list under its heading
    if line_p is not None:
        grow_body(keep, vectors, final, anchor, line_p, rule_at, full)
        if text_at is not None:
            # Code blocks and tables in turn, while a table brings rows: an API page's
            # response example hangs under its parameter table, and its error table under
            # that example.
            for _ in range(BLOCK_ROUNDS):
                join(code_and_list_lines(keep, vectors, line_p, text_at, rule_at),
                     lambda k: CODE_BLOCK if is_code_line(text_at(k)) else LIST_ITEM)
                rows = (tables(keep, table_rows, rule_at)
                        if table_rows is not None and any(keep) else [])
                join(rows, lambda k: TABLE_ROW)
                if not rows:
                    break
            if any(keep):
                posts = forum_posts(keep, vectors, line_p, rule_at, protected, text_at)
                join(posts, lambda k: FORUM_POST)
                join([k for k in spec_sheets(len(keep), text_at, rule_at, table_rows)
                      if not keep[k]], lambda k: SPEC_SHEET)
                join(callouts(keep, vectors, line_p, text_at, rule_at), lambda k: CALLOUT)
                join(sign_offs(keep, text_at, rule_at), lambda k: SIGN_OFF)
                join([k for k in ticker_entries(len(keep), text_at, rule_at, cheap.__getitem__,
                                                vectors) if not keep[k]],
                     lambda k: TICKER_ENTRY)
    qa_keep: List[int] = []
    if text_at is not None:
        # A Stack Exchange thread: its posts are kept and its furniture dropped, whatever
        # kept it (the poster's card and the comments under each answer read as body).
        qa_keep, qa_drop = qa_threads(len(keep), text_at, rule_at)
        join([k for k in qa_keep if not keep[k]], lambda k: QA_POST)
        for k in qa_drop:
            keep[k] = False
            kept_by[k] = QA_CHROME
    if text_at is not None and any(keep):
        ingredients = ingredient_lists(len(keep), text_at, rule_at)
        join(ingredients, lambda k: INGREDIENTS)
        if line_p is not None and not posts and not qa_keep:
            # (A thread whose posts were found is no listing: its posts under their posters'
            # names and times read as items under titles, and the names were kept.)
            # The body the scores alone find, whatever the threshold (so that raising it
            # never keeps more items).
            confident = [(p >= anchor or (line_p[k] >= 0.5 and full[k])) and cheap[k] is None
                         for k, p in enumerate(final)]
            join([k for k in item_lists(len(keep), text_at, rule_at, vectors, line_p,
                                        confident, cheap.__getitem__) if not keep[k]],
                 lambda k: ITEM_LIST)
    # The page's tables of contents, found once for the two steps that read them.
    tocs = toc_lists(len(keep), text_at, vectors) if text_at is not None and any(keep) else []
    if tocs and line_p is not None:
        join([k for k in toc_sections(len(keep), text_at, vectors, line_p, rule_at, keep, tocs)
              if not keep[k]], lambda k: TOC_SECTION)
    if text_at is not None and any(keep):
        # A table of contents' entries go, whatever kept them (they are the article's own
        # subheadings, which the scores read as body); ``why`` says so of each.
        for k in toc_entries(len(keep), text_at, vectors, tocs):
            if keep[k]:
                keep[k] = False
                kept_by[k] = TOC_ENTRY
        for k in code_labels(keep, text_at, rule_at):
            keep[k] = False
            kept_by[k] = CODE_LABEL
    head = None
    if keep_headline and any(keep):
        # The body starts at the first line that scores the anchor, or at a full paragraph
        # the line model alone calls body (the first paragraph under a headline, byline and
        # share row often scores low in context). Neither depends on ``threshold``.
        anchors = [(p >= anchor or (line_p is not None and line_p[k] >= 0.5 and full[k]))
                   and rule_at(k) is None for k, p in enumerate(final)]
        first = anchors.index(True) if True in anchors else None
        if ingredients and (first is None or ingredients[0] < first):
            # A recipe's ingredient list starts the body where it stands above the first line
            # that scores the anchor (its quantity lines read as a shop's short lines): the
            # title is sought above it, not between it and the method (where a blind recipe's
            # ad, "Alles für die Weihnachtsbäckerei – jetzt bestellen", was taken for it).
            first = ingredients[0]
            anchors[first] = True
        if first is not None and not keep[first] and is_title_shaped(vectors[first]):
            # The first line that scores the anchor, shaped like a title, with only lines that
            # rules name (a meta line, a share row) between it and the next, and dropped by the
            # decoder as a short run: a title that read like body ("昊衡半导体发布首款服务器处理器
            # “衡岳9800” 64核设计…" over "2026-11-28 10:12:05 来源：…"). The body starts under
            # it, and the headline search finds it there.
            nxt = next((k for k in range(first + 1, len(anchors)) if anchors[k]), None)
            if nxt is not None and nxt > first + 1 and all(
                    rule_at(k) is not None for k in range(first + 1, nxt)):
                anchors[first] = False
        head = headline(vectors, rule_at, anchors, text_at, known=rules.__getitem__)
        if text_at is not None:
            # a shop page's product title and price, over its buy box, far over the body
            for k in buy_box(anchors, vectors, text_at, rule_at, head):
                if not keep[k]:
                    keep[k] = True
                    kept_by[k] = BUY_BOX
        if head is not None:
            keep[head] = True
            up = title_above(head, vectors, rule_at, keep, text_at)
            if up is not None:
                # the search found the standfirst: the title stands right above it
                if head not in kept_by and final[head] < threshold:
                    kept_by[head] = STANDFIRST
                keep[up] = True
                head = up
            else:
                k = head + 1
                # (Judged against the lines the scores alone find, like the headline itself,
                # so that raising the threshold never brings a line in.)
                below = title_below(head, vectors, rule_at, anchors, text_at)
                if below is not None and keep[below]:
                    below = None  # kept already: the standfirst is sought under the headline
                if below is not None:
                    # a kicker won over the title under it: keep both, and look for the
                    # standfirst under the title
                    keep[below] = True
                    kept_by[below] = HEADLINE
                    k = below + 1
                if (k < len(keep) and not keep[k] and rule_at(k) is None
                        and is_standfirst(vectors[k],
                                          text_at(k) if text_at is not None else None)):
                    keep[k] = True
                    if below is not None:
                        kept_by[k] = STANDFIRST
        if head is not None and line_p is not None and text_at is not None:
            for k in paragraphs_under(head, len(keep), vectors, line_p, full, rule_at):
                if not keep[k]:
                    keep[k] = True
                    kept_by[k] = UNDER_HEADLINE
    return keep, head, rules


def grow_body(keep: List[bool], vectors: Sequence[Sequence[float]], final: Sequence[float],
              anchor: float, line_p: Sequence[float],
              rule_at: Callable[[int], Optional[str]], full: Sequence[bool]) -> None:
    """Extend ``keep`` in place with the full paragraphs next to the body and the short lines
    bridged between body (see :func:`decide`), until nothing more joins. ``full`` is
    :func:`~boilerkill.context.full_paragraphs` of ``vectors``.

    Every condition on a line is independent of the threshold and a line joins only next to
    kept lines, so the result only grows with ``keep`` (the threshold stays monotonic). Lines
    named by an :data:`INLINE_RULES` rule (an ad slot, a photo credit) are passed over: they
    stay dropped, and the lines beyond them count as next to the body.
    """
    m = len(keep)
    a = min(max(anchor, 1e-6), 1.0 - 1e-6)
    near = 1.0 / (1.0 + math.exp(CONTINUE_MARGIN - math.log(a / (1.0 - a))))
    memo: Dict[Tuple[int, int], bool] = {}

    def paragraph(k: int) -> bool:
        # a full paragraph that may continue the body
        key = (k, 0)
        if key not in memo:
            memo[key] = ((line_p[k] >= 0.5 or final[k] >= near) and full[k]
                         and rule_at(k) is None)
        return memo[key]

    def bridge(k: int) -> bool:
        # a subheading-like line the line model calls body
        key = (k, 1)
        if key not in memo:
            memo[key] = (line_p[k] >= BRIDGE_LINE_P and reads_as_subheading(vectors[k])
                         and rule_at(k) is None)
        return memo[key]

    def grow(k: int, step: int) -> bool:
        # From kept line k, walk over dropped lines in direction ``step``.
        gap = []
        j = k + step
        while 0 <= j < m and not keep[j]:
            if rule_at(j) in INLINE_RULES:
                j += step
                continue
            if paragraph(j):
                break
            if len(gap) < BRIDGE_LINES and bridge(j):
                gap.append(j)
                j += step
                continue
            return False
        else:
            if not (0 <= j < m and gap):
                return False
        for g in gap:
            keep[g] = True
        if 0 <= j < m:
            keep[j] = True
        return True

    changed = True
    while changed:
        changed = False
        # Forward, then backward: a run of paragraphs next to the body joins it.
        for order, step in ((range(m), 1), (range(m - 1, -1, -1), -1)):
            for k in order:
                if keep[k] and grow(k, step):
                    changed = True


class Cleaner:
    """Cleans pages with one set of options and one loaded model; reuse it for many pages.

    Args:
        options: an :class:`Options`; keyword overrides are applied on top
            (``Cleaner(threshold=0.7)``).

    Raises:
        ModelError: the model file named by ``options.model_path`` is missing or invalid.
    """

    def __init__(self, options: Optional[Options] = None, **overrides) -> None:
        options = options or Options()
        self.options: Options = options.replace(**overrides) if overrides else options
        self.model: Model = load_model(self.options.model_path)
        self._rules = LineCache()
        self._late = LineCache()
        self._lex = LineCache()
        #: How many pages of more than :data:`MAX_PAGE_LINES` lines were cleaned in parts.
        self.pages_split = 0

    def analyse(self, text: str) -> PageAnalysis:
        """Split, normalise, featurise and apply rules to one page (no model scores yet)."""
        return self._analyse_many([text])[0]

    def _analyse_many(self, texts: Sequence[str]) -> List[PageAnalysis]:
        return analyse_many(texts, self.options, self._rules)

    def _late_rule(self, page: PageAnalysis) -> Optional[Callable[[int], Optional[str]]]:
        if not self.options.rules:
            return None
        cache = self._late

        def late(k: int) -> Optional[str]:
            s = page.lines[page.index[k]]
            rule = cache.get(s, MISSING)
            if rule is MISSING:
                rule = cache[s] = RULES.match_pattern(s, page.words[k])
            return rule

        return late

    def _match_late(self, pages: Sequence[PageAnalysis], runs: Sequence[Sequence[bool]]) -> None:
        # Fill the late-rule cache for the lines decide will ask about on these pages: those
        # the decoder keeps, the lines beside them and the lines above the body where the
        # headline is sought. All the pages' lines are matched together
        # (RuleBook.match_patterns: each regex over many lines in a row, which halves its
        # cost). decide finds them in the cache and asks its other questions one by one. A
        # line asked here that decide would not ask costs time, never a decision: the rules
        # are a function of the line. (On 3 MB of the benchmark's pages: 26,572 regex calls
        # against 26,481 when every line was asked alone, and 1,164 lines of 16,026 left to
        # ask alone.)
        if not self.options.rules:
            return
        todo: Dict[str, float] = {}
        for page, run in zip(pages, runs):
            rules = page.rules
            m = len(rules)
            first = None
            for k, keep in enumerate(run):
                if keep:
                    # the line, and the lines beside it that the body may grow into
                    for j in (k - 1, k, k + 1):
                        if 0 <= j < m and rules[j] is None:
                            todo.setdefault(page.lines[page.index[j]], page.words[j])
                    if first is None:
                        first = k
            if first is not None:
                # the lines above the body where the headline is looked for
                for j in range(first - 1, max(-1, first - 1 - HEADLINE_REACH), -1):
                    if rules[j] is None:
                        todo.setdefault(page.lines[page.index[j]], page.words[j])
        if not todo:
            return
        texts = list(todo)
        texts = [t for t, v in zip(texts, lookup(self._late, texts)) if v is MISSING]
        if texts:
            store(self._late, texts, RULES.match_patterns(texts, [todo[t] for t in texts]))

    def scores(self, page: PageAnalysis) -> Tuple[List[float], List[float], List[Optional[str]]]:
        """Line-model and final probabilities for the non-blank lines, and the section marker
        in force at each (None where none is)."""
        return self._scores_many([page])[0]

    def _scores_many(self, pages: Sequence[PageAnalysis]):
        # Both stages score every page of the batch in one matrix product each; only the
        # context features are built page by page.
        import numpy

        todo = [p for p in pages if p.index]
        if not todo:
            return [([], [], []) for _ in pages]
        if self.model.lexicon_index is None:
            inputs = [p.vectors for p in todo]
        else:
            lex = lexical_features_pages([[p.lines[i] for i in p.index] for p in todo],
                                         self.model.lexicon_index, self.options.max_line_chars,
                                         self._lex)
            inputs = [numpy.hstack([p.vectors, x]) for p, x in zip(todo, lex)]
        bounds = numpy.cumsum([0] + [len(p.index) for p in todo]).tolist()
        logits = score_lines(self.model.line, numpy.vstack(inputs))
        line_p = probabilities(logits)
        parts = list(zip(bounds[:-1], bounds[1:]))
        if self.options.context:
            # The context stage reads the line stage's inputs, lexical features included (the
            # neighbours' words). A second round, when the model has one, reads the first
            # round's logits; the article's start, for section markers, is still judged by
            # the line model's.
            # What does not depend on the logits being revised is computed once for both
            # rounds, and each round for the whole batch at once.
            ctx = ContextBatch([(p.rules, p.index, x, logits[a:b])
                                for p, x, (a, b) in zip(todo, inputs, parts)])
            markers = ctx.active
            z = logits
            for stage in (self.model.context, self.model.context2):
                if stage is None:
                    break
                z = score_lines(stage, ctx.features(z))
            final = probabilities(z)
        else:
            final = line_p
            markers = [[None] * (b - a) for a, b in parts]
        done = iter([(line_p[a:b], final[a:b], mk) for (a, b), mk in zip(parts, markers)])
        return [next(done) if p.index else ([], [], []) for p in pages]

    def _run(self, text: str):
        return next(self._run_many([text]))

    def _run_many(self, texts: Sequence[str]):
        # A generator: each batch's analyses are freed once its pages are consumed.
        start = 0
        while start < len(texts):
            # Sub-batches of about BATCH_CHARS: past that, the arrays outgrow the CPU's
            # caches and a batch gets slower per page, not faster. And of at most about
            # MAX_PAGE_LINES lines: the arrays cost about 2.5 KB a line, however short the line.
            end, size, lines = start, 0, 0
            while end < len(texts) and (end == start or (size < BATCH_CHARS
                                                         and lines < MAX_PAGE_LINES)):
                size += len(texts[end])
                lines += texts[end].count("\n")
                end += 1
            yield from self._run_batch(texts[start:end])
            start = end

    def _run_batch(self, texts: Sequence[str]):
        pages = self._analyse_many(texts)
        scores = self._scores_many(pages)
        # A box's links that the article resumed under go whatever their scores, as a rule's
        # lines do (see context.BOX_LINK).
        # So do the bulleted links under a related-articles heading (context.RELATED_ITEM).
        pages = [page if BOX_LINK not in markers and "related" not in markers else
                 page._replace(rules=_section_rules(
                     page.rules, markers, lambda k, page=page: page.lines[page.index[k]]))
                 for page, (_, _, markers) in zip(pages, scores)]
        threshold = self.options.threshold
        protected = [cited_sentences(sentences(page.vectors), page.vectors,
                                     lambda k, page=page: page.lines[page.index[k]])
                     for page in pages]
        runs = [sequence_keep(final, page.rules, page_threshold(final, threshold),
                              SEQUENCE_PENALTY, sure)
                for page, (_, final, _), sure in zip(pages, scores, protected)]
        self._match_late(pages, runs)
        out = []
        for page, (line_p, final, markers), run, sure in zip(pages, scores, runs, protected):
            why: Dict[int, str] = {}
            keep, head, rules = decide(page.rules, page.vectors, final, self.options.threshold,
                                       self.options.headline, late=self._late_rule(page),
                                       line_p=line_p if self.options.context else None,
                                       text_at=lambda k, page=page: page.lines[page.index[k]],
                                       why=why, runs=run, protected=sure,
                                       table_rows=page.table_rows)
            out.append((page, line_p, final, markers, keep, head, rules, why, run))
        return out

    def _parts(self, text: str) -> Optional[List[str]]:
        # A page of more than MAX_PAGE_LINES lines, cut into parts of that many (counted).
        parts = page_parts(text)
        if parts is not None:
            self.pages_split += 1
        return parts

    def classify(self, text: str) -> List[Decision]:
        """One :class:`Decision` per input line (lines end at ``\\n``, ``\\r\\n`` or ``\\r``).

        A page of more than :data:`MAX_PAGE_LINES` lines is judged in parts of that many lines,
        each as a page (see :func:`page_parts`)."""
        parts = self._parts(text)
        if parts is not None:
            return [d for part in parts for d in self._classify_page(part)]
        return self._classify_page(text)

    def _classify_page(self, text: str) -> List[Decision]:
        page, line_p, final, markers, keep, head, rules, why_kept, run = self._run(text)
        late = self._late_rule(page)
        threshold = self.options.threshold
        weak = page_threshold(final, threshold)  # below the user's on a weak page
        fix = self.options.fix_unicode
        # ``run``: the decoder's own flags (as decide read them): they tell a line it kept
        # under the threshold, or dropped over it, from one the threshold alone decided.
        out = [Decision("", False, 0.0, "blank")] * len(page.lines)
        for k, i in enumerate(page.index):
            s, p, rule = page.lines[i], final[k], rules[k]
            if rule is not None:
                out[i] = Decision(s, False, p, BOX_LINK_REASON if rule == BOX_LINK
                                  else RELATED_ITEM_REASON if rule == RELATED_ITEM
                                  else "rule:" + rule)
            elif keep[k]:
                if k == head:
                    why = HEADLINE
                elif head is not None and k == head + 1 and p < threshold and not run[k] \
                        and is_standfirst(page.vectors[k], s):
                    why = STANDFIRST
                elif weak <= p < threshold and run[k]:
                    why = WEAK_PAGE
                elif p < threshold and run[k]:
                    why = IN_RUN
                elif p < threshold and k in why_kept:
                    # a block step kept it: an ingredient list, a spec sheet, a code block,
                    # a list under a colon, a forum post (see decide)
                    why = why_kept[k]
                elif p < threshold:
                    # grow_body kept it: a full paragraph continues the body, a subheading
                    # is bridged between body lines
                    why = CONTINUES if continues_body(page.vectors[k]) else BETWEEN
                else:
                    why = reason(line_p[k], p, threshold, markers[k])
                out[i] = Decision(repair(s) if fix else s, True, p, why)
            else:
                # The pattern rules were not asked about a line dropped anyway (it changes
                # nothing); ask now, for the reason a person reads.
                named = late(k) if late is not None else None
                if named:
                    why = "rule:" + named
                elif k in why_kept:
                    why = why_kept[k]  # a table of contents' entry (see decide)
                elif p >= threshold:
                    why = SHORT_RUN
                else:
                    why = reason(line_p[k], p, threshold, markers[k])
                out[i] = Decision(s, False, p, why)
        return out

    def clean(self, text: str) -> str:
        """The page's body lines, in order, joined by ``\\n`` (no trailing newline).

        The same lines as the kept decisions of :meth:`classify`, without building them.
        """
        return self.clean_with_stats(text)[0]

    def clean_with_stats(self, text: str) -> Tuple[str, DocStats]:
        """:meth:`clean` and the :class:`DocStats` of the same run (one pass, not two)."""
        return self.clean_many_with_stats([text])[0]

    def clean_many(self, texts: Sequence[str]) -> List[str]:
        """:meth:`clean` of each page of ``texts``, computed together: faster than one call a
        page for many small pages (numpy's fixed costs are paid once per call). The streaming
        API and the command line feed it batches of about a megabyte."""
        return [cleaned for cleaned, _ in self.clean_many_with_stats(texts)]

    def clean_many_with_stats(self, texts: Sequence[str]) -> List[Tuple[str, DocStats]]:
        """:meth:`clean_with_stats` of each page of ``texts``, computed together.

        A page of more than :data:`MAX_PAGE_LINES` lines is cleaned in parts of that many lines,
        each as a page (see :func:`page_parts`): its output is the parts' outputs joined."""
        split = [self._parts(text) for text in texts]
        if not any(parts is not None for parts in split):
            return self._clean_pages(texts)
        flat = [t for text, parts in zip(texts, split) for t in (parts or (text,))]
        done = iter(self._clean_pages(flat))
        out = []
        for parts in split:
            results = [next(done) for _ in range(len(parts) if parts is not None else 1)]
            cleaned = "\n".join(c for c, _ in results if c)
            out.append((cleaned, DocStats(*(sum(col) for col in zip(*(st for _, st in results))))))
        return out

    def _clean_pages(self, texts: Sequence[str]) -> List[Tuple[str, DocStats]]:
        out = []
        fix = self.options.fix_unicode
        for page, _, _, _, keep, _, _, _, _ in self._run_many(texts):
            lines = [page.lines[i] for k, i in enumerate(page.index) if keep[k]]
            chars_kept = sum(map(len, lines))
            chars_all = sum(len(page.lines[i]) for i in page.index)
            stats = DocStats(len(lines), len(page.index) - len(lines), chars_kept,
                             chars_all - chars_kept)
            if fix:
                lines = [repair(s) for s in lines]
            out.append(("\n".join(lines), stats))
        return out


def classify(text: str, options: Optional[Options] = None, **overrides) -> List[Decision]:
    """One :class:`Decision` per line of ``text``; see :meth:`Cleaner.classify`.

    Builds a :class:`Cleaner` per call: for many pages, make one Cleaner and reuse it.
    """
    return Cleaner(options, **overrides).classify(text)


#: Alias of :func:`classify`: the decisions are the explanation.
explain = classify


def clean(text: str, options: Optional[Options] = None, **overrides) -> str:
    """The body lines of ``text`` joined by ``\\n``; see :meth:`Cleaner.clean`."""
    return Cleaner(options, **overrides).clean(text)

