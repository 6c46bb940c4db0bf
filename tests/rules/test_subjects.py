"""Subjects: after the verb, before it, fronted, relayed, before الذي, of the main clause, or a
pronoun (attribution.backends.rules.subjects)."""
import pytest

from attribution.backends.rules.subjects import (
    antecedent, fronted_subject, main_clause_subject, pronoun_subject, relayed_source, subject_after,
    subject_before,
)

# (the tokens between a verb and its content, the subject among them)
AFTER = [
    ("وزير الخارجية الروسي سيرغي لافروف للصحفيين", "وزير الخارجية الروسي سيرغي لافروف"),
    ("نائب وزير الخارجية، سيرغي ريابكوف، في حديث إذاعي، أمس،", "نائب وزير الخارجية، سيرغي ريابكوف"),
    ("الوزير خالد الفالح، الذي شغل منصب المدير،", "الوزير خالد الفالح"),   # a relative clause closes it
    ("المدير، الذي تسلم منصبه أمس، خالد العلي،", "المدير"),
    ("البيان الختامي، الصادر مساء اليوم،", "البيان الختامي"),                   # a participle modifier is no apposition
    ('لـ"الاقتصادية" الدكتور عبدالله المغلوث', "الدكتور عبدالله المغلوث"),     # an addressee before the subject
    ("لنا المتحدث باسم الجيش", "المتحدث باسم الجيش"),
    ("لوكالة فرانس برس", None),                                                 # the agency's name, not a subject
    ("هو نفسه", "هو"),                                                          # an emphasised pronoun subject
    ("ذلك مدير عام الفرع", "مدير عام الفرع"),                                   # the demonstrative is the object
    ('شركة "غوغل" الأمريكية،', 'شركة "غوغل" الأمريكية'),
    ("الوزير نفسه", "الوزير"),
    ("في تصريح صحفي", None),
    # an adverbial between the verb and the subject is no part of it
    ("من جهته سعد الفالح", "سعد الفالح"),
    ("في المقابل الوزير", "الوزير"),
    ("في السياق نفسه مدير الشرطة", "مدير الشرطة"),
    ("بدوره المدير العام", "المدير العام"),
    ("في تصريح الوزير", None),                                   # (a genitive: the minister's statement)
    # coordinated speakers: one group, the first conjunct named first
    ("كل من الوزير سعد الفالح والسفير ماجد العمري", "الوزير سعد الفالح والسفير ماجد العمري"),
    ("الوزارة ومنظمات إنسانية", "الوزارة ومنظمات إنسانية"),
    # an unnamed description keeps the name it is given and a partitive's restrictive relative
    ("ساكن آخر في باريس يدعى جاك", "ساكن آخر في باريس يدعى جاك"),
    ("سيدة تدعى مريم الحسن وهي تبكي", "سيدة تدعى مريم"),
    ("أحد الحضور الذين شاركوا في الحفل لصحيفة محلية", "أحد الحضور الذين شاركوا في الحفل"),
    ("المسؤول الذي زار الموقع", "المسؤول"),                      # (a definite head: the relative is not kept)
    # a word with a preposition's proclitic is the listener or the verb's object, never the subject
    ("للمسؤول:", None),
    ("للمسؤولين اليمنيين خلال الاجتماع،", None),
    ("لوزير الخارجية", None),
    ("له بالنص:", None),
    ("خلال اجتماعه بالجهاز الفني واللاعبين", None),
    ("للصحفيين الوزير خالد", "الوزير خالد"),                     # (the subject after the listener)
    # a medium addressed, then an adverbial: no subject (the one named before speaks)
    ("لبرنامج «حديث المساء» على قناة محلية", None),
    ("لموقع «أخبار اليوم» في لندن،", None),
    ("لتلفزيون رويترز عن المستشفى", None),                      # (an indefinite medium and its genitive)
    ("لقناة العربية مدير الشرطة", "مدير الشرطة"),
    ('لـ"الوطن" جان بيير، السفير الفرنسي،', 'جان بيير، السفير الفرنسي'),
    ('لـ"الوطن"، جان بيير', "جان بيير"),
    # a given name written as one word (عبدالله) after the outlet addressed; the outlet's name in
    # mirrored quotation marks (”…”), as web Arabic often writes them
    ('لـ«المدينة» عبدالرحمن الغامدي', "عبدالرحمن الغامدي"),
    ('لـ”عين اليوم” المتحدث الرسمي', "المتحدث الرسمي"),
    ('لـ”عين اليوم”', None),
    ("لبيب الرفاعي", "لبيب الرفاعي"),                             # (a given name in ل)
    ("لامين دياك للصحفيين", "لامين دياك"),                        # (ل+أمين: a foreign name)
    ("كاليانا سيفانيانام، نائب الرئيس", "كاليانا سيفانيانام، نائب الرئيس"),
    # a subject never ends on an adverb of time or a preposition
    ("مجلس محافظة نينوى أمس", "مجلس محافظة نينوى"),
    ("مصادر باكستانية رسمية اليوم الجمعة", "مصادر باكستانية رسمية"),
    # a number is a subject only as a share of a group or a count of people; brackets hold a name or an aside
    ("40% من الآباء المشاركين", "40% من الآباء المشاركين"),
    ("43 في المائة فقط من مطوري التطبيقات", "43 في المائة فقط من مطوري التطبيقات"),
    ("35 شابا", "35 شابا"),
    ("80 في المائة", None),
    ("2015", None),
    ("(عبدالله)", "عبدالله"),
    ("(في دبلوماسية):", None),
    ("(إن الاتفاق سيؤدي إلى الأمان)", None),
    ("(طوبى لمن قتلهم وقتلوه)", None),
    ("(24 عاما)", None),
    ("(الملائكة) إن لم أخطئ", None),
]


