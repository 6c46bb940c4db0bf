"""Claims: the claim span from a content, the claim before a cue, and claims trimmed at the
next report (attribution.backends.rules.claims)."""
import pytest

from attribution.backends.rules.claims import claim_before, claim_of, trim_claims
from attribution.backends.rules.sentence import sentence_reports

# (sentence, content as (kind, the word where it was found), (claim, kind))
CLAIMS = [
    ("وقال الوزير إن الاتفاق جاهز.", ("comp", "إن"), ("الاتفاق جاهز", "indirect")),
    ("وقال سوتومايور إنه سعيد جدا.", ("comp", "إنه"), ("إنه سعيد جدا", "indirect")),  # the pronoun is the claim's subject
    ("وأكد أنهم سيعودون!", ("comp", "أنهم"), ("أنهم سيعودون", "indirect")),
    ('وأكد الوزير أن بلاده "لن تقبل الإملاءات".', ("comp", "أن"), ('بلاده "لن تقبل الإملاءات"', "mixed")),
    ("وقال رئيس النادي: «سنعود أقوى». ثم غادر.", ("colon", ":"), ("سنعود أقوى", "direct")),
    ("وقال المدرب: اللاعبون قدموا كل شيء؛", ("colon", ":"), ("اللاعبون قدموا كل شيء", "indirect")),
    ('وقال "لن نتراجع".', ("quote", '"'), ("لن نتراجع", "direct")),
    # a quote opened before أن: the quoted words after أن are the claim
    ("وأشار الخبير إلى «أن التضخم تراجع» أمس.", ("comp", "أن"), ("التضخم تراجع", "direct")),
    ("وكشف الوزير عن خطة جديدة للنقل.", ("np", "خطة"), ("خطة جديدة للنقل", "indirect")),
    # a noun phrase holds no clause: a writer's contrast after a comma ends it (not after أن: the speaker's own)
    ("وأعلن النادي التعاقد مع اللاعب، إلا أن مصادر أشارت إلى تعثر الصفقة.", ("np", "التعاقد"),
     ("التعاقد مع اللاعب", "indirect")),
    ("وأكد الوزير أهمية المشروع، لكن المعارضة رفضته.", ("np", "أهمية"), ("أهمية المشروع", "indirect")),
    ("وقال الوزير إن المشروع مهم، إلا أن التمويل ناقص.", ("comp", "إن"), ("المشروع مهم، إلا أن التمويل ناقص", "indirect")),
    # a bracket closed outside the claim is not the claim's
    ("(وقال الشيخ إن الله مع الصابرين).", ("comp", "إن"), ("الله مع الصابرين", "indirect")),
    ("وقال إن الخطة (الخمسية) جاهزة.", ("comp", "إن"), ("الخطة (الخمسية) جاهزة", "indirect")),
    ("وقال إن", ("comp", "إن"), (None, "indirect")),
]


@pytest.mark.parametrize("text, content, expected", CLAIMS)
def test_claim_of(ar, text, content, expected):
    sent = ar.sentence(text)
    claim, kind = claim_of(sent, (content[0], ar.index(sent, content[1])))
    assert (claim.text if claim else None, kind) == expected
    if claim:
        assert text[claim.start:claim.end] == claim.text


