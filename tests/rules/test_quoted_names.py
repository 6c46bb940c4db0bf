"""Quoted and bracketed names: after a noun of a kind (محطة «…»، كتاب "…"، هيئة (…)) the quote or
bracket is the name, not the content; a quoted surname right after the verb is its subject, an
object may follow it (attribution.backends.rules.content, .subjects, .noun_phrase)."""
import pytest

from attribution.backends.rules.noun_phrase import np_end, plausible_speaker
from attribution.backends.rules.verb import verb_report

# (sentence, verb as written, (speaker, claim, kind)) or None
NAMED = [
    # the quote after a noun of a kind is its name, even when it opens like إن (إن تي في)
    ("وأفادت قناة «إن بي سي» الأمريكية أن الرئيس سيلقي خطابا الليلة.", "وأفادت",
     ("قناة «إن بي سي» الأمريكية", "الرئيس سيلقي خطابا الليلة", "indirect")),
    ('وقالت إذاعة "ان اتش كي" اليابانية ان الزلزال ضرب الساحل الشمالي.', "وقالت",
     ('إذاعة "ان اتش كي" اليابانية', "الزلزال ضرب الساحل الشمالي", "indirect")),
    # a long quoted title, a preposition inside it: the name still (not «من» the content)
    ("وذكر موقع «رابطة المدافعين عن البيئة» أن التلوث زاد في الخليج.", "وذكر",
     ("موقع «رابطة المدافعين عن البيئة»", "التلوث زاد في الخليج", "indirect")),
    # a book's title with a colon inside: the whole title names it, the claim follows the frame
    ('ويشير كتاب "الصحراء: قصة الماء والرمال" إلى أن الواحات تتراجع منذ قرن.', "ويشير",
     ('كتاب "الصحراء: قصة الماء والرمال"', "الواحات تتراجع منذ قرن", "indirect")),
    # a bracketed name after a noun of a kind: its إن is the name's, not a complementizer
    ("وقالت هيئة (إن إس إيه) إن الاختراق جرى الشهر الماضي.", "وقالت",
     ("هيئة (إن إس إيه)", "الاختراق جرى الشهر الماضي", "indirect")),
    # a relay: the عن inside the quoted name is not the relay's (نقل … عن …)
    ("ونقل موقع «جمعية الدفاع عن المستهلك» عن مصادر في الوزارة أن الأسعار سترتفع.", "ونقل",
     ("مصادر في الوزارة", "الأسعار سترتفع", "indirect")),
    # still the content: a quote right after the verb, or after a definite speaker
    ("وقالت الصحيفة «إن الحكومة ستستقيل قريبا وفق مصادر مطلعة».", "وقالت",
     ("الصحيفة", "إن الحكومة ستستقيل قريبا وفق مصادر مطلعة", "direct")),
    # a quoted surname right after the verb is the subject; the object or addressee follows it
    ("وطالب «بشير» الأمانة بإصلاح الطريق قبل موسم الأمطار.", "وطالب",
     ("بشير", "بإصلاح الطريق قبل موسم الأمطار", "indirect")),
    ('وحث "السبيعي" الطلاب على الالتزام بالمواعيد.', "وحث", ("السبيعي", "الالتزام بالمواعيد", "indirect")),
    ('ودعا "الشهري" المسؤولين في القطاع إلى مراجعة الأنظمة.', "ودعا",
     ("الشهري", "مراجعة الأنظمة", "indirect")),
    ('ودعا "آل سعيد" ممثلي الشركات إلى حضور الاجتماع.', "ودعا", ("آل سعيد", "حضور الاجتماع", "indirect")),
    ('وأضاف "اللحياني" متحدثا للصحفيين أن العمل سينتهي قريبا.', "وأضاف", ("اللحياني", "العمل سينتهي قريبا", "indirect")),
    # a quoted body's name of three or four words right after the verb, its content after it (the
    # verb's preposition or a complementizer, an adverb between commas): the subject, not the words said
    ("وأعلنت «كتائب الشمال الموحدة»، اليوم، عن سيطرتها على التلة.", "وأعلنت",
     ("كتائب الشمال الموحدة", "سيطرتها على التلة", "indirect")),
    ("وأكد «اتحاد العمال المستقلين» أن الإضراب مستمر حتى الخميس.", "وأكد",
     ("اتحاد العمال المستقلين", "الإضراب مستمر حتى الخميس", "indirect")),
    ("ونقل «مركز الأخبار المحلية» عن شهود عيان أن الطريق أغلق.", "ونقل",
     ("شهود عيان", "الطريق أغلق", "indirect")),
    # (أبلغ "informed": the quoted outlet first is its addressee, the subject after it)
    ('وأبلغ "اليوم" مدير الإدارة أن العمل سينتهي قريبا.', "وأبلغ", ("مدير الإدارة", "العمل سينتهي قريبا", "indirect")),
]


@pytest.mark.parametrize("text, verb, expected", NAMED)
def test_quoted_and_bracketed_names(ar, text, verb, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    c = verb_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    assert (c if c is None else (c.speaker.text if c.speaker else None, c.claim.text, c.kind)) == expected


@pytest.mark.parametrize("text, expected", [
    ("«بلو»", True),          # a quoted name, though it opens like the preposition ب
    ("«لطفي»", True),
    ("«بالمنطقة»", False),    # a quoted ب-phrase is none
    ("بلو", False),           # (unquoted: ب-initial words are read as phrases)
])
def test_a_quoted_name_is_a_plausible_speaker(ar, text, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    assert plausible_speaker(ctx, sent.toks) is expected


@pytest.mark.parametrize("text, expected", [
    ('"الدوسري" متحدثا للصحفيين', '"الدوسري"'),                     # a state, not the name's
    ('"العنزي" ربما', '"العنزي"'),                                    # an adverb
    ('"المالكي" ممثلي الشركات', '"المالكي"'),                       # the addressee in construct
    ('منظمة «العدالة» مسؤوليتها عن الحادث', "منظمة «العدالة»"),      # the object with the subject's pronoun
    ("عضو «الجمعية الثقافية» هيفا العنزي", "عضو «الجمعية الثقافية» هيفا العنزي"),  # a name in -ا goes on
    ("صحيفة «الوطن» الكويتية", "صحيفة «الوطن» الكويتية"),
])
def test_the_phrase_after_a_quoted_name(ar, text, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    assert ar.text(sent, sent.toks[:np_end(ctx, sent.toks)]) == expected
