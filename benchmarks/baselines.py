"""Baselines that clean scraped page TEXT: functions ``text -> kept text``.

Every baseline takes the page text exactly as a scraper flattened it (one block per line) and
returns the lines it keeps, joined by ``"\\n"``. They exist to give boilerkill's numbers a floor
and a reference; they are imported by ``quality.py`` and ``throughput.py`` in this directory.

* :func:`keep_all`: the identity; the score of doing nothing.
* :func:`c4_lines`: the line rules of C4 (Raffel et al. 2020), as in TensorFlow Datasets'
  ``c4_utils.clean_page``; :func:`c4_datatrove` and :func:`c4_quotes` are two variants of it.
* :func:`justext_text`: jusText (Pomikalek 2011) on the text, each line wrapped as a ``<p>``.

Usage as a filter (stdin to stdout)::

    python benchmarks/baselines.py c4 < page.txt
    python benchmarks/baselines.py justext --language auto < page.txt
"""

from __future__ import annotations

import argparse
import functools
import html
import re
import sys
from typing import Dict, Optional, Sequence, Tuple

# --------------------------------------------------------------------------------------------
# keep everything
# --------------------------------------------------------------------------------------------


def keep_all(text: str) -> str:
    """Keep every line: the input itself."""
    return text


# --------------------------------------------------------------------------------------------
# C4
# --------------------------------------------------------------------------------------------

#: End marks of tfds ``c4_utils._END_MARKS``: period, question mark, exclamation mark and the
#: ASCII double quote only. (The C4 paper: "a period, exclamation mark, question mark, or end
#: quotation mark".)
C4_END_MARKS: Tuple[str, ...] = (".", "?", "!", '"')
#: datatrove's ``END_PUNCTUATION`` adds the ASCII single quote.
DATATROVE_END_MARKS: Tuple[str, ...] = (".", "?", "!", '"', "'")
#: Not in any C4 implementation: C4's end marks plus typographic closing quotes, for pages whose
#: text uses them (the corpus has ~1.5k lines of 5+ words that end in U+201D).
QUOTE_END_MARKS: Tuple[str, ...] = (".", "?", "!", '"', "'", "\u201d", "\u2019", "\u00bb")
C4_ELLIPSIS = "..."
C4_MIN_WORDS_PER_LINE = 5  # tfds _MIN_WORDS_PER_LINE (the paper: "at least 5 words")
C4_MIN_NUM_SENTENCES = 3  # tfds _MIN_NUM_SENTENCES (page-level, see page_rules)
C4_MAX_WORD_LENGTH = 1000  # tfds _MAX_WORD_LENGTH
C4_POLICY_SUBSTRINGS = (
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)
_C4_CITATION = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")
# Sentence count for the optional page rule. C4 counts NLTK punkt sentences; punkt is not a
# dependency here, so a sentence is approximated by a run of end marks followed by
# optional closing quotes/brackets and whitespace or the end of the line (at least 1 per line).
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s|$)")


def c4_lines(
    text: str,
    *,
    min_words: int = C4_MIN_WORDS_PER_LINE,
    end_marks: Tuple[str, ...] = C4_END_MARKS,
    page_rules: bool = False,
) -> str:
    """C4's line filter (tfds ``c4_utils.clean_page``), applied to one page's text.

    For every line of ``text.splitlines()``, in this order (as in tfds):

    1. strip surrounding whitespace;
    2. drop the line if one of its whitespace-separated words is longer than 1000 characters;
    3. delete Wikipedia-style citations ``[12]``, ``[]``, ``[edit]``, ``[citation needed]``
       (the kept line is the line without them);
    4. drop the line unless it ends with an end mark (default ``. ? ! "``; C4 has no
       typographic quotes) or if it ends with ``...``;
    5. drop the line if it has fewer than ``min_words`` whitespace-separated words (C4: 5;
       datatrove's C4QualityFilter defaults to 3, its docstring swaps the paper's 5 and 3);
    6. drop the line if it contains ``javascript`` (case-insensitive);
    7. drop the line if it contains one of the policy phrases ``terms of use``,
       ``privacy policy``, ``cookie policy``, ``uses cookies``, ``use of cookies``,
       ``use cookies`` (case-insensitive).

    The kept lines are joined with ``"\\n"`` (and the result stripped), as C4 does.

    NOT applied by default (``page_rules=False``): C4's page-level rejections, which drop the
    whole page rather than lines: a kept-candidate line containing ``lorem ipsum`` or ``{``,
    fewer than 3 sentences among the kept lines, a word of the bad-words list, and C4's
    cross-page line deduplication. They are not line rules: C4 uses them to decide whether a
    page goes into a pre-training corpus, not which lines of a page are its content, and we
    compare line extraction; an empty output would only score 0 on a page whose content the
    line rules may have found. In line mode a line containing ``lorem ipsum`` or ``{`` is
    therefore treated like any other line.

    ``page_rules=True`` adds the lorem-ipsum, curly-bracket and sentence-count rejections
    (returning ``""``) with sentences counted by end marks rather than NLTK punkt; the bad-words
    list (a download) and the cross-page deduplication are never applied.
    """
    kept = []
    sentences = 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        # (a word longer than 1000 characters needs a line longer than 1000 characters)
        if len(line) > C4_MAX_WORD_LENGTH and any(len(w) > C4_MAX_WORD_LENGTH for w in line.split()):
            continue
        if "[" in line:
            line = _C4_CITATION.sub("", line)
        if not line.endswith(end_marks) or line.endswith(C4_ELLIPSIS):
            continue
        if len(line.split()) < min_words:
            continue
        low = line.lower()
        if page_rules and "lorem ipsum" in low:
            return ""
        if "javascript" in low:
            continue
        if page_rules and "{" in line:
            return ""
        if any(p in low for p in C4_POLICY_SUBSTRINGS):
            continue
        if page_rules:
            sentences += max(1, len(_SENTENCE_END.findall(line)))
        kept.append(line)
    if page_rules and sentences < C4_MIN_NUM_SENTENCES:
        return ""
    return "\n".join(kept).strip()


