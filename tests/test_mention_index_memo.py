"""The mention index's memory (issue 12): a question asked again, or with its places in another
order, gets the answer a fresh index gives; the answers are the windowed ones until all() is read."""
from __future__ import annotations

import pytest

from attribution.lexicon.cues import default_lexicon
from attribution.speakers.in_document import _MentionIndex
from attribution.text.normalize import normalize_text

# long enough that a question about one or two places is answered from a window, not all()
_FILL = " ".join(["وجرت المباراة في الملعب الكبير أمام جمهور غفير من المشجعين."] * 12)
TEXTS = [
    "أكد وزير الخارجية السعودي عادل الجبير أن المملكة ماضية في خطتها. " + _FILL
    + " وقال الجبير إن الحوار مستمر. وأعلنت وزارة الصحة عن حملة جديدة.",
    "قال المتحدث الرسمي باسم الشرطة العقيد فواز الميمان إن الحادث وقع مساء أمس. " + _FILL
    + " وأضاف الميمان أن التحقيق جار. وذكرت صحيفة الرياض أن الحادث الثالث.",
]


def _index(text: str) -> _MentionIndex:
    return _MentionIndex(text, default_lexicon(), normalize_text(text))


def _key(found):
    return [(it.pos, it.end, it.info.name, it.info.type) for it in found]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("word", ["الجبير", "الميمان", "الصحه"])
def test_repeated_question_same_answer(text, word):
    places = [i for i in range(0, len(text), 97)][:2]
    memo = _index(text)
    first = _key(memo.at(places))
    assert _key(memo.at(list(reversed(places)))) == first == _key(_index(text).at(places))
    assert _key(memo.naming({word})) == _key(memo.naming({word})) == _key(_index(text).naming({word}))