@pytest.mark.parametrize("mid, expected", AFTER)
def test_subject_after(ar, mid, expected):
    sent = ar.sentence(mid)
    assert ar.text(sent, subject_after(ar.context(), sent.toks)) == expected


# (sentence, verb as written, known names, the subject before the verb)
BEFORE = [
    ("الوزارة أكدت أن المدارس ستفتح.", "أكدت", (), "الوزارة"),
    ("وكانت لجنة الانتخابات المركزية، أكدت في بيان لها، أن النتائج ستعلن.", "أكدت", (), "لجنة الانتخابات المركزية"),
    ("غير أن رئيسة المجموعة كيتي كيلي أوضحت أن العضو سينضم.", "أوضحت", (), "رئيسة المجموعة كيتي كيلي"),
    ("خاصة أن نتنياهو يعلن أن الانسحاب قريب.", "يعلن", (), "نتنياهو"),                # after أن
    # an accusative role after أن keeps its affiliation up to the verb, not a relative clause
    ('إلا أن مندوبا رفيعا في "أوبك" صرح بأن المنظمة قد تؤجل.', "صرح", (), 'مندوبا رفيعا في "أوبك"'),
    ("غير أن مسؤولا في الوزارة أكد أن الخطة جاهزة.", "أكد", (), "مسؤولا في الوزارة"),
    ("وذكر أن البند الخامس في الإعلان الذي ينص على التعاون.", "ينص", (), None),
    ("وزير النفط سالم البدري أمس أكد أن الإنتاج مستقر.", "أكد", (), "وزير النفط سالم البدري"),
    ("المندوب الجهوي، كمال الدريدي، أكد أن الموسم واعد.", "أكد", (), "المندوب الجهوي، كمال الدريدي"),
    ("الوزير، في وقت سابق، أكد أن الموسم واعد.", "أكد", (), "الوزير"),
    ("سيرومولوتوف أكد أن الحوار مستمر.", "أكد", ("سيرومولوتوف",), "سيرومولوتوف"),  # a known name
    ("سيرومولوتوف أكد أن الحوار مستمر.", "أكد", (), None),                          # an unknown word
    ("الوزارة وأكدت أن المدارس ستفتح.", "وأكدت", (), None),                        # وأكدت opens a new clause
    ("وزار الوزير المعرض ثم أكد أن الصناعة تنمو.", "أكد", (), None),
    # a long subject bracketed by كان and its verb: a role, its apposition and the name
    ("وكان المفتي العام، رئيس هيئة كبار العلماء الشيخ عبدالعزيز آل الشيخ أكد أن الصيام واجب.", "أكد", (),
     "رئيس هيئة كبار العلماء الشيخ عبدالعزيز آل الشيخ"),
    ("وكان المفتي العام رئيس هيئة كبار العلماء وإدارة البحوث العلمية والإفتاء الشيخ عبدالعزيز آل الشيخ أكد أن"
     " الصيام واجب.", "أكد", (),
     "المفتي العام رئيس هيئة كبار العلماء وإدارة البحوث العلمية والإفتاء الشيخ عبدالعزيز آل الشيخ"),
    ("وكان الحريق الذي اندلع في المستودع الكبير بعد منتصف الليل أكد أن الدفاع ضعيف.", "أكد", (), None),
    # a name, then its role between commas, opening a clause: the name is the subject, with its role
    ("يذكر أن سعد الغامدي، مدير الإدارة في الهيئة، قال إن الطريق مغلق.", "قال", (),
     "سعد الغامدي، مدير الإدارة في الهيئة"),
    ("وكان خالد الحربي، رئيس النادي، قد أكد أن العقد انتهى.", "أكد", (), "خالد الحربي، رئيس النادي"),
    ("ماريو فيلاني، المدير التنفيذي للشركة، يقول إن الأرباح تراجعت.", "يقول", (),
     "ماريو فيلاني، المدير التنفيذي للشركة"),
    ("وفي الرياض، مدير الشرطة، قال إن الوضع هادئ.", "قال", (), None),          # a place is no name
    ("ولكن رئيس النادي سعد الحربي أكد أن العقد انتهى.", "أكد", (), "رئيس النادي سعد الحربي"),  # after ولكن
    # لكن / إلا أن / غير أن / بيد أن / كما أن open a nominal clause: the whole span to the verb is
    # its subject, an apposition between commas and a quoted name inside it too
    ("لكن الشيخ سالم الفلاني، أحد وجهاء القبيلة، قال إن الصلح قريب.", "قال", (),
     "الشيخ سالم الفلاني، أحد وجهاء القبيلة"),
    ("لكن الشيخ سالم الفلاني، أحد وجهاء القبيلة قال إن الصلح قريب.", "قال", (),
     "الشيخ سالم الفلاني، أحد وجهاء القبيلة"),
    ("إلا أن الأمير فيصل بن سعد آل سالم، وزير الدولة، أكد أن العلاقات متينة.", "أكد", (),
     "الأمير فيصل بن سعد آل سالم، وزير الدولة"),
    ('إلا أن مصادر في شركة "النماء" أشارت إلى أن الصفقة ألغيت.', "أشارت", (), 'مصادر في شركة "النماء"'),
    ('غير أن صحيفة "الأنباء" ذكرت أن الوزير استقال.', "ذكرت", (), 'صحيفة "الأنباء"'),
    ("بيد أن المتحدث الرسمي للجامعة أكد أن الدراسة مستمرة.", "أكد", (), "المتحدث الرسمي للجامعة"),
    ("لكن فهد العلي مدرب الفريق أكد أن اللاعبين جاهزون.", "أكد", (), "فهد العلي مدرب الفريق"),
    ("لكن شخصا آخر في القرية قال إن الحادث مدبر.", "قال", (), "شخصا آخر في القرية"),
    ("لكن بعض الدبلوماسيين أكدوا أن المفاوضات متعثرة.", "أكدوا", (), "بعض الدبلوماسيين"),
    ("غير أن الصناعيين يعتبرون أن الرسوم مرتفعة.", "يعتبرون", (), "الصناعيين"),
    ("لكن البعض الآخر اعتبر أن القرار متسرع.", "اعتبر", (), "البعض الآخر"),
    ("لكن فالدانو قال إن الفريق جاهز.", "قال", (), "فالدانو"),                  # a bare name no lexicon knows
    # …but not another clause, nor a word that is no speaker
    ("لكن معدلات البطالة تتفاوت، مضيفا أن الأسعار ترتفع.", "مضيفا", (), None),
    ("لكن المدرب راجع خطته وهو يقول إن الفريق جاهز.", "يقول", (), None),
    ("ولكن هناك من يقول إن الأسعار سترتفع.", "يقول", (), None),
]


