"""Pages of more than MAX_PAGE_LINES lines are cleaned in parts, each judged as a page."""

from hypothesis import given, settings
from hypothesis import strategies as st

import boilerkill
from boilerkill.normalize import split_lines
from boilerkill.pipeline import MAX_PAGE_LINES, page_parts


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "bb", " ", "", "\n", "\r", "\r\n", "é"]), max_size=40),
       st.integers(min_value=1, max_value=6))
def test_page_parts_keep_every_line_in_order(pieces, max_lines):
    text = "".join(pieces)
    parts = page_parts(text, max_lines)
    lines = split_lines(text)
    if parts is None:
        assert len(lines) <= max_lines
        return
    assert len(lines) > max_lines
    assert "".join(parts) == text
    assert [line for part in parts for line in split_lines(part)] == lines
    assert all(1 <= len(split_lines(part)) <= max_lines for part in parts)
    # every part but the last is full
    assert all(len(split_lines(part)) == max_lines for part in parts[:-1])


def _long_page(n_lines):
    # Paragraphs that differ (a repeated line reads as chrome) between runs of menu items.
    words = "council river bridge spring vote town road school harbour market".split()
    chrome = ["Home", "Share", "News", "Sign in"]

    def line(i):
        if i % 7 < 3:
            return chrome[i % 4]
        w = [words[(i * k) % len(words)] for k in (1, 3, 7, 9)]
        return (f"In paragraph {i} the {w[0]} and the {w[1]} were discussed at length by "
                f"residents, who said the {w[2]} near the {w[3]} needed work before winter.")
    return "".join(line(i) + "\n" for i in range(n_lines))


def test_a_long_page_is_its_parts_cleaned_as_pages():
    n = 2 * MAX_PAGE_LINES + 123
    text = _long_page(n)
    parts = page_parts(text)
    assert parts is not None and len(parts) == 3
    cleaner = boilerkill.Cleaner()
    cleaned, stats = cleaner.clean_with_stats(text)
    assert cleaner.pages_split == 1
    one_by_one = [cleaner.clean_with_stats(part) for part in parts]
    assert cleaned == "\n".join(c for c, _ in one_by_one if c)
    assert stats.lines_kept == sum(st.lines_kept for _, st in one_by_one)
    assert stats.lines_kept + stats.lines_dropped == n
    assert stats.chars_kept + stats.chars_dropped == sum(map(len, split_lines(text)))
    decisions = cleaner.classify(text)
    assert len(decisions) == n
    assert "\n".join(d.line for d in decisions if d.keep) == cleaned
    assert stats.lines_kept > 1000 and stats.lines_dropped > 1000
    # in a batch with short pages, the same
    short = "Share\nThe council voted to rebuild the bridge over the river this spring.\n"
    assert cleaner.clean_many([short, text, short]) == [cleaner.clean(short), cleaned,
                                                        cleaner.clean(short)]


def test_a_page_at_the_limit_is_one_page():
    cleaner = boilerkill.Cleaner()
    text = _long_page(MAX_PAGE_LINES)
    assert page_parts(text) is None
    assert page_parts(text.rstrip("\n")) is None
    cleaner.clean(text)
    assert cleaner.pages_split == 0
