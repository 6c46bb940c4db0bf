"""Name words: given names (Arabic and foreign), compound given names, particles."""
import pytest

from attribution.lexicon.names import given_name_length, is_given_name, is_name_particle
from attribution.text.normalize import norm_word


@pytest.mark.parametrize("word, expected", [
    ("فيصل", True), ("فهد", True), ("بسام", True), ("لينا", True),     # names that begin like a clitic
    ("عبدالعزيز", True), ("عبدالإله", True),                          # عبد-compounds written as one word
    ("أليكسي", True), ("تاتيانا", True), ("ديمتري", True),            # foreign given names
    ("الوزير", False), ("قال", False), ("في", False), ("الصين", False),
])
def test_is_given_name(word, expected):
    assert is_given_name(norm_word(word)) is expected


@pytest.mark.parametrize("words, i, expected", [
    ("عبد الرحمن بن سعد", 0, 2), ("أبو بكر البغدادي", 0, 2), ("سيف الدين علي", 0, 2), ("نور الهدى", 0, 2),
    ("محمد بن سلمان", 0, 1), ("محمد بن سلمان", 1, 0), ("وزير الخارجية", 0, 0), ("قال", 3, 0),
])
def test_given_name_length(words, i, expected):
    assert given_name_length([norm_word(w) for w in words.split()], i) == expected


@pytest.mark.parametrize("word, expected", [("بن", True), ("آل", True), ("أبو", True), ("بنت", True), ("من", False)])
def test_name_particles(word, expected):
    assert is_name_particle(norm_word(word)) is expected


@pytest.mark.parametrize("text, i, expected", [
    # an institution named after a person: the noun, the title, the name and its adjectives
    ("خطيب جامع الملك فيصل بأبها", 1, "جامع الملك فيصل"),
    ("مدير مستشفى الملك فهد العام الدكتور سعد", 1, "مستشفى الملك فهد العام"),
    ("وكيل جامعة الإمام محمد بن سعود الإسلامية", 1, "جامعة الإمام محمد بن سعود الإسلامية"),
    ("مركز الأمير سلطان للقلب", 0, "مركز الأمير سلطان"),
    ("مطار الملك عبد العزيز الدولي بجدة", 0, "مطار الملك عبد العزيز الدولي"),
    ("مدينة الملك عبدالله بن عبدالعزيز الطبية", 0, "مدينة الملك عبدالله بن عبدالعزيز الطبية"),
    ("بجامعة الملك سعود", 0, "بجامعة الملك سعود"),                                # with a preposition
    ("جائزة خادم الحرمين الشريفين الملك عبدالله للترجمة", 0, "جائزة خادم الحرمين الشريفين الملك عبدالله"),
    # no person's name after the title, or no institution noun: none
    ("مركز الملك للدراسات", 0, None),
    ("مدير مركز الشرطة فهد العتيبي", 1, None),
    ("الأمير فيصل بن بندر", 0, None),
])
def test_named_institution_end(text, i, expected):
    from attribution.lexicon.names import named_institution_end
    words = text.split()
    end = named_institution_end([norm_word(w) for w in words], i)
    assert (" ".join(words[i:end]) if end else None) == expected
