"""Cue frames (cues.tsv): what a verb's content can be, read by the rules (content, verb, cues).

Sentences written for these tests; each row: text, then (cue, speaker mention, claim) per record.
"""
import pytest

from attribution import extract_text

FRAMES = [
    # obj: a noun-phrase object that is a proposition (masdar clause) is the content
    ("وأكد وزير الصحة أهمية الخطوة.", [("أكد", "وزير الصحة", "أهمية الخطوة")]),
    ("وأكد في الوقت ذاته ضرورة الحوار.", [("أكد", None, "ضرورة الحوار")]),  # an adverbial is no subject
    ("والوزارة إذ تعلن ذلك لتؤكد حرص الحكومة على الأمن.", []),  # ذلك is the object: no content of تعلن
    ("وأكدت اللجنة العامة للانتخابات ضرورة تطبيق الإجراءات.",
     [("أكدت", "اللجنة العامة للانتخابات", "ضرورة تطبيق الإجراءات")]),
    ("وأعلن الرئيس ترشحه للانتخابات المقبلة.", [("أعلن", "الرئيس", "ترشحه للانتخابات المقبلة")]),
    ("ونفى المتحدث وجود خلافات داخل الحزب.", [("نفى", "المتحدث", "وجود خلافات داخل الحزب")]),
    ("وأبدى المدرب استعداده للبقاء مع الفريق.", [("أبدى", "المدرب", "استعداده للبقاء مع الفريق")]),
    # the outlet told, its name quoted after ل, stands between the subject and the frame
    ('وكشفت مصادر مطلعة لـ"المدينة" عن تأجيل الاجتماع.', [("كشفت", "مصادر مطلعة", "تأجيل الاجتماع")]),
    ("وكشف مدير الجامعة لـ«اليوم» عن افتتاح كلية جديدة.", [("كشف", "مدير الجامعة", "افتتاح كلية جديدة")]),
    ('وشدد المحافظ لـ"الرياض" على ضرورة الالتزام بالأنظمة.', [("شدد", "المحافظ", "ضرورة الالتزام بالأنظمة")]),
    # a demonstrative alone, a judged thing, an object that is no proposition: no report
    ("وأكد الوزير ذلك.", []),
    ("وانتقد النائب الحكومة بشدة.", []),
    ("وندد الاتحاد بالهجوم على الملعب.", []),
    ("وأبدى الحضور ملاحظات كثيرة.", []),
    # head: جدد/كرر report a noun object only when a noun of content heads it; a clause always
    ("وجدد الوزير تأكيده على دعم المشروع.", [("جدد", "الوزير", "تأكيده على دعم المشروع")]),
    ("وكررت الوزارة دعوتها إلى ترشيد الاستهلاك.", [("كررت", "الوزارة", "دعوتها إلى ترشيد الاستهلاك")]),
    ("وكرر المتحدث أن الاتفاق جاهز.", [("كرر", "المتحدث", "الاتفاق جاهز")]),
    ("وجددت إدارة النادي عقد اللاعب لموسمين.", []),
    ("وجدد وزير الصحة اللبناني وائل أبو فاعور، التمسك باتفاق الطائف.",
     [("جدد", "وزير الصحة اللبناني وائل أبو فاعور", "التمسك باتفاق الطائف")]),
    ("وجدد مجلس الوزراء المواقف الثابتة للمملكة.", [("جدد", "مجلس الوزراء", "المواقف الثابتة للمملكة")]),
    ("وجدد في الوقت ذاته المواقف الثابتة للمملكة.", [("جدد", None, "المواقف الثابتة للمملكة")]),
    ("وكرر المعلم السؤال مرة أخرى.", []),
    ("ورحب المدير بالضيوف، مجددا الدعوة إلى زيارة المعرض.", [("مجددا", "المدير", "الدعوة إلى زيارة المعرض")]),
    ("وزار المدير المعرض، مكررا تجربته في العام الماضي.", []),
    # P+np: a preposition then a noun phrase
    ("وأعرب الوزير عن قلقه من تدهور الأوضاع.", [("أعرب", "الوزير", "قلقه من تدهور الأوضاع")]),
    ("وأشار الخبير إلى أهمية التعليم المبكر.", [("أشار", "الخبير", "أهمية التعليم المبكر")]),
    ("وعبر اللاعب عن رغبته في الاستمرار.", [("عبر", "اللاعب", "رغبته في الاستمرار")]),
    ("وأقر المدير بوجود أخطاء في التقرير.", [("أقر", "المدير", "بوجود أخطاء في التقرير")]),
    ("وطالب النواب بإقالة الوزير.", [("طالب", "النواب", "بإقالة الوزير")]),
    # P: a preposition then a clause; documents as sources
    ("وخلصت الدراسة إلى أن التدخين يضر بالقلب.", [("خلصت", "الدراسة", "التدخين يضر بالقلب")]),
    ("ونصت المادة على أن الرسوم تدفع مقدما.", [("نصت", "المادة", "الرسوم تدفع مقدما")]),
    ("وأظهرت الدراسة أن الأطفال ينامون أقل.", [("أظهرت", "الدراسة", "الأطفال ينامون أقل")]),
    # only: عبر "via", خلص "got rid of" report nothing without their frame
    ("وعبر الحدود ثلاثة آلاف لاجئ أمس.", []),
    # addr: the addressee is not the speaker
    ("ودعا الوزير الدول إلى وقف إطلاق النار.", [("دعا", "الوزير", "وقف إطلاق النار")]),
    ("وحث الأمين العام الطرفين على ضبط النفس.", [("حث", "الأمين العام", "ضبط النفس")]),
    ("وأبلغ الوزير الصحفيين أن الاتفاق جاهز.", [("أبلغ", "الوزير", "الاتفاق جاهز")]),
    ("وأبلغ الصحفيين أن الاتفاق جاهز.", [("أبلغ", None, "الاتفاق جاهز")]),
    ("وطالب الوزير الشركات بخفض الأسعار.", [("طالب", "الوزير", "بخفض الأسعار")]),
    ("وطالب النائب فهد الراشد وزارة النقل بالكشف عن الأسباب.",
     [("طالب", "النائب فهد الراشد", "بالكشف عن الأسباب")]),
    # a name starting with ب is no ب-phrase; a gesture is no report
    ("وأشار الخبير بيده إلى الخريطة.", []),
]