@pytest.mark.parametrize("text, verb, known, expected", BEFORE)
def test_subject_before(ar, text, verb, known, expected):
    sent = ar.sentence(text)
    got = subject_before(ar.context(known), sent, ar.index(sent, verb))
    assert ar.text(sent, got) == expected


@pytest.mark.parametrize("text, verb, expected", [
    ("أما النائب حمد العازمي فقد دعا الحكومة إلى إنشاء جهاز مستقل.", "دعا", "النائب حمد العازمي"),
    ("وكانت الوزارة قد أكدت أن المدارس ستفتح.", "أكدت", "الوزارة"),
    ("وقالت الوزارة إنها قد أكدت أن المدارس ستفتح.", "أكدت", None),    # no أما/كان at the start
    # كان and its subject before the verb with no قد: the noun phrase after the verb is its object
    ("وكانت الوزارة حذرت الشركات من التأخير.", "حذرت", "الوزارة"),
    ("وكانت حركة طالبان حذرت مؤخرا تنظيم الدولة من التوسع.", "حذرت", "حركة طالبان"),
    # أما X فـverb: the ف on the verb resumes the topic X, its subject
    ("أما النائب حمد العازمي فدعا الحكومة إلى الحوار.", "فدعا", "النائب حمد العازمي"),
    ("أما المواطن عبدالله الأحمدي فأوضح أن الطريق خطر.", "فأوضح", "المواطن عبدالله الأحمدي"),
    ("أما محمد حسن وعبدالعزيز باسبعين فيقولان إن الأسعار مرتفعة.", "فيقولان", "محمد حسن وعبدالعزيز باسبعين"),
    ("وقال الوزير إن الخطة جاهزة، أما الوزارة فأكدت أن التمويل متوفر.", "فأكدت", "الوزارة"),
    ("أما في فرنسا فأكدت الشرطة أن المشتبه معروف.", "فأكدت", None),          # a place, not a topic
    ("أما الوزير فإنه أكد أن الخطة جاهزة.", "أكد", None),                    # no ف on the verb
    # a subject before the verb and a ل-word after it: the listener, not the subject
    ("ولكن المدرب الإسباني قال لسكاي سبورتس إن الفريق جاهز.", "قال", "المدرب الإسباني"),
    ("لكن مصدرا في الشركة قال لرويترز إن الصفقة تأجلت.", "قال", "مصدرا في الشركة"),
    ("يوفنتوس أكد لميلان أن المدافع ليس للبيع.", "أكد", "يوفنتوس"),
    ("ثم غضب أخوه وقال لأمه إن الأمر انتهى.", "وقال", None),                  # (و: another clause's subject)
    # after لكن the subject is before the verb: what follows the verb is a state or an object
    ('لكن "الفلاني" يقول متحسرا إن الزمن تغير.', "يقول", '"الفلاني"'),
    ("لكن الحكومة تنفي قطعيا أن يكون الجيش متورطا.", "تنفي", "الحكومة"),
    ("لكن الصحيفة نقلت عن الوزير قوله إن الخطة جاهزة.", "نقلت", None),       # (the relayed source speaks)
    ("المدرب أبلغ لاعبيه أن المباراة صعبة.", "أبلغ", None),                  # (لاعبيه: an object, no listener)
])
def test_fronted_subject(ar, text, verb, expected):
    sent = ar.sentence(text)
    assert ar.text(sent, fronted_subject(ar.context(), sent, ar.index(sent, verb))) == expected


