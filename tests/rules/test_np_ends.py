"""Where a speaker's noun phrase ends: compound adjectives, a source's affiliation, a participle's
complement, a partitive, a body it belongs to, a kinship after a name, an object after a body's
nisba (attribution.backends.rules.noun_phrase, .content; attribution.speakers.mention)."""
import pytest

from attribution.pipeline import extract_document
from attribution.records import Document
from attribution.speakers.mention import analyse_mention
from attribution.text.morph import disagreeing_nisba, negated_adjective
from attribution.text.normalize import norm_word

# (the words after a verb, the noun phrase they open)
ENDS = [
    # غير and an adjective of the same definiteness: "non-", inside the phrase
    ("مدير الجمعية غير الربحية في المدينة", "مدير الجمعية غير الربحية في المدينة"),
    ("رئيس المنظمة غير الحكومية", "رئيس المنظمة غير الحكومية"),
    ("مصدر غير رسمي", "مصدر غير رسمي"),
    ("ممثل منظمة غير حكومية", "ممثل منظمة غير حكومية"),
    # a participle of being somewhere after a name is a description, no family name
    ("كريم سالم الموجود حاليا في لندن من", "كريم سالم"),
    ("الوزيرة هالة الموجودة في باريس", "الوزيرة هالة"),
    # an indefinite plural of people keeps what it does (its ل-complement) and where: no addressee
    ("منظمون للمعارض الفنية في شركة ألوان عن رضاهم", "منظمون للمعارض الفنية في شركة ألوان"),
    ("متابعون للشأن الرياضي عن قلقهم", "متابعون للشأن الرياضي"),
    # a participle keeps its complement: العاملين في…
    ("عدد من المعلمين العاملين في المدارس الأهلية عن", "عدد من المعلمين العاملين في المدارس الأهلية"),
    # a partitive من after a word of quantity keeps its group
    ("العديد من المزارعين عن قلقهم", "العديد من المزارعين"),
    ("الكثيرون من سكان الحي", "الكثيرون من سكان الحي"),
    # a participle of belonging and the body it belongs to are one modifier of the body
    ("مركز الدراسات الاجتماعية التابع لجامعة القاهرة أن", "مركز الدراسات الاجتماعية التابع لجامعة القاهرة"),
    # after a feminine body and its nisba a masculine nisba is a family name, the object
    ("وزارة الداخلية الكويتية العنزي والمطيري", "وزارة الداخلية الكويتية"),
    ("الحكومة العراقية الجبوري بالفساد", "الحكومة العراقية"),
    # (not: a masculine nisba after a masculine word of the name)
    ("مؤسسة النقد العربي السعودي", "مؤسسة النقد العربي السعودي"),
    # a body's name holds its cause after من أجل; a verbal noun there is the act's purpose
    ("الحملة الدولية من أجل السلام في بيان", "الحملة الدولية من أجل السلام"),
    ("جمعية العمل من أجل لاجئي العراق في تقرير", "جمعية العمل من أجل لاجئي العراق"),
    ("الجبهة من أجل الديمقراطية الشعبية أن", "الجبهة من أجل الديمقراطية الشعبية"),
    ("الحركة من أجل تحرير الأسرى", "الحركة"),
    ("المدير من أجل طمأنة الأهالي", "المدير"),
    # an indefinite document and who made it: a relative clause of making with its pronoun
    ("دراسة أعدها مركز البحوث الزراعية أن", "دراسة أعدها مركز البحوث الزراعية"),
    ("استطلاع أجرته صحيفة محلية على الطلاب", "استطلاع أجرته صحيفة محلية"),
    ("دراسة أجريت مؤخرا", "دراسة"),
    # the seat of a union's body is no part of its name; a body posted in many places keeps it
    ("المفوضية الأوروبية في بروكسل إن", "المفوضية الأوروبية"),
    ("المحكمة الأفريقية ببروكسل", "المحكمة الأفريقية"),
    ("السفارة الأوروبية في القاهرة", "السفارة الأوروبية في القاهرة"),
    ("القوات الدولية في لبنان", "القوات الدولية في لبنان"),
    # a clause glued to the phrase is no part of it: هناك، a negated verb, a relative clause's verb
    # with its resumptive preposition and no relative pronoun; a negation never ends a phrase
    ("الدراسة هناك ثلاثة أسباب للتراجع", "الدراسة"),
    ("المواطن سالم العمري لم نتمكن من الحجز", "المواطن سالم العمري"),
    ("المزارع فهد القرني لن نبيع المحصول", "المزارع فهد القرني"),
    ("الطالب ماجد الحربي لا نعرف موعد الاختبار", "الطالب ماجد الحربي"),
    ("دراسة ميدانية حصلت عليها الصحيفة ارتفاع", "دراسة ميدانية"),
    # (not "from there", nor an unnamed source's clause of anonymity)
    ("الأنباء الواردة من هناك", "الأنباء الواردة من هناك"),
    ("مصدر لم يسمه التلفزيون الرسمي", "مصدر لم يسمه التلفزيون الرسمي"),
    # an adverb of manner (a ḥāl) says how the speaker spoke, not who
    ("المدرب ضاحكا في المؤتمر الصحفي", "المدرب"),
    ("رئيس البلدية عادل الشمري مبتسما", "رئيس البلدية عادل الشمري"),
    ("الطبيبة بهدوء إن", "الطبيبة"),
    ("المعلمة ساخرة من السؤال", "المعلمة"),
    # an abbreviated honorific before a given name opens the name, not the object (after a word
    # that may be a body: الأكاديمية "the academy" or "the academic")
    ("الأكاديمية المتخصصة د. نورة العتيبي إن", "الأكاديمية المتخصصة د. نورة العتيبي"),
    ("الأكاديمية د. هيفاء السالم أن", "الأكاديمية د. هيفاء السالم"),
    ("الأكاديمية خطة جديدة", "الأكاديمية"),
    # what an institution named after a person is for follows its name: no addressee
    ("مدير مركز الأمير سلطان للعلوم والتقنية الدكتور خالد العمر", "مدير مركز الأمير سلطان للعلوم والتقنية الدكتور خالد العمر"),
    ("مدير مستشفى الملك خالد للعيون الدكتور سعد الغامدي", "مدير مستشفى الملك خالد للعيون الدكتور سعد الغامدي"),
    # في after a bare definite body: an indefinite common noun is how or where it spoke, a place or
    # a body its affiliation
    ("الوكالة في معلومات لا يمكن التأكد منها", "الوكالة"),
    ("العمادة في استقبال طلبات الالتحاق", "العمادة"),
    ("المنظمة في واحد من سلسلة من التقارير", "المنظمة"),
    ("الشرطة في منطقة ريتشموند أن", "الشرطة في منطقة ريتشموند"),
    ("الشرطة في لندن أن", "الشرطة في لندن"),
    # a body's bare head (with or without ل) in construct takes its genitive: no object starts there
    ("التقرير الشهري لإدارة معلومات الطاقة الأمريكية إلى أن", "التقرير الشهري لإدارة معلومات الطاقة الأمريكية"),
    ("الباحثون من جامعة كورتين إن", "الباحثون من جامعة كورتين"),
    # (a head whose own first letter is ل: لجنة)
    ("هادي إليامي رئيس لجنة حقوق الإنسان العربية في بيان", "هادي إليامي رئيس لجنة حقوق الإنسان العربية"),
]


