"""The decision layer: rules, threshold, paragraph continuation and the headline."""

import math
from pathlib import Path

import pytest
import regex

import boilerkill

from boilerkill.features import FEATURE_NAMES
from boilerkill.pipeline import decide

F = {name: i for i, name in enumerate(FEATURE_NAMES)}


def vec(words: float, terminal: bool = True, separators: float = 0.0):
    v = [0.0] * len(FEATURE_NAMES)
    v[F["log_words"]] = math.log1p(words)
    v[F["ends_terminal"]] = 1.0 if terminal else 0.0
    v[F["separators"]] = separators
    return v


def test_rules_always_drop_and_the_threshold_decides():
    keep, head, rules = decide([None, "share-buttons", None], [vec(30)] * 3, [0.9, 0.99, 0.2],
                               0.5, keep_headline=False)
    assert keep == [True, False, False]
    assert head is None and rules[1] == "share-buttons"


def test_late_rules_are_asked_only_about_kept_lines():
    asked = []

    def late(k):
        asked.append(k)
        return "relative-time" if k == 1 else None

    keep, _, rules = decide([None] * 3, [vec(30)] * 3, [0.9, 0.9, 0.1], 0.5,
                            keep_headline=False, late=late)
    assert keep == [True, False, False]
    assert rules[1] == "relative-time"
    assert 2 not in asked


def test_full_paragraphs_next_to_the_body_are_kept_both_ways():
    vectors = [vec(40), vec(40), vec(40), vec(3, terminal=False), vec(40)]
    final = [0.45, 0.9, 0.3, 0.45, 0.2]
    line_p = [0.3, 0.9, 0.6, 0.9, 0.3]
    keep, _, _ = decide([None] * 5, vectors, final, 0.5, keep_headline=False, line_p=line_p)
    # 0: just under the anchor, next to the body; 2: reads as body alone;
    # 3: too short to continue a body (and no body below it to bridge to);
    # 4: scores too low to continue the body
    assert keep == [True, True, True, False, False]


def test_headline_is_the_title_like_line_above_the_body():
    vectors = [vec(2, False, 1.0), vec(8, terminal=False), vec(3, terminal=False), vec(40),
               vec(40)]
    rules = [None, None, "relative-time", None, None]
    keep, head, _ = decide(rules, vectors, [0.1, 0.1, 0.1, 0.9, 0.9], 0.5)
    assert head == 1 and keep[1]
    assert not keep[0] and not keep[2]


def test_headline_search_skips_sentences_and_stops_at_a_section_marker():
    vectors = [vec(8, terminal=False), vec(12, terminal=True), vec(40)]
    keep, head, _ = decide([None] * 3, vectors, [0.1, 0.1, 0.9], 0.5)
    assert head == 0
    keep, head, _ = decide([None, "section-related", None], vectors, [0.1, 0.1, 0.9], 0.5)
    assert head is None and keep == [False, False, True]


def test_headline_search_passes_over_a_comment_count_but_not_a_related_heading():
    # "Kommentare (23)" under the title links to the comments; "Mehr zum Thema" above the body
    # closes another page's teasers.
    vectors = [vec(8, terminal=False), vec(2, terminal=False), vec(40)]
    keep, head, _ = decide([None, "section-comments", None], vectors, [0.1, 0.1, 0.9], 0.5)
    assert head == 0 and keep == [True, False, True]
    for marker in ("section-related", "section-footer"):
        keep, head, _ = decide([None, marker, None], vectors, [0.1, 0.1, 0.9], 0.5)
        assert head is None and keep == [False, False, True]


def test_headline_search_starts_at_a_paragraph_the_line_model_calls_body():
    # The first paragraph scores under the anchor in context (it sits under a share row) but
    # the line model alone calls it body: the body starts there, so the title above it is found
    # instead of the search stopping at that long paragraph.
    vectors = [vec(8, terminal=False), vec(1, False), vec(40), vec(40)]
    rules = [None, "share-buttons", None, None]
    final, line_p = [0.1, 0.1, 0.45, 0.9], [0.1, 0.1, 0.7, 0.9]
    keep, head, _ = decide(rules, vectors, final, 0.5, line_p=line_p)
    assert head == 0 and keep == [True, False, True, True]
    # Without the line model's word the long paragraph ends the search, as before.
    keep, head, _ = decide(rules, vectors, final, 0.5)
    assert head is None


def test_headline_search_skips_a_date_line():
    date = vec(5, terminal=False)
    date[F["digit_share"]] = 0.6  # "2025年3月11日 9時30分"
    vectors = [vec(8, terminal=False), date, vec(40)]
    keep, head, _ = decide([None] * 3, vectors, [0.1, 0.1, 0.9], 0.5)
    assert head == 0 and not keep[1]


def test_headline_is_the_candidate_that_names_what_the_body_is_about():
    texts = ["Volunteers rescue old orchard from housing plans",
             "Local Democracy Reporter",
             "Volunteers have saved a 200-year-old orchard from a housing estate after a "
             "campaign that lasted three years and drew hundreds of supporters to meetings.",
             "The orchard will now be run by a trust."]
    vectors = [vec(7, terminal=False), vec(3, terminal=False), vec(40), vec(9)]
    final = [0.1, 0.1, 0.9, 0.9]
    keep, head, _ = decide([None] * 4, vectors, final, 0.5, text_at=texts.__getitem__)
    # "volunteers" and "orchard" are in the body; "local democracy reporter" is not
    assert head == 0 and keep == [True, False, True, True]
    # One shared word is not enough to pass over the nearest candidate ...
    texts[0] = "Volunteers celebrate in the village"
    keep, head, _ = decide([None] * 4, vectors, final, 0.5, text_at=texts.__getitem__)
    assert head == 1
    # ... and a section marker still ends the search.
    texts[0] = "Volunteers rescue old orchard from housing plans"
    keep, head, _ = decide([None, "section-related", None, None], vectors, final, 0.5,
                           text_at=texts.__getitem__)
    assert head is None


def test_a_question_is_a_headline_only_by_its_words():
    texts = ["Why does my cider smell of rotten eggs after fermenting?",
             "Viewed 3k times",
             "I pressed apple juice for cider and after a week of fermenting it smells of eggs.",
             "What should I do?"]
    vectors = [vec(10), vec(3, terminal=False), vec(40), vec(4)]
    final = [0.1, 0.1, 0.9, 0.9]
    keep, head, _ = decide([None] * 4, vectors, final, 0.5, text_at=texts.__getitem__)
    assert head == 0  # "cider", "fermenting", "eggs", "smell" are the body's words
    # A question that says nothing the body says is passed over, for the nearest title.
    texts[0] = "Have you tried our new newsletter?"
    keep, head, _ = decide([None] * 4, vectors, final, 0.5, text_at=texts.__getitem__)
    assert head == 1
    # Alone, such a question is no headline at all (most sentences above a body are not).
    keep, head, _ = decide([None] * 3, [vectors[0], vectors[2], vectors[3]], [0.1, 0.9, 0.9],
                           0.5, text_at=[texts[0], texts[2], texts[3]].__getitem__)
    assert head is None


def test_an_exclamation_is_a_headline_only_by_its_words():
    texts = ["Rentner findet 38.000 Euro im Küchenschrank und bringt alles zur Polizei!",
             "14.03.2026 - 17:38 Uhr",
             "Eigentlich wollte der Rentner nur Schrauben lösen. Dann fand er im Küchenschrank "
             "Geldbündel, zählte 38.000 Euro und fuhr zur Polizei.",
             "Die Polizei lobt ihn."]
    vectors = [vec(12), vec(3, terminal=False), vec(30), vec(4)]
    final = [0.1, 0.1, 0.9, 0.9]
    rules = [None, "relative-time", None, None]
    keep, head, _ = decide(rules, vectors, final, 0.5, text_at=texts.__getitem__)
    assert head == 0 and keep[0]
    # A call to action that says nothing the body says is no headline.
    texts[0] = "Jetzt den Newsletter abonnieren und nichts verpassen!"
    keep, head, _ = decide(rules, vectors, final, 0.5, text_at=texts.__getitem__)
    assert head is None and not keep[0]


def test_the_standfirst_under_the_headline_is_kept_with_it():
    texts = ["New dam to protect the village from the river",
             "After the flood of 2024 half the centre was under water. Now the plan for the "
             "dam is settled.",
             "By Verena Gstrein",
             "The photos of August 2024 still hang in the town hall, brown water up to the "
             "window sills of the houses along the river, and nobody wants to see it again."]
    vectors = [vec(9, terminal=False), vec(20), vec(3, terminal=False), vec(40)]
    final = [0.1, 0.1, 0.1, 0.9]
    keep, head, _ = decide([None] * 4, vectors, final, 0.5, text_at=texts.__getitem__)
    assert head == 0 and keep == [True, True, False, True]
    # Not a short line, not a byline, not a line a rule names.
    short = [vectors[0], vec(6), vectors[2], vectors[3]]
    keep, head, _ = decide([None] * 4, short, final, 0.5, text_at=texts.__getitem__)
    assert head == 0 and not keep[1]
    texts[1] = "By Verena Gstrein, who reported from the village for three days this week."
    keep, head, _ = decide([None] * 4, vectors, final, 0.5, text_at=texts.__getitem__)
    assert head == 0 and not keep[1]
    keep, head, _ = decide([None, "newsletter", None, None], vectors, final, 0.5,
                           text_at=texts.__getitem__)
    assert not keep[1]


def test_a_standfirst_shaped_like_a_title_does_not_take_the_titles_place():
    texts = ["Truffa del finto carabiniere, anziana consegna gioielli: arrestati due giovani",
             "La donna, 86 anni, era stata convinta al telefono che il figlio avesse causato un "
             "incidente. I complici fermati dopo un inseguimento",
             "di Giulia Marangoni",
             "Una telefonata nel primo pomeriggio: la voce si presenta come un carabiniere, "
             "parla di un incidente del figlio e chiede gioielli e contanti."]
    # The summary has no full stop at its end: the headline search finds it first.
    vectors = [vec(11, terminal=False), vec(23, terminal=False), vec(3, terminal=False), vec(30)]
    final = [0.1, 0.1, 0.1, 0.9]
    keep, head, _ = decide([None] * 4, vectors, final, 0.5, text_at=texts.__getitem__)
    assert head == 0 and keep == [True, True, False, True]
    # One sentence is a title, and the line above it a kicker: the search's choice stands.
    one = texts[:1] + ["La donna, 86 anni, era stata convinta al telefono che il figlio avesse "
                       "causato un incidente stradale"] + texts[2:]
    keep, head, _ = decide([None] * 4, vectors, final, 0.5, text_at=one.__getitem__)
    assert head == 1 and not keep[0]
    # A line above that shares no words with the body is a button, not the title.
    button = ["Accedi o abbonati ora per leggere"] + texts[1:]
    keep, head, _ = decide([None] * 4, vectors, final, 0.5, text_at=button.__getitem__)
    assert head == 1 and not keep[0]
    # A single sentence 1.3 times as long as a title of twelve words or more above it is the
    # standfirst too (a Spanish paper's subtitle has no full stop) ...
    es = ["Los pisos turísticos tendrán que inscribirse en un registro estatal único antes "
          "del 1 de julio",
          "El decreto obliga a las plataformas a retirar los anuncios de pisos turísticos sin "
          "número de registro estatal y fija multas de hasta 600.000 euros para las que no lo "
          "hagan a tiempo",
          "Lucía Ferrández",
          "Desde el 1 de julio, ningún piso turístico podrá anunciarse sin el número del "
          "registro estatal, según el decreto que aprobó ayer el Consejo de Ministros."]
    es_vectors = [vec(17, terminal=False), vec(31, terminal=False), vec(2, terminal=False),
                  vec(25)]
    keep, head, _ = decide([None] * 4, es_vectors, final, 0.5, text_at=es.__getitem__)
    assert head == 0 and keep == [True, True, False, True]
    # ... and 1.3 times as long (a Brazilian portal's subtitle of 23 words under 17), not less.
    for words, title_kept in ((23, True), (21, False)):
        vectors_pt = [vec(17, terminal=False), vec(words, terminal=False)] + es_vectors[2:]
        keep, head, _ = decide([None] * 4, vectors_pt, final, 0.5, text_at=es.__getitem__)
        assert keep[0] == title_kept and head == (0 if title_kept else 1)
    # ... but not under a kicker of fewer words.
    kicker = ["Wohnen und Tourismus heute"] + es[1:]
    kicker_vectors = [vec(4, terminal=False)] + es_vectors[1:]
    keep, head, _ = decide([None] * 4, kicker_vectors, final, 0.5, text_at=kicker.__getitem__)
    assert head == 1 and not keep[0]
    # Nor is a numbered entry of a table of contents.
    numbered = ["3. Truffa del finto carabiniere: arrestati due giovani"] + texts[1:]
    keep, head, _ = decide([None] * 4, vectors, final, 0.5, text_at=numbered.__getitem__)
    assert head == 1 and not keep[0]


def test_a_title_under_a_kicker_that_won_the_search_is_kept_with_its_standfirst():
    texts = ["Corvan Nitro X5 im Test",
             "Die schnellste SSD im Test – aber nur mit Lüfter",
             "Mit über 14 GB/s setzt die Nitro X5 eine neue Bestmarke. Im Alltag merkt man davon "
             "wenig, vom winzigen Lüfter dagegen schon.",
             "Von Felix Ardelt",
             "Corvan war bislang eher für solide Mittelklasse-SSDs bekannt. Mit der Nitro X5 "
             "greift der Hersteller nun nach der Spitze."]
    vectors = [vec(5, terminal=False), vec(10, terminal=False), vec(27), vec(3, terminal=False),
               vec(20)]
    final = [0.1, 0.1, 0.1, 0.1, 0.9]
    why = {}
    keep, head, _ = decide([None] * 5, vectors, final, 0.5, text_at=texts.__getitem__,
                           why=why)
    # The kicker names the product the body is about, so it wins the search; the title under
    # it and the standfirst are kept with it.
    assert head == 0 and keep == [True, True, True, False, True]
    assert why[1] == "context:headline" and why[2] == "context:standfirst"
    # A shorter line under the headline is a button, not a title.
    button = texts[:1] + ["Nitro X5 kaufen"] + texts[2:]
    short = vectors[:1] + [vec(3, terminal=False)] + vectors[2:]
    keep, head, _ = decide([None] * 5, short, final, 0.5, text_at=button.__getitem__)
    assert head == 0 and not keep[1]
    # A line that shares no word with the body or the standfirst is no title of this article.
    other = texts[:1] + ["Warum der Sommer in Hamburg heute wieder ausfällt"] + texts[2:]
    keep, head, _ = decide([None] * 5, vectors, final, 0.5, text_at=other.__getitem__)
    assert head == 0 and not keep[1]
    # A meta line with a date is no title (nor is a rule's line).
    dated = texts[:1] + ["18.03.2026 10:00 Uhr Quelle: ByteRadar Lüfter"] + texts[2:]
    keep, head, _ = decide([None] * 5, vectors, final, 0.5, text_at=dated.__getitem__)
    assert not keep[1]
    keep, head, _ = decide([None, "newsletter", None, None, None], vectors, final, 0.5,
                           text_at=texts.__getitem__)
    assert not keep[1]