@pytest.mark.parametrize("mid, expected", [
    ('وكالة "تاس" عن الرئيس فلاديمير بوتين قوله', ('وكالة "تاس"', "الرئيس فلاديمير بوتين")),
    ("عن مصادر مطلعة", (None, "مصادر مطلعة")),
    ("الصحيفة عن", None),
    ("الصحيفة عن الاجتماع", None),       # the noun after عن is no speaker
])
def test_relayed_source(ar, mid, expected):
    sent = ar.sentence(mid)
    got = relayed_source(ar.context(), sent.toks)
    assert (got if got is None else (ar.text(sent, got[0]), ar.text(sent, got[1]))) == expected


@pytest.mark.parametrize("text, known, expected", [
    ("والتقى الوفد رئيس اللجنة فهد القحيز الذي أكد أن اللوائح ستعدل.", (), "رئيس اللجنة فهد القحيز"),
    ("وزار الوفد فهد القحيز الذي أكد أن اللوائح ستعدل.", ("فهد", "القحيز"), "فهد القحيز"),
    ("وزار الوفد المعرض الذي أكد أن اللوائح ستعدل.", (), None),
    ("وقال مدير المختبرات عبدالله الحربي، الذي أفاد بأن المختبرات جاهزة.", (), "مدير المختبرات عبدالله الحربي"),
    ('ومن أبرز التعليقات ما كتبه المغرد "فايز البلوي" الذي قال إن الخدمة سيئة.', (), 'فايز البلوي"'),  # (the mention drops the quote)
    ("وأقرت الوزارة المشروع، الذي أكد أن الخدمة سيئة.", (), None),        # (no name before the comma)
    ("والتقى الأمير سلمان بالسفير الذي أكد أن العلاقات متينة.", (), "السفير"),   # without the preposition
])
def test_antecedent(ar, text, known, expected):
    sent = ar.sentence(text)
    r = ar.index(sent, "الذي")
    assert ar.text(sent, antecedent(ar.context(known), sent.toks, r)) == expected


