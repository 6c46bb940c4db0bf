"""Noun phrases: where a speaker's noun phrase ends, addressees, apposition, nominal checks
(attribution.backends.rules.noun_phrase)."""
import pytest

from attribution.backends.rules.noun_phrase import (
    addressee_prefix, apposition_at, is_addressee, looks_nominal, only_subject, plausible_speaker,
)

# (the words after a verb, the noun phrase they open); None: no noun phrase
NP_END = [
    ("وزير الخارجية الروسي سيرغي لافروف للصحفيين", "وزير الخارجية الروسي سيرغي لافروف"),
    ("بوتين للصحفيين", "بوتين"),                                   # an addressee after the name
    # after a definite role, the people or the body addressed open the object (حث، دعا، طالب، ناشد…)
    ("الأمير الشباب على العمل", "الأمير"),
    ("المهندس الشمري الجميع لحضور الحفل", "المهندس الشمري"),
    ("الأهالي البلدية بإصلاح الطريق", "الأهالي"),
    ("الحكومة المحلية الأهالي إلى الحذر", "الحكومة المحلية"),
    ("الشرطة الدينية", "الشرطة الدينية"),                       # (an adjective in ية, not a body)
    # a verb describing an indefinite document ends it (a subject holds no verb)
    ("دراسة أجريت مؤخرا", "دراسة"), ("تقرير نشر أمس", "تقرير"), ("دراسة شملت ألف شخص", "دراسة"),
    # an indefinite document's adjectives are no name: its ل-owner after them is its own, not an addressee
    ("تقرير حديث لمنظمة حقوقية", "تقرير حديث لمنظمة حقوقية"),
    ("دراسة جديدة لجامعة القاهرة", "دراسة جديدة لجامعة القاهرة"),
    ("تقرير سنوي للبنك المركزي", "تقرير سنوي للبنك المركزي"),
    ("إحصائية أولية لوزارة الصحة", "إحصائية أولية لوزارة الصحة"),
    ("تقرير حديث للصحفيين", "تقرير حديث"),                           # (people are still addressed)
    ("مدير الدراسات قدم الشكر", "مدير الدراسات قدم الشكر"),     # (not after a title)
    ("الجيش لصحفيين أجانب", "الجيش"),
    ("الوزير اليوم", "الوزير"),                                     # an adverbial
    ("الوزير قبيل الاجتماع", "الوزير"),                             # (قبيل "just before", like قبل)
    # a bare medium is no name: the body after it is its genitive
    ("موقع هيئة الإذاعة البريطانية", "موقع هيئة الإذاعة البريطانية"),
    ("حساب وزارة الصحة على تويتر", "حساب وزارة الصحة"),
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
    # a role after the name goes on with its genitives (a body right after the name starts a second noun phrase)
    ("سالم الحربي رئيس قطاع النقل", "سالم الحربي رئيس قطاع النقل"),
    ("سالم الحربي وزارة النقل", "سالم الحربي"),
    ("سالم الحربي رئيس مجلس إدارة الشركة", "سالم الحربي رئيس مجلس إدارة الشركة"),  # a chain of bodies in construct
    ("ماجد الشهري مهاجم النادي الأهلي", "ماجد الشهري مهاجم النادي الأهلي"),  # an indefinite role noun of narration
    # «the same» before a definite noun is a determiner, no head of its own
    ("ذات المصادر", "ذات المصادر"),
    ("نفس المسؤول في الوزارة", "نفس المسؤول في الوزارة"),
    # «one of»: واحد/واحدة takes its partitive من like أحد; من بين "among" after a definite head is no part
    ("واحدة من الحاضرات", "واحدة من الحاضرات"),
    ("واحد من المشاركين", "واحد من المشاركين"),
    ("اللجنة من بين توصياتها", "اللجنة"),
    ("الوزير من بين الحضور", "الوزير"),
    # a definite word past an indefinite group's adjective is no word of it (the adjective's genitive is)
    ("مصادر محلية الصحيفة", "مصادر محلية"),
    ("مسؤولون رفيعو المستوى", "مسؤولون رفيعو المستوى"),
    ("أهالي قرية الحمراء", "أهالي قرية الحمراء"),
    ("وزراء خارجية الدول العربية", "وزراء خارجية الدول العربية"),
    # a plural in construct takes its bare genitive; a body's place is its genitive
    ("باحثو جوجل", "باحثو جوجل"),
    ("خبراء المال في بنك إنجلترا", "خبراء المال في بنك إنجلترا"),
    ("محللو الأسواق في جامعة القاهرة", "محللو الأسواق في جامعة القاهرة"),
    ("تقرير صادر عن صندوق النقد الدولي", "تقرير صادر عن صندوق النقد الدولي"),  # the issuer of a document
    ("الوزير فيما كان يغادر", "الوزير"),                             # a subordinator
    ("الوزير الذي زار المعرض", "الوزير"),                           # a relative pronoun
    ("الوزير مضيفا", "الوزير"),                                     # a participle describing the saying
    ("سموه مبادرة التسجيل", "سموه"),                                # "his highness" is the whole subject
    ("أمير منطقة الرياض", "أمير منطقة الرياض"),
    ("مدير التعليم بمنطقة تبوك", "مدير التعليم بمنطقة تبوك"),        # a region's bare name is no object
    ("ذلك مدير الفرع", None),                                      # the demonstrative is the object
    ("لرويترز", None), ("لي", None), ("بالعمل", None), ("قائلا", None), ("اليوم", None),
    # where the subject ends: an object, a ب-phrase, a listener, a parenthetical
    ("الوزيرة البرلمان", "الوزيرة"),                                 # a definite body after a definite role
    ("الوزير المواطنين", "الوزير"),
    ("المدرب بالمعسكر الإعدادي للفريق", "المدرب"),                   # the verb's ب-phrase (أشاد ب…)
    ("سالم الحربي بالجهود المبذولة", "سالم الحربي"),
    ("مدير التعليم بالمنطقة الشرقية ماجد العنزي", "مدير التعليم بالمنطقة الشرقية ماجد العنزي"),  # a name follows
    ("بوتين", "بوتين"),                                             # a name that begins like ب
    ("عدد من المزارعين وزارة الزراعة", "عدد من المزارعين"),          # a second noun phrase after a group
    ("مصدر أمني لـ«الحياة»", "مصدر أمني"),                           # the listener of an unnamed source
    ("مسؤول لصحيفة الرياض", "مسؤول"),
    ("مسؤول - طلب عدم ذكر اسمه -", "مسؤول"),                        # a parenthetical between dashes
    ("المهاجم كارلوس سانتوس (برازيلي)", "المهاجم كارلوس سانتوس"),   # a bracket
    ("سامي العتيبي وهو محام", "سامي العتيبي"),                       # وهو opens a parenthetical
    ("المصدر لذلك", "المصدر"),                                       # a function word
    ("الوزير وأكد", "الوزير"),                                       # a verb
    ("تقرير أممي 2015", "تقرير أممي"),                               # digits
    ("القرار رقم 12", "القرار رقم 12"),
    # a document keeps its number and the text it belongs to
    ("المادة (14) من نظام العمل", "المادة (14) من نظام العمل"),
    ("البند 3 من العقد", "البند 3 من العقد"),
    # a head keeps its complement: construct chains, coordination, prepositions governed
    ("شقيق الرئيس الراحل", "شقيق الرئيس الراحل"),
    ("كبير المفاوضين في الوفد الأوروبي", "كبير المفاوضين في الوفد الأوروبي"),
    ("رئيس هيئة كبار الأطباء", "رئيس هيئة كبار الأطباء"),
    ("مدير عام المستشفى", "مدير عام المستشفى"),
    ("المدرب المساعد للفريق الأول لكرة السلة بنادي الاتحاد ماركو روسي",
     "المدرب المساعد للفريق الأول لكرة السلة بنادي الاتحاد ماركو روسي"),   # an ordinal, not "first"
    ("رئيس لجنة الزراعة والمياه وحماية البيئة بمجلس النواب", "رئيس لجنة الزراعة والمياه وحماية البيئة بمجلس النواب"),
    ("هيئة الكهرباء وإنتاج المياه", "هيئة الكهرباء وإنتاج المياه"),
    ("وزارة الداخلية وجود إصابات", "وزارة الداخلية"),                # وجود: a root و, the object
    ("اللجنة المشرفة على الانتخابات", "اللجنة المشرفة على الانتخابات"),
    ("الجماعة المقربة من الحكومة", "الجماعة المقربة من الحكومة"),
    ("الوحدة التابعة للجيش", "الوحدة التابعة للجيش"),
    ("الشرطة في مدينة ليون", "الشرطة في مدينة ليون"),               # a preposition takes its object
    ("الوزارة في بيانها", "الوزارة"),                                # not an event of the saying
    ("المنظمة في اعتذارها", "المنظمة"),
    ("خبراء متخصصون في أمن الشبكات", "خبراء متخصصون في أمن الشبكات"),  # adjectives of an indefinite group
    ("ناشطون في «حملة الربيع» الشركات المحلية", "ناشطون في «حملة الربيع»"),
    ("ماريا لوبيز", "ماريا لوبيز"),                                  # a name that begins like ل
    # names: علي the given name, not the preposition; a family name that is also a title
    ("علي الزهراني للصحفيين", "علي الزهراني"),
    ("علي بن ناصر", "علي بن ناصر"),
    ("على موقف المدرب", None), ("منيرة على حمل الحقائب", "منيرة"),
    ("الأستاذ علي المطيري", "الأستاذ علي المطيري"),
    ("العقيد خالد على الشهري", "العقيد خالد على الشهري"),
    ("على هامش الندوة", None),
    ("الوزير على هامش الندوة", "الوزير"),
    ("نادر القاضي للصحفيين", "نادر القاضي"),
    ("نور الدين الحاكم", "نور الدين الحاكم"),
    ("جان-بول ماري", "جان-بول ماري"),                                # a hyphenated name is one word
    ("المتحدث حسن علي نوري", "المتحدث حسن علي نوري"),                # after a given name, علي + a family name
    ("الوزارة الليبية من جهتها", "الوزارة الليبية"),                # an adverbial, not an affiliation
    ("كبير المشرفين على هذه المشاريع", "كبير المشرفين على هذه المشاريع"),
    ("كبير الباحثين على", "كبير الباحثين"),                            # never ends on a preposition
    ("المصدر وفقا لموقع", "المصدر"),                                # an according-to phrase
    ("الوزارة ومنظمات إغاثية", "الوزارة ومنظمات إغاثية"),            # a second speaker and its adjective
    ("المسؤول لرويترز", "المسؤول"),                                  # a listener, not a governed complement
    ("برشلونة غياب نجمه", "برشلونة"),                                # a place name takes no common noun after it
    ("شركة (سيبرين) الروسية", "شركة (سيبرين) الروسية"),              # a bracketed name after a body
    ("مساعد المدير للشؤون الفنية", "مساعد المدير للشؤون الفنية"),      # مساعد: a role here, not a given name
    ("البحرين وسلطنة عمان", "البحرين وسلطنة عمان"),
    ("وزارة الصحة في تقاريرها", "وزارة الصحة"),                      # في + a noun with the speaker's pronoun
    ("الولايات المتحدة ودول الاتحاد الأوروبي", "الولايات المتحدة ودول الاتحاد الأوروبي"),  # coordinated bodies
    ("الشرطة وجدت الجثة", "الشرطة"),                                 # و + a verb after a one-word subject
    ("المتحدث الرسمي لانتخابات المجالس البلدية", "المتحدث الرسمي لانتخابات المجالس البلدية"),
    ("المهندس سالم بن نهار الدوسري", "المهندس سالم بن نهار الدوسري"),  # after بن a name, whatever the word   # a quoted name is whole
    ('مدير عام "صحة الرياض" الدكتور سعد العمري', 'مدير عام "صحة الرياض" الدكتور سعد العمري'),
    # a role runs through its genitives, complements and brackets to the name after them
    ("مبعوثة الأمم المتحدة الخاصة المعنية بحقوق الطفل في النزاعات ليلى زروقي من",
     "مبعوثة الأمم المتحدة الخاصة المعنية بحقوق الطفل في النزاعات ليلى زروقي"),
    ("مؤلف الرواية الدكتور فهد بن سالم العتيبي", "مؤلف الرواية الدكتور فهد بن سالم العتيبي"),
    ("مدير برامج (يونيسف) في لبنان", "مدير برامج (يونيسف) في لبنان"),
    ("الرئيس التنفيذي لشركة النقل البحري (بحري) وطنيا", "الرئيس التنفيذي لشركة النقل البحري (بحري)"),
    ("المشرف العام على مركز الملك سلمان للأطفال", "المشرف العام"),             # (a king an institution is named after)
    ("رئيس قسم الجراحة بمستشفى الملك فهد الدكتور سالم المالكي", "رئيس قسم الجراحة بمستشفى الملك فهد الدكتور سالم المالكي"),
    ("الهيئة العامة للطيران على حساب الهيئة", "الهيئة العامة للطيران"),          # (على, not the name علي)
    ("اللجنة تشكيل فريق عمل برئاسة الدكتور سالم", "اللجنة"),                  # (a bare noun after a definite one)
    ("دول المجلس لوزير الخارجية الأمريكي جون كيري", "دول المجلس"),            # (a listener's role after ل)
    ("مصدرا في الشركة", "مصدرا في الشركة"),                                    # an accusative subject after لكنّ
    # after a whole body's name or a person's, a definite or verbal noun opens the object
    ("مجلس الشورى السعودي القرار الأخير", "مجلس الشورى السعودي"),
    ("الجيش السوري الحر", "الجيش السوري الحر"),                                # (an adjective)
    ("وزير الداخلية سعود الناصر زيارة الوفد", "وزير الداخلية سعود الناصر"),
    # a definite ordinal after a given name is a regnal number, part of the name (not the adverb "first")
    ("الملك فيصل الثاني ابن غازي", "الملك فيصل الثاني ابن غازي"),
    ("الملكة إليزابيث الثانية", "الملكة إليزابيث الثانية"),
    ("البابا يوحنا الثالث والعشرون", "البابا يوحنا الثالث والعشرون"),
    ("اللاعب المتألق في الشوط الأول", "اللاعب المتألق في الشوط الأول"),
    # bare ثاني after a given name is the family name Thani; before an elative it is "second"
    ("المهندس سالم علي ثاني", "المهندس سالم علي ثاني"),
    ("سالم ثاني أكبر المساهمين", "سالم"),
]


