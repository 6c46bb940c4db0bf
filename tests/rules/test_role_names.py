"""A role followed by its holder's name, and a description the article links to a named person:
the name after a role is the role's apposition, not the verb's object (attribution.backends.rules.
objects, .noun_phrase; attribution.speakers.mention, .in_document)."""
import pytest

from attribution.backends.rules.objects import object_split
from attribution.backends.rules.subjects import main_clause_subject, subject_after
from attribution.lexicon.cues import default_lexicon
from attribution.pipeline import extract_document
from attribution.records import Document
from attribution.speakers.in_document import mention_index
from attribution.speakers.mention import analyse_mention

# (sentence with the verb first, (subject, the text from the object on))
SPLITS = [
    # a construct role, then the holder's name, then the object
    ("وأكد مدرب الفريق خالد السالم أهمية المباراة.", ("مدرب الفريق خالد السالم", "أهمية المباراة.")),
    ("ووصف وزير الخارجية البريطاني ديفيد كاميرون الاتفاق بالتاريخي.",
     ("وزير الخارجية البريطاني ديفيد كاميرون", "الاتفاق بالتاريخي.")),
    ("واعتبر وزير المالية اليمني سالم باعباد القرار خطوة مهمة.", ("وزير المالية اليمني سالم باعباد", "القرار خطوة مهمة.")),
    # a family name with the article closes the name; an adverb of time after it is neither's
    ("وأعلن وزير الداخلية فهد ناصر المطيري اليوم الاثنين اعتقال المتهمين.",
     ("وزير الداخلية فهد ناصر المطيري", "اعتقال المتهمين.")),
    # a verbal noun ends a foreign name
    ("وأعلن وزير النقل الأسترالي جون تشاي نون إرسال فريق إلى الموقع.",
     ("وزير النقل الأسترالي جون تشاي نون", "إرسال فريق إلى الموقع.")),
    # a given name that is also a noun of content or a verbal noun is the object
    ("وأكد وزير الصحة أمل المرضى في الشفاء.", ("وزير الصحة", "أمل المرضى في الشفاء.")),
    ("وأكد رئيس النادي انتصار الفريق على منافسه.", ("رئيس النادي", "انتصار الفريق على منافسه.")),
    # a name after a person's genitive is that person's (the daughter of the teacher Huda is unnamed)
    ("ونفت ابنة المعلمة هدى القحطاني صحة الرواية.", ("ابنة المعلمة", "هدى القحطاني صحة الرواية.")),
    # a body's head: a name after it names the body (جامعة الملك سعود); where it is stays outside
    # the subject (known weakness: the object then opens with it; in the subject it would enter the name)
    ("وأعلنت جامعة الملك سعود بالرياض قبول الطلاب.", ("جامعة الملك سعود", "بالرياض قبول الطلاب.")),
    # an unlisted given name and an ال-nisba family name after a role: the name, then the object
    ("وأكد عضو اللجنة التنظيمية هزيل القحطاني اكتمال الاستعدادات.", ("عضو اللجنة التنظيمية هزيل القحطاني", "اكتمال الاستعدادات.")),
    ("وأكد مدير المرور شنار العتيبي أهمية الالتزام.", ("مدير المرور شنار العتيبي", "أهمية الالتزام.")),
    # … not a verbal noun (its shape) or a noun of content before a nisba
    ("وأكد مدير الفرع الإقليمي انطلاق الحملة.", ("مدير الفرع الإقليمي", "انطلاق الحملة.")),
    ("وأكد رئيس النادي الأهلي اكتمال الاستعدادات.", ("رئيس النادي الأهلي", "اكتمال الاستعدادات.")),
]


@pytest.mark.parametrize("text, expected", SPLITS)
def test_name_after_a_construct_role(ar, text, expected):
    sent = ar.sentence(text)
    got = object_split(ar.context(), sent.toks, 0)
    assert (ar.text(sent, got[0]), ar.rest(sent, got[1])) == expected


