"""Single-word tests shared by the rule families (attribution.backends.rules.words)."""
import doctest

import pytest

from attribution.backends.rules import words
from attribution.backends.rules.words import (
    content_noun, feeling_noun, is_adverbial, is_complementizer, nisba_adjective, speaker_word, speech_pronoun,
)
from attribution.text.normalize import norm_word


@pytest.mark.parametrize("word, expected", [
    ("أن", True), ("إن", True), ("بأن", True), ("وأن", True), ("فإن", True), ("لأن", True),
    ("إنه", True), ("بأنها", True), ("أنهم", True), ("إننا", True),
    ("أين", False), ("إنسان", False), ("الآن", False), ("أنا", False), ("بيان", False),
])
def test_complementizer(word, expected):
    assert is_complementizer(norm_word(word)) is expected


@pytest.mark.parametrize("word, expected", [
    ("الوزير", True), ("وزارة", True), ("البيان", True), ("مسؤولون", True),
    ("مندوبا", True),     # إلا أن مندوبا رفيعا صرح: the accusative alif after أن
    ("النقابات", True),   # a feminine plural of an organisation word (نقابة)
    ("الاتفاق", False), ("الأسعار", False), ("محمد", False),
])
def test_speaker_word(ar, word, expected):
    assert speaker_word(ar.context(), norm_word(word)) is expected


@pytest.mark.parametrize("word, expected", [
    ("ضرورة", True), ("ترشحه", True), ("سعادتهم", True),
    ("تمنياته", False), ("حقب", False),
    ("تهاني", False), ("آمال", False),      # given names too (وذكرت تهاني أن…): nouns of feeling only
])
def test_content_noun(ar, word, expected):
    assert content_noun(ar.context(), norm_word(word)) is expected


@pytest.mark.parametrize("word, expected", [
    ("سعادتهم", True), ("امتنانه", True), ("التهاني", True),
    ("استيائه", True), ("عزائها", True),    # استياء، عزاء: the hamza sits on ي before a pronoun
    ("تمنياته", True),                      # تمنيات: a plural in ات, not a ة written ت
    ("حقب", False), ("معاناة", False), ("أصحابها", False),
])
def test_feeling_noun(ar, word, expected):
    assert feeling_noun(ar.context(), norm_word(word)) is expected


@pytest.mark.parametrize("word, expected", [
    ("اليوم", True), ("في", True), ("خلال", True), ("وخلال", True),
    ("لوكالة", True), ("للصحيفة", True),   # where it was said, not who said it
    ("الوزير", False), ("للوزير", False), ("إن", False),
])
def test_adverbial(ar, word, expected):
    assert is_adverbial(ar.context(), norm_word(word)) is expected


@pytest.mark.parametrize("word, expected", [
    ("قوله", ("m", "sg")), ("قولها", ("f", "sg")), ("قولهم", ("m", "pl")), ("قولهما", ("m", "du")),
    ("تعبيره", ("m", "sg")), ("تصريحاتها", ("f", "sg")),
    ("روايته", ("m", "sg")), ("إشارتها", ("f", "sg")),   # رواية، إشارة: the ة is written ت before a pronoun
    ("قول", None), ("كتابه", None),
])
def test_speech_pronoun(ar, word, expected):
    assert speech_pronoun(ar.context(), norm_word(word)) == expected


@pytest.mark.parametrize("word, expected", [
    ("الروسية", True), ("الأمريكي", True), ("المحتجون", True), ("المصرية", True),
    ("الخارجية", True), ("الحكومة", False), ("الوزارة", False),
])
def test_nisba_adjective(word, expected):
    assert nisba_adjective(norm_word(word)) is expected


def test_docstring_examples_run():
    assert doctest.testmod(words).failed == 0