def c4_datatrove(text: str) -> str:
    """C4 line rules with datatrove's ``C4QualityFilter`` defaults: at least 3 words, and ``'``
    also counts as an end mark (line-level rules only, like :func:`c4_lines`)."""
    return c4_lines(text, min_words=3, end_marks=DATATROVE_END_MARKS)


def c4_quotes(text: str) -> str:
    """C4 line rules (5 words) with typographic closing quotes ``” ’ »`` and ``'`` also counted
    as end marks. Not a published rule set: shows what C4 loses on curly quotes."""
    return c4_lines(text, end_marks=QUOTE_END_MARKS)


def c4_page(text: str) -> str:
    """:func:`c4_lines` with C4's page-level rejections too (see its docstring)."""
    return c4_lines(text, page_rules=True)


# --------------------------------------------------------------------------------------------
# jusText
# --------------------------------------------------------------------------------------------

# Characters that XML (and so lxml) refuses: C0 controls but tab/newline/CR, surrogates,
# U+FFFE/U+FFFF. They carry no words; removing them keeps lxml from raising.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=None)
def _stoplist(language: str) -> frozenset:
    import justext

    return justext.get_stoplist(language)


@functools.lru_cache(maxsize=1)
def _all_stoplists() -> Dict[str, frozenset]:
    import justext

    return {name: _stoplist(name) for name in sorted(justext.get_stoplists())}


def guess_stoplist_language(text: str, sample_words: int = 3000) -> str:
    """A cheap guess of the jusText stoplist for ``text``: ``"English"`` unless the page is
    clearly not English: under 0.1 of its words are English stop words, and the jusText
    stoplist that covers most words covers at least 0.2 of them and 3 times as many as English.
    Looks at the first ``sample_words`` letter-only words; pages with fewer than 30 stay English.

    (Weaker rules, e.g. switching below 0.2 English, pick Latin, Finnish or Uzbek for English
    pages of names, tables or job lists; on the WCXB dev corpus this rule switches only the
    French pages and an Indonesian one.)"""
    words = [w.lower() for w in _WORD.findall(text[: sample_words * 12])][:sample_words]
    if len(words) < 30:
        return "English"
    n = len(words)
    english = sum(w in _stoplist("English") for w in words) / n
    if english >= 0.1:
        return "English"
    best, best_density = "English", english
    for name, stops in _all_stoplists().items():
        d = sum(w in stops for w in words) / n
        if d > best_density:
            best, best_density = name, d
    if best_density >= 0.2 and best_density >= 3 * english:
        return best
    return "English"


def text_to_html(text: str) -> str:
    """A minimal HTML document with each non-empty line of ``text`` as one escaped ``<p>``."""
    parts = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n"]
    for line in text.splitlines():
        if line.strip():
            line = _XML_INVALID.sub("", line)
            parts.append("<p>" + html.escape(line, quote=False) + "</p>\n")
    parts.append("</body></html>\n")
    return "".join(parts)


def justext_text(text: str, language: Optional[str] = "English") -> str:
    """jusText on page text: every non-empty line becomes an HTML-escaped ``<p>`` of a minimal
    document, ``justext.justext(html, justext.get_stoplist(language))`` runs with its default
    parameters, and the text of the paragraphs it does not call boilerplate is joined with
    ``"\\n"`` (jusText folds whitespace inside a paragraph).

    ``language`` names a jusText stoplist; ``None`` or ``"auto"`` picks one with
    :func:`guess_stoplist_language`. As the input has no tags, jusText sees no headings and no
    links: its heading rule and link density never fire, only length and stop-word density and
    the context revision do.
    """
    import justext

    if not text.strip():
        return ""
    if language is None or language == "auto":
        language = guess_stoplist_language(text)
    paragraphs = justext.justext(text_to_html(text), _stoplist(language))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


# --------------------------------------------------------------------------------------------

#: name -> function, for the benchmarks' ``--systems`` options (boilerkill is added by them).
BASELINES = {
    "keep_all": keep_all,
    "c4": c4_lines,
    "c4_datatrove": c4_datatrove,
    "c4_quotes": c4_quotes,
    "c4_page": c4_page,
    "justext": justext_text,
}


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description="Run one baseline on stdin, print the kept text.")
    ap.add_argument("system", choices=sorted(BASELINES))
    ap.add_argument("--language", default="English", help="jusText stoplist, or 'auto'")
    args = ap.parse_args(argv)
    text = sys.stdin.read()
    if args.system == "justext":
        out = justext_text(text, language=args.language)
    else:
        out = BASELINES[args.system](text)
    sys.stdout.write(out + ("\n" if out else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