@pytest.mark.parametrize("words, expected", NP_END)
def test_np_end(ar, words, expected):
    assert ar.noun_phrase(words) == expected


@pytest.mark.parametrize("words, expected", [
    ("للصحفيين الوزير", 1), ("لنا المتحدث", 1), ("لرويترز الوزير", 1),
    ('لـ"الاقتصادية" الدكتور', 4), ('لصحيفة "عكاظ" المدير', 4), ("لـ(الندوة) المهندس", 4),  # (a bracketed outlet too)
    ("الوزير للصحفيين", 0), ("لكن الوزير", 0),
    ('لبرنامج «حديث المساء» على', 5), ('لمجلة "الأسرة"', 4),    # a ل-noun before a quoted name
    ('لص "محترف"', 0),                                            # (a two-letter word: "thief")
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
    # a definite descriptor (and its adjectives) in apposition to a person's name speaks; before
    # anything else it is no speaker
    ("المهاجم الإسباني الدولي دييجو كوستا", (), True), ("الحارس محمد العويس", (), True),
    ("الطاهي الفرنسي بوكوز", ("بوكوز",), True), ("المهاجم الإسباني", (), False),
    ("العام المقبل نمو", (), False), ("الموسم الماضي في الدوري", (), False),
    ("آل سالم", (), False), ("القائمون على المدينة", (), False), ("المشرفون على علي الحربي", (), True),
    ("العثيم بدور البرنامج", (), False), ("المدافع البرازيلي بدور", ("بدور",), True),
    ("المصري الدولي محمد صلاح", (), False),
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
    ("ماريا لوبيز (30 عاما) وزملاؤها", True),   # an aside in brackets and a co-speaker
    ("الوزير المواطنين", True),            # دعا الوزير المواطنين إلى…: a short object
])
def test_only_subject(ar, words, expected):
    assert only_subject(ar.context(), ar.sentence(words).toks) is expected