@pytest.mark.parametrize("text, expected", FRAMES)
def test_frames(text, expected):
    got = [(r.cue.text, r.speaker.text if r.speaker else None, r.claim.text) for r in extract_text(text)]
    assert got == expected


PARTICIPLES = [
    # an object or an addressee before the participle's frame; tanwin and shadda are read
    ("وقال الوزير إن الخطة جاهزة، لافتًا النظر إلى أن التمويل متوفر.", ("لافتًا", "التمويل متوفر", "الوزير")),
    ("وقال المدير إن التسجيل بدأ، داعيًا جميع الطلاب إلى مراجعة الموقع.", ("داعيًا", "مراجعة الموقع", "المدير")),
    ("وتجمع الأهالي أمام البلدية، مطالبين بضرورة رفع النفايات.", ("مطالبين", "بضرورة رفع النفايات", "الأهالي")),
    ("وقال المفتي إن التسابق إلى الخير واجب، عادّا ذلك من الأعمال الصالحة.",
     ("عادّا", "ذلك من الأعمال الصالحة", "المفتي")),
    # after a verb that reports nothing, the participle takes the sentence's subject
    ("وانتقد النائب الحكومة، مؤكدًا أهمية محاربة الفساد.", ("مؤكدًا", "أهمية محاربة الفساد", "النائب")),
    # قائلا: after a noun phrase introduces a quote of its own
    ('وأشاد المدرب بالفريق قائلا: "قدمنا مباراة كبيرة".', ("قائلا", "قدمنا مباراة كبيرة", "المدرب")),
]


@pytest.mark.parametrize("text, expected", PARTICIPLES)
def test_participle_frames(text, expected):
    recs = extract_text(text)
    r = recs[-1]
    assert (r.cue.text, r.claim.text, r.speaker_name) == expected


@pytest.mark.parametrize("text", [
    "وبات مؤكدا أن الانتخابات ستؤجل.",                        # a copula: "it became certain that"
    "وزاد من تعقيد الأمر أن الطرفين رفضا الحوار.",            # زاد "increased", not "added"
    "هيئة سوق المال توقع اتفاقية تعاون مع نظيرتها.",          # تُوقِّع "signs"
    'قال الوزير: "نحن مستعدون". وركز على موضوع الطاقة.',       # no quote borrowed for ركز
])
def test_not_reports(text):
    assert [r.cue.text for r in extract_text(text)] in ([], ["قال"])


def test_a_strict_verb_adds_with_a_speaker():
    (r,) = extract_text("وزاد الوزير أن الخطة ستنفذ العام المقبل.")
    assert (r.cue.lemma, r.speaker_name, r.claim.text) == ("زاد", "الوزير", "الخطة ستنفذ العام المقبل")


def test_no_quote_borrowed_from_the_clause_before():
    """«…»، وطالبوا الحكومة بموقف…: the quote is اعتبروا's claim; طالبوا has its own content."""
    recs = extract_text('واعتبر النواب أن الحديث "يتجاهل التضحيات"، وطالبوا الحكومة بموقف رسمي أوضح.')
    assert [(r.cue.text, r.claim.text) for r in recs] == [
        ("اعتبر", 'الحديث "يتجاهل التضحيات"'), ("طالبوا", "بموقف رسمي أوضح")]


@pytest.mark.parametrize("text, verb, expected", [
    # a ب-word that is a name's end (باراك before بالتفريط, بغداد a place) opens no content
    ("واتهم الوزير المعارض إيهود باراك بالتفريط في الأرض.", "واتهم", ("np", "بالتفريط في الأرض.")),
    ("وطالب الوزير بغداد بالإفراج عن المعتقلين.", "وطالب", ("np", "بالإفراج عن المعتقلين.")),
    # a masdar without the article after ب or ل is a content
    ("وطالبوا الحكومة بتوفير فرص العمل.", "وطالبوا", ("np", "بتوفير فرص العمل.")),
    # a bare ب-word between a given name or an honorific and أن is a surname in با, not the content
    ("وأفاد الدكتور باوزير أن الدورة تستمر شهرا.", "وأفاد", ("comp", "أن الدورة تستمر شهرا.")),
    ("وأفاد المهندس سالم باناجة أن المشروع اكتمل.", "وأفاد", ("comp", "أن المشروع اكتمل.")),
    ("وأقر المدير بوجود أخطاء في التقرير.", "وأقر", ("np", "بوجود أخطاء في التقرير.")),
])
def test_proclitic_content(ar, text, verb, expected):
    from attribution.backends.rules.content import content_start

    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    content, _ = content_start(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    assert (content[0], ar.rest(sent, content[1])) == expected