@pytest.mark.parametrize("words, expected", ENDS)
def test_np_end(ar, words, expected):
    assert ar.noun_phrase(words) == expected


# (sentence, the cue, (speaker mention, resolved speaker name, claim))
REPORTS = [
    ("وقالت مديرة البرامج في المؤسسة غير الربحية، سارة المالكي، إن الدعم تراجع.", "قالت",
     ("مديرة البرامج في المؤسسة غير الربحية، سارة المالكي", "سارة المالكي", "الدعم تراجع")),
    # a ب-phrase after an unnamed source is where it belongs; the content is بأن…
    ("وأفاد مصدر بالمعارضة بأن المفاوضات توقفت.", "أفاد",
     ("مصدر بالمعارضة", "مصدر بالمعارضة", "المفاوضات توقفت")),
    ("وأفاد مسؤول بالبلدية بأن الطريق سيفتح غدا.", "أفاد",
     ("مسؤول بالبلدية", "مسؤول بالبلدية", "الطريق سيفتح غدا")),
    # (a ب-content after a source: no body, no complementizer after it)
    ("وأقر مسؤول بالتقصير في متابعة المشروع.", "أقر", ("مسؤول", "مسؤول", "بالتقصير في متابعة المشروع")),
    # an unnamed description keeps its whole description
    ("وأعرب عدد من المعلمين العاملين في المدارس الأهلية عن قلقهم من القرار.", "أعرب",
     ("عدد من المعلمين العاملين في المدارس الأهلية", "عدد من المعلمين العاملين في المدارس الأهلية",
      "قلقهم من القرار")),
    ("ويقول الكثيرون من سكان الحي إن المياه مقطوعة منذ أسبوع.", "يقول",
     ("الكثيرون من سكان الحي", "الكثيرون من سكان الحي", "المياه مقطوعة منذ أسبوع")),
    ("وقال العديد من المزارعين إن المحصول تضرر.", "قال",
     ("العديد من المزارعين", "العديد من المزارعين", "المحصول تضرر")),
    # the body it belongs to: the name ends before التابع; the verb's frame comes after it
    ("وقال مركز الدراسات الاجتماعية التابع لجامعة القاهرة إن الظاهرة تتسع.", "قال",
     ("مركز الدراسات الاجتماعية التابع لجامعة القاهرة", "مركز الدراسات الاجتماعية", "الظاهرة تتسع")),
    ("ودعا المركز التابع للجامعة إلى دراسة الظاهرة.", "دعا", ("المركز", "المركز", "دراسة الظاهرة")),
    # a kinship after a whole name is his role
    ('أما الخال "سعيد القرني" خال "فهد"، فيقول إن الحادث وقع ليلا.', "يقول",
     ('الخال "سعيد القرني" خال "فهد"', "سعيد القرني", "الحادث وقع ليلا")),
    # a restrictive relative after "one of / some of" a group is part of the description
    ("وروى أحد الجيران التي سكنت قرب المصنع أن الدخان كان كثيفا.", "روى",
     ("أحد الجيران التي سكنت قرب المصنع", "أحد الجيران التي سكنت قرب المصنع", "الدخان كان كثيفا")),
    ("وقالت إحدى الطالبات التي شاركت في المسابقة إن الأسئلة كانت صعبة.", "قالت",
     ("إحدى الطالبات التي شاركت في المسابقة", "إحدى الطالبات التي شاركت في المسابقة", "الأسئلة كانت صعبة")),
    ("وأوضح معظم التجار الذين حضروا المزاد أن الأسعار ارتفعت.", "أوضح",
     ("معظم التجار الذين حضروا المزاد", "معظم التجار الذين حضروا المزاد", "الأسعار ارتفعت")),
    # (a relative after a body's name or a definite role is no part of it)
    ("وقالت مجموعة الإنقاذ التي تأسست في عمان إن المساعدات وصلت.", "قالت",
     ("مجموعة الإنقاذ", "مجموعة الإنقاذ", "المساعدات وصلت")),
    # the same sources are the sources named before; «one of» a group; a place after a role's body
    ("وقالت مصادر مطلعة في الوزارة إن الموعد تأجل. وأضافت ذات المصادر أن الوزير سيحضر.", "أضافت",
     ("المصادر", "مصادر مطلعة في الوزارة", "الوزير سيحضر")),
    ("وقالت واحدة من الحاضرات إن الأمسية كانت جميلة.", "قالت",
     ("واحدة من الحاضرات", "واحدة من الحاضرات", "الأمسية كانت جميلة")),
    ("وقال المتحدث الرسمي للدفاع المدني بالجوف، سالم العنزي، إن الحريق أخمد.", "قال",
     ("المتحدث الرسمي للدفاع المدني بالجوف، سالم العنزي", "سالم العنزي", "الحريق أخمد")),
    ("وأكدت مصممة المجوهرات الشهيرة سلمى الحربي أن المعرض نجح.", "أكدت",
     ("مصممة المجوهرات الشهيرة سلمى الحربي", "سلمى الحربي", "المعرض نجح")),
    # a name, then an indefinite role noun in construct: the name and his role
    ("وأكد ماجد الشهري مهاجم النادي الأهلي أن الفريق جاهز.", "أكد",
     ("ماجد الشهري مهاجم النادي الأهلي", "ماجد الشهري", "الفريق جاهز")),
    # a name and his role in apposition may run past eight words
    ("وقال المنسق العام للمعرض، الدكتور سامي بن عبد الله الحربي عضو مجلس إدارة الجمعية، إن الزوار كثر.", "قال",
     ("المنسق العام للمعرض، الدكتور سامي بن عبد الله الحربي عضو مجلس إدارة الجمعية", "سامي بن عبد الله الحربي",
      "الزوار كثر")),
    # a body's name ends at its nisba; the family names after it are the object
    ("واتهمت وزارة الداخلية الكويتية العنزي والمطيري بتهريب الأسلحة.", "اتهمت",
     ("وزارة الداخلية الكويتية", "وزارة الداخلية الكويتية", "بتهريب الأسلحة")),
    # a ḥāl after the subject is how he spoke; a sentence-final quote after adverbials is the claim
    ("وقال المهندس خالد العتيبي مازحا في بداية الجولة «هذا الجسر له قصة».", "قال",
     ("المهندس خالد العتيبي", "خالد العتيبي", "هذا الجسر له قصة")),
    ("وأجابت الطالبة مبتسمة: «سأعود العام المقبل».", "أجابت", ("الطالبة", "الطالبة", "سأعود العام المقبل")),
    # a document's body named after ل keeps its own bare name (not an object opening after a definite word)
    ("وذكرت النشرة الشهرية لمنظمة أوبك أن الطلب سيرتفع.", "ذكرت",
     ("النشرة الشهرية لمنظمة أوبك", "النشرة الشهرية لمنظمة أوبك", "الطلب سيرتفع")),
    ("وأوضح التقرير السنوي لشركة أرامكو أن الإنتاج زاد.", "أوضح",
     ("التقرير السنوي لشركة أرامكو", "التقرير السنوي لشركة أرامكو", "الإنتاج زاد")),
]