@pytest.mark.parametrize("text, word, expected", [
    ("ارتفعت صادرات النفط، بحسب وكالة رويترز.", "بحسب", "ارتفعت صادرات النفط"),
    ("ارتفعت صادرات النفط ،، بحسب وكالة رويترز.", "بحسب", "ارتفعت صادرات النفط"),
    ("، بحسب وكالة رويترز.", "بحسب", None),
])
def test_claim_before(ar, text, word, expected):
    sent = ar.sentence(text)
    claim = claim_before(sent, ar.index(sent, word))
    assert (claim.text if claim else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال المتحدث إن القوات تقدمت، مضيفا أن المعارك مستمرة.", ["القوات تقدمت", "المعارك مستمرة"]),
    ("وقال المتحدث إن القوات تقدمت، وأضاف أن المعارك مستمرة.", ["القوات تقدمت", "المعارك مستمرة"]),
    ("وأوضح المدير أن الخطة جاهزة، لكنه نفى وجود موعد محدد.", ["الخطة جاهزة", "وجود موعد محدد"]),
    ("وأكد سيرومولوتوف أن روسيا ستسلم المعلومات، وفق قوله.", ["روسيا ستسلم المعلومات"]),
    # a direct quote keeps its words whatever follows
    ("وقال المتحدث: «القوات تقدمت، وأضاف الجنود أنهم مستعدون».", ["القوات تقدمت، وأضاف الجنود أنهم مستعدون"]),
    # a cue inside a claim that opens no new report does not cut it
    ("وقال المتحدث إن القوات تقدمت وإن الجيش أكد سيطرته.", ["القوات تقدمت وإن الجيش أكد سيطرته"]),
])
def test_claims_end_at_the_next_report(ar, text, expected):
    sent = ar.sentence(text)
    assert [c.claim.text for c in sentence_reports(ar.context(), sent)] == expected


def test_trimmed_mixed_claim_without_quotes_becomes_indirect(ar):
    """وقال إن "الوضع صعب"، مضيفا أن… keeps its quote (mixed); a quote only after the cut does not."""
    ctx = ar.context()
    sent = ar.sentence('وقال الوزير إن الوضع صعب، مضيفا أن "الحل قريب".')
    kinds = [(c.claim.text, c.kind) for c in sentence_reports(ctx, sent)]
    assert kinds == [("الوضع صعب", "indirect"), ('"الحل قريب"', "mixed")]


def test_trim_claims_leaves_a_claim_with_no_later_report(ar):
    ctx, sent = ar.context(), ar.sentence("وقال الوزير إن الاتفاق جاهز، والتوقيع قريب.")
    found = sentence_reports(ctx, sent)
    assert [c.claim.text for c in found] == ["الاتفاق جاهز، والتوقيع قريب"]
    assert trim_claims(ctx, sent, [(0, found[0])]) == found


def test_a_claim_ends_before_but_and_an_adverbial(ar):
    """…، لكنه في الوقت ذاته يصف…: a new report by the same speaker, after an adverbial."""
    from attribution.backends.rules.sentence import sentence_reports

    got = sentence_reports(ar.context(), ar.sentence("وقال المعارض إن النظام ضعيف، لكنه في الوقت ذاته يصف الثورة بأنها مختطفة."))
    assert [(c.cue.text, c.claim.text) for c in got] == [("قال", "النظام ضعيف"), ("يصف", "بأنها مختطفة")]


@pytest.mark.parametrize("text, claim", [
    # the speaker's next deed, a new verb clause of the same subject, ends the claim
    ("وأعلنت الحكومة الترحيب بالاتفاق، وأصدرت بيانا قالت فيه إنه خطوة صحيحة.", "الترحيب بالاتفاق"),
    ("وجددت الشركة تحذيرها من الرسائل المزيفة؛ كما كررت دعوتها إلى التواصل مع خدمة العملاء.",
     "تحذيرها من الرسائل المزيفة"),
    ("وأكد الأمير أن العيد فرصة للتواصل، كما قدم شكره لراعي البرامج.", "العيد فرصة للتواصل"),
    # not another subject's deed inside the claim, a verb of the other gender, كان or "it became clear"
    ("وأضاف أن المقاومة دحرت الميليشيات، كما أحكمت سيطرتها على المواقع.",
     "المقاومة دحرت الميليشيات، كما أحكمت سيطرتها على المواقع"),
    ("وأشار إلى أن المنفذ لم يسافر، كما اتضح بأنه أقدم على القتل.", "المنفذ لم يسافر، كما اتضح بأنه أقدم على القتل"),
    ("وأشار إلى أن أخاه اتصل بأسرته، وكان اتصالا معتادا.", "أخاه اتصل بأسرته، وكان اتصالا معتادا"),
])
def test_a_claim_ends_before_the_speakers_next_deed(ar, text, claim):
    from attribution.backends.rules.sentence import sentence_reports

    got = sentence_reports(ar.context(), ar.sentence(text))
    assert got[0].claim.text == claim