@pytest.mark.parametrize("text, verb, expected", [
    ("ورفضت النقابات الاتهامات، مؤكدة أن الإضراب مستمر.", "مؤكدة", "النقابات"),
    ("وافتتح الوزير المعرض، مؤكدا أن الصناعة تنمو.", "مؤكدا", "الوزير"),
    ("اليوم، ورفضت النقابات الاتهامات، مؤكدة أن الإضراب مستمر.", "مؤكدة", "النقابات"),  # an opening adverbial
    ("اليوم رفضت النقابات الاتهامات، مؤكدة أن الإضراب مستمر.", "مؤكدة", "النقابات"),  # a bare verb after the adverb
    ("زار الاتحاد الأوروبي المخيم، معتبرا أن الوضع صعب.", "معتبرا", "الاتحاد الأوروبي"),  # no و: a bare verb
    ("من جانبه ألقى وزير الدولة الياباني كلمة، مؤكدا أن العلاقات متينة.", "مؤكدا", "وزير الدولة الياباني"),
    ("التقى وزير الخارجية نظيره الفرنسي، مؤكدا أن العلاقات متينة.", "مؤكدا", "وزير الخارجية"),
    ("وافتتح أمير المنطقة المعرض، مؤكدا أن الدعم مستمر.", "مؤكدا", "أمير المنطقة"),  # the object after the construct
    ("ورعى مدير الجامعة الحفل، مؤكدا أن الدعم مستمر.", "مؤكدا", "مدير الجامعة"),
    ("وقدم مدير الجامعة الدكتور سعد بن علي الصحاف الشكر، مؤكدا أن الدعم مستمر.", "مؤكدا",
     "مدير الجامعة الدكتور سعد بن علي الصحاف"),  # a family name after the name stays
    ("ابتكر مهندس ياباني وسيلة نقل صغيرة، مؤكدا أنها آمنة.", "مؤكدا", "مهندس ياباني"),
    ("اقتربت إدارة نادي الاتحاد من حسم الصفقة، مؤكدة أنها قريبة.", "مؤكدة", "إدارة نادي الاتحاد"),
    ("وأطلقت إدارة الغابات والحماية من الحرائق حملة، مؤكدة أنها ضرورية.", "مؤكدة", "إدارة الغابات والحماية من الحرائق"),
    ("واستبعد رئيس حزب الوطنيين الأحرار النائب سامي الجميل الاستقالة، مرجحا حلا قريبا.", "مرجحا",
     "رئيس حزب الوطنيين الأحرار النائب سامي الجميل"),
    ("واستقبل وزير الخارجية الأمريكي جون كيري الوفد، مؤكدا أن العلاقات متينة.", "مؤكدا",
     "وزير الخارجية الأمريكي جون كيري"),
    ("استقبل سماحة مفتي عام المملكة الوفد، مؤكدا أن الفرج قريب.", "مؤكدا", "سماحة مفتي عام المملكة"),
    ("هناك مسؤولون يرفضون القرار، مؤكدين أنه خاطئ.", "مؤكدين", None),  # هناك: no verb
    ("حمّل سمير جعجع، رئيس حزب القوات، إيران المسؤولية، موضحا أنها تعطل الانتخابات.", "موضحا",
     "سمير جعجع، رئيس حزب القوات"),  # the role between commas
    ("قطع قائد المعركة، اللواء فضل حسن، بانتهاء الحرب، مؤكدا أن النصر قريب.", "مؤكدا",
     "قائد المعركة، اللواء فضل حسن"),
    ("بدوره استعرض الدكتور اللويم بعض الإحصاءات، مشيرا إلى أن العنف يزداد.", "مشيرا", "الدكتور اللويم"),
    ("ونقل وزير الخارجية تعازي المملكة للأسرة، معربا عن حزنه.", "معربا", "وزير الخارجية"),
    ("كما قدم مدير المكتب خالد الدخيل خالص شكره للحملة، مؤكدا الاستمرار.", "مؤكدا", "مدير المكتب خالد الدخيل"),
    ("تنظيف المنزل مهمة الأم، مؤكدة أنها متعبة.", "مؤكدة", None),  # a verbal noun opens it
    ("محملا الأحزاب المسؤولية، قائلا إنها فشلت.", "قائلا", None),  # a participle opens it
    ("مصادر مطلعة رفضت الاتهامات، مؤكدة أن الإضراب مستمر.", "مؤكدة", None),  # a noun opens it: no VSO clause
    ("المعرض افتتح أبوابه، مؤكدا أن الصناعة تنمو.", "مؤكدا", None),
    # a clause opened by كان and closed by قد + its verb: its subject goes on to the next verb
    ("وكان الوزير قد افتتح المعرض، مؤكدا أن الصناعة تنمو.", "مؤكدا", "الوزير"),
    ("وكان المدير سعد الغامدي قد زار الموقع أمس وطالب بإصلاح الطريق.", "وطالب", "المدير سعد الغامدي"),
    ("وكانت الهيئة قد نشرت التقرير، وأوضحت أن الأسعار ارتفعت.", "وأوضحت", "الهيئة"),
    ('وكانت "الوطن" قد نشرت الخبر، وأشارت إلى أن المشروع تأخر.', "وأشارت", '"الوطن"'),
    ("وكان الوزير قد زار المدينة، وقالت إنها سعيدة.", "وقالت", None),           # the verb disagrees in gender
    ("وكان الحريق قد دمر الطريق، وقال إن الخسائر كبيرة.", "وقال", None),       # a fire is no speaker
    ("وكانت الصحيفة قد نشرت مقطعا يظهر فيه المواطن ويعلن أنه مرشح.", "ويعلن", None),  # another clause's verb
    ("وكان الوزير قد افتتح المعرض. وقال إن الصناعة تنمو.", "وقال", None),      # (a full stop between)
    # … or closed by an imperfect verb, its prefix telling it from the subject
    ("وكان المدير سعد الغامدي يتابع سير العمل، وطالب بإصلاح الطريق.", "وطالب", "المدير سعد الغامدي"),
    ("وكان الوزير يزور المدينة كل عام، وأكد أن الصناعة تنمو.", "وأكد", "الوزير"),
    ("وكانت الهيئة تراقب الأسواق، وأوضحت أن الأسعار ارتفعت.", "وأوضحت", "الهيئة"),
    ("وكان المطر يهطل بغزارة، وقال إن الطقس سيئ.", "وقال", None),             # rain is no speaker
    ("وكان الوزير يزور المدينة، وقالت إنها سعيدة.", "وقالت", None),            # the verb disagrees in gender
    ("وافتتح المعرض أبوابه، مؤكدا أن الصناعة تنمو.", "مؤكدا", None),          # المعرض is no speaker
])
def test_main_clause_subject(ar, text, verb, expected):
    sent = ar.sentence(text)
    got = main_clause_subject(ar.context(), sent, ar.index(sent, verb))
    assert ar.text(sent, got) == expected


