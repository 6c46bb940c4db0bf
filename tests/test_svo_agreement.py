"""Subjects before their verb past a relative clause, and the agreement of dropped subjects, on
news-style sentences written for these tests.

Each case: the article text, then (cue, speaker_name) of its records in order.
"""
import pytest

from attribution import extract_text

DROPPED_SUBJECT_AGREEMENT = [
    # a plural of things (الإحصائيات، الدراسات) is "she": no subject of a masculine verb
    ("وقال مدير الهيئة خالد السالم إن العمل مستمر. وبحسب الإحصائيات فإن عدد الزوار ارتفع. "
     "وأشار إلى أن الموسم سيكون حافلا.",
     [("قال", "خالد السالم"), ("بحسب", "الإحصائيات"), ("أشار", "خالد السالم")]),
    ("وقال الطبيب سامي الراشد إن المرض نادر. ووفقا للدراسات الحديثة فإن العلاج ممكن. "
     "وأضاف أن المستشفى جاهز.",
     [("قال", "سامي الراشد"), ("وفقا", "الدراسات الحديثة"), ("أضاف", "سامي الراشد")]),
    # (a feminine verb may continue them)
    ("وقال مدير الهيئة خالد السالم إن العمل مستمر. وبحسب الإحصائيات فإن عدد الزوار ارتفع. "
     "وأشارت إلى أن الموسم سيكون حافلا.",
     [("قال", "خالد السالم"), ("بحسب", "الإحصائيات"), ("أشارت", "الإحصائيات")]),
]


@pytest.mark.parametrize("text, expected", DROPPED_SUBJECT_AGREEMENT)
def test_a_dropped_subject_agrees_with_a_plural_of_things(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected
