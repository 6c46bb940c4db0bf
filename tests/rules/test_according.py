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
    # after a verb of saying a quoted name speaks, its article and all (not known to the document yet)
    ('وأغلق الطريق، بحسب ما ذكرت "الرياض".', "بحسب", (), ("بحسب ما ذكرت", "الرياض", "وأغلق الطريق")),
    ("وأغلق الطريق، حسبما أفادت «الجزيرة».", "حسبما", (), ("حسبما أفادت", "الجزيرة", "وأغلق الطريق")),
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
    ("وحلت الجامعة خامسة حسب تصنيف وزارة الخدمة المدنية.", "حسب", (), None),  # a verbal noun (تفعيل)
    # a condition after the source is no part of it
    ("وبحسب محللين إذا نجح المؤشر في الاستقرار، فإنه قد يرتفع.", "وبحسب", (),
     ("بحسب", "محللين", "فإنه قد يرتفع")),
    # data and who gave them: the giver is the source
    ("وارتفعت البطالة وفقا لبيانات من وزارة العمل الأمريكية.", "وفقا", (),
     ("وفقا", "وزارة العمل الأمريكية", "وارتفعت البطالة")),
    ("وقتل عشرة أشخاص بحسب تيسير المفرج.", "بحسب", (), ("بحسب", "تيسير المفرج", "وقتل عشرة أشخاص")),
    ("وتعمل الشركات وفق القانون المعمول به.", "وفق", (), None),
    ("ويستفيد منه الرجال والنساء على حد سواء.", "على", (), None),
    ("ووصل الوفد في الموعد، وجاء في الموعد المحدد.", "وجاء", (), None),
    ("وارتفعت الأسعار، بحسب الغامدي.", "بحسب", (), None),              # a definite word, not a known name
    ("وتوزع المنح وفقا لفئات الأمانات.", "وفقا", (), None),            # a noun in construct, not a name
    ("وتوزع المنح وفقا للمادة 12.", "وفقا", (), None),
    # what a thing is in accordance with, bare or with a pronoun: a level, a need, a request
    ("وتصرف المكافأة حسب مستوى تأهيل الموظف.", "حسب", (), None),
    ("وتتغير الرسوم وفقا لوجود مرافق إضافية.", "وفقا", (), None),
    ("ويتم الشحن حسب طلب المشتري.", "حسب", (), None),
    ("وتوزع الوجبات حسب توفر المواد.", "حسب", (), None),
    ("وسيتم التعيين وفق احتياج المدارس.", "وفق", (), None),
    ("وتصرف الإعانات للأسر حسب حاجتهم.", "حسب", (), None),
    # «نقلا عن» between a verb and its content gives that verb's report the source (test_sentence)
    ("وقالت الصحيفة، نقلا عن مصادر أمنية، إن الحدود أغلقت.", "نقلا", (), None),
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
    # an outlet's name in brackets after its kind, like a quoted one, and its nisba after it
    ("وفقا لصحيفة (النجم) المغربية.", "لصحيفة (النجم) المغربية"),
    ("حسب مجلة (عالم الرياضة) الفرنسية، أن", "مجلة (عالم الرياضة) الفرنسية"),
    ("بحسب المدرب (الذي رفض التعليق)", "المدرب"),                          # (an aside after a person)
    ("بحسب صحيفة (نقلا عن مصادر، أمس)", "صحيفة"),                          # (no name: not only words)
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
    # after a dash, closing the sentence: the clause before the dash is its claim
    ("وتراجعت المبيعات بنسبة كبيرة – بحسب ما أعلنت الشركة.",
     [("بحسب ما أعلنت", "الشركة", "وتراجعت المبيعات بنسبة كبيرة")]),
    ("ولم يسترد التاجر سوى جزء من بضاعته - حسبما ذكرت صحيفة «الاقتصادية».",
     [("حسبما ذكرت", "صحيفة «الاقتصادية»", "ولم يسترد التاجر سوى جزء من بضاعته")]),
    # «بحسب ما ذكرت X» closing the sentence relays it even with no comma: the verb's claim ends
    # before it, and the source is a record of its own
    ("وأكد المدرب أن الفريق جاهز للمباراة حسبما أفاد المركز الإعلامي للنادي.",
     [("أكد", "المدرب", "الفريق جاهز للمباراة"),
      ("حسبما أفاد", "المركز الإعلامي للنادي", "الفريق جاهز للمباراة")]),
    ("وطالب اللاعب بصرف مستحقاته المتأخرة بحسب ما ذكرت صحيفة «الرياضية».",
     [("طالب", "اللاعب", "بصرف مستحقاته المتأخرة"),
      ("بحسب ما ذكرت", "صحيفة «الرياضية»", "بصرف مستحقاته المتأخرة")]),
    ("وقال المحلل إن اللاعب انتقل إلى الدوري التركي وفقا لما ورد في تقارير صحفية.",
     [("قال", "المحلل", "اللاعب انتقل إلى الدوري التركي"),
      ("وفقا لما ورد", "تقارير صحفية", "اللاعب انتقل إلى الدوري التركي")]),
    # …not كما ذكرت "as she said", a sentence going on after it, nor a place in a text (ورد بالمادة)
    ("وقال الخبير إن الأسعار ستنخفض كما ذكرت الصحيفة.",
     [("قال", "الخبير", "الأسعار ستنخفض كما ذكرت الصحيفة")]),
    ("وقال الخبير إن الأسعار ستنخفض بحسب ما أعلنت الشركة، وإن الطلب سيرتفع.",
     [("قال", "الخبير", "الأسعار ستنخفض بحسب ما أعلنت الشركة، وإن الطلب سيرتفع")]),
    ("وأوضح المدير أن الرسوم تدفع وفق ما ورد بالمادة الثالثة.",
     [("أوضح", "المدير", "الرسوم تدفع وفق ما")]),
])
def test_trailing_and_glued_according_to(text, expected):
    from attribution import extract_text

    got = [(r.cue.text, r.speaker.text if r.speaker else None, r.claim.text) for r in extract_text(text)]
    assert got == expected