def test_a_run_of_title_shaped_lines_under_the_headline_is_a_menu():
    texts = ["Python 列表推导式", "Python3 迭代器与生成器", "Python3 函数与生成器",
             "列表推导式提供了从序列创建列表的简单途径。通常应用程序将一些操作应用于某个序列的每个元素，"
             "用其获得的结果作为生成新列表的元素。"]
    vectors = [vec(6, terminal=False), vec(8, terminal=False), vec(7, terminal=False), vec(50)]
    final = [0.1, 0.1, 0.1, 0.9]
    keep, head, _ = decide([None] * 4, vectors, final, 0.5, text_at=texts.__getitem__)
    assert not keep[1] and not keep[2]


@pytest.mark.parametrize("title, caption, caption_words, uncredited", [
    # The credit in brackets at the end: "（記者…攝）"
    ("山區公車改「預約制」 桐林長輩打一通電話車就來",
     "桐林縣山區4條幸福巴士路線改為預約制，長輩在家門口就能上車。（記者黃郁婷攝）", 35,
     "桐林縣山區4條幸福巴士路線改為預約制 長輩在家門口就能上車"),
    # The credit after the caption's last sentence: "… Foto: Rundschau/Archiv"
    ("Wer Hallenbäder schließt, spart am falschen Ende",
     "Henrike Vossberg leitet die Lokalredaktion Mühlstedt. Foto: Elbtaler Rundschau/Archiv", 11,
     "Henrike Vossberg leitet die Lokalredaktion Mühlstedt am Mühlgraben"),
    # A copyright sign for the credit: "… ihr dritter Roman. © Lutz Hebenstreit/Verlag"
    ("Das Meer nimmt, was man ihm nicht erzählt",
     "Jana Ostermeier lebt in Greifswald. „Die Salzgärten“ ist ihr dritter Roman. "
     "© Lutz Hebenstreit/Hellwig Verlag", 17,
     "Jana Ostermeier lebt in Greifswald und schreibt ihren dritten Roman"),
])
def test_a_caption_ending_on_its_credit_is_no_headline(title, caption, caption_words, uncredited):
    body = ("〔記者黃郁婷／桐林報導〕桐林縣山區交通不便，縣府今年起將山區路線改為預約制小巴，"
            "長輩在家門口就能上車，民眾前一天打電話預約即可。" if "桐林" in title else
            "Man muss dem Kämmerer zugutehalten, dass er ehrlich gerechnet hat. Das Hallenbad am "
            "Mühlgraben kostet die Stadt jedes Jahr 780.000 Euro, und die Zahl wird nicht kleiner.")
    texts = [title, "2026/03/20 14:32", caption, body]
    vectors = [vec(22, terminal=False), vec(3, terminal=False),
               vec(caption_words, terminal=False), vec(60)]
    final = [0.1, 0.1, 0.1, 0.9]
    rules = [None, "relative-time", None, None]
    keep, head, _ = decide(rules, vectors, final, 0.5, text_at=texts.__getitem__)
    assert head == 0 and not keep[2]
    # The same line without the credit is a title-shaped candidate, and the nearest one.
    texts[2] = uncredited
    keep, head, _ = decide(rules, vectors, final, 0.5, text_at=texts.__getitem__)
    assert head == 2


def test_the_standfirst_has_its_reason():
    page = ("Home > News\n\nNew dam to protect the village from the river\n"
            "After the flood of 2024 half the centre was under water. Now the plan for the dam "
            "is settled and the works start in May.\nBy Verena Gstrein\nShare\nFacebook\n\n"
            + "The photos of August 2024 still hang in the town hall, brown water up to the "
              "window sills of the houses along the river, and nobody wants to see it again.\n" * 4)
    kept = [d for d in boilerkill.classify(page) if d.keep]
    assert kept[0].reason == "context:headline" and kept[0].line.startswith("New dam")
    assert kept[1].reason == "context:standfirst" and kept[1].line.startswith("After the flood")
    assert kept[1].score < 0.5


def test_no_headline_when_nothing_is_kept():
    keep, head, _ = decide([None, None], [vec(8, terminal=False), vec(40)], [0.1, 0.3], 0.5)
    assert keep == [False, False] and head is None


def test_clean_with_stats_counts_what_clean_keeps():
    page = (Path(__file__).parent.parent / "fixtures" / "pages"
            / "news-en-comments.txt").read_text("utf-8")
    cleaner = boilerkill.Cleaner()
    text, stats = cleaner.clean_with_stats(page)
    assert text == cleaner.clean(page)
    kept = [d for d in cleaner.classify(page) if d.line and d.keep]
    dropped = [d for d in cleaner.classify(page) if d.line and not d.keep]
    assert stats.lines_kept == len(kept) and stats.lines_dropped == len(dropped)
    assert stats.chars_kept == sum(len(d.line) for d in kept)
    assert stats.chars_dropped == sum(len(d.line) for d in dropped)
    assert 0.0 < stats.kept_share < 1.0
    assert boilerkill.Cleaner().clean_with_stats("")[1] == boilerkill.DocStats(0, 0, 0, 0)
    assert boilerkill.DocStats(0, 0, 0, 0).kept_share == 0.0


def test_a_subheading_between_body_paragraphs_is_bridged():
    # 0 and 2 are kept paragraphs; 1 is a subheading ("What changed") the context pulled
    # down but the line model calls body: body on both sides, so it is kept.
    vectors = [vec(40), vec(2, terminal=False), vec(40)]
    final, line_p = [0.9, 0.3, 0.9], [0.9, 0.8, 0.9]
    keep, _, _ = decide([None] * 3, vectors, final, 0.5, keep_headline=False, line_p=line_p)
    assert keep == [True, True, True]
    # Not when a rule names it, the line model calls it chrome, or body is on one side only.
    keep, _, _ = decide([None, "share-buttons", None], vectors, final, 0.5,
                        keep_headline=False, line_p=line_p)
    assert keep == [True, False, True]
    keep, _, _ = decide([None] * 3, vectors, final, 0.5, keep_headline=False,
                        line_p=[0.9, 0.3, 0.9])
    assert keep == [True, False, True]
    keep, _, _ = decide([None] * 3, vectors, [0.9, 0.3, 0.1], 0.5, keep_headline=False,
                        line_p=[0.9, 0.8, 0.1])
    assert keep == [True, False, False]


def test_the_body_grows_past_an_ad_label_inside_the_article():
    # paragraph, "Anzeige" (named by a rule), a subheading the context pulled down, then
    # body again: the label stays dropped, the subheading is bridged as if it were not there.
    vectors = [vec(40), vec(1, terminal=False), vec(3, terminal=False), vec(40)]
    final, line_p = [0.9, 0.1, 0.3, 0.9], [0.9, 0.1, 0.8, 0.9]
    keep, _, _ = decide([None, "advertisement", None, None], vectors, final, 0.5,
                        keep_headline=False, line_p=line_p)
    assert keep == [True, False, True, True]
    # A share row is not inside the article: the body does not grow past it.
    keep, _, _ = decide([None, "share-buttons", None, None], vectors, final, 0.5,
                        keep_headline=False, line_p=line_p)
    assert keep == [True, False, False, True]


def test_bridging_reaches_a_last_paragraph_under_a_subheading():
    # body, caption, subheading, last paragraph (scored down next to the footer), chrome
    vectors = [vec(40), vec(9, terminal=False), vec(2, terminal=False), vec(30), vec(2, False)]
    final = [0.9, 0.3, 0.3, 0.35, 0.1]
    line_p = [0.9, 0.7, 0.8, 0.8, 0.6]
    keep, _, _ = decide([None, None, None, None, "copyright-footer"], vectors, final, 0.5,
                        keep_headline=False, line_p=line_p)
    assert keep == [True, True, True, True, False]
    # At most BRIDGE_LINES lines are bridged, and a long line is not a subheading.
    vectors3 = [vec(40), vec(9, False), vec(9, False), vec(2, False), vec(30), vec(2, False)]
    keep, _, _ = decide([None] * 5 + ["copyright-footer"], vectors3, [0.9, 0.3, 0.3] + final[2:],
                        0.5, keep_headline=False, line_p=[0.9, 0.7] + line_p[1:])
    assert keep == [True, False, False, False, False, False]
    vectors[1] = vec(20, terminal=False)
    keep, _, _ = decide([None, None, None, None, "copyright-footer"], vectors, final, 0.5,
                        keep_headline=False, line_p=line_p)
    assert keep == [True, False, False, False, False]


def test_a_bridged_line_says_why():
    pages = Path(__file__).parent.parent / "fixtures" / "pages"
    why = {d.line: d.reason for d in boilerkill.classify(pages.joinpath("news-es.txt")
                                                          .read_text("utf-8"))}
    assert why["Ayudas pendientes"] == "context:between-body"
    # A subheading the sequence decoder keeps (the body runs through it) says so instead.
    why = {d.line: d.reason for d in boilerkill.classify(pages.joinpath("news-ru.txt")
                                                          .read_text("utf-8"))}
    assert why["Что изменилось"] == "context:in-body-run"


def test_ingredient_lists_under_their_heading():
    from boilerkill.blocks import ingredient_lists
    lines = ["Anzeige", "Zutaten", "Portionen", "−", "12", "+", "Für den Teig:", "250 g Mehl",
             "125 g Butter, weich", "2 Ei(er), Größe M", "Salz und Pfeffer", "½ TL Zimt",
             "Zutaten auf die Einkaufsliste", "Zubereitung",
             "Den Backofen auf 180 °C vorheizen und ein Blech mit Backpapier auslegen."]
    rules = {0: "advertisement"}
    got = ingredient_lists(len(lines), lines.__getitem__, rules.get)
    # the heading, the sub-heading, the quantities and the short line between them; not the
    # serving selector, the shopping-list button after the list or the steps
    assert got == [1, 6, 7, 8, 9, 10, 11]
    # A heading over a menu of categories is no list ...
    menu = ["Ingredients", "Chicken", "Beef", "Pork", "Seafood"]
    assert ingredient_lists(len(menu), menu.__getitem__, lambda k: None) == []
    # ... nor are two quantities, or a price list.
    short = ["Ingredients", "200 g flour", "1 egg", "Method"]
    assert ingredient_lists(len(short), short.__getitem__, lambda k: None) == []
    prices = ["Zutaten", "250 g Mehl 1,99 €", "1 kg Zucker 2,49 €", "500 g Butter 4,99 €"]
    assert ingredient_lists(len(prices), prices.__getitem__, lambda k: None) == []
    # Chinese: the name, then the amount.
    zh = ["用料", "五花肉 500克", "梅干菜 100克", "冰糖 20克", "盐 适量", "做法"]
    assert ingredient_lists(len(zh), zh.__getitem__, lambda k: None) == [0, 1, 2, 3, 4]
    # Sub-headings without a colon, each over a quantity line; a sentence is none.
    groups = ["Zutaten", "Für den Boden und die Streusel", "400 g Weizenmehl", "200 g Zucker",
              "Für die Füllung", "1 kg Rhabarber", "3 EL Zucker", "Zubereitung"]
    assert ingredient_lists(len(groups), groups.__getitem__, lambda k: None) == list(range(7))
    groups[1] = "Den Boden backen wir zuerst."
    assert ingredient_lists(len(groups), groups.__getitem__, lambda k: None) == []


def test_an_ingredient_list_is_kept_with_its_reason():
    steps = ("Den Backofen auf 180 °C vorheizen und ein Backblech mit Backpapier auslegen, "
             "dann die Butter mit dem Zucker schaumig schlagen und die Eier unterrühren.\n"
             "Mehl und Salz mischen, unter die Buttermasse heben und den Teig gleichmäßig auf "
             "dem Blech verstreichen, bis alle Ecken bedeckt sind.\n"
             "Im vorgeheizten Ofen auf der mittleren Schiene etwa 40 Minuten backen, bis der "
             "Kuchen goldbraun ist, und danach auf einem Gitter auskühlen lassen.\n")
    page = ("Rezepte › Backen\n\nZutaten für 12 Stücke\n250 g Mehl\n125 g Butter\n100 g Zucker\n"
            "1 Prise Salz\n\nZubereitung\n" + steps)
    kept = {d.line: d.reason for d in boilerkill.classify(page) if d.keep}
    for line in ("Zutaten für 12 Stücke", "250 g Mehl", "1 Prise Salz"):
        assert line in kept
    assert "context:ingredient-list" in kept.values()


