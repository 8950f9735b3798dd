"""Named hand rules: chrome that no model should have to learn.

A rule looks at one normalised line alone and either names it chrome (``"share-buttons"``,
``"cookie-notice"``, ...) or says nothing. Rules only ever drop: a line no rule names goes to the
model. The phrase data lives in :mod:`boilerkill.phrases`; this module compiles it once, at
import, into a handful of lookups so that a line costs one dict lookup and at most three regex
searches.

Rules are deliberately narrow. A whole-line phrase ("Share", "Teilen") matches only the whole
line; a contained phrase ("share on facebook") only in a short line (a sentence that mentions
sharing is not a share button); a pattern ("6 hours ago") must match the whole line.
"""

from __future__ import annotations

from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import re
import string
import unicodedata

import regex

from . import phrases
from .phrases import _APOSTROPHES

# The (character, replacement) pairs of _APOSTROPHES (each replacement is "'", never a
# character the table maps, so replacing one pair at a time is the table's translate).
_APOSTROPHE_PAIRS = tuple((chr(c), to) for c, to in _APOSTROPHES.items())

#: Contained phrases are tested only in lines of at most this many words, unless a rule allows
#: more in ``phrases.CONTAINS_MAX_WORDS``: real chrome is short, and a sentence that mentions
#: "share" or "cookies" is not a button or a banner.
SHORT_WORDS = getattr(phrases, "DEFAULT_CONTAINS_MAX_WORDS", 12)
SHORT_CJK_CHARS = getattr(phrases, "DEFAULT_CONTAINS_MAX_CJK_CHARS", 60)
#: Patterns (timestamps, source lines, credits) are tried on lines of at most this many words,
#: the costliest of them only when a cheap hint (``phrases.PATTERN_HINTS``) is present.
_PATTERN_MAX_WORDS = 16
_PATTERN_MAX_CHARS = 200
#: Section headings are short, but a comment heading may quote the article's title.
_SECTION_MAX_WORDS = 8
# The longest inline "read also" line named by its lead alone ("Lire aussi | <title>").
_LINK_MAX_CHARS = 400
_INLINE_LINK_RULE = "navigation"
# The longest sign-up consent sentence named by its lead alone ("By entering your email address
# you agree to …", phrases.CONSENT_LEADS): such small print runs to several sentences.
_CONSENT_MAX_CHARS = 600
_CONSENT_RULE = "newsletter"
# The longest forum reply subject named by its lead alone ("AW: <a thread's long title>",
# phrases.REPLY_SUBJECT_LEAD).
_REPLY_SUBJECT_MAX_CHARS = 400
_REPLY_SUBJECT_RULE = "forum-meta"
# The longest disclaimer under a story named by its lead alone ("免责声明：…",
# phrases.DISCLAIMER_LEAD): a finance site's runs to several sentences.
_DISCLAIMER_MAX_CHARS = 600
_DISCLAIMER_RULE = "copyright-footer"
# The longest gallery caption named by its lead alone ("Item 1 of 3 <a caption>",
# phrases.GALLERY_CAPTION_LEAD).
_CAPTION_MAX_CHARS = 600
_CAPTION_RULE = "media-credit"
_SECTION_PATTERN_MAX_WORDS = 40

#: Order in which rules are tried when several could name a line; the first wins, so the most
#: specific names come first and the reason a user reads is the most telling one.
RULE_ORDER: Tuple[str, ...] = (
    "ai-promo",
    "comments-widget",
    "forum-meta",
    "hashtags",
    "share-buttons",
    "cookie-notice",
    "newsletter",
    "login",
    "copyright-footer",
    "advertisement",
    "relative-time",
    "source-line",
    "media-credit",
    "navigation",
    "shop-controls",
    "call-to-action",
    "filter-sort",
    "copy-button",
    "action-buttons",
    "placeholder-text",
)