@pytest.mark.parametrize("text, cue, expected", REPORTS)
def test_the_speaker_phrase(text, cue, expected):
    records = [r for r in extract_document(Document(doc_id="t", text=text), backend="rules")
               if norm_word(r.cue.text).endswith(norm_word(cue))]
    assert len(records) == 1
    r = records[0]
    assert (r.speaker.text if r.speaker else None, r.speaker_name, r.claim.text) == expected


# (mention, name, role)
MENTIONS = [
    ("مدير الجمعية غير الربحية", None, "مدير الجمعية غير الربحية"),
    ("مركز الدراسات التابع لجامعة القاهرة", "مركز الدراسات", None),
    ("اللجنة المنبثقة عن المؤتمر الوطني", "اللجنة", None),
    ("سعيد القرني خال فهد", "سعيد القرني", None),
    ("هدى الزهراني والدة الطالبة", "هدى الزهراني", None),
    ("أحد الموظفين في مؤسسة الكهرباء", "أحد الموظفين في مؤسسة الكهرباء", None),
    # (a kinship inside a Dutch name: van)
    ("المدرب لويس فان خال", "لويس فان خال", "المدرب"),
    # a pair of media, portfolios or nisbas inside a body's genitive is one name, no second speaker
    ("اتحاد الإذاعة والتلفزيون الكويتي", "اتحاد الإذاعة والتلفزيون الكويتي", None),
    ("مؤسسة الإذاعة والتلفزيون", "مؤسسة الإذاعة والتلفزيون", None),
    ("المدير العام للمعهد الزراعي والصناعي سامي الحربي", "سامي الحربي", "المدير العام للمعهد الزراعي والصناعي"),
    # (two speakers: a body after a portfolio, a title after a role)
    ("وزارة الدفاع والجيش", "وزارة الدفاع", None),
    ("الأمين العام والمتحدث الرسمي", None, "الأمين العام"),
    # a role in construct with a body after the name is his second role, not his name's
    ("المستشار ماجد الحربي رئيس محكمة الاستئناف", "ماجد الحربي", "المستشار، رئيس محكمة الاستئناف"),
    ("الخبير المالي سامي العتيبي مدير مجموعة الأفق", "سامي العتيبي", "الخبير المالي، مدير مجموعة الأفق"),
    ("اللاعب الدولي ماجد الشهري مهاجم النادي الأهلي", "ماجد الشهري", "اللاعب الدولي، مهاجم النادي الأهلي"),
    # (a family name in ة after the given name, no adjective of a body)
    ("الكاتب السعودي خالد الشبانة مدير التحرير", "خالد الشبانة", "الكاتب السعودي، مدير التحرير"),
]


