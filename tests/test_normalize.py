"""Normalisation for matching keeps a faithful map back to the original text."""
import pytest
from hypothesis import given, strategies as st

from attribution.text.normalize import fold, normalize_text, strip_marks


@pytest.mark.parametrize("original, normalised", [
    ("قالَ الوزيرُ إنّ", "قال الوزير ان"),          # harakat and shadda
    ("أكّـــد", "اكد"),                              # tatweel
    ("إجماعاً", "اجماعا"),                           # tanween
    ("آلاف وأضاف إلى", "الاف واضاف الي"),            # hamza-carrying alefs, alef maqsura
    ("\u200fقال\u200e", "قال"),                       # bidi marks
    ("ﻻ يوجد", "لا يوجد"),                           # lam-alef presentation form
    ("ﺍﻟﻮﺯﻳﺮ", "الوزير"),                             # presentation forms
    ("سیاسة ک", "سياسة ك"),                          # Persian yeh and kaf
])
def test_normalised_view(original, normalised):
    assert normalize_text(original).text == normalised


@pytest.mark.parametrize("a, b", [
    ("وزارةُ الخارجيّة", "وزاره الخارجيه"),
    ("أوليغ  سيرومولوتوف", "اوليغ سيرومولوتوف"),
    ("مستشفى", "مستشفي"),
])
def test_fold_equates_spellings(a, b):
    assert fold(a) == fold(b)


def test_span_covers_dropped_marks():
    t = "وقالَ الوزيرُ"
    nt = normalize_text(t)
    s = nt.text.index("الوزير")
    a, b = nt.original_span(s, s + len("الوزير"))
    assert t[a:b] == "الوزيرُ"


@given(st.text(alphabet=st.sampled_from(list("قال الوزيرُ إنَّ ـ\u200fﻻﺍ«»\"،.") + ["\u064b", "\u0670"]), max_size=60))
def test_every_normalised_char_maps_back(text):
    nt = normalize_text(text)
    for i in range(len(nt.text)):
        j = nt.to_original(i)
        assert 0 <= j < len(text)
        a, b = nt.original_span(i, i + 1)
        assert 0 <= a < b <= len(text)
    assert nt.to_original(len(nt.text)) == len(text)


@pytest.mark.parametrize("original, stripped", [
    ("قالَ الوزيرُ إنّ", "قال الوزير إن"),   # marks go, hamza and alef forms stay
    ("أكّـــد", "أكد"),
    ("\u200fمستشفى\u200e", "مستشفى"),     # ى is kept: only the view folds it
])
def test_strip_marks_drops_what_the_view_drops_and_folds_nothing(original, stripped):
    assert strip_marks(original) == stripped
    assert normalize_text(strip_marks(original)).text == normalize_text(original).text