#: Pattern rules too often true of real content to drop a line for: a bare date is the
#: article's own dateline as often as a teaser's (17% of date-only lines in the training
#: corpus belong to the main content).
WEAK_PATTERNS = frozenset({"dateline"})

#: Reason prefix of a section marker line ("Related Articles", "Comments"): the line itself is
#: chrome and the context stage treats what follows it as another page's text.
SECTION_RULE = "section-"
#: The section kind of an inline "read also" heading ("Lesen Sie auch", "Leggi anche"): its
#: rule is ``section-inline``.
INLINE_KIND = "inline"
#: The section kind of a "more on this topic" heading ("Mehr zum Thema") that boxes a few
#: links to other pages, at an article's end or inside it: its rule is ``section-box``, a
#: related heading until the article resumes under it with two paragraphs (see
#: :class:`boilerkill.context.ContextBatch`).
BOX_KIND = "box"
#: The section kind of a Q&A answer's opening line ("12,806 人赞同了该回答"): what was in force
#: above it ends there.
ANSWER_KIND = "answer"

#: A comments heading whose words come back this many times on one page is furniture of each
#: item, not the heading of the page's comment section: "2 comments" under every teaser of a
#: blog listing, "Comments" under every answer of a Q&A thread. Read as a section marker, the
#: first of them would make the rest of the page look like readers' comments.
ITEM_MARKER_REPEATS = 3
#: What such a repeated heading is named instead: still chrome, but no section marker.
ITEM_MARKER_RULE = "comments-widget"

# Words of a phrase key for contained-phrase matching: letters and digits, apostrophes inside.
# (stdlib re: for this plain pattern it is faster than the regex module, and phrases and lines
# are split by the same pattern, so the two always agree)
_WORD = re.compile(r"\w+(?:'\w+)*")
# Combining marks: the vowel signs of Devanagari, Bengali, Thai and the other Brahmic scripts,
# Arabic and Hebrew points. re's \w has none of them, so "शेयर करें" ("share") would split
# into the fragments "श", "यर", "कर" and a phrase would match any line with those fragments.
# Both phrases and lines drop their marks before the split: "शयर", "कर", whole words again.
_MARKS = regex.compile(r"\p{M}+")
# Each byte of ASCII text as key_words reads it: \w (letters, digits, "_") and the apostrophe
# stay, every other byte is a space.
_ASCII_WORD_BYTES = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) in "_'") else 0x20
                          for c in range(256))
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# A Chinese, Japanese or Korean character counts as a word (see features); a word of those
# languages is about this many of them, for the word limits of the pattern rules.
_CJK_CHARS_PER_WORD = 2.0
_DIGIT = regex.compile(r"\d")
_MEDIA_CREDIT = "media-credit"
_NUMBERED = regex.compile(r"\d{1,3}[.)]\s")
# A price or a percentage ("$185.25", "5%", "2,88 €"): the phrase key drops numbers and
# symbols from a line's ends, so "Save 25%" and "Facebook $0.50 – $3.00" would read as the
# buttons "Save" and "Facebook"; with an amount beside it the word is a discount or a price.
_AMOUNT = re.compile(r"[$€£¥₹₽]\s?\d|\d\s?[$€£¥₹₽%]")
# Digits shaped like a date or a time ("12.03.2024", "10:31", "2025", "3h"): a line with a
# number but none of these shapes needs a hint word to be tried as a timestamp.
_DATE_SHAPE = regex.compile(r"\d\s*[-/.:年月日時时]\s*\d|(?<!\d)(?:19|20)\d\d(?!\d)|\d\s*[hmsdwy]\b")


def _ordered(names: Iterable[str]) -> List[str]:
    known = [r for r in RULE_ORDER if r in names]
    return known + sorted(set(names) - set(known))


def _merged(table: Dict[str, Dict[str, Sequence[str]]], rule: str) -> List[str]:
    return [p for per_lang in table.get(rule, {}).values() for p in per_lang]