# (sentence, phrase word as written, speaker mention or None): what is a source after بحسب/وفقا ل.
# A source is a speaker word, a medium or record of words, or a name; not what something is done
# "in accordance with": a rule, a plan, a measure, one's own efforts.
SOURCES = [
    ("وتوقفت الأعمال في الميناء وفقا لجهوده.", "وفقا", None),                 # a noun with a pronoun
    ("وتجري المراقبة حسب بنود اتفاق فيينا.", "حسب", None),                  # a rule, in construct with a place
    ("وتعمل الشركة وفقا لأحكام القانون.", "وفقا", None),
    ("وتوزع المنح حسب الجدول.", "حسب", None),
    ("ويعمل الجهاز وفقا للأوامر التي يتلقاها.", "وفقا", None),               # definite after لل: no name
    ("ويباع الصقر وفقا للسلالة والحجم.", "وفقا", None),
    ("وبنيت الحديقة وفق تصميم عالمي حديث.", "وفق", None),                    # a noun and its adjective
    ("وتسجل الأسماء وفق نموذج خاص.", "وفق", None),
    ("وتختلف الأسعار حسب نوعية الخدمة.", "حسب", None),                       # an abstract noun in -ية
    ("ويتم ذلك وفق عادات متوارثة.", "وفق", None),                            # a sound feminine plural
    ("ويسير العمل وفق أمزجة مسيريه.", "وفق", None),                          # a genitive with a pronoun
    ("ويعاد تقييمهم وفقا لذلك.", "وفقا", None),
    ("وتعمل اللجنة وفق عدد من الشروط.", "وفق", None),                        # a part of what is no source
    ("وارتفع عدد الزوار، بحسب موقع «سكاي نيوز».", "بحسب", "موقع «سكاي نيوز»"),  # a medium
    ("وانتهى الاجتماع مساء، حسب مكتبه.", "حسب", "مكتبه"),                    # a pronoun on a speaker word
    ("وقتل خمسة أشخاص، بحسب شخص مطلع.", "بحسب", "شخص مطلع"),
    ("وتأخر المشروع، بحسب عدد من المسؤولين.", "بحسب", "عدد من المسؤولين"),    # a part of a group
    ("وتراجعت المبيعات، بحسب بعض المختصين.", "بحسب", "بعض المختصين"),
    ("وارتفع الطلب، بحسب وكلاء عقاريين.", "بحسب", "وكلاء عقاريين"),           # a فعلاء plural of people
    ("ووصل الوزراء، حسبما قال سياسي يمني.", "حسبما", "سياسي يمني"),            # a nisba noun of a person
    ("وتراجعت المبيعات، بحسب ويكيليكس.", "بحسب", "ويكيليكس"),                 # a bare name
    ("وارتفعت الأسعار، بحسب تقديرات هو جيندو.", "بحسب", "هو جيندو"),         # the name after a speech noun
    ("ويتراجع الإنتاج، على حد تعبير عيتاني.", "على", "عيتاني"),
    ("ونفى المتهم التهم، حسب تسريبات إعلامية.", "حسب", "تسريبات إعلامية"),    # the words themselves
    ("وأقر البرلمان القانون، وفقا لاستطلاعات الرأي.", "وفقا", "استطلاعات الرأي"),
    ("وغرقت مولتشانوفا، بحسب ما أشار ابنها.", "بحسب", "ابنها"),               # kin named by a pronoun
]