@pytest.mark.parametrize("word, expected", [
    ("لكنه", "ه"), ("ولكنها", "ها"), ("إنهم", "هم"), ("بأنهما", "هما"), ("لكن", None), ("الوزير", None),
])
def test_pronoun_subject(ar, word, expected):
    sent = ar.sentence(word)
    got = pronoun_subject(sent, sent.toks[0])
    assert (got.text if got else None) == expected


@pytest.mark.parametrize("text, verb, known, expected", [
    ("واتفقت ماريا مع هذا الرأي وقالت إنها سعيدة.", "وقالت", (), "ماريا"),          # a given name
    ("ودافع لودريان عن القرار، قائلا إنه صائب.", "قائلا", ("لودريان",), "لودريان"),   # a name seen before
    ("واستقبل سعد العلي الوفد، وأكد أن العلاقات متينة.", "وأكد", (), "سعد العلي"),
    ("واستقبل سعد بن ناصر الوفد، وأكد أن العلاقات متينة.", "وأكد", (), "سعد بن ناصر"),
    ("وحاول سعد الابتعاد عن السياسة، وصرح بأنه متعب.", "وصرح", (), "سعد"),        # a masdar, not a family name
    ("وافتتح معرضا للكتاب، مؤكدا أن القراءة مهمة.", "مؤكدا", (), None),            # an object, no subject
])
def test_main_clause_named_subject(ar, text, verb, known, expected):
    """A report continuing a clause whose verb reports nothing takes that clause's subject."""
    sent = ar.sentence(text)
    got = main_clause_subject(ar.context(known), sent, ar.index(sent, verb))
    assert ar.text(sent, got) == expected


