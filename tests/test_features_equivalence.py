"""The vectorised features equal the original pure-Python ones, number for number.

``reference_features.py`` (next to this file) is a frozen copy of the implementation the shipped
model was trained on. Every page here goes through both; each element must agree within 1e-9
(in practice they are bit-for-bit equal), and so must the per-line word counts the rules use.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reference_features as ref
from boilerkill import features as feat
from boilerkill.normalize import fold_line, split_lines

TOL = 1e-9


def assert_page_equal(lines, max_chars=10_000):
    expected = ref.page_features(lines, None, max_chars)
    cache = {}
    got = feat.page_features(lines, cache, max_chars)
    assert isinstance(got, list)
    assert len(got) == len(expected)
    for k, (g, e) in enumerate(zip(got, expected)):
        assert len(g) == len(feat.FEATURE_NAMES)
        for j, (a, b) in enumerate(zip(g, e)):
            assert math.isfinite(a)
            assert abs(a - b) <= TOL, (
                f"line {k} {lines_nonblank(lines)[k]!r}: {feat.FEATURE_NAMES[j]} is {a}, "
                f"reference {b} (max_chars={max_chars})")
    # Every non-blank line is in the cache afterwards, with the reference's words and vector.
    for s in lines_nonblank(lines):
        e = ref.line_stats(s, max_chars)
        assert cache[s].words == e.words, s
        assert cache[s].terminal == e.terminal, s
        assert all(abs(a - b) <= TOL for a, b in zip(cache[s].vector, e.vector)), s
        one = feat.line_stats(s, max_chars)  # the scalar path
        assert one.words == e.words and one.terminal == e.terminal
        assert all(abs(a - b) <= TOL for a, b in zip(one.vector, e.vector)), s
    matrix, words = feat.page_matrix(lines, None, max_chars)
    assert matrix.shape == (len(expected), len(feat.FEATURE_NAMES))
    assert words.tolist() == [ref.line_stats(s, max_chars).words for s in lines_nonblank(lines)]
    if expected:
        assert abs(matrix - got).max() <= TOL


def lines_nonblank(lines):
    return [s for s in lines if s]


TRICKY = [
    # sentences: ASCII counting versus the regex on other lines
    'A sentence. Another one? Yes! He said." Then. ) stop.) x',
    "He said: “It works.” Then. More", "Привет. Мир» дом… x. ”) y", "他说。好！真的？ 是.", "a.\u00a0b",
    "Mr. Smith went to Washington... and back.", "end.''", "end.”’", 'x ." y', "Wait!? No.. ok",
    # terminal marks and closers
    "end.)))))))", "end.))))", "a)", "end。」", "نعم؟", "हाँ।", "......", "x.’", "(ok.)",
    "end:", "Title：", "[ad]", "(note)", "【公告】", "（注）", "[broken", "x]",
    # separators, including overlapping ones that str.count does not double-count
    "Home | News | Sport | Weather", " | | | ", "a / b > c • d · e :: f \\ g", "x :: :: y",
    "a :: :: :: b", "Home » News › Sport → Local", "a|b/c", " > > x", "· · ·",
    # markers
    "© 2025 Example Media Ltd. All rights reserved.", "(c) 2019 Foo", "(C)  2019", "(c)x 2019",
    "CoPyRiGhT 2020", "Copyright", "ALL RIGHTS. COPYRIGHT", "copyright", "(c)",
    "Visit https://example.com or write to editor@example.com #news", "www.example.org",
    "WWW.EXAMPLE.COM", "see foo.co.uk.", "e.g. something", "site.de", "x.COM", "httpſ://x",
    "a.comb", "a.io", "a.cn!", "ＷＷＷ.x", "wWw.x", "ww.x", "file.ru/x", "://", ".com",
    "@user", "mail: a@b.c", "x @y", "a@b", "@", "a@b.", "a@.b", "a_@b_.c", "@ x", "ab@cd.ef",
    "#tag", "a#b", "# x", "#", "x #1", "#_", "##x",
    "12:30", "1:30pm", "123:45", "12:345", "at 9:05.", "١٢:٣٠", "a1:30", "1:3", ":30", "09:30:45",
    "1999", "2020s", "in 2021.", "12019", "１９９９", "19٩٩", "2000-2001", "x1999", "1900_",
    # bullets
    "- item", "1. item", "12) x", "123.x", "1234. x", "a. item", "• x", "1.", "²) x", "٣. x",
    "1)", "99.", "1.5 kg", "→ next", "> quote", "✔ done", "— dash", "* star", "*", "-",
    # capitals, all caps and case oddities
    "BREAKING NEWS", "A", "ǅ", "ǅungla", "Ⅻ", "ß", "ÀÉ", "X1", "1", "I", "É", "ŉ", "ᾈ", "NEWS ǅ",
    "ABC def", "𝐀𝐁𝐂", "𝐀", "HTTPS://X.COM",
    # whitespace: str.split() and regex \s differ on \x1c-\x1f
    "a\u00a0b", "a\x1cb", "a\u2028b", "\u3000x", " lead", "trail ", "  ", "a\tb\n c", "\x85",
    "a\x1f. b", "x.\x1c", "x.\n", "1.\n", "- x\n", "a\n\n", "\n", "a\r", "x\u200bb",
    # scripts written without spaces, and other scripts
    "记者昨日从市住房和城乡建设局获悉，今年全市计划新增加装电梯三百部。", "iPhone 手机 很好",
    "最初の新酒は五月に出荷される予定だ。", "カタカナ テスト", "สวัสดีครับ ทุกคน", "ສະບາຍດີ",
    "សួស្តី", "မင်္ဂလာပါ", "བཀྲ་ཤིས་", "안녕하세요 세계", "Поделиться в соцсетях", "مرحبا، عالم؛ نعم",
    "你好,世界;是、的；", "中 English mixed 中文 text", "记" * 70, "a 记", "记 a b c",
    # astral characters
    "👍 Like 😀", "𠀀𠀁 text", "𝟏𝟗𝟗𝟗", "𝟏. item", "😀", "😀 2024 😀", "🇬🇧 UK",
    # lone surrogates are str characters too
    "\ud800 x", "a\udfffb",
]


def test_tricky_lines_one_by_one():
    for s in TRICKY:
        assert_page_equal([s])


def test_tricky_lines_as_one_page_with_blanks_and_repeats():
    page = []
    for i, s in enumerate(TRICKY):
        page.append(s)
        if i % 3 == 0:
            page.append("")
        if i % 5 == 0:
            page.append(TRICKY[i // 2])
    assert_page_equal(page)
    assert_page_equal([""] + page + ["", ""])


@pytest.mark.parametrize("max_chars", [1, 2, 5, 16, 50, 1000])
def test_truncation(max_chars):
    page = TRICKY + [
        "word " * 5000, "记" * 20000, ("A long sentence, with words. " * 400).strip(),
        "x" * 3000, "12:30 " * 100, "a" * (max_chars - 1) + "© 2025",
        "a" * max(max_chars - 2, 0) + "1999", "a" * max(max_chars - 1, 0) + ".)",
    ]
    assert_page_equal(page, max_chars)


def test_page_shapes():
    body = "This is a long paragraph of running text that clearly belongs to the article body."
    cases = [
        [], [""], ["", ""], ["x"], ["", "x", ""], ["Home", "", "Home", "Home"],
        ["Home", "News", "Home", ""] + [body + f" Part {i}." for i in range(5)] + ["Footer"],
        [body] * 12, [body, "", "Menu", "", body, "x", body, "", "", "y"],
        ["x"] * 9 + [body] + ["y"] * 9,
        ["สวัสดีครับ ทุกคน " * 20, "Menu", "ก ข ค"],  # thirds of a word
    ]
    for lines in cases:
        assert_page_equal(lines)
    assert feat.page_features([]) == []
    assert feat.page_features(["", ""]) == []


def test_cache_is_shared_between_pages():
    cache = {}
    a = ["Home", "A sentence that is long enough to count as text here.", "Share"]
    b = ["Share", "", "Home", "Other words."]
    assert feat.page_features(a, cache) == ref.page_features(a)
    assert feat.page_features(b, cache) == ref.page_features(b)
    assert set(cache) == {"Home", "A sentence that is long enough to count as text here.",
                          "Share", "Other words."}


def test_line_block_rejects_blank_lines():
    with pytest.raises(ValueError):
        feat.line_block(["x", ""])


# --- generated pages -------------------------------------------------------------------------

VOCAB = [
    "Home", "News", "Share", "the", "council", "approved", "bridge", "on", "Tuesday.", "|", "/",
    ">", "»", "›", "→", "::", "•", "·", "\\", "-", "1.", "2)", "a.", "12:30", "9:05pm", "1999",
    "2024", "x2020", "©", "(c)", "Copyright", "COPYRIGHT", "https://example.com", "www.x.org",
    "site.co.uk", "e.g.", "@user", "a@b.com", "#tag", "a#b", "said.", "said.\"", "end!", "why?",
    "wow…", "”", "’", "»", ")", "]", "(", "[", "【", "】", "（", "）", "「", "」", "』", "。", "！",
    "？", "，", "、", "；", "،", ",", ";", ":", "：", "؟", "।", "记者", "昨日", "获悉。", "カタカナ",
    "ひらがな", "สวัสดี", "ครับ", "ສະບາຍ", "Поделиться", "ВСЕ", "Новости.", "مرحبا", "안녕", "ß",
    "ǅ", "É", "ÉCOLE", "NEWS", "A", "I", "UK", "😀", "👍", "𠀀", "𝐀𝐁", "𝟏𝟗𝟗𝟗", "١٢:٣٠", "٣.",
    "²)", "１９９９", "\u00a0", "\u3000", "\x1c", "\u2028", "\t", "\x85",
]
SPACES = st.sampled_from([" ", " ", " ", "  ", "", "\u00a0", "\t", "\u3000"])


@st.composite
def raw_lines(draw):
    """A line of vocabulary words and arbitrary text, joined by assorted whitespace."""
    parts = draw(st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=6)), max_size=30))
    out = []
    for p in parts:
        out.append(p)
        out.append(draw(SPACES))
    line = "".join(out)
    if draw(st.integers(0, 9)) == 0:
        line = line * draw(st.integers(2, 60))  # a long line
    return line


@st.composite
def pages(draw):
    lines = draw(st.lists(raw_lines(), max_size=25))
    if lines and draw(st.booleans()):
        # repeated lines, as site chrome repeats
        lines = lines + draw(st.lists(st.sampled_from(lines), max_size=8))
        lines = draw(st.permutations(lines))
    if draw(st.booleans()):
        lines = [fold_line(x) for x in split_lines("\n".join(lines))]
    return list(lines)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages(), st.sampled_from([10_000, 10_000, 16, 40, 200]))
def test_generated_pages(lines, max_chars):
    assert_page_equal(lines, max_chars)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(), max_size=12), st.sampled_from([10_000, 3, 16]))
def test_any_text(lines, max_chars):
    assert_page_equal(lines, max_chars)