class RuleBook:
    """The compiled rules. :data:`RULES` is the one every cleaner uses.

    Every language's phrases are merged: the page language is unknown, and each phrase was
    chosen to be safe in any language.
    """

    def __init__(self) -> None:
        self.exact: Dict[str, str] = {}
        for rule in _ordered(phrases.EXACT):
            for p in _merged(phrases.EXACT, rule):
                self.exact.setdefault(p, rule)

        word_limits = getattr(phrases, "CONTAINS_MAX_WORDS", {})
        phrase_limits = getattr(phrases, "CONTAINS_PHRASE_MAX_WORDS", {})
        cjk_limits = getattr(phrases, "CONTAINS_MAX_CJK_CHARS", {})
        # Spaced phrases are indexed by their first word: a line costs one set lookup per word,
        # plus a comparison for the rare word that starts some phrase.
        self.first_word: Dict[str, List[Tuple[Tuple[str, ...], str, int]]] = {}
        self.cjk_phrases: List[Tuple[str, str, int]] = []
        for rule in _ordered(phrases.CONTAINS):
            limit = int(word_limits.get(rule, SHORT_WORDS))
            for p in _merged(phrases.CONTAINS, rule):
                if has_cjk(p):
                    self.cjk_phrases.append((p, rule, int(cjk_limits.get(rule, SHORT_CJK_CHARS))))
                    continue
                words = tuple(key_words(p))
                if words:
                    # (a phrase may carry its own limit: an affiliate disclosure is a sentence)
                    self.first_word.setdefault(words[0], []).append(
                        (words, rule, int(phrase_limits.get(p, limit))))
        # The same index with each phrase as a space-joined string in its list's order: a
        # phrase occurs in a line iff " phrase " is a substring of " tok tok ... " (tokens hold
        # no spaces), which one C-level ``in`` answers.
        self.first_word_str: Dict[str, List[Tuple[str, str, int, int]]] = {
            t: [(" " + " ".join(ptoks) + " ", rule, limit, order)
                for order, (ptoks, rule, limit) in enumerate(entries)]
            for t, entries in self.first_word.items()}
        self.max_contains_words = max(
            [SHORT_WORDS] + [int(v) for v in word_limits.values()]
            + [int(v) for v in phrase_limits.values()])
        # The same index once per distinct word limit L, holding only the phrases allowed in
        # lines of L words or more: a long line (a paragraph) is scanned for the few phrases
        # with a high limit (cookie banners, footers), not for every button label.
        self._by_limit: List[Tuple[int, frozenset, Dict[str, List[Tuple[str, str, int, int]]]]] = []
        for lim in sorted({limit for es in self.first_word_str.values() for _, _, limit, _ in es}):
            index = {t: kept for t, es in self.first_word_str.items()
                     if (kept := [e for e in es if e[2] >= lim])}
            self._by_limit.append((lim, frozenset(index), index))
        self.max_cjk_chars = max([SHORT_CJK_CHARS] + [int(v) for v in cjk_limits.values()])
        # The CJK phrases once per distinct limit L, holding those allowed in lines of L
        # characters (limit at least L), in their order.
        self._cjk_by_limit: List[Tuple[int, List[Tuple[str, str]]]] = [
            (lim, [(p, rule) for p, rule, limit in self.cjk_phrases if limit >= lim])
            for lim in sorted({limit for _, _, limit in self.cjk_phrases})]

        # (rule, compiled patterns, a regex of hints a line must contain to be tried (or
        # None), whether any digit lets a line through instead of a date-shaped number)
        self.patterns: List[Tuple[str, "regex.Pattern[str]", Optional["re.Pattern[str]"],
                                  bool]] = []
        hints = getattr(phrases, "PATTERN_HINTS", {})
        number_hints = getattr(phrases, "PATTERN_NUMBER_HINTS", {})
        bypass = set(getattr(phrases, "PATTERN_HINTS_DIGIT_BYPASS", ()))
        self.short_bypass: Dict[str, int] = dict(getattr(phrases, "PATTERN_HINTS_SHORT_BYPASS",
                                                         {}))
        self.hint_max_words: Dict[str, int] = dict(getattr(phrases, "PATTERN_HINTS_MAX_WORDS",
                                                           {}))
        for rule in _ordered(phrases.PATTERNS):
            if rule in WEAK_PATTERNS:
                continue
            srcs = _merged(phrases.PATTERNS, rule)
            if srcs:
                h = hints.get(rule)
                gate = re.compile(any_of(h)) if h else None
                self.patterns.append((rule, regex.compile("|".join(f"(?:{p})" for p in srcs)),
                                      gate, rule in bypass))

        # The same, with each rule's numbers looked up once: the loop of match_pattern. Each
        # gate comes four times: for lines with a digit (the hints and the number hints, see
        # phrases.PATTERN_NUMBER_HINTS) and without, each with every hint and with the ASCII
        # hints alone for ASCII lines (a hint with another character cannot occur in them,
        # and each hint of another script is one more branch the trie tries at every
        # position: the Arabic, Hindi and Korean hints made English lines' gates a third
        # slower).
        self._plan = []
        for rule, pattern, gate, digit_bypass in self.patterns:
            plain = tuple(hints.get(rule, ()))
            numbered = plain + tuple(number_hints.get(rule, ()))
            gates = None
            if gate is not None:
                gate_n = re.compile(any_of(numbered)) if numbered != plain else gate
                # (without a digit, with one) x (any line, an ASCII line)
                gates = ((gate, _ascii_gate(plain)), (gate_n, _ascii_gate(numbered)))
            self._plan.append((rule, pattern, gates, digit_bypass,
                               self.short_bypass.get(rule, 0),
                               self.hint_max_words.get(rule, _PATTERN_MAX_WORDS),
                               rule == "relative-time"))
        # Below this many words no limit of match_pattern is reached, halved or not.
        self._least_limit = min([_PATTERN_MAX_WORDS] + list(self.short_bypass.values())
                                + list(self.hint_max_words.values()))

        # Lines too long for the patterns that a lead alone names (see match_patterns): an
        # inline "read also" link, a sign-up form's consent sentence, a forum post's reply
        # subject. (rule, lead, longest line)
        self._long_leads: List[Tuple[str, "regex.Pattern[str]", int]] = [
            (_INLINE_LINK_RULE, regex.compile(
                "(?:" + "|".join(f"(?:{lead})" for lead in phrases.INLINE_LINK_LEADS.values())
                + r")\s*[:：|｜]\s*\S"), _LINK_MAX_CHARS),
            (_CONSENT_RULE, regex.compile(
                "|".join(f"(?:{lead})" for lead in phrases.CONSENT_LEADS.values())),
             _CONSENT_MAX_CHARS),
            (_REPLY_SUBJECT_RULE, regex.compile(phrases.REPLY_SUBJECT_LEAD),
             _REPLY_SUBJECT_MAX_CHARS),
            (_DISCLAIMER_RULE, regex.compile(phrases.DISCLAIMER_LEAD), _DISCLAIMER_MAX_CHARS),
            (_CAPTION_RULE, regex.compile(phrases.GALLERY_CAPTION_LEAD), _CAPTION_MAX_CHARS),
        ]

        self.sections: Dict[str, str] = {}
        self.section_prefixes: Dict[str, str] = {}
        for kind in phrases.SECTION_MARKERS:
            for p in _merged(phrases.SECTION_MARKERS, kind):
                self.sections.setdefault(p, kind)
        # "Lesen Sie auch" inside an article: its own kind, in force only until the article
        # resumes (see boilerkill.context.ContextBatch).
        for p in getattr(phrases, "INLINE_SECTION_MARKERS", ()):
            self.sections[p] = INLINE_KIND
        for p in getattr(phrases, "BOX_SECTION_MARKERS", ()):
            self.sections[p] = BOX_KIND
        for kind in getattr(phrases, "SECTION_PREFIXES", {}):
            for p in _merged(phrases.SECTION_PREFIXES, kind):
                self.section_prefixes.setdefault(p, kind)
        self.max_prefix_words = max((len(p.split()) for p in self.section_prefixes), default=0)
        # The longest heading (in characters) of a script without spaces between words.
        self._max_cjk_heading = max((len(p) for p in self.sections if has_cjk(p)), default=0)
        # A heading can start with a prefix only if its first word starts one.
        self.prefix_first_words = frozenset(p.split(" ")[0] for p in self.section_prefixes)
        self.section_patterns: List[Tuple[str, "regex.Pattern[str]"]] = []
        for kind in getattr(phrases, "SECTION_PATTERNS", {}):
            srcs = _merged(phrases.SECTION_PATTERNS, kind)
            if srcs:
                self.section_patterns.append(
                    (kind, regex.compile("|".join(f"(?:{p})" for p in srcs))))
        # Every section pattern opens with a count: digits or a number word. A line whose
        # first word is neither cannot match, and most lines are spared the regexes.
        self.section_leads = frozenset(getattr(phrases, "SECTION_PATTERN_LEADS", ()))

    def section(self, line: str, key: str, words: float) -> Optional[str]:
        """The section kind ("related", "comments", "footer", "inline" for a "read also"
        heading inside an article, "answer" for a Q&A answer's first line) a heading line
        opens, or None."""
        if words > _SECTION_MAX_WORDS:
            # A Chinese or Japanese heading counts a word per character: "看了本文的人还看了"
            # is nine (the longest heading is held in full).
            if len(key) <= self._max_cjk_heading and has_cjk(key):
                kind = self.sections.get(key)
                if kind is not None:
                    return kind
            # Only the patterns can name a long heading: '11 thoughts on "<the title>"'.
            if words <= _SECTION_PATTERN_MAX_WORDS and _DIGIT.search(line):
                for kind, pattern in self.section_patterns:
                    if pattern.fullmatch(line):
                        return kind
            return None
        kind = self.sections.get(key)
        if kind is not None:
            return kind
        parts = key.split(" ")
        if parts[0] in self.prefix_first_words:
            for n in range(min(len(parts) - 1, self.max_prefix_words), 0, -1):
                prefix = " ".join(parts[:n])
                kind = self.section_prefixes.get(prefix)
                if kind is not None:
                    if _TITLE_AFTER_COLON.search(key, len(prefix)):
                        # "Mehr zum Thema: <title>", "Leggi anche: <title>": an inline link
                        # to one other page, after which the article goes on (the navigation
                        # patterns name it), not the heading of a block of them.
                        return None
                    return kind
        if self._may_count(line):
            for kind, pattern in self.section_patterns:
                if pattern.fullmatch(line):
                    return kind
        return None

    def _may_count(self, line: str) -> bool:
        # The gate of the section patterns: the first word holds a digit or is a number word.
        # (Lines are folded: their only whitespace is single inner spaces.)
        first = line.split(" ", 1)[0]
        return _DIGIT.search(first) is not None or first.casefold() in self.section_leads

    def _contains(self, key: str, words: float, n_chars: int) -> Optional[str]:
        if words <= self.max_contains_words:
            # The index of the phrases whose limit allows a line of this many words.
            for lim, first_words, index in self._by_limit:
                if words <= lim:
                    break
            toks = key_words(key)
            # One set intersection (in C) finds whether any word starts a phrase at all.
            starts = first_words.intersection(toks)
            if starts:
                # The phrase found first when scanning the words left to right wins, as it
                # would in a scan: the earliest occurrence, then the index's order.
                joined = " " + " ".join(toks) + " "
                best = None
                for t in starts:
                    for phrase, rule, limit, order in index[t]:
                        if words <= limit:
                            at = joined.find(phrase)
                            if at >= 0 and (best is None or (at, order) < best[:2]):
                                best = (at, order, rule)
                if best is not None:
                    return best[2]
        if self.cjk_phrases and n_chars <= self.max_cjk_chars and has_cjk(key):
            # (Every such phrase holds a Chinese, Japanese or Korean character: a German or
            # French line is spared the scan.) The phrases allowed in a line this long, in
            # their order: the first one found names it.
            for lim, allowed in self._cjk_by_limit:
                if n_chars <= lim:
                    break
            else:
                allowed = []  # longer than every phrase's limit
            for p, rule in allowed:
                if p in key:
                    return rule
        return None

    def match(self, line: str, words: float) -> Optional[str]:
        """The phrase rule (or section heading) that names this normalised line, or None.

        These are the cheap rules, run on every line: a dict lookup and a scan of the line's
        words. Section headings come back as ``"section-<kind>"``. ``words`` is the line's
        script-aware word count (see :mod:`boilerkill.features`).
        """
        n_chars = len(line)
        if words > self.max_contains_words and n_chars > self.max_cjk_chars:
            return None
        key = fast_key(line)
        if not key:
            return None
        kind = self.section(line, key, words)
        if kind is not None:
            return SECTION_RULE + kind
        if _NUMBERED.match(line):
            # "1. Facebook" is an item of a list inside the article (the key drops the number).
            return None
        rule = self.exact.get(key)
        if rule is not None and _AMOUNT.search(line) is None and not line.endswith(("()", "(")):
            # (not a price beside a button's word, nor a call: "close()", "search()" head an
            # API reference's methods, and "watch(" opens a call whose arguments follow)
            return rule
        return self._contains(key, words, n_chars)

    def match_pattern(self, line: str, words: float) -> Optional[str]:
        """The pattern rule (timestamp, source line, credit, ...) that names the line, or None.

        Patterns are large regexes and cost tens of microseconds a line, so the pipeline runs
        them only on lines the model would keep: on a dropped line they could change nothing
        but the reason. A list bullet in front ("• 3 hours ago", as Resiliparse writes list
        items) is not part of what the patterns read, except a media credit's: a caption is
        not a list item, and "• Video: 4K/30p" is a line of a camera's specifications.
        """
        return self.match_patterns((line,), (words,))[0]

    def match_patterns(self, lines: Sequence[str], words: Sequence[float]) -> List[Optional[str]]:
        """:meth:`match_pattern` of each line (``words[j]`` is the word count of ``lines[j]``).

        The same answers, computed rule by rule over all the lines rather than line by line:
        each rule's regex is a large compiled program, and running it over many lines in a row
        keeps it in the CPU's caches. On the benchmark's pages the regexes took half the time
        when called rule by rule (0.36 s against 0.57 s for the same calls in mixed order, and
        0.86 s interleaved with the rest of the pipeline).
        """
        out: List[Optional[str]] = [None] * len(lines)
        # Per line: (position, the text the patterns read, its word count, whether it is
        # bulleted, has a digit, is ASCII; its casefolded text and whether it holds a date-shaped
        # number, both filled in when first needed).
        todo = []
        for j, line in enumerate(lines):
            w = words[j]
            if w > self._least_limit and has_cjk(line):
                # The limits below are in words: a meta line of 20 characters ("2026-03-12
                # 14:05 来源：新华网 作者：张三") or "发表于 半小时前" is as short as its English
                # counterpart.
                w = w / _CJK_CHARS_PER_WORD
            if len(line) > _PATTERN_MAX_CHARS or w > _PATTERN_MAX_WORDS:
                # "Lire aussi | <a title of 20 words>", "By signing up, you agree to <three
                # sentences of terms>", "AW: <a thread's long title>": the lead names the line
                # however long the rest.
                for rule, lead, longest in self._long_leads:
                    if len(line) <= longest and lead.match(line):
                        out[j] = rule
                        break
                continue
            bulleted = is_list_item(line)
            if bulleted:
                line = line[2:]
            todo.append([j, line, w, bulleted, _DIGIT.search(line) is not None, line.isascii(),
                         None, None])
        for rule, pattern, gates, digit_bypass, short_bypass, hint_max, relative in self._plan:
            if not todo:
                break
            fullmatch = pattern.fullmatch
            left = []
            for item in todo:
                j, line, w, bulleted, has_digit, ascii_line, low, dated = item
                if bulleted and rule == _MEDIA_CREDIT:
                    left.append(item)
                    continue
                if gates is not None and not (has_digit and digit_bypass) and w > short_bypass:
                    if dated is None:
                        dated = item[7] = has_digit and _DATE_SHAPE.search(line) is not None
                    if not (dated and not digit_bypass and relative):
                        if not has_digit and w > hint_max:
                            left.append(item)
                            continue
                        if low is None:
                            low = item[6] = line.casefold()
                        gate = gates[has_digit][ascii_line]
                        # (_NEVER: a rule whose hints are all of other scripts, on an ASCII line)
                        if gate is _NEVER or gate.search(low) is None:
                            left.append(item)
                            continue
                if fullmatch(line):
                    out[j] = rule
                else:
                    left.append(item)
            todo = left
        return out