# --- subjects before the verb and behind relative pronouns (sentences written for these tests;
# each row: text, then (cue, speaker mention, speaker name) per record)
from attribution import extract_text  # noqa: E402


def _records(text):
    return [(r.cue.text, r.speaker.text if r.speaker else None, r.speaker_name) for r in extract_text(text)]


PREVERBAL = [
    # كان and its verb bracket the subject: the whole phrase between them, past an indefinite
    # genitive or an affiliation, when the verb agrees with it
    ("وكانت صحف محلية سعودية أفادت أمس أن الموسم سيبدأ مبكرا.",
     [("أفادت", "صحف محلية سعودية", "صحف محلية سعودية")]),
    ("وكان مراقبون في الشأن الاقتصادي توقعوا أن ترتفع الأسعار.",
     [("توقعوا", "مراقبون في الشأن الاقتصادي", "مراقبون في الشأن الاقتصادي")]),
    ("وكانت مصادر أمنية يمنية ذكرت أن الهدوء عاد إلى المدينة.",
     [("ذكرت", "مصادر أمنية يمنية", "مصادر أمنية يمنية")]),
    # … not a statement or an adverb between كان's subject and its verb
    ("وكان الوزير أمس أكد أن المشروع اكتمل.", [("أكد", "الوزير", "الوزير")]),
    ("ولو كان سعد الفهد لاعبا محترفا وسرت أنباء تفيد أن النادي سيتعاقد معه لفرحنا.",
     [("تفيد", None, None)]),                                   # (كان's predicate and another clause: no subject)
    # a quantified group before its verb: the part of a group of people in the plural, of
    # sources or reports in the feminine singular, any noun before a masculine plural
    ("بعض الاقتصاديين اعتبروا الخطة طموحة.", [("اعتبروا", "بعض الاقتصاديين", "بعض الاقتصاديين")]),
    ("وبحسب الصحيفة فإن بعض سكان الحي أكدوا أن المياه انقطعت.",
     [("أكدوا", "بعض سكان الحي", "بعض سكان الحي")]),
    ("وكانت بعض المصادر ذكرت أن الاجتماع تأجل.", [("ذكرت", "بعض المصادر", "بعض المصادر")]),
    # … and after its verb: بعض opens no noun phrase of its own, the group is the subject
    ("وقال بعض الأهالي للصحيفة إن الطريق مغلق.", [("قال", "بعض الأهالي", "بعض الأهالي")]),
    ("وفيما ذكرت بعض الصحف أن المدرب استقال، نفى النادي ذلك.",
     [("ذكرت", "بعض الصحف", "بعض الصحف")]),
    ("ويرى بعض المختصين أن الأسعار ستنخفض.", [("يرى", "بعض المختصين", "بعض المختصين")]),  # (a strict cue)
    ("وكانت بعض الجمعيات قد أعلنت عبر حساباتها أن التسجيل بدأ.",
     [("أعلنت", "بعض الجمعيات", "بعض الجمعيات")]),
]

