"""Anonymity asides between a speaker and the content (attribution.backends.rules.asides, used by
.content and .subjects): «قال مسؤول، فضّل عدم الكشف عن اسمه، إن…» — the aside is the source's,
neither its name nor the report's content."""
import pytest

from attribution.backends.rules.asides import anonymity_aside
from attribution.backends.rules.verb import verb_report

# (sentence, verb as written, (speaker, claim))
ASIDES = [
    ("وقال مسؤول أمني، فضّل عدم الكشف عن اسمه، إن الهجوم فشل.", "وقال", ("مسؤول أمني", "الهجوم فشل")),
    ("وقال دبلوماسي غربي، طلب عدم ذكر اسمه، إن المفاوضات متعثرة.", "وقال", ("دبلوماسي غربي", "المفاوضات متعثرة")),
    ("وأكد مصدر مطلع، رفض الكشف عن هويته، أن الاتفاق قريب.", "وأكد", ("مصدر مطلع", "الاتفاق قريب")),
    # the aside's reason runs to its comma
    ("وقال مسؤول في الوزارة، طلب عدم نشر اسمه لأنه غير مخوّل بالحديث للإعلام، إن القرار نهائي.", "وقال",
     ("مسؤول في الوزارة", "القرار نهائي")),
    # an addressee and a quotation after it
    ("وقال ضابط في معسكر الشرطة، فضل عدم الكشف عن اسمه، لـ«الوطن»: «نفذنا الأوامر».", "وقال",
     ("ضابط في معسكر الشرطة", "نفذنا الأوامر")),
    # no commas: the aside still ends the speaker
    ("وقالت موظفة طلبت عدم ذكر اسمها إن الرواتب تأخرت.", "وقالت", ("موظفة", "الرواتب تأخرت")),
    # between dashes, as before
    ("وقال مسؤول - فضل عدم الكشف عن اسمه - إن الهجوم فشل.", "وقال", ("مسؤول", "الهجوم فشل")),
    # an aside that says the name was not given (لم يتم تسميته، لم يكشف عن اسمه، دون ذكر اسمه)
    ("وقال مصدر دبلوماسي عربي، لم يتم تسميته، إن الاجتماع تأجل.", "وقال", ("مصدر دبلوماسي عربي", "الاجتماع تأجل")),
    ("وقال مصدر مطلع، لم يكشف عن اسمه، إن الاجتماع تأجل.", "وقال", ("مصدر مطلع", "الاجتماع تأجل")),
    ("وأكد مسؤول في الوزارة، دون ذكر اسمه، أن الاجتماع تأجل.", "وأكد", ("مسؤول في الوزارة", "الاجتماع تأجل")),
    # where the words were said, between commas after the aside, then the content
    ("وقال مسؤول، فضل عدم ذكر اسمه، في ختام الاتصالات التي جرت اليوم، إن الاجتماع تأجل.", "وقال",
     ("مسؤول", "الاجتماع تأجل")),
    # a name that is a verb's form elsewhere is still a name when no identity is kept back
    ("وقال طلب الحسيني إن الهجوم فشل.", "وقال", ("طلب الحسيني", "الهجوم فشل")),
]


@pytest.mark.parametrize("text, verb, expected", ASIDES)
def test_an_anonymity_aside_is_neither_speaker_nor_content(ar, text, verb, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    c = verb_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    assert (c.speaker.text if c.speaker else None, c.claim.text) == expected


@pytest.mark.parametrize("text, found", [
    ("فضل عدم الكشف عن اسمه ، ان", True),
    ("مشترطا عدم نشر اسمه", True),
    ("طلب الحسيني", False),                   # no identity kept back
    ("لم يتم تسميته ، ان", True),
    ("لم يحضر الاجتماع ، ان", False),        # a negated clause that keeps back no identity
    ("رفض القرار ، ان", False),              # a refusal of something else
    ("طلب منه ، عدم ذكر اسمه", False),       # the clause ended before an identity
])
def test_anonymity_aside(ar, text, found):
    sent = ar.sentence(text)
    assert (anonymity_aside(sent.toks, 0) is not None) is found
