"""Where a speaker's noun phrase ends before the verb's object, its manner or the speaker's age:
a bare noun of people after a closed definite phrase, a definite noun after a body's whole
construct chain, a ب-phrase after a name, «البالغ من العمر» after a name, and a kinship noun with
a pronoun before a name (attribution.backends.rules.noun_phrase, .objects; attribution.speakers)."""
import pytest

from attribution.lexicon.cues import default_lexicon
from attribution.pipeline import extract_document
from attribution.records import Document
from attribution.speakers.in_document import mention_index
from attribution.speakers.mention import analyse_mention
from attribution.text.morph import fula_shape
from attribution.text.normalize import norm_word

# (the words after a verb, the noun phrase they open)
ENDS = [
    # after an ال-word or a place name a bare noun of people starts the object
    ("مدير بلدية جدة سكان الأحياء القديمة إلى التعاون", "مدير بلدية جدة"),
    ("أمين المنطقة الشرقية أعضاء المجلس البلدي", "أمين المنطقة الشرقية"),
    ("الدكتور سامي العمري منسوبي الجامعة على الالتزام", "الدكتور سامي العمري"),
    ("وزير الصحة جميع المستشفيات إلى الاستعداد", "وزير الصحة"),
    ("المتحدث الرسمي هذه الخطوة بأنها مهمة", "المتحدث الرسمي"),
    # (a person's name, a title in apposition and a construct with a bare genitive go on)
    ("وزير الخارجية الفرنسي لوران فابيوس", "وزير الخارجية الفرنسي لوران فابيوس"),
    ("مجلس إدارة الشركة", "مجلس إدارة الشركة"),
    ("عدد من سكان الحي", "عدد من سكان الحي"),
    # after a body's whole construct chain a definite noun of the فعلة shape is the object
    ("هيئة الرياضة الفرصة للأندية", "هيئة الرياضة"),
    ("وزارة الثقافة الطبعة الثانية من الكتاب", "وزارة الثقافة"),
    # (adjectives go on: a nisba, an elative, a participle)
    ("وزارة الحرس الوطني", "وزارة الحرس الوطني"),
    ("جمعية الهلال الأحمر", "جمعية الهلال الأحمر"),
    ("حركة المقاومة الإسلامية", "حركة المقاومة الإسلامية"),
    # a ب-phrase after a name is the verb's: a manner, a فعيلة or فعلة noun
    ("الباحث كريم سالم بشدة", "الباحث كريم سالم"),
    ("ماركوس بنتيجة مفادها", "ماركوس"),
    ("الكاتب فهد الراشد بلمحة سريعة", "الكاتب فهد الراشد"),
    # (ب-names stay: بو-/با- family names, a given name, a foreign name of another shape, a place)
    ("الرئيس عبدالعزيز بوتفليقة", "الرئيس عبدالعزيز بوتفليقة"),
    ("الدكتور سالم باعشن", "الدكتور سالم باعشن"),
    ("مدرب برشلونة لويس إنريكي", "مدرب برشلونة لويس إنريكي"),
    ("إمام جامع صالح العمر بمدينة الدمام الشيخ خالد", "إمام جامع صالح العمر بمدينة الدمام الشيخ خالد"),
    # a feminine noun with its own feminine adjective after a name is the object
    ("سميث الحلقة الأخيرة من البرنامج", "سميث"),
    ("يوفنتوس بطل دوري الدرجة الأولى", "يوفنتوس بطل دوري الدرجة الأولى"),  # (a genitive)
    # after the place that closes a body (and the place's adjective) a definite noun of people is the object
    ("الغرفة التجارية بجدة التجار إلى الالتزام", "الغرفة التجارية بجدة"),
    ("الجمعية الخيرية بمكة المكرمة المواطنين إلى التبرع", "الجمعية الخيرية بمكة المكرمة"),
    ("بلدية محافظة القطيف السكان إلى الحذر", "بلدية محافظة القطيف"),
    ("رئيس نادي الرياض الأستاذ فهد", "رئيس نادي الرياض الأستاذ فهد"),  # (an honorific goes on)
    # a perfect verb after an indefinite document opens its relative clause (no الذي after an indefinite)
    ("تقرير داخلي حصلت «المدينة» على نسخة منه", "تقرير داخلي"),
    ("مذكرة اطلعنا عليها أمس", "مذكرة"),
    ("تقرير بيانات الربع الأول", "تقرير بيانات الربع الأول"),  # (a plural in -ات is a noun)
    ("بحث لافت للانتباه من جامعة هارفارد", "بحث لافت للانتباه من جامعة هارفارد"),  # (a فاعل participle)
    ("بيان روبرت الأخير", "بيان روبرت الأخير"),  # (a given name)
    # an age after a name or a person's noun is no part of it
    ("والدته سارة جونز البالغة من العمر 50 عاما", "والدته سارة جونز"),
    ("اللاعب البالغ 24 عاما", "اللاعب"),
    ("النائب البريطاني البالغ من العمر 45 عاما", "النائب البريطاني"),
]