def test_code_under_the_body_joins_it():
    from boilerkill.blocks import code_and_list_lines, is_code_line
    texts = ["Register the hook in setup() and pass it a callback; it runs once mounted.",
             "js", "Copy", "import { ref, onMounted } from 'orrin'", "const el = ref(null)",
             "onMounted(() => {", "})", "Back to top"]
    keep = [True] + [False] * 7
    vectors = [vec(14)] + [vec(2, terminal=False)] * 7
    line_p = [0.9, 0.2, 0.1, 0.7, 0.6, 0.4, 0.3, 0.2]
    rules = {2: "copy-button", 7: "navigation"}
    got = code_and_list_lines(keep, vectors, line_p, texts.__getitem__, rules.get)
    # the code, not the language tag, the copy button or the link after it
    assert got == [3, 4, 5, 6]
    # Not code: a price, a hashtag, a Markdown heading, a sentence naming a call, a list item.
    for line in ("$ 4,477", "#Plants & Crops", "## Title", "Call run() first.", "• 米饭香甜(1823)"):
        assert not is_code_line(line)
    assert is_code_line("EXPLAIN ANALYZE") and is_code_line("DROP INDEX orders_idx;")
    assert not is_code_line("Explain the analysis")
    # Code joins whatever the line model says of it (a model of prose reads "import asyncio"
    # as chrome), but a line that is no code ends the block.
    line_p[4] = 0.05
    assert code_and_list_lines(keep, vectors, line_p, texts.__getitem__, rules.get) == [3, 4, 5, 6]
    texts[5] = "Related posts"
    assert code_and_list_lines(keep, vectors, line_p, texts.__getitem__, rules.get) == [3, 4]


def test_a_signatures_parameter_lines_are_code():
    # An SDK reference's signature, one parameter a line: the block's first lines scored low
    # and were cut off from the rest ("*," and "to: str," read as no code).
    from boilerkill.blocks import is_code_line
    for line in ("to: str,", "timeout: float | None = None,", "*,", "**kwargs,",
                 ") -> Message", ") -> list[str]:"):
        assert is_code_line(line), line
    for line in ("Ort: Kornplatz, Altstadt", "Preis: 20 €,", "To be continued.", "* Note"):
        assert not is_code_line(line), line


def test_a_code_block_the_scores_cut_in_two_is_joined():
    from boilerkill.blocks import code_and_list_lines, is_code_line
    # A JSON member, a continued shell line and an option on its own line are code; a quote
    # that opens a sentence, a Markdown item and a sentence are not.
    for line in ('"amount": 1990,', '"metadata": {', "curl -X POST https://api.example/v1/refunds \\",
                 '-H "Authorization: Bearer sk_test" \\', "--dry-run"):
        assert is_code_line(line), line
    for line in ('"Wir schaffen das": So sagte sie es damals.', "- item one", "He said so."):
        assert not is_code_line(line), line
    texts = ["Beispielanfrage", "• cURL", "Kopieren",
             "curl -X POST https://api.example/v1/refunds \\",
             '-H "Authorization: Bearer sk_test" \\', "-d amount=1990 \\",
             '-d "metadata[order_id]=B-1042"', "Siehe auch"]
    # The scores keep the block's last two lines and drop its first two.
    keep = [True, False, False, False, False, True, True, False]
    vectors = [vec(1, False)] * 8
    line_p = [0.5, 0.6, 0.3, 0.5, 0.4, 0.6, 0.5, 0.1]
    rules = {2: "copy-button", 7: "section-related"}
    assert code_and_list_lines(keep, vectors, line_p, texts.__getitem__, rules.get) == [3, 4]
    # A block with no kept line stays out.
    keep = [True] + [False] * 7
    assert code_and_list_lines(keep, vectors, line_p, texts.__getitem__, rules.get) == []


def test_a_response_block_under_a_request_block_joins_the_body():
    from boilerkill.blocks import code_and_list_lines
    # A request's code under the body, then the response's heading, status, tag and copy
    # button, then its JSON: the second block hangs under the first, kept a moment before.
    texts = ["Die Erstattung legen Sie mit einem POST-Aufruf an.",
             "curl -X POST https://api.example/v1/refunds \\", "-d amount=1990",
             "Antwort", "200 OK", "JSON", "Kopieren",
             "{", '"id": "re_4TnB7yQp20",', '"amount": 1990', "}", "Siehe auch"]
    n = len(texts)
    keep = [True] + [False] * (n - 1)
    vectors = [vec(9)] + [vec(1, False)] * (n - 1)
    line_p = [0.9, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.4, 0.4, 0.3, 0.1]
    rules = {6: "copy-button", 11: "section-related"}
    assert code_and_list_lines(keep, vectors, line_p, texts.__getitem__, rules.get) == [
        1, 2, 7, 8, 9, 10]


def test_a_list_under_a_colon_joins_the_body_and_a_list_under_a_sentence_does_not():
    from boilerkill.blocks import code_and_list_lines
    texts = ["Mounting runs the hooks in this order:", "• parent onBeforeMount",
             "• child onBeforeMount", "• child onMounted", "Footer"]
    vectors = [vec(6, terminal=False)] + [vec(3, terminal=False)] * 4
    vectors[0][F["ends_colon"]] = 1.0
    keep = [True, False, False, False, False]
    line_p = [0.9, 0.3, 0.3, 0.3, 0.1]
    assert code_and_list_lines(keep, vectors, line_p, texts.__getitem__,
                               lambda k: None) == [1, 2, 3]
    # Kept items of the list carry it on; without the colon nothing joins.
    keep2 = [True, True, False, False, False]
    assert code_and_list_lines(keep2, vectors, line_p, texts.__getitem__,
                               lambda k: None) == [2, 3]
    # An item the line model is sure is chrome ends the list.
    line_p[2] = 0.05
    assert code_and_list_lines(keep, vectors, line_p, texts.__getitem__,
                               lambda k: None) == [1]
    vectors[0] = vec(6)
    assert code_and_list_lines(keep, vectors, line_p, texts.__getitem__, lambda k: None) == []


def test_a_forum_post_under_its_header_is_kept():
    from boilerkill.blocks import forum_posts
    texts = ["First post, kept by the model, which says what the thread is about today.",
             "防水老吴", "沙发", "发表于 2026-3-12 22:10 | 只看该作者",
             "从你描述的排查结果看，九成是下水管管根或者地漏周围的防水没有做好，建议先拆开地漏看看。",
             "建议按这个顺序来，先别急着砸砖，一步一步排查下去就能找到原因。",
             "回复 引用", "12"]
    n = len(texts)
    keep = [True] + [False] * (n - 1)
    vectors = [vec(14), vec(4, False), vec(2, False), vec(8, False), vec(40), vec(30),
               vec(4, False), vec(1, False)]
    line_p = [0.9, 0.2, 0.3, 0.4, 0.8, 0.6, 0.3, 0.3]
    rules = {2: "forum-meta", 3: "forum-meta", 6: "forum-meta"}
    protected = [True, False, False, False, True, True, False, False]
    got = forum_posts(keep, vectors, line_p, rules.get, protected, texts.__getitem__)
    assert got == [4, 5]
    # Without a forum header above it or a forum footer under it (a news comment under a name
    # and a time, over its "Reply" row) it stays out ...
    rules = {2: "relative-time", 6: "comments-widget"}
    assert forum_posts(keep, vectors, line_p, rules.get, protected, texts.__getitem__) == []
    # ... but a forum's footer under it is a post's (Tieba writes the floor and time under the
    # post, "来自Android客户端4楼2026-11-26 08:12"), a picture's placeholder passed over.
    rules = {2: "relative-time", 6: "forum-meta"}
    assert forum_posts(keep, vectors, line_p, rules.get, protected, texts.__getitem__) == [4, 5]
    rules = {2: "relative-time", 5: "media-credit", 6: "forum-meta"}
    assert forum_posts(keep, vectors, line_p, rules.get, protected, texts.__getitem__) == [4]
    # Under a Stack Exchange user card, which closes the answer above it, it stays out too.
    texts[3] = "1,992 2 2 gold badges 14 14 silver badges 18 18 bronze badges"
    rules = {3: "forum-meta"}
    assert forum_posts(keep, vectors, line_p, rules.get, protected, texts.__getitem__) == []


def test_a_short_informal_post_under_its_header_is_kept():
    # A moderator's note and a one-line reply on a Chinese car forum: the line model gives such
    # informal posts 0.3 to 0.4 (both were lost); under their floor label and time they are
    # posts. A line it gives less (0.3) is not.
    from boilerkill.blocks import forum_posts
    texts = ["First post, kept by the model, which says what the thread is about today.",
             "小鱼不吃香菜", "6楼", "发表于 2025-06-03 09:31",
             "马一下，下个月提车，我也是每天通勤二十公里左右，看完放心了。", "回复"]
    keep = [True] + [False] * 5
    vectors = [vec(14), vec(6, False), vec(2, False), vec(8, False), vec(30), vec(2, False)]
    rules = {2: "forum-meta", 3: "forum-meta", 5: "comments-widget"}
    protected = [True, False, False, False, True, False]
    line_p = [0.9, 0.2, 0.3, 0.2, 0.34, 0.1]
    assert forum_posts(keep, vectors, line_p, rules.get, protected, texts.__getitem__) == [4]
    line_p[4] = 0.3
    assert forum_posts(keep, vectors, line_p, rules.get, protected, texts.__getitem__) == []


def test_an_answer_under_its_opening_line_is_a_post():
    from boilerkill.blocks import forum_posts
    texts = ["First answer, kept by the model, which explains how ice turns to vapour.",
             "广告", "匿名用户", "386 人赞同了该回答",
             "可以自己在家做个小实验：把一条湿毛巾称一下重量，挂在阳台外面，每隔几个小时再称一次。",
             "我去年一月试过，那天最低气温零下八度，毛巾挂出去不到半小时就冻硬了，但重量一直在往下掉。",
             "发布于 2026-01-12 20:31"]
    n = len(texts)
    keep = [True] + [False] * (n - 1)
    vectors = [vec(14), vec(1, False), vec(2, False), vec(4, False), vec(40), vec(45),
               vec(5, False)]
    line_p = [0.9, 0.1, 0.4, 0.5, 0.74, 0.83, 0.1]
    rules = {1: "advertisement", 3: "section-answer", 6: "relative-time"}
    protected = [True, False, False, False, True, True, False]
    assert forum_posts(keep, vectors, line_p, rules.get, protected, texts.__getitem__) == [4, 5]


def test_a_forum_posts_greeting_is_kept_with_it():
    from boilerkill.blocks import forum_posts
    texts = ["First post, kept by the model, which says what the thread is about today.",
             "Gerd_aus_Hameln", "Beiträge 2.318", "Hallo Moorfee,",
             "bei mir war es vor sechs Jahren L4/L5 rechts, ebenfalls ohne OP, und die Taubheit "
             "am Fußrücken hat fast ein Jahr gebraucht.",
             "Das klingt dramatisch, ist aber selten. Ansonsten: Geduld, Geduld, Geduld.",
             "Zitieren"]
    n = len(texts)
    keep = [True] + [False] * (n - 1)
    vectors = [vec(14), vec(1, False), vec(2, False), vec(2, False), vec(25), vec(12),
               vec(1, False)]
    line_p = [0.9, 0.2, 0.3, 0.35, 0.8, 0.6, 0.3]
    rules = {2: "forum-meta", 6: "comments-widget"}
    protected = [True, False, False, False, True, True, False]
    assert forum_posts(keep, vectors, line_p, rules.get, protected, texts.__getitem__) == [3, 4, 5]
    # Without a forum header, no greeting either.
    assert forum_posts(keep, vectors, line_p, {6: "comments-widget"}.get, protected,
                       texts.__getitem__) == []


def _listing(items: int, intro_words: float = 20.0, heading: str = "Browse the catalogue"):
    # A course listing: an intro paragraph the scores keep and a heading, then items of a
    # title, a one-sentence description, a provider line and a "Save" button.
    texts = ["Learn to clean, explore and explain data with spreadsheets.", heading]
    vectors, line_p = [vec(intro_words), vec(3, terminal=False)], [0.9, 0.1]
    for i in range(items):
        texts += [f"Course number {i} in data analysis",
                  f"Build pivot tables and charts from messy sales data, lesson {i}.",
                  ("Tarnfield University", "Brightwater Academy", "Kestrel Institute",
                   "Halloway Group", "Norrow College")[i % 5], "Save"]
        vectors += [vec(6, terminal=False), vec(11), vec(2, terminal=False), vec(1, False)]
        line_p += [0.2, 0.35, 0.3, 0.05]
    return texts, vectors, line_p


def test_a_listings_item_titles_and_descriptions_are_kept_where_they_are_the_content():
    from boilerkill.blocks import item_lists
    texts, vectors, line_p = _listing(5)
    n = len(texts)
    confident = [True] + [False] * (n - 1)
    got = item_lists(n, texts.__getitem__, lambda k: None, vectors, line_p, confident,
                     lambda k: None)
    # Each item's title and description; not its provider line, not the "Save" marks.
    assert got == [k for i in range(5) for k in (2 + 4 * i, 3 + 4 * i)]
    # Two items are no listing.
    texts2, vectors2, line_p2 = _listing(2)
    assert item_lists(len(texts2), texts2.__getitem__, lambda k: None, vectors2, line_p2,
                      [True] + [False] * (len(texts2) - 1), lambda k: None) == []
    # Under a related-articles heading, they are teasers of other pages.
    texts, vectors, line_p = _listing(5, heading="Related articles")
    assert item_lists(n, texts.__getitem__, lambda k: None, vectors, line_p, confident,
                      {1: "section-related"}.get) == []


def test_an_items_facts_above_its_description_are_kept_with_its_title():
    from boilerkill.blocks import item_lists
    # An events calendar's cards: title, date, venue (which the line model likes better than
    # the title), description, "Merken"; one card's badge is named by a rule.
    texts, vectors = ["Veranstaltungen in Rabenfurt", "Filter"], [vec(80), vec(1, False)]
    line_p = [0.9, 0.1]
    for i in range(5):
        texts += [f"Flohmarkt Nummer {i} am Hafenbecken", f"Sa, 2{i}.03.2026, 8:00 Uhr",
                  "Alter Hafen, Kaistraße", f"Rund 18{i} Stände mit Trödel, Büchern und Platten.",
                  "Merken"]
        vectors += [vec(5, terminal=False), vec(4, terminal=False), vec(3, terminal=False),
                    vec(10), vec(1, False)]
        line_p += [0.45, 0.4, 0.7, 0.6, 0.05]
    n = len(texts)
    confident = [True] + [False] * (n - 1)
    rules = {3: "shop-controls"}  # the first card's date line, named by a rule, stays out
    got = item_lists(n, texts.__getitem__, rules.get, vectors, line_p, confident,
                     lambda k: None)
    assert got == [k for i in range(5) for k in (2 + 5 * i, 3 + 5 * i, 4 + 5 * i, 5 + 5 * i)
                   if k != 3]


