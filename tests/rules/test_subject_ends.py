"""Where the subject ends: after a whole name or a closed phrase a noun of content opens the
verb's object, it continues no name (attribution.backends.rules.noun_phrase, .objects)."""
import pytest

from attribution.backends.rules.noun_phrase import np_end
from attribution.backends.rules.verb import verb_report
from attribution.pipeline import extract_document
from attribution.records import Document
from attribution.text.morph import derived_masdar_shape
from attribution.text.normalize import norm_word

# (the words after a verb, the noun phrase they open)
ENDS = [
    # after a nasab chain, a given name and a family name, or a role's name: the object
    ("الأمير سلطان بن فهد اعتزاز المنطقة بأبنائها", "الأمير سلطان بن فهد"),
    ("الشيخ ناصر بن حمد استياءه من التأخير", "الشيخ ناصر بن حمد"),
    ("الدكتور سعد القحطاني حرص الجامعة على طلابها", "الدكتور سعد القحطاني"),
    ("وزير الخارجية الأردني ناصر جودة أهمية الحوار", "وزير الخارجية الأردني ناصر جودة"),
    ("النائب ميشال فرعون استقالة الحكومة", "النائب ميشال فرعون"),
    ("الشيخ عبد الله آل سعيد دعم الجمعية للأسر", "الشيخ عبد الله آل سعيد"),
    # آل never ends a name: the word after it is the family name, and a definite plural after
    # them is the people addressed (a tribe's nisba goes on); a given name with the article after
    # a nasab is the family name (الفارس), not a body of that name
    ("الشيخ سعد بن محمد آل الشيخ المواطنين بالحذر", "الشيخ سعد بن محمد آل الشيخ"),
    ("ناصر آل مطلق مدير التعليم", "ناصر آل مطلق مدير التعليم"),
    ("المقدم سعد بن علي آل مانع القحطاني في تصريح", "المقدم سعد بن علي آل مانع القحطاني"),
    ("المهندس خالد بن سعد الفارس في تصريح", "المهندس خالد بن سعد الفارس"),
    ("الشيخ سعد آل الشيخ الحضور إلى التبرع", "الشيخ سعد آل الشيخ"),
    # a style of address (معالي، سمو، فضيلة، سعادة) is no head: the title after it and its construct
    # with و-coordinated genitives are the phrase
    ("معالي وزير الشؤون الإسلامية والأوقاف الدكتور سالم الفلاني", "معالي وزير الشؤون الإسلامية والأوقاف الدكتور سالم الفلاني"),
    ("معالي وزير الشؤون الإسلامية والأوقاف في تصريح", "معالي وزير الشؤون الإسلامية والأوقاف"),
    ("فضيلة رئيس المحكمة الجزئية الشيخ سعد الفلاني", "فضيلة رئيس المحكمة الجزئية الشيخ سعد الفلاني"),
    ("سعادة وكيل الوزارة للشؤون الفنية", "سعادة وكيل الوزارة للشؤون الفنية"),
    ("سماحة مفتي عام الجمهورية الشيخ سعد الفلاني", "سماحة مفتي عام الجمهورية الشيخ سعد الفلاني"),
    # ل + a noun with his/her (لابنه، لزوجته، لنظيره) is the one spoken to; a body after ل is the title's
    ("المدير لزوجته", "المدير"),
    ("الحكيم لابنه", "الحكيم"),
    ("الوزير لنظيره الفرنسي", "الوزير"),
    ("المدرب لمساعديه", "المدرب"),
    ("الأمين العام للجامعة", "الأمين العام للجامعة"),
    ("المستشار الخاص لسموه", "المستشار الخاص لسموه"),
    # after a definite word no indefinite noun is a genitive or an adjective
    ("القيادة العامة استشهاد جنديين", "القيادة العامة"),
    ("مصادر في الشرطة مقتل ثلاثة أشخاص", "مصادر في الشرطة"),
    ("الأمين العام للرابطة ضرورة الحوار", "الأمين العام للرابطة"),
    # a noun of content with a pronoun closes any construct
    ("جماعة بوكو حرام مسؤوليتها عن التفجير", "جماعة بوكو حرام"),
    # not ends: a family name of another shape, a given name of a masdar's shape, a construct head
    # and its genitive, a quoted name, a compound name's article
    ("فهد بن سعيد باجنيد", "فهد بن سعيد باجنيد"),
    ("سمير بن محمد توكل", "سمير بن محمد توكل"),
    ("الأستاذة انتصار الغامدي", "الأستاذة انتصار الغامدي"),
    ("رئيس تحريرها سامي العمري", "رئيس تحريرها سامي العمري"),
    ("مؤيدو تعزيز الرقابة", "مؤيدو تعزيز الرقابة"),
    ("مدير إدارة تطوير الأعمال", "مدير إدارة تطوير الأعمال"),
    ("جمعية «أصدقاء الاعتدال» الخيرية", "جمعية «أصدقاء الاعتدال» الخيرية"),
    ("حلفاء تركيا", "حلفاء تركيا"),
    ("المهندس محمد بن عبد الرحمن الحربي", "المهندس محمد بن عبد الرحمن الحربي"),
    # after a whole name a definite plural is the people addressed (طالب/دعا/حث…)
    ("الرئيس سالم عبد الكريم ناصر الجماعات المسلحة بالانسحاب", "الرئيس سالم عبد الكريم ناصر"),
    ("الشيخ فهد بن سعد المتظاهرين إلى التهدئة", "الشيخ فهد بن سعد"),
    ("النائب مراد الشريف المنظمات الحقوقية بالتدخل", "النائب مراد الشريف"),
    ("الرئيس غسان الأطراف السياسية بالحوار", "الرئيس غسان"),
    # a body's indefinite construct head goes on to its definite genitive, and a في-place is the body's
    ("جمعية حقوق الطفل في المغرب", "جمعية حقوق الطفل في المغرب"),
    ("لجنة رعاية الأيتام في الخرطوم", "لجنة رعاية الأيتام في الخرطوم"),
    ("جمعية حماية البيئة في تونس", "جمعية حماية البيئة في تونس"),
    ("مركز تنمية الأسرة في الأحساء", "مركز تنمية الأسرة في الأحساء"),
    # (not an elative after في, not a definite head's indefinite noun, not a nisba)
    ("الهيئة العامة للإحصاء في أحدث تقرير لها", "الهيئة العامة للإحصاء"),
    ("الشرطة وجدت السيدة", "الشرطة"),
    ("جمعية خيرية في جدة", "جمعية خيرية"),
    # (a family name in -ات or -ين: alone, or short; the king's style)
    ("الرئيس أنور السادات", "الرئيس أنور السادات"),
    ("محمد بن سعد الحسين", "محمد بن سعد الحسين"),
    ("الشاعر عبدالعزيز سعود البابطين", "الشاعر عبدالعزيز سعود البابطين"),
    ("رئيس قسم التحقيقات الاستقصائية", "رئيس قسم التحقيقات الاستقصائية"),
    ("العميد سالم ناصر أحد القيادات العسكرية", "العميد سالم ناصر أحد القيادات العسكرية"),
    ("سفير خادم الحرمين الشريفين لدى مصر", "سفير خادم الحرمين الشريفين لدى مصر"),
]


