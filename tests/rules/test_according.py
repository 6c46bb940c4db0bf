"""According-to reports (attribution.backends.rules.according)."""
from dataclasses import replace

import pytest

from attribution.backends.rules.according import according_report, source_np
from attribution.backends.rules.cues import match_according

# (sentence, phrase word as written, known names, (cue, speaker, claim)) or None
REPORTS = [
    ("ارتفعت صادرات النفط بنسبة كبيرة، بحسب وكالة رويترز.", "بحسب", (),
     ("بحسب", "وكالة رويترز", "ارتفعت صادرات النفط بنسبة كبيرة")),
    ("ووفقا للبيان، فإن الاجتماع سيعقد في الرياض.", "ووفقا", (),
     ("وفقا", "بيان", "الاجتماع سيعقد في الرياض")),   # (للبيان = ل + البيان: the span cannot hold the article's alif)
    ("وتوقف العمل في الميناء، حسب ما أعلنت إدارة الميناء.", "حسب", (),
     ("حسب ما أعلنت", "إدارة الميناء", "وتوقف العمل في الميناء")),
    ("وأغلق الطريق، حسبما ذكرت الشرطة.", "حسبما", (), ("حسبما ذكرت", "الشرطة", "وأغلق الطريق")),
    ("وأغلق الطريق، بحسب ما نشر في صحيفة محلية.", "بحسب", (),
     ("بحسب ما نشر", "صحيفة محلية", "وأغلق الطريق")),                 # the medium of a passive report
    ("وسقط ثلاثة قتلى، نقلا عن مصادر طبية.", "نقلا", (), ("نقلا عن", "مصادر طبية", "وسقط ثلاثة قتلى")),
    ("وارتفعت الأسعار، وفقا لأرامكو.", "وفقا", (), ("وفقا", "أرامكو", "وارتفعت الأسعار")),  # ل is not the name's
    ("والخطة جاهزة، على حد تعبير النائب.", "على", (), ("على حد", "النائب", "والخطة جاهزة")),
    ("وجاء على لسان الوزير أن الخطة جاهزة.", "على", (), ("على لسان", "الوزير", "الخطة جاهزة")),
    ("وارتفعت الأسعار، بحسب الغامدي.", "بحسب", ("الغامدي",), ("بحسب", "الغامدي", "وارتفعت الأسعار")),
    # كما + any finite form of a listed verb: "as … reported"; a quoted source ends with its quote
    ("وأغلق الطريق، كما أفادت وكالة الأنباء الرسمية.", "كما", (),
     ("كما أفادت", "وكالة الأنباء الرسمية", "وأغلق الطريق")),
    ("وارتفعت الأسعار، كما يقول الخبراء، بسبب الطلب.", "كما", (), ("كما يقول", "الخبراء", "وارتفعت الأسعار")),
    ("وقتل عشرون مسلحا، كما أفاد «المرصد السوري» أمس.", "كما", (),
     ("كما أفاد", "المرصد السوري", "وقتل عشرون مسلحا")),   # (the marks are not the name's)
    ("وبحسب «رويترز» سجلت العقود ارتفاعا.", "وبحسب", (), ("بحسب", "رويترز", "سجلت العقود ارتفاعا")),
    # no source
    ("كما أعلن البنك أمس بيع وحدته في البرازيل.", "كما", (), None),      # opening a clause: "also"
    ("وتقدم للانتخابات، كما أعلن ترشحه للرئاسة.", "كما", (), None),
    ("ولفت في تصريح لـ«الشرق الأوسط» إلى أن الخطة جاهزة.", "في", (), None),  # the outlet spoken to
    ("وتتفاوت الأسعار حسب الموسم والطلب.", "حسب", (), None),
    ("وتعمل الشركات وفق القانون المعمول به.", "وفق", (), None),
    ("ويستفيد منه الرجال والنساء على حد سواء.", "على", (), None),
    ("ووصل الوفد في الموعد، وجاء في الموعد المحدد.", "وجاء", (), None),
    ("وارتفعت الأسعار، بحسب الغامدي.", "بحسب", (), None),              # a definite word, not a known name
    ("وتوزع المنح وفقا لفئات الأمانات.", "وفقا", (), None),            # a noun in construct, not a name
    ("وتوزع المنح وفقا للمادة 12.", "وفقا", (), None),
]