# (the words after a verb, the noun phrase they open)
ENDS = [
    # علي and a family name after a role's definite genitive: the holder (Ali), not على
    ("مدير النادي علي الحربي", "مدير النادي علي الحربي"),
    ("مدير إدارة التعليم بمحافظة جدة علي الزهراني", "مدير إدارة التعليم بمحافظة جدة علي الزهراني"),
    # … not على before the people addressed or a noun of content
    ("مدير المدرسة علي الأهالي", "مدير المدرسة"),
    ("رئيس الهيئة علي أهمية التعاون", "رئيس الهيئة"),
    # a body's transliterated proper name after its description, up to the content
    ("وكالة التصنيف الائتماني ستاندرد آند بورز", "وكالة التصنيف الائتماني ستاندرد آند بورز"),
    ("شركة الخدمات النفطية شلمبرجير", "شركة الخدمات النفطية شلمبرجير"),
    # … not an object: an Arabic plural, a verbal noun, a word with a pronoun
    ("الوزارة السعودية مساعدات", "الوزارة السعودية"),
    ("الوزارة السعودية موظفيها", "الوزارة السعودية"),
    ("الشركة الوطنية استمرار", "الشركة الوطنية"),
    # … nor a name after a person named after the body (the object follows him)
    ("شركة البناء المهندس محمد الفلاني", "شركة البناء المهندس محمد الفلاني"),
]


@pytest.mark.parametrize("words, expected", ENDS)
def test_np_end_with_the_name(ar, words, expected):
    assert ar.noun_phrase(words) == expected


# (mention, name, role)
MENTIONS = [
    # a given name that opens with و is no second conjunct when no name precedes it
    ("لاعب المنتخب وسام العلي", "وسام العلي", "لاعب المنتخب"),
    ("مدرب المنتخب واصف حداد", "واصف حداد", "مدرب المنتخب"),
    # a bare title word between a name's word and another bare title is the family name
    ("سالم كريم أمين رئيس البلدية", "سالم كريم أمين", "رئيس البلدية"),
    ("الشيخ يوسف قاضي مدير الجمعية الخيرية", "يوسف قاضي", "مدير الجمعية الخيرية"),
    # … not a deputy's title with its genitive, a style, or a title the next word's body holds
    ("فهد سالم نائب رئيس البلدية", "فهد سالم", "نائب رئيس البلدية"),
    ("فهد سالم مساعد مدير الجمعية", "فهد سالم", "مساعد مدير الجمعية"),
    ("ماجد خليل سفير خادم الحرمين الشريفين", "ماجد خليل", "سفير خادم الحرمين الشريفين"),
    ("خالد بن سعود آل سعيد محافظ محافظة الخرج", "خالد بن سعود آل سعيد", "محافظ محافظة الخرج"),
    # a definite noun that is former or current after a name describes it (a club's title, a post)
    ("الفيصلي الوصيف السابق لبطولة الكأس", "الفيصلي", "الوصيف السابق لبطولة الكأس"),
    ("أتلتيكو البطل الحالي", "أتلتيكو", "البطل الحالي"),
    # … but a nisba before «السابق» is the adjective of a title, one role
    ("الكاتب القدير الوزير الكويتي السابق", None, "الكاتب القدير الوزير الكويتي السابق"),
]


@pytest.mark.parametrize("mention, name, role", MENTIONS)
def test_waw_given_name(mention, name, role):
    info = analyse_mention(mention)
    assert (info.name, info.role) == (name, role)


INDEX = [
    # لدى "to" of an envoy's post belongs to the title, the name after it is indexed
    ("التقى سفير المملكة لدى اليابان أحمد البراك بالطلاب أمس.",
     [("أحمد البراك", "سفير المملكة لدى اليابان", "person")]),
    ("وقال مندوب مصر لدى الأمم المتحدة عمرو أبو العطا إن القرار مهم.",
     [("عمرو أبو العطا", "مندوب مصر لدى الأمم المتحدة", "person")]),
]


@pytest.mark.parametrize("text, expected", INDEX)
def test_envoy_index(text, expected):
    got = [(it.info.name, it.info.role, it.info.type) for it in mention_index(text, default_lexicon())
           if it.info.type == "person"]
    assert got == expected