@pytest.mark.parametrize("words, expected", ENDS)
def test_a_noun_of_content_ends_the_subject(ar, words, expected):
    ctx, sent = ar.context(), ar.sentence(words)
    k = np_end(ctx, sent.toks)
    assert ar.text(sent, sent.toks[:k]) == expected


# (sentence, verb as written, (speaker mention, claim)) through the whole verb reading
REPORTS = [
    ("وأكد الأمير سلطان بن فهد اعتزاز المنطقة بأبنائها المتفوقين.", "وأكد",
     ("الأمير سلطان بن فهد", "اعتزاز المنطقة بأبنائها المتفوقين")),
    ("وأكد وزير الخارجية الأردني ناصر جودة أهمية الحوار بين الأطراف.", "وأكد",
     ("وزير الخارجية الأردني ناصر جودة", "أهمية الحوار بين الأطراف")),
    # (the claim: a noun of content as the object opens it; عن is the noun's own)
    ("وأعلنت جماعة بوكو حرام مسؤوليتها عن التفجير.", "وأعلنت", ("جماعة بوكو حرام", "مسؤوليتها عن التفجير")),
    # an adjective of the أفعل shape is no object before بأن
    ("ووصف البيت الأبيض الاتفاق بأنه خطوة مهمة.", "ووصف", ("البيت الأبيض", "بأنه خطوة مهمة")),
    ("وطالب الرئيس سالم عبد الكريم ناصر الجماعات المسلحة بالانسحاب من المدن.", "وطالب",
     ("الرئيس سالم عبد الكريم ناصر", "بالانسحاب من المدن")),
    ("ودعا الشيخ فهد بن سعد المتظاهرين إلى التهدئة.", "ودعا", ("الشيخ فهد بن سعد", "التهدئة")),
]


