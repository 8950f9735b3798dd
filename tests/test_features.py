"""Line and page features: the contract with the model and the script-aware counts."""

from boilerkill.features import FEATURE_NAMES, N_LINE_FEATURES, line_stats, page_features

F = {name: i for i, name in enumerate(FEATURE_NAMES)}


def test_vectors_match_feature_names():
    lines = ["Home", "", "A sentence that ends with a full stop and has words.", "Share"]
    vecs = page_features(lines)
    assert len(vecs) == 3
    assert all(len(v) == len(FEATURE_NAMES) for v in vecs)
    assert N_LINE_FEATURES == len(line_stats("x").vector)
    assert len(set(FEATURE_NAMES)) == len(FEATURE_NAMES)


def test_chinese_characters_count_as_words():
    zh = line_stats("记者昨日从市住房和城乡建设局获悉，今年全市计划新增加装电梯三百部。")
    en = line_stats("Home")
    assert zh.words > 25
    assert en.words == 1
    assert zh.vector[F["nospace_share"]] > 0.8
    assert zh.vector[F["ends_terminal"]] == 1.0


def test_japanese_and_spaced_scripts():
    assert line_stats("最初の新酒は五月に出荷される予定だ。").words > 10
    assert line_stats("Поделиться в соцсетях").words == 3


def test_sentence_marks_of_other_scripts():
    # Hindi (danda), Urdu, Burmese and Armenian prose count their sentences and end on a
    # terminal mark, as an English paragraph does; a menu line in the same scripts does not.
    F_s, F_t = F["sentences"], F["ends_terminal"]
    hindi = line_stats("नगर परिषद ने नए पुल को मंज़ूरी दी। काम अगले महीने शुरू होगा। लागत दो करोड़ है।").vector
    # (A stop counts at the end of the line too, as the CJK full stop always has.)
    assert hindi[F_s] >= line_stats("The council approved it. Work starts soon. It costs a lot.").vector[F_s] > 0
    assert hindi[F_t] == 1.0
    assert line_stats("شہر کی کونسل نے نئے پل کی منظوری دے دی۔").vector[F_t] == 1.0
    assert line_stats("မြို့တော်ကောင်စီက တံတားသစ်ကို အတည်ပြုခဲ့သည်။").vector[F_t] == 1.0
    assert line_stats("Քաղաքային խորհուրդը հաստատեց նոր կամուրջը։").vector[F_t] == 1.0
    assert line_stats("होम | समाचार | खेल").vector[F_t] == 0.0


def test_punctuation_and_markers():
    v = line_stats("Home | News | Sport | Weather").vector
    assert v[F["separators"]] > 0
    assert v[F["ends_terminal"]] == 0.0
    v = line_stats("Visit https://example.com or write to editor@example.com #news").vector
    assert v[F["has_url"]] == v[F["has_handle"]] == v[F["has_hashtag"]] == 1.0
    v = line_stats("© 2025 Example Media Ltd. All rights reserved.").vector
    assert v[F["has_copyright"]] == 1.0 and v[F["has_year"]] == 1.0
    assert line_stats("- Bullet item").vector[F["starts_bullet"]] == 1.0
    assert line_stats("He said: “It works.”").vector[F["ends_terminal"]] == 1.0
    # German quotes close on “ and ‘ („…“, ‚…‘) or on « (»…«), and a sentence ends before
    # them as before ”: the paragraph that ends on a quotation ends a sentence.
    for line in ("Er sagt: „Der ist aus Eiche, so etwas schmeißt man nicht weg.“",
                 "Sie sagt: ‚Nie wieder.‘", "Er sagt: »Nie wieder!«"):
        assert line_stats(line).vector[F["ends_terminal"]] == 1.0, line
    quoted = line_stats("„Das ist doch Spielgeld.“ Dann sah er die Banderolen. Er rief an.").vector
    assert quoted[F["sentences"]] == line_stats(
        "\"Das ist doch Spielgeld.\" Dann sah er die Banderolen. Er rief an.").vector[F["sentences"]]


def test_huge_line_is_analysed_on_a_prefix():
    huge = "word " * 200_000
    st = line_stats(huge.strip(), max_chars=1000)
    # log_chars still sees the whole line; the rest was computed on the prefix.
    assert st.vector[F["log_chars"]] > 13
    assert st.words <= 1000


def test_page_features_position_repetition_and_main_run():
    body = "This is a long paragraph of running text that clearly belongs to the article body."
    lines = ["Home", "News", "Home", ""] + [body + f" Part {i}." for i in range(5)] + ["Footer"]
    vecs = page_features(lines)
    assert len(vecs) == 9
    assert vecs[0][F["repeats"]] > 0 and vecs[1][F["repeats"]] == 0
    assert vecs[0][F["position"]] == 0.0 and vecs[-1][F["position"]] == 1.0
    assert vecs[4][F["in_main_run"]] == 1.0
    assert vecs[0][F["before_main_run"]] == 1.0
    assert vecs[-1][F["after_main_run"]] == 1.0
    assert vecs[3][F["blank_before"]] == 1.0


def test_empty_and_blank_pages():
    assert page_features([]) == []
    assert page_features(["", "", ""]) == []