_NEVER = re.compile(r"(?!)")

# A colon or bar with a word after it: a heading's prefix followed by another page's title.
_TITLE_AFTER_COLON = re.compile(r"[:|｜：]\s*\w")


def _ascii_gate(hints: Sequence[str]) -> "re.Pattern[str]":
    # The gate of an ASCII line: a trie of the ASCII hints (one that never matches if none).
    ascii_hints = [h for h in hints if h.isascii()]
    return re.compile(any_of(ascii_hints)) if ascii_hints else _NEVER


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a Chinese, Japanese or Korean character (ASCII text at once)."""
    return not text.isascii() and _CJK.search(text) is not None


def is_list_item(line: str) -> bool:
    """Whether a folded line opens with a converter's list bullet and a space ("• Home", "· 76
    comments"; see ``phrases.LIST_BULLETS``)."""
    return line[:1] in phrases.LIST_BULLETS and line[1:2] == " "


def key_words(key: str) -> List[str]:
    r"""The words of a phrase key (see :func:`fast_key`) as the phrase index holds them: the
    runs of ``\w`` joined by apostrophes ("don't"), once the combining marks are dropped
    (a Hindi word is one word, not the pieces between its vowel signs).

    Over half the keys are letters and digits between single spaces: their words are the
    key split at the spaces (``\w`` is ``str.isalnum`` or "_", and a mark is neither),
    without the regex, which costs three times as much. Most of the others are ASCII: every
    byte that is neither ``\w`` nor an apostrophe becomes a space, so do the apostrophes that
    do not stand between two word characters, and the rest splits at the spaces (a paragraph
    in 3.5 us against 13 us for the regex).
    """
    if key.replace(" ", "").isalnum():
        return key.split(" ")
    if key.isascii():
        text = key.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii")
        if "'" in text:
            # An apostrophe is inside a word only between two word characters: a run of two
            # or more, or one beside a space (or an end), separates.
            text = " " + text + " "
            while "''" in text:
                text = text.replace("''", "  ")
            text = text.replace(" '", "  ").replace("' ", "  ")
        return text.split()
    if _MARKS.search(key) is not None:
        key = _MARKS.sub("", key)
    return _WORD.findall(key)