def test_a_listing_under_filters_the_model_keeps_is_still_a_listing():
    from boilerkill.blocks import item_lists
    texts, vectors, line_p = _listing(5)
    # Three short filter lines above the items score as body ("• Mit Berufserfahrung (201)"):
    # they are most of the confident lines outside the items, but far fewer words than them.
    texts = ["• Vollzeit (231)", "• Teilzeit (74)", "• Berufseinsteiger (38)"] + texts
    vectors = [vec(3, terminal=False)] * 3 + vectors
    line_p = [0.4] * 3 + line_p
    n = len(texts)
    confident = [True] * 4 + [False] * (n - 4)
    got = item_lists(n, texts.__getitem__, lambda k: None, vectors, line_p, confident,
                     lambda k: None)
    assert got == [k for i in range(5) for k in (5 + 4 * i, 6 + 4 * i)]


def test_teasers_under_a_long_article_are_not_a_listing():
    from boilerkill.blocks import item_lists
    texts, vectors, line_p = _listing(5, intro_words=400)
    n = len(texts)
    confident = [True] + [False] * (n - 1)
    # The article above them holds more words than the items: they are its teasers.
    assert item_lists(n, texts.__getitem__, lambda k: None, vectors, line_p, confident,
                      lambda k: None) == []
    # A repeated line that the line model calls body is a recurring subheading, not an
    # item's furniture.
    texts, vectors, line_p = _listing(5)
    line_p = [0.8 if t == "Save" else p for t, p in zip(texts, line_p)]
    assert item_lists(n, texts.__getitem__, lambda k: None, vectors, line_p,
                      [True] + [False] * (n - 1), lambda k: None) == []


def _price_comparison(items: int, seo_words: float = 0.0, article_words: float = 0.0):
    # A price comparison's cards of facts: a title, a facts line, "ab 429,00 €", "12 Angebote"
    # and a "Merken" button; no sentence describes any of them. An intro above, and optionally
    # a shop's SEO text under the items, or an article above them (the cards are then a
    # carousel under it).
    texts = ["Waschmaschinen im Preisvergleich: alle Frontlader und Toplader im Überblick.",
             "Sortieren nach: Beliebtheit"]
    vectors, line_p = [vec(10), vec(3, False)], [0.9, 0.1]
    if article_words:
        texts[:0] = [f"Absatz {i} des Testberichts über die neue Waschmaschine." for i in range(4)]
        vectors[:0] = [vec(article_words / 4)] * 4
        line_p[:0] = [0.9] * 4
    for i in range(items):
        texts += [f"Brandtner WM 8{i}4 EcoSteam Frontlader", f"8 kg, 1400 U/min, A, Programm {i}",
                  f"ab 4{i}9,00 €", f"{12 + i} Angebote", "Merken"]
        # (The facts are mostly digits, as a used car's "EZ 04/2021 · 48.500 km · 110 kW".)
        price, facts = vec(3, False), vec(6, False)
        price[F["digit_share"]], facts[F["digit_share"]] = 0.6, 0.4
        vectors += [vec(5, False), facts, price, vec(2, False), vec(1, False)]
        line_p += [0.45, 0.55, 0.5, 0.4, 0.05]
    if seo_words:
        texts.append("Worauf Sie beim Kauf einer Waschmaschine achten sollten, erklären wir hier.")
        vectors.append(vec(seo_words))
        line_p.append(0.9)
    return texts, vectors, line_p


def test_a_listings_cards_of_facts_are_described_by_their_prices():
    from boilerkill.blocks import item_lists
    texts, vectors, line_p = _price_comparison(5)
    n = len(texts)
    # The inner items' facts lines score over the anchor: confident, and returned all the same
    # (the short-run decoder may drop them amid the chrome). (In the first and the last item,
    # whose bounds are guessed, a confident line is taken for the page's own text.)
    confident = [k == 0 or (k in (8, 13, 18)) for k in range(n)]
    rules = {1: "filter-sort"}
    got = item_lists(n, texts.__getitem__, rules.get, vectors, line_p, confident,
                     lambda k: None)
    assert got == [k for i in range(5) for k in (2 + 5 * i, 3 + 5 * i)]
    # Without the prices the cards are undescribed: a menu's.
    bare = [t if "€" not in t else "Vergleichen" for t in texts]
    assert item_lists(n, bare.__getitem__, rules.get, vectors, line_p, confident,
                      lambda k: None) == []


def test_a_listing_over_a_shops_seo_text_is_still_a_listing():
    from boilerkill.blocks import item_lists
    # The items hold 55 words; an SEO text of 80 under them is more, but not twice as many.
    texts, vectors, line_p = _price_comparison(5, seo_words=80)
    n = len(texts)
    confident = [k == 0 or k == n - 1 for k in range(n)]
    rules = {1: "filter-sort"}
    got = item_lists(n, texts.__getitem__, rules.get, vectors, line_p, confident,
                     lambda k: None)
    assert got == [k for i in range(5) for k in (2 + 5 * i, 3 + 5 * i)]
    # An article of three times the items' words is the page's content, not they: under the
    # items (a shop category's buying guide under its grid is weighed as such a text, since
    # out of fold the corpus reference leaves such shops' titles out as often as it keeps
    # them) ...
    texts, vectors, line_p = _price_comparison(5, seo_words=200)
    assert item_lists(n, texts.__getitem__, rules.get, vectors, line_p, confident,
                      lambda k: None) == []
    # ... and above them (a carousel of priced products under a review).
    texts, vectors, line_p = _price_comparison(5, article_words=200)
    n = len(texts)
    confident = [k < 5 for k in range(n)]
    rules = {5: "filter-sort"}
    assert item_lists(n, texts.__getitem__, rules.get, vectors, line_p, confident,
                      lambda k: None) == []


def _cards(items: int, price: str, mark: str, title: str = "Helle 3-Zimmer-Wohnung mit Balkon {i}"):
    # A listing of cards of facts with no sentence: a title, a facts line of three words, the
    # price (formatted with the item's number) and a furniture mark; an intro above.
    texts = ["Wohnungen zur Miete: alle aktuellen Angebote in der Stadt und im Umland.",
             "Sortieren nach: Neueste"]
    vectors, line_p = [vec(10), vec(3, False)], [0.9, 0.1]
    for i in range(items):
        texts += [title.format(i=i), f"{i + 2} Zimmer 78 m²", price.format(i=i), mark.format(i=i)]
        vectors += [vec(6, False), vec(3, False), vec(2, False), vec(1, False)]
        line_p += [0.3, 0.2, 0.3, 0.1]
    return texts, vectors, line_p


@pytest.mark.parametrize("price", ["Kaltmiete 8{i}0 €", "Preis: 21.9{i}0 €", "1{i}.38万", "32{i}万"])
def test_a_rents_label_and_a_chinese_amount_are_an_items_price(price):
    from boilerkill.blocks import item_lists
    texts, vectors, line_p = _cards(5, price, "Merken")
    n = len(texts)
    confident = [k == 0 for k in range(n)]
    got = item_lists(n, texts.__getitem__, {1: "filter-sort"}.get, vectors, line_p, confident,
                     lambda k: None)
    assert got == [k for i in range(5) for k in (2 + 4 * i, 3 + 4 * i)]
    # A number without a currency, a label or 万 prices nothing: the cards are a menu's.
    texts, vectors, line_p = _cards(5, "8{i}0", "Merken")
    assert item_lists(n, texts.__getitem__, {1: "filter-sort"}.get, vectors, line_p, confident,
                      lambda k: None) == []


def test_a_mark_glued_to_its_neighbour_still_cuts_a_listing_into_items():
    from boilerkill.blocks import item_lists
    # "vor 3 TagenMerken", "vor 1 WocheMerken", "Merken": one mark, glued to a date that varies.
    marks = ["vor 3 TagenMerken", "vor 1 WocheMerken", "Merken", "vor 5 TagenMerken",
             "vor 2 WochenMerken"]
    texts, vectors, line_p = _cards(5, "Kaltmiete 8{i}0 €", "{i}")
    texts = [marks[int(t)] if t.isdigit() else t for t in texts]
    n = len(texts)
    confident = [k == 0 for k in range(n)]
    got = item_lists(n, texts.__getitem__, {1: "filter-sort"}.get, vectors, line_p, confident,
                     lambda k: None)
    assert got == [k for i in range(5) for k in (2 + 4 * i, 3 + 4 * i)]
    # Dates alone, unglued, are no mark: each differs from the others. The prices then cut
    # the cards, whatever their amounts (a price is a mark too), and each card's title and
    # facts are found, but for the first card's title: it stands two lines above its price,
    # beyond the half step the end items reach.
    dates = ["vor 3 Tagen", "vor 1 Woche", "heute", "vor 5 Stunden", "gestern"]
    texts = [dates[marks.index(t)] if t in marks else t for t in texts]
    unglued = item_lists(n, texts.__getitem__, {1: "filter-sort"}.get, vectors, line_p,
                         confident, lambda k: None)
    assert unglued == [k for k in got if k != 2]


def test_chinese_badges_are_no_cards_title():
    from boilerkill.blocks import item_lists
    # A used-car card: title, facts, "11.38万", a badge row of four characters, "首付3.41万" as
    # the mark. The badges ("严选 超值", "加入对比") are as many characters as a title has words.
    # (A longer row, "准新车 电池质保", is as long as the facts, "2019年 | 7.8万公里", and kept.)
    texts = ["二手车 10-15万 为您找到 1,284 辆好车，以下车源均经过检测。", "综合排序"]
    vectors, line_p = [vec(20), vec(4, False)], [0.9, 0.1]
    for i in range(5):
        texts += [f"202{i}款 岚途X5 1.5T 自动豪华版", f"202{i}年 | 3.{i}万公里", f"1{i}.38万",
                  "严选 超值" if i % 2 else "加入对比", f"首付3.{i}1万"]
        vectors += [vec(12, False), vec(8, False), vec(4, False), vec(4, False), vec(5, False)]
        line_p += [0.4, 0.3, 0.4, 0.35, 0.3]
    n = len(texts)
    confident = [k == 0 for k in range(n)]
    got = item_lists(n, texts.__getitem__, {1: "filter-sort"}.get, vectors, line_p, confident,
                     lambda k: None)
    assert got == [k for i in range(5) for k in (2 + 5 * i, 3 + 5 * i)]


def test_bulleted_links_right_under_a_related_heading_are_dropped():
    from boilerkill.context import BOX_LINK, RELATED_ITEM
    from boilerkill.pipeline import _section_rules
    texts = ["A paragraph of the answer.", "Related", "• 412 Groupby drops string columns",
             "• 97 Averaging numeric columns only", "Sponsored", "• 31 read_csv and separators",
             "A paragraph: the article resumed under the list.", "• Its own bulleted fact"]
    rules = [None, "section-related", None, None, "advertisement", None, None, None]
    markers = [None] + ["related"] * 7
    got = _section_rules(rules, markers, texts.__getitem__)
    assert got == [None, "section-related", RELATED_ITEM, RELATED_ITEM, "advertisement",
                   RELATED_ITEM, None, None]
    # Not under a comments heading, nor under a heading met before the article (no marker in
    # force); a box's links are marked whatever their shape.
    assert _section_rules(rules, [None, "comments"] + ["comments"] * 6,
                          texts.__getitem__) == rules
    assert _section_rules(rules, [None] * 8, texts.__getitem__) == rules
    # A bulleted sentence says what the linked page holds: a documentation page's own.
    said = texts[:5] + ["• Logging, to log errors and display nice error pages."] + texts[6:]
    assert _section_rules(rules, markers, said.__getitem__)[5] is None
    assert _section_rules([None, None], [BOX_LINK, None], ["Lesen Sie auch: X", "Text."].__getitem__) \
        == [BOX_LINK, None]


def test_a_spec_sheet_under_its_heading_is_kept():
    from boilerkill.blocks import spec_sheets
    lines = ["Produktbeschreibung", "Technische Daten", "Marke: Torvik", "Akkuspannung: 18 V",
             "Max. Drehmoment: 45 Nm", "Gewicht (mit Akku): 1,4 kg", "Lieferumfang",
             "• 1 Akku-Bohrschrauber", "• 2 Akkus 18 V / 2,0 Ah", "• 1 Transportkoffer",
             "Kunden kauften auch"]
    rules = {10: "section-related"}
    got = spec_sheets(len(lines), lines.__getitem__, rules.get)
    assert got == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    # Two lines are no sheet, and a rule ends one.
    short = ["Specifications", "Weight: 1 kg", "Colour: red", "Reviews"]
    assert spec_sheets(len(short), short.__getitem__, lambda k: None) == []
    zh = ["产品参数：", "品牌: 谷田", "型号: GT-40F7", "容量: 4L", "宝贝评价"]
    assert spec_sheets(len(zh), zh.__getitem__, lambda k: None) == [0, 1, 2, 3]
    # The box's contents counted without bullets, as html-text writes them.
    box = ["Lieferumfang", "1 x Schlagbohrmaschine SB 1010 RE", "1 x Zusatzhandgriff",
           "2× Bohrer-Sets", "Downloads"]
    assert spec_sheets(len(box), box.__getitem__, lambda k: None) == [0, 1, 2, 3]


def test_a_far_title_that_names_the_body_is_the_headline():
    # A product title over a buy box of many short lines: the nearest title-shaped line is a
    # delivery note, the title shares three words with the description.
    texts = (["Sonarra AirPulse Pro Noise Cancelling Earbuds"]
             + [f"Buy box line {i}" for i in range(12)]
             + ["Free delivery on orders this week",
                "The AirPulse Pro earbuds pair adaptive noise cancelling with a warm sound "
                "and a case that charges wirelessly."])
    n = len(texts)
    vectors = [vec(6, terminal=False)] + [vec(2, terminal=False)] * 12 + [
        vec(6, terminal=False), vec(20)]
    final = [0.1] * (n - 1) + [0.9]
    keep, head, _ = decide([None] * n, vectors, final, 0.5, text_at=texts.__getitem__)
    assert head == 0 and keep[0] and not keep[n - 2]
    # With nothing in common, the nearest candidate stays the headline.
    texts[0] = "Welcome to our online shop today"
    keep, head, _ = decide([None] * n, vectors, final, 0.5, text_at=texts.__getitem__)
    assert head == n - 2