# (text, cue, speaker_name)
PIPELINE = [
    # a title and a surname: the person of the article with that post and surname
    ("استقبل سفير المملكة لدى اليابان أحمد البراك البعثة أمس. وقال السفير البراك إن البعثة مميزة.",
     "قال", "أحمد البراك"),
    # the role alone later, with a dropped subject after it: the same person
    ("استقبل سفير المملكة لدى اليابان أحمد البراك البعثة أمس. ورحب السفير بالبعثة وأكد سعادته بالنتائج.",
     "أكد", "أحمد البراك"),
    # the name after the role is the speaker; the next report with a dropped subject is his
    ("أكد لاعب الفريق وسام العلي جاهزية الفريق للمباراة وقال: «سنفوز».", "قال", "وسام العلي"),
    ("أوضح مدير النادي علي الحربي أن الفريق جاهز.", "أوضح", "علي الحربي"),
    # the description of a body names it with its proper name; the description alone later is that body
    ("أعلنت وكالة التصنيف الائتماني فيتش أنها خفضت التصنيف. وأضافت وكالة التصنيف الائتماني أن الآفاق سلبية.",
     "أضافت", "وكالة التصنيف الائتماني فيتش"),
    # where he serves (ب + a noun + its genitive) sits between the role and the name; the surname later is his
    ("أكد مدير المركز بحي الملز سعود الدوسري أن العمل مستمر. وأضاف الدوسري أن الخدمة مجانية.",
     "أضاف", "سعود الدوسري"),
]


@pytest.mark.parametrize("text, cue, speaker", PIPELINE)
def test_role_named_in_a_document(text, cue, speaker):
    got = {r.cue.text: r.speaker_name for r in extract_document(Document("d", text), backend="rules")}
    assert got[cue] == speaker


# a role's holder across an aside or an apposition: (the words after the verb, the subject read)
APPOSED = [
    # an aside between dashes after the role and its complements, then the name: the name
    ("المدير التنفيذي لجمعية البر – التي تشرف على المشروع – سعود الشهري، ", "سعود الشهري"),
    ("المشرف العام على المركز - خالد العمري - ", "خالد العمري"),
    # … not when no name follows the aside (the role is the subject)
    ("المتحدث الرسمي - في تصريح للصحيفة - ", "المتحدث الرسمي"),
    ("رئيس اللجنة - التي شكلت أمس - ", "رئيس اللجنة"),
    # a titled name in quotes between commas after the role is its apposition
    ('المتحدث الرسمي لشرطة المنطقة، "المقدم سعد العتيبي"، ', 'المتحدث الرسمي لشرطة المنطقة، "المقدم سعد العتيبي'),
    # … not an adverbial between the commas
    ('المتحدث الرسمي لشرطة المنطقة، في تصريح "للوطن"، ', "المتحدث الرسمي لشرطة المنطقة"),
]


@pytest.mark.parametrize("mid, expected", APPOSED)
def test_subject_after_aside_or_quoted_name(ar, mid, expected):
    sent = ar.sentence(mid)
    assert ar.text(sent, subject_after(ar.context(), sent.toks)) == expected


# (sentence, the participle, the main clause's subject it takes)
APPOSED_CLAUSE = [
    ("وأوضح ذلك المدير التنفيذي لجمعية البر – التي تشرف على المشروع – سعود الشهري، مشيرا إلى أن العمل بدأ.",
     "مشيرا", "سعود الشهري"),
    ('وأوضح ذلك المتحدث الرسمي لشرطة المنطقة، "المقدم سعد العتيبي"، مشيرا إلى أن البحث جار.',
     "مشيرا", 'المتحدث الرسمي لشرطة المنطقة، "المقدم سعد العتيبي'),
    # an unlisted given name before an ال-nisba family name closes the subject before the verb's object
    ("وأشاد رئيس اللجنة المنظمة هزيل القحطاني بجهود المتطوعين، مؤكدا أن الحفل نجح.", "مؤكدا", "رئيس اللجنة المنظمة هزيل القحطاني"),
    ("وأوضح ذلك رئيس اللجنة - التي شكلت أمس - ، مؤكدا أن الحفل نجح.", "مؤكدا", "رئيس اللجنة"),
    ('وأوضح ذلك المتحدث الرسمي للشرطة، "بحزم"، مؤكدا أن البحث جار.', "مؤكدا", "المتحدث الرسمي"),  # no quoted name
]


@pytest.mark.parametrize("text, verb, expected", APPOSED_CLAUSE)
def test_clause_subject_across_aside(ar, text, verb, expected):
    sent = ar.sentence(text)
    assert ar.text(sent, main_clause_subject(ar.context(), sent, ar.index(sent, verb))) == expected

