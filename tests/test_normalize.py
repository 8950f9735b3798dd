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


def test_fold_line_reads_a_zero_width_space_as_a_space_and_drops_joiners_and_boms():
    # A page's buttons run together with zero-width spaces between them; a word joiner and a
    # BOM inside the text are invisible; the zero-width joiner shapes emoji and stays.
    assert fold_line("\u200b赞同 2.3万\u200b\u200b244 条评论\u200b分享\u200b") == "赞同 2.3万 244 条评论 分享"
    assert fold_line("\u200b") == ""
    assert fold_line("a\u2060b\ufeff") == "ab"
    assert fold_line("👩\u200d💻 dev") == "👩\u200d💻 dev"


def test_a_zero_width_space_lets_a_pattern_name_the_line():
    import boilerkill
    page = "\n".join(["关于养老金调整的问题", "赞同 2.1 万\u200b"])
    assert boilerkill.classify(page)[1].reason == "rule:action-buttons"


def test_repair_fixes_mojibake_and_leaves_clean_text():
    assert repair("cafÃ© â€” ok") == "café — ok"
    assert repair("plain ascii &amp; entities stay") == "plain ascii &amp; entities stay"
    assert repair("Grüße aus Köln") == "Grüße aus Köln"
    assert repair("中文句子。") == "中文句子。"


def test_huge_lines_fold_a_chunk_at_a_time_with_the_same_result(monkeypatch):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from boilerkill import normalize

    monkeypatch.setattr(normalize, "_HUGE_LINE", 5)
    alphabet = st.sampled_from(list("ab xy\t\u00a0\u3000\u2028") + ["\x00"])

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=alphabet, max_size=40))
    def check(line):
        expected = " ".join(normalize._CONTROL.sub("", line).split())
        assert normalize.fold_line(line) == expected

    check()


def test_a_10_mb_line_folds_across_chunk_edges():
    line = " word\t" * 2_000_000  # 12 MB: folded in chunks, words cut at chunk edges rejoined
    out = fold_line(line)
    assert out == " ".join(["word"] * 2_000_000)