@pytest.mark.parametrize("text, word, expected", SOURCES)
def test_what_is_a_source(ar, text, word, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, word)
    c = according_report(ctx, sent, i, match_according(ctx, sent.toks, i), [])
    assert (c.speaker.text if c is not None else None) == expected


# (text, [(cue, speaker, claim)]): what a fronted phrase attributes, and relayed words
CLAIMS = [
    # ووفقا لـ X، فإن Y: the claim is Y, wherever the phrase stands and however long X is
    ("وتأثرت الصناديق بتراجع النفط، ووفقاً لبيانات جمعتها «بلومبرج»، فإن المستشارين باعوا أسهمهم.",
     [("وفقاً", "بيانات جمعتها «بلومبرج»", "المستشارين باعوا أسهمهم")]),
    ("وبحسب تقرير للجنة تقصي الحقائق صدر في أواخر العام الماضي، فإن الصحيفة مستقلة.",
     [("بحسب", "تقرير للجنة تقصي الحقائق", "الصحيفة مستقلة")]),
    ("ووفقا لمصدر مطلع لـ«الحياة» فإن الفروع أنهت أعمالها.", [("وفقا", "مصدر مطلع", "الفروع أنهت أعمالها")]),
    # a relative clause describing the source ends at its comma or its أن; the claim follows
    ('ووفق تقرير اطلع عليه "المرصد"، تراجعت الصادرات بنسبة كبيرة.',
     [("وفق", "تقرير", "تراجعت الصادرات بنسبة كبيرة")]),
    ("ووفقا لدراسة نشرتها الجامعة، تضاعف عدد الطلاب.", [("وفقا", "دراسة", "تضاعف عدد الطلاب")]),
    ("وجاء في التقرير الذي أعدته اللجنة أن الأسعار مستقرة.", [("جاء في", "التقرير", "الأسعار مستقرة")]),
    ('وحسب إحصائية اطلعت عليها "المدينة" تراجعت الحوادث، حيث لم تسجل وفيات.',
     [("حسب", "إحصائية", "تراجعت الحوادث، حيث لم تسجل وفيات")]),   # no comma: the outlet's name closes it
    # …، وبحسب X Y: a phrase opening a clause with و attributes what follows it
    ("وعثرت الشرطة على السيارة، وبحسب الشرطة كانت السيارة مسروقة.",
     [("بحسب", "الشرطة", "كانت السيارة مسروقة")]),
    # …، وفقا لـ X (the و of the word, no conjunction): the clause before
    ("وتنتج الشركة تسعة ملايين برميل، وفقا لأرامكو.", [("وفقا", "أرامكو", "وتنتج الشركة تسعة ملايين برميل")]),
    # وفقا لما نقلت عنه الصحيفة: the speaker's own words, relayed; the participle after it is his
    ("وأوضح المتحدث باسم الوزارة خالد العمر، وفقاً لما نقلت عنه صحيفة «الرياض»، بأن العمال وصلوا، "
     "متوقعا وصول دفعات أخرى.",
     [("أوضح", "المتحدث باسم الوزارة خالد العمر", "العمال وصلوا"),
      ("متوقعا", "المتحدث باسم الوزارة خالد العمر", "وصول دفعات أخرى")]),
    # an according-to phrase between a verb and its content: two records, one claim; ذكرت is the phrase's
    ("وأوضح الوزير، حسبما ذكرت الصحيفة، أن العمال وصلوا.",
     [("أوضح", "الوزير", "العمال وصلوا"), ("حسبما ذكرت", "الصحيفة", "العمال وصلوا")]),
    # the verb's preposition with a pronoun belongs to the phrase: the source follows it
    ("والكلمة الطيبة، بحسب ما تعبر عنه الكاتبة، لها مفعول السحر.",
     [("بحسب ما تعبر", "الكاتبة", "والكلمة الطيبة")]),
    # an opening source relays the next verb's words (the verb's via) and is a record of its own…
    ("وبحسب المصادر فإن الوزير أكد أن الخطة جاهزة.",
     [("بحسب", "المصادر", "الوزير أكد أن الخطة جاهزة"), ("أكد", "الوزير", "الخطة جاهزة")]),
    # …but a belief or an expectation is held, not said: the source reports it, and the view
    # stays a report inside the source's claim
    ("ووفقا للمصادر فإن الجهات الدائنة تعتقد أن الديون لن تسدد.",
     [("وفقا", "مصادر", "الجهات الدائنة تعتقد أن الديون لن تسدد"), ("تعتقد", "الجهات الدائنة", "الديون لن تسدد")]),
    ("وبحسب الصحيفة يتوقع الخبراء أن ترتفع الأسعار.",
     [("بحسب", "الصحيفة", "يتوقع الخبراء أن ترتفع الأسعار"), ("يتوقع", "الخبراء", "ترتفع الأسعار")]),
]