def any_of(words: Sequence[str]) -> str:
    """A regex source that matches exactly the given strings, written as a trie: words that
    share a beginning share one branch ("share|shares|sms" -> "s(?:hare(?:s)?|ms)").

    A flat alternation of a hundred words makes ``re`` try every word at every position of
    the text; the trie tries only the words that begin with the character at hand, and finds
    the same matches (the 173 hints of relative-time: 14 -> 5 us on a line of 120 characters).
    """
    trie: Dict[str, dict] = {}
    for w in words:
        if not w:
            raise ValueError("any_of takes non-empty strings")
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}  # a word ends here

    def branch(node: Dict[str, dict]) -> str:
        alts = [re.escape(c) + branch(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # A word ending here makes the rest optional.
        return "(?:" + body + ")?" if "" in node else body

    return branch(trie)


_ASCII_EDGE = (string.whitespace + string.punctuation + string.digits
               + "".join(map(chr, range(32))) + "\x7f")


def _edge(c: str) -> bool:
    # What phrase_key strips from the ends: whitespace, punctuation, symbols, numbers,
    # separators and format/control characters. Asked of phrase_key's own character class:
    # the regex module's Unicode tables are newer than Python's unicodedata, so a character
    # unassigned for the one (U+1CC00, a symbol of Unicode 16) can be a symbol for the other.
    return _EDGE_CHAR.match(c) is not None


_EDGE_CHAR = regex.compile(phrases.EDGE_CLASS)


def fast_key(line: str) -> str:
    """:func:`~boilerkill.phrases.phrase_key`, the same string, computed faster: ASCII lines
    (most lines) need no Unicode normalisation, and other lines skip the normalisations that
    would change nothing and strip their ends without a regex."""
    if line.isascii():
        return " ".join(line.lower().replace("`", "'").strip(_ASCII_EDGE).split())
    text = line if unicodedata.is_normalized("NFKC", line) else unicodedata.normalize("NFKC", line)
    text = text.replace("\u0130", "i").casefold()
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    # Each apostrophe by str.replace: translate() with a table looks up every character of a
    # non-ASCII line in a dict (5 us a line, more than the rest of the key together).
    for c, to in _APOSTROPHE_PAIRS:
        if c in text:
            text = text.replace(c, to)
    # A letter is never an edge character (its category is L*): most lines start and end
    # with one, and skip the character class.
    start, end = 0, len(text)
    while start < end and not text[start].isalpha() and _edge(text[start]):
        start += 1
    while end > start and not text[end - 1].isalpha() and _edge(text[end - 1]):
        end -= 1
    text = text[start:end]
    # Printable text holds no whitespace but the ASCII space (as in fold_line): without a
    # doubled one, and with none at the ends (just stripped), it is folded already.
    if "  " in text or not text.isprintable():
        text = " ".join(text.split())
    return text


#: The rules compiled from :mod:`boilerkill.phrases`, shared by every cleaner (read-only).
RULES = RuleBook()


def demote_item_markers(lines: Sequence[str], index: Sequence[int],
                        rules: List[Optional[str]]) -> List[Optional[str]]:
    """``rules`` of one page's non-blank lines (``lines[index[k]]`` is the line of
    ``rules[k]``) with each comments heading that recurs
    (the same phrase key at least :data:`ITEM_MARKER_REPEATS` times: "0 comments",
    "14 comments", ...) renamed :data:`ITEM_MARKER_RULE`: a count under every item, not the
    heading of a comment section (see :data:`ITEM_MARKER_REPEATS`). Other rules are returned
    unchanged, and the list itself when nothing recurs."""
    marker = SECTION_RULE + "comments"
    if rules.count(marker) < ITEM_MARKER_REPEATS:
        return rules
    keys: Dict[str, int] = {}
    for i, rule in zip(index, rules):
        if rule == marker:
            key = fast_key(lines[i])
            keys[key] = keys.get(key, 0) + 1
    repeated = {key for key, n in keys.items() if n >= ITEM_MARKER_REPEATS}
    if not repeated:
        return rules
    return [ITEM_MARKER_RULE if rule == marker and fast_key(lines[i]) in repeated else rule
            for i, rule in zip(index, rules)]
