"""Subjects before their verb past a relative clause, and the agreement of dropped subjects, on
news-style sentences written for these tests.

Each case: the article text, then (cue, speaker_name) of its records in order.
"""
import pytest

from attribution import extract_text

DROPPED_SUBJECT_AGREEMENT = [
    # a plural of things (الإحصائيات، الدراسات) is "she": no subject of a masculine verb
    ("وقال مدير الهيئة خالد السالم إن العمل مستمر. وبحسب الإحصائيات فإن عدد الزوار ارتفع. "
     "وأشار إلى أن الموسم سيكون حافلا.",
     [("قال", "خالد السالم"), ("بحسب", "الإحصائيات"), ("أشار", "خالد السالم")]),
    ("وقال الطبيب سامي الراشد إن المرض نادر. ووفقا للدراسات الحديثة فإن العلاج ممكن. "
     "وأضاف أن المستشفى جاهز.",
     [("قال", "سامي الراشد"), ("وفقا", "الدراسات الحديثة"), ("أضاف", "سامي الراشد")]),
    # (a feminine verb may continue them)
    ("وقال مدير الهيئة خالد السالم إن العمل مستمر. وبحسب الإحصائيات فإن عدد الزوار ارتفع. "
     "وأشارت إلى أن الموسم سيكون حافلا.",
     [("قال", "خالد السالم"), ("بحسب", "الإحصائيات"), ("أشارت", "الإحصائيات")]),
]


