"""The reports of a document: known names grow, implicit subjects take the sentence before as
antecedent, and nothing carries over between documents (attribution.backends.rules.document)."""
import pytest

from attribution.backends.rules import candidates
from attribution.lexicon.cues import default_lexicon
from attribution.text.normalize import normalize_text
from attribution.text.sentences import split_sentences


def read(text):
    nt = normalize_text(text)
    return candidates(nt, [(s.start, s.end) for s in split_sentences(nt.text)], default_lexicon())


def test_a_name_seen_before_is_a_subject_before_an_object():
    """اعتبر خدام التصريحات…: the bare name is a subject once the document has named him."""
    first = "وقال عبد الحليم خدام إن سوريا لا تخشى التهديدات. "
    second = "واعتبر خدام تصريحات الوزير جزءا من حملة إعلامية."
    assert [c.speaker.text if c.speaker else None for c in read(first + second)] == ["عبد الحليم خدام", "خدام"]
    assert read(second) == []  # alone, خدام تصريحات… reads as one noun phrase: no subject, no content


def test_known_names_do_not_leak_into_the_next_document():
    read("وقال عبد الحليم خدام إن سوريا لا تخشى التهديدات.")
    assert read("واعتبر خدام تصريحات الوزير جزءا من حملة إعلامية.") == []


def test_surname_with_the_article_becomes_known():
    """A person's name teaches its ال-surname too: وأكد الغامدي… after محمد الغامدي."""
    got = read("وقال مدير الفرع محمد الغامدي إن العمل مستمر. الغامدي أكد أن الإنتاج مستقر.")
    assert [c.speaker.text for c in got] == ["مدير الفرع محمد الغامدي", "الغامدي"]


@pytest.mark.parametrize("text, expected", [
    # a full name's family word (after its given names, بن or not) is a subject before its verb
    ("وعمل عبدالله محمد المبارك كاتبا في السوق. المبارك أكد أنه خرج من السوق.", ["المبارك"]),
    ("وبدأ عبدالرحمن بن محمد الدرع التجارة صغيرا. الدرع أكد أن السوق جيد.", ["الدرع"]),
    # …a bare family word never named after given names or a title stays no subject
    ("المبارك أكد أنه خرج من السوق.", [None]),
    ("وعمل محمد في السوق. المبارك أكد أنه خرج من السوق.", [None]),
])
def test_full_names_teach_their_family_word(text, expected):
    assert [c.speaker.text if c.speaker else None for c in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a role closed by a definite adjective that is no nisba (السابق، الحالي، المساعد) teaches the
    # surname of the name after it, the subject of a later narrated clause a و-report continues
    ("وعين مدرب جديد بدلا من مدرب النادي السابق ماريو بيانكي. وترك بيانكي النادي في الصيف، وأكد أن "
     "القرار صعب.", ["بيانكي"]),
    ("وحضر الحفل المدير العام المساعد ديفيد موريس. وترك موريس منصبه في الصيف، وقال إن القرار صعب.", ["موريس"]),
    # (no role before the name: nothing learnt)
    ("وعين مدرب جديد بدلا من ماريو بيانكي. وترك بيانكي النادي في الصيف، وأكد أن القرار صعب.", [None]),
])
def test_role_adjective_teaches_the_surname(text, expected):
    assert [c.speaker.text if c.speaker else None for c in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a two-word name no list holds, after a role closed by a nisba, teaches its surname: written
    # bare later it is the subject of the opening verb, which a و-verb continues (not the genitive
    # in the verb's object)
    ("واجتمع الأمير مع المبعوث البريطاني نايجل كروفت في الرياض. ونقل كروفت إلى الأمير تحيات رئيسة "
     "الوزراء تيريزا ماي، وأكد أن الشراكة قوية.", ["كروفت"]),
    # (no nisba closing a role before the two words: nothing learnt)
    ("واجتمع الأمير مع نايجل كروفت في الرياض. ونقل كروفت إلى الأمير تحيات رئيسة "
     "الوزراء تيريزا ماي، وأكد أن الشراكة قوية.", [None]),
])
def test_unlisted_names_after_a_role_teach_their_surname(text, expected):
    assert [c.speaker.text if c.speaker else None for c in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the sentence before reported nothing: its subject is the antecedent
    ("وقال المدير إن العمل مستمر. والتقى وزير الخارجية فيصل بن فرحان نظيره أمس. وأكد أن العلاقات متينة.",
     [None, "وزير الخارجية فيصل بن فرحان"]),
    # the sentence before reported: the speaker is carried by the document resolution instead
    ("وقال المدير إن العمل مستمر. وأكد أن العلاقات متينة.", [None, None]),
    # the report follows a fronted phrase only: still the clause's subject
    ("والتقى الوزير نظيره أمس. وفي الاجتماع أكد أن العلاقات متينة.", ["الوزير"]),
    ("والتقى الوزير نظيره أمس. وخلال اللقاء، أكد أن العلاقات متينة.", ["الوزير"]),
    # …not after a clause of its own
    ("والتقى الوزير نظيره أمس. والعلاقات قوية كما أكد أن الحوار مستمر.", [None]),
    # a phrase fronted before the verb and closed by a comma: the verb after it is the clause's
    ("وفي المدينة المنورة، تحدث خطيب المسجد النبوي الشيخ صلاح البدير عن الدنيا. وقال إن الدنيا متاع.",
     ["خطيب المسجد النبوي الشيخ صلاح البدير"]),
    ("ومن جهته، تحدث أمير المنطقة في الحفل أمس. وأكد أن العلاقات متينة.", ["أمير المنطقة"]),
    # …a definite word after the comma is a nominal sentence, no verb
    ("وفي المدينة، الطقس حار جدا. وقال إن الدنيا متاع.", [None]),
    # كما "also" and ثم "then" before the verb go on with the clause before, as و does
    ("وقال المدير إن العمل مستمر. واستقبل المحافظ وفد الشركة. كما أشار إلى أن العلاقات متينة.",
     [None, "المحافظ"]),
    ("وقال المدير إن العمل مستمر. وافتتح المحافظ المعرض أمس. ثم أكد أن العلاقات متينة.", [None, "المحافظ"]),
    # …and after a report naming its speaker the resolver carries that speaker, as after و
    ("وقال المدير إن العمل مستمر. كما أشار إلى أن العلاقات متينة.", [None, None]),
])
def test_antecedent_from_the_sentence_before(text, expected):
    assert [c.antecedent.text if c.antecedent else None for c in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the participle of an opening verb with a dropped subject continues the sentence before…
    ("وافتتح المحافظ المعرض الكبير في المدينة. ونوه بالعمل الأمني، مؤكدا أن المدينة آمنة.", ["المحافظ"]),
    # …also when tashkeel and tatweel written before it shift the original offsets from the normalised ones
    ("وافتتح المُحافِظُ المعرضَ الكبيرَ في المدينة. ونـــوه بالعمل الأمني، مؤكدا أن المدينة آمنة.", ["المُحافِظُ"]),
    ("وقال الوزير إن العمل مستمر. واستقبل المُحافِظُ وفدَ الشركةِ أمسِ. ونوه بالعمل، مشيرا إلى أن المدينة آمنة.",
     [None, "المُحافِظُ"]),
])
def test_participle_continues_the_sentence_before(text, expected):
    assert [c.antecedent.text if c.antecedent else None for c in read(text)] == expected