def test_a_breadcrumb_is_no_standfirst_and_a_forum_byline_no_headline():
    from boilerkill.context import is_byline, is_standfirst
    crumb = "筑家网装修论坛 » 论坛 › 装修问答 › 水电防水 › 卫生间闭水试验做了48小时，入住半年楼下还是渗水？"
    assert not is_standfirst(vec(30, separators=3), crumb)
    assert is_standfirst(vec(30, separators=1), "Il Comune: «Colpa delle travi corrose», "
                         "dice il sindaco, che promette la riapertura entro l'estate.")
    assert is_byline("Posted by u/marlow_treads") and is_byline("Gepostet von Anna")
    assert is_byline("By: Saru Yeknom") and is_byline("Author: Nirmita Panchal")
    assert not is_byline("Authorities close the bridge") and not is_byline("Bypass opens")


def test_the_new_context_steps_say_why():
    page = ("Docs › Hooks\n\nLifecycle hooks\n"
            "Register the hook inside setup() and pass it a callback; the framework calls it "
            "once the component has been mounted and its element can be read.\n"
            "js\nCopy\nimport { ref, onMounted } from 'orrin'\nconst el = ref(null)\n"
            "onMounted(() => {\n})\n"
            "Hooks registered after an await are never called, because the framework cannot "
            "tell which component they belong to any more at that point.\n")
    why = {d.line: d.reason for d in boilerkill.classify(page) if d.keep}
    assert why.get("const el = ref(null)") == "context:code-block"


def test_table_rows_are_the_raw_lines_with_two_tab_separated_cells():
    from boilerkill.blocks import is_table_row
    assert is_table_row("Kennzahl\t\t2023\t\t2025")
    assert is_table_row("400\tparameter_missing")
    assert not is_table_row("\t\tFee")  # one cell
    assert not is_table_row("Kennzahl 2023 2025")  # folded: the tabs are gone
    assert not is_table_row("")


def test_a_table_under_the_body_is_kept_and_one_away_from_it_is_not():
    from boilerkill.blocks import tables
    rows = [False, True, True, True, False, False, True, True, True]
    keep = [True, False, False, True, False, False, False, False, False]
    rules = {2: "share-buttons"}
    # The first table stands under a kept line; its rows join but for the one a rule names.
    # The second stands under dropped lines and is left alone.
    assert tables(keep, rows, rules.get) == [1]
    assert tables([True, False, False, False, False, False, False, False, False], rows,
                  lambda k: None) == [1, 2, 3]
    # A caption may stand between the body and the table; two rows are no table.
    assert tables([True, False, True, True, False], [False, False, True, True, False],
                  lambda k: None) == []
    assert tables([True, False, False, False, False], [False, False, True, True, True],
                  lambda k: None) == [2, 3, 4]
    # Only kept lines lead to rows: a higher threshold (fewer kept) never keeps more.
    assert tables([False] * 9, rows, lambda k: None) == []


def test_a_tables_rows_in_an_article_are_kept_with_their_reason():
    page = ("Vier Tage arbeiten: Was ein Hersteller nach zwei Jahren gelernt hat\n\n"
            + "Montagmorgen, halb sieben. In der Halle laufen die Maschinen schon seit einer "
              "halben Stunde, und wer hier arbeitet, hat seit zwei Jahren montags frei.\n" * 3
            + "Das Unternehmen hat uns seine Personalkennzahlen gezeigt. Sie zeigen vor allem "
              "bei den Fehlzeiten deutliche Veränderungen:\n"
            + "Kennzahl\t\t2023\t\t2025\n"
              "Krankheitstage je Beschäftigtem\t\t16,4\t\t11,2\n"
              "Bewerbungen je Stellenausschreibung\t\t4\t\t19\n"
              "Kündigungen durch Beschäftigte\t\t31\t\t12\n"
            + "In der Verwaltung sei die Umstellung vergleichsweise leicht gewesen, sagt der "
              "Personalleiter. In der Fertigung dagegen nicht.\n" * 3)
    got = {d.line: d for d in boilerkill.classify(page)}
    for line in ("Kennzahl 2023 2025", "Krankheitstage je Beschäftigtem 16,4 11,2",
                 "Kündigungen durch Beschäftigte 31 12"):
        assert got[line].keep and got[line].reason == "context:table", got[line]
    # Folded like every line: the tabs of the input became single spaces.
    assert "\t" not in boilerkill.clean(page)


def test_code_blocks_and_tables_hang_under_each_other():
    # An API page: the parameter table under the body, the response example under the table,
    # and the error table under the example. Each is found only once the one above is kept.
    texts = ["This endpoint lists the orders of a shop, newest first, twenty to a page.",
             "Parameter Type Description", "page Integer Page number", "size Integer Page size",
             "Response", "JSON", "{", '"errcode": 0,', '"total": 1,', "}",
             "Error codes", "Code Meaning", "40001 Invalid token", "40013 Bad parameter"]
    n = len(texts)
    vectors = [vec(14)] + [vec(3, terminal=False)] * (n - 1)
    final = [0.9] + [0.1] * (n - 1)
    line_p = [0.9] + [0.3] * (n - 1)
    rows = [False, True, True, True, False, False, False, False, False, False, False, True,
            True, True]
    keep, _, _ = decide([None] * n, vectors, final, 0.5, keep_headline=False, line_p=line_p,
                        text_at=texts.__getitem__, table_rows=rows)
    assert [k for k in range(n) if keep[k]] == [0, 1, 2, 3, 6, 7, 8, 9, 11, 12, 13]


def test_a_json_object_on_one_line_is_code():
    from boilerkill.blocks import is_code_line
    assert is_code_line('{ "sku_id": "8012345", "title": "红糖 400g", "quantity": 2 },')
    assert is_code_line('{"id": 7}')
    assert not is_code_line("{Lorem} ipsum")


def test_a_post_may_open_on_a_line_introducing_a_list():
    from boilerkill.blocks import forum_posts
    # The best answer under a poster's panel opens with a colon and a numbered list.
    texts = ["First post, kept by the model, which says what the thread is about today.",
             "rafa_sistemas", "Mensajes: 12.305", "#3",
             "Hola, Lucía. El código 10 después de una actualización casi siempre es el "
             "controlador. Prueba esto en orden:",
             "1. Descarga el controlador Wi-Fi desde la web de soporte de tu portátil.",
             "2. Reinicia y, antes de que Windows instale nada, instala el controlador.",
             "Responder Citar Me gusta"]
    n = len(texts)
    keep = [True] + [False] * (n - 1)
    colon = vec(20, terminal=False)
    colon[F["ends_colon"]] = 1.0
    floor = vec(1, False)
    floor[F["digit_share"]] = 0.5
    vectors = [vec(14), vec(1, False), vec(2, False), floor, colon, vec(13), vec(13),
               vec(3, False)]
    line_p = [0.9, 0.6, 0.5, 0.7, 0.94, 0.91, 0.89, 0.5]
    rules = {2: "forum-meta", 7: "action-buttons"}
    protected = [True, False, False, False, False, True, True, False]
    assert forum_posts(keep, vectors, line_p, rules.get, protected, texts.__getitem__) == [4, 5, 6]
    # A shorter line ending in a colon opens no post (nor is it a greeting, at seven words).
    short = vec(7, terminal=False)
    short[F["ends_colon"]] = 1.0
    vectors[4] = short
    assert forum_posts(keep, vectors, line_p, rules.get, protected, texts.__getitem__) == [5, 6]


def test_the_headline_search_passes_over_a_table_of_contents_and_standfirsts():
    # Title, standfirst, byline, then a table of contents whose entries are title-shaped, then
    # the body: the title wins, not an entry nor the standfirst (a sentence that shares more
    # words with the body than the title's two).
    texts = ["Nächtliche Wadenkrämpfe: Woher sie kommen und was wirklich hilft",
             "Ein stechender Schmerz reißt Sie aus dem Schlaf: Ein Muskel zieht sich plötzlich "
             "zusammen, und was dann wirklich hilft, ist Dehnen.",
             "Von Katharina Lembeck", "Inhaltsverzeichnis", "Was ist ein Wadenkrampf?",
             "Typische Ursachen der Krämpfe", "Welche Medikamente Krämpfe auslösen können",
             "Soforthilfe im Moment des Krampfes", "Vorbeugen mit Dehnen und Trinken",
             "Wann Sie zum Arzt gehen sollten", "Was ist ein Wadenkrampf?",
             "Ein Krampf kommt, wenn sich ein Muskel plötzlich zusammenzieht; was wirklich "
             "hilft, ist Dehnen."]
    n = len(texts)
    vectors = [vec(10, terminal=False), vec(24), vec(3, False), vec(1, False), vec(4),
               vec(4, False), vec(5, False), vec(6, False), vec(5, False), vec(6, False), vec(4),
               vec(20)]
    final = [0.1] * 10 + [0.9, 0.9]
    rules = [None, None, None, "navigation"] + [None] * 8
    keep, head, _ = decide(rules, vectors, final, 0.5, text_at=texts.__getitem__)
    assert head == 0 and keep[0] and not any(keep[4:10])


def test_a_title_under_a_sidebars_bulleted_contents_is_the_headline():
    # A manual's page: the site's header ("Version 7.2 (aktuell)"), the sidebar's contents
    # under "Inhaltsverzeichnis" as list items, then the page's own title over the body. The
    # contents end at their last item: the title under them is no entry, and wins.
    texts = ["Version 7.2 (aktuell)", "Inhaltsverzeichnis", "• Erste Schritte",
             "• Bankkonto einrichten", "• Kontoauszüge abrufen",
             "Kontoauszüge abrufen (FinTS/HBCI)",
             "Mit Belegwerk rufen Sie die Kontoauszüge Ihrer Geschäftskonten direkt bei der "
             "Bank ab und ordnen die Umsätze zu."]
    vectors = [vec(3, False), vec(1, False), vec(2, False), vec(2, False), vec(2, False),
               vec(4, False), vec(20)]
    final = [0.1] * 6 + [0.9]
    rules = [None, "navigation"] + [None] * 5
    keep, head, _ = decide(rules, vectors, final, 0.5, text_at=texts.__getitem__)
    assert head == 5 and keep == [False] * 5 + [True, True]
    # Entries that are no list items (an article's own subheadings under its contents'
    # heading) are still passed over: the test above.


def test_a_threads_posts_are_no_listing():
    # A thread: the first post, then replies, each under a poster's panel (a name of four
    # words, "Posts: 120") and over a "Reply" button. The posts are kept as posts; the names
    # above them are not kept as a listing's item titles.
    texts = ["My boiler loses pressure every night and I have no idea where the water goes."]
    vectors, final, line_p = [vec(16)], [0.9], [0.9]
    rules = [None]
    for i in range(4):
        texts += [f"Heating Fan Number{i} Member", f"Posts: 12{i}",
                  f"Reply {i}: I had the same problem last winter, and a new valve on the "
                  "expansion vessel fixed it for good.", "Reply"]
        vectors += [vec(4, False), vec(2, False), vec(20), vec(1, False)]
        final += [0.2, 0.1, 0.3, 0.1]
        line_p += [0.3, 0.3, 0.8, 0.1]
        rules += [None, "forum-meta", None, "comments-widget"]
    n = len(texts)
    keep, _, _ = decide(rules, vectors, final, 0.5, keep_headline=False, line_p=line_p,
                        text_at=texts.__getitem__)
    assert [k for k in range(n) if keep[k]] == [0, 3, 7, 11, 15]


def test_a_page_no_line_of_which_reaches_the_anchor_is_decided_lower():
    from boilerkill.pipeline import page_threshold
    # Some line reaches the anchor: the user's threshold stands.
    assert page_threshold([0.2, 0.6], 0.5) == 0.5
    # None does: 0.6 log-odds under the anchor (0.354 for 0.5), or the user's if lower.
    low = page_threshold([0.2, 0.45], 0.5)
    assert 0.35 < low < 0.36
    assert page_threshold([0.2, 0.45], 0.7) == low and page_threshold([0.2, 0.45], 0.3) == 0.3
    assert page_threshold([], 0.5) == 0.5
    # So a page of doubtful lines keeps its best ones, rather than come out empty.
    texts = ["Quick vegetarian dinners on the table in half an hour, every one of them.",
             "Filter recipes", "Crisp tortillas stuffed with jammy onions and tangy cheese."]
    keep, _, _ = decide([None] * 3, [vec(14), vec(2, False), vec(9)], [0.45, 0.2, 0.4], 0.5,
                        keep_headline=False)
    assert keep == [True, False, True]
    keep, _, _ = decide([None] * 3, [vec(14), vec(2, False), vec(9)], [0.55, 0.2, 0.4], 0.5,
                        keep_headline=False)
    assert keep == [True, False, False]


def test_a_line_kept_on_a_weak_page_says_so():
    # A recipe magazine's category page: no line reaches the threshold (the best scores 0.49),
    # and it came out empty. Its best lines are kept, with the reason.
    page = (Path(__file__).parent.parent / "fixtures" / "pages"
            / "listing-en-b17-recipes.txt").read_text("utf-8")
    decisions = boilerkill.Cleaner().classify(page)
    assert max(d.score for d in decisions if d.line) < 0.5
    weak = [d for d in decisions if d.reason == "context:weak-page"]
    assert weak and all(d.keep and 0.35 < d.score < 0.5 for d in weak)
    assert sum(d.keep for d in decisions) >= 20


