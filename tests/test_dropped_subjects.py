"""Reports whose subject is not written (وأضاف، مضيفا، والذي أكد، كما أنه أكد): the person they
continue, on news-style sentences written for these tests.

Each case: the article text, then (cue, speaker_name) of its records in order.
"""
import pytest

from attribution import extract_text

CASES = {
    # a participle continues the verb of its clause, also one opened by a prepositional adverbial
    "participle_after_opening_adverbial": (
        "أعلنت وزارة الصحة أن الحملة بدأت. وفي هذا الشأن ينصح الطبيب المعروف الدكتور سامي الراشد "
        "مرضاه من خلال الإذاعة قائلا: «الوقاية خير من العلاج».",
        [("أعلنت", "وزارة الصحة"), ("قائلا", "سامي الراشد")]),
    "participle_after_opening_adverbial_mid_sentence": (
        "أعلنت وزارة الصحة أن الحملة بدأت. الوقاية أولا وفي هذا السياق يتحدث الشيخ ناصر العمر "
        "عن الصيام قائلا: «الصيام عبادة».",
        [("أعلنت", "وزارة الصحة"), ("قائلا", "ناصر العمر")]),
    "participle_after_a_subordinator_is_the_main_clause_s": (
        "وقال الخبير فهد الزامل إن الأسعار سترتفع، إذ تشير التقارير إلى ذلك، مؤكدا أن الطلب قوي.",
        [("قال", "فهد الزامل"), ("مؤكدا", "فهد الزامل")]),
}


@pytest.mark.parametrize("name", CASES)
def test_dropped_subject(name):
    text, expected = CASES[name]
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected
