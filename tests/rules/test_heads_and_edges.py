"""The first and last words of a speaker: an elative that heads its group (آخر التقارير), ل + an
imperfect that opens a purpose clause (لتبين), the outlet told in quotes after a name (أبلغ X
"الوطن"), the conjunction written on a fronted subject (والوزارة أكدت), and a name whose
grandfather stands before the family name (أسامة بن محمد نور الجوهري)
(attribution.backends.rules.noun_phrase, .subjects, .according, .context; attribution.speakers.in_document)."""
import pytest

from attribution.pipeline import extract_document
from attribution.records import Document

# (text, cue, the speaker's mention as written, its canonical name)
CASES = [
    # an elative in construct with a definite or indefinite noun heads the phrase: "the latest reports"
    ("كما يشير آخر التقارير الرسمية إلى أن حجم المشاريع المتعثرة يبلغ 25 %.", "يشير",
     "آخر التقارير الرسمية", "آخر التقارير الرسمية"),
    ("وأكدت أحدث الدراسات أن التدخين يضر القلب.", "أكدت", "أحدث الدراسات", "أحدث الدراسات"),
    # ... and in an according-to phrase the group after it judges the source
    ("وبلغ عدد الزوار ألفين، وفقا لآخر الإحصاءات.", "وفقا", "آخر الإحصاءات", "آخر الإحصاءات"),
    ("وارتفعت الأسعار 5 %، بحسب أحدث الإحصاءات الرسمية.", "بحسب",
     "أحدث الإحصاءات الرسمية", "أحدث الإحصاءات الرسمية"),
    # an outlet in quotes after the name of who informed it is the one told
    ('وأبلغ المسؤول في السفارة خالد العمري "الوطن" أمس أن الأنباء غير صحيحة.', "أبلغ",
     "المسؤول في السفارة خالد العمري", "خالد العمري"),
    ("وأبلغ سعيد الغامدي «المدينة» أن الطريق سيفتح غدا.", "أبلغ", "سعيد الغامدي", "سعيد الغامدي"),
    # (a body's quoted name stays in its phrase)
    ('وأبلغ رئيس جمعية "نماء" الصحفيين أن الجمعية مستمرة.', "أبلغ", 'رئيس جمعية "نماء"', None),
    # a quoted name after a group's bare head is its genitive
    ("وحتى إن قادة «حزب الله» قد أعربوا عن أملهم في الاتفاق.", "أعربوا", "قادة «حزب الله»", "قادة حزب الله"),
    ('وقال أعضاء "الجمعية" إن الانتخابات ستجرى غدا.', "قال", 'أعضاء "الجمعية"', None),
    ("وقال قادة «نحن مستعدون للحوار».", "قال", "قادة", "قادة"),            # (a quote of words is the content)
    # an outlet after a document or survey is whose it is, not the one told
    ("وأظهر مسح لرويترز أن الإنتاج ارتفع.", "أظهر", "مسح لرويترز", "مسح لرويترز"),
    ("وقال الوزير لرويترز إن الإنتاج ارتفع.", "قال", "الوزير", "الوزير"),
    # the conjunction before a fronted subject is no part of its name
    ("والوزارة أكدت أن التحقيق مستمر.", "أكدت", "الوزارة", "الوزارة"),
    ("ووزارة الصحة أكدت أن اللقاح آمن.", "أكدت", "وزارة الصحة", "وزارة الصحة"),
    ("وقال والي الخرطوم إن الوضع مستقر.", "قال", "والي الخرطوم", "والي الخرطوم"),
    ("وقال والده إن ابنه بريء.", "قال", "والده", "والده"),
]


@pytest.mark.parametrize("text, cue, mention, name", CASES)
def test_speaker_edges(text, cue, mention, name):
    recs = [r for r in extract_document(Document("d", text)) if r.cue.text == cue]
    assert len(recs) == 1
    assert recs[0].speaker is not None and recs[0].speaker.text == mention
    if name is not None:
        assert recs[0].speaker_name == name


@pytest.mark.parametrize("text", [
    "وأحاط المجلس علمًا بما ورد في التقرير ووجه حياله بما رآه.",   # ما ورد في: what the text holds, not given
    "وأشاد الوزير بما جاء في الكلمة.",
])
def test_what_a_text_holds_is_no_report(text):
    assert extract_document(Document("d", text)) == []


