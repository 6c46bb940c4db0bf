"""The reports of one sentence: nesting, new reports by the same speaker, according-to phrases
outside the verbs' claims (attribution.backends.rules.sentence)."""
import pytest

from attribution.backends.rules.context import Sentence
from attribution.backends.rules.sentence import sentence_reports
from attribution.text.normalize import normalize_text

# (sentence, [(cue, speaker, kind)] in text order)
SENTENCES = [
    ("وقال الوزير إن الخطة جاهزة.", [("قال", "الوزير", "indirect")]),
    ("ولم يعلن الوزير أن الخطة جاهزة.", []),                                       # negated
    # a report inside another's claim counts only with its own subject
    ("وقال الوزير إن المدير أكد أن الخطة جاهزة.", [("قال", "الوزير", "indirect"), ("أكد", "المدير", "indirect")]),
    ("وقال الوزير إن الخطة جاهزة وأكدت أن التمويل متوفر.", [("قال", "الوزير", "indirect")]),
    # …but a و-verb agreeing with the report before, its content right after it, goes on without a comma
    ("وقال الوزير إن الخطة جاهزة وأكد أن التمويل متوفر.",
     [("قال", "الوزير", "indirect"), ("أكد", None, "indirect")]),
    # …and a و-verb with its own subject right after it, another speaker, opens a new report
    # even with a noun-phrase content and no comma
    ("وأشار عدد من الأهالي إلى أن الطريق مغلق وتساءل آخرون عن موعد افتتاحه.",
     [("أشار", "عدد من الأهالي", "indirect"), ("تساءل", "آخرون", "indirect")]),
    ("وأشار الوزير إلى أن المشروع تأخر، وتساءل آخرون عن أسباب التأخير، مطالبين بمحاسبة المقصرين.",
     [("أشار", "الوزير", "indirect"), ("تساءل", "آخرون", "indirect"), ("مطالبين", "آخرون", "indirect")]),
    ("وقال المدير إن اللجنة اجتمعت وطالب المدير بتقرير مفصل.", [("قال", "المدير", "indirect")]),  # the same speaker
    ("وقال المدير إن اللجنة طالبت بتقرير مفصل.", [("قال", "المدير", "indirect")]),  # no و: a word of the claim
    # (the noun after the verb is its object, the subject dropped: an accusative plural, a masdar)
    ("وأكدت الوزارة أن الشروط معروفة وطالبت كافة المسافرين بأخذ اللقاح.", [("أكدت", "الوزارة", "indirect")]),
    ("وقالت الشرطة إن الحصان أصيب وتوقعت شفاءه من الإصابة.", [("قالت", "الشرطة", "indirect")]),
    # …، وأضاف / …، مضيفا / …، لكنه نفى: a new report by the same speaker
    ("وقال الوزير إن الخطة جاهزة، وأضاف أن التمويل متوفر.",
     [("قال", "الوزير", "indirect"), ("أضاف", "الوزير", "indirect")]),
    ("وقال الوزير إن الخطة جاهزة، مضيفا أن التمويل متوفر.",
     [("قال", "الوزير", "indirect"), ("مضيفا", "الوزير", "indirect")]),
    ("وأوضح المدير أن الخطة جاهزة، لكنه نفى وجود موعد محدد.",
     [("أوضح", "المدير", "indirect"), ("نفى", "ه", "indirect")]),
    # according-to phrases: outside a verb's claim, or closing it (بحسب قوله)
    ("ارتفعت الأسعار، بحسب وكالة رويترز.", [("بحسب", "وكالة رويترز", "according_to")]),
    # كما + a verb with its own clause is "also": the verb's report, no according-to
    ("وارتفعت الأسعار، كما أكد الوزير أن التضخم مستمر.", [("أكد", "الوزير", "indirect")]),
    ("وقال الوزير إن الأسعار ارتفعت بحسب وكالة رويترز.", [("قال", "الوزير", "indirect")]),
    ("وأكد الوزير أن الأسعار ارتفعت، وفق قوله.", [("أكد", "الوزير", "indirect")]),
    ("ويشار إلى أن المشروع بدأ قبل عامين.", [("يشار", None, "unattributed")]),
    # وعدّ with its shadda is و + عدّ "considered", not وعد "promised"
    ("وعدّ الوزير القرار خطوة مهمة.", [("عدّ", "الوزير", "indirect")]),
    ("ووعد الوزير بتحسين الخدمات.", [("وعد", "الوزير", "indirect")]),
    # «يذكر أن» "it is mentioned that" after a comma too, when no subject follows the verb
    ("وأصدر الوزير قرارا بتعيين المدير، يذكر أن المدير عمل في الصحيفة.", [("يذكر", None, "unattributed")]),
    ("وقال المتحدث إن التحقيق مستمر، ويذكر الوزير أن الزوجين بخير.",
     [("قال", "المتحدث", "indirect"), ("يذكر", "الوزير", "indirect")]),
    # a sentence-initial source with a content of its own (فإن…) relays no participle after it:
    # the participle goes on with the source's voice, two records
    ("ووفقا للمتحدث باسم الشرطة فإن الجهات الأمنية تلقت بلاغا، موضحا أنه جرى نقل المصاب.",
     [("وفقا", "متحدث باسم الشرطة", "according_to"), ("موضحا", None, "indirect")]),
    ("وبحسب مدير المستشفى فإن حالته مستقرة، مشيرا إلى أنه سيغادر غدا.",
     [("بحسب", "مدير المستشفى", "according_to"), ("مشيرا", None, "indirect")]),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_sentence_reports(ar, text, expected):
    got = sentence_reports(ar.context(), ar.sentence(text))
    assert [(c.cue.text, c.speaker.text if c.speaker else None, c.kind) for c in got] == expected


def test_sentence_initial_source_relays_the_next_report(ar):
    """وبحسب الوكالة، قال المسؤول إن…: the official speaks, the agency relays it (the verb's ``via``)
    and is a source of its own, the relayed report its claim, as in «قال المسؤول…، بحسب الوكالة»."""
    acc, c = sentence_reports(ar.context(), ar.sentence("وبحسب الوكالة، قال المسؤول إن المفاوضات ستستأنف."))
    assert (acc.cue.text, acc.speaker.text, acc.kind, acc.claim.text) == \
        ("بحسب", "الوكالة", "according_to", "قال المسؤول إن المفاوضات ستستأنف")
    assert (c.cue.text, c.speaker.text, c.via.text, c.claim.text) == ("قال", "المسؤول", "الوكالة", "المفاوضات ستستأنف")


# (sentence, [(cue, speaker mention, via, claim)]): a source opening the sentence before another report
OPENING_SOURCES = [
    # فقد after the source is no part of the relayed report, nor of the source's name
    ("ووفقا للصحيفة، فقد أكد الوزير أن المحادثات مستمرة.",
     [("وفقا", "صحيفة", None, "أكد الوزير أن المحادثات مستمرة"), ("أكد", "الوزير", "صحيفة", "المحادثات مستمرة")]),
    ("ووفقا لوكالة الأنباء التركية فقد أوضحت مصادر أمنية أن مسلحين هاجموا المركز.",
     [("وفقا", "وكالة الأنباء التركية", None, "أوضحت مصادر أمنية أن مسلحين هاجموا المركز"),
      ("أوضحت", "مصادر أمنية", "وكالة الأنباء التركية", "مسلحين هاجموا المركز")]),
    # …but فقد before an imperfect is "may": the claim keeps it
    ("وبحسب المصادر فقد يكون الوزير مسافرا.", [("بحسب", "المصادر", None, "فقد يكون الوزير مسافرا")]),
    # «نقلا عن» opening: the verb's subject quotes the source, one record
    ("ونقلا عن وكالة الأنباء، قال المتحدث إن المحادثات مستمرة.",
     [("قال", "المتحدث", "وكالة الأنباء", "المحادثات مستمرة")]),
    # a verb with no subject after فقد goes on with the source, however long its description: one record
    ("وبحسب منظمة الصحة (التابعة للأمم المتحدة) فقد ذكرت أن الوباء انحسر.",
     [("ذكرت", None, "منظمة الصحة", "الوباء انحسر")]),
    # the source's own report through a relative: one record
    ("وفقا لمدير الشركة خالد العمري، الذي أوضح أن الأرباح تضاعفت.",
     [("أوضح", "مدير الشركة خالد العمري", None, "الأرباح تضاعفت")]),
    # فإن and the verb's own subject between: relayed too
    ("وبحسب المصادر فإن الوزير أكد أن الخطة جاهزة.",
     [("بحسب", "المصادر", None, "الوزير أكد أن الخطة جاهزة"), ("أكد", "الوزير", "المصادر", "الخطة جاهزة")]),
    # a report further on is inside the source's claim: it relays nothing
    ("وبحسب أقارب الضحية فإن السيدة نقلت إلى المستشفى حيث أكد الطبيب أن وفاتها طبيعية.",
     [("بحسب", "أقارب الضحية", None, "السيدة نقلت إلى المستشفى حيث أكد الطبيب أن وفاتها طبيعية"),
      ("أكد", "الطبيب", None, "وفاتها طبيعية")]),
]


@pytest.mark.parametrize("text, expected", OPENING_SOURCES)
def test_a_source_opening_the_sentence(ar, text, expected):
    got = sentence_reports(ar.context(), ar.sentence(text))
    assert [(c.cue.text, c.speaker.text if c.speaker else None, c.via.text if c.via else None,
             c.claim.text if c.claim else None) for c in got] == expected


def test_reports_come_in_text_order(ar):
    """Verbs are read before according-to phrases, but the reports come out in text order."""
    got = sentence_reports(ar.context(), ar.sentence("ارتفعت الأسعار، بحسب الوكالة، وقال الوزير إن التضخم مستمر."))
    assert [(c.cue.text, c.claim.text) for c in got] == [("بحسب", "ارتفعت الأسعار"), ("قال", "التضخم مستمر")]


# (sentence, the speaker mention of its first report): where the subject ends
MENTIONS = [
    ("وأخبرت الوزيرة البرلمان أن الموازنة جاهزة.", "الوزيرة"),                      # the listener is no speaker
    ("وقال لرويترز إن الموازنة جاهزة.", None),
    ("وقال المتحدث للصحفيين إن الموازنة جاهزة.", "المتحدث"),
    ("وأكد المدير للصحيفة أن الموازنة جاهزة.", "المدير"),
    ("وأشاد المدرب بالمعسكر قائلا: «كان مفيدا».", "المدرب"),                         # the ب-phrase is the verb's
    ("وقال شقيق الرئيس الراحل إن العائلة حزينة.", "شقيق الرئيس الراحل"),            # a head keeps its complement
    ("وقال كبير الاقتصاديين في صندوق النقد إن النمو سيتباطأ.", "كبير الاقتصاديين في صندوق النقد"),
    ("وقال المهاجم كارلوس سانتوس (برازيلي) إن المباراة صعبة.", "المهاجم كارلوس سانتوس"),
    ("وقال علي الزهراني إن الموازنة جاهزة.", "علي الزهراني"),
    ("وأكد كل المشاركين أن الدورة ناجحة.", "كل المشاركين"),                     # the whole group
    ("وقال جميع أعضاء المجلس إن القرار نهائي.", "جميع أعضاء المجلس"),
    ("وأكد كافة المسؤولين أن القرار نهائي.", "كافة المسؤولين"),
    ("وأكد الوزير أن كل المشاركين نجحوا.", "الوزير"),
    ("وقال مرارا إن الموازنة جاهزة.", None),                                        # an adverb of frequency is no subject
    ("وقال الرئيس مرارا إن الموازنة جاهزة.", "الرئيس"),
    ("وأكد هاتفيا أن الموازنة جاهزة.", None),
    ("وقال جان-بول ماري إن فرنسا قلقة.", "جان-بول ماري"),
]


@pytest.mark.parametrize("text, mention", MENTIONS)
def test_subject_boundary(ar, text, mention):
    got = sentence_reports(ar.context(), ar.sentence(text))
    assert (got[0].speaker.text if got and got[0].speaker else None) == mention


# (sentence, [(cue, speaker, claim)]): reports in other positions
POSITIONS = [
    # a relative clause's verb with the antecedent's pronoun: its own subject, the content its own
    ("وانتقد النواب اللجنة التي اتهمتها النقابة بأنها تجاهلت الشكاوى.",
     [("اتهمت", "النقابة", "بأنها تجاهلت الشكاوى")]),
    ("وأوضح التقرير، الذي أوردته الصحيفة، أن المبيعات تراجعت.", [("أوضح", "التقرير", "المبيعات تراجعت")]),
    # وهو ما أكده X: the claim is the clause before
    ("وتراجعت المبيعات بنسبة كبيرة، وهو ما أكده المدير في تصريحه.",
     [("أكد", "المدير", "وتراجعت المبيعات بنسبة كبيرة")]),
    ("وتعود الأزمة إلى سوء الإدارة. وهو ما تؤكده النقابة في تقاريرها.",
     [("تؤكد", "النقابة", "وتعود الأزمة إلى سوء الإدارة")]),
    ("وهذا ما جعلني أفكر في الأمر.", []),
    # a clause of time: its report ends at its comma, the main clause is another report
    ("وفي الوقت الذي شدد فيه المزارعون على ضرورة الدعم، قالت الوزارة إنها ملتزمة.",
     [("شدد", "المزارعون", "ضرورة الدعم"), ("قالت", "الوزارة", "إنها ملتزمة")]),
    # SVO with a country, and a report inside another's claim keeps its own speaker
    ("إيران نفت أن تكون قد أرسلت أسلحة.", [("نفت", "إيران", "تكون قد أرسلت أسلحة")]),
    ("وذكر المتحدث أن الوزير قال «الخطة جاهزة».",
     [("ذكر", "المتحدث", "الوزير قال «الخطة جاهزة»"), ("قال", "الوزير", "الخطة جاهزة")]),
    ("وكان الوزير قد أعلن في وقت سابق أن الخطة جاهزة.", [("أعلن", "الوزير", "الخطة جاهزة")]),
    # يدعى after a description: "named", no report of its own
    ("وقال شاب يدعى سامر إن الحريق كبير.", [("قال", "شاب يدعى سامر", "الحريق كبير")]),
    ("وقال أحد السكان ويدعى سالم الحربي إن المياه انقطعت.",
     [("قال", "أحد السكان ويدعى سالم الحربي", "المياه انقطعت")]),
    ("ويدعي المتهم أنه بريء.", [("يدعي", "المتهم", "أنه بريء")]),
    # و + verb after a closing quote opens a new report, not one nested in the quotation's claim
    ('ووصفت النقابة القرار بـ"الظالم" وقالت: "سنطعن فيه أمام القضاء".',
     [("وصفت", "النقابة", 'القرار بـ"الظالم"'), ("قالت", None, "سنطعن فيه أمام القضاء")]),
    ("وقال المدير إن الخطة «طموحة» وأكد أن التمويل متوفر.",
     [("قال", "المدير", "الخطة «طموحة»"), ("أكد", None, "التمويل متوفر")]),
    # and a full stop the splitter passed over (inside an open quote) ends the report before it
    ("وقال المدير إن الخطة «جاهزة. وأضاف أن التمويل متوفر.",
     [("قال", "المدير", "الخطة «جاهزة"), ("أضاف", None, "التمويل متوفر")]),
    # a relative clause whose verb disagrees with its pronoun: the antecedent is the object, the
    # subject is dropped (a report of its own, inside the other's claim)
    ("وأعرب المسؤول عن ارتياحه للأحكام التي اعتبر أنها ستنهي الأزمة.",
     [("أعرب", "المسؤول", "ارتياحه للأحكام التي اعتبر أنها ستنهي الأزمة"), ("اعتبر", None, "أنها ستنهي الأزمة")]),
    ("وقال الوزير إن الوزارة التي قال إنها تأخرت ستعتذر.",
     [("قال", "الوزير", "الوزارة التي قال إنها تأخرت ستعتذر"), ("قال", None, "إنها تأخرت ستعتذر")]),
    ("وقال الوزير إن الوزارة التي أكدت أن الخطة جاهزة ستعلنها.",
     [("قال", "الوزير", "الوزارة التي أكدت أن الخطة جاهزة ستعلنها"), ("أكدت", "الوزارة", "الخطة جاهزة ستعلنها")]),
    # a verb of judgement reports only with a clause or a quotation of its own: not the quote of a
    # coordinated verb nor one inside the thing judged; a quote after a speech noun is its own
    ('ورحب المدير بالضيوف وعرف بالكتاب، "فالكتاب يتناول تاريخ المدينة منذ قرون".', []),
    ("وانتقد الأسقف إدانة الكهنة «بالتقاعس عن أداء واجبهم في حماية السكان».", []),
    ('وانتقد النائب، في كلمته، خطاب الرئيس بقوله "لم يقدم أي حل لمشكلات الناس".',
     [("انتقد", "النائب", "لم يقدم أي حل لمشكلات الناس")]),
    ('وندد الرئيس "بهذا العمل الإرهابي الذي استهدف الأبرياء".',
     [("ندد", "الرئيس", "بهذا العمل الإرهابي الذي استهدف الأبرياء")]),
    # a document before its verb pointing through the verb's frame is a report inside the claim;
    # another noun-phrase content there is no report of its own
    ("وأكد الوزير أن الإحصاءات تشير إلى ارتفاع الصادرات.",
     [("أكد", "الوزير", "الإحصاءات تشير إلى ارتفاع الصادرات"), ("تشير", "الإحصاءات", "ارتفاع الصادرات")]),
    ("وقال الوزير إن المدير أكد أهمية الخطوة.", [("قال", "الوزير", "المدير أكد أهمية الخطوة")]),
    # a verb followed by "in it" describes a statement: its speaker made the statement (the
    # subject of the verb of making, or its maker after ل), the noun before it is no speaker,
    # and inside another claim it is a report of its own; the relaying verb gives it up
    ("وأصدرت الوزارة بيانا أكدت فيه أن الخطة جاهزة.", [("أكدت", "الوزارة", "الخطة جاهزة")]),
    ("وألقى الأمين العام للجامعة كلمة أعرب فيها عن شكره للحضور.",
     [("أعرب", "الأمين العام للجامعة", "شكره للحضور")]),
    ("وقال المتحدث إن الوزير أدلى بتصريح أمس يؤكد فيه أن الخطة جاهزة.",
     [("قال", "المتحدث", "الوزير أدلى بتصريح أمس يؤكد فيه أن الخطة جاهزة"), ("يؤكد", "الوزير", "الخطة جاهزة")]),
    ("ونقلت الصحيفة تصريحات للمدرب قال فيها إنه سعيد بالفوز.", [("قال", "مدرب", "إنه سعيد بالفوز")]),
    ("وأصدرت بيانا ذكرت فيه أن الخطة جاهزة.", [("ذكرت", None, "الخطة جاهزة")]),
    # a source between dashes before the content: نقلا عن relays (its source speaks), another
    # phrase is a second record of the same claim; a dash opens no subject
    ("وقالت الصحيفة -نقلا عن مصادر مطلعة- إن المتهم سيحاكم.", [("قالت", "مصادر مطلعة", "المتهم سيحاكم")]),
    ("وأشارت الصحيفة -وفقا لشخص مطلع- إلى أن الجهاز جاهز.",
     [("أشارت", "الصحيفة", "الجهاز جاهز"), ("وفقا", "شخص مطلع", "الجهاز جاهز")]),
    ('ويقول - أيده الله -: "هذه أمانة".', [("يقول", None, "هذه أمانة")]),
    # a participle with its content and no comma before it, as agency copy writes: a report of its
    # own, and the claim before it ends there; not an adverb (مجددا "again") nor after a copula
    ("وقالت المنظمة إن المحامين لم يطلعوا على الملفات مشيرة إلى أن بعضهم تلقى تهديدات.",
     [("قالت", "المنظمة", "المحامين لم يطلعوا على الملفات"), ("مشيرة", "المنظمة", "بعضهم تلقى تهديدات")]),
    ("وقال الوزير إن المشروع جاهز مضيفا أن التمويل متوفر.",
     [("قال", "الوزير", "المشروع جاهز"), ("مضيفا", "الوزير", "التمويل متوفر")]),
    ("وبرهن رئيس الوزراء مجددا أن عداءه للسلام أصيل.", []),
    ("وبات مؤكدا أن الفريق سيفوز.", []),
    # a quoted name of three or four words right after the verb, its object after it, is the subject
    ("واتهمت «وحدات حماية الشعب» الجيش التركي باستهدافها.",
     [("اتهمت", "وحدات حماية الشعب", "باستهدافها")]),
    ("وقال «نحن مستعدون للحرب» في تصريح.", [("قال", None, "نحن مستعدون للحرب")]),
    # أبان "made clear", a reporting verb of Saudi copy (its imperfect يبين is بيّن's)
    ("وأبان المهندس مدني أن العمل قائم.", [("أبان", "المهندس مدني", "العمل قائم")]),
    # a name holds no ب-phrase of speech or content (بقوله، بالجهود); a bare ب-word may be a name
    ("وعلق محمد الطيار بقوله: إن الوضع صعب.", [("علق", "محمد الطيار", "إن الوضع صعب")]),
    ("وقال الرئيس فلاديمير بوتين إن الوضع صعب.", [("قال", "الرئيس فلاديمير بوتين", "الوضع صعب")]),
    # a و-verb continues an SVO clause whose verb agrees with it (-وا، -ت): its subject speaks
    ("لكن السكان ضاقوا ذرعا بالوضع وقالوا إن الحكومة لم تفعل شيئا.",
     [("قالوا", "السكان", "الحكومة لم تفعل شيئا")]),
    ("والوزارة رفضت الطلب وقالت إن القرار نهائي.", [("قالت", "الوزارة", "القرار نهائي")]),
    # a definite title keeps the preposition of its complement (المشرف على، المسؤول عن), unless a
    # noun of content follows it, the verb's frame
    ("وأكد المشرف على حلقات القرآن الأستاذ عبدالله بري أن الحلقات مستمرة.",
     [("أكد", "المشرف على حلقات القرآن الأستاذ عبدالله بري", "الحلقات مستمرة")]),
    ("وكشف المسؤول عن الملف أن المفاوضات متعثرة.", [("كشف", "المسؤول عن الملف", "المفاوضات متعثرة")]),
    ("وأعرب المسؤول عن ارتياحه للقرار.", [("أعرب", "المسؤول", "ارتياحه للقرار")]),
    # a title with a pronoun takes no genitive: the object follows; a verbal noun after a comma is
    # the object, no apposition
    ("وحذر رئيسها الولايات المتحدة من التدخل.", [("حذر", "رئيسها", "التدخل")]),
    ("وأكد أسامة البار، حرص الجهات على راحة الزوار.", [("أكد", "أسامة البار", "راحة الزوار")]),
    # a passive written with its vowels names no speaker (a relay's still names its source)
    ("ووُصِف حبري بأنه «مقاتل الصحراء».", []),
    ("ونُقل عن أوغلو قوله إن تركيا لن ترسل قوات.", [("نُقل", "أوغلو", "تركيا لن ترسل قوات")]),
    # after كما, people in the plural after an addressee verb are addressed; the speaker goes on
    ("كما دعا الوعاظ إلى أن يربوا الشباب على الخير.", [("دعا", None, "يربوا الشباب على الخير")]),
    ("كما دعا الوزير إلى الالتزام بالأنظمة.", [("دعا", "الوزير", "الالتزام بالأنظمة")]),
    # …، كما + verb: the same speaker's next report, no subject before كما
    ("ويرى الوزير أن الحكومة مسؤولة عن ذلك، كما لفت إلى أن الحل قريب.",
     [("يرى", "الوزير", "الحكومة مسؤولة عن ذلك"), ("لفت", None, "الحل قريب")]),
    # a named topic after أما speaks even with a verb of belief; the outlet addressed in quotes
    # is no subject; a name's own noun of content is the object
    ("أما العالم دي باولو، فيعتقد أن الحل قريب.", [("يعتقد", "العالم دي باولو", "الحل قريب")]),
    ('وأبلغ "الوطن" وكيل المعتقلين حامد أحمد أن القضية مستمرة.',
     [("أبلغ", "وكيل المعتقلين حامد أحمد", "القضية مستمرة")]),
    ("وجدد بنيامين نتنياهو تحذيره من الاتفاق.", [("جدد", "بنيامين نتنياهو", "تحذيره من الاتفاق")]),
    # a title keeps its rank adjective and the body it serves (الأمين العام لجامعة الدول العربية): no
    # addressee in -ين there, no object
    ("ودعا الأمين العام لجامعة الدول العربية إلى الحوار.",
     [("دعا", "الأمين العام لجامعة الدول العربية", "الحوار")]),
    ("ونفى المدير العام للشركة وجود خلافات.", [("نفى", "المدير العام للشركة", "وجود خلافات")]),
    ("وقال المدير لوكالة الأنباء إن العمل مستمر.", [("قال", "المدير", "العمل مستمر")]),
    # an adverbial between the subject and its noun of content is neither
    ("وجدد الرئيس محمود عباس خلال القمة تأكيده على الحل.", [("جدد", "الرئيس محمود عباس", "تأكيده على الحل")]),
    # an event reported as a noun (مقتل، وفاة، إصابة) is the content of a verb of telling
    ("وأفادت مصادر محلية بمقتل ثلاثة جنود في الهجوم.", [("أفادت", "مصادر محلية", "بمقتل ثلاثة جنود في الهجوم")]),
    ("وأعلنت الوزارة وفاة شخصين.", [("أعلنت", "الوزارة", "وفاة شخصين")]),
    # a noun of content right after the verb is its object: the subject is dropped
    ("وأكد حرص سموه على دعم المشاريع.", [("أكد", None, "دعم المشاريع")]),
    ("وأعلن استعداده للتعاون.", [("أعلن", None, "استعداده للتعاون")]),
    # God as the object of دعا: a prayer, not a report
    ("ودعا الله أن يحفظ البلاد.", []),
    # a detached لـ opens the outlet spoken to, never part of the speaker
    ("وقال القروني لـ«الشرق الأوسط» إن الخطة جاهزة.", [("قال", "القروني", "الخطة جاهزة")]),
    ('وأوضح مدير التعليم لـ"الوطن" أن الخطة جاهزة.', [("أوضح", "مدير التعليم", "الخطة جاهزة")]),
    # ما يلي "what follows" only announces the content after the colon
    ("وجاء في البيان ما يلي: إن الوزارة ملتزمة بالقرار.", [("جاء في", "البيان", "إن الوزارة ملتزمة بالقرار")]),
    # لأن "because" gives a reason, not what was said
    ("وركز الكتاب على دراسة الظاهرة لأنها منتشرة.", []),
    # the object of a preposition is no subject: the participle's speaker is left to the document
    ("وأشاد بالفريق قائلا: إنه الأفضل.", [("قائلا", None, "إنه الأفضل")]),
    # (an impersonal verb there is a passive: "which are believed to…")
    ("وقال الوزير إن الخلايا التي يعتقد أنها موجودة ستفكك.",
     [("قال", "الوزير", "الخلايا التي يعتقد أنها موجودة ستفكك")]),
]


@pytest.mark.parametrize("text, expected", POSITIONS)
def test_reports_in_other_positions(ar, text, expected):
    got = sentence_reports(ar.context(), ar.sentence(text))
    assert [(c.cue.text, c.speaker.text if c.speaker else None, c.claim.text) for c in got] == expected


def test_what_clause_opening_a_sentence_claims_the_sentence_before(ar):
    """وهو ما تؤكده… at a sentence start: the claim is the previous sentence (spans into the original)."""
    text = "ويعود السبب إلى الجفاف. وهو ما تؤكده الدراسة."
    nt = normalize_text(text)
    start = nt.text.index("وهو")
    (c,) = sentence_reports(ar.context(), Sentence.of(nt, 1, start, len(nt.text)))
    assert (c.speaker.text, c.claim.text, text[c.claim.start:c.claim.end]) == ("الدراسة", "ويعود السبب إلى الجفاف",
                                                                              "ويعود السبب إلى الجفاف")


@pytest.mark.parametrize("text, expected", [
    # a verb inside a direct quotation is the quoted speaker's word, even with its own subject
    ('وقال مدير المستشفى "تعتبر الأمراض التنفسية من أصعب الأمراض. وتقول الدراسات إن علاجها صعب."', ["قال"]),
    ("وقال الخطيب: «وقد حث النبي على التسامح وقال إن الرفق زينة».", ["قال"]),
    # …)، وأكد…: after a closing mark a report of its own (a quote its report's claim may run past)
    ("وقال الخطيب: «الرفق زينة» (رواه مسلم)، وأكد الشيخ أن التسامح واجب.", ["قال", "أكد"]),
])
def test_verbs_inside_a_direct_quotation(ar, text, expected):
    assert [c.cue.text for c in sentence_reports(ar.context(), ar.sentence(text))] == expected


# «نقلا عن» between a verb and its content: one record, the original source speaks and the verb's
# subject relays (a dropped subject relays nobody); a participle agreeing with the relay goes on
# with the relay's voice; «نقلا عن» trailing a claim, or after أن…بين, is a record of its own
RELAYED = [
    ("وأضافت الصحيفة نقلا عن مصادر حكومية أن الخطة ستعلن قريبا.",
     [("أضافت", "مصادر حكومية", "الصحيفة", "الخطة ستعلن قريبا")]),
    ("وذكرت الإذاعة الرسمية، نقلا عن مسؤولين أمنيين، أنه تم اعتقال المشتبه به.",
     [("ذكرت", "مسؤولين أمنيين", "الإذاعة الرسمية", "أنه تم اعتقال المشتبه به")]),
    ("وقالت القناة نقلاً عن وزير الداخلية قوله إن الحدود مغلقة.",
     [("قالت", "وزير الداخلية", "القناة", "الحدود مغلقة")]),
    ("وقالت هذه المصادر، نقلا عن أحد الجرحى من سكان القرية، إن القصف استمر ساعتين.",
     [("قالت", "أحد الجرحى", "المصادر", "القصف استمر ساعتين")]),
    ("وأضافت نقلا عن شهود عيان أن النيران اشتعلت فجأة.",
     [("أضافت", "شهود عيان", None, "النيران اشتعلت فجأة")]),
    ("وأفادت صحيفة محلية نقلا عن مصدر في الوزارة بأن البرنامج يحتاج إلى تمويل، مشيرة إلى أن القرض تأخر.",
     [("أفادت", "مصدر في الوزارة", "صحيفة محلية", "البرنامج يحتاج إلى تمويل"),
      ("مشيرة", "صحيفة محلية", None, "القرض تأخر")]),
    ("وأكد الطبيب أن المريض تعافى، نقلا عن تقارير طبية.",
     [("أكد", "الطبيب", None, "المريض تعافى"), ("نقلا عن", "تقارير طبية", None, "المريض تعافى")]),
    ("وأشار المتحدث إلى أن بين القتلى طفلين، نقلا عن مصادر طبية، مضيفا أنه لم يتم التعرف إليهم.",
     [("أشار", "المتحدث", None, "بين القتلى طفلين"), ("نقلا عن", "مصادر طبية", None, "بين القتلى طفلين"),
      ("مضيفا", "المتحدث", None, "أنه لم يتم التعرف إليهم")]),
]


@pytest.mark.parametrize("text, expected", RELAYED)
def test_naqlan_an_after_a_verb_makes_the_source_speak(ar, text, expected):
    got = sentence_reports(ar.context(), ar.sentence(text))
    assert [(c.cue.text, c.speaker.text if c.speaker else None, c.via.text if c.via else None, c.claim.text) for c in got] == expected


# a complementizer-shaped word of a name is no content (بان كي مون "Ban Ki-moon", not بأن);
# «إلا أن»، «غير أن» "however" opens the writer's clause, no content of the verb before
NOT_CONTENT = [
    ("وقال الأمين العام بان كي مون إن الحوار هو الحل.", [("قال", "الأمين العام بان كي مون", "الحوار هو الحل")]),
    ("وهذا ما كانت الجمعية تحذر منه دائما، إلا أنه لم يستمع إليها أحد.", []),
    ("وكان المزارعون يشكون منه طويلا، غير أن الوزارة لم تتحرك.", []),
    # «the General X for Y» names a body: its ل-word is no «دعا ل…» content (ودّعت "bade farewell")
    ("ودعت الإدارة العامة للتعليم طالباتها المتفوقات في حفل أمس.", []),
    ("ودعت الهيئة العامة للغذاء والدواء إلى استبدال الزيت.",
     [("دعت", "الهيئة العامة للغذاء والدواء", "استبدال الزيت")]),
    ("ودعت الوزارة للتعاون مع الجهات الأمنية.", [("دعت", "الوزارة", "للتعاون مع الجهات الأمنية")]),
]


@pytest.mark.parametrize("text, expected", NOT_CONTENT)
def test_names_and_however_open_no_content(ar, text, expected):
    got = sentence_reports(ar.context(), ar.sentence(text))
    assert [(c.cue.text, c.speaker.text if c.speaker else None, c.claim.text) for c in got] == expected


@pytest.mark.parametrize("text, expected", [
    # "you" before a ت-verb: the writer addresses the reader (or the interviewer the guest) — no source
    ("ولأنك تعتقد أن الأمور بخير فلن تتحرك.", []),
    ("وأنت حين تقول إن الخطة فاشلة تظلم الناس.", []),
    ("أنتم تعتقدون أن الحل قريب.", []),
    # …and the stretch stays its own: no according-to inside it (وفق لغة ركيكة names no source)
    ("ولأنك تعتقد أن لديك جمهورا فأنت تتحدث وفق لغة ركيكة.", []),
    # the feminine "she" has the same shape: a subject of her own, or none, is still a report
    ("وتقول الوزيرة إن التنفيذ بطيء.", ["الوزيرة"]),
    ("وتعتقد الشركة أن الطلب سيرتفع.", ["الشركة"]),
    ("وأكدت الوزيرة أن الخطة جاهزة، لكنها تقول إن التنفيذ بطيء.", ["الوزيرة", "ها"]),
])
def test_the_second_person_addresses_the_reader(ar, text, expected):
    sent = ar.sentence(text)
    got = sentence_reports(ar.context(), sent)
    assert [c.speaker.text if c.speaker else None for c in got] == expected


@pytest.mark.parametrize("text, expected", [
    # a و-verb of the relayer's own stance after a relayed report: the relaying verb's subject
    ("نقل ناشطون عن شهود أن القوات قصفت الحي، وطالبوا بفتح تحقيق دولي.", ["ناشطون"]),
    ("نقلت الجمعية عن الأهالي أن المياه مقطوعة، وحذرت من كارثة صحية.", ["الجمعية"]),
    # …not a verb going on with the relayed content: the source's (the resolver decides)
    ("نقلت الصحيفة عن الشركة أن الطائرة ارتفعت فجأة، ولفتت إلى أن الطيار هبط بسرعة.", [None]),
    # …nor after the source's own words (قوله): the speaker goes on
    ("نقل ناشطون عن القائد قوله إن القوات انسحبت، وطالب بفتح تحقيق.", [None]),
    # …nor a verb that disagrees with the relayer (ناشطون… وطالب)
    ("نقل ناشطون عن شاهد أن القوات قصفت الحي، وطالب بفتح تحقيق.", [None]),
])
def test_the_relayer_goes_on(ar, text, expected):
    sent = ar.sentence(text)
    got = sentence_reports(ar.context(), sent)[1:]
    assert [c.antecedent.text if c.antecedent else None for c in got] == expected