@pytest.mark.parametrize("text, claims", [
    # a contrastive connector and a report verb with its own subject end the claim before
    ("وأفاد الوزير بأن البلدين اتفقا على التعاون، في حين أوضح نظيره أن الخلافات باقية.",
     ["البلدين اتفقا على التعاون", "الخلافات باقية"]),
    ("وقال المدير إن الموسم ناجح، بينما قال المدرب إن الفريق متعب.", ["الموسم ناجح", "الفريق متعب"]),
    ("وأكد المتحدث أن الطريق مفتوح، فيما أكدت الشرطة أن الحادث خطير.", ["الطريق مفتوح", "الحادث خطير"]),
    # …، لكن + a subject before its report verb
    ("وأكد المدير أن المصنع جاهز، لكن العمال قالوا إن الرواتب متأخرة.", ["المصنع جاهز", "الرواتب متأخرة"]),
    # the main clause after «وبينما قال X إن…»: its verb and subject right after the comma
    ("وبينما قال المدير إن «الموسم ناجح»، أوضح المدرب أن الفريق متعب.", ["«الموسم ناجح»", "الفريق متعب"]),
    # not a homograph verb that reports nothing here, nor the speaker's own verb with no subject
    ("وذكرت الشركة أن أرباحها ارتفعت بنسبة عشرة في المائة، فيما زادت المبيعات بنسبة خمسة في المائة.",
     ["أرباحها ارتفعت بنسبة عشرة في المائة، فيما زادت المبيعات بنسبة خمسة في المائة"]),
    ("وأكد المتحدث أن الطريق مفتوح، فيما أكد أن الحادث خطير.", ["الطريق مفتوح، فيما أكد أن الحادث خطير"]),
])
def test_a_claim_ends_at_a_contrasted_report(ar, text, claims):
    got = sentence_reports(ar.context(), ar.sentence(text))
    assert [c.claim.text for c in got][:len(claims)] == claims


def test_a_cited_verse_stays_in_the_speakers_claim(ar):
    """…، قال رسول الله: "…"، …: the speaker cites a hadith and goes on; the citation does not end his claim."""
    got = sentence_reports(ar.context(), ar.sentence(
        'وأوضح الشيخ أن الأنظمة تحارب الضرر، قال رسول الله صلى الله عليه وسلم: "لا ضرر ولا ضرار"، وقد نصت المادة على ذلك.'))
    assert got[0].claim.text.endswith("وقد نصت المادة على ذلك")


@pytest.mark.parametrize("text, claim", [
    # و and a participle's homograph with no content after it: a conjoined noun of the claim (متابعة "follow-up")
    ("وأضاف أن إشراف المؤسسة على المدارس ومتابعة الأمير الشخصية أحدثت مفهوما جديدا.",
     "إشراف المؤسسة على المدارس ومتابعة الأمير الشخصية أحدثت مفهوما جديدا"),
    # with its content, the next report
    ("وقال المتحدث إن القوات تقدمت ومضيفا أن المعارك مستمرة.", "القوات تقدمت"),
    # a participle whose و is its root's (واصفا) still ends the claim
    ("وقال الزعيم إن الحكومة فشلت، مشبها قراراتها بالتعسفية واصفا القيادات بالضعف.",
     "الحكومة فشلت، مشبها قراراتها بالتعسفية"),
])
def test_a_conjoined_participle_homograph_stays_in_the_claim(ar, text, claim):
    got = sentence_reports(ar.context(), ar.sentence(text))
    assert got[0].claim.text == claim