def test_following_the_latest_studies_is_no_source():
    """وفق أحدث الدراسات after a practice is "following the latest studies", no report."""
    assert extract_document(Document("d", "واعتمدت الهيئة على أسس علمية وفق أحدث الدراسات في مختلف المجالات.")) == []


def test_purpose_clause_is_no_subject():
    """تعلن الوزارة ذلك لتبين أن…: «لتبين» (ل + تبين, "so as to show") is never the speaker."""
    text = "ووزارة الداخلية إذ تعلن ذلك لتبين أن هذا العمل الجبان لن يزيد رجال الأمن إلا إصرارا."
    recs = extract_document(Document("d", text))
    assert recs and all(r.speaker_name != "لتبين" for r in recs)
    assert recs[0].speaker_name == "وزارة الداخلية"


@pytest.mark.parametrize("text, speaker, claim", [
    # «بيان له/لها»: the pronoun names the statement's owner, who speaks; the claim follows the pronoun
    ("وقالت الوزارة إن العمل مستمر. وجاء في بيان لها: «نحن ملتزمون بالخطة».", "الوزارة", "نحن ملتزمون بالخطة"),
    ("وقال الوزير إن العمل مستمر. وجاء في بيان له أن الخطة ناجحة.", "الوزير", "الخطة ناجحة"),
    ("وقال الوزير إن العمل مستمر. وأكد بيان له أن الخطة ناجحة.", "الوزير", "الخطة ناجحة"),
    # (the colon after a statement is no part of what it says)
    ("وجاء في البيان: «نحن ملتزمون بالخطة».", "البيان", "نحن ملتزمون بالخطة"),
])
def test_statement_of_a_pronoun_owner(text, speaker, claim):
    rec = extract_document(Document("d", text))[-1]
    assert (rec.speaker_name, rec.claim.text) == (speaker, claim)


def test_attache_is_a_title():
    """الملحق الثقافي في أمريكا الدكتور X: an attaché is a title, its place and name go on with it."""
    text = "كشف الملحق الثقافي في أمريكا الدكتور محمد العيسى عن قبول ترقية البعثة، مشيرا إلى أن العمل مستمر."
    assert [r.speaker_name for r in extract_document(Document("d", text))] == ["محمد العيسى", "محمد العيسى"]


def test_relative_after_a_proclitic_name():
    """خلفا لبلاتر الذي أعلن…: the relative's antecedent is the name the article gave, without its ل."""
    text = ("وقال رئيس الفيفا جوزيف بلاتر إن الفساد انتهى. ويعتزم المهاجم الترشح خلفا لبلاتر الذي أعلن"
            " نيته بالاستقالة بسبب الفضيحة.")
    rec = extract_document(Document("d", text))[-1]
    assert (rec.speaker.text, rec.speaker_name) == ("بلاتر", "جوزيف بلاتر")


def test_no_subject_verb_clause_after_an_abbreviation():
    """«… الرئيس العام أ.د. | عبدالرحمن السند تحرص…»: the splitter opened a sentence after the
    abbreviation; its words are no clause with its own subject (the participle's mention stays empty)."""
    text = "وأكد الشليل أن الرئاسة بتوجيه من الرئيس العام أ.د. عبدالرحمن السند تحرص على التوعية، مشددا على أن الرئاسة حازمة."
    assert extract_document(Document("d", text))[-1].speaker is None


def test_number_after_an_according_source():
    """A number after a source ending on a definite word is the clause's, not the source's."""
    text = "وبلغ عدد السيارات المشاركة وفقاً لفريق الإحصاء بالمهرجان 1800 سيارة."
    assert extract_document(Document("d", text))[-1].speaker_name == "فريق الإحصاء بالمهرجان"