@pytest.mark.parametrize("mention, name, role", MENTIONS)
def test_mention_ends(mention, name, role):
    info = analyse_mention(mention)
    assert (info.name, info.role if role is not None else None) == (name, role)


@pytest.mark.parametrize("prev, ghair, nxt, expected", [
    ("الهيئة", "غير", "الربحية", True), ("هيئة", "غير", "ربحية", True),
    ("الوزير", "غير", "الوزير", False), ("أحد", "غير", "الوزير", False), ("الوزير", "غير", "مرة", False),
])
def test_negated_adjective(prev, ghair, nxt, expected):
    assert negated_adjective(norm_word(prev), ghair, norm_word(nxt)) is expected


@pytest.mark.parametrize("head, prev, w, expected", [
    ("وزارة", "الأميركية", "الكواري", True), ("الحكومة", "اليمنية", "الحوثي", True),
    ("مؤسسة", "العربي", "السعودي", False), ("مجلس", "الوزراء", "الكويتي", False),
    ("وزارة", "الشؤون", "الاجتماعية", False),
])
def test_disagreeing_nisba(head, prev, w, expected):
    assert disagreeing_nisba(norm_word(head), norm_word(prev), norm_word(w)) is expected


# (sentences of a document, the speaker name of the record whose cue is given)
INDEXED = [
    # a name particle takes the word after it, whatever verb it looks like
    ("وطالب المستشار في الأمن الأسري بجامعة الملك سعود سامي أبو طالب بحماية الأطفال، مؤكدا أن الوعي يبدأ من البيت.",
     "مؤكدا", "سامي أبو طالب"),
    # a verb of saying opening a sentence is no given name, its subject after it is the name
    ("عين اليوم – الرياض\nوعد نادر الشهري الجماهير بفوز قريب. وقال الشهري إن الفريق جاهز.", "قال", "نادر الشهري"),
]