def test_a_table_of_contents_entries_are_dropped():
    from boilerkill.blocks import toc_entries
    texts = ["Inhaltsverzeichnis", "Ausblenden", "1 Warum 50 Euro schon reichen",
             "2 In fünf Schritten zum ersten Sparplan", "3 Mein Fazit",
             "Wer monatlich spart, fängt klein an und bleibt dabei, auch wenn es wenig ist.",
             "Warum 50 Euro schon reichen", "Ein Satz zum Sparen, der lang genug für den Körper ist.",
             "In fünf Schritten zum ersten Sparplan", "Mein Fazit"]
    vectors = [vec(1, False), vec(1, False), vec(6, False), vec(7, False), vec(3, False),
               vec(15), vec(5, False), vec(12), vec(6, False), vec(2, False)]
    assert toc_entries(len(texts), texts.__getitem__, vectors) == [2, 3, 4]
    # An entry that stands nowhere else ends the list; one entry is no table of contents.
    texts[3] = "Broker im Vergleich"
    assert toc_entries(len(texts), texts.__getitem__, vectors) == []
    # Without the heading, the same lines are left to the scores.
    texts[0] = "Mein Sparplan"
    assert toc_entries(len(texts), texts.__getitem__, vectors) == []
    # In decide: kept by the scores, dropped with the reason.
    texts[0], texts[3] = "Inhaltsverzeichnis", "2 In fünf Schritten zum ersten Sparplan"
    why = {}
    keep, _, _ = decide([None] * 10, vectors, [0.2, 0.3] + [0.8] * 8, 0.5, keep_headline=False,
                        text_at=texts.__getitem__, why=why)
    assert keep[2:5] == [False] * 3 and all(keep[5:])
    assert why[2] == why[3] == why[4] == "context:table-of-contents"


def test_a_spec_sheet_may_stand_under_tab_labels_and_be_a_table():
    from boilerkill.blocks import spec_sheets
    # A Chinese bookshop's details tab: the tab row's other labels (named by rules) stand
    # between the heading and the sheet.
    lines = ["商品详情", "商品评论(3862)", "商品问答(17)", "开 本：16开", "纸 张：胶版纸",
             "包 装：精装", "页 数：412"]
    rules = {1: "filter-sort", 2: "shop-controls"}
    assert spec_sheets(len(lines), lines.__getitem__, rules.get) == [0, 3, 4, 5, 6]
    # Labels no rule names are no tab row: no sheet.
    assert spec_sheets(len(lines), lines.__getitem__, lambda k: None) == []
    # A sheet written as a table's rows (cells separated by tabs in the raw line).
    table = ["商品参数", "品牌 牧谷", "净含量 250g*2袋", "保质期 180天", "产地 内蒙古锡林郭勒盟", "为什么是风干牛肉干？"]
    rows = [False, True, True, True, True, False]
    assert spec_sheets(len(table), table.__getitem__, lambda k: None, rows) == [0, 1, 2, 3, 4]
    # A Chinese label and its value parted by a space read as such a row even when the
    # converter left no tab (SPEC_ROW); a Latin label so parted does not.
    assert spec_sheets(len(table), table.__getitem__, lambda k: None) == [0, 1, 2, 3, 4]
    latin = ["Technische Daten", "Marke Mugo", "Inhalt 250 g", "Haltbarkeit 180 Tage", "Fazit"]
    assert spec_sheets(len(latin), latin.__getitem__, lambda k: None) == []


def test_a_spec_table_may_hold_group_headings():
    from boilerkill.blocks import spec_sheets
    # A German shop's "Technische Daten" table, its rows in groups under "Allgemein" and
    # "Lötkolben"; the "Downloads" heading over a bulleted list ends it.
    lines = ["Technische Daten", "Allgemein", "Betriebsspannung 220–240 V AC",
             "Leistungsaufnahme 80 W", "Lötkolben", "Heizelement Keramik, 24 V",
             "Kabellänge 1,2 m", "Downloads", "• Datenblatt (PDF, 412 KB)"]
    rows = [False, False, True, True, False, True, True, False, False]
    assert spec_sheets(len(lines), lines.__getitem__, lambda k: None, rows) == list(range(7))
    # A group heading is short and no sentence, and a row stands under it.
    for heading in ("Allgemeine Angaben zum Gerät und Zubehör", "Allgemein.", "Serie 2024"):
        lines[1] = heading
        assert spec_sheets(len(lines), lines.__getitem__, lambda k: None, rows) == []
    lines[1], rows[2] = "Allgemein", False
    assert spec_sheets(len(lines), lines.__getitem__, lambda k: None, rows) == []
    # Over labels and their values: a Chinese shop's "规格与包装" tab.
    zh = ["规格与包装", "主体", "品牌：澜图", "型号：U27K6", "显示", "屏幕尺寸：27英寸", "屏幕比例：16:9"]
    assert spec_sheets(len(zh), zh.__getitem__, lambda k: None) == list(range(7))
    # A theatre review's cast and crew box is such a sheet.
    cast = ["Besetzung", "Regie: Mareike Stolzenbach", "Bühne: Vera Kühn", "Kostüme: Ilka Grotefend"]
    assert spec_sheets(len(cast), cast.__getitem__, lambda k: None) == [0, 1, 2, 3]
    # A line of the sheet that a rule names stays out of it, and the sheet goes on under it.
    book = ["基本信息", "书名：候鸟的地图", "作者：林知远", "出版社：青岚出版社", "ISBN：9787500000000"]
    assert spec_sheets(len(book), book.__getitem__, {2: "source-line"}.get) == [0, 1, 3, 4]


BOX_PAGE = """Startseite
Lokales
Politik

Stadtrat beschließt Sanierung der Stadthalle für 18 Millionen Euro

Von Martina Kessler
12.03.2026, 17:20 Uhr

Nach monatelanger Debatte hat der Stadtrat am Dienstagabend die Sanierung der Stadthalle beschlossen. Mit 31 zu 12 Stimmen setzte sich der Vorschlag der Verwaltung durch, das Gebäude aus den Sechzigerjahren zu erhalten.

Die Kosten schätzt das Hochbauamt derzeit auf rund 18 Millionen Euro. Ein Neubau wäre nach Angaben der Verwaltung deutlich teurer geworden und hätte frühestens 2031 fertig sein können.

Mehr zum Thema
Stadthalle: Bürgerinitiative übergibt 3000 Unterschriften
Kommentar: Eine Halle für alle Generationen

Die Arbeiten sollen im kommenden Frühjahr beginnen. Während der Bauzeit weichen Konzerte und Vereinsfeste in die Turnhalle des Gymnasiums aus, die dafür eigens umgerüstet wird.

Was sich ändert
Künftig soll die Halle barrierefrei zugänglich sein, außerdem erhält sie eine neue Lüftungsanlage und ein Foyer mit Café, das auch außerhalb der Veranstaltungen geöffnet hat.

Artikel teilen
Facebook
Impressum
"""


def test_a_box_of_links_inside_an_article_goes_and_the_article_goes_on():
    by_line = {d.line: d for d in boilerkill.explain(BOX_PAGE)}
    assert by_line["Mehr zum Thema"].reason == "rule:section-box"
    for link in ("Stadthalle: Bürgerinitiative übergibt 3000 Unterschriften",
                 "Kommentar: Eine Halle für alle Generationen"):
        assert not by_line[link].keep and by_line[link].reason == "context:related-box"
    assert by_line["Die Arbeiten sollen im kommenden Frühjahr beginnen. Während der Bauzeit "
                   "weichen Konzerte und Vereinsfeste in die Turnhalle des Gymnasiums aus, die "
                   "dafür eigens umgerüstet wird."].keep
    # The same box under the article, a teaser's summary under its first link: all of it goes,
    # as under any related heading.
    head, links = BOX_PAGE.split("Mehr zum Thema\n")
    box = ("Mehr zum Thema\nStadthalle: Bürgerinitiative übergibt 3000 Unterschriften\n"
           "Die Initiative will den Abriss verhindern und fordert einen Bürgerentscheid über "
           "die Zukunft des Gebäudes noch in diesem Jahr.\n"
           "Kommentar: Eine Halle für alle Generationen\n"
           "Stadtwerke: Neue Tarife für Fernwärme ab Mai\n\n")
    page = head + links.split("\n\n", 1)[1].replace("Artikel teilen", box + "Artikel teilen")
    decisions = boilerkill.explain(page)
    at = next(n for n, d in enumerate(decisions) if d.line == "Mehr zum Thema")
    assert not any(d.keep for d in decisions[at:at + 5])
    assert decisions[at + 2].reason == "context:after-related-header"
    assert sum(d.keep for d in decisions[:at]) >= 4


def test_a_code_blocks_language_label_is_dropped():
    # A cloud how-to page prints "Bash" or "JSON" over each code block (over its copy button
    # and the command); the body around them kept the labels.
    page = (Path(__file__).parent.parent / "fixtures" / "pages"
            / "docs-en-b25-cloud.txt").read_text("utf-8")
    decisions = boilerkill.Cleaner().classify(page)
    labels = [d for d in decisions if d.line in ("Bash", "JSON")]
    assert len(labels) >= 4
    assert all(not d.keep and d.reason == "context:code-label" for d in labels)
    # Over a paragraph the same word is a heading; and only a kept line is asked about.
    from boilerkill.blocks import code_labels
    texts = ["Python", "Copy", "pip install tidewire", "Python",
             "The Python client reads the same policy file when the bucket is created."]
    rules = {1: "copy-button"}
    assert code_labels([True] * 5, texts.__getitem__, rules.get) == [0]
    assert code_labels([False] + [True] * 4, texts.__getitem__, rules.get) == []


def test_a_nested_table_of_contents_entry_keeps_its_key_under_two_bullets():
    # Resiliparse writes a nested entry with the outer and inner bullets: "• ▪ 气候".
    from boilerkill.blocks import toc_entries
    texts = ["目录", "• 1 历史沿革", "• ▪ 地形地貌", "• ▪ 气候", "• 2 经济",
             "历史沿革", "宋代，云溪属临峤县崇善乡，溪口一带形成定期集市。", "地形地貌",
             "云溪镇地处栖凤山南麓低山丘陵区，地势北高南低。", "气候", "经济"]
    vectors = [vec(2, False)] + [vec(4, False)] * 4 + [vec(4, False), vec(20), vec(4, False),
                                                      vec(20), vec(2, False), vec(2, False)]
    assert toc_entries(len(texts), texts.__getitem__, vectors) == [1, 2, 3, 4]


def test_a_chinese_spec_table_flattened_to_label_and_value_is_a_sheet():
    from boilerkill.blocks import spec_sheets
    lines = ["规格参数", "主体", "品牌 凌风（LINGFENG）", "型号 KFR-35GW/LF21-N1", "上市时间 2026年2月",
             "功能参数", "制冷量（W） 3500", "制热量（W） 5160（含电辅热1000）", "累计评价 2.1万",
             "• 全部", "• 追评(1546)"]
    named = {8: "shop-controls", 10: "comments-widget"}
    # The sheet runs under its heading and group headings, and ends at the row a rule names.
    assert spec_sheets(len(lines), lines.__getitem__, named.get) == [0, 1, 2, 3, 4, 5, 6, 7]
    # A shop's delivery line with bars is no row of a sheet.
    lines[2] = "发货地 内蒙古 锡林郭勒 | 免运费 | 预计3月17日前送达"
    assert 2 not in spec_sheets(len(lines), lines.__getitem__, named.get)


def test_a_spec_sheet_under_a_tab_label_keeps_the_sheet_but_not_the_tab_row():
    from boilerkill.blocks import spec_sheets
    lines = ["• 商品详情", "• 规格参数", "• 商品评论(3261)", "开 本：16开", "纸 张：胶版纸", "包 装：精装",
             "页 数：412"]
    named = {2: "filter-sort"}
    # The tab labels, "• 规格参数" among them, are neither the sheet's heading nor its lines.
    assert spec_sheets(len(lines), lines.__getitem__, named.get) == [3, 4, 5, 6]
    del lines[1]
    named = {1: "filter-sort"}
    assert spec_sheets(len(lines), lines.__getitem__, named.get) == [2, 3, 4, 5]
    # A tab row's labels are no sheet: under "• 商品详情", bulleted lines end it.
    tabs = ["• 商品详情", "• 商品评论(3261)", "• 售后保障", "• 店铺首页"]
    assert spec_sheets(len(tabs), tabs.__getitem__, {1: "filter-sort"}.get) == []


def test_a_table_of_contents_keeps_the_sections_it_lists():
    from boilerkill.blocks import toc_sections
    texts = ["Inhaltsverzeichnis", "• 1 Kübel und Erde", "• 2 Die häufigsten Fehler", "• 3 Fazit",
             "Kübel und Erde", "Der Kübel sollte mindestens 30 Liter fassen und Abzugslöcher haben.",
             "Meine Empfehlung", "Bei Amazon ansehen*",
             "Die häufigsten Fehler", "• Leitungswasser statt Regenwasser verwenden",
             "Fazit", "Mit saurer Erde und Regenwasser sind Heidelbeeren im Kübel ein Anfängerprojekt.",
             "Hat dir der Beitrag gefallen? Dann teile ihn gern!", "• Pinterest"]
    vectors = [vec(1, False)] + [vec(4, False)] * 3 + [
        vec(3, False), vec(12), vec(2, False), vec(3, False), vec(3, False), vec(5, False),
        vec(1, False), vec(14), vec(9), vec(1, False)]
    line_p = [0.6, 0.5, 0.5, 0.5, 0.45, 0.74, 0.38, 0.22, 0.5, 0.55, 0.5, 0.79, 0.74, 0.26]
    named = {12: "share-buttons", 13: "share-buttons"}
    kept = [False] * 5 + [True] + [False] * 12  # the body the context stage found
    # The listed headings, the lines between them the line model calls body, and under the last
    # heading the lines in a row up to the first a rule names.
    assert toc_sections(len(texts), texts.__getitem__, vectors, line_p, named.get, kept) == [
        4, 5, 8, 9, 10, 11]
    # A listed heading a rule names (a comments heading) ends the article there.
    named[10] = "section-comments"
    assert toc_sections(len(texts), texts.__getitem__, vectors, line_p, named.get, kept) == [4, 5, 8, 9]
    del named[10]
    # A list printed twice (at the top and in a sidebar at the end) points to the headings,
    # not to its own second copy.
    twice = texts[:4] + ["Heidelbeeren mögen saure Erde, und im Kübel hast du sie im Griff."] + \
        texts[4:] + ["Inhalt", "• 1 Kübel und Erde", "• 2 Die häufigsten Fehler", "• 3 Fazit"]
    vectors2 = vectors[:4] + [vec(12)] + vectors[4:] + [vec(1, False)] + [vec(4, False)] * 3
    line_p2 = line_p[:4] + [0.8] + line_p[4:] + [0.3, 0.5, 0.5, 0.5]
    named2 = {k + 1: r for k, r in named.items()}
    assert toc_sections(len(twice), twice.__getitem__, vectors2, line_p2, named2.get, [False] + kept) == [
        5, 6, 9, 10, 11, 12]
    # Sections that extend no body found already are left to the scores.
    assert toc_sections(len(texts), texts.__getitem__, vectors, line_p, named.get,
                        [False] * len(kept)) == []
    # Without the table of contents' heading, nothing.
    texts[0] = "Beetgeflüster"
    assert toc_sections(len(texts), texts.__getitem__, vectors, line_p, {}.get, kept) == []


