"""Reports whose subject is not written (وأضاف، مضيفا، والذي أكد، كما أنه أكد): the person they
continue, on news-style sentences written for these tests.

Each case: the article text, then (cue, speaker_name) of its records in order.
"""
import pytest

from attribution import extract_text

CASES = {
    # «أما X، role، فهو يؤكد»: the ف of أما's answer on the resumptive pronoun; X speaks
    "amma_with_a_resumptive_pronoun": (
        "وقال مارك ديفيز إن السوق تتراجع. أما أندرو كولينز، رئيس مجلس إدارة شركة عقارية كبرى في لندن، "
        "فهو يؤكد أن السوق تتحسن.",
        [("قال", "مارك ديفيز"), ("يؤكد", "أندرو كولينز")]),
    # a group of preachers (خطباء، أئمة: broken plurals of person nouns) is a quantified group's noun
    "participle_after_a_group_of_preachers": (
        "أجمع عدد من خطباء الجوامع في الرياض على استنكار التفجير، مؤكدين أن الإرهاب لا دين له.",
        [("مؤكدين", "عدد من خطباء الجوامع")]),
    # an abbreviated title glued to the name (د.هشام) opens the subject a participle continues
    "participle_after_an_abbreviated_title": (
        "وأقر د.سالم العتيبي بوجود نقص في المراكز. وتحدث د.هشام الشمراني قائلا: المراكز قليلة.",
        [("أقر", "سالم العتيبي"), ("قائلا", "هشام الشمراني")]),
    "participle_after_an_abbreviated_title_and_a_family_name": (
        "وأقر د.سالم العتيبي بوجود نقص في المراكز. وتمنى د.الضلعان وجود دراسة، مضيفا أن المراكز قليلة.",
        [("أقر", "سالم العتيبي"), ("مضيفا", "الضلعان")]),
    # a participle after a non-report verb whose role runs on through its complement to the name
    "participle_after_a_role_with_its_complement": (
        "وأشاد المشرف العام على المهرجان محمد الحربي بنجاح التنظيم، مشددا على أهمية المهرجان.",
        [("مشددا", "محمد الحربي")]),
    # newspapers and agencies are a group that speaks (in the feminine singular: وقالت الصحف)
    "newspapers_speak": (
        "وتناولت الصحف السويدية صفقة اللاعب بالتفصيل، وقالت: «إن اللاعب اختار المال».",
        [("قالت", "الصحف السويدية")]),
    # «لفت الانتباه/النظر» "draws attention": the noun is the object, the subject is dropped
    "draws_attention": (
        "وقال المهندس سامي الزامل إن المشروع بدأ. ولفت النظر إلى أن العمل سينتهي قريبا.",
        [("قال", "سامي الزامل"), ("لفت", "سامي الزامل")]),
    # a quoted name right after a verb with no content of its own is the clause's subject
    "quoted_name_after_the_verb": (
        "من جهة أخرى، علمت «المدينة» أن إدارة النادي تفاوض اللاعب، وأضافت أن العقد جاهز.",
        [("أضافت", "المدينة")]),
    # a participle continues the verb of its clause, also one opened by a prepositional adverbial
    "participle_after_opening_adverbial": (
        "أعلنت وزارة الصحة أن الحملة بدأت. وفي هذا الشأن ينصح الطبيب المعروف الدكتور سامي الراشد "
        "مرضاه من خلال الإذاعة قائلا: «الوقاية خير من العلاج».",
        [("أعلنت", "وزارة الصحة"), ("قائلا", "سامي الراشد")]),
    "participle_after_opening_adverbial_mid_sentence": (
        "أعلنت وزارة الصحة أن الحملة بدأت. الوقاية أولا وفي هذا السياق يتحدث الشيخ ناصر العمر "
        "عن الصيام قائلا: «الصيام عبادة».",
        [("أعلنت", "وزارة الصحة"), ("قائلا", "ناصر العمر")]),
    "participle_after_a_subordinator_is_the_main_clause_s": (
        "وقال الخبير فهد الزامل إن الأسعار سترتفع، إذ تشير التقارير إلى ذلك، مؤكدا أن الطلب قوي.",
        [("قال", "فهد الزامل"), ("مؤكدا", "فهد الزامل")]),
    # a dropped subject looks back over sentences whose subject was dropped too, to the last one named
    "run_of_dropped_subjects": (
        "قالت الوزيرة إن الحملة بدأت. وأبدت رئيسة الكشافة القائدة سارة العلي إعجابها بالقهوة. "
        "وأشادت بالعمل التطوعي في المخيم. ولفتت إلى أنها ستعود في العام المقبل.",
        [("قالت", "الوزيرة"), ("لفتت", "سارة العلي")]),
    "run_of_dropped_subjects_through_a_report": (
        "قالت الوزيرة إن الحملة بدأت. وأبدت رئيسة الكشافة القائدة سارة العلي إعجابها بالقهوة. "
        "وأضافت أن المخيم ناجح. وأشادت بالعمل التطوعي. ولفتت إلى أنها ستعود.",
        [("قالت", "الوزيرة"), ("أضافت", "سارة العلي"), ("لفتت", "سارة العلي")]),
    # a relayed source takes its gender from its own speech noun (قوله/قولها), not from the
    # relaying verb, which agrees with the outlet: the next dropped subject is the source's
    "relayed_source_goes_on": (
        "ونقلت قناة الأخبار عن فالون قوله إن الطائرات ستبقى عاما آخر. ولفت إلى أن الحلفاء راضون.",
        [("نقلت", "فالون"), ("لفت", "فالون")]),
    "relayed_named_source_goes_on": (
        "ونقلت وكالة الأنباء عن سامي الحربي قائد الفرقة قوله إن الخطة جاهزة. وقال «لن نتراجع».",
        [("نقلت", "سامي الحربي"), ("قال", "سامي الحربي")]),
    "relayed_source_her_words": (
        "ونقلت الصحيفة عن الكاتبة سلمى قولها إن الرواية جاهزة. وأضافت أن الطبعة الثانية قريبة.",
        [("نقلت", "سلمى"), ("أضافت", "سلمى")]),
    # …and a feminine verb after a masculine source is the outlet's own
    "relay_goes_on_in_the_feminine": (
        "ونقلت الصحيفة عن مصدر مطلع أن الحملة بدأت. وأضافت أن العمل سينتهي قريبا.",
        [("نقلت", "مصدر مطلع"), ("أضافت", "الصحيفة")]),
    # an antecedent is a person, a body, a group or a document, never an abstract noun: not the
    # object of «بين حقيقة…» (a noun heading a proposition), not the words said («تابع قوله»)
    "truth_is_no_antecedent": (
        "قال المدير خالد العتيبي إن العمل بدأ. كما بين حقيقة شائعة يرددها البعض عن المشروع وأنه متعثر. "
        "وذكر أن الموعد قريب.",
        [("قال", "خالد العتيبي"), ("بين", "خالد العتيبي"), ("ذكر", "خالد العتيبي")]),
    "his_words_are_the_object": (
        "قال المدير خالد العتيبي إن العمل بدأ. وتابع قوله: «المشروع سينتهي». وذكر أن الموعد قريب.",
        [("قال", "خالد العتيبي"), ("تابع", "خالد العتيبي"), ("ذكر", "خالد العتيبي")]),
    # …not a rule, and not a subject of the other gender (تشير الإحصائيات… . وأضاف…)
    "a_law_is_no_antecedent": (
        "قال المدير خالد العتيبي إن العمل بدأ. ويشترط القانون أن يكون المتقدم سعوديا. وأضاف أن الموعد قريب.",
        [("قال", "خالد العتيبي"), ("يشترط", "القانون"), ("أضاف", "خالد العتيبي")]),
    "statistics_do_not_go_on_in_the_masculine": (
        "قال المدير خالد العتيبي إن العمل بدأ. وتشير الإحصائيات إلى أن الطلبات كثيرة. وأضاف أن الموعد قريب.",
        [("قال", "خالد العتيبي"), ("تشير", "الإحصائيات"), ("أضاف", "خالد العتيبي")]),
    # …not over a sentence with a subject of its own, even one that is no speaker
    "no_run_over_a_subject": (
        "قالت الوزيرة إن الحملة بدأت. وأبدت رئيسة الكشافة القائدة سارة العلي إعجابها بالقهوة. "
        "ويشتمل هذا البرنامج على زيارات. وذكرت أن المخيم ناجح.",
        [("قالت", "الوزيرة"), ("ذكرت", "الوزيرة")]),
}


