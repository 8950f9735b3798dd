"""Split a page into lines and normalise each one: fold whitespace, drop control characters,
and (for kept lines) repair mojibake with ftfy.

Whitespace folding and control-character removal run on every line because features are
computed on the folded text. ftfy runs only on lines that are kept, and only when the line could
need it, because it is the most expensive call on the path and most lines are dropped or plain.
"""

from __future__ import annotations

import re
from typing import List

import ftfy

# Line ends a scraper can leave: \r\n (Windows), lone \r (old Mac), \n. Other Unicode separators
# (U+2028, form feed, ...) stay inside the line and are folded as whitespace below, so that
# "one decision per input line" has one meaning: one per \n, \r\n or \r.
_LINE_END = re.compile(r"\r\n?|\n")

# C0/C1 control characters other than whitespace (NUL, ESC, DEL, ...): never text, often the
# residue of binary data or a broken converter. And the invisible format characters that forbid
# a break or mark a byte order (word joiner, a BOM inside the text). (Not the zero-width joiner
# and non-joiner: they shape emoji and Persian and Indic words.)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u2060\ufeff]")
# A zero-width space marks where words may break, and a page's buttons run together with one
# between them ("关注问题\u200b写回答", "赞同 2.1 万\u200b"): folded as a space, the patterns read
# each word.
_ZERO_WIDTH_SPACE = "\u200b"

# Mojibake of UTF-8 read as Latin-1 or Windows-1252 always holds a character of U+0080-U+00FF
# (the misread lead byte: Ã, Â, â, Ð, ...); read as Windows-1251 it holds Р or С. A line with
# none of these has nothing for ftfy to repair, and ftfy is the costliest call per kept line.
_MAYBE_MOJIBAKE = re.compile("[\x80-\xff\u0420\u0421\ufffd]")

# Lines longer than this are folded a chunk of this size at a time.
_HUGE_LINE = 100_000

_FTFY_CONFIG = ftfy.TextFixerConfig(
    # Decoding HTML entities would invent characters ('&amp;' -> '&') in text that is not HTML.
    unescape_html=False,
    # Keep the scraper's own characters: no curly-quote or ligature rewriting.
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    normalization=None,
    explain=False,
)


def split_lines(text: str) -> List[str]:
    """Split ``text`` on ``\\n``, ``\\r\\n`` and ``\\r``; a final line end does not open a new line.

    ``""`` has no lines; ``"a\\n"`` has one; ``"a\\n\\n"`` has two (the second one blank).
    """
    if not text:
        return []
    if "\r" in text:
        lines = _LINE_END.split(text)
    else:
        lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


def fold_line(line: str) -> str:
    """Remove control characters (word joiners and BOMs too) and fold every whitespace run (a
    zero-width space too) to one space, trimming both ends."""
    if line.isprintable():
        # Printable means no whitespace but the ASCII space (tabs, NBSP, U+2028 ... are not
        # printable), so a line without doubled or edge spaces is already folded: most lines,
        # and a 100 MB line costs no copy at all.
        if "  " not in line and line[:1] != " " and line[-1:] != " ":
            return line
    else:
        line = _CONTROL.sub("", line)
        if _ZERO_WIDTH_SPACE in line:
            line = line.replace(_ZERO_WIDTH_SPACE, " ")
    if len(line) > _HUGE_LINE:
        return _fold_huge(line)
    # str.split() with no argument splits on every Unicode whitespace character.
    return " ".join(line.split())


def _fold_huge(line: str) -> str:
    # A list of every word of a 100 MB line costs gigabytes: fold it a chunk at a time, joining
    # a word cut by a chunk edge back together, so memory stays near the output's size.
    parts: List[str] = []
    space = False  # whitespace seen since the last word written
    for i in range(0, len(line), _HUGE_LINE):
        chunk = line[i:i + _HUGE_LINE]
        words = chunk.split()
        if not words:
            space = True
            continue
        if parts and (space or chunk[0].isspace()):
            parts.append(" ")
        parts.append(" ".join(words))
        space = chunk[-1].isspace()
    return "".join(parts)


def repair(line: str) -> str:
    """Repair mojibake (UTF-8 read as Latin-1 and the like) in one already folded line.

    Lines that cannot hold mojibake (pure ASCII, or no telltale character) skip ftfy.
    """
    if line.isascii() or not _MAYBE_MOJIBAKE.search(line):
        return line
    fixed = ftfy.fix_text(line, _FTFY_CONFIG)
    return " ".join(fixed.split()) if fixed != line else line