def test_a_reviews_pros_and_cons_are_kept_with_or_without_bullets():
    from boilerkill.blocks import spec_sheets
    # html-text writes the list items without bullets; a point ends no sentence.
    lines = ["Pro", "Einrichtung ohne Begrenzungsdraht in unter einer Stunde",
             "sehr sauberes Schnittbild, auch an Kanten", "bewältigt Steigungen bis 45 Prozent",
             "Contra", "RTK-Station braucht freie Sicht zum Himmel", "App zeitweise träge",
             "hoher Preis",
             "Der Mähroboter hat uns im Test über sechs Wochen hinweg überzeugt, mit Abstrichen."]
    got = spec_sheets(len(lines), lines.__getitem__, lambda k: None)
    assert got == [0, 1, 2, 3, 4, 5, 6, 7]
    bulleted = ["Pros", "• Great battery life", "• Plenty of ports", "• Quiet fans",
                "It is the laptop we would buy for a student this year."]
    assert spec_sheets(len(bulleted), bulleted.__getitem__, lambda k: None) == [0, 1, 2, 3]
    # Under another heading, short lines without a label are no sheet.
    other = ["Ausstattung"] + lines[1:4] + ["Mehr lesen"]
    assert spec_sheets(len(other), other.__getitem__, lambda k: None) == []


def test_a_qa_pages_related_questions_are_dropped_as_related_list_items():
    # End to end on a blind fixture page: the sidebar's questions under "Related" read as body
    # to both stages (0.64-0.83) and are dropped by the section rule, with its reason.
    root = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
    text = (root / "qa-en-b50-pandas-groupby.txt").read_text(encoding="utf-8")
    decisions = boilerkill.classify(text)
    heading = next(i for i, d in enumerate(decisions) if d.line == "Related")
    items = decisions[heading + 1:heading + 6]
    assert all(d.line.startswith("• ") for d in items)
    assert all(not d.keep and d.reason == "context:related-list-item" for d in items)


def test_a_job_boards_cards_are_found_by_their_salaries():
    # A blind listing (resiliparse): each card a bulleted title, a salary ("18-30K·14薪"), its
    # facts and a recruiter line; no furniture line repeats word for word. The salaries mark
    # the cards (phrases.ITEM_PRICE reads a pay range), and each card's one bulleted line is its
    # title. Before: 5 of 75 body lines kept.
    root = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
    text = (root / "listing-zh-b56-shujufenxi.txt").read_text(encoding="utf-8")
    got = {d.line: d for d in boilerkill.classify(text)}
    for title in ("• 高级数据分析师", "• 数据分析师（医疗健康）", "• 数据分析顾问"):
        assert got[title].keep and got[title].reason == "context:item-list", got[title]
    # A button in every card is no title: "• 申请职位" in a Chinese job board's cards.
    other = (root / "listing-zh-b8-jobs.txt").read_text(encoding="utf-8")
    assert not any(d.keep for d in boilerkill.classify(other) if d.line == "• 申请职位")


def test_item_prices_read_pay_ranges():
    from boilerkill.phrases import ITEM_PRICE

    price = regex.compile(ITEM_PRICE)
    for line in ("15-25K·13薪", "14-22K", "200-250元/天", "45.000 – 55.000 €", "€45.000 – €55.000"):
        assert price.fullmatch(line), line
    for line in ("3-5年本科", "2-3 Werktage", "1-3年", "10-12 Uhr"):
        assert not price.fullmatch(line), line


def test_the_headline_search_passes_a_table_of_contents_last_entry():
    # A docs page's "本页目录" lists its sections and "相关文档" last: that entry is no related
    # heading ending the search, which finds the page's title above the contents.
    root = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
    text = (root / "docs-zh-b56-cunchutong.txt").read_text(encoding="utf-8")
    got = [d for d in boilerkill.classify(text) if d.line == "创建存储桶"]
    # (the sidebar's link to the page comes first; the title is the second)
    assert len(got) == 2 and got[1].keep and got[1].reason == "context:headline"


def test_a_title_scored_as_body_over_its_meta_lines_is_the_headline():
    # The title scores as body, but only rule lines (the date and source, the share row, the
    # font switch) stand between it and the article: the decoder drops it as a short run, and
    # the headline search, starting under it, finds it.
    root = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
    text = (root / "news-zh-b55-xinpian.txt").read_text(encoding="utf-8")
    got = [d for d in boilerkill.classify(text) if d.line.startswith("昊衡半导体发布首款服务器处理器")]
    assert got and got[0].keep and got[0].reason == "context:headline"


def test_a_sheet_of_labels_over_their_values_is_kept():
    from boilerkill.blocks import spec_sheets
    # html-text writes a two-column table as a label line over a value line.
    lines = ["Key Specs", "Screen Size", "15.6 inches", "Display Type", "OLED, 120Hz",
             "System Memory (RAM)", "16 gigabytes", "Product Weight", "3.6 pounds",
             "See All Specifications"]
    rules = {9: "shop-controls"}
    assert spec_sheets(len(lines), lines.__getitem__, rules.get) == list(range(9))
    # A tab row under the heading is no sheet: its lines hold no figures.
    tabs = ["Specifications", "Description", "Reviews", "Shipping & returns", "Questions",
            "Warranty", "Downloads", "The housing is milled from one block of aluminium."]
    assert spec_sheets(len(tabs), tabs.__getitem__, lambda k: None) == []
    # An encyclopedia's infobox: the values are names as often as figures.
    box = ["基本信息", "中文名", "鹤澜桥", "别 名", "五福桥、永安大桥", "始建时间", "明万历二十三年（1595年）",
           "全 长", "86.4 米", "开放时间", "全天"]
    assert spec_sheets(len(box), box.__getitem__, lambda k: None) == list(range(11))
    # A service guide's tab row under "基本信息" holds no figure at all.
    guide = ["基本信息", "办理条件", "申请材料", "办理流程", "收费标准", "常见问题", "基本信息"]
    assert spec_sheets(len(guide), guide.__getitem__, lambda k: None) == []


def test_an_ingredient_list_holds_two_lines_without_a_quantity_in_a_row():
    from boilerkill.blocks import ingredient_lists
    lines = ["Zutaten", "800 g Kartoffeln", "600 g Hokkaido-Kürbis", "200 ml Sahne",
             "Salz und Pfeffer", "Butter für die Form", "Für die Salbeibutter:", "50 g Butter",
             "15 Blätter Salbei, frisch", "Zutaten auf die Einkaufsliste", "In den Wochenplan",
             "Zubereitung"]
    assert ingredient_lists(len(lines), lines.__getitem__, lambda k: None) == list(range(9))


def test_a_notice_keeps_its_issuer_and_date_of_issue():
    from boilerkill.blocks import sign_offs
    lines = ["本通知自印发之日起施行。", "青岚区医疗保障局", "2026年11月24日", "【打印本页】 【关闭窗口】"]
    keep = [True, False, False, False]
    assert sign_offs(keep, lines.__getitem__, lambda k: None) == [1, 2]
    # Not where the body did not reach: a footer's operator and a date far under the article.
    assert sign_offs([False] * 4, lines.__getitem__, lambda k: None) == []
    # End to end on a blind page: the notice's last two lines.
    root = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
    text = (root / "gov-zh-b57-yibao.txt").read_text(encoding="utf-8")
    got = {d.line: d for d in boilerkill.classify(text)}
    assert got["青岚区医疗保障局"].keep and got["2026年11月24日"].reason == "context:sign-off"


def test_a_list_under_a_comments_heading_is_no_listing_even_under_another_list():
    # A recipe's comments ("1. Dana K. says", a date, the comment, "Reply") repeat as a
    # listing's cards do; the comments heading stands above them but under the page's first
    # list, which the check once read alone.
    root = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
    text = (root / "recipe-en-b57-sweet-potato-soup.txt").read_text(encoding="utf-8")
    decisions = boilerkill.classify(text)
    start = next(i for i, d in enumerate(decisions) if d.line == "Reader Interactions")
    assert not any(d.keep for d in decisions[start:])


def test_a_reddit_style_threads_comments_are_its_posts():
    root = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
    text = (root / "forum-en-b58-sewingmachine.txt").read_text(encoding="utf-8")
    got = {d.line: d for d in boilerkill.classify(text)}
    for line in ("Love a happy ending. Go sew something fun with it.",
                 "Hold both threads behind the foot for the first three stitches.",
                 "THIS WAS IT. Well, sort of. The bobbin was in right, but the spring on the case "
                 "had a tiny burr and the thread kept jumping out from under it."):
        assert got[line].keep and got[line].reason == "context:forum-post", got[line]
    assert not got["Halvorsen 340 motor smells hot after 10 minutes, normal?"].keep


def test_item_prices_read_a_struck_list_price_glued_behind():
    from boilerkill.phrases import ITEM_PRICE

    price = regex.compile(ITEM_PRICE)
    for line in ("3.949,00 €UVP 4.499,00 €", "€ 89,99 statt € 119,99", "4.599,00 € UVP 4.999,00 €"):
        assert price.fullmatch(line), line
    # (A struck price alone is none the customer pays.)
    for line in ("UVP 4.499,00 €", "4.599,00 € UVP"):
        assert not price.fullmatch(line), line


def _faint_cards(items: int, furniture: str = ""):
    # A shop's category grid: each card a brand, a model name, a spec line and a price, with a
    # "Vergleichen" mark, all of which the line model alone reads as a filter's options (0.05);
    # ``furniture``, when given, stands in every card too, as faint.
    texts = ["E-Mountainbikes für Trail und Tour: alle Modelle der Saison im Überblick.",
             "Sortieren nach: Beliebtheit"]
    vectors, line_p = [vec(10), vec(3, False)], [0.9, 0.1]
    names = ["Trailhawk FX", "Grat E-Full", "Kammweg Hybrid", "Ridgeline E-HT", "Enduro E-Line",
             "Vallon EXC", "Skarfjell E"]
    motors = ["Vektron Drive CX", "Ardent M-Trail", "Solvex HPM"]
    for i in range(items):
        wheel = "29\"" if i % 2 else "Mullet"
        card = [(f"{names[i]} {i + 5}", vec(3, False), 0.05),
                (f"{motors[i % 3]} · {600 + 25 * i} Wh · {wheel}", vec(8, False), 0.05)]
        if furniture:
            card.append((furniture.format(i=i % 3 + 2), vec(3, False), 0.05))
        card += [(f"ab {i + 3}.499,00 €", vec(3, False), 0.2), ("Vergleichen", vec(1, False), 0.03)]
        for t, v, p in card:
            texts.append(t)
            vectors.append(v)
            line_p.append(p)
    return texts, vectors, line_p


def _faint_listing(texts, vectors, line_p):
    # item_lists over a page whose first line alone is confident and whose sort row a rule names
    from boilerkill.blocks import item_lists
    n = len(texts)
    return item_lists(n, texts.__getitem__, {1: "filter-sort"}.get, vectors, line_p,
                      [k == 0 for k in range(n)], lambda k: None)


def test_a_cards_faint_title_and_facts_are_kept_by_its_price():
    got = _faint_listing(*_faint_cards(6))
    assert got == [k for i in range(6) for k in (2 + 4 * i, 3 + 4 * i)]


def test_a_faint_line_in_every_card_is_furniture_not_a_fact():
    # "in 3 Farben" in every card (its number varies) is the grid's furniture, as faint as the
    # cards' own facts: the titles and spec lines are kept, it is not.
    got = _faint_listing(*_faint_cards(6, furniture="in {i} Farben"))
    assert got == [k for i in range(6) for k in (2 + 5 * i, 3 + 5 * i)]
    # A stock note is no fact either, though it stands in one card only.
    texts, vectors, line_p = _faint_cards(6)
    texts[3 + 4 * 2] = "Nur noch 2 auf Lager"
    got = _faint_listing(texts, vectors, line_p)
    assert 3 + 4 * 2 not in got and 2 + 4 * 2 in got


_TICKER_PAGE = [
    "Späte Wende: Hohenbruck schlägt Eichwalde mit 2:1",
    "Lange sah es nach einem Punkt für die Gäste aus, dann stach der Doppelwechsel des Trainers doch noch.",
    "Es war ein Nachmittag, an dem sich die Geduld des Trainers auszahlte. Der FC hatte die erste Hälfte "
    "klar bestimmt, verlor nach dem Ausgleich aber die Ordnung und fand erst spät zurück ins Spiel.",
    "Eichwalde fand erst nach der Pause ins Spiel. Der Trainer stellte auf eine Viererkette um, und die "
    "Gäste kamen über die Flügel immer wieder gefährlich vor das Tor der Hausherren.",
    "Für Hohenbruck ist es der dritte Heimsieg in Serie, der Klub zieht in der Tabelle vorerst an den "
    "Europapokalplätzen vorbei und empfängt am kommenden Samstag den Tabellenzweiten.",
    "{heading}",
    "Hohenbruck verlängert mit Kapitän Ilić bis 2028",
    "Die Abstiegsrechnung: Wer braucht noch wie viele Punkte?",
    "Der Liveticker zum Nachlesen",
    "90'+4", "Abpfiff! Hohenbruck gewinnt ein zähes Spiel und feiert den dritten Heimsieg.",
    "88'", "Tor", "TOR für Hohenbruck! Szymanek köpft nach einer Flanke von rechts ein.",
    "79'", "Wechsel", "Hofmeier kommt für Brandl, der nach seinem Tor sichtlich platt ist.",
    "61'", "TOR für Eichwalde! Okafor-Reiß trifft aus 18 Metern in den Winkel.",
    "46'", "Weiter geht's. Eichwalde kommt mit verändertem System aus der Kabine.",
    "23'", "TOR für Hohenbruck! Brandl nimmt den abgewehrten Ball volley.",
    "1'", "Anpfiff! Eichwalde stößt an, die Gäste spielen ganz in Weiß.",
    "Alle Ticker-Einträge anzeigen",
    "Impressum Datenschutz Kontakt",
]


