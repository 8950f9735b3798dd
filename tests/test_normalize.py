"""Line splitting, whitespace folding and mojibake repair."""

from boilerkill.normalize import fold_line, repair, split_lines


def test_split_lines_on_every_line_end():
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]


def test_split_lines_final_newline_opens_no_line():
    assert split_lines("") == []
    assert split_lines("a\n") == ["a"]
    assert split_lines("a\n\n") == ["a", ""]
    assert split_lines("\n") == [""]


def test_split_lines_keeps_other_separators_inside_the_line():
    assert split_lines("a\u2028b\x0cc\n") == ["a\u2028b\x0cc"]


def test_fold_line_folds_whitespace_and_drops_controls():
    assert fold_line("  a \t b\u00a0\u2003c  ") == "a b c"
    assert fold_line("nul\x00byte\x1b[0m") == "nulbyte[0m"
    assert fold_line("\x00\x01") == ""


def test_repair_fixes_mojibake_and_leaves_clean_text():
    assert repair("cafÃ© â€” ok") == "café — ok"
    assert repair("plain ascii &amp; entities stay") == "plain ascii &amp; entities stay"
    assert repair("Grüße aus Köln") == "Grüße aus Köln"
    assert repair("中文句子。") == "中文句子。"
