"""Indicating: a verb of saying with a noun of evidence as subject reports nothing
(attribution.backends.rules.indicates), and a ل-name after the verb is the one told."""
import pytest

from attribution.pipeline import extract_document
from attribution.records import Document


def _reports(text: str) -> list[tuple[str, str | None]]:
    return [(r.cue.text, r.speaker.text if r.speaker else None)
            for r in extract_document(Document("t", text), backend="rules")]


# (sentence, the cue as written, the speaker as written, or None for no report of that cue)
INDICATES = [
    # a relative or ما after a thing: "which indicates"
    ("وشفيت الطفلة بعد وقف العلاج الأمر الذي يشير إلى أنها أول حالة شفاء.", "يشير", False, None),
    ("المدير الذي يشير إلى أن الخطة نجحت غادر القاعة.", "يشير", True, "المدير"),
    ("وارتفعت المبيعات في الربع الثاني مما يشير إلى أن النمو سيستقر.", "يشير", False, None),
    ("وأعلن الوزير الخطة مما يؤكد أن التمويل متوفر.", "يؤكد", False, None),
    # a noun of evidence or a demonstrative after the verb
    ("وتشير المؤشرات الأولية إلى أن نسبة القبول ستنخفض.", "تشير", False, None),
    ("وتشير الدراسة الأخيرة إلى أن نسبة القبول ستنخفض.", "تشير", True, "الدراسة الأخيرة"),
    ("ويشير ذلك إلى أن الأسعار سترتفع.", "يشير", False, None),
    ("وأوضح ذلك مدير الفرع أن العمل مستمر.", "أوضح", True, "مدير الفرع"),
    # a noun of evidence before the verb, its adjectives with it
    ("والتغيرات المتلاحقة تؤكد بأن الإدارة غير مقتنعة بالمدرب.", "تؤكد", False, None),
    ("فالواقع يؤكد بأن الموسم لن يكون سهلا.", "يؤكد", False, None),
    ("وتؤكد الأرقام أن البطالة تراجعت.", "تؤكد", True, "الأرقام"),
    # changes, differences, circumstances, a method: things, also after a demonstrative or كل
    ("والتبدلات الأخيرة تؤكد أن السوق تغيرت.", "تؤكد", False, None),
    ("وتختلف العينات في لونها. هذه الاختلافات تشير إلى أنها من منجمين.", "تشير", False, None),
    ("هذه الطريقة الجديدة تؤكد أن المهربين يتطورون.", "تؤكد", False, None),
    ("وكل الظروف تشير إلى أن الموسم سيتأخر.", "تشير", False, None),
    ("وتؤكد هذه الدراسة أن الموسم سيتأخر.", "تؤكد", True, "الدراسة"),
    # a programme, a project, a film as the relative's head, its name in brackets or quotes between
    ("وأطلقت الجامعة برنامجا تحت مسمى (رواد الغد)، الذي يؤكد على أهمية الابتكار.", "يؤكد", False, None),
    ("وعرضت القناة الفيلم الذي يشير إلى أن الحرب لم تنته.", "يشير", False, None),
    ("وزار الوفد مشروع «المدينة الذكية» الذي يؤكد أن التقنية مستقبل المدن.", "يؤكد", False, None),
    ("وحضر مدير البرنامج الذي أكد أن التمويل متوفر.", "أكد", True, "مدير البرنامج"),
    # other verbs of saying, calling, telling with a thing as subject (قال، دعا، أفاد)
    ("فالواقع الجديد يقول إن الفريقين يخسران.", "يقول", False, None),
    ("والتاريخ يقول لنا إن الأمم تتبدل.", "يقول", False, None),
    ("وكل المؤشرات تقول إن الشركة ستربح.", "تقول", False, None),
    ("وانهار جزء من السقف الأمر الذي دعا إلى إخلاء المبنى.", "دعا", False, None),
    ("فالصورة القاتمة تدعو إلى القلق.", "تدعو", False, None),
    ("والتبدلات الأخيرة تفيد بأن السوق تغيرت.", "تفيد", False, None),
    ("وقال المدير إن السوق تغيرت.", "قال", True, "المدير"),
    ("وزايدت ثلاث شركات، لكن كل المؤشرات تقول بأن شركة واحدة ستفوز.", "تقول", False, None),
    ("وتراجعت الصادرات، وهو الأمر الذي دعا الحكومة إلى خفض الضرائب.", "دعا", False, None),
    ("وحضر الوزير الذي دعا الحكومة إلى خفض الضرائب.", "دعا", True, "الوزير"),
    ("وانتشر المقطع الذي دعا فيه أحد الأعضاء إلى السفر.", "دعا", True, "أحد الأعضاء"),
    # "what he said", "these say": قال after ما or before a demonstrative has a speaker
    ("واستعان المحامي بما قال إنها شهادات سابقة.", "قال", True, None),
    ("أما في الجانب الآخر فتقول هذه إن اقتصادها منفتح.", "تقول", True, None),
    # after كشف، أظهر a noun is their object: the speaker is before them
    ("ويكشف الكتاب تفاصيل مثيرة عن حياة اللاعب.", "يكشف", True, "الكتاب"),
    # a surname with ال looks like any noun: it speaks
    ("ويؤكد الشمراني بأن القرارات لن تؤثر في السوق.", "يؤكد", True, "الشمراني"),
]


@pytest.mark.parametrize("text,cue,reported,speaker", INDICATES)
def test_evidence_indicates(text, cue, reported, speaker):
    found = [s for c, s in _reports(text) if c == cue]
    assert bool(found) == reported
    if reported:
        assert found[0] == speaker


# (sentence, the cue, the speaker as written: a ل-name after the verb is the listener)
TOLD = [
    ("وقال لجابر عندما تزوج: هلا اخترت غيرها.", "قال", None),
    ("وقال لمحمد إن الموعد تأجل.", "قال", None),
    ("وقالت لينا إن الموعد تأجل.", "قالت", "لينا"),
    ("وقالت لجين الهذلول إن الموعد تأجل.", "قالت", "لجين الهذلول"),
    ("وقال لامين دياك إن الموعد تأجل.", "قال", "لامين دياك"),
]


@pytest.mark.parametrize("text,cue,speaker", TOLD)
def test_listener_is_no_speaker(text, cue, speaker):
    assert [s for c, s in _reports(text) if c == cue] == [speaker]


# (sentence, the cue, reported?): أظهر "showed X", يظهر "appears" report only by a clause after the subject
APPEARING = [
    ("وأظهرت الشركة خسائر كبيرة في الربع الأول، خاصة أن الإيرادات تراجعت.", "أظهرت", False),
    ("وفي اللقطة أظهر الغضب بين المدرب واللاعبين، قرر المدرب أن ينهي التمرين.", "أظهر", False),
    ("في الصورة يظهر لاعبو الفريق من اليمين: سالم وفهد وخالد.", "يظهر", False),
    ("ونشر المغردون صورة تظهر الرجل وقد أكدوا أنه المطلوب.", "تظهر", False),
    ("وأظهرت الدراسة أن الخسائر تزيد.", "أظهرت", True),
    ("وأظهر مسح نشرت نتائجه أمس أن الأسعار ستنخفض.", "أظهر", True),
    ("وأظهر استطلاع أجرته الوكالة، شمل عشرين خبيرا، أن السوق ستنتعش.", "أظهر", True),
]


@pytest.mark.parametrize("text,cue,reported", APPEARING)
def test_appearing_reports_only_its_clause(text, cue, reported):
    assert bool([s for c, s in _reports(text) if c == cue]) == reported
