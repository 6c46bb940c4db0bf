"""Noun phrases: where a speaker's noun phrase ends, addressees, apposition, nominal checks
(attribution.backends.rules.noun_phrase)."""
import pytest

from attribution.backends.rules.noun_phrase import (
    addressee_prefix, apposition_at, is_addressee, looks_nominal, np_end, only_subject, plausible_speaker,
)

# (the words after a verb, the noun phrase they open); None: no noun phrase
NP_END = [
    ("وزير الخارجية الروسي سيرغي لافروف للصحفيين", "وزير الخارجية الروسي سيرغي لافروف"),
    ("بوتين للصحفيين", "بوتين"),                                   # an addressee after the name
    ("الجيش لصحفيين أجانب", "الجيش"),
    ("الوزير اليوم", "الوزير"),                                     # an adverbial
    ("الوزير في تصريح صحفي", "الوزير"),                             # في + an event noun
    ("الخبير في الموارد المائية منير الطرابلسي", "الخبير في الموارد المائية منير الطرابلسي"),  # an affiliation
    ("مسؤولون في وزارة التربية", "مسؤولون في وزارة التربية"),
    ("مصدر داخل الحكومة", "مصدر داخل الحكومة"),
    ("الكاتب العام للنقابة", "الكاتب العام للنقابة"),               # a genitive after a role
    ("عدد من المسؤولين", "عدد من المسؤولين"),                       # a part of a group
    ("دبلوماسيون أوروبيون تحدثوا", "دبلوماسيون أوروبيون"),          # an indefinite relative clause
    ("الوزارة وقوع حادث", "الوزارة"),                                 # a bare noun opens the object
    ("وزارة الصحة ارتفاع الإصابات", "وزارة الصحة"),
    ("الزهراني وقوع حادث", "الزهراني"),
    ("النائب فهد العتيبي وزارة الأشغال", "النائب فهد العتيبي"),      # a second noun phrase after a name
    ("فيصل بن فرحان نظيره الروسي", "فيصل بن فرحان"),                # his counterpart, another person
    ("ابن فارس", "ابن فارس"),                                       # a name after a name particle
    ("مختار خطاب", "مختار خطاب"),                                   # a family name that is also a noun
    # a role after the name goes on (a definite organisation after it starts a second noun phrase)
    ("سالم الحربي رئيس قطاع النقل", "سالم الحربي رئيس"),
    ("سالم الحربي وزارة النقل", "سالم الحربي"),
    ("تقرير صادر عن صندوق النقد الدولي", "تقرير صادر عن صندوق النقد الدولي"),  # the issuer of a document
    ("الوزير فيما كان يغادر", "الوزير"),                             # a subordinator
    ("الوزير الذي زار المعرض", "الوزير"),                           # a relative pronoun
    ("الوزير مضيفا", "الوزير"),                                     # a participle describing the saying
    ("سموه مبادرة التسجيل", "سموه"),                                # "his highness" is the whole subject
    ("أمير منطقة الرياض", "أمير منطقة الرياض"),
    ("مدير التعليم بمنطقة تبوك", "مدير التعليم بمنطقة تبوك"),        # a region's bare name is no object
    ("ذلك مدير الفرع", None),                                      # the demonstrative is the object
    ("لرويترز", None), ("لي", None), ("بالعمل", None), ("قائلا", None), ("اليوم", None),
]


@pytest.mark.parametrize("words, expected", NP_END)
def test_np_end(ar, words, expected):
    sent = ar.sentence(words)
    assert ar.text(sent, sent.toks[:np_end(ar.context(), sent.toks)]) == expected


@pytest.mark.parametrize("words, expected", [
    ("للصحفيين الوزير", 1), ("لنا المتحدث", 1), ("لرويترز الوزير", 1),
    ('لـ"الاقتصادية" الدكتور', 4), ('لصحيفة "عكاظ" المدير', 4),
    ("الوزير للصحفيين", 0), ("لكن الوزير", 0),
])
def test_addressee_prefix(ar, words, expected):
    sent = ar.sentence(words)
    assert addressee_prefix(ar.context(), sent.toks) == expected


@pytest.mark.parametrize("text, expected", [
    ("المندوب، كمال الدريدي، أكد", True),
    ("المندوب، الكاتب العام، أكد", False),     # a definite word is no bare name
    ("المندوب، قال إن، أكد", False),           # a verb
    ("المندوب، كمال الدريدي أكد أن", False),   # no closing comma
])
def test_apposition_at(ar, text, expected):
    sent = ar.sentence(text)
    assert apposition_at(ar.context(), sent.toks, 2) is expected


@pytest.mark.parametrize("words, expected", [
    ("الصحفيين", True), ("المواطنين", True), ("المحتجون", True), ("الوزير", False), ("صحفيين", False),
])
def test_addressee(ar, words, expected):
    assert is_addressee(ar.context(), ar.sentence(words).toks) is expected


@pytest.mark.parametrize("words, known, expected", [
    ("الوزير", (), True), ("وزارة الصحة", (), True), ("سيرومولوتوف", (), True),
    ('"غوغل"', (), True), ("الغطاء", (), False), ("الغامدي", ("الغامدي",), True),
    ("بالعمل", (), False), ("له", (), False),
])
def test_plausible_speaker(ar, words, known, expected):
    assert plausible_speaker(ar.context(known), ar.sentence(words).toks) is expected


@pytest.mark.parametrize("words, expected", [
    ("الوزير الروسي", True), ("قال الوزير", False), ("أن الوزير", False),
    ("واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة", False),
])
def test_looks_nominal(ar, words, expected):
    assert looks_nominal(ar.context(), ar.sentence(words).toks) is expected


@pytest.mark.parametrize("words, expected", [
    ("الوزير، في كلمته،", True),          # أشار الوزير، في كلمته، إلى أهمية…
    ("الوزير، الشهر الماضي،", True),
    ("الوزير", True),
    ("الوزير الذي زار المعرض", False),     # the noun phrase ends at a relative clause
    ("الوزير، قال إن", False),             # a second segment that is a clause
])
def test_only_subject(ar, words, expected):
    assert only_subject(ar.context(), ar.sentence(words).toks) is expected