RELATIVE_ENDS = [
    # a speaker mention never ends on a relative pronoun, bare or after و
    ("أكد الهلال الذي يتصدر الدوري أن مدربه باق.", [("أكد", "الهلال", "الهلال")]),
    ("وكشفت التحقيقات الأولية والتي أجرتها الشرطة أن الحريق متعمد.",
     [("كشفت", "التحقيقات الأولية", "التحقيقات الأولية")]),
    # a definite noun after a whole definite subject, described by a relative clause whose verb
    # resumes it as its object, is the verb's object
    ("أعلنت اللجنة المنظمة الجوائز المالية التي ستمنحها للفائزين.",
     [("أعلنت", "اللجنة المنظمة", "اللجنة المنظمة")]),
    # … not a genitive after an indefinite head (مدير المدرسة التي يديرها: his school)
    ("وأكد مدير المدرسة التي يديرها منذ سنوات أن الدراسة بدأت.",
     [("أكد", "مدير المدرسة", "مدير المدرسة")]),
    # والذي after a body in the genitive of ل: the body is the relative's antecedent
    ("وارتفعت الأسهم عقب اجتماع لبنك الاحتياط الفيدرالي والذي أشار إلى تباطؤ النمو.",
     [("أشار", "بنك الاحتياط الفيدرالي", "بنك الاحتياط الفيدرالي")]),
]


@pytest.mark.parametrize("text, expected", PREVERBAL)
def test_subject_before_its_verb(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text, expected", RELATIVE_ENDS)
def test_subject_and_relative_pronoun(text, expected):
    assert _records(text) == expected
