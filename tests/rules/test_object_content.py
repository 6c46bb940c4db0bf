"""A noun of content as the verb's object before a preposition that is the noun's own (أكد الوزير
حرص واشنطن على…، أعلن التنظيم مسؤوليته عن…), and a second imperfect verb after the cue that is no
subject (تتساءل وتحلل) (attribution.backends.rules.content, .verb)."""
import pytest

from attribution.pipeline import extract_document
from attribution.records import Document

# (text, cue, speaker, claim)
CLAIMS = [
    ("وأكد الوزير حرص واشنطن على تعزيز السلام في المنطقة.", "أكد", "الوزير",
     "حرص واشنطن على تعزيز السلام في المنطقة"),
    ("وأعلن التنظيم مسؤوليته عن الهجوم على مركز الشرطة.", "أعلن", "التنظيم", "مسؤوليته عن الهجوم على مركز الشرطة"),
    ("وأكد المدير حرص الإدارة على راحة الطلاب.", "أكد", "المدير", "حرص الإدارة على راحة الطلاب"),
    # (the verb's own preposition right after the subject still opens the content)
    ("وأكد الوزير على أهمية التعاون بين البلدين.", "أكد", "الوزير", "أهمية التعاون بين البلدين"),
    ("وأكد الوزير في كلمته على أهمية التعاون.", "أكد", "الوزير", "أهمية التعاون"),
    ("وأعرب الوزير عن قلقه من التصعيد.", "أعرب", "الوزير", "قلقه من التصعيد"),
]


@pytest.mark.parametrize("text, cue, speaker, claim", CLAIMS)
def test_object_of_content(text, cue, speaker, claim):
    recs = [r for r in extract_document(Document("d", text)) if r.cue.text == cue]
    assert len(recs) == 1
    assert (recs[0].speaker_name, recs[0].claim.text) == (speaker, claim)


@pytest.mark.parametrize("text, speaker", [
    ("والصحف تتساءل وتحلل: هل سيفوز المرشح؟", "الصحف"),        # و + the same person's imperfect: a second verb
    ("ويقول ويليام إن الوضع صعب.", "ويليام"),                   # (a name that begins like one)
    ("وتقول ويندي إن الوضع صعب.", "ويندي"),
])
def test_second_verb_is_no_subject(text, speaker):
    recs = extract_document(Document("d", text))
    assert recs and recs[0].speaker_name == speaker


@pytest.mark.parametrize("text, speaker", [
    # an object cut off before its preposition by the content is no subject: the subject is dropped
    ("وقال الوزير إن الوضع صعب. وأبدى مخاوفه من إمكانية التصعيد.", "الوزير"),
    ("وقال المدرب إن الفريق جاهز. كما أبدى قدرا كبيرا من السعادة بالفوز.", "المدرب"),
    ("وقال الوزير إن الوضع صعب. ونفى ما يتم تداوله عن تأجيل الدراسة.", "الوزير"),
    ("وقال محمد علي إن الوضع جيد.", "محمد علي"),                  # (علي ends a name)
])
def test_object_ending_in_preposition_is_no_subject(text, speaker):
    recs = extract_document(Document("d", text))
    assert recs[-1].speaker_name == speaker
