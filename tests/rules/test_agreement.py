"""Agreement, relative clauses on a speaker, and asides before a verb (attribution.backends.rules.verb,
.sentence, .subjects; the issuer of a statement in attribution.speakers.in_document).

Sentences written for these tests; each row: text, then (cue, speaker mention, speaker name) per record.
"""
import pytest

from attribution import extract_text

AGREEMENT = [
    # a feminine verb cannot have a masculine plural of men as its subject: the phrase is the
    # addressee, the subject dropped (the statement's issuer, the body named before)
    ("وأكد بيان من الرئاسة الأفغانية أن المحادثات مثمرة، ودعت جميع المتمردين إلى الانضمام إلى عملية السلام.",
     [("أكد", "بيان من الرئاسة الأفغانية", "الرئاسة الأفغانية"), ("دعت", None, "الرئاسة الأفغانية")]),
    ("وأكدت الهيئة أن الوضع خطير. وطالبت المسؤولين بالتحرك فورا.",
     [("أكدت", "الهيئة", "الهيئة"), ("طالبت", None, "الهيئة")]),
    ("وقالت اللجنة إن العمل مستمر. ودعت المجتمع الدولي إلى دعم جهودها.",
     [("قالت", "اللجنة", "اللجنة"), ("دعت", None, "اللجنة")]),
    # … a masculine verb right before a feminine body, likewise
    ("وقال النائب سعد الفهد إن القرار خاطئ، ودعا الحكومة إلى مراجعته.",
     [("قال", "النائب سعد الفهد", "سعد الفهد"), ("دعا", "النائب سعد الفهد", "سعد الفهد")]),
    # … and the subject ends where the masculine object starts
    ("وأكدت جامعة الملك سعود أن النتائج جاهزة. ودعت جامعة الملك سعود المرشحين إلى مراجعة مقرها.",
     [("أكدت", "جامعة الملك سعود", "جامعة الملك سعود"), ("دعت", "جامعة الملك سعود", "جامعة الملك سعود")]),
    # what agrees stays the subject: a body and its addressee, a genitive of men, a plural of things,
    # a woman with a masculine title, the part of a group
    ("ودعت الحكومة المعلمين إلى العودة إلى العمل.", [("دعت", "الحكومة", "الحكومة")]),
    ("وقالت رابطة المعلمين إن الإضراب مستمر.", [("قالت", "رابطة المعلمين", "رابطة المعلمين")]),
    ("وقالت عدد من الحاضرات إن المحاضرة مفيدة.", [("قالت", "عدد من الحاضرات", "عدد من الحاضرات")]),
    ("وقالت وزير الخارجية الأسترالية جولي بيشوب إن الاتفاق مهم.",
     [("قالت", "وزير الخارجية الأسترالية جولي بيشوب", "جولي بيشوب")]),
    ("ودعا الرئيس المصري المواطنين إلى المشاركة في الانتخابات.", [("دعا", "الرئيس المصري", "الرئيس المصري")]),
    # a relayed source keeps its own gender: the feminine verb agrees with the paper
    ("وذكرت صحيفة الرياض نقلا عن مسؤولين أن الاجتماع تأجل.", [("ذكرت", "مسؤولين", "مسؤولين")]),
]