@pytest.mark.parametrize("name", CASES)
def test_dropped_subject(name):
    text, expected = CASES[name]
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# «أمّا X فـ…»: the topic of أما is the subject of the ف-verb after it
TOPICS = [
    ("وهاجم المرشحون الاتفاق. أما تيد كروز فقال إن الاتفاق سيئ.", [("قال", "تيد كروز")]),
    ("أما الشاعر محمد الخضري، فقال إن الشعر حياة.", [("قال", "محمد الخضري")]),
    ("أما عمار عبدالشكور فبين أن العمل مستمر، مضيفًا أن النتائج جيدة.",
     [("بين", "عمار عبدالشكور"), ("مضيفًا", "عمار عبدالشكور")]),
    # a long aside opened by وهو between the topic and its verb, a quoted title in it
    ("يقول الشاعر: «المدينة جميلة». أما القاص سامر راسم، وهو من كبار كتاب المدينة في قصته «أيام البحر "
     "والرمل الطويلة»، فيقول: «المدينة تغيرت».", [("يقول", "الشاعر"), ("يقول", "سامر راسم")]),
    # (a subject of its own after the verb is the speaker)
    ("أما بعد فقال الرجل إن الأمر انتهى.", [("قال", "الرجل")]),
]


@pytest.mark.parametrize("text, expected", TOPICS)
def test_topic_of_amma_is_the_subject(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# a participle after a part of a group (عدد من، بعض، العديد من، أحد) takes it when it agrees in number
GROUPS = [
    ("ندد عدد من المسؤولين بالهجوم، مؤكدين أن الإرهاب لا دين له.", [("مؤكدين", "عدد من المسؤولين")]),
    ("وطالب بعض المواطنين بزيادة الرقابة مؤكدين أن الأسعار ارتفعت.", [("مؤكدين", "بعض المواطنين")]),
    ("واستنكر العديد من الخبراء الاقتصاديين القرار، معتبرين أنه خاطئ.",
     [("معتبرين", "العديد من الخبراء الاقتصاديين")]),
    ("أثنى عدد من قادة الأجهزة الأمنية في المنطقة على الإنجاز، مؤكدين أن الأمن مستقر.",
     [("مؤكدين", "عدد من قادة الأجهزة الأمنية")]),
    ("وانتقد أحد المسؤولين القرار، مؤكدا أنه ظالم.", [("مؤكدا", "أحد المسؤولين")]),
    # (a singular participle is not the group's, nor a plural one «أحد»'s)
    ("وانتقد عدد من المسؤولين القرار، مؤكدا أنه ظالم.", [("مؤكدا", None)]),
    ("وانتقد أحد المسؤولين القرار، مؤكدين أنه ظالم.", [("مؤكدين", None)]),
]


@pytest.mark.parametrize("text, expected", GROUPS)
def test_participle_after_a_part_of_a_group(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# a pronoun subject (كما أنه، لكنه) with no report before it in its sentence refers to the subject
# of the narration before it, not only to the last speaker
PRONOUNS = [
    ("قال سعد الحربي إن العمل مستمر. وزار الأمير فيصل بن سلمان المعرض. كما أنه أكد أن الفن مهم.",
     [("قال", "سعد الحربي"), ("أكد", "فيصل بن سلمان")]),
    ("قال سعد الحربي إن العمل مستمر. وزار الأمير فيصل بن سلمان المعرض، لكنه أكد أن الفن مهم.",
     [("قال", "سعد الحربي"), ("أكد", "فيصل بن سلمان")]),
    ("قال سعد الحربي إن العمل مستمر. وزار الأمير فيصل بن سلمان المعرض. لكنّه أكد أن الفن مهم. "
     "وأضاف أن المعرض ناجح.",
     [("قال", "سعد الحربي"), ("أكد", "فيصل بن سلمان"), ("أضاف", "فيصل بن سلمان")]),
    # (a subject of another gender is no antecedent: the last speaker; nor after a report)
    ("قال سعد الحربي إن العمل مستمر. وتشهد المدينة نموا كبيرا. لكنه أكد أن الفن مهم.",
     [("قال", "سعد الحربي"), ("أكد", "سعد الحربي")]),
    ("قال سعد الحربي إن العمل مستمر. وقال فيصل العتيبي إن المعرض جميل، لكنه أكد أن الفن مهم.",
     [("قال", "سعد الحربي"), ("قال", "فيصل العتيبي"), ("أكد", "فيصل العتيبي")]),
]


@pytest.mark.parametrize("text, expected", PRONOUNS)
def test_pronoun_subject_refers_to_the_narration(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# whose words a clause's report or participle continues, when its subject is not right after it
CONTINUED = [
    # a byline and dateline before the article's first verb
    ("سعد الحربي- سبق- جدة: افتتح وزير الصحة الدكتور أحمد الخطيب المستشفى الجديد، مؤكدا أن الخدمات ستتحسن.",
     [("مؤكدا", "أحمد الخطيب")]),
    ("خالد العمري- سبق- الطائف: ندد رئيس جمعية الأدب الشيخ الدكتور سالم بن محمد الزهراني، بالحادث. "
     "وقال إن الحادث مؤلم.",
     [("قال", "سالم بن محمد الزهراني")]),
    # قد after a fronted phrase: the verb after it
    ("وللقهوة العربية تأثير كالسحر. وعلى سبيل المثال لا الحصر، فقد أبدت رئيسة وحدات الكشافة القائدة "
     "سارة العلي إعجابها بالقهوة. وأكدت أن الضيافة أصيلة.",
     [("أكدت", "سارة العلي")]),
    # the maker of a statement: a long role closed by an honorific and a name, or before an adverbial
    ("وألقت عميدة كلية الآداب في جامعة لندن الدكتورة هند الشمري كلمة بهذه المناسبة عبرت فيها عن شكرها "
     "للمنظمين. وأوضحت أن البرنامج مفيد.",
     [("عبرت", "هند الشمري"), ("أوضحت", "هند الشمري")]),
    # a participle after a relative clause of saying or wishing about a named person
    ("وأجرى الفريق أول تمارينه بمتابعة من رئيس النادي عبداللطيف الخضير، الذي تمنى أن ينجح المعسكر، "
     "مؤكدا أنه رتب بالشكل المطلوب.",
     [("مؤكدا", "عبداللطيف الخضير")]),
    # (not one of a deed, whose participle is the sentence's subject's)
    ("وشكر الكاتب سعد الحربي الدكتور فهد العلي الذي حقق للمستشفى الاعتماد، مشيرا إلى أنه لم يسئ إليه.",
     [("مشيرا", "سعد الحربي")]),
    # a plural participle after two names joined by و
    ("واتفق نواف الردن وفاضل الشميلي على ضرورة التمسك بالعادات، مشيرين إلى أن العيد فرحة.",
     [("مشيرين", "نواف الردن")]),
    # the subject of the first verb must agree with the participle in number
    ("وقد لاقت الحملة استحسان المواطنين في المحافظة، مؤكدين أهميتها.", [("مؤكدين", None)]),
    ("وقد لعبت الشركات الأجنبية دورا محوريا في المشاريع، مشيرا إلى أن السوق كبير.", [("مشيرا", None)]),
    ("وصادقت جهات رقابية أوروبية على عقار جديد، وقالت إنه آمن.", [("قالت", "جهات رقابية")]),
]


@pytest.mark.parametrize("text, expected", CONTINUED)
def test_continued_subject(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# a subject written before a relative clause is the main verb's; a و-verb of saying with its own
# content after a claim goes on with the same speaker, comma or not
FRONTED = [
    ("قال سعد الحربي إن العمل مستمر. والمدير العام خالد السالم الذي أكد أن المشروع اكتمل، قال إن الافتتاح قريب.",
     [("قال", "سعد الحربي"), ("أكد", "خالد السالم"), ("قال", "خالد السالم")]),
    ("قال سعد الحربي إن العمل مستمر. وخالد السالم، الذي يرأس اللجنة، قال إن الافتتاح قريب.",
     [("قال", "سعد الحربي"), ("قال", "خالد السالم")]),
    ("حتى الدول التي تعاني التضخم، مثل الهند، تلمح بأنها تريد المزيد من التحفيز.", [("تلمح", "الدول")]),
    ("قال سعد الحربي إن العمل مستمر. فيما أكد المتحدث باسم الشرطة العقيد فهد الغنام أن التحقيقات جارية "
     "وقال إن الجناة سيحاسبون.",
     [("قال", "سعد الحربي"), ("أكد", "فهد الغنام"), ("قال", "فهد الغنام")]),
    ("وذكرت الشرطة أن المهاجمين فروا وأضافت أن إصابة الحارس ليست خطيرة.",
     [("ذكرت", "الشرطة"), ("أضافت", "الشرطة")]),
    # (a verb of another gender is the nested subject's; one with no content of its own is a clause of the claim)
    ("وأكد الوزير أن الحكومة أعلنت أن التحقيقات جارية وقالت إن الجناة سيحاسبون.",
     [("أكد", "الوزير"), ("أعلنت", "الحكومة"), ("قالت", "الحكومة")]),
    ("وأكد الوزير أن المشروع اكتمل وأضاف مرافق جديدة للمدينة.", [("أكد", "الوزير")]),
]


@pytest.mark.parametrize("text, expected", FRONTED)
def test_subject_before_the_verb(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# a thing sent (برقية، رسالة، خطاب، اتصال) speaks for its sender: the من-phrase after it or the
# subject of the verb that sent it; its ل-phrase is the addressee
SENT = [
    ("وبعث ولي العهد الأمير محمد بن نايف برقية مماثلة لجلالة الملك محمد السادس عبر فيها عن أبلغ التهاني.",
     [("عبر", "محمد بن نايف")]),
    ("وبعث الرئيس سعد الحربي برسالة إلى نظيره أكد فيها أن العلاقات قوية.", [("أكد", "سعد الحربي")]),
    ("تلقى الملك سلمان اتصالا هاتفيا أمس من الملك حمد بن عيسى آل خليفة أعرب فيه عن استنكاره للاعتداء.",
     [("أعرب", "حمد بن عيسى آل خليفة")]),
    ("وأصدر المرجع بيانا ردا على رسالة من شيوخ العشائر قالوا فيها: نبلغكم التحية.",
     [("قالوا", "شيوخ العشائر")]),
    # «من خلالها/خلاله» "through it" is the same statement pronoun as فيها
    ("وألقى الدكتور سعد الحربي كلمة أكد من خلالها أن العمل مستمر.", [("أكد", "سعد الحربي")]),
    ("وأصدرت وزارة الصحة بيانا أوضحت من خلاله أن الإصابات تراجعت.", [("أوضحت", "وزارة الصحة")]),
    ("ونشر الشيخ سعد الحربي تغريدة قال من خلالها إن الشركة مقصرة.", [("قال", "سعد الحربي")]),
    # a و-verb of making with no subject of its own continues the clause before it
    ("واجتمع الأهالي في الساحة، وأصدروا بيانا قالوا فيه إن المسؤولين نسوا أبناءهم.", [("قالوا", "الأهالي")]),
    ("واجتمعت اللجنة أمس وأصدرت بيانا أكدت فيه أن العمل مستمر.", [("أكدت", "اللجنة")]),
]


# a dual speaks: a dual of a title, a body or a side is a subject before an object content, and
# a dual verb's dropped subject is the two (a plural after them too); never a plural group
DUALS = [
    ("وأكد الجانبان ضرورة التعاون.", [("أكد", "الجانبان")]),
    ("ونفى الطرفان وجود خلافات بينهما.", [("نفى", "الطرفان")]),
    ("وأكد الجانبان أهمية التعاون، وشددا على أن الحوار ضروري.", [("أكد", "الجانبان"), ("شددا", "الجانبان")]),
    ("وأعلنت الشركتان عن الصفقة. وأوضحتا أن الصفقة كبيرة.", [("أعلنت", "الشركتان"), ("أوضحتا", "الشركتان")]),
    ("وقال المسؤولون إن التعاون مهم. وأكدا أن الحوار ضروري.", [("قال", "المسؤولون"), ("أكدا", None)]),
]


@pytest.mark.parametrize("text, expected", DUALS)
def test_duals(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


@pytest.mark.parametrize("text, expected", SENT)
def test_a_thing_sent_speaks_for_its_sender(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# a narrated clause hands its subject on: a participle after a verb of no report (التفت، ابتسم)
# takes that verb's subject, a surname the article wrote after a title and a given name is a
# subject written bare, an emphatic نفسه is no part of it, a negated verb is the clause's verb
# (ولم يشر البيان…، لكنه أشار؛ لكن أوباما لم يصل…، لكنه أعلن), and a و-verb of saying takes up
# the subject of an earlier one in its sentence that made no report of its own
NARRATED = [
    ('قال سعد الحربي إن العمل مستمر. وقتها التفت الرئيس الفرنسي إلى الوزير قائلا: "نحن مستعدون".',
     [("قال", "سعد الحربي"), ("قائلا", "الرئيس الفرنسي")]),
    # a surname after a role closed by a feminine nisba and a given name (الدولية جون ماكين)
    ('قال سعد الحربي إن العمل مستمر. وحضر رئيس المنظمة الصحية الدولية جون ماكين الحفل. وعلق ماكين على '
     'الخبر قائلا: "نحن مستعدون".',
     [("قال", "سعد الحربي"), ("قائلا", "جون ماكين")]),
    ('أصيب رئيس الجمعية الخيرية عبدالله أبو راس في حادث سير. وروى أبو راس تفاصيل الحادث قائلا: "كنت مسرعا".',
     [("قائلا", "عبدالله أبو راس")]),  # (أبو opens a surname, learned alone it read «أبو راس تفاصيل»)
    ("قال سعد الحربي إن العمل مستمر. وظهر الرئيس باراك أوباما مرة واحدة. أثناء البرنامج، سخر أوباما "
     "نفسه من المذيع. وقال إنه «أعظم هدية».",
     [("قال", "سعد الحربي"), ("قال", "باراك أوباما")]),
    ("قال سعد الحربي إن العمل مستمر. وسخر الرئيس أوباما نفسه من المذيع. وقال إنه «أعظم هدية».",
     [("قال", "سعد الحربي"), ("قال", "أوباما")]),
    ("فاز البريطاني لويس هاميلتون بالسباق. وقال سعد الحربي إن العمل مستمر. وارتكب هاميلتون أخطاء كثيرة "
     "حتى إنه اشتكى من تصرف زميله.",
     [("قال", "سعد الحربي"), ("اشتكى", "لويس هاميلتون")]),
    ("قال سعد الحربي إن العمل مستمر. وحضر الرئيس باراك أوباما القمة. لكن أوباما لم يصل إلى الاجتماع، "
     "لكنه أعلن أنه سيحضر غدا.",
     [("قال", "سعد الحربي"), ("أعلن", "باراك أوباما")]),
    ("قال سعد الحربي إن العمل مستمر. ولم يشر البيان إلى الضحايا، لكنه أشار إلى أن التحقيق مستمر.",
     [("قال", "سعد الحربي"), ("أشار", "البيان")]),
    ("قال سعد الحربي إن العمل مستمر. ولم يحضر فهد العلي الاجتماع. إلا أنه قال إن الأمر مهم.",
     [("قال", "سعد الحربي"), ("قال", "فهد العلي")]),
    ("قال سعد الحربي إن العمل مستمر. لكن الوزير لم يحضر الاجتماع. إلا أنه قال إن الأمر مهم.",
     [("قال", "سعد الحربي"), ("قال", "الوزير")]),
    ("انتقد المخرج السعودي سامي الحربي الممثل فهد العلي، وقال الحربي مغرداً عبر حسابه مادحاً الدور "
     "الكبير للقناة وقال: القناة لها فضل على الجميع.",
     [("قال", "سامي الحربي")]),
]


# a participle after «…، فقد قال: …» goes on with that clause's subject, not an earlier reporter's
NARRATED.append(
    ("وأكد المواطن سعد العلي أن الفاكهة مفيدة، ولفت إلى أنها رخيصة، أما المواطن فهد الحربي، فقد قال: "
     "الأسعار مرتفعة هذه الأيام، منوها بأن الطلب كبير.",
     [("أكد", "سعد العلي"), ("لفت", "سعد العلي"), ("قال", "فهد الحربي"), ("منوها", "فهد الحربي")]))


@pytest.mark.parametrize("text, expected", NARRATED)
def test_narrated_subject_goes_on(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# a و-verb with no speaker before it that agrees: the person or body the narration just named as a
# clause's subject (opening the sentence, or right after a verb), of the verb's gender; the subject of
# the cue's own sentence first, else of the sentence before; never a genitive or an object
NAMED_IN_NARRATION = [
    # after a verb that reports nothing in the same sentence, a pointer word between them
    ("أوضح ذلك المتحدث الرسمي للهيئة الدكتور سالم بن محمد القرني، وقال إن العمل مستمر.",
     [("قال", "سالم بن محمد القرني")]),
    # a feminine body, the subject of a subordinate clause
    ("وقد انتشر الخبر منذ تحدثت عنها جامعة كامبريدج البريطانية، وقالت إن الوثيقة قديمة.",
     [("قالت", "جامعة كامبريدج البريطانية")]),
    # the body named in the sentence before, through a sentence that reports nothing
    ("أصدرت هيئة الطيران المدني تعميما جديدا للشركات.\nوأضافت أن التعميم يسري فورا.",
     [("أضافت", "هيئة الطيران المدني")]),
    # a body opening its sentence
    ("صندوق التنمية الزراعية، على الرغم من تأخر الدفعات، وأشار إلى أن القروض ستصرف.",
     [("أشار", "صندوق التنمية الزراعية")]),
    # not a genitive: the graduate of the university is who speaks, and she is not named (a verb
    # of saying: the perception verb لاحظ reports only with a stated subject)
    ("وقد صنعت المهندسة الشابة، خريجة جامعة هارفارد، الجهاز بنفسها، فذكرت أن النساء يحتجن إليه.",
     [("ذكرت", None)]),
    # not a body after a preposition (the ministry is the object of تواصل مع)
    ("تواصل الموظفون مع وزارة الخدمة المدنية بخصوص الرواتب، وأفادت أن الأمر قيد الدراسة.",
     [("أفادت", None)]),
    # the sentence's subject, with no name the verb agrees with, stops the look back
    ("أصدرت هيئة الطيران المدني تعميما للشركات.\nوحضرت المسؤولة الاجتماع، وأضاف أن التعميم يسري فورا.",
     [("أضاف", None)]),
    # an imperfect or a participle does not look back: its subject is more often written before it
    ("أصدرت هيئة الطيران المدني تعميما للشركات. وجميع هذه الحالات تشير إلى أن الوضع صعب.",
     [("تشير", None)]),  # (not the authority; the SVO subject is the svo rules')
]


@pytest.mark.parametrize("text, expected", NAMED_IN_NARRATION)
def test_dropped_subject_named_in_narration(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


def test_an_empty_stretch_between_stops_is_no_sentence():
    # («… للاتحاد الأوروبي.\n وأضاف»: the full stop and the line break close one sentence)
    text = "حسب ما قال الجهاز التنفيذي للاتحاد الأوروبي.\nوأضاف: «إن الخطة أصبحت جاهزة»."
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)][-1] == ("أضاف", "الجهاز التنفيذي للاتحاد الأوروبي")


# God and the Prophet quoted inside a speaker's words are never the dropped subject that goes on
# after them, however the article names the Prophet; a blessing alone names him as written before
SACRED = [
    ("وأكد الدكتور ماجد العنزي أن الصدق أساس، وقال: قال رسول الله صلى الله عليه وسلم: «الدين النصيحة». "
     "وأضاف أن التربية تبدأ في البيت.",
     [("أكد", "ماجد العنزي"), ("قال", "ماجد العنزي"), ("قال", "رسول الله"), ("أضاف", "ماجد العنزي")]),
    # «تعالى» after «رسول الله»: God keeps his own name, and the participle after him is the speaker's
    ("وأكد الدكتور ماجد العنزي أن الصدق أساس، وقال: قال رسول الله صلى الله عليه وسلم: «الدين النصيحة». "
     "وقال تعالى: (وقولوا للناس حسنا)، مؤكدا أن الكلمة الطيبة صدقة.",
     [("أكد", "ماجد العنزي"), ("قال", "ماجد العنزي"), ("قال", "رسول الله"), ("قال", "الله"),
      ("مؤكدا", "ماجد العنزي")]),
    ("وقال الشيخ فهد السديس إن الرحمة خلق عظيم، وقال الرسول صلى الله عليه وسلم: «الراحمون يرحمهم الرحمن». "
     "وقال صلى الله عليه وسلم: «ارحموا من في الأرض». ولفت إلى أن المساجد مفتوحة.",
     [("قال", "فهد السديس"), ("قال", "الرسول"), ("قال", "الرسول"), ("لفت", "فهد السديس")]),
    # with no name of his before, the blessing names him so
    ("وقال الشيخ فهد السديس إن الرحمة خلق عظيم، وقال عليه الصلاة والسلام: «ارحموا من في الأرض».",
     [("قال", "فهد السديس"), ("قال", "النبي محمد")]),
]


@pytest.mark.parametrize("text, expected", SACRED)
def test_sacred_speakers_do_not_go_on(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# the subject of a clause whose verb reports nothing (ندد، وصف، عدّ، افتتح) is the topic the next
# dropped subjects continue, a participle of a verb with a dropped subject too; the occasion and
# the addressee between a participle and its content (خلال حديثه لـ«…») do not hide the content
TOPICS = [
    ("قال سعد الحربي إن العمل مستمر. من جهته، ندد الدكتور فهد بن علي العمري، رئيس القسم، بهذا الهجوم. "
     "وأشاد بالعمل الأمني، مؤكدا أن البلاد آمنة. وأضاف أن الحكومة ستلاحق الجناة.",
     [("قال", "سعد الحربي"), ("مؤكدا", "فهد بن علي العمري"), ("أضاف", "فهد بن علي العمري")]),
    # (the participle of a verb with its own subject is that subject's, as before)
    ("قال سعد الحربي إن العمل مستمر. ندد فهد العمري بالهجوم. وأشاد الوزير بالعمل، مؤكدا أن البلاد آمنة.",
     [("قال", "سعد الحربي"), ("مؤكدا", "الوزير")]),
    # (a sentence that named its speaker hands on none: the resolver's last speaker)
    ("قال سعد الحربي إن العمل مستمر. وأشاد بالعمل الأمني، مؤكدا أن البلاد آمنة.",
     [("قال", "سعد الحربي"), ("مؤكدا", "سعد الحربي")]),
    # a verb of the lexicon written with its radical و (وَصَفَ، وَعَدَ) before a name
    ("وصف خالد بن محمد الزهراني القرار بالخطأ، موضحا أن الشركات ستتضرر. وأضاف أن الحل قريب.",
     [("موضحا", "خالد بن محمد الزهراني"), ("أضاف", "خالد بن محمد الزهراني")]),
    ("وعد خالد الزهراني هذا العمل جريمة، مؤكدا أن الجناة سيحاسبون.", [("مؤكدا", "خالد الزهراني")]),
    # the occasion and the addressee between the participle and its content
    ("وزار الوزير سعد الحربي المعرض، موضحا خلال حديثه لـ\"الرياض\" أن الأجنحة كثيرة.",
     [("موضحا", "سعد الحربي")]),
    ("وزار الوزير سعد الحربي المعرض، مشيرا في تصريح للصحفيين إلى أن الأجنحة كثيرة.",
     [("مشيرا", "سعد الحربي")]),
    ("وزار الوزير سعد الحربي المعرض، موضحا لـ«عكاظ» أن الأجنحة كثيرة.", [("موضحا", "سعد الحربي")]),
    ("وزار الوزير سعد الحربي المعرض، مؤكدا خلال المؤتمر الصحفي أن الأجنحة كثيرة.", [("مؤكدا", "سعد الحربي")]),
]


@pytest.mark.parametrize("text, expected", TOPICS)
def test_topic_of_a_narrated_clause(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# the imperfect of saying right after the verb states how it was said (وأضاف يقول: «…»): the
# verb's subject is still dropped, never that imperfect
SAYING_STATE = [
    ('قال الوزير سعد الحربي إن العمل مستمر. وأضاف يقول: "سنكمل المشروع".',
     [("قال", "سعد الحربي"), ("أضاف", "سعد الحربي")]),
    ('قالت المديرة هند العلي إن العمل مستمر. وتابعت تقول إن المشروع سيكتمل.',
     [("قالت", "هند العلي"), ("تابعت", "هند العلي")]),
    ('قال الوزير سعد الحربي إن العمل مستمر. ومضى يقول: "سنكمل المشروع".',
     [("قال", "سعد الحربي"), ("يقول", "سعد الحربي")]),
    # (a subject written after the imperfect is the imperfect's own, as before)
    ('قال الوزير سعد الحربي إن العمل مستمر. ويقول المدير فهد العلي إن المشروع سيكتمل.',
     [("قال", "سعد الحربي"), ("يقول", "فهد العلي")]),
]


@pytest.mark.parametrize("text, expected", SAYING_STATE)
def test_imperfect_of_saying_states_how(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# a masculine plural perfect opening the sentence (after و or ثم) holds its subject as a pronoun
# (a verb before its subject is singular): the participle after it continues the group named in
# the sentence before, when it agrees
PLURAL_PERFECT_THEN = [
    ("وتبادل المشاركون التحيات في بداية اللقاء. ثم شاركوا في الجلسات، مؤكدين أن اللقاء مفيد.",
     [("مؤكدين", "المشاركون")]),
    ("وتبادل المشاركون التحيات في بداية اللقاء. وشاركوا في الجلسات، مشيرين إلى أن اللقاء مفيد.",
     [("مشيرين", "المشاركون")]),
    # (a singular subject before: the plural participle does not agree with it)
    ("وزار المدير المصنع في بداية الأسبوع. ثم شاركوا في الجلسات، مؤكدين أن اللقاء مفيد.",
     [("مؤكدين", None)]),
]


@pytest.mark.parametrize("text, expected", PLURAL_PERFECT_THEN)
def test_participle_after_a_plural_perfect_continues_the_group(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# «بينما / فيما + verb» opens a clause of its own: a participle or a masdar of manner after it
# goes on with that verb's definite subject when it agrees, not with the report before it; a
# title's head that is no speaker word alone (ولي العهد) opens a subject all the same
WHILE_CLAUSE = [
    ("وقال الوزير إن الخطة جاهزة، بينما توجه ولي العهد إلى الحضور، بالقول: «شكرا لكم».",
     [("قال", "الوزير"), ("القول", "ولي العهد")]),
    ("وقال الوزير إن الخطة جاهزة، فيما زارت الهيئة الملكية المصنع، مؤكدة أن الإنتاج ارتفع.",
     [("قال", "الوزير"), ("مؤكدة", "الهيئة الملكية")]),
    # (a subject of another number, or an indefinite thing: not that clause's subject)
    ("وقال الوزير إن الخطة جاهزة، فيما يتطلع أعضاء الفريق إلى زيارات أخرى، مشيرا إلى أن الإنتاج ارتفع.",
     [("قال", "الوزير"), ("مشيرا", "الوزير")]),
    ("وقال الوزير إن الخطة جاهزة، فيما حدد مركز جديد للطلاب، مؤكدا أن الإنتاج ارتفع.",
     [("قال", "الوزير"), ("مؤكدا", "الوزير")]),
]


@pytest.mark.parametrize("text, expected", WHILE_CLAUSE)
def test_participle_after_a_while_clause(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# a ف-verb of saying with no subject is the next step of the one clause the sentence narrates: its
# subject is that clause's (the sentence's first verb, a verb of saying with no content of its own
# too); a comma further back opens another clause, whose subject the ف-verb may be answering
NARRATED_THEN = [
    ("قال سعد الحربي إن العمل مستمر. وعلق المدير فهد العلي على الاتهامات فأشار إلى أن التحقيق مستمر.",
     [("قال", "سعد الحربي"), ("أشار", "فهد العلي")]),
    ("قال سعد الحربي إن العمل مستمر. وسئل المدير فهد العلي عن الأمر فقال إن العلاقات ممتازة.",
     [("قال", "سعد الحربي"), ("قال", "فهد العلي")]),
    ('قال سعد الحربي إن العمل مستمر. تحدث الرئيس جيمي كارتر للمراسلين في البيت الأبيض فقال: "سننتصر".',
     [("قال", "سعد الحربي"), ("قال", "جيمي كارتر")]),
    ('قال سعد الحربي إن العمل مستمر. كما تحدث الوزير فهد العلي بعد لقاء السفير، فقال: "العلاقات ممتازة".',
     [("قال", "سعد الحربي"), ("قال", "فهد العلي")]),
    # (a comma further back: not the sentence's first subject; the interviewee who answers is not
    # found yet, the resolver's last speaker stands, as before)
    ("قال سعد الحربي إن العمل مستمر. وستنهي اللجنة العليا الجدل اليوم، وتواصلت الصحيفة مع رئيسها، "
     "فأكد أن القرار نهائي.",
     [("قال", "سعد الحربي"), ("أكد", "سعد الحربي")]),
    # a perfect after حيث/إذ ("whereupon") goes on with the narrated clause the same way
    ("قال سعد الحربي إن العمل مستمر. وافتتح المدير فهد العلي المعرض حيث أكد أن الإقبال كبير.",
     [("قال", "سعد الحربي"), ("أكد", "فهد العلي")]),
    ("قال سعد الحربي إن العمل مستمر. وتحدث الكاتب فهد العلي عن الرواية، إذ أشار إلى أن القراء كثر.",
     [("قال", "سعد الحربي"), ("أشار", "فهد العلي")]),
    # (a comma further back: another clause, as for the ف-verb)
    ("قال سعد الحربي إن العمل مستمر. وستنهي اللجنة العليا الجدل اليوم، وزارت الصحيفة رئيسها، "
     "حيث أكد أن القرار نهائي.",
     [("قال", "سعد الحربي"), ("أكد", "سعد الحربي")]),
]


@pytest.mark.parametrize("text, expected", NARRATED_THEN)
def test_fa_verb_goes_on_with_the_narrated_clause(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# a chain of transmission: the verb after «عن X [blessing]» (or «رواه X [blessing]») is X's, the
# blessing (رضي الله عنه، صلى الله عليه وسلم) telling the chain from any other عن
NARRATORS = [
    ('وعن سالم بن زيد رضي الله عنه قال: قال رسول الله صلى الله عليه وسلم: "الصدق منجاة".',
     [("قال", "سالم بن زيد"), ("قال", "رسول الله")]),
    ('وعن أسماء رضي الله عنها قالت: "كنا نصوم الاثنين".', [("قالت", "أسماء")]),
    ('حدثنا فلان عن النبي - صلى الله عليه وسلم - أنه قال: "الدين النصيحة".', [("قال", "النبي")]),
    ('في الحديث الذي رواه عمر بن سعد رضي الله عنه وأرضاه قال: "الصدق منجاة".', [("قال", "عمر بن سعد")]),
    # (no blessing: not a chain, the resolver's last speaker as before)
    ('قال الوزير سعد الحربي إن العمل مستمر. وسألناه عن الموعد فقال: "قريبا".',
     [("قال", "سعد الحربي"), ("قال", "سعد الحربي")]),
]


@pytest.mark.parametrize("text, expected", NARRATORS)
def test_narrator_of_a_chain_of_transmission(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# «الذي سبق وأعلن»، «التي عادت وأكدت»: a verb of doing before or again after the relative, the
# و-verb completing it; the relative's head speaks, not the last speaker
ALREADY = [
    ("قال الوزير سعد الحربي إن العمل مستمر. ويأتي ذلك بعد تهديد الحزب الوطني الذي سبق وأعلن أنه سيرد.",
     [("قال", "سعد الحربي"), ("أعلن", "الحزب الوطني")]),
    ("قال الوزير سعد الحربي إن العمل مستمر. وحضرت المديرة هند العلي التي عادت وأكدت أن الموعد قريب.",
     [("قال", "سعد الحربي"), ("أكدت", "هند العلي")]),
]


@pytest.mark.parametrize("text, expected", ALREADY)
def test_relative_with_a_verb_of_doing_before(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# A clause of time with a dropped subject (عندما قال، حين أكد، بعد أن قال) shares the main clause's
# subject; a statement the main clause made its words in (في تغريدة قال فيها، بتصريحات أدلى بها
# X قال فيها) is its maker's — not the last speaker's.
WHEN_AND_STATEMENT = [
    ("وقال المدير سامي الخالد إن العقد جاهز. ثم عزز مدرب الفريق خالد العمري فرضية ضم اللاعب عندما قال "
     "في مؤتمر صحفي إن الإدارة تتفاوض معه.",
     [("قال", "سامي الخالد"), ("قال", "خالد العمري")]),
    ("وقال المدير سامي الخالد إن العقد جاهز. وفاجأ الوزير محمد السالم الحضور حين قال إن المشروع سيكتمل.",
     [("قال", "سامي الخالد"), ("قال", "محمد السالم")]),
    ("وقال المدير سامي الخالد إن العقد جاهز. وأنهى الرئيس الفرنسي إيمانويل ماكرون زيارته أمس، بعدما أكد "
     "أن بلاده تدعم الحل.",
     [("قال", "سامي الخالد"), ("أكد", "إيمانويل ماكرون")]),
    # the object the main verb ran on into (an indefinite word in ة after the name) is cut off
    ("وقال المدير سامي الخالد إن العقد جاهز. ثم عزز المدرب لوران بلان فرضية ضم اللاعب عندما قال إن "
     "هناك احتمالا كبيرا.",
     [("قال", "سامي الخالد"), ("قال", "لوران بلان")]),
    # a complementizer or a relative between: the time clause is the inner clause's, not the main one's
    ("وقال المدير سامي الخالد إن العقد جاهز. وشكا النائب فهد العلي من أن الرئيس تعامل مع الأزمة كحملة "
     "عندما قال إن المعارضين خونة.",
     [("قال", "سامي الخالد"), ("شكا", "فهد العلي")]),
    ("وقال المدير سامي الخالد إن العقد جاهز. ونعى رئيس الوزراء الهندي، مودي، الرئيس الراحل، في تغريدة "
     "على صفحته، قال فيها إن الهند فقدت عالما عظيما.",
     [("قال", "سامي الخالد"), ("قال", "مودي")]),
    ("وقال المدير سامي الخالد إن العقد جاهز. واستشهد النائب بتصريحات أدلى بها وزير الخارجية عادل الجبير "
     "قال فيها إن المملكة لن تتراجع.",
     [("قال", "سامي الخالد"), ("قال", "عادل الجبير")]),
    ("وقال المدير سامي الخالد إن العقد جاهز. وقرأت مقولة للكاتب عباس العقاد يقول فيها إن الإنسان يرقى.",
     [("قال", "سامي الخالد"), ("يقول", "عباس العقاد")]),
    # a statement in construct with its maker (بكلمة محمد الغامدي) is the maker's, not the main subject's
    ("وبدأت الندوة بكلمة محمد الغامدي رئيس الجمعية أشار فيها إلى أن السينما ليست ممنوعة.",
     [("أشار", "محمد الغامدي")]),
    # …and so after a comma, or with a relative between, or a body's statement (بيان الوزارة)
    ("وقال المدير سامي الخالد إن العقد جاهز. ثم ألقيت كلمة رئيس مجلس إدارة النادي فهد الراشد، أوضح فيها "
     "أن الموسم كان ناجحا.",
     [("قال", "سامي الخالد"), ("أوضح", "فهد الراشد")]),
    ("وقال المدير سامي الخالد إن العقد جاهز. ورحب الحضور بكلمة الأمير خالد الفيصل التي شدد فيها على "
     "أهمية التعليم.",
     [("قال", "سامي الخالد"), ("شدد", "خالد الفيصل")]),
    ("وقال المدير سامي الخالد إن العقد جاهز. ونشرت الصحيفة بيان الوزارة الذي أكدت فيه أن الخطة جاهزة.",
     [("قال", "سامي الخالد"), ("أكدت", "الوزارة")]),
    # not a preposition after the statement (في تغريدة على صفحته), nor a body whose speech a person delivers
    ("وقال المدير سامي الخالد إن العقد جاهز. وهنأ الرئيس عمر البشير الفريق في تغريدة على حسابه قال فيها "
     "إن الفوز مستحق.",
     [("قال", "سامي الخالد"), ("قال", "عمر البشير")]),
    ("وقال المدير سامي الخالد إن العقد جاهز. وألقى مدير الجامعة أحمد الزهراني كلمة الجامعة أكد فيها أن "
     "التعليم أولوية.",
     [("قال", "سامي الخالد"), ("أكد", "أحمد الزهراني")]),
]


@pytest.mark.parametrize("text, expected", WHEN_AND_STATEMENT)
def test_time_clause_and_statement_made_in(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# a sentence opening with a named person and their role, then their verbs: its report with no
# subject of its own is that person's, not the last speaker's
OPENING_PERSON = [
    ("قال الوزير خالد العتيبي إن العمل بدأ. اللواء سامي الحربي مدير الإدارة استنكر الحادث وأكد أن الأمن مستتب.",
     [("قال", "خالد العتيبي"), ("أكد", "سامي الحربي")]),
    ("قال الوزير خالد العتيبي إن العمل بدأ. فهد السالم شيخ القبيلة يقول من جانبه: المستشفى بعيد.",
     [("قال", "خالد العتيبي"), ("يقول", "فهد السالم")]),
    ("قال الوزير خالد العتيبي إن العمل بدأ. الكاتبة سارة العلي، مؤلفة الرواية، تقول إن الكتابة متعة.",
     [("قال", "خالد العتيبي"), ("تقول", "سارة العلي")]),
    # (an abbreviated title glued to the name opens it too)
    ("قال الوزير خالد العتيبي إن العمل بدأ. د.سامي الحربي رئيس الجمعية، قال إن الأعضاء كثر.",
     [("قال", "خالد العتيبي"), ("قال", "سامي الحربي")]),
    # (the verb still agrees with the person: a feminine verb is not the man's)
    ("قالت الوزيرة هند السالم إن العمل بدأ. اللواء سامي الحربي مدير الإدارة حضر الحفل، وأكدت أن الأمن مستتب.",
     [("قالت", "هند السالم"), ("أكدت", "هند السالم")]),
    # (a given name before a role is a verb, دان "condemned": the role after it is the subject)
    ("دان عضو المجلس الدكتور سامي الحربي الهجوم، وقال إنه جبان.", [("قال", "سامي الحربي")]),
]


@pytest.mark.parametrize("text, expected", OPENING_PERSON)
def test_a_report_after_an_opening_named_person(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# a dropped subject agrees with its group: women with a feminine plural verb (وذكرن), other people
# with a masculine plural one (وأضافوا), non-human plurals (المصادر) with a feminine singular one
WOMEN_AND_GROUPS = [
    ("قال العلماء إن الأمر خطير. وأكدت الطالبات أن الامتحان كان صعبا. وذكرن أن الأسئلة طويلة.",
     [("قال", "العلماء"), ("أكدت", "الطالبات"), ("ذكرن", "الطالبات")]),
    ("قالت الممرضات إن العمل شاق. وأكد الأطباء أن المستشفى مزدحم. وأضفن أن الرواتب قليلة.",
     [("قالت", "الممرضات"), ("أكد", "الأطباء"), ("أضفن", "الممرضات")]),
    ("قالت الممرضات إن العمل شاق. وأكد الأطباء أن المستشفى مزدحم. وأضافوا أن الحل قريب.",
     [("قالت", "الممرضات"), ("أكد", "الأطباء"), ("أضافوا", "الأطباء")]),
    ("وأوضحت سيدات أنهن تركن العمل، وأكدن أن المنشآت رفعت المبالغ.",
     [("أوضحت", "سيدات"), ("أكدن", "سيدات")]),
    # (women are no dropped subject of a feminine singular verb; non-human plurals are)
    ("قال الوزير إن القرار نهائي. وقالت الممرضات إن العمل شاق. وأضافت أن الرواتب قليلة.",
     [("قال", "الوزير"), ("قالت", "الممرضات"), ("أضافت", None)]),
    ("قالت مصادر مطلعة إن الاتفاق قريب. وأضافت أن الوفد سيصل غدا.",
     [("قالت", "مصادر مطلعة"), ("أضافت", "مصادر مطلعة")]),
]


@pytest.mark.parametrize("text, expected", WOMEN_AND_GROUPS)
def test_a_dropped_subject_agrees_with_its_group(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# a family (أسرة، عائلة، أسر) speaks with a singular verb before it and a plural one after it
# (the VSO verb agrees in the singular, the و-verb that continues it in the plural); a single
# speaker does not take the plural verb, and a family inside a role's genitive is no second speaker
FAMILIES = [
    ("وعبرت أسر الضحايا عن شكرها للمتطوعين، وأضافوا أن البحث مستمر.",
     [("عبرت", "أسر الضحايا"), ("أضافوا", "أسر الضحايا")]),
    ("وثمنت عائلة السائق الخطوة، وقالوا إن الدعم وصل في وقته.",
     [("قالوا", "عائلة السائق")]),
    ("وأكدت عائلات الطلاب أن الحافلات تأخرت.", [("أكدت", "عائلات الطلاب")]),
    ("وأكد الوزير أن المشروع تأخر، وقالوا إنه سيكتمل.", [("أكد", "الوزير"), ("قالوا", None)]),
    ("وقال مدير إدارة الشؤون الاجتماعية والأسرة خالد الحربي إن البرنامج بدأ.", [("قال", "خالد الحربي")]),
    ("وقال المدير العام لقطاع الأفراد والعائلات في الشركة المهندس سامي الحربي إن البرنامج بدأ.",
     [("قال", "سامي الحربي")]),
]


@pytest.mark.parametrize("text, expected", FAMILIES)
def test_a_family_takes_a_plural_verb(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# a plural naming a group (فصائل، جماعات) takes a feminine singular verb in an SVO clause and a
# masculine plural و-verb that continues it; a body in the singular (الشركة) does not take the plural
PLURAL_GROUPS_SVO = [
    ("وحضر الوزير الاجتماع لكن الفصائل المسلحة رفضت الاتفاق وقالوا إن الحكومة لم تف بوعودها.",
     [("قالوا", "الفصائل المسلحة")]),
    ("وزار المبعوث المدينة غير أن جماعات المعارضة قاطعت اللقاء وقالوا إنهم لن يفاوضوا.",
     [("قالوا", "جماعات المعارضة")]),
    ("وحضر الوزير الاجتماع لكن الشركة رفضت الاتفاق وقالوا إن الحكومة لم تف بوعودها.",
     [("قالوا", None)]),
]


@pytest.mark.parametrize("text, expected", PLURAL_GROUPS_SVO)
def test_a_plural_group_continues_its_feminine_verb(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# «رجال» with a definite genitive (رجال الأعمال، رجال الدين) is a group of people as the part of a
# quantified group, which a plural verb or participle continues; a singular one is another's, and
# «الرجال» alone (علم الرجال) is no group
MEN_OF_A_TRADE = [
    ("وقد أشاد عدد من رجال الأعمال بالقرار الجديد وقالوا إن القرار يخدم الاقتصاد.",
     [("قالوا", "عدد من رجال الأعمال")]),
    ("وأشاد عدد من رجال الدين بالمبادرة، مؤكدين أنها تعزز التسامح.",
     [("مؤكدين", "عدد من رجال الدين")]),
    ("وأشاد عدد من رجال الأعمال بالمبادرة، مؤكدا أنها تعزز الاستثمار.",
     [("مؤكدا", None)]),
    ("وقد اهتم علم الرجال بالرواة وقالوا إن السند مهم.",
     [("قالوا", None)]),
]


@pytest.mark.parametrize("text, expected", MEN_OF_A_TRADE)
def test_men_of_a_trade_are_a_quantified_group(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


# a VSO verb agrees with the first of two subjects joined by و; a plural و-verb that continues the
# clause takes both (a country, a body, a speaker word or a plural of people); an object after the
# subject joined by و (المصنع والمستشفى) is no second subject
COORDINATED_SUBJECTS = [
    ("تبادلت الحكومة والمعارضة الاتهامات بخرق الهدنة وأعلنوا مقتل ثلاثة مدنيين.",
     [("أعلنوا", "الحكومة")]),
    ("وزار الوزير والسفير المصنع وأكدوا أن العمل يسير.",
     [("أكدوا", "الوزير")]),
    ("وزار الوزير المصنع والمستشفى وأكدوا أن العمل يسير.",
     [("أكدوا", None)]),
    ("تبادلت الحكومة والمعارضة الاتهامات بخرق الهدنة، وأعلنت مقتل ثلاثة مدنيين.",
     [("أعلنت", "الحكومة")]),
]


@pytest.mark.parametrize("text, expected", COORDINATED_SUBJECTS)
def test_a_plural_verb_continues_coordinated_subjects(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


def test_a_country_and_a_group_are_one_subject():
    (r,) = extract_text("تبادلت أوكرانيا وانفصاليون مؤيدون لروسيا الاتهامات بخرق الهدنة وأعلنوا مقتل ثلاثة مدنيين.")
    assert r.speaker.text.startswith("أوكرانيا وانفصاليون")


# an opening concessive clause («ورغم أن…»، «وبالرغم من أن…») is no main clause: the subject of the
# main verb after it (after its comma, or an imperfect right after it) is continued by the و-verb;
# a singular و-verb after a plural subject is not its
CONCESSIVE_OPENINGS = [
    ("ورغم أن الأسعار تراجعت منذ الاجتماع يستبعد مسؤولون في المنظمة خفض الإنتاج، وقالوا إنهم يتوقعون تحسن الطلب.",
     [("قالوا", "مسؤولون في المنظمة")]),
    ("وبالرغم من أن الأسعار تراجعت منذ الاجتماع، استبعد مسؤولون في المنظمة خفض الإنتاج، وقالوا إنهم يتوقعون تحسن الطلب.",
     [("قالوا", "مسؤولون في المنظمة")]),
    ("ورغم أن الأسعار تراجعت منذ الاجتماع يستبعد مسؤولون في المنظمة خفض الإنتاج، وقال إنه يتوقع تحسن الطلب.",
     [("قال", None)]),
]


@pytest.mark.parametrize("text, expected", CONCESSIVE_OPENINGS)
def test_a_concessive_opening_is_skipped(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)][:1] == expected


# a dual verb with its subject dropped continues the two persons named together as the last
# speaker (its name is the first's, as the report before); not one person, nor a pair another
# speaker came after
DUAL_AFTER_TWO_NAMES = [
    ("وقال خالد العمري وسعد القحطاني إن المشروع تأخر كثيرا. وأوضحا أن السكان اشتكوا من التأخير.",
     [("قال", "خالد العمري"), ("أوضحا", "خالد العمري")]),
    ("وقال خالد العمري إن المشروع تأخر كثيرا. وأوضحا أن السكان اشتكوا من التأخير.",
     [("قال", "خالد العمري"), ("أوضحا", None)]),
    ("وقال خالد العمري وسعد القحطاني إن المشروع تأخر كثيرا. وقال مدير البلدية إن العمل يسير. "
     "وأوضحا أن السكان اشتكوا من التأخير.",
     [("قال", "خالد العمري"), ("قال", "مدير البلدية"), ("أوضحا", None)]),
]


@pytest.mark.parametrize("text, expected", DUAL_AFTER_TWO_NAMES)
def test_a_dual_continues_two_names(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected
