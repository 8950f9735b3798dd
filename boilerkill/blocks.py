"""Blocks the decision keeps whatever their scores: structure the line model cannot see.

The line model and the context stage judge lines by their shape and their neighbours; some
body is made of short lines that look like chrome on both counts. Each step here finds one
kind of such block from the page's structure, after the scores (called by
:func:`boilerkill.pipeline.decide`), and returns the lines to keep:

* :func:`code_and_list_lines`: code under the body, and a list under a line ending in a colon;
* :func:`forum_posts`: a thread's later posts under their poster's header;
* :func:`spec_sheets`: a product's specification sheet under its heading;
* :func:`ingredient_lists`: a recipe's ingredient list under its heading;
* :func:`item_lists`: the titles and descriptions of a listing's items;
* :func:`paragraphs_under`: the full paragraphs right under the headline that the line model
  alone calls body (a Q&A page's question under its title);
* :func:`qa_threads`: a Stack Exchange thread's questions and answers between their vote counts
  and their "Share Improve this answer Follow" rows (and, the one step here that also drops,
  the furniture around them);
* :func:`tables`: a table's rows under the body line that introduces them.

Each has its reason (``context:code-block``, ...), which :class:`~boilerkill.pipeline.Decision`
carries. The headings and line shapes live in :mod:`boilerkill.phrases`.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from itertools import accumulate
from typing import Callable, FrozenSet, List, Optional, Sequence, Tuple

import regex

from .context import BRIDGE_MAX_DIGITS, SEQUENCE_PROTECT_WORDS, is_toc_heading
from .features import FEATURE_NAMES
from .phrases import (CALLOUT_LABELS, INFOBOX_HEADINGS, INGREDIENT_HEADING_TAIL, INGREDIENT_HEADINGS,
                      INGREDIENT_LINE, INGREDIENT_LINE_WORDS, ITEM_PRICE, NOT_A_TITLE, NUTRITION_HEADINGS,
                      PRICE_LABEL, PRICE_LINE, PRICE_NOT_PAID, PROS_CONS_HEADINGS, QA_FOOTER,
                      QA_SEPARATOR, QA_SHARE, QA_VOTE_LABEL, SPEC_HEADINGS, SPEC_LINE, SPEC_ROW)
from .rules import _CJK_CHARS_PER_WORD, SECTION_RULE, has_cjk, is_list_item

_LOG_WORDS = FEATURE_NAMES.index("log_words")
_ENDS_TERMINAL = FEATURE_NAMES.index("ends_terminal")
_ENDS_COLON = FEATURE_NAMES.index("ends_colon")
_DIGIT_SHARE = FEATURE_NAMES.index("digit_share")
_REPEATS = FEATURE_NAMES.index("repeats")


def _heading_test(headings: FrozenSet[str], tail: "regex.Pattern[str]", bulleted: bool = False
                  ) -> Callable[[int, Callable[[int], str]], List[int]]:
    """A scan for heading lines: ``scan(n, text_at)`` gives the positions, among lines ``0`` to
    ``n - 1``, of the folded lines (no space at either end) that are one of ``headings``
    (casefolded) once ``tail`` (a colon, "für 4 Personen") is cut off. It runs over every line
    of every page: most lines fail the first-letter lookup inside one list comprehension, and
    only the rest cost a call. With ``bulleted``, a heading may stand behind a list bullet."""
    first = frozenset(c for h in headings for c in (h[0], h[0].upper()))
    cut = tail.sub

    def scan(n: int, text_at: Callable[[int], str]) -> List[int]:
        return [k for k, t in enumerate(map(text_at, range(n)))
                if t[:1] in first and len(t) <= 40 and cut("", t.casefold()) in headings]

    if not bulleted:
        return scan

    def scan_bulleted(n: int, text_at: Callable[[int], str]) -> List[int]:
        # (also "• Technische Daten": a tab of a tab row flattened to a list item)
        return [k for k, t in enumerate(map(text_at, range(n)))
                if (t[:1] in first or t[2:3] in first and is_list_item(t)) and len(t) <= 42
                and cut("", (t[2:] if is_list_item(t) else t).casefold()) in headings]

    return scan_bulleted


#: The reason given for a code line kept with the body (see :func:`code_and_list_lines`).
CODE_BLOCK = "context:code-block"
#: The reason given for a list item kept under the body line that introduces it.
LIST_ITEM = "context:list-under-colon"
#: A code block or a list joins the body over at most this many lines.
BLOCK_LINES = 30
#: Above the code a block may have this many short labels: a step's subheading, the language
#: tag and the copy button ("安装 SDK", "Shell", "复制" over "pip install ..."; on the training
#: corpus a third label changes 9 words out of fold, on the fixtures it keeps two code lines), and
#: a response's status ("Antwort", "200 OK", "JSON", "Kopieren").
BLOCK_LABELS = 4
#: A line joins as a list item only if the line model alone gives it at least this (a menu's
#: items score lower even in a list under a colon).
BLOCK_LINE_P = 0.2

# A line of source code or of a shell session: a keyword opening it, a prompt, a comment, a
# call, an assignment, a line of brackets or one ending a statement, a TOML/INI section. (Not
# "$ 4,477", a price, nor "#Plants", a hashtag, nor "## Title", a Markdown heading.)
_CODE_LINE = regex.compile(
    r"(?:(?:import|from|const|let|var|def|class|return|function|export|async|await|print|echo|"
    r"sudo|pip|npm|yarn|git|cd|public|private|static|void|package|use|fn|func|elif|else|try|"
    r"except|catch|SELECT|INSERT|UPDATE|CREATE|DELETE|ALTER|DROP|EXPLAIN)\b.*"
    r"|[$>]\s[a-z./~].*|>>>.*|#[ !]\S.*|//.*|/\*.*|\*/.*"
    r"|[\[\](){}<>;,\s]+"
    r"|.*[A-Za-z0-9_]\(.*|.*[A-Za-z0-9_\])]\s*(?:[:+\-*/]?=|=>)\s*\S.*|.*[{;]"
    r"|\[[\w.\-]+\]"
    # a JSON member ('"amount": 1990,'), a shell line continued ('curl -X POST … \\') and a
    # command's option on its own line ('-H "Authorization: …" \\', '--dry-run')
    r"|\"[^\"]{1,80}\"\s*:\s*(?:\"[^\"]*\"|-?\d[\d.]*(?:[eE][+-]?\d+)?|true|false|null|[\[{])\s*,?"
    r"|.*\s\\|-{1,2}[A-Za-z][\w-]*(?:[=\s].*)?"
    # a JSON object on one line ('{ "sku_id": "8012345", "quantity": 2 },')
    r"|\{\s*\"[^\"]{1,80}\"\s*:.*\}\s*,?"
    # a signature's parameter on its own line ('to: str,', 'timeout: float | None = None,',
    # '*,', '**kwargs,') and its return annotation (') -> Message')
    r"|[A-Za-z_]\w*\s*:\s*[\w.\[\]\"']+(?:\s*\|\s*[\w.\[\]\"']+)*(?:\s*=\s*\S+)?\s*,"
    r"|\*{1,2}\w*\s*,|\)\s*->\s*[\w.\[\], |]+:?)")


def is_code_line(text: str) -> bool:
    """Whether a line reads as a line of code ("const el = ref(null)", "})", "$ pip install
    foo", "[tool.skiff]"): no sentence, and one of the shapes of :data:`_CODE_LINE`."""
    t = text.strip()
    if not t or len(t) > 200 or t.endswith(("。", "！", "？")) or is_list_item(t):
        return False  # (a list item is no code: "• 米饭香甜(1823)" is a review tag)
    if t[-1] in ".!?" and " " in t and not t.endswith(("...", ")")):
        return False  # a sentence that mentions a call ("Call run() first.")
    return _CODE_LINE.fullmatch(t) is not None


# The rule of a code block's copy button ("Copy", "Kopieren", "复制"), which stands between
# the block and its label or the body above it.
COPY_BUTTON = "copy-button"

_NUMBERED_ITEM = regex.compile(r"(?:\d{1,3}|[a-z])[.)]\s")


def _block_item(text: str) -> bool:
    # A list item as converters write it: a bullet, or a number or letter and a full stop.
    return is_list_item(text) or _NUMBERED_ITEM.match(text) is not None


def code_and_list_lines(keep: Sequence[bool], vectors: Sequence[Sequence[float]],
                        line_p: Sequence[float], text_at: Callable[[int], str],
                        rule_at: Callable[[int], Optional[str]]) -> List[int]:
    """Dropped lines that belong to the body above them: a code block, and a list under a line
    that introduces it with a colon; and the dropped lines of a run of two or more code lines
    of which some are kept. Returned: the lines to keep, in order.

    Under a kept line, after at most :data:`BLOCK_LABELS` short labels (a language tag, a copy
    button), a run of code lines (see :func:`is_code_line`) joins the body; so does a run of list
    items under a kept line ending in a colon ("... reads the following variables:"), or under
    kept items of such a list. Each line must be named by no rule, and a list item must read as
    body to the line model at least a little (:data:`BLOCK_LINE_P`); a run stops at the first
    line that fails. A code line needs no such score: the line model reads "import asyncio" as
    chrome (0.06), and a Q&A page's code blocks were lost under the question that introduced
    them (out of fold on the training corpus: 1,273 gold words gained, 771 other words kept,
    most of both on documentation pages).

    Why: code scores like chrome to a model of prose (short, punctuated, few words), and the
    context stage then drops it as a short run between the labels of a code box; a list's items
    are short lines like a menu's. A documentation page lost its code blocks, and its lists
    under "in this order:".
    """
    out: List[int] = []
    n = len(keep)
    # A block found is kept at once, so the next one may hang under it: an API page's response
    # under its request, behind a heading and three tab labels ("Antwort", "200 OK", "JSON",
    # "Kopieren"). (With the fourth label: the fixtures keep 13 more body lines and no more
    # chrome; out of fold on the training corpus, documentation 0.8993 -> 0.8995.)
    keep = list(keep)
    chained: set = set()
    for k in range(n):
        # Only the last line of each kept run can have a block under it.
        if not keep[k] or (k + 1 < n and keep[k + 1]):
            continue
        j = k + 1
        labels = 0
        # (Shapes first, rules last: a pattern rule costs more than every test before it.)
        while j < n and labels < BLOCK_LABELS and not keep[j]:
            t = text_at(j)
            if (len(t.split()) > 2 or is_code_line(t) or _block_item(t)
                    or rule_at(j) not in (None, COPY_BUTTON)):
                break
            j += 1
            labels += 1
        run: List[int] = []
        kind = None
        while j < n and not keep[j] and len(run) < BLOCK_LINES:
            t = text_at(j)
            code = kind != "list" and is_code_line(t)
            if line_p[j] < BLOCK_LINE_P and not code:
                break
            if code:
                shape = "code"
            elif (kind != "code" and labels == 0 and _block_item(t)
                  and (kind == "list" or _under_colon(k, keep, vectors, text_at))):
                shape = "list"
            else:
                break
            if rule_at(j) is not None:
                break
            kind = shape
            run.append(j)
            j += 1
        if k in chained and len(run) < 2:
            continue  # a lone line after the block's end and a label is no second block
        out.extend(run)
        for i in run:
            keep[i] = True
            chained.add(i)
    # A code block the scores cut in two (its first lines dropped, its last kept, or the other
    # way round): its dropped lines join the kept ones. Looked for only at the edges of kept
    # runs, where a dropped line touches a kept one: the code test is not run on every line.
    # (With the JSON, continuation and option shapes above, out of fold on the training
    # corpus: documentation 0.8988 -> 0.8993, recall 0.9277 -> 0.9287, precision unchanged;
    # the fixtures unchanged.)
    for k in range(n):
        if not keep[k]:
            continue
        kept_code = None  # whether line k is code: asked once, and only if a neighbour is
        for step in (-1, 1):
            j = k + step
            while 0 <= j < n and not keep[j] and is_code_line(text_at(j)):
                if kept_code is None:
                    kept_code = is_code_line(text_at(k))
                # (the rule last: a pattern rule costs more than both code tests)
                if not kept_code or rule_at(j) is not None:
                    break
                out.append(j)
                j += step
    # (A dropped run between two kept code lines is reached from both: hence the set.)
    return sorted(set(out))


def _under_colon(k: int, keep: Sequence[bool], vectors: Sequence[Sequence[float]],
                 text_at: Callable[[int], str]) -> bool:
    # Kept line k introduces a list: it ends in a colon, or it is a kept item of a list under
    # a kept line that does. (Not merely a kept item: in the training corpus carrying a list
    # on under kept items kept 36 body lines and 480 others, a related-posts list.)
    if vectors[k][_ENDS_COLON]:
        return True
    i = k
    while i >= 0 and keep[i] and _block_item(text_at(i)):
        i -= 1
    return i < k and i >= 0 and keep[i] and bool(vectors[i][_ENDS_COLON])


#: The reason given for a line of a product's specification sheet (see :func:`spec_sheets`).
SPEC_SHEET = "context:spec-sheet"
#: A specification sheet has at least this many lines under its heading.
SPEC_MIN_LINES = 3
#: ... and at most this many are kept.
SPEC_MAX_LINES = 60

_SPEC_LINE = regex.compile(SPEC_LINE)
_SPEC_ROW = regex.compile(SPEC_ROW)
_SPEC_TAIL = regex.compile(r"\s*[:：]+\s*$")
_spec_headings = _heading_test(SPEC_HEADINGS, _SPEC_TAIL, bulleted=True)


#: Between a sheet's heading and its first line may stand this many tab labels of at most
#: this many characters, each named by a rule.
SPEC_LABELS = 3
SPEC_LABEL_CHARS = 20


#: A point of a review's pros or cons list has at most this many words.
PROS_CONS_WORDS = 12

#: A group's heading inside a specification table has at most this many words.
SPEC_GROUP_WORDS = 3


def _is_group_heading(text: str) -> bool:
    # A word or three without digits or a sentence's end: "Allgemein", "Akku & Laden".
    t = text.strip()
    return (0 < len(t) <= SPEC_LABEL_CHARS and len(t.split()) <= SPEC_GROUP_WORDS
            and not any(c.isdigit() for c in t) and t[-1] not in ".!?:;,")


def spec_sheets(n: int, text_at: Callable[[int], str],
                rule_at: Callable[[int], Optional[str]],
                rows: Optional[Sequence[bool]] = None) -> List[int]:
    """The lines of a product's specification sheets and box-contents lists: to keep.

    A sheet opens with a heading ("Technische Daten", "Specifications", "产品参数：",
    "Lieferumfang") and holds at least :data:`SPEC_MIN_LINES` lines of a label and a value
    ("Akkuspannung: 18 V", "容量: 4L") or bulleted items, or of a table (``rows``: see
    :attr:`PageAnalysis.table_rows`), up to the first other line or a line a rule names; tab
    labels named by rules may stand between the heading and the sheet (see
    :data:`SPEC_LABELS`), and a table's group headings ("Allgemein", over its rows) inside it.
    Returned: the heading (unless it is a tab row's bulleted label) and the lines.

    Why: the line model reads "Akkuspannung: 18 V" as a short label line, as it reads a footer's
    "Phone: ..." and a panel's "Posts: 12"; under a sheet's heading it is the product's body. A
    German shop page lost its whole sheet of eleven lines and its box contents.
    """
    out: List[int] = []
    after = 0  # the first line that no sheet has read
    # (The heading may be the current tab of a tab row flattened to list items, "• 商品详情"
    # over "• 商品评论(3261)": the bullet is not part of it.)
    for k in _spec_headings(n, text_at):
        if k < after or rule_at(k) is not None:
            continue
        j = k + 1
        # The tab row's other labels under a details tab ("商品评论(3862)", "商品问答(17)"),
        # each named by a rule: the sheet starts under them.
        while (j < n and j - k <= SPEC_LABELS and len(text_at(j)) <= SPEC_LABEL_CHARS
               and _SPEC_LINE.fullmatch(text_at(j).strip()) is None and rule_at(j) is not None):
            j += 1
        run: List[int] = []

        tab = is_list_item(text_at(k))
        nutrition = _SPEC_TAIL.sub("", text_at(k).casefold()) in NUTRITION_HEADINGS
        # A review's "Pro" / "Contra" list: short points that end no sentence, bulleted or not
        # (html-text writes list items without bullets).
        points = _SPEC_TAIL.sub("", text_at(k).casefold()) in PROS_CONS_HEADINGS

        def sheet_line(j: int) -> bool:
            # A line of the sheet, or a row of a table under the heading ("品牌\t牧谷"). (Under
            # a tab's label, a bulleted line is the tab row's next label, "• 规格参数".)
            t = text_at(j).strip()
            if (tab and is_list_item(t)) or (nutrition and not any(c.isdigit() for c in t)):
                return False
            return (len(t) <= 200 and rule_at(j) is None
                    and (_SPEC_LINE.fullmatch(t) is not None or bool(rows and rows[j])
                         or _SPEC_ROW.fullmatch(t) is not None
                         or (points and len(t.split()) <= PROS_CONS_WORDS
                             and _SPEC_TAIL.sub("", t.casefold()) not in PROS_CONS_HEADINGS
                             and not t.endswith((".", "!", "?", "。", "！", "？")))))

        start = j
        while j < n and len(run) < SPEC_MAX_LINES:
            if rule_at(j) is not None and _SPEC_LINE.fullmatch(text_at(j).strip()):
                # A line of the sheet that a rule names ("作者：林知远" reads as a byline) stays
                # dropped, and the sheet goes on under it.
                j += 1
                continue
            if not sheet_line(j):
                # A group's heading inside a table ("Allgemein", "Lötkolben", "主体"), over a
                # row or a label and its value (not over a bulleted list: "Downloads").
                if not (j + 1 < n and sheet_line(j + 1) and _is_group_heading(text_at(j))
                        and rule_at(j) is None
                        and ((rows and rows[j + 1]) or not is_list_item(text_at(j + 1)))):
                    break
            run.append(j)
            j += 1
        if len(run) < SPEC_MIN_LINES and not (tab or nutrition or points):
            # html-text writes a sheet's table of two columns as a label line over a value line
            pairs = _spec_pairs(start, n, text_at, rule_at,
                                _SPEC_TAIL.sub("", text_at(k).casefold()) not in INFOBOX_HEADINGS)
            if pairs:
                run, j = pairs, pairs[-1] + 1
        if len(run) >= SPEC_MIN_LINES:
            if not tab:
                # (a tab's label is the page's furniture, not the sheet's heading)
                out.append(k)
            out.extend(run)
        after = max(j, k + 1)
    return out


#: A sheet of labels over their values holds at least this many pairs; a label has at most
#: SPEC_PAIR_LABEL_WORDS words, a value SPEC_PAIR_VALUE_WORDS (script-aware: two Chinese
#: characters to the word), and neither ends a sentence.
SPEC_PAIR_MIN = 3
SPEC_PAIR_LABEL_WORDS = 5
SPEC_PAIR_VALUE_WORDS = 8

_SENTENCE_END = (".", "!", "?", "。", "！", "？")


def _short_words(t: str) -> float:
    # (script-aware, as for a card's title in item_lists: "建成时间" is two words)
    return len(t) / _CJK_CHARS_PER_WORD if has_cjk(t) else len(t.split())


def _spec_pairs(start: int, n: int, text_at: Callable[[int], str],
                rule_at: Callable[[int], Optional[str]], figures: bool = True) -> List[int]:
    # A sheet written as label lines over value lines ("Screen Size", "15.6 inches",
    # "Processor Model", "Intel Core Ultra 7 155H"), from ``start``; or none. What tells it from
    # a tab row or a menu of short lines under the heading ("Reviews (12)", "Shipping &
    # returns"): the labels hold no figures (at most a quarter of them), the values mostly do
    # (at least half; with ``figures`` False, under an infobox's heading, whose values are
    # names as often, "中文名" / "鹤澜桥", at least a fifth: a service guide's tab row under
    # "基本信息", "办理条件" / "申请材料" / …, holds none).
    out: List[int] = []
    j = start
    while j + 1 < n and len(out) < SPEC_MAX_LINES:
        label, value = text_at(j).strip(), text_at(j + 1).strip()
        if (not label or not value or is_list_item(label) or is_list_item(value)
                or label.endswith(_SENTENCE_END) or value.endswith(_SENTENCE_END)
                or _short_words(label) > SPEC_PAIR_LABEL_WORDS
                or _short_words(value) > SPEC_PAIR_VALUE_WORDS
                or rule_at(j) is not None or rule_at(j + 1) is not None):
            break
        out += [j, j + 1]
        j += 2
    labels, values = out[0::2], out[1::2]
    digits = lambda k: any(c.isdigit() for c in text_at(k))  # noqa: E731
    if (len(labels) < SPEC_PAIR_MIN or 4 * sum(map(digits, labels)) > len(labels)
            or (2 if figures else 5) * sum(map(digits, values)) < len(values)):
        return []
    return out


#: The reason given for a forum post kept under its poster's line (see :func:`forum_posts`).
FORUM_POST = "context:forum-post"
#: A post's text starts at most this many lines under a forum-meta line (the post header,
#: "发表于 …", "level 2", then a name and a time).
FORUM_HEADER_REACH = 4
#: A post's first line reads as body to the line model alone: its probability is at least this.
#: (0.5 until the twenty-fifth blind set, where a Chinese car forum lost a moderator's note and a
#: one-line reply at 0.37 and 0.34. At 0.33 the fixtures keep 9 more body lines and 1 more chrome
#: line; out of fold the corpus keeps 6 more gold lines and 7 more others, forum shingle F1
#: 0.7062 -> 0.7059, word F1 0.6694 -> 0.6696.)
FORUM_POST_P = 0.33
#: A post runs on over at most this many lines.
FORUM_POST_LINES = 12


# Forum-meta lines that close a post rather than open one: a Stack Exchange user card ("1,992 2
# 2 gold badges 14 14 silver badges") stands under its answer, and the text under it is the next
# answer, which the reference texts of such pages leave out as often as not; a lone "Author" or
# "OP" label is as likely a byline's.
_POST_FOOTER = regex.compile(r"(?i)badge|^(?:author|op|autor|auteur|автор)$")
# The rules that name a post's header.
_POST_HEADER_RULES = frozenset({"forum-meta", SECTION_RULE + "answer"})
_MEDIA_CREDIT = "media-credit"


def forum_posts(keep: Sequence[bool], vectors: Sequence[Sequence[float]],
                line_p: Sequence[float], rule_at: Callable[[int], Optional[str]],
                protected: Sequence[bool], text_at: Callable[[int], str]) -> List[int]:
    """The lines of forum posts that the context stage dropped: to keep.

    A thread's later posts stand far from the first, each under a poster's panel (name, post
    count, join date, floor label), and the context stage reads them as text outside the body,
    or as comments under a "87 comments" heading. A post is recognised by its header: a line a
    ``forum-meta`` rule names ("发表于 2026-3-12 22:10 | 只看该作者", "Posts: 1,234", "level 2"),
    or a Q&A answer's opening line (``section-answer``: "386 人赞同了该回答"), at most
    :data:`FORUM_HEADER_REACH` lines above a sentence (``protected``: see
    :func:`sentences`) that the line model alone calls body (:data:`FORUM_POST_P`). That line
    and the lines that continue it (sentences, no rule, the line model not against them, up to
    a signature: a line that repeats on the page or opens with a dash) are kept, and the post's
    greeting above it (a line of at most :data:`GREETING_WORDS` words, no rule). What is found
    does not depend on ``keep`` (only lines it already holds are left out of the result), so
    raising the threshold never keeps more lines.

    Comments under a news article have names and times, not forum panels, so they stay
    dropped. Only lines above a dropped sentence are asked for their rule: pattern rules are
    costly, and most lines are no such sentence.
    """
    # The posts found do not depend on ``keep`` (which depends on the threshold), so raising
    # the threshold never keeps more lines; ``keep`` only spares work: the header above a
    # post is looked for (pattern rules, the costly part) only once a line of the post is
    # found that is not kept already.
    out: List[int] = []
    n = len(keep)
    j = 0
    while j < n:
        if (not (protected[j] or _introduces(vectors[j])) or line_p[j] < FORUM_POST_P
                or rule_at(j) is not None):
            j += 1
            continue
        header = None  # not looked for yet
        k = j
        # (The post's own lines: sentences, not its vote count or its "Reply Share" row, nor
        # the signature under it, which repeats under each post or opens with a dash.)
        while (k < n and k - j < FORUM_POST_LINES and line_p[k] >= BLOCK_LINE_P
               and _post_line(vectors[k]) and not vectors[k][_REPEATS]
               and not text_at(k).startswith(_SIGNATURE_DASHES)):
            if not keep[k] and header is None:
                header = _post_found(j, n, rule_at, text_at)
            if header is False or rule_at(k) is not None:
                break
            if not keep[k]:
                out.append(k)
            k += 1
        g = j - 1
        if (header is not False and k > j and g >= 0 and not keep[g]
                and _greeting(vectors[g], line_p[g], text_at(g)) and rule_at(g) is None):
            # The post's greeting above its first sentence ("Hallo zusammen,", "Evening all,"):
            # a short line the sentences pass over. (Not the sign-off under the last one: there
            # a post's like row and the next post's header stand as often. On the fixtures
            # the greeting brings 5 body lines and 1 chrome line; the training corpus, out of
            # fold, is unchanged: forum recall 0.7406 -> 0.7407.)
            if header is None:
                header = _post_found(j, n, rule_at, text_at)
            if header:
                out.append(g)
        if header is False:
            # No header: no line of this run starts a post either (each would look for one
            # among these lines, which no rule names, and the lines above, which hold none).
            j = max(k, j + 1)
        else:
            j = k + 1 if k > j else j + 1
    return sorted(out)


def _introduces(v: Sequence[float]) -> bool:
    # A post may open on a long line that introduces a list with a colon ("Hola, Lucía. El
    # código 10 … Prueba esto en orden:") as well as on a sentence.
    return bool(v[_ENDS_COLON]) and math.expm1(v[_LOG_WORDS]) >= SEQUENCE_PROTECT_WORDS


#: A post's greeting is at most this many words.
GREETING_WORDS = 6


def _greeting(v: Sequence[float], p: float, text: str) -> bool:
    # A short line of a post's own text: the line model not against it, not mostly digits,
    # not repeated on the page (a signature), not a list item or a signature's dash.
    return (p >= BLOCK_LINE_P and math.expm1(v[_LOG_WORDS]) <= GREETING_WORDS + 0.5
            and v[_DIGIT_SHARE] <= BRIDGE_MAX_DIGITS and not v[_REPEATS]
            and not is_list_item(text) and not text.startswith(_SIGNATURE_DASHES))


def _post_found(j: int, n: int, rule_at: Callable[[int], Optional[str]],
                text_at: Callable[[int], str]) -> bool:
    # Whether the sentence at line j is a forum post's: a header above it (_post_header) or a
    # footer under it. Tieba and its kin write the post's floor and time under the post
    # ("来自Android客户端4楼2026-11-26 08:12"), over its floor replies, and the poster's panel
    # above it holds a name, a level and a title that no rule names. The footer is the first
    # line under the sentence that a rule names (a picture's placeholder, "[图片]", passed
    # over), at most FORUM_POST_LINES lines down.
    if _post_header(j, rule_at, text_at):
        return True
    for i in range(j + 1, min(n, j + 1 + FORUM_POST_LINES)):
        rule = rule_at(i)
        if rule is None or rule == _MEDIA_CREDIT:
            continue
        return rule == "forum-meta" and _POST_FOOTER.search(text_at(i)) is None
    return False


def _post_header(j: int, rule_at: Callable[[int], Optional[str]],
                 text_at: Callable[[int], str]) -> bool:
    # Whether a post's header (a forum-meta line that does not close a post, or the line a
    # Q&A site opens an answer with, "386 人赞同了该回答") stands at most FORUM_HEADER_REACH
    # lines above line j. (An answer low on the page, under an ad, read as text outside the
    # body: the fixtures' Chinese Q&A pages keep 13 more body lines and no more chrome; the
    # training corpus out of fold is unchanged.)
    for i in range(j - 1, max(-1, j - 1 - FORUM_HEADER_REACH), -1):
        if (rule_at(i) in _POST_HEADER_RULES
                and _POST_FOOTER.search(text_at(i)) is None):
            return True
    return False


# What opens a forum signature ("-- ", "—— 儿科门诊每周二…").
_SIGNATURE_DASHES = ("--", "——", "__")


def _post_line(v: Sequence[float]) -> bool:
    # A line of a post's text: it ends a sentence or is long, and is not mostly digits.
    return ((bool(v[_ENDS_TERMINAL]) or math.expm1(v[_LOG_WORDS]) >= SEQUENCE_PROTECT_WORDS)
            and v[_DIGIT_SHARE] <= BRIDGE_MAX_DIGITS)


#: The reason given for a line of a recipe's ingredient list (see :func:`ingredient_lists`).
INGREDIENTS = "context:ingredient-list"
#: An ingredient list has at least this many quantity lines.
INGREDIENT_MIN_LINES = 3
#: Between its quantity lines, an ingredient list may hold this many short lines without a
#: quantity in a row ("Salz und Pfeffer", then "Butter für die Form"; one until the fifty-eighth
#: blind set, whose German gratin lost the rest of its list under them).
INGREDIENT_GAP_LINES = 2
#: Under its heading, an ingredient list may start after this many short lines (a serving
#: selector: "Portionen", "−", "12", "+").
INGREDIENT_LEAD_LINES = 6

_INGREDIENT_LINE = regex.compile(INGREDIENT_LINE)
_ingredient_headings = _heading_test(INGREDIENT_HEADINGS, regex.compile(INGREDIENT_HEADING_TAIL))


def _ingredient_line(text: str) -> bool:
    return (len(text.split()) <= INGREDIENT_LINE_WORDS
            and _INGREDIENT_LINE.fullmatch(text.strip()) is not None)


def ingredient_lists(n: int, text_at: Callable[[int], str],
                     rule_at: Callable[[int], Optional[str]]) -> List[int]:
    """The non-blank lines of a recipe's ingredient lists, to keep whatever their scores.

    A list opens with an ingredients heading ("Zutaten", "Ingredients", "用料", with or without
    "für 4 Personen" after it) and holds at least :data:`INGREDIENT_MIN_LINES` quantity lines
    ("250 g Mehl", "1 tbsp caster sugar", "五花肉 500克"), with sub-headings ending in a colon
    ("Für den Teig:") or standing over a quantity line ("Für den Boden und die Streusel") and
    up to :data:`INGREDIENT_GAP_LINES` short lines ("Salz und Pfeffer") between them; it may start
    after up to :data:`INGREDIENT_LEAD_LINES` short lines of a serving selector, which are not
    part of it. Returned: the heading, the quantity lines and what stands between them, less
    any line a rule names.

    Why: the line model knows English ingredient words from its lexicon ("flour", "tbsp") and
    keeps an English list, but sees "250 g Mehl" as a short line with a number, as it sees a
    menu's counts and prices, and dropped 18 of a German recipe's 25 body lines.
    """
    out: List[int] = []
    after = 0  # the first line that no list has read
    for k in _ingredient_headings(n, text_at):
        if k < after:
            continue
        head, j, lead = k, k + 1, 0
        while j < n and lead < INGREDIENT_LEAD_LINES and not _ingredient_line(text_at(j)):
            t = text_at(j).strip()
            if len(t.split()) > 3 or t.endswith((":", "：")):
                break
            j += 1
            lead += 1
        run: List[int] = []
        quantities = 0
        gap = 0  # short lines without a quantity in a row ("Salz und Pfeffer", "Butter für die Form")
        while j < n:
            t = text_at(j).strip()
            if _ingredient_line(t):
                quantities += 1
                gap = 0
            elif len(t.split()) <= 6 and (t.endswith((":", "：")) or (
                    not t.endswith((".", "!", "?", "。")) and j + 1 < n
                    and _ingredient_line(text_at(j + 1).strip()))):
                # a sub-heading: "Für den Teig:", or "Für den Boden und die Streusel" over
                # a quantity line
                gap = 0
            elif (gap < INGREDIENT_GAP_LINES and len(t.split()) <= 5
                  and not t.endswith((".", "!", "?", "。"))):
                gap += 1
            else:
                break
            run.append(j)
            j += 1
        if gap:
            del run[-gap:]
        if quantities >= INGREDIENT_MIN_LINES:
            out.extend(x for x in [head] + run if rule_at(x) is None)
        after = max(j, head + 1)
    return out


#: The reason given for the text of an item of a listing (see :func:`item_lists`).
ITEM_LIST = "context:item-list"
#: A listing repeats its items' furniture line at least this many times ...
ITEM_MIN_REPEATS = 3
#: ... each ITEM_MIN_GAP to ITEM_MAX_GAP lines after the last (an item and its mark).
ITEM_MIN_GAP = 3
ITEM_MAX_GAP = 12
#: The furniture line is short: at most this many (script-aware) words and characters.
ITEM_MARK_WORDS = 4
ITEM_MARK_CHARS = 40
#: A mark glued to other furniture is found by its text when it is at least this many letters.
ITEM_GLUED_MIN_CHARS = 4
#: ... and the line model alone calls it chrome: the median of its probabilities is under this.
ITEM_MARK_P = 0.5
#: An item's lines of text are at least this many words, and the line model alone gives them
#: at least this probability (an item's title reads as a short heading among menus, its
#: description as a teaser). (0.15 until the thirty-third blind set, where a Spanish property
#: portal's titles, "Piso en calle del Almirante Ferrándiz, Centro", scored 0.07-0.13. At 0.10
#: the fixtures keep 7 more body lines and 4 more chrome lines; out of fold, unchanged overall
#: at 0.8297 / 0.8268, forum 0.7064 -> 0.7061, listing word F1 0.6713 -> 0.6712.)
ITEM_LINE_WORDS = 2
ITEM_LINE_P = 0.10
#: ... and, in a card of facts described by its price, at least this probability: a shop's
#: model names and their spec lines ("Trailhawk FX 9", "Vektron Drive CX · 750 Wh · 29\"")
#: read as a filter's options to the line model, 0.04-0.10 on a blind e-bike category. (Such
#: a line is no title or fact where it reads as a stock note or a rating, "Only 4 left":
#: ``phrases.NOT_A_TITLE``. Asked of every line of a card, it lost a shop's listing whose
#: review counts, "(1332)1332 reviews with an average rating of 4.6", had weighed its items
#: against the page's other text: 25 corpus lines, 17 of the reference.)
ITEM_FACT_P = 0.03
#: An item is described: one of its lines of text is at least this many words. A menu whose
#: entries repeat ("Overview" under every section) has titles and no descriptions.
ITEM_DESCRIPTION_WORDS = 6
#: An item's title and facts above its description are each at least this many words (a
#: provider's name or a lone place alone are fewer).
ITEM_TITLE_WORDS = 3
#: The items are the page's content only if their text holds at least this share of the words
#: of the page's confident body outside them (on a listing page, the items are much of what
#: there is to read; a shop's category page may carry a longer SEO text under them) ...
#: (1.0 until the forty-sixth blind set, whose Dutch garden-furniture category lost its items
#: to such a text. Out of fold, with the priced items below, 0.5 and 0.75 both 0.8310 /
#: 0.8290; 0.75 drops 96 more lines of the reference and 214 others, the fixtures 23 more
#: body lines, so 0.5.)
ITEM_BODY_SHARE = 0.5
#: ... and at most this share of those words stands above the items in this many lines or
#: more (a list of teasers comes under the article it follows; a listing's introduction is a
#: paragraph or two).
ITEM_ABOVE_SHARE = 0.5
ITEM_ABOVE_LINES = 3

_DIGITS = regex.compile(r"\d+")
_GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
_ITEM_PRICE = regex.compile(ITEM_PRICE)
# What every price line holds (casefolded): a currency's sign or code, "万", or a salary's "k"
# or "千" ("18-30k·14薪"); a cheap test before the price pattern itself.
_PRICE_HINT = re.compile(r"[$€£¥￥₹₽万元k千łč]|eur|usd|chf|gbp|pln|nzd|aud|cad|руб|fr\.")
#: The key of a short line that is a price, whatever the amount: the prices of a listing's
#: cards repeat at regular steps as its furniture does ("18-30K·14薪", "25-40K·15薪", ...).
PRICE_MARK = "\x00price"


def item_lists(n: int, text_at: Callable[[int], str], rule_at: Callable[[int], Optional[str]],
               vectors: Sequence[Sequence[float]], line_p: Sequence[float],
               confident: Sequence[bool], known: Callable[[int], Optional[str]]) -> List[int]:
    """The titles and descriptions of a listing's items: to keep.

    A listing (job offers, flats to rent, courses, a news section's front) is a run of items
    of one shape, and each item carries the same short furniture line: "Save", "Merken",
    "View Company Profile", a video's "On Now". Such a line (numbers count alike: "1:07" and
    "0:41" are one mark; a mark glued to its neighbour, "vor 3 TagenMerken", is the mark too),
    that the line model alone calls chrome (:data:`ITEM_MARK_P`),
    repeated at least :data:`ITEM_MIN_REPEATS` times at regular steps (each
    :data:`ITEM_MIN_GAP` to :data:`ITEM_MAX_GAP` lines after the last) cuts the page into
    items; the item before the first mark and the one after the last are read over the typical
    step. An item's lines of text are those of at least :data:`ITEM_LINE_WORDS` words, not
    mostly digits, not bulleted (a menu's links), that no rule names and that the line model
    gives at least :data:`ITEM_LINE_P`. Its description is a line of text of at least
    :data:`ITEM_DESCRIPTION_WORDS` words that ends a sentence; when at least three items and
    at least half of them are described, each description is kept with its item's title and
    facts: the lines of text above it of three words or more that no rule names ("SQL for Data
    Analysts", "Sa, 21.03.2026, 8:00–15:00 Uhr", "Alter Hafen, Kaistraße"). A card of facts
    without a sentence is described by its price (``phrases.ITEM_PRICE``: "ab 429,00 €",
    "950 €/mes", "Kaltmiete 890 €", "11.38万"): its lines of text of three words or more (two
    Chinese characters to the word) are its title and facts.

    The line model reads an item's title as a short line among menus and its one-sentence
    description as a teaser, and the context stage finds no run of paragraphs around them: two
    listings of a blind page set lost every item. The items are kept only where they are the
    page's content, judged against the ``confident`` lines outside them (the body the scores
    alone find, whatever the threshold): their words are at least :data:`ITEM_BODY_SHARE` of
    those lines' words, no more than :data:`ITEM_ABOVE_SHARE` of which stand above the first
    item in :data:`ITEM_ABOVE_LINES` lines or more (a list of teasers under an article fails
    both; a listing's introduction is a paragraph or two), and no comments or related-articles
    heading (``known``: the cheap rules) stands between the page's first confident line and the
    items (a thread's "Reply" under every comment repeats as regularly).
    """
    def words(k: int) -> float:
        return math.expm1(vectors[k][_LOG_WORDS])

    # The short lines by their text, casefolded and with every number as "0": one regex call
    # for all of them (this runs on every page; a line never holds a newline once folded).
    short = [k for k, t in enumerate(map(text_at, range(n))) if len(t) <= ITEM_MARK_CHARS]
    if len(short) < ITEM_MIN_REPEATS:
        return []
    joined = "\n".join(map(text_at, short))
    keys = _DIGITS.sub("0", joined.casefold()).split("\n")
    # A converter glues a card's furniture to its neighbour ("vor 3 TagenMerken", "vor 1
    # WocheMerken", "ParkenKontakt"): the text before the first and after the last glued
    # boundary (a lower-case letter against an upper-case one) is a mark of its own. The
    # boundaries are found by one scan of the joined lines: few lines hold one.
    glued: set = set()
    if len(keys) != len(short):
        keys = [_DIGITS.sub("0", text_at(k).casefold()) for k in short]
        glued = set(range(len(short)))
    else:
        starts: Optional[List[int]] = None
        for m in _GLUE.finditer(joined):
            if starts is None:
                starts = list(accumulate((len(text_at(k)) + 1 for k in short[:-1]), initial=0))
            glued.add(bisect_right(starts, m.start()) - 1)
    ends: dict = {}  # a glued line's position among the short lines -> its ends' keys
    for i in glued:
        parts = _GLUE.split(text_at(short[i]))
        heads = dict.fromkeys(_DIGITS.sub("0", part.strip().casefold())
                              for part in (parts[0], parts[-1]))
        ends[i] = [e for e in heads if len(e) >= ITEM_GLUED_MIN_CHARS and e != keys[i]]
    # A price is a mark too, whatever its amount, besides its own key (a card may show two
    # prices, "11.38万" and "首付3.41万": the second one's key still marks the cards).
    # (Only lines with a figure are asked: their keys hold a "0". One scan of the joined lines
    # for prices cost 0.4 s on the benchmark's 5 MB, these calls a tenth of it.)
    for i, key in enumerate(keys):
        if "0" in key and _PRICE_HINT.search(key) is not None:
            t = text_at(short[i]).strip()
            if t[:1] in "•·" and t[1:2] == " ":
                t = t[2:]
            if _ITEM_PRICE.fullmatch(t):
                ends.setdefault(i, []).append(PRICE_MARK)
    counts = Counter(keys)
    for found in ends.values():
        counts.update(found)
    repeated = {key for key, c in counts.items() if c >= ITEM_MIN_REPEATS}
    if not repeated:
        return []
    marks: dict = {}
    for i, (k, key) in enumerate(zip(short, keys)):
        if key in repeated:
            marks.setdefault(key, []).append(k)
        for e in ends.get(i, ()):
            if e in repeated:
                marks.setdefault(e, []).append(k)
    if not marks:
        return []
    keep: set = set()
    span: set = set()  # the lines of the described lists, from their first item to their last
    # A list under a comments or related-articles heading (the cheap rules name it) that stands
    # below the page's first confident line is no listing of the page's: a recipe's comments,
    # each under a "Reply", under its ingredients found as items. (Checked for each list: the
    # first one found may stand above the heading.)
    first = next((k for k in range(n) if confident[k]), n)
    heads = [k for k in range(first, n) if (known(k) or "").startswith(
        ("section-related", "section-box", "section-comments"))]
    for key, at in marks.items():
        if len(at) < ITEM_MIN_REPEATS or words(at[0]) > ITEM_MARK_WORDS + 0.5:
            continue
        start = 0
        for i in range(1, len(at) + 1):
            # A run of marks ends where the next one is too near or too far.
            if i < len(at) and ITEM_MIN_GAP <= at[i] - at[i - 1] <= ITEM_MAX_GAP:
                continue
            run, start = at[start:i], i
            # (The furniture is chrome to the line model: an article's recurring subheadings,
            # "Overview" and "Advantages" under each section, are not.)
            if (len(run) >= ITEM_MIN_REPEATS
                    and sorted(line_p[k] for k in run)[len(run) // 2] < ITEM_MARK_P):
                found = _described_items(run, n, words, rule_at, vectors, line_p, text_at,
                                         confident, key == PRICE_MARK)
                if found and not (heads and heads[0] < min(found)):
                    keep.update(found)
                    span.update(range(min(found), max(max(found), run[-1]) + 1))
    if not keep:
        return []
    text = sorted(keep)
    body = [k for k in range(n) if confident[k] and k not in span]
    total = sum(map(words, body))
    above = [k for k in body if k < text[0]]
    above_words, text_words = sum(map(words, above)), sum(map(words, text))
    # (An article above its teasers has more words than they do; a listing's filters that the
    # model keeps, "• Mit Berufserfahrung (201)", have far fewer than its items.)
    if ((len(above) >= ITEM_ABOVE_LINES and above_words > ITEM_ABOVE_SHARE * total
         and above_words >= text_words)
            or text_words < ITEM_BODY_SHARE * total):
        return []
    return text


def _described_items(run: Sequence[int], n: int, words: Callable[[int], float],
                     rule_at: Callable[[int], Optional[str]],
                     vectors: Sequence[Sequence[float]], line_p: Sequence[float],
                     text_at: Callable[[int], str], confident: Sequence[bool],
                     priced: bool = False) -> List[int]:
    # The titles and descriptions of the items between and around a run of marks (see
    # item_lists), or none if too few items are described. The item before the first mark
    # and the one after the last are guessed from the step: a confident line there is the
    # page's own text (the paragraph above the list), not an item's. With ``priced`` the marks
    # are the items' prices, and each item is described by one.
    steps = sorted(b - a for a, b in zip(run, run[1:]))
    step = steps[len(steps) // 2]
    # (A price may stand anywhere in its card: the items at the ends reach half a step from
    # it, not into the result count above the list or the pager under it. At half a step and
    # one line more, the fixtures' listings kept three more such lines and no more body.)
    reach = (step + 1) // 2 if priced else step
    bounds = [max(-1, run[0] - reach)] + list(run) + [min(n, run[-1] + reach)]
    need = max(ITEM_MIN_REPEATS, (len(bounds) - 1) / 2)
    last = len(bounds) - 2
    # A bulleted line is a menu's link, unless every item has one: a card's title, as
    # Resiliparse writes a listing whose cards are a list ("• Datenanalyst (m/w/d)", "• 数据分析
    # 师（用户增长）"). A menu's links stand together, many in one item.
    # (A mark may be the bulleted line: a title glued to its price, "• 数据分析师15-25K·13薪".)
    bullets = []
    for a, b in zip(bounds, bounds[1:]):
        found = [k for k in range(a + 1, min(b + 1, n)) if is_list_item(text_at(k))]
        if len(found) > 1:
            found = [k for k in found if rule_at(k) is None]
        bullets.append(found[0] if len(found) == 1 else None)
    # (A button in every card, "• 申请职位", is furniture: a title is the card's own.)
    seen = Counter(text_at(k) for k in bullets if k is not None)
    bullets = [k if k is not None and seen[text_at(k)] == 1 else None for k in bullets]
    # The items at the ends run into the menus around the list: there the title is the
    # bulleted line where the other items have theirs (as far above the item's end).
    offsets = sorted(b - k for k, b in zip(bullets[1:-1], bounds[2:-1]) if k is not None)
    if offsets and bullets[0] is None:
        k = bounds[1] - offsets[len(offsets) // 2]
        if bounds[0] < k and is_list_item(text_at(k)):
            bullets[0] = k
    # (Every item between the marks has one: a badge, "• PRICE CUT", "• NEW", stands on some.)
    if None in bullets[1:-1] or sum(k is not None for k in bullets) < need:
        bullets = [None] * len(bullets)
    items = []
    head: List[int] = []  # the lines of text of the item before the first mark
    for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
        lines = [k for k in range(a + 1, b)
                 if line_p[k] >= ITEM_LINE_P and words(k) >= ITEM_LINE_WORDS - 0.5
                 and not (confident[k] and (i == 0 or i == last))
                 and vectors[k][_DIGIT_SHARE] <= BRIDGE_MAX_DIGITS
                 and (k == bullets[i] or not is_list_item(text_at(k)))]
        if i == 0:
            head = lines
        long = [k for k in lines if words(k) >= ITEM_DESCRIPTION_WORDS - 0.5
                and vectors[k][_ENDS_TERMINAL]]
        if long:
            items.append((lines, long))
            continue
        # A card of facts ("Brandtner WM 814 Frontlader", "8 kg, 1400 U/min, A", "ab 429,00
        # €"): its price describes it; its other lines of text are its title and facts, mostly
        # digits or not ("EZ 04/2021 · 48.500 km · 110 kW (150 PS) · Benzin").
        prices = {k for k in range(a + 1, b) if _ITEM_PRICE.fullmatch(text_at(k).strip())}
        if priced:
            prices.add(b if b < n else a)
        # (Chinese characters count as words: a card's badges, "加入对比", "准新车 超值", are
        # as long as a title's three words; two characters make a word here.)
        titled = [k for k in range(a + 1, b)
                  if k not in prices and (line_p[k] >= ITEM_LINE_P or (
                      line_p[k] >= ITEM_FACT_P and _NOT_A_TITLE.search(text_at(k)) is None))
                  and words(k) / (_CJK_CHARS_PER_WORD if has_cjk(text_at(k)) else 1)
                  >= ITEM_TITLE_WORDS - 0.5
                  and not (confident[k] and (i == 0 or i == last))
                  and (k == bullets[i] or not is_list_item(text_at(k)))] if prices else []
        if titled:
            items.append((titled, []))
    # A line the line model alone calls furniture (under ITEM_LINE_P) is no title or fact
    # where its text, every number as "0", stands in a third of the cards or more: a shoe's
    # "in 2 Farben", a listing's "Schedule a tour". (A card's own facts repeat less: an
    # e-bike category's "Vektron Drive CX · 750 Wh · 29\"" stood in a fourth of its cards.)
    low = Counter(key for titled, long in items if not long
                  for key in {_DIGITS.sub("0", text_at(k).casefold())
                              for k in titled if line_p[k] < ITEM_LINE_P})
    common = {key for key, c in low.items() if c * 3 >= len(bounds) - 1}
    if common:
        items = [(titled, long) if long else
                 ([k for k in titled if line_p[k] >= ITEM_LINE_P
                   or _DIGITS.sub("0", text_at(k).casefold()) not in common], long)
                 for titled, long in items]
        items = [(lines, long) for lines, long in items if lines]
    # (The rules, pattern rules among them, are asked only if enough items could be described:
    # they can only take descriptions away.)
    if len(items) < need:
        return []
    out: List[int] = []
    described = 0
    # Where the mark stands inside each card, between its title and facts and its description
    # (a job card's "Merken" over its one-sentence teaser), each item holds one card's
    # description over the next card's title: its title and facts are then the lines under the
    # description. (Read so where at least half the described items have lines of text under
    # their description and none above it; the sixty-fourth blind set's job listing had kept
    # its teasers and lost every title.)
    def titles_above(lines: Sequence[int], long: Sequence[int]) -> List[int]:
        return [k for k in lines if k < long[0] and words(k) >= ITEM_TITLE_WORDS - 0.5]

    def titles_below(lines: Sequence[int], long: Sequence[int]) -> List[int]:
        return [k for k in lines if k > long[-1] and words(k) >= ITEM_TITLE_WORDS - 0.5]

    with_long = [(lines, long) for lines, long in items if long]
    below = (2 * sum(1 for lines, long in with_long
                     if not titles_above(lines, long) and titles_below(lines, long))
             >= len(with_long) > 0)
    if below and head and not any(k in head for lines, long in with_long for k in long):
        # The first card's title and facts stand in the item before the first mark, over no
        # description of their own.
        out.extend(k for k in head
                   if words(k) >= ITEM_TITLE_WORDS - 0.5 and rule_at(k) is None)
    for lines, long in items:
        if not long:
            # a card of facts: its title and facts that no rule names
            facts = [k for k in lines if rule_at(k) is None]
            described += bool(facts)
            out.extend(facts)
            continue
        long = [k for k in long if rule_at(k) is None]
        if long:
            described += 1
            # The title and the item's facts: the lines of text above the description that no
            # rule names. (Only the one the line model called likeliest body, as before, took
            # an events calendar's venue, "Alter Hafen, Kaistraße", for the event's title:
            # the fixtures' listings keep 10 more body lines and 3 more chrome ones, the
            # training corpus out of fold is unchanged, 0.8297 / 0.8267 -> 0.8297 / 0.8268.)
            titles = titles_below(lines, long) if below else titles_above(lines, long)
            out.extend(k for k in titles if rule_at(k) is None)
            out.extend(long)
    return out if described >= need else []


#: The reason given for a table row kept under the body (see :func:`tables`).
TABLE_ROW = "context:table"
#: A table is at least this many rows in a row (a header and two rows; two lines with tabs
#: are as often a label and its value in a page's chrome).
TABLE_MIN_ROWS = 3


def is_table_row(line: str) -> bool:
    """A raw (unfolded) line that is a table's row as a converter flattens it: cells separated
    by tabs (Resiliparse writes ``"2023\t\t16,4"``), two of them or more not empty."""
    return "\t" in line and sum(1 for cell in line.split("\t") if cell.strip()) >= 2


def tables(keep: Sequence[bool], rows: Sequence[bool],
           rule_at: Callable[[int], Optional[str]]) -> List[int]:
    """The rows of the tables that stand under the body: to keep.

    ``rows`` flags the lines that are table rows (:func:`is_table_row` of the raw line: the
    folded line has lost its tabs). A run of at least :data:`TABLE_MIN_ROWS` of them whose
    line above (or the one above that: a caption between) is kept joins the body, but for the
    rows a rule names. A table's rows are short lines of figures and names that the line model
    reads as menus: the key figures of a business story, a documentation page's error codes.
    On the training corpus (out of fold), the step keeps 810 words of the gold that were
    dropped and 422 of other text; the tables elsewhere are left to the scores (a cookie
    policy's table of cookies stands away from the body).

    Only kept lines lead to rows, so a higher threshold never keeps more of them.
    """
    out: List[int] = []
    m = len(rows)
    k = 0
    while k < m:
        if not rows[k]:
            k += 1
            continue
        lo = k
        while k < m and rows[k]:
            k += 1
        if k - lo >= TABLE_MIN_ROWS and ((lo >= 1 and keep[lo - 1])
                                         or (lo >= 2 and keep[lo - 2])):
            out.extend(j for j in range(lo, k) if not keep[j] and rule_at(j) is None)
    return out


#: The reason given for a line of a table of contents that is dropped (see :func:`toc_entries`).
TOC_ENTRY = "context:table-of-contents"
#: A table of contents has at most this many entries, each of at most this many words.
TOC_MAX_ENTRIES = 40
TOC_ENTRY_WORDS = 16
# What a table of contents puts before an entry: a bullet (a nested list's two, "• ▪ 气候"), a
# number ("1", "2.3", "1.", "IV.").
_TOC_NUMBER = regex.compile(r"(?:[•·◦▪*-]\s*){0,2}(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]?\s+)?")


def _toc_key(text: str) -> str:
    return _TOC_NUMBER.sub("", text, count=1).strip().casefold()


def toc_lists(n: int, text_at: Callable[[int], str], vectors: Sequence[Sequence[float]]
              ) -> List[List[Tuple[int, int]]]:
    """Each in-page table of contents as its entries (see :func:`toc_entries`), each with the
    last line further down that has its key: ``[(entry, line), ...]`` per list. Computed once
    a page and handed to :func:`toc_entries` and :func:`toc_sections`."""
    heads = [k for k in range(n) if is_toc_heading(vectors[k], text_at(k))]
    if not heads:
        return []
    later: dict = {}
    for k in range(n):
        later[_toc_key(text_at(k))] = k  # the last line of each key
    out = []
    for h in heads:
        j = h + 1
        # the list's toggle ("Ausblenden", "[hide]"), which repeats nowhere
        if j < n and math.expm1(vectors[j][_LOG_WORDS]) <= 2.5 and later.get(
                _toc_key(text_at(j)), j) <= j:
            j += 1
        entries: List[Tuple[int, int]] = []
        while j < n and len(entries) < TOC_MAX_ENTRIES:
            v = vectors[j]
            key = _toc_key(text_at(j))
            if (not key or v[_ENDS_TERMINAL] and not text_at(j).endswith(("?", "？"))
                    or math.expm1(v[_LOG_WORDS]) > TOC_ENTRY_WORDS + 0.5
                    or later.get(key, j) <= j):
                break
            entries.append((j, later[key]))
            j += 1
        if len(entries) >= 2:
            out.append(entries)
    return out


def toc_entries(n: int, text_at: Callable[[int], str],
                vectors: Sequence[Sequence[float]],
                lists: Optional[List[List[Tuple[int, int]]]] = None) -> List[int]:
    """The entries of an in-page table of contents: to drop, whatever their scores.

    Under a table of contents' heading ("Inhaltsverzeichnis", "Table of contents [hide]",
    "On this page", "目录"), and past a toggle of one or two words ("Ausblenden"), the entries
    are the short lines (at most :data:`TOC_ENTRY_WORDS` words, no sentence) each of which
    stands again further down the page as a line of its own, its number or bullet aside ("1
    Warum 50 Euro schon reichen" over the subheading "Warum 50 Euro schon reichen"). At least
    two entries, up to the first line that is none.

    Why: the entries are the article's own subheadings, and to the model they read as body:
    short title-like lines at the top of the article. A finance blog kept its whole contents
    list. A heading's own repeat is the test, so a list of links to other pages under "On
    this page" is left to the scores.
    """
    if lists is None:
        lists = toc_lists(n, text_at, vectors)
    return sorted({entry for entries in lists for entry, _ in entries})


#: The reason given for a line kept inside the sections a table of contents lists (see
#: :func:`toc_sections`).
TOC_SECTION = "context:toc-section"
#: Inside those sections a line joins the body if the line model alone gives it at least this.
TOC_SECTION_P = 0.5
#: Under the last section's heading, at most this many lines join.
TOC_LAST_SECTION_LINES = 12


def toc_sections(n: int, text_at: Callable[[int], str], vectors: Sequence[Sequence[float]],
                 line_p: Sequence[float], rule_at: Callable[[int], Optional[str]],
                 keep: Sequence[bool],
                 lists: Optional[List[List[Tuple[int, int]]]] = None) -> List[int]:
    """The article's own sections, as its table of contents lists them: lines to keep.

    The entries of a table of contents (see :func:`toc_entries`) point to the article's
    subheadings further down, so the article runs from the first of them at least to the last.
    Kept: each such subheading (unless a rule names it: a section heading, "Kommentare",
    ends the article there), the lines between the first and the last that no rule names and
    that the line model alone gives at least :data:`TOC_SECTION_P`, and under the last one
    the lines that do so in a row (at most :data:`TOC_LAST_SECTION_LINES`), up to the first
    that does not. The sections only extend a body found already: some line among them is
    kept (``keep``); a heading is no list item, and no copy of an entry between the headings
    joins (a page may print its contents again, as a list, lower down).

    Why: a long guide's later sections, past a product box or a table the model reads as
    chrome, fall out of the run the context stage finds: a gardening blog lost its last
    three sections ("Die häufigsten Fehler", "Fazit"), though its own contents named them.
    """
    out: List[int] = []
    if lists is None:
        lists = toc_lists(n, text_at, vectors)
    if not lists:
        return out
    # Each entry's heading is the first line after the list with its key. (A page may print
    # its contents twice, at the top and in a sidebar at the end: the last line with the key
    # is then the second list's entry, no heading.)
    where: dict = {}
    for k in range(n):
        where.setdefault(_toc_key(text_at(k)), []).append(k)
    for entries in lists:
        end = entries[-1][0]
        heads = []
        keys = {_toc_key(text_at(entry)) for entry, _ in entries}
        for entry, _ in entries:
            head = next((k for k in where[_toc_key(text_at(entry))] if k > end), -1)
            if head < 0 or is_list_item(text_at(head)) or rule_at(head) is not None:
                break
            heads.append(head)
        if len(heads) < 2 or heads != sorted(heads):
            continue
        found = [k for k in range(heads[0] + 1, heads[-1])
                 if line_p[k] >= TOC_SECTION_P and _toc_key(text_at(k)) not in keys
                 and rule_at(k) is None]
        k = heads[-1] + 1
        while (k < n and k - heads[-1] <= TOC_LAST_SECTION_LINES
               and line_p[k] >= TOC_SECTION_P and rule_at(k) is None):
            found.append(k)
            k += 1
        if any(keep[k] for k in range(heads[0], k)):
            out.extend(heads)
            out.extend(found)
    return sorted(set(out))


#: The reason given for a code block's language label that is dropped (see :func:`code_labels`).
CODE_LABEL = "context:code-label"
# A code block's label as documentation sites print it over the block: the language or the
# shell the commands are for (casefolded).
_CODE_LABEL = regex.compile(
    r"(?:bash|sh|zsh|shell|console|terminal|powershell|cmd|eingabeaufforderung|konsole|"
    r"python|python3|py|yaml|yml|json|jsonc|javascript|js|typescript|ts|jsx|tsx|html|css|scss|"
    r"sql|go|golang|rust|java|kotlin|swift|ruby|php|c\+\+|cpp|c#|csharp|xml|toml|ini|"
    r"dockerfile|makefile|text|plaintext|diff|hcl|graphql|lua|perl|scala|dart|http|curl|"
    r"命令行|终端|終端)")


def code_labels(keep: Sequence[bool], text_at: Callable[[int], str],
                rule_at: Callable[[int], Optional[str]]) -> List[int]:
    """Kept lines that are a code block's language label: to drop.

    A documentation page prints the block's language or shell over it ("Bash", "JSON",
    "PowerShell", "Eingabeaufforderung"), and converters keep it as a line of its own, which
    the body around it keeps. Such a line is the label only right above a line of code (see
    :func:`is_code_line`), or above the block's copy button and the code ("PowerShell",
    "Kopieren", then the command): "Python" above a paragraph is a heading. In the training corpus,
    out of fold, 121 such lines were kept: 87 of other text, 34 of the gold (one site's
    reference keeps its "javascript" labels, another's drops its "js" ones).
    """
    n = len(keep)
    out = []
    for k in range(n - 1):
        if (keep[k] and len(text_at(k)) <= 24
                and _CODE_LABEL.fullmatch(text_at(k).strip().casefold()) is not None):
            j = k + 2 if k + 2 < n and rule_at(k + 1) == COPY_BUTTON else k + 1
            if is_code_line(text_at(j)):
                out.append(k)
    return out


#: The reason given for a notice's issuer and date of issue under its text (see :func:`sign_offs`).
SIGN_OFF = "context:sign-off"
# An issuing body, by the word its name ends with ("青岚区医疗保障局", "澜川职业技术学院招生就业处"),
# and a date of issue ("2026年11月24日", "二〇二六年十一月二十四日").
_ISSUER = regex.compile(r"\p{Han}[\p{Han}（）()·\d]{2,28}(?:局|厅|委员会|委|办公室|办|政府|中心|学院|大学|学校|处|部|院|"
                        r"公司|协会|集团|银行|医院|所|站|会|社|馆|队|廳|辦公室|辦|學院|學校|處|協會|銀行|醫院|館|隊)")
_ISSUE_DATE = regex.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
                            r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")


def sign_offs(keep: Sequence[bool], text_at: Callable[[int], str],
              rule_at: Callable[[int], Optional[str]]) -> List[int]:
    """A Chinese notice's issuer and date of issue right under its text ("青岚区医疗保障局" over
    "2026年11月24日"), to keep.

    Every official notice ends so, and the reference keeps it; the line model reads two short
    lines of a name and a date under the body as a footer's (the fifty-seventh and
    fifty-eighth blind sets lost both on a health-insurance notice and an admissions brochure).
    """
    out: List[int] = []
    for k in range(1, len(keep) - 1):
        if (keep[k - 1] and not keep[k] and _ISSUER.fullmatch(text_at(k))
                and _ISSUE_DATE.fullmatch(text_at(k + 1)) and rule_at(k) is None
                and rule_at(k + 1) is None):
            out += [k, k + 1]
    return out


#: The reason given for a live ticker's entry kept under its minute or time (see
#: :func:`ticker_entries`).
TICKER_ENTRY = "context:ticker"
#: A ticker has at least this many marks ...
TICKER_MIN_MARKS = 5
#: ... each at most this many lines after the last (a mark, an icon's word, "Tor", and the entry)
TICKER_MAX_GAP = 6
#: ... and at least this share of the steps between them holds an entry: a line of at least
#: :data:`TICKER_ENTRY_WORDS` words (a Chinese or Japanese character counts as one) that ends
#: a sentence and that no rule names.
TICKER_ENTRY_SHARE = 2 / 3
TICKER_ENTRY_WORDS = 4
# A minute of a match ("88'", "90'+4", "90.+4'", "45+2′") or a time of day ("17:26", "17:26 Uhr")
# alone on its line.
_TICKER_MARK = regex.compile(r"(?:\d{1,3}\.?\s*['′’](?:\s*\+\s*\d{1,2}\s*['′’]?)?|"
                             r"\d{1,3}\.?\s*\+\s*\d{1,2}\s*['′’]|\d{1,2}:\d{2}(?:\s*uhr|\s*h)?)",
                             regex.IGNORECASE)
# (A quote may close the sentence: „Wir haben verdient gewonnen.“)
_TICKER_SENTENCE_END = regex.compile(r"[.!?。！？…][\"'”’»“）)]?$")


def ticker_entries(n: int, text_at: Callable[[int], str], rule_at: Callable[[int], Optional[str]],
                   known: Callable[[int], Optional[str]],
                   vectors: Sequence[Sequence[float]]) -> List[int]:
    """A live ticker's entries under their minutes or times ("88'", "17:26"), to keep.

    A ticker is at least :data:`TICKER_MIN_MARKS` lines that are each a minute of a match or a
    time of day alone, each at most :data:`TICKER_MAX_GAP` lines after the last, where at least
    :data:`TICKER_ENTRY_SHARE` of the steps hold an entry: a sentence of
    :data:`TICKER_ENTRY_WORDS` words or more that no rule names. Those entries are kept; the
    marks and the icons' words ("Tor", "Wechsel") are left to the scores. A ticker under a
    comments heading (``known``: the cheap rules) is no ticker: comments carry their times.

    Why: a match report's ticker "zum Nachlesen" under the report and a box of teasers reads,
    line by line, as short lines among chrome, and the box's heading had passed its related
    mark on to it: the sixty-second blind set lost all 13 entries.
    """
    marks = [k for k in range(n) if len(text_at(k)) <= 12 and text_at(k)[:1].isdigit()
             and _TICKER_MARK.fullmatch(text_at(k)) is not None]
    if len(marks) < TICKER_MIN_MARKS:
        return []
    out: List[int] = []
    start = 0
    for i in range(1, len(marks) + 1):
        if i < len(marks) and marks[i] - marks[i - 1] <= TICKER_MAX_GAP:
            continue
        run, start = marks[start:i], i
        if len(run) < TICKER_MIN_MARKS:
            continue
        # The last entry stands under the last mark, as far down as the steps reach.
        bounds = list(run) + [min(n, run[-1] + TICKER_MAX_GAP)]
        if any((known(k) or "").startswith("section-comments") for k in range(run[0])):
            continue
        found: List[int] = []
        described = 0
        for a, b in zip(bounds, bounds[1:]):
            entries = [k for k in range(a + 1, b)
                       if _TICKER_SENTENCE_END.search(text_at(k)) is not None
                       and math.expm1(vectors[k][_LOG_WORDS]) >= TICKER_ENTRY_WORDS - 0.5
                       and not is_list_item(text_at(k)) and rule_at(k) is None]
            described += bool(entries)
            found += entries
        if described >= TICKER_ENTRY_SHARE * len(run):
            out += found
    return out


#: The reason given for a documentation page's note kept with its label (see :func:`callouts`).
CALLOUT = "context:callout"
#: The note under a callout's label has at least this many words (a Chinese or Japanese
#: character counts as one) ...
CALLOUT_MIN_WORDS = 5
#: ... and the line model gives it at least this much.
CALLOUT_P = 0.1
_CALLOUT_END = regex.compile(r"\s*[:：]\s*$")


def callouts(keep: Sequence[bool], vectors: Sequence[Sequence[float]], line_p: Sequence[float],
             text_at: Callable[[int], str], rule_at: Callable[[int], Optional[str]]) -> List[int]:
    """A note box right under the body: its label ("Note", "Hinweis", "注意", see
    ``phrases.CALLOUT_LABELS``) and the note under it, to keep.

    Why: a documentation page's last note ("注意" over "验证码类短信请在服务端生成……") stands
    between the body and the page's furniture, and the line model reads a one-word label and a
    warning in the imperative as neither; together, right under kept text, they are the
    page's. Only a label right under a kept line, with a note of at least
    :data:`CALLOUT_MIN_WORDS` words at line-model :data:`CALLOUT_P` under it, that no rule
    names.
    """
    out: List[int] = []
    n = len(keep)
    for k in range(1, n - 1):
        # (Whatever else kept the label or the note: the step only adds, so that raising the
        # threshold never keeps more.)
        if not keep[k - 1]:
            continue
        label = _CALLOUT_END.sub("", text_at(k).strip()).casefold()
        if label not in CALLOUT_LABELS or rule_at(k) is not None:
            continue
        j = k + 1
        if (math.expm1(vectors[j][_LOG_WORDS]) >= CALLOUT_MIN_WORDS - 0.5
                and line_p[j] >= CALLOUT_P and rule_at(j) is None):
            out.extend((k, j))
    return out


#: The reason given for a product's title and price kept over its buy box (see :func:`buy_box`).
BUY_BOX = "context:buy-box"
#: The title stands at most this many lines over the price (a brand, a rating, an article
#: number, a list of key specifications between) ...
BUY_BOX_REACH = 12
#: ... has this many words (a Chinese or Japanese character counts as one; a marketplace's
#: keyword-stuffed title runs long; "Thermova AG" over its share price in a finance story is
#: too short) ...
BUY_BOX_TITLE_WORDS = (3, 40)
#: ... and shares at least one word (or, in Chinese or Japanese, two pairs of characters) with
#: the first :data:`BUY_BOX_BODY_LINES` lines of the body.
BUY_BOX_BODY_LINES = 40
#: Prices are sought among the first this many price lines over the body.
BUY_BOX_PRICES = 3
#: The prices kept stand at most this many lines under the first (a list price, then the price
#: paid).
BUY_BOX_PRICE_LINES = 4

_PRICE_LINE = regex.compile(PRICE_LINE)
_PRICE_LABEL = regex.compile(PRICE_LABEL)
_NOT_A_TITLE = regex.compile(NOT_A_TITLE)
_LATIN_WORD = regex.compile(r"[\p{L}\p{N}]{4,}")
_HAN_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]{2,}")
_ALL_ZERO = regex.compile(r"^[^1-9]*$")


def _title_keys(text: str) -> set:
    # A line's words of four letters or more, and its pairs of Han characters.
    low = text.casefold()
    keys = set(_LATIN_WORD.findall(low))
    for run in _HAN_RUN.findall(low):
        keys.update(run[i:i + 2] for i in range(len(run) - 1))
    return keys


def is_price_line(text: str) -> bool:
    """Whether a line is only a price the customer pays ("€ 169,95", "3 899,00 zł", "¥369.00",
    "229,–"; not "UVP 3.799,00 €" nor a cart's "0,00 €")."""
    t = text.strip()
    if is_list_item(t):
        t = t[2:]
    if len(t) > 32 or _PRICE_LINE.fullmatch(t) is None or _ALL_ZERO.match(t):
        return False
    first = t.split(" ", 1)[0].casefold()
    return not any(first.startswith(w) for w in PRICE_NOT_PAID)


def buy_box(anchors: Sequence[bool], vectors: Sequence[Sequence[float]],
            text_at: Callable[[int], str], rule_at: Callable[[int], Optional[str]],
            head: Optional[int] = None) -> List[int]:
    """A shop page's product title and the price under it, over the body: to keep.

    The title of a product stands over its buy box (a rating, the price, a size selector, the
    basket button), often dozens of lines over the description, where the headline search,
    which looks up from the body, gives up; and the line model reads a name of four words and a
    lone price as a menu's. The title is the nearest line within :data:`BUY_BOX_REACH` lines
    over one of the first price lines (:func:`is_price_line`) over the body that no rule names,
    is no price, list item, sentence or label, and shares words with the body (so that a
    "Warenkorb 0,00 €" or a teaser's price under its title finds nothing to keep). ``anchors``
    are the lines the scores alone find, as for the headline, so that raising the threshold
    never brings a line in. Where the headline search found a title (``head``) within reach
    over the price, that is the title, and only the prices are returned. Returned: the title
    and the prices, or nothing.

    Why: of 15 blind shop pages of five languages, 9 lost their product's title and 8 its
    price. In the training corpus the first gold line of 122 of 224 product pages was dropped.
    """
    n = len(anchors)
    first = next((k for k in range(n) if anchors[k]), None)
    if first is None:
        return []
    prices = [k for k in range(first) if is_price_line(text_at(k)) and rule_at(k) is None]
    if not prices:
        return []
    body: set = set()
    for k in [k for k in range(first, n) if anchors[k]][:BUY_BOX_BODY_LINES]:
        body |= _title_keys(text_at(k))

    least, most = BUY_BOX_TITLE_WORDS

    def title(k: int) -> bool:
        # a line shaped like a product's name that shares a word with the body
        text = text_at(k).strip()
        v = vectors[k]
        if (not text or not least - 0.5 <= math.expm1(v[_LOG_WORDS]) <= most + 0.5
                or v[_ENDS_TERMINAL] or v[_ENDS_COLON] or v[_DIGIT_SHARE] > 0.4
                or is_list_item(text) or is_price_line(text) or _PRICE_LABEL.fullmatch(text)
                or _NOT_A_TITLE.search(text) or rule_at(k) is not None):
            return False
        shared = _title_keys(text) & body
        return len(shared) >= 2 or any(not _HAN_RUN.fullmatch(w) for w in shared)

    def sentence(j: int) -> bool:
        return bool(vectors[j][_ENDS_TERMINAL]) and math.expm1(vectors[j][_LOG_WORDS]) >= 10

    for p in prices[:BUY_BOX_PRICES]:
        if head is not None and p - BUY_BOX_REACH <= head < p:
            # The headline is the title, unless a standfirst under it makes it a story's (a
            # finance story's share price under its teaser).
            if any(sentence(j) for j in range(head + 1, p)):
                return []
            return [q for q in prices if p <= q <= p + BUY_BOX_PRICE_LINES]
        # The nearest candidate wins: over it stand the brand, the breadcrumb and the menus,
        # which share words with the body as well.
        k = next((k for k in range(p - 1, max(-1, p - 1 - BUY_BOX_REACH), -1) if title(k)), None)
        if k is not None:
            out = [k]
            # A Chinese shop's name over its subtitle, a bookshop's title over its author: the
            # lines right around it that read the same way are the title's.
            if _HAN_RUN.search(text_at(k)):
                out.extend(j for j in (k - 2, k - 1, k + 1, k + 2)
                           if 0 <= j < p and _HAN_RUN.search(text_at(j)) and title(j))
            # The price paid may follow a list price.
            out.extend(q for q in prices if p <= q <= p + BUY_BOX_PRICE_LINES)
            return sorted(out)
    return []


#: The reason given for a line of a Stack Exchange post kept between its vote count and its
#: footer (see :func:`qa_threads`).
QA_POST = "context:qa-post"
#: The reason given for a line of a Stack Exchange thread's furniture dropped whatever its
#: score: a post's vote count, its tags, its footer, and what stands between the footer and the
#: next post's vote count (the poster's card, the comments, the answers' count and sort order).
QA_CHROME = "context:qa-chrome"
#: A post runs over at most this many lines above its footer.
QA_POST_LINES = 400

_QA_FOOTER = regex.compile(QA_FOOTER)
_QA_SHARE = regex.compile(QA_SHARE)
_QA_SEPARATOR = regex.compile(QA_SEPARATOR)
_QA_VOTE_LABEL = regex.compile(QA_VOTE_LABEL)
# A post's vote count ("12", "-2"), and the bookmark count under a question's.
_QA_VOTES = regex.compile(r"[-−]?\d{1,7}")
# A question's tag over its footer ("python", "• python-3.x", "c#", ".net", "asp.net-core").
# (At least one letter: a number over the footer is the post's last line of output.)
_QA_TAG = regex.compile(r"(?:[•·*]\s)?(?=\S*\p{Ll})[\p{Ll}\p{N}.][\p{Ll}\p{N}.#+_-]{0,34}")
# The footer's row ends in "Follow" (and "Flag") on a line of its own where it is split.
_QA_FOLLOW = regex.compile(r"(?i)follow|seguir|отслеживать|flag")


def qa_threads(n: int, text_at: Callable[[int], str],
               rule_at: Callable[[int], Optional[str]]) -> Tuple[List[int], List[int]]:
    """A Stack Exchange thread's posts, to keep, and its furniture, to drop.

    A question or answer on Stack Overflow and its sister sites stands between its vote count
    (a bare number, "12", over which stands the view count, the answers' sort order or the
    comments under the post before: see :data:`boilerkill.phrases.QA_SEPARATOR`) and its footer
    ("Share Improve this answer Follow", glued or on three lines:
    :data:`boilerkill.phrases.QA_FOOTER`). Its text is prose between code, command output and
    directory trees, which the line model reads as chrome line by line; the structure says
    what it is. Found from the text alone, so whatever the threshold.

    Returns two sorted lists of lines: the posts' lines that no rule names (to keep, reason
    :data:`QA_POST`), and the thread's furniture (to drop, :data:`QA_CHROME`): each vote count,
    a question's tags over its footer, each footer and what stands under it down to the next
    post's vote count (the poster's card, the comments, "2 Answers 2", the sort order), and
    everything under the last post's footer. A page without such a footer costs one match per
    line.

    The training corpus's reference texts leave the comments out on all its Stack Exchange
    pages but one. Out of fold the step keeps 483 more reference lines and loses 2 (a comment
    and a vote count), keeps 37 more other lines and drops 423 more; forum shingle F1 goes
    0.7127 -> 0.7258.
    """
    footers: List[Tuple[int, int, bool]] = []  # (first line, last line, a question's)
    for k in range(n):
        m = _QA_FOOTER.fullmatch(text_at(k))
        if m is None:
            continue
        first = last = k
        while first > max(0, k - 2) and _QA_SHARE.fullmatch(text_at(first - 1)):
            first -= 1
        if k + 1 < n and _QA_FOLLOW.fullmatch(text_at(k + 1)):
            last = k + 1
        footers.append((first, last, m.group("question") is not None))
    keep: List[int] = []
    drop: List[int] = []
    posts: List[Tuple[int, int, int]] = []  # (first vote line, first text line, footer)
    floor = 0
    for first, last, question in footers:
        end = first  # the post's text ends above its footer
        if question:
            while end - 1 > floor and _QA_TAG.fullmatch(text_at(end - 1)):
                end -= 1
        start = _qa_votes(max(floor, first - QA_POST_LINES), end, text_at)
        if start is not None:
            votes, text = start
            posts.append((votes, text, first))
            keep += [k for k in range(text, end) if rule_at(k) is None]
            drop += range(votes, text)
            drop += range(end, last + 1)
        floor = last + 1
    # The furniture under each post's footer, down to the next post's vote count.
    for (_, _, footer), (votes, _, _) in zip(posts, posts[1:]):
        drop += range(footer, votes)
    if posts:
        # Under the last post: its card and comments, the answer form, "Linked", "Related",
        # "Hot Network Questions" and the site's footer. No text of the thread's own follows.
        drop += range(posts[-1][2], n)
    return sorted(set(keep)), sorted(set(drop) - set(keep))


def _qa_votes(lo: int, end: int, text_at: Callable[[int], str]) -> Optional[Tuple[int, int]]:
    # The post's vote count nearest above its text's end: a bare number under a separator or
    # a vote button's label (or a second number, the bookmark count, under that), and the
    # other labels under it. Returns the vote count's line and the first line of the post's
    # text, or None.
    for k in range(end - 1, lo, -1):
        if not _QA_VOTES.fullmatch(text_at(k)):
            continue
        votes = k - 1 if k - 2 >= lo and _QA_VOTES.fullmatch(text_at(k - 1)) else k
        above = text_at(votes - 1)
        labelled = _QA_VOTE_LABEL.fullmatch(above) is not None
        if labelled or _QA_SEPARATOR.fullmatch(above):
            if labelled:
                votes -= 1
            text = k + 1
            while text < end and _QA_VOTE_LABEL.fullmatch(text_at(text)):
                text += 1
            return votes, text
    return None


#: The reason given for a paragraph kept right under the headline (see :func:`paragraphs_under`).
UNDER_HEADLINE = "context:under-headline"
#: A greeting over the paragraphs under a headline ("Hallo zusammen,") has at most this many words.
UNDER_HEADLINE_GREETING_WORDS = 4


def paragraphs_under(head: int, n: int, vectors: Sequence[Sequence[float]],
                     line_p: Sequence[float], full: Sequence[bool],
                     rule_at: Callable[[int], Optional[str]]) -> List[int]:
    """The full paragraphs right under the headline that the line model alone calls body
    (``line_p`` at least 0.5) and no rule names, with a short greeting over them: to keep.
    ``head`` is the headline's line, ``n`` the page's number of lines, ``full`` is
    :func:`~boilerkill.context.full_paragraphs` of ``vectors``.

    A Q&A page's question stands under its title and over the answers, and the context stage
    reads it as text outside the body the answers make ("Hallo zusammen, / seit ein paar Tagen
    steht nach jedem Waschgang eine Pfütze …", scored 0.62-0.72 by the line model, 0.37-0.50 in
    context). Under the page's own title there is no other page's text to lose it to.
    """
    # (Whatever the decision kept so far, so that raising the threshold never keeps more:
    # lines kept already are found again, and the caller leaves them be.)
    k = head + 1
    out: List[int] = []
    greeting = None
    if (k + 1 < n and not full[k] and rule_at(k) is None
            and math.expm1(vectors[k][_LOG_WORDS]) <= UNDER_HEADLINE_GREETING_WORDS + 0.5):
        greeting = k
        k += 1
    while k < n and full[k] and line_p[k] >= 0.5 and rule_at(k) is None:
        out.append(k)
        k += 1
    if out and greeting is not None:
        out.insert(0, greeting)
    return out