RELATIVES = [
    # a statement with a relative clause naming who put it out is the issuer's
    ("وأعلنت حركة النهضة مشاركتها في الانتخابات. وقال البيان الذي أصدرته الحركة إن القرار نهائي.",
     [("أعلنت", "حركة النهضة", "حركة النهضة"), ("قال", "البيان", "حركة النهضة")]),
    ("وأكد التقرير الذي نشره البنك الدولي أمس أن الاقتصاد ينمو.", [("أكد", "التقرير", "البنك الدولي")]),
    ("وقال البيان الذي وزعته الوزارة على الصحفيين إن الوضع مستقر.", [("قال", "البيان", "الوزارة")]),
    # a verb in a relative clause on the speaker says which speaker: one report, the main verb's
    ("وذكرت الصحيفة التي نقلت الخبر عن مصادرها أن الاجتماع سيعقد غدا.", [("ذكرت", "الصحيفة", "الصحيفة")]),
    ("وقال الوزير الذي نقلت عنه الصحيفة تصريحاته إن الحكومة ماضية في خططها.", [("قال", "الوزير", "الوزير")]),
    ("وأكد المسؤول الذي تحدث للصحفيين أن التحقيق مستمر.", [("أكد", "المسؤول", "المسؤول")]),
    # a relative clause takes the nearest noun phrase: a title governed by ب or ل after another one
    ("التقى الأمير بالسفير سعد الفهد الذي أكد أن العلاقات متينة.", [("أكد", "السفير سعد الفهد", "سعد الفهد")]),
    ("وبعث الملك برسالة لرئيس الوزراء الذي أكد أن الزيارة ناجحة.", [("أكد", "رئيس الوزراء", "رئيس الوزراء")]),
    # a relative that agrees with a verb of describing is its subject, the phrase after it the object;
    # an object relative takes its pronoun back on the verb
    ("ونقلت الصحيفة عن الخبير الذي وصف القناة بأنها شريان العالم.", [("وصف", "الخبير", "الخبير")]),
    ("وانتقد الوزير الفكر المتطرف الذي يصفه الرئيس بأنه ينتشر بسرعة.", [("يصف", "الرئيس", "الرئيس")]),
    ("وهذه هي الخطة التي وصف الوزير تنفيذها بأنه ناجح.", [("وصف", "الوزير", "الوزير")]),
    # a singular relative after two persons joined by و is the nearer one's
    ("وحضر الحفل الوزير سعد الفهد والسفير خالد العمري الذي قال إن العلاقات متينة.",
     [("قال", "خالد العمري", "خالد العمري")]),
    ("وانتقد رئيس الوزراء الإيطالي ماتيو رينزي والمستشارة الألمانية أنجيلا ميركل التي قالت إن الاتفاق صعب.",
     [("قالت", "أنجيلا ميركل", "أنجيلا ميركل")]),
    # … a body after ب is the genitive of the title before it
    ("والتقى رئيس لجنة الإعلام بالمجلس الذي أكد أن اللجنة جاهزة.",
     [("أكد", "رئيس لجنة الإعلام بالمجلس", "رئيس لجنة الإعلام بالمجلس")]),
]

ASIDES = [
    # a subject before its verb with an aside between dashes or an anonymity clause between commas
    ("ورغم أن البعض يعتقد - ومنهم الجانب الأمريكي - أن الاتفاق سيصمد، فإن المؤشرات لا تدعم ذلك.",
     [("يعتقد", "البعض", "البعض")]),
    ("إلا أن مصادر مطلعة - فضلت عدم الكشف عن هويتها - أشارت إلى أن الاجتماع تأجل.",
     [("أشارت", "مصادر مطلعة", "مصادر مطلعة")]),
    ("إلا أن مصادر مطلعة، فضلت عدم الكشف عن هويتها، أشارت إلى أن الاجتماع تأجل.",
     [("أشارت", "مصادر مطلعة", "مصادر مطلعة")]),
    ("غير أن الوزير - في حديثه للصحفيين - أكد أن الحكومة لن تتراجع.", [("أكد", "الوزير", "الوزير")]),
    # a blessing between dashes after the Prophet: the speaker's participle is not his
    ("وبينت الداعية مريم أن رسول الله -صلى الله عليه وسلم- قال: «الدين النصيحة»، موضحة أن النصح واجب.",
     [("بينت", "الداعية مريم", "مريم"), ("قال", "رسول الله", "رسول الله"), ("موضحة", "الداعية مريم", "مريم")]),
]


def _records(text):
    return [(r.cue.text, r.speaker.text if r.speaker else None, r.speaker_name) for r in extract_text(text)]


@pytest.mark.parametrize("text, expected", AGREEMENT)
def test_agreement_decides_subject_and_addressee(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text, expected", RELATIVES)
def test_relative_clause_on_a_speaker(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text, expected", ASIDES)
def test_subject_before_an_aside(text, expected):
    assert _records(text) == expected
