"""Property tests: no input crashes the extractor, and every span slices its own text.

Two generators: arbitrary Unicode (anything a scraper can hand us), and Arabic-like text
assembled from reporting cues, names, quotes, clitics, diacritics and tatweel, so that the
engine's attribution paths are actually exercised.
"""
from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from attribution.pipeline import extract_document
from attribution.io.readers import normalize_newlines
from attribution.records import KINDS, Attribution, Document

PIECES = [
    "قال", "وقال", "وقالت", "فقال", "أكد", "وأكدت", "أضاف", "وأضافت", "أوضح", "أشار إلى أن",
    "صرح", "نفى", "يقول", "تقول", "بحسب", "حسب", "وفق", "وفقاً لـ", "نقلا عن", "على لسان",
    "الوزير", "وزير الخارجية", "المتحدثة باسم الوزارة", "الرئيس", "محمد بن سلمان", "أوليغ سيرومولوتوف",
    "وكالة الأنباء", "مصادر مطلعة", "الحكومة", "إن", "أن", "بأن", "لأن", "إنه", "أنها",
    "«", "»", "\"", "“", "”", ":", "،", ".", "؟", "!", "(", ")", "\n", "\n\n", " ", " ", " ",
    "الاتفاق جاهز", "المفاوضات ستستأنف", "لا", "لم", "سوف", "اليوم", "أمس", "في تصريح صحفي",
    "ـــ", "َ", "ُ", "ِ", "ّ", "ْ", "ً", "\u200f", "\u200c", "١٢٣", "2018", "Reuters", "«قال»",
]

CUES = ["قال", "وقال", "وقالت", "فقال", "أكد", "وأكدت", "أضاف", "وأضافت", "أوضح", "صرح", "نفى", "وأشار"]
SPEAKERS = ["الوزير", "وزير الخارجية الروسي سيرغي لافروف", "المتحدثة باسم الوزارة", "الرئيس", "",
            "مصدر مسؤول", "وكالة الأنباء السعودية", "الشرطة"]
COMPS = ["إن", "أن", "بأن", "إنه", "أنها", ":", ": «", "إلى أن", ""]
CLAIMS = ["الاتفاق جاهز", "المفاوضات ستستأنف الأسبوع المقبل", "«لا تراجع عن القرار»",
          "الحكومة لم تتخذ أي قرار بعد، وأن الاجتماع تأجل"]
ENDS = [".", "».", "\n", "، ", "؟ ", ""]

noise = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)
sentence = st.tuples(st.sampled_from(CUES), st.sampled_from(SPEAKERS), st.sampled_from(COMPS),
                     st.sampled_from(CLAIMS), st.sampled_from(ENDS)).map(" ".join)
according = st.tuples(st.sampled_from(["وبحسب", "ووفقا لـ", "نقلا عن", "وحسب"]), st.sampled_from(SPEAKERS),
                      st.sampled_from(["، فإن", "،"]), st.sampled_from(CLAIMS), st.just(".")).map(" ".join)
# reporting sentences with noise between them (diacritics, tatweel, quotes, stray punctuation)
arabicish = st.lists(st.one_of(sentence, according, noise), max_size=8).map(" ".join)
anything = st.text(max_size=400)
texts = st.one_of(anything, arabicish, st.tuples(arabicish, anything, arabicish).map("".join))


def check_record(text: str, r: Attribution) -> None:
    assert r.kind in KINDS
    assert 0.0 <= r.confidence <= 1.0
    assert 0 <= r.cue.start < r.cue.end <= len(text)
    assert text[r.cue.start:r.cue.end] == r.cue.text
    for span in (r.speaker, r.claim):
        if span is not None:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start:span.end] == span.text
    assert Attribution.from_dict(json.loads(json.dumps(r.to_dict(), ensure_ascii=False))) == r


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@example("حسب“00A  ،0")  # (found by hypothesis: an apposition matched of marks and spaces only)
def test_no_input_crashes_and_every_span_slices_its_text(text):
    doc = Document("prop", text)
    for r in extract_document(doc, backend="rules"):
        assert r.doc_id == "prop"
        check_record(text, r)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_spans_hold_on_reader_normalised_text(text):
    """What the readers store (newlines normalised) is exactly what the spans index."""
    text = normalize_newlines(text.replace("\r", "\r\n"))
    for r in extract_document(Document("prop", text), backend="rules"):
        check_record(text, r)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(arabicish, min_size=1, max_size=4))
def test_sentence_numbers_are_in_text_order(paragraphs):
    text = "\n\n".join(paragraphs)
    recs = extract_document(Document("prop", text), backend="rules")
    assert [r.sentence for r in recs] == sorted(r.sentence for r in recs)
    assert all(r.sentence >= 0 for r in recs)