@pytest.mark.parametrize("text, cue, name", INDEXED)
def test_indexed_names(text, cue, name):
    records = [r for r in extract_document(Document(doc_id="t", text=text), backend="rules")
               if norm_word(r.cue.text).endswith(norm_word(cue))]
    assert [r.speaker_name for r in records] == [name]


# (words after a verb, a word the document learns as a name, the phrase before and after it is known)
LEARNED = [
    ("رئيس الجامعة منسوبي الجامعة", "منسوبي", "رئيس الجامعة", "رئيس الجامعة منسوبي"),
    ("المحافظ سكان المدينة", "سكان", "المحافظ", "المحافظ سكان المدينة"),
    # (a word that changes nothing: the same phrase either way)
    ("وزارة الداخلية الكويتية العنزي والمطيري", "العنزي", "وزارة الداخلية الكويتية", "وزارة الداخلية الكويتية"),
]


@pytest.mark.parametrize("words,name,before,after", LEARNED)
def test_np_end_asked_again_reads_what_the_document_learned(ar, words, name, before, after):
    # np_end keeps its answers for the document: one asked again after a name is learned is read anew
    from attribution.backends.rules.noun_phrase import np_end

    sent, ctx = ar.sentence(words), ar.context()
    assert ar.text(sent, sent.toks[:np_end(ctx, sent.toks)]) == before
    assert np_end(ctx, sent.toks) == np_end(ar.context(), sent.toks)  # (asked twice: the same answer)
    ctx.known.add(norm_word(name))
    assert ar.text(sent, sent.toks[:np_end(ctx, sent.toks)]) == after