@pytest.mark.parametrize("text, expected", CLAIMS)
def test_fronted_and_relayed_according_to(text, expected):
    from attribution import extract_text

    got = [(r.cue.text, r.speaker.text if r.speaker else None, r.claim.text) for r in extract_text(text)]
    assert got == expected


# (text, [(cue, speaker mention, claim)]): what the source of an according-to phrase is
SOURCE_HEADS = [
    # a conversation: who was spoken with is the source, a part of a group too
    ("وحسب حديث مع بعض المسؤولين في الوزارة، فإن المشروع سيتأخر عامين.",
     [("حسب", "بعض المسؤولين في الوزارة", "المشروع سيتأخر عامين")]),
    ("ووفقا لمقابلة مع وزير الصحة، فإن الحالات تراجعت.", [("وفقا", "وزير الصحة", "الحالات تراجعت")]),
    ("وبحسب لقاء مع المدير العام للشركة، فإن الأرباح ارتفعت.",
     [("بحسب", "المدير العام للشركة", "الأرباح ارتفعت")]),
    ("وحسب لقاء الفريقين في الدور الأول، فإن الفوز كان للضيوف.", []),   # a match, no one spoken with
    # testimonies of a part of a group: the group, with its relative من
    ("وحسب شهادات بعض من كانوا بقربه، فقد سقط على الأرض فجأة.",
     [("حسب", "بعض من كانوا بقربه", "سقط على الأرض فجأة")]),
    ("وحسب شهادات عدد من السكان، فإن القصف استمر ساعات.", [("حسب", "عدد من السكان", "القصف استمر ساعات")]),
    # a titled name runs past the word limit while it is a name chain; فقد ends it
    ("وبحسب المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة الرياض خالد بن عبدالله العتيبي فقد وقع حادث على الطريق.",
     [("بحسب", "المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة الرياض خالد بن عبدالله العتيبي", "وقع حادث على الطريق")]),
    # a noun after the phrase's ل keeps its genitive
    ("ووفقا لموقع المؤسسة البريطانية، كان العدد أكبر من المتوقع.",
     [("وفقا", "موقع المؤسسة البريطانية", "كان العدد أكبر من المتوقع")]),
    ("ووفقا لدراسة نشرتها الجامعة، تضاعف عدد الطلاب.", [("وفقا", "دراسة", "تضاعف عدد الطلاب")]),
    # a review: who did it, else the text reviewed; a review of figures alone stays as it was
    ('وطبقا لآخر مراجعة قامت بها "الوطن" للقائمة، فإن الاسم لا يزال مدرجا.',
     [("طبقا", "الوطن", "الاسم لا يزال مدرجا")]),
    ("وبحسب مراجعة أجرتها الصحيفة للوثائق، فإن العقود لم تنفذ.", [("بحسب", "الصحيفة", "العقود لم تنفذ")]),
    ("وبحسب مراجعة أجرتها اللجنة الوطنية لحقوق الإنسان، فإن السجون مكتظة.",
     [("بحسب", "اللجنة الوطنية لحقوق الإنسان", "السجون مكتظة")]),
    ("ووفقا لاستعراض مذكرة الوكيل، تبين أن الخطة تغيرت.", [("وفقا", "مذكرة الوكيل", "تبين أن الخطة تغيرت")]),
    ("وبحسب قراءة للأرقام الرسمية، فإن النمو تباطأ.", [("بحسب", "قراءة", "النمو تباطأ")]),
    # a short name in quotes, its abbreviation's points and all; a speaker word with its article
    ("واختار اللاعبون زميلهم لحمل شارة القائد بحسب “دي. بي. دي”. وكان الفريق قد فاز.",
     [("بحسب", "دي. بي. دي", "واختار اللاعبون زميلهم لحمل شارة القائد")]),
    ("واتفق الوزيران على العمل سويا، وفقا لما ذكره البيت الأبيض.",
     [("وفقا لما ذكره", "البيت الأبيض", "واتفق الوزيران على العمل سويا")]),
    ('وتم توزيع المهام وفق "الخطة" المعتمدة.', []),                        # a plan in quotes is no source
    # a perfect with its object pronoun (a defective one writes its ى as ا) opens the source's description
    ("ووفقا لتقرير أعطاه المفتش للجنة، فإن المخزون نفد.", [("وفقا", "تقرير", "المخزون نفد")]),
    ("ووفقا لدراسة أجرتها الجامعة، فإن الطلاب يعانون من قلة النوم.", [("وفقا", "دراسة", "الطلاب يعانون من قلة النوم")]),
    ("ووفقا لاتجاه الأسعار، ارتفعت الأرباح.", []),                             # a noun in اه, no verb
    # a text received from someone: who sent it is the source, with its titles
    ("ووفقا لخطاب تلقاه اتحاد الغرف من وزير المالية رئيس مجلس إدارة الصندوق المهندس خالد بن سعد العمري، "
     "سيقوم الصندوق بإعداد الضوابط.",
     [("وفقا", "وزير المالية رئيس مجلس إدارة الصندوق المهندس خالد بن سعد العمري", "سيقوم الصندوق بإعداد الضوابط")]),
    ("ووفقا لرسالة تلقتها الجمعية من المحافظ، فإن الموقع سيفتتح قريبا.", [("وفقا", "المحافظ", "الموقع سيفتتح قريبا")]),
    ("ووفقا لرسالة تلقتها الجمعية من قبل، فإن الموقع سيفتتح قريبا.", [("وفقا", "رسالة", "الموقع سيفتتح قريبا")]),
    # a person's name starting past the word limit of a long role runs to the comma or فإن closing it
    ("ووفقا لخطاب تلقاه اتحاد الغرف من وزير المالية رئيس مجلس إدارة صندوق تنمية الصادرات الوطنية المهندس "
     "خالد بن سعد العمري، سيقوم الصندوق بإعداد الضوابط.",
     [("وفقا", "وزير المالية رئيس مجلس إدارة صندوق تنمية الصادرات الوطنية المهندس خالد بن سعد العمري",
       "سيقوم الصندوق بإعداد الضوابط")]),
    ("وبحسب رئيس مجلس إدارة الجمعية الخيرية لرعاية الأيتام بمحافظة الخرج الشيخ فهد بن علي الدوسري فإن "
     "الجمعية تكفل ألف يتيم.",
     [("بحسب", "رئيس مجلس إدارة الجمعية الخيرية لرعاية الأيتام بمحافظة الخرج الشيخ فهد بن علي الدوسري",
       "الجمعية تكفل ألف يتيم")]),
    ("وبحسب رئيس مجلس إدارة الجمعية الخيرية لرعاية الأيتام بمحافظة الخرج في العام الماضي فإن "
     "الجمعية تكفل ألف يتيم.",                                                # no name: the role ends it
     [("بحسب", "رئيس مجلس إدارة الجمعية الخيرية لرعاية الأيتام بمحافظة الخرج", "الجمعية تكفل ألف يتيم")]),
    # information given by someone: the giver is the source
    ("وفقا لمعلومات من مصادر أمنية، غادر القيادي البلاد قبل أسبوع.",
     [("وفقا", "مصادر أمنية", "غادر القيادي البلاد قبل أسبوع")]),
    ("وبحسب أنباء عن مسؤولين في الحزب، فإن الانتخابات ستؤجل.", [("بحسب", "مسؤولين في الحزب", "الانتخابات ستؤجل")]),
    ("وبحسب معلومات من الأرشيف القديم، فإن المبنى شيد قبل قرن.", [("بحسب", "معلومات من الأرشيف القديم", "المبنى شيد قبل قرن")]),
    # a titled name past the word limit keeps the family name closing its nasab, written without ال
    ("وأكدت الإمارة على لسان متحدثها الرسمي الوكيل المساعد للشؤون الإدارية الأستاذ سعد بن محمد قرعه أن التعليمات واضحة.",
     [("على لسان", "متحدثها الرسمي الوكيل المساعد للشؤون الإدارية الأستاذ سعد بن محمد قرعه", "وأكدت الإمارة")]),
    ("وبحسب المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة الرياض خالد بن عبدالله زيدان فإن حادثا وقع على الطريق.",
     [("بحسب", "المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة الرياض خالد بن عبدالله زيدان", "حادثا وقع على الطريق")]),
    ("فقد جاء في تصريحات الزيارة الرسمية أنه تم بحث التعاون.", []),      # a visit's words: no speaker
]


@pytest.mark.parametrize("text, expected", SOURCE_HEADS)
def test_the_source_of_an_according_to_phrase(text, expected):
    from attribution import extract_text

    got = [(r.cue.text, r.speaker.text if r.speaker else None, r.claim.text) for r in extract_text(text)
           if r.kind == "according_to"]
    assert got == expected