# (text, the canonical speaker of its last record)
LAST_SPEAKER = [
    # a grandfather's name between the father's and the family's: the whole chain is one person
    ("صرح بذلك الدكتور أسامة بن محمد نور الجوهري الأمين العام لمؤسسة التراث، مشيرا إلى مشاركة نخبة من الخبراء.",
     "أسامة بن محمد نور الجوهري"),
    ("التقى الوفد المهندس سالم بن أحمد الحربي مدير عام الشركة، مشيرا إلى أن المشروع سينتهي قريبا.",
     "سالم بن أحمد الحربي"),
    # a body's ل-complement after its adjectives is its name, also before the object of a verb that reports nothing
    ("تعتزم المؤسسة العامة للموانئ إنشاء مراكز لوجيستية، مشيرة إلى أن السفن تزداد.", "المؤسسة العامة للموانئ"),
    ("وافتتحت الهيئة الوطنية لمكافحة الفساد مقرها الجديد، مؤكدة أن العمل مستمر.", "الهيئة الوطنية لمكافحة الفساد"),
    ("وواصلت القوات الموالية للرئيس تقدمها، مؤكدة أن المدينة ستتحرر.", "القوات الموالية للرئيس"),
    # a relative clause between dashes after the role, then the role's name, then the content
    ("وقال المشرف العام على المشروع – التي تقع في الرياض – محمد العلي، إن العمل مستمر.", "محمد العلي"),
    ("وأوضح المشرف العام على الحملة - التي تتبع لها الحافلة - خالد العمري أن العمل مستمر.", "خالد العمري"),
    # a plural of people in -ون after a verb that reports nothing is the topic a later plural verb continues
    ('من جانبهم، أشاد إعلاميون بقرار الهيئة. وقالوا لـ"اليوم": إن محاولات الفتنة مرفوضة.', "إعلاميون"),
    ("وتظاهر المعلمون أمام الوزارة. وأكدوا أن رواتبهم متأخرة.", "المعلمون"),
    ("وقال الأكاديمي والمحلل السياسي خالد الدخيل إن الوضع خطير.", "خالد الدخيل"),   # أكاديمي, a title
    ("وقال مجلس الدفاع عن الموارد القومية إن الأغذية تهدر.", "مجلس الدفاع عن الموارد القومية"),  # a body's cause
    ("ودافع وزير الدفاع عن القرار، مؤكدا أنه صائب.", "وزير الدفاع"),                  # (a title's عن is the verb's)
    ("يؤكد دوما قائد الأوركسترا المخضرم أن الموسيقى لغة عالمية.", "قائد الأوركسترا المخضرم"),  # دوما(ً) "always"
    ("وترجح السلطات الفرنسية بقوة أن الهجوم إرهابي.", "السلطات الفرنسية"),                      # بقوة "strongly"
    # a participle after a clause in subject–verb order (after لكن or none) takes the subject before the verb
    ("قال المدير إن العمل جيد. لكن الوزير زار المصنع، مؤكدا أن الوقت مبكر.", "الوزير"),
    ("لكن وزارة الصحة نفذت حملة واسعة، مشيرة إلى أن الإصابات تراجعت.", "وزارة الصحة"),  # (و of وزارة is its own)
    ("الإعلامي أحمد الجابري استشهد بقول الروائي، مضيفا أن المحتجين شجعان.", "أحمد الجابري"),
]


@pytest.mark.parametrize("text, speaker", LAST_SPEAKER)
def test_last_speaker(text, speaker):
    assert extract_document(Document("d", text))[-1].speaker_name == speaker


@pytest.mark.parametrize("text, reports", [
    # a verb of charging with its ب-charge right after it is the unvocalised passive (اُتُّهِم): no report
    ("ومع ذلك اتهم بسرقة 200 بيزو من البنك.", 0),
    ("لكنهم في الوقت نفسه اتهموا بالهروب من الواقع.", 0),
    ("واتهم الوزير الحكومة بالتقصير.", 1),                         # (active: the one charged first)
    ("اتهم بيان أصدرته الوزارة النظام بمواصلة القمع.", 1),          # (بيان: the subject, no charge)
    # the charge a verbal noun of a derived form (ا…ا-), and the passive participle مُتَّهَم "accused"
    ("ومع ذلك اتهم باختلاس أموال عامة.", 0),
    ("وألقت الشرطة القبض على شاب، متهما بارتكاب جرائم سرقة.", 0),
    ("ولا يزال نائب الرئيس الذي خسر الانتخابات، متهما باستغلال منصبه.", 0),
    ("وهاجم الوزير المعارضة، متهما بعض أعضائها باختلاس الأموال.", 1),  # (active: the one charged first)
    ("وانتقد الوزير الشركة، متهما إياها بالتقصير.", 1),
])
def test_unvocalised_passive_of_charging(text, reports):
    assert len(extract_document(Document("d", text))) == reports