# a verbal noun with its possessive pronoun after a whole name is the verb's object (فِعالة، تفعّل:
# زيارته، تفهمه) — not a family name ending in ـه after a given name alone (حسن شحاته)
POSSESSED = [
    ("اختتم الرئيس الأمريكي جو بايدن زيارته إلى اليابان أمس، بعدما أكد أن بلاده تدعم حلفاءها.", "اختتم",
     ("الرئيس الأمريكي جو بايدن", "بلاده تدعم حلفاءها")),
    ("ووصف النائب سمير الخطيب زيارته إلى الرياض بأنها ناجحة.", "ووصف", ("النائب سمير الخطيب", "بأنها ناجحة")),
    ("وقال حسن شحاته إن الفريق جاهز.", "وقال", ("حسن شحاته", "الفريق جاهز")),
]

# a ب-content right after an aside between dashes is the verb's (أقرّ بـ، طالب بـ); the dot of an
# abbreviated title (د.) before the name after a role ends no phrase
DASHED = [
    ("واعتبر الأمين العام للمنظمة د. سالم الحربي الاتفاق خطوة مهمة.", "واعتبر",
     ("الأمين العام للمنظمة د. سالم الحربي", "الاتفاق خطوة مهمة")),
    ("وأقر د.سالم بن عبدالله الحربي -أستاذ التربية الخاصة- بوجود نقص في المراكز.", "وأقر",
     ("د.سالم بن عبدالله الحربي", "بوجود نقص في المراكز")),
    ("وطالبت أم خالد -والدة أحد الطلاب- بإيجاد حل للمشكلة.", "وطالبت", ("أم خالد", "بإيجاد حل للمشكلة")),
]

# علي at a name's end (after a given name or بن) before the content, a comma or a preposition: the
# name, not the preposition على of «على أن» (which a verb with an على-frame takes, and which is
# followed by أنّ, never إنّ)
ALI = [
    ("وقال الأمير سعيد بن محمد علي إن الاتفاق جاهز.", "وقال", ("الأمير سعيد بن محمد علي", "الاتفاق جاهز")),
    ("قال المهندس محمد علي إن المشروع جاهز.", "قال", ("المهندس محمد علي", "المشروع جاهز")),
    ("وقال الدكتور حسن علي في تصريح صحفي إن المشروع جاهز.", "وقال", ("الدكتور حسن علي", "المشروع جاهز")),
    ("وقال الدكتور حسن علي، في تصريح صحفي، إن المشروع جاهز.", "وقال", ("الدكتور حسن علي", "المشروع جاهز")),
    ("وأشار المهندس أحمد علي إلى أن المشروع جاهز.", "وأشار", ("المهندس أحمد علي", "المشروع جاهز")),
    # (the preposition: a verb that takes على، or على written with its alif maqsura)
    ("وأكد الوزير محمد على أن المشروع جاهز.", "وأكد", ("الوزير محمد", "المشروع جاهز")),
    ("وشدد الوزير على أن المشروع جاهز.", "وشدد", ("الوزير", "المشروع جاهز")),
]