@pytest.mark.parametrize("words, expected", ENDS)
def test_np_end(ar, words, expected):
    assert ar.noun_phrase(words) == expected


# (sentence, the cue, (speaker mention, resolved speaker name))
REPORTS = [
    ("وحث مدير تعليم المنطقة سكان القرى على تسجيل أبنائهم، وقال إن التسجيل متاح.", "قال",
     ("مدير تعليم المنطقة", "مدير تعليم المنطقة")),
    ("ووصف وزير الإعلام المصري هؤلاء المخربين بأنهم خونة.", "وصف",
     ("وزير الإعلام المصري", "وزير الإعلام المصري")),
    ("ويؤكد ماركوس بشدة أن البحث مهم.", "يؤكد", ("ماركوس", "ماركوس")),
    # a ب-region with its place after the speaker is where the speaker's body is, not the verb's ب-content
    ("وأفاد المتحدث باسم الدفاع المدني بمنطقة تبوك الرائد سالم الحربي أن الحريق أخمد.", "أفاد",
     ("المتحدث باسم الدفاع المدني بمنطقة تبوك الرائد سالم الحربي", "سالم الحربي")),
    ("وطالب مدير المرور بمحافظة الطائف بأن يلتزم السائقون بالسرعة.", "طالب",
     ("مدير المرور بمحافظة الطائف", "مدير المرور بمحافظة الطائف")),
    ("وقالت شقيقته هند الراشد البالغة من العمر 30 عاما إن الحادث وقع ليلا.", "قالت",
     ("شقيقته هند الراشد", "هند الراشد")),
]


@pytest.mark.parametrize("text, cue, expected", REPORTS)
def test_the_speaker_phrase(text, cue, expected):
    records = [r for r in extract_document(Document(doc_id="t", text=text), backend="rules")
               if norm_word(r.cue.text).endswith(norm_word(cue))]
    assert len(records) == 1
    r = records[0]
    assert (r.speaker.text if r.speaker else None, r.speaker_name) == expected


@pytest.mark.parametrize("text, name", [
    # the index reads a body's name up to its object (a فعلة noun after the closed chain)
    ("منحت هيئة الرياضة الفرصة للأندية الصغيرة.", "هيئة الرياضة"),
    ("أتاحت وزارة الإسكان الفرصة للمواطنين.", "وزارة الإسكان"),
    ("أعلنت وزارة الحرس الوطني أن القبول بدأ.", "وزارة الحرس الوطني"),
])
def test_index_body_name(text, name):
    names = [it.info.name for it in mention_index(text, default_lexicon()) if it.info.type == "organization"]
    assert names[0] == name  # (the body first; a body inside it may follow)


# (mention, name, role): a kinship with a pronoun before a name is the role
@pytest.mark.parametrize("mention, name, role", [
    ("والدتها سارة جونز", "سارة جونز", "والدتها"),
    ("شقيقه خالد العمري", "خالد العمري", "شقيقه"),
    ("زوجته من الجامعة", None, None),                  # no name after it
    ("والد الطالب فهد العلي", "فهد العلي", "والد الطالب"),  # (a kinship in construct: as before)
])
def test_kinship_role(mention, name, role):
    info = analyse_mention(mention)
    assert (info.name, info.role if name else None) == (name, role)


@pytest.mark.parametrize("w, expected", [
    ("فرصة", True), ("طبعة", True), ("حملة", True), ("عامة", False), ("دولة", False), ("تقنية", False),
])
def test_fula_shape(w, expected):
    assert fula_shape(norm_word(w)) is expected
