"""Synthetic no-space-script pages, so the model learns what Chinese and Japanese lines look like.

The training corpus is nearly all English. A model fitted on it alone has never seen a line of
Chinese, whose words are single characters with no spaces between them, and drops whole
Chinese articles as menus. Real labelled Chinese pages are not at hand, so each selected page
is rewritten word by word into Han characters: every word maps (by a hash, the same way
everywhere on the page) to one or two characters, spaces between them vanish, and punctuation
becomes its full-width form. The page keeps its structure and its line labels, so the model
sees Chinese-shaped lines with the right answers.
"""

from __future__ import annotations

import zlib
from typing import List

import regex

_TOKEN = regex.compile(r"\d+(?:[.,:]\d+)*|\w+|[^\w\s]")
_HAN_FIRST, _HAN_COUNT = 0x4E00, 0x9FA5 - 0x4E00
_FULLWIDTH = {".": "。", ",": "，", "!": "！", "?": "？", ":": "：", ";": "；", "(": "（", ")": "）"}


def _han(word: str) -> str:
    h = zlib.crc32(word.lower().encode("utf-8"))
    first = chr(_HAN_FIRST + h % _HAN_COUNT)
    if len(word) <= 3:
        return first
    return first + chr(_HAN_FIRST + (h >> 15) % _HAN_COUNT)


def nospace_line(line: str) -> str:
    """Rewrite one line into Han characters; numbers and symbols stay; never returns ``""``
    for a non-blank line."""
    out: List[str] = []
    prev_ascii = False
    for tok in _TOKEN.findall(line):
        if tok[0].isdigit():
            piece, is_ascii = tok, True
        elif tok[0].isalpha() or tok[0] == "_":
            piece, is_ascii = _han(tok), False
        else:
            piece, is_ascii = _FULLWIDTH.get(tok, tok), False
        if out and is_ascii and prev_ascii:
            out.append(" ")
        out.append(piece)
        prev_ascii = is_ascii
    return "".join(out) or line


def nospace_page(lines: List[str]) -> List[str]:
    """Rewrite every non-blank line of a page (blank lines stay blank)."""
    return [nospace_line(s) if s else "" for s in lines]