@pytest.mark.parametrize("text, word, known, expected", REPORTS)
def test_according_report(ar, text, word, known, expected):
    ctx, sent = ar.context(known), ar.sentence(text)
    i = ar.index(sent, word)
    c = according_report(ctx, sent, i, match_according(ctx, sent.toks, i), [])
    assert (c if c is None else (c.cue.text, c.speaker.text, c.claim.text)) == expected
    if c is not None:
        assert (c.kind, c.confidence) == ("according_to", 0.8)


def test_own_words_close_a_report_or_stand_with_the_pronouns_agreement(ar):
    """وفق قولها after a report closes its claim (no record); alone, it is a record whose
    speaker is the pronoun's referent, resolved later (feminine singular here)."""
    ctx, sent = ar.context(), ar.sentence("والخطة جاهزة، وفق قولها.")
    i = ar.index(sent, "وفق")
    acc = match_according(ctx, sent.toks, i)
    c = according_report(ctx, sent, i, acc, [])
    assert (c.speaker, c.claim.text, c.gender, c.number, c.confidence) == (None, "والخطة جاهزة", "f", "sg", 0.7)
    assert according_report(ctx, sent, i, acc, [(0, c)]) is not None  # an unattributed according-to does not count
    assert according_report(ctx, sent, i, acc, [(0, replace(c, kind="indirect"))]) is None


@pytest.mark.parametrize("text, expected", [
    ("على لسان الكاتب العام للنقابة، عبد الرحيم البناني، أن", "الكاتب العام للنقابة، عبد الرحيم البناني"),
    ("على لسان الكاتب العام للنقابة، اليوم، أن", "الكاتب العام للنقابة"),   # an adverbial, not a name
    ("على لسان الوزارة، عبد الرحيم البناني، أن", "الوزارة"),                 # no role before the name
    ("بحسب وكالة رويترز للأنباء اليوم", "وكالة رويترز للأنباء"),
])
def test_source_np(ar, text, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    used, _ = match_according(ctx, sent.toks, 0)
    src, _ = source_np(ctx, sent.toks, used)
    assert ar.text(sent, src) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb and a trailing according-to naming another source: two records, one claim
    ("وقال الوزير إن الأزمة ستنتهي، بحسب الجيش.",
     [("قال", "الوزير", "الأزمة ستنتهي"), ("بحسب", "الجيش", "الأزمة ستنتهي")]),
    ("وأضاف أن الخطة جاهزة، بحسب الوكالة.",
     [("أضاف", None, "الخطة جاهزة"), ("بحسب", "الوكالة", "الخطة جاهزة")]),
    # the same speaker, or where the report was made: one record
    ("وقال الوزير إن الخطة جاهزة، بحسب الوزير.", [("قال", "الوزير", "الخطة جاهزة")]),
    ("وقال الوزير إن الخطة جاهزة، على حد تعبيره.", [("قال", "الوزير", "الخطة جاهزة")]),
    ("وقال المدير إن الخطة جاهزة، في تصريح لوكالة الأنباء.", [("قال", "المدير", "الخطة جاهزة")]),
    # a full stop glued to the phrase opens a sentence: the claim follows فإن
    ("وانفجرت عبوة قرب القاعدة.وفقا للوكالة الألمانية فإن الانفجار أوقع قتيلين.",
     [("وفقا", "وكالة الألمانية", "الانفجار أوقع قتيلين")]),  # (للوكالة: the mention loses ل+ال)
    # a quoted source keeps the points of its name
    ("وارتفعت المبيعات، وفقا لشركة “دي. بي. دي” للأبحاث.",
     [("وفقا", "شركة “دي. بي. دي” للأبحاث", "وارتفعت المبيعات")]),
])
def test_trailing_and_glued_according_to(text, expected):
    from attribution import extract_text

    got = [(r.cue.text, r.speaker.text if r.speaker else None, r.claim.text) for r in extract_text(text)]
    assert got == expected
