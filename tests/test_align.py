"""Tests for boilerkill.training.align: line labels from an alignment to the gold text.

All examples are hand-made, so the tests run without the training corpus.
"""

import pytest

from boilerkill.training.align import label_lines

PARA1 = (
    "The city council approved the new transport budget on Monday evening after a debate "
    "that lasted more than four hours and drew a crowd of residents."
)
PARA2 = (
    "Supporters said the plan would finally fix the bus network, while critics warned that "
    "the cost of the tram extension had been badly underestimated."
)
GOLD = "Council approves transport budget\n\n" + PARA1 + "\n\n" + PARA2 + "\n\nThe home of the mayor was not mentioned in the news."


def test_menu_line_whose_word_is_in_gold_gets_zero():
    lines = ["Home", "News", "Sports", "", "Council approves transport budget", "", PARA1, "", PARA2, "", "Contact"]
    lab = label_lines(lines, GOLD)
    assert lab[0] == 0.0  # "home" occurs in the gold, but inside a sentence
    assert lab[1] == 0.0  # likewise "news"
    assert lab[2] == 0.0
    assert lab[10] == 0.0
    assert lab[4] == 1.0  # the headline is a whole gold line


def test_copied_paragraph_gets_one():
    lines = ["Menu", PARA1, "Share this article", PARA2]
    lab = label_lines(lines, GOLD)
    assert lab[1] == 1.0
    assert lab[3] == 1.0
    assert lab[0] == 0.0
    assert lab[2] == 0.0


def test_paragraph_with_a_few_edited_words_still_body():
    edited = PARA1.replace("Monday", "Tuesday").replace("four", "five").replace("crowd", "throng")
    lab = label_lines(["Home", edited, "Login"], GOLD)
    assert lab[1] >= 0.5
    assert lab[0] == 0.0 and lab[2] == 0.0


def test_half_menu_half_paragraph_gets_something_in_between():
    menu = "Home Politics Business Technology Science Health Sports Culture Opinion Weather Podcasts Video Newsletters Events"
    sentence = "Supporters said the plan would finally fix the bus network, while critics warned"
    lab = label_lines([menu + " " + sentence], GOLD)
    assert 0.2 < lab[0] < 0.8


def test_chinese_without_spaces_matches():
    gold = "市政府周一批准了新的交通预算。\n\n支持者表示该计划将改善公交网络，但批评者警告成本被低估。"
    lines = ["首页", "新闻", "市政府周一批准了新的交通预算。", "支持者表示该计划将改善公交网络，但批评者警告成本被低估。", "联系我们"]
    lab = label_lines(lines, gold)
    assert lab[2] == 1.0 and lab[3] == 1.0
    assert lab[0] == 0.0 and lab[1] == 0.0 and lab[4] == 0.0


def test_blank_lines_get_zero_and_length_is_kept():
    lines = ["", "   ", PARA1, "\t", "", "· · ·"]
    lab = label_lines(lines, GOLD)
    assert len(lab) == len(lines)
    assert lab[0] == lab[1] == lab[3] == lab[4] == lab[5] == 0.0
    assert lab[2] == 1.0


@pytest.mark.parametrize("lines", [[], [""], ["Home"], ["a", "b", "c"] * 10])
def test_output_length_equals_input_length(lines):
    lab = label_lines(lines, GOLD)
    assert len(lab) == len(lines)
    assert all(0.0 <= v <= 1.0 for v in lab)


def test_empty_gold_gives_all_zero():
    assert label_lines(["Home", PARA1], "") == [0.0, 0.0]


def test_repeated_title_labels_the_occurrence_next_to_the_body():
    title = "Council approves transport budget"
    lines = ["Home", title, "Weather", "Login", "", title, "", PARA1, "", PARA2, "", "Related", title]
    lab = label_lines(lines, GOLD)
    assert lab[5] == 1.0  # the headline right above the body
    assert lab[1] == 0.0  # the nav copy
    assert lab[12] == 0.0  # the "related" copy: the gold has the title once


def test_normalisation_of_case_width_and_quotes():
    gold = "It’s a ＦＵＬＬ-width test of the “quotes” and CASE handling in this sentence."
    lines = ["it's a full-width TEST of the \"quotes\" and case handling in this sentence"]
    assert label_lines(lines, gold) == [1.0]


def test_short_body_lines_of_a_product_page():
    gold = "Trail Runner 2\n\nColor: Red\n\nWeight: 250 g\n\nA light shoe for long days on rough ground."
    lines = ["Shoes", "Trail Runner 2", "Color:", "Red", "Weight: 250 g", "A light shoe for long days on rough ground.", "Red", "Cart"]
    lab = label_lines(lines, gold)
    assert lab[1:6] == [1.0] * 5
    assert lab[0] == 0.0 and lab[6] == 0.0 and lab[7] == 0.0