@pytest.mark.parametrize("text, verb, expected", REPORTS + POSSESSED + DASHED + ALI)
def test_the_object_is_no_part_of_the_speaker(ar, text, verb, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    c = verb_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    assert (c.speaker.text if c.speaker else None, c.claim.text) == expected


@pytest.mark.parametrize("word, expected", [
    ("اعتزاز", True), ("اهتمام", True), ("اضطراب", True), ("التزام", True), ("انسحاب", True),
    ("استياء", True), ("استعداد", True), ("تقدير", True),
    ("الطواف", False), ("تركيا", False), ("احمد", False), ("اسماعيل", False), ("توكل", False),
])
def test_derived_masdar_shape(word, expected):
    assert derived_masdar_shape(word) is expected


# a listener after a person's name, and the name in an apposition after the role
LISTENERS_AND_NAMES = [
    ("وقال حمد الشمري لموقع النادي إن الفريق جاهز.", "وقال", "حمد الشمري"),
    ("وقال الشهود لمراسل الوكالة إن الانفجار وقع فجرا.", "وقال", "الشهود"),
    ("وقال سالم العمري لـBBC إن المفاوضات مستمرة.", "وقال", "سالم العمري"),
    # after a bare role too (a player, a coach, an ambassador: no post that runs the medium)
    ("وقال اللاعب لبرنامج «صباح الرياضة» إن الفريق جاهز.", "وقال", "اللاعب"),
    ("وقال المدرب الوطني لموقع الاتحاد إن الإعداد بدأ.", "وقال", "المدرب الوطني"),
    ("وقال السفير لمحطة الإذاعة المحلية إن الوضع هادئ.", "وقال", "السفير"),
    # (after a role, ل and a programme is its genitive, not a listener)
    ("وقال المدير العام لبرنامج الأمان الأسري إن الحالات تراجعت.", "وقال",
     "المدير العام لبرنامج الأمان الأسري"),
    # two roles between commas, then the name
    ("وأكد وزير المالية، رئيس اللجنة الاقتصادية، سعد الدوسري، أن الميزانية متوازنة.", "وأكد",
     "وزير المالية، رئيس اللجنة الاقتصادية، سعد الدوسري"),
    ("وقال المتحدث الرسمي - فهد السالم - إن الحادث وقع صباحا.", "وقال", "فهد السالم"),
    ("وقال المتحدث الرسمي (فهد السالم) إن الحادث وقع صباحا.", "وقال", "المتحدث الرسمي (فهد السالم)"),
    # an adverbial of frequency between commas closes the subject
    ("وأكد سمير الخطيب، أكثر من مرة، أن الحزب لن يتراجع.", "وأكد", "سمير الخطيب"),
    ("وقال الوزير سعد الحربي، مرة أخرى، إن الخطة جاهزة.", "وقال", "الوزير سعد الحربي"),
    ("وأكد المتحدث، مرارا، أن الجيش تقدم.", "وأكد", "المتحدث"),
    # (an aside between dashes is no name)
    ("وقال مسؤول - فضل عدم ذكر اسمه - إن الحادث وقع صباحا.", "وقال", "مسؤول"),
]


@pytest.mark.parametrize("text, verb, expected", LISTENERS_AND_NAMES)
def test_listeners_and_appositions(ar, text, verb, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    c = verb_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    assert c.speaker.text == expected


# the cue word read as another word: no report
@pytest.mark.parametrize("text, verb, reports", [
    ("وتردد أن الوزير سيستقيل الشهر المقبل.", "وتردد", False),      # "it was rumoured"
    ("وهذا هو اللاعب الذي تردد أنه سينتقل إلى النادي.", "تردد", False),
    ("ووافق بلا تردد أن يسافر معهم.", "تردد", False),                 # the noun "hesitation"
    ("وتردد المصادر أن الوزير سيستقيل.", "وتردد", True),              # "the sources repeat"
    ("ويتمتع طالب بريطاني بذاكرة قوية.", "طالب", False),               # the noun "student"
    ('وربطت "سلمى الحربي"، بين تنامي الجريمة وبين البطالة.', "بين", False),  # the preposition "between"
    ("وكان المصاب وهو طالب في الجامعة يقود سيارته.", "طالب", False),
    ("وطالب نائب كويتي بمحاسبة المقصرين.", "وطالب", True),
    ("وطالب محامي المتهمة بالإفراج عنها.", "وطالب", True),           # a title in construct
])
def test_other_words(ar, text, verb, reports):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    c = verb_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    assert (c is not None) is reports


# (the words after a verb, the noun phrase they open): a definite word or a name takes no definite
# genitive and a verbal noun is no adjective, so a definite verbal noun after them opens the object;
# a ل-role right after a name is the one spoken to; a ؛ ends the clause
CLOSED_ENDS = [
    ("النائب سامر حداد التفجير الإرهابي في السوق", "النائب سامر حداد"),
    ("الوزير خالد العتيبي التهنئة للفائزين", "الوزير خالد العتيبي"),
    ("الهيئة التنظيمية الاستثمار في المشروع", "الهيئة التنظيمية"),
    ("المصادر القول إن الموعد تأجل", "المصادر"),
    ("الوزارة الانتقادات الموجهة إليها", "الوزارة"),
    ("الشركة النقاب عن طراز جديد", "الشركة"),
    ("الشرطة القبض على المتهمين", "الشرطة"),
    ("الشيخ سالم الدوسري الجميع إلى التبرع", "الشيخ سالم الدوسري"),
    ("الرئيس فلاديمير بوتين لرئيس الوزراء الياباني", "الرئيس فلاديمير بوتين"),
    ("جون كيري لنظيره الروسي", "جون كيري"),
    ("وزير الداخلية سالم العنزي؛ وأضاف", "وزير الداخلية سالم العنزي"),
    ("أحمد داود أوغلو؛ قوله للصحفيين", "أحمد داود أوغلو"),
    # (a ؛ before a role or «أول، أحد» stands for the comma of apposition)
    ("سالم العنزي؛ مدير الفرع", "سالم العنزي؛ مدير الفرع"),
    # (not: a verbal noun in a body's construct, a name's compound, a role's own ل-phrase, a nisba)
    ("وزارة التجارة والاستثمار", "وزارة التجارة والاستثمار"),
    ("الهيئة العامة للاستثمار", "الهيئة العامة للاستثمار"),
    ("الأمين العام التنفيذي للمنظمة", "الأمين العام التنفيذي للمنظمة"),
    ("المستشار الخاص لرئيس الوزراء", "المستشار الخاص لرئيس الوزراء"),
    ("الشيخ عبد الله التركي", "الشيخ عبد الله التركي"),
    ("مركز الملك عبدالعزيز للحوار الوطني", "مركز الملك عبدالعزيز للحوار الوطني"),
]


@pytest.mark.parametrize("words, expected", CLOSED_ENDS)
def test_a_closed_phrase_ends_before_a_verbal_noun(ar, words, expected):
    assert ar.noun_phrase(words) == expected


# (sentence, cue, the speaker mention): an -ين plural alone after the verb is accusative, the
# object; the subject is dropped (a nominative -ون plural or a singular is the subject)
ACCUSATIVE = [
    ("ووصف المعارضين بأنهم لا يمثلون الشعب.", "وصف", None),
    ("واتهم المتظاهرين بأنهم أحرقوا المحلات.", "اتهم", None),
    ("وطالب المقيمين بتحديث بياناتهم.", "طالب", None),
    ("وقال المسؤولون إن الطريق مغلق.", "قال", "المسؤولون"),
    ("ووصف الوزير الخطوة بأنها تاريخية.", "وصف", "الوزير"),
    ("وقال المسؤولين في الوزارة إن الطريق مغلق.", "قال", "المسؤولين في الوزارة"),
]


@pytest.mark.parametrize("text, cue, expected", ACCUSATIVE)
def test_an_accusative_plural_is_no_subject(text, cue, expected):
    [r] = [r for r in extract_document(Document(doc_id="t", text=text), backend="rules")
           if norm_word(r.cue.text).endswith(norm_word(cue))]
    assert (r.speaker.text if r.speaker else None) == expected


# (the words after a verb, the noun phrase they open): after a closed definite word a place or an
# institution (a lexicon noun, never an adjective) opens the object, as does the plural of a verbal
# noun of the form افتعال of a و-first root (الاتهامات); a royal title takes a given name, so another
# definite word after it is the object
OBJECT_AFTER_CLOSED = [
    ("ذوو الطفلة المستشفى بالإهمال", "ذوو الطفلة"),
    ("أولياء الأمور المدرسة بالتقصير", "أولياء الأمور"),
    ("المالكي البرنامج بأنه ناجح", "المالكي"),
    ("الطلاب الجامعة بتأخير المنح", "الطلاب"),
    ("مسؤولو الاتحاد الأوروبي الاتهامات بازدواجية المعايير", "مسؤولو الاتحاد الأوروبي"),
    ("الطرفان الاتفاقات الموقعة", "الطرفان"),
    ("الأميرة الوفد في مكتبها", "الأميرة"),
    ("سمو الأمير الضيوف في قصره", "سمو الأمير"),
    # (not: an institution in a construct, a feminine plural's participle, a royal title's name or adjective)
    ("مدير المستشفى الدكتور خالد العتيبي", "مدير المستشفى الدكتور خالد العتيبي"),
    ("رئيس الجامعة الإسلامية", "رئيس الجامعة الإسلامية"),
    ("وزير الاتصالات وتقنية المعلومات", "وزير الاتصالات وتقنية المعلومات"),
    ("النساء المشاركات", "النساء المشاركات"),
    ("الأمير الوليد بن طلال", "الأمير الوليد بن طلال"),
    ("الأميرة الجوهرة بنت فهد", "الأميرة الجوهرة بنت فهد"),
    ("الأمير الراحل سعود الفيصل", "الأمير الراحل سعود الفيصل"),
    ("الملك الأردني", "الملك الأردني"),
    ("الأمير الدكتور فيصل بن مشعل", "الأمير الدكتور فيصل بن مشعل"),
]


@pytest.mark.parametrize("words, expected", OBJECT_AFTER_CLOSED)
def test_a_closed_phrase_ends_before_an_object_noun(ar, words, expected):
    assert ar.noun_phrase(words) == expected


# (sentence, cue, the speaker mention): only a verb whose frame has an object or an addressee
# before its content (وصف، طالب، اتهم) takes the -ين plural after it as that object; a verb of
# belief or saying (يرى، يعتقد، قال) has none, the -ين plural is its (ill-cased) subject; the
# shared subject of a و-verb after a royal title and its object is the title alone
FRAMED_ACCUSATIVE = [
    ("ويرى المراقبين أن الأزمة ستطول.", "يرى", "المراقبين"),
    ("ويعتقد المحللين أن الأسعار سترتفع.", "يعتقد", "المحللين"),
    ("واتهم المتظاهرين بأنهم أحرقوا المحلات.", "اتهم", None),
    ("وطالب المقيمين بتحديث بياناتهم.", "طالب", None),
    ("واستقبلت الأميرة الوفد في مكتبها، وأكدت أن التعاون مثمر.", "أكدت", "الأميرة"),
    ("وتسلم الملك الرسالة من المبعوث، وأكد أن العلاقات متينة.", "أكد", "الملك"),
]


@pytest.mark.parametrize("text, cue, expected", FRAMED_ACCUSATIVE)
def test_the_verb_frame_decides_an_accusative_plural(text, cue, expected):
    [r] = [r for r in extract_document(Document(doc_id="t", text=text), backend="rules")
           if norm_word(r.cue.text).endswith(norm_word(cue))]
    assert (r.speaker.text if r.speaker else None) == expected
