"""Passive and impersonal reports (attribution.backends.rules.passive)."""
import pytest

from attribution.backends.rules.passive import passive_report


@pytest.mark.parametrize("text, word, expected", [
    ("يشار إلى أن المشروع بدأ قبل عامين.", "يشار", ("يشار", "note", "المشروع بدأ قبل عامين")),
    ("وقيل إن الوفد غادر مبكرا.", "وقيل", ("قيل", "say", "الوفد غادر مبكرا")),
    ("وأفيد بأن الطريق مغلق.", "وأفيد", ("أفيد", "report", "الطريق مغلق")),
    ("ويعتقد أيضا أن الاتفاق قريب.", "ويعتقد", ("يعتقد", "believe", "الاتفاق قريب")),
    ("وقد قيل إن الوفد غادر.", "قيل", ("قيل", "say", "الوفد غادر")),          # after قد: still clause-initial
    ("وقال الوزير ما قيل إن الوفد غادر.", "قيل", None),                       # not clause-initial
    ("يشار في هذا الصدد إلى أن المشروع بدأ.", "يشار", None),                  # أن too far from the cue
    ("قيل الكثير عن المشروع.", "قيل", None),                                  # no complementizer
])
def test_passive_report(ar, text, word, expected):
    sent = ar.sentence(text)
    c = passive_report(sent, ar.index(sent, word))
    assert (c if c is None else (c.cue.text, c.cue.meaning, c.claim.text)) == expected
    if c is not None:
        assert (c.speaker, c.kind, c.confidence) == (None, "unattributed", 0.7)


# a verb whose active imperfect opens with a fatha (افتعل، استفعل، تفعّل) written with a damma is
# the passive: the thing considered or required follows it, no speaker; with أن right after it it
# is still the impersonal «it is believed / expected that»
@pytest.mark.parametrize("text, cues", [
    ("وتُعتبر الشركة أول شركة صينية تسجل في البورصة، حيث يتيح موقعها البحث في: الصور والفيديو.", []),
    ("وأضاف المدير أنه يُشترط على المتقدم استخراج شهادة صحية، وأن يكون حسن السيرة.", ["أضاف"]),
    ("كان يُعتبر شريك العمل للمبدع: حيث كانت علاقته به وثيقة.", []),
    ("ويَعتبر الوزير أن الخطة ناجحة.", ["يَعتبر"]),
    ("ويُؤكد الوزير أن الخطة ناجحة.", ["يُؤكد"]),
    ("يُعتقد أن الاتفاق قريب.", ["يُعتقد"]),
    ("ويُتوقع أن ترتفع الأسعار.", ["يُتوقع"]),
])
def test_a_vocalised_passive_imperfect(text, cues):
    from attribution.pipeline import extract_document
    from attribution.records import Document
    assert [r.cue.text for r in extract_document(Document("d", text))] == cues
