"""Properties that hold for every input (hypothesis)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import boilerkill
from boilerkill.normalize import fold_line, split_lines

CLEANER = boilerkill.Cleaner()
NOFIX = boilerkill.Cleaner(fix_unicode=False)

words = st.sampled_from(
    ["Home", "News", "Share", "the", "council", "approved", "bridge", "on", "Tuesday.", "|",
     "Related Articles", "Comments", "记者", "昨日", "获悉。", "Поделиться", "vor", "2",
     "Stunden", "©", "2025", "and", "a", "long", "sentence", "with", "words,", "it", "said."])
lines = st.lists(words, min_size=0, max_size=40).map(" ".join)
pages = st.lists(lines, min_size=0, max_size=30).map("\n".join)
settings.register_profile("ci", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")


@given(st.text())
def test_no_str_input_raises_and_one_decision_per_line(text):
    ds = CLEANER.classify(text)
    assert len(ds) == len(split_lines(text))
    CLEANER.clean(text)


@given(st.one_of(pages, st.text()))
def test_output_is_input_lines_in_order(text):
    expected = [fold_line(x) for x in split_lines(text)]
    out = NOFIX.clean(text)
    kept = out.split("\n") if out else []
    it = iter(expected)
    # every kept line is an input line (after folding), in the input's order
    assert all(any(k == e for e in it) for k in kept)


@given(pages)
def test_clean_is_the_kept_decisions(text):
    ds = CLEANER.classify(text)
    assert CLEANER.clean(text) == "\n".join(d.line for d in ds if d.keep)
    assert all(0.0 <= d.score <= 1.0 for d in ds)
    assert all(d.reason for d in ds)


@given(pages, st.floats(0, 1), st.floats(0, 1))
def test_raising_the_threshold_never_keeps_more(text, a, b):
    lo, hi = min(a, b), max(a, b)
    keep_lo = [d.keep for d in boilerkill.classify(text, threshold=lo)]
    keep_hi = [d.keep for d in boilerkill.classify(text, threshold=hi)]
    assert all(k_lo or not k_hi for k_lo, k_hi in zip(keep_lo, keep_hi))


@given(pages)
def test_cache_never_changes_output(text):
    fresh = boilerkill.Cleaner()
    assert fresh.classify(text) == CLEANER.classify(text)