def test_reversed_guillemets_are_read_the_usual_way():
    """Some papers open with » and close with «."""
    (c,) = read("وقال الوزير: »لن نتراجع عن قرارنا«.")
    assert (c.kind, c.claim.text) == ("direct", "لن نتراجع عن قرارنا")


def test_sentences_without_a_cue_word_are_skipped():
    assert read("وافتتح الوزير المعرض في مدينة جدة. وتجول في أجنحته.") == []


@pytest.mark.parametrize("text, expected", [
    # a و-verb sharing the subject of a narrative verb whose subject is a thing: no speech
    ("وقالت الوزيرة إن الخطة جاهزة. أثارت صور الحادث غضبا واسعا في الشارع، وجددت المطالب بمحاسبة المسؤولين.",
     ["قالت"]),
    ("وقالت الوزيرة إن الخطة جاهزة. شهدت الأسواق إقبالا كبيرا، وأكدت الحاجة إلى رقابة الأسعار.", ["قالت"]),
    # …not when its content is a clause: the subject speaks, whatever it is (وأعلنت أنها…)
    ("وقالت الوزيرة إن الخطة جاهزة. تقدمت المقاومة نحو المطار، وأعلنت أنها قطعت خطوط الإمداد.",
     ["قالت", "أعلنت"]),
    # …nor when the subject is a body named with its adjective, or a speaker word
    ("وقال المدير إن العمل مستمر. تعارض الولايات المتحدة هذه الأنشطة، وتشدد على ضرورة احترام الجوار.",
     ["قال", "تشدد"]),
    ("وقال المدير إن العمل مستمر. استقبلت الهيئة الوفد، وجددت الدعوة إلى التعاون.", ["قال", "جددت"]),
    # …nor when a clause of its own comes between (the و-verb is another subject's)
    ("وقال المدير إن العمل مستمر. يحتفل القصر بذكرى الزعيم الذي ولد فيه، وجدد الدعوة إلى زيارته.",
     ["قال", "جدد"]),
    ("وقال المدير إن العمل مستمر. يحتفل القصر بذكرى الزعيم، وجدد الدعوة إلى زيارته.", ["قال"]),
    # …nor when the verbs disagree (أثارت… وجدد: not one subject)
    ("وقال المدير إن العمل مستمر. أثارت صور الحادث غضبا واسعا، وجدد المطالب بمحاسبة المسؤولين.",
     ["قال", "جدد"]),
])
def test_a_verb_continuing_a_thing_reports_nothing(text, expected):
    assert [c.cue.text for c in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a participle after a verb that reports nothing takes that verb's subject, not the last speaker
    ("وقال المدير إن العمل مستمر. يستعرض الدكتور فواز الحربي في كتابه تاريخ المنطقة، مطالبا بإنشاء متحف.",
     "الدكتور فواز الحربي"),
    ("وقال المدير إن العمل مستمر. التقى الوزير بالسفير أمس، مؤكدا أن العلاقات متينة.", "الوزير"),
])
def test_participle_after_a_narrative_verb_takes_its_subject(text, expected):
    last = read(text)[-1]
    assert (last.speaker or last.antecedent).text == expected