@pytest.mark.parametrize("text, expected", DROPPED_SUBJECT_AGREEMENT)
def test_a_dropped_subject_agrees_with_a_plural_of_things(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


SUBJECT_BEFORE_A_RELATIVE_CLAUSE = [
    # SVO: the subject, its relative clause, then its verb; the relative agrees with both
    ("المدرب الذي تولى تدريب الفريق في الصيف الماضي أكد أن اللاعبين جاهزون.", [("أكد", "المدرب")]),
    ("الوزارة التي تشرف على قطاع النقل أعلنت أن الطريق سيفتح غدا.", [("أعلنت", "الوزارة")]),
    # after لكن / ولكن, which open a nominal clause
    ("ولكن المدرب الذي تولى تدريب الفريق في الصيف الماضي أكد أن اللاعبين جاهزون.", [("أكد", "المدرب")]),
    ("لكن الهيئة التي تشرف على الأسواق أوضحت أن الأسعار مستقرة.", [("أوضحت", "الهيئة")]),
    # a relative nested in the clause is the clause's own; the subject is the first one's head
    ("وكان الوزراء الذين يناقشون الخطة التي أعدتها اللجنة الفنية قالوا إن الاتفاق ممكن.", [("قالوا", "الوزراء")]),
    ("وكان وزراء الزراعة الذين يبحثون المبادرة التي تمتد إلى عشر سنوات من الآن قالوا إن التمويل متوفر.",
     [("قالوا", "وزراء الزراعة")]),
    # (after لكن a verb whose subject follows it: the relative's head is its object's, not its subject)
    ("ولكن اللاعب الذي انتقل إلى النادي قالت الصحيفة إنه مصاب.", [("قالت", "الصحيفة")]),
]


@pytest.mark.parametrize("text, expected", SUBJECT_BEFORE_A_RELATIVE_CLAUSE)
def test_a_subject_before_its_relative_clause(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


PEOPLE_BEFORE_ALLATHINA = [
    # الذين is always people: its head is a plural of them, also after a comma, and where they belong
    ("وكرم الوزير المعلمين، الذين أكدوا أن العام الدراسي كان ناجحا.", [("أكدوا", "المعلمين")]),
    ("وزار الوفد المصابين في المستشفى الذين أكدوا أن العلاج جيد.", [("أكدوا", "المصابين في المستشفى")]),
    ("وأثار القرار ردودا واسعة بين المزارعين، الذين أكدوا أن الموسم تضرر.", [("أكدوا", "المزارعين")]),
    ("وتظاهر العمال الذين فقدوا وظائفهم، يطالبون بأن تعيدهم الشركة.", [("يطالبون", "العمال")]),
    ("والتقى الوزير الطلاب الذين أكدوا أن الاختبارات كانت سهلة.", [("أكدوا", "الطلاب")]),
    # the head opening the sentence, its relative clause closed by a comma, then its own verb
    ("موظفون في الشركة الذين رفعوا دعوى قضائية، يتهمون الإدارة بأنها خالفت العقود.",
     [("يتهمون", "موظفون في الشركة")]),
    # after the sentence's first verb: an imperfect after the relative clause is a state of its subject
    ("وخرج موظفون في المصنع الذين فقدوا وظائفهم، يطالبون بأن تعيدهم الإدارة.",
     [("يطالبون", "موظفون في المصنع")]),
    # (a verb that disagrees with the relative is not its head's)
    ("وزار الوزير المصابين الذين نقلوا إلى المستشفى، يؤكد أن العلاج مجاني.", [("يؤكد", None)]),
    # (a relative clause of the same people before them is no head: والذين continues الذين)
    ("وفي مواجهة معارضة النواب، الذين يشكلون غالبية في المجلس، والذين حذروا من أنهم سيرفضون القانون، "
     "قال الوزير إن الحوار مستمر.", [("حذروا", None), ("قال", "الوزير")]),
]


@pytest.mark.parametrize("text, expected", PEOPLE_BEFORE_ALLATHINA)
def test_people_before_allathina(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


NAME_ROLE_RELATIVE = [
    # «name، role، الذي…»: the relative describes the person the role is set off from
    ("وتحدثت الصحيفة مع أحمد عادل، مدير التجارب في الشركة، الذي أكد أن الشركة ابتكرت حلين.",
     [("أكد", "أحمد عادل")]),
    ("والتقى الوفد سالم الحربي، رئيس اللجنة الفنية، الذي أوضح أن العمل مستمر.", [("أوضح", "سالم الحربي")]),
    # (no name before the role: no speaker from it)
    ("وزار الوفد المصنع، مقر الشركة الكبرى، الذي أكد أن الإنتاج زاد.", [("أكد", None)]),
]


@pytest.mark.parametrize("text, expected", NAME_ROLE_RELATIVE)
def test_a_relative_after_a_name_and_its_role(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


RELATIVE_PAST_KAN = [
    # the verb of a relative clause past كان (قد) or طالما: the relative's head speaks
    ("ووصل الوزير خالد السالم الذي كان قد أكد أن المشروع سيكتمل.", [("أكد", "خالد السالم")]),
    ("والتقى الأمير بالسفير سعد الفهد الذي طالما أكد أن العلاقات متينة.", [("أكد", "سعد الفهد")]),
    ("وارتفعت الأسعار بسبب المسلحين الذين كانوا في بداية الأزمة يزعمون أنهم سيخفضونها.",
     [("يزعمون", "المسلحين")]),
    # (a noun after كان is the clause's own subject: the head is what was said)
    ("وهذا هو الموقف الذي كان الوزير قد أكده أمس.", []),
]


@pytest.mark.parametrize("text, expected", RELATIVE_PAST_KAN)
def test_a_relative_clause_verb_past_kan(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


BODY_OF_A_TITLED_NAME = [
    # a body whose genitive is a title and a person's name: the name runs on through its bare words
    ("غير أن مكتب الرئيس عمر حسن البشير أكد أن الزيارة ستتم في موعدها.", [("أكد", "مكتب الرئيس عمر حسن البشير")]),
    ("وقال مكتب رئيس الوزراء نواز شريف إن الاجتماع تأجل.", [("قال", "مكتب رئيس الوزراء نواز شريف")]),
    ("لكن مكتب وزير الخارجية محمد جواد ظريف نفى أن يكون اللقاء قد تم.",
     [("نفى", "مكتب وزير الخارجية محمد جواد ظريف")]),
    # (a title after the body's own name is a person of it: his name, not the body's)
    ("والتقت الصحيفة مدير التسويق في شركة النخبة المهندس سامي حابسن الذي أكد أن الطلب يرتفع.",
     [("أكد", "سامي حابسن")]),
]


@pytest.mark.parametrize("text, expected", BODY_OF_A_TITLED_NAME)
def test_a_body_of_a_titled_name(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


HOWEVER_THEN_PARTICIPLE = [
    # «غير أن / إلا أن» open a clause subject first: the participle continues its subject
    ("غير أن المحافظ زار السوق الشعبي، مؤكدا أن الأسعار ستنخفض.", [("مؤكدا", "المحافظ")]),
    ("إلا أن البلدية أغلقت المحلات المخالفة، مشيرة إلى أن الحملة مستمرة.", [("مشيرة", "البلدية")]),
    ("لكن المحافظ زار السوق الشعبي، مؤكدا أن الأسعار ستنخفض.", [("مؤكدا", "المحافظ")]),
    # an indefinite subject ends where a perfect verb's feminine -ت follows its feminine word
    ("غير أن جمعيات أهلية نظمت وقفة احتجاجية، مطالبة بأن تفتح الحدائق.", [("مطالبة", "جمعيات أهلية")]),
    ("لكن هيئة مستقلة رفضت التقرير، مؤكدة أن أرقامه مضللة.", [("مؤكدة", "هيئة مستقلة")]),
]


@pytest.mark.parametrize("text, expected", HOWEVER_THEN_PARTICIPLE)
def test_however_then_a_participle(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


LISTENER_WITH_ITS_PRONOUN = [
    # ل + a noun with its possessive pronoun right after the verb is the one told, no subject
    ("وصل المدرب إلى الملعب. وقال لمساعديه إن الخطة لن تتغير.", [("قال", "المدرب")]),
    ("واستقبلت الوزيرة سلمى العتيبي الوفد. وأوضحت لضيوفها أن المشروع بدأ.", [("أوضحت", "سلمى العتيبي")]),
    # (a name that opens with ل is a name: لافروف; a speaker word that does, with its pronoun, the subject)
    ("وقال لافروف إن الحوار مستمر.", [("قال", "لافروف")]),
    ("وقالت لاعبته إن التدريب شاق.", [("قالت", "لاعبته")]),
    ("وأعلم المدرب سعد الفهد لاعبيه بأن المباراة تأجلت.", [("أعلم", "سعد الفهد")]),
]


@pytest.mark.parametrize("text, expected", LISTENER_WITH_ITS_PRONOUN)
def test_a_listener_with_its_pronoun(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


CONJOINED_SVO_SUBJECT = [
    # و + a definite speaker word opens a clause subject first; a و-verb or a participle after it continues it
    ("والمحافظ زار السوق القديم، وقال إن الترميم سيبدأ قريبا.", [("قال", "المحافظ")]),
    ("والهيئة أغلقت المحلات المخالفة، وأكدت أن الحملة مستمرة.", [("أكدت", "الهيئة")]),
    ("والمدير زار المشروع، مشيرا إلى أن العمل يسير وفق الخطة.", [("مشيرا", "المدير")]),
    ("فالبلدية أزالت المخالفات، وأكدت أن الرقابة مستمرة.", [("أكدت", "البلدية")]),
    # past an aside between dashes after the subject
    ("والشيخ - حفظه الله - زار السوق القديم، وقال إن الترميم سيبدأ قريبا.", [("قال", "الشيخ")]),
]


@pytest.mark.parametrize("text, expected", CONJOINED_SVO_SUBJECT)
def test_a_conjoined_svo_subject(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected


INDEPENDENT_PRONOUN_SUBJECT = [
    # هو/هي/هم (after و) right before an imperfect verb that agrees with it is its subject, told back
    ("وأعلنت البلدية أن الحملة بدأت. وهي تؤكد أن المخالفين سيعاقبون.", [("أعلنت", "البلدية"), ("تؤكد", "البلدية")]),
    ("ومن الغريب أن تسمع المدرب سامي الجابر وهو يصف الهزيمة بأنها مستحقة.", [("يصف", "سامي الجابر")]),
    # (a pronoun that does not agree is no subject of this verb)
    ("وأعلنت البلدية أن الحملة بدأت. وهو تؤكد أن المخالفين سيعاقبون.", [("أعلنت", "البلدية"), ("تؤكد", "البلدية")]),
]


@pytest.mark.parametrize("text, expected", INDEPENDENT_PRONOUN_SUBJECT)
def test_an_independent_pronoun_subject(text, expected):
    assert [(r.cue.text, r.speaker_name) for r in extract_text(text)] == expected