def test_a_live_tickers_entries_under_a_teaser_box_are_kept():
    page = "\n".join(_TICKER_PAGE).replace("{heading}", "Mehr zum Thema")
    got = {d.line: d for d in boilerkill.classify(page)}
    entries = [t for t in _TICKER_PAGE if t.endswith((".", "!")) and "'" not in t and t[:1] in "AT"
               or t.startswith(("Hofmeier", "Weiter"))]
    assert len(entries) == 7
    for t in entries:
        assert got[t].keep, t
    assert got["Anpfiff! Eichwalde stößt an, die Gäste spielen ganz in Weiß."].reason == "context:ticker"
    # The teasers above stay dropped, and so do the icons' words.
    assert not got["Die Abstiegsrechnung: Wer braucht noch wie viele Punkte?"].keep
    assert not got["Wechsel"].keep


def test_a_comments_times_are_no_ticker():
    # Under a comments heading, lines of a time over a sentence are comments.
    page = "\n".join(_TICKER_PAGE).replace("{heading}", "Kommentare")
    got = {d.line: d for d in boilerkill.classify(page)}
    assert not any(d.reason == "context:ticker" for d in got.values())


def test_a_cards_title_under_the_mark_over_its_description_is_kept():
    from boilerkill.blocks import item_lists
    # A job board's cards: title, employer, "vor 2 Tagen", "Merken", then the one-sentence
    # teaser. Cut at "Merken", each item holds one card's teaser over the next card's title
    # and employer: those are kept with the teasers.
    texts, vectors = ["214 Jobs für Pflegefachkraft in Köln", "Filter"], [vec(80), vec(1, False)]
    line_p = [0.9, 0.1]
    for i in range(6):
        texts += [f"Pflegefachkraft (m/w/d) Station {i} Innere Medizin", f"Klinikum Rheinblick Haus {i}",
                  f"vor {i + 1} Tagen", "Merken",
                  f"Auf unserer Station {i} erwartet Sie ein Team aus Pflege und Therapie."]
        vectors += [vec(6, terminal=False), vec(4, terminal=False), vec(3, terminal=False),
                    vec(1, False), vec(12)]
        line_p += [0.45, 0.4, 0.2, 0.05, 0.6]
    n = len(texts)
    confident = [True] + [False] * (n - 1)
    rules = {4 + 5 * i: "relative-time" for i in range(6)}
    got = item_lists(n, texts.__getitem__, rules.get, vectors, line_p, confident,
                     lambda k: None)
    for i in range(6):
        assert 2 + 5 * i in got and 3 + 5 * i in got and 6 + 5 * i in got, i
    assert not any(k in got for k in rules)


def test_a_recipes_ingredient_list_starts_the_body_for_the_headline_search():
    # The ingredient list stands above the method's first confident line with an ad between
    # them: the ad is no headline.
    page = "\n".join([
        "Startseite", "Rezepte", "Backen", "Plätzchen & Kekse", "",
        "Mürbe Haselnuss-Vanillekipferl nach Tante Roswitha", "4,6 (312)", "Rezept speichern",
        "Drucken", "Teilen", "",
        "Zutaten für 40 Stück", "260 g Mehl (Type 405)", "200 g Butter, sehr kalt",
        "60 g Haselnüsse, gemahlen", "80 g Puderzucker", "2 Eigelb (Größe M)", "1 Prise Salz", "",
        "Anzeige",
        "Alles für die Weihnachtsbäckerei – jetzt im Online-Supermarkt bestellen und morgen liefern lassen",
        "",
        "Zubereitung",
        "Mehl, Haselnüsse, Puderzucker und Salz in einer großen Schüssel vermischen. Die kalte Butter "
        "in Stücken und die Eigelbe dazugeben und alles rasch zu einem glatten Teig verkneten.",
        "Den Teig halbieren, zu zwei Rollen formen, in Folie wickeln und eine Stunde kalt stellen.",
        "Den Backofen auf 175 °C vorheizen. Von den Rollen Scheiben abschneiden, zu Kipferln formen "
        "und zehn bis zwölf Minuten hell backen.",
        "Impressum Datenschutz Kontakt",
    ])
    got = {d.line: d for d in boilerkill.classify(page)}
    assert got["260 g Mehl (Type 405)"].keep
    assert not got["Alles für die Weihnachtsbäckerei – jetzt im Online-Supermarkt bestellen und "
                   "morgen liefern lassen"].keep


def test_a_town_infobox_under_basisdaten_is_a_sheet_of_labels_over_values():
    from boilerkill.blocks import spec_sheets
    texts = ["Basisdaten", "Bundesland:", "Niedersachsen", "Höhe:", "34 m ü. NHN", "Fläche:",
             "47,36 km2", "Einwohner:", "11.284 (31. Dez. 2023)", "Postleitzahl:", "27461",
             "Hollerbrück ist eine Kleinstadt im Landkreis Wendenau in Niedersachsen."]
    got = spec_sheets(len(texts), texts.__getitem__, lambda k: None)
    assert got == list(range(0, 11))


# A Stack Exchange thread as a converter flattens it: each post between its vote count and its
# "Share / Improve this answer / Follow" row, the posters' cards and comments under them.
_QA_QUESTION = [
    "I'm rebasing a feature branch onto main and git stops on every commit with the same "
    "conflict in a generated file. Here is what I run:",
    "$ git rebase main",
    "Auto-merging build/schema.json",
    "CONFLICT (content): Merge conflict in build/schema.json",
    "error: could not apply 3f2a9c1... add export endpoint",
    "The repository looks like this:",
    "api/",
    "├── build/",
    "│ └── schema.json",
    "└── src/",
    "How do I make git stop asking about a file that is regenerated anyway?",
]
_QA_ANSWER = [
    "Tell git how to merge that file: mark it with a merge driver that always keeps your side, "
    "then regenerate it after the rebase.",
    "In .gitattributes:",
    "build/schema.json merge=ours",
    "and once per clone:",
    "git config merge.ours.driver true",
    "After the rebase, run the generator again and amend the last commit.",
]
_QA_SHORT_ANSWER = ["Better still, stop committing the generated file: add build/ to .gitignore "
                    "and build it in CI."]
_QA_PAGE = [
    "Skip to main content", "Questions", "Tags", "Users", "Log in", "Sign up",
    "Stop git rebase from stopping on a generated file",
    "Ask Question", "Asked 3 days ago", "Modified today", "Viewed 2k times",
    "14", *_QA_QUESTION,
    "git", "git-rebase", "merge-conflict-resolution",
    "Share", "Improve this question", "Follow",
    "edited Nov 24 at 8:10", "asked Nov 23 at 21:40", "Halvard Okoro", "1,204 3 12 27",
    "Is the file listed in .gitattributes already? – Ines Baptiste Nov 23 at 21:52",
    "Add a comment |",
    "2 Answers 2", "Sorted by: Reset to default",
    "Highest score (default) Trending (recent votes count more) Date modified (newest first)",
    "21", *_QA_ANSWER,
    "Share", "Improve this answer", "Follow",
    "answered Nov 23 at 22:15", "Marta Lindqvist", "18.2k 4 51 88",
    "Marta Lindqvist", "That did it, thanks. The generator runs in a post-rewrite hook now.",
    "2026-11-24T07:02:11.120Z+00:00",
    "3", *_QA_SHORT_ANSWER,
    "Share", "Improve this answer", "Follow",
    "answered Nov 24 at 9:30", "Oskar Fenwick", "3,117 2 14 29",
    "Add a comment |",
    "Your Answer", "Sign up or log in", "Post as a guest",
    "Hot Network Questions",
    "Why does my bread dough collapse after the second rise?",
    "Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.",
]


def test_a_stack_exchange_threads_posts_are_kept_and_its_furniture_dropped():
    got = {d.line: d for d in boilerkill.classify("\n".join(_QA_PAGE))}
    for t in _QA_QUESTION + _QA_ANSWER + _QA_SHORT_ANSWER:
        assert got[t].keep, t
    # The vote counts, the tags, the posters' cards and the comments go, and so does everything
    # under the last post.
    for t in ("14", "21", "3", "git-rebase", "Halvard Okoro", "18.2k 4 51 88", "Marta Lindqvist",
              "That did it, thanks. The generator runs in a post-rewrite hook now.",
              "Is the file listed in .gitattributes already? – Ines Baptiste Nov 23 at 21:52",
              "Why does my bread dough collapse after the second rise?"):
        assert not got[t].keep, t
    assert got["That did it, thanks. The generator runs in a post-rewrite hook now."].reason == "context:qa-chrome"


def test_qa_threads_reads_glued_footers_vote_labels_and_bookmark_counts():
    from boilerkill.blocks import qa_threads
    texts = ["Asked 2 days ago Modified today Viewed 1k times",
             "This question shows research effort; it is useful and clear", "7",
             "This question does not show any research effort; it is unclear or not useful",
             "Save this question.", "Show activity on this post.",
             "Why does 2 + 2 print 4?", "print(2 + 2)", "4", "• python",
             "ShareImprove this questionFollow", "asked Nov 25 at 9:12", "rkasper",
             "Add a comment |", "Sorted by: Highest score (default)", "12", "1",
             "Because addition.", "ShareImprove this answerFollow", "answered Nov 25", "Add a comment |",
             "Hot Network Questions"]
    keep, drop = qa_threads(len(texts), texts.__getitem__, lambda k: None)
    # The bare "4" in the question is its output, not a vote count: no separator stands over it.
    assert keep == [6, 7, 8, 17]
    assert drop == [1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21]


def test_qa_threads_needs_the_footer():
    from boilerkill.blocks import qa_threads
    # A page with vote-like numbers under "Comments" but no post footer is no thread; nor is a
    # lone "Share" or "Edit".
    texts = ["Comments", "12", "Great article, thanks.", "Share", "Edit", "Follow"]
    assert qa_threads(len(texts), texts.__getitem__, lambda k: None) == ([], [])


def test_a_stack_exchange_questions_command_output_and_tree_are_kept():
    # End to end on a blind fixture page: the question's text runs between a pip log and a
    # directory tree, which the line model reads as chrome line by line (0.16-0.47); the
    # structure keeps every line of it.
    root = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
    name = "qa-en-b64-setuptools-flat-layout"
    text = (root / f"{name}.txt").read_text(encoding="utf-8")
    labels = (root / f"{name}.labels").read_text(encoding="utf-8").split("\n")
    decisions = boilerkill.classify(text)
    assert all(d.keep for d, lab in zip(decisions, labels) if lab == "body")
    got = {d.line: d for d in decisions}
    assert got["$ pip install -e ."].reason == "context:qa-post"
    assert got["├── migrations/"].reason == "context:qa-post"
    # The answers' vote count and sort order read as body (0.59, 0.64): they go.
    assert not got["12"].keep


def _fixture_decisions(name):
    root = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
    text = (root / f"{name}.txt").read_text(encoding="utf-8")
    return {d.line: d for d in boilerkill.classify(text)}


def test_a_wire_storys_gallery_caption_is_no_headline():
    # "Item 1 of 3 <caption>" stood between the title and the story and was taken for the
    # headline; as a caption it goes, and the title over the byline is found.
    got = _fixture_decisions("news-en-b65-portstrike")
    caption = next(t for t in got if t.startswith("Item 1 of 3 "))
    assert got[caption].reason == "rule:media-credit" and not got[caption].keep
    assert got["Dockworkers at Veltmaar port walk out over automation plan, stranding ships offshore"].keep


def test_an_encyclopedia_summary_ending_in_its_footnote_mark_is_kept():
    # The summary paragraph under the title, amid the entry's buttons and infobox, ends in
    # " [1]": as a sentence it holds its place against its neighbours.
    got = _fixture_decisions("encyclopedia-zh-b65-liugan")
    summary = next(t for t in got if t.startswith("流行性感冒（influenza）简称流感"))
    assert summary.endswith("[1]") and got[summary].keep


def test_paragraphs_under_the_headline_that_the_line_model_calls_body_are_kept():
    import math
    from boilerkill.features import FEATURE_NAMES
    from boilerkill.pipeline import paragraphs_under
    words = FEATURE_NAMES.index("log_words")

    def row(n):
        v = [0.0] * len(FEATURE_NAMES)
        v[words] = math.log1p(n)
        return v
    # headline, greeting, three paragraphs, a short sign-off, chrome
    vectors = [row(9), row(2), row(30), row(25), row(28), row(3), row(2)]
    full = [False, False, True, True, True, False, False]
    line_p = [0.2, 0.25, 0.62, 0.72, 0.62, 0.3, 0.05]
    keep = [True, False, False, False, False, False, False]
    got = paragraphs_under(0, len(keep), vectors, line_p, full, lambda k: None)
    assert got == [1, 2, 3, 4]
    # A paragraph the line model does not call body ends them; a rule's line is none.
    line_p[3] = 0.4
    assert paragraphs_under(0, len(keep), vectors, line_p, full, lambda k: None) == [1, 2]
    assert paragraphs_under(0, len(keep), vectors, line_p, full, lambda k: "share-buttons" if k == 2 else None) == []


def test_a_qa_pages_question_under_its_title_is_kept():
    got = _fixture_decisions("qa-de-b66-waschmaschine")
    question = next(t for t in got if t.startswith("Was mir aufgefallen ist: Beim Schleudern"))
    assert got[question].keep and got[question].reason == "context:under-headline"
    assert got["Hallo zusammen,"].keep
