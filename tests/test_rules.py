"""The rules engine, case by case, on news-style Arabic sentences written for these tests.

Each case: the article text, then the expected records in order as
(cue, speaker_name, claim start, kind); a speaker of None means unattributed.
"""
import pytest

from attribution import extract_text

CASES = {
    # a sentence that reported nothing hands its subject to a report opening the next one, also
    # when the article names that person by surname alone there (the index knows the full name)
    "antecedent_by_surname": (
        "وقال وزير الدفاع الأمريكي آشتون كارتر إن التدريب مستمر. وأكد السفير أن الموعد قريب. "
        "وزار كارتر قاعدة عسكرية. وقال إن الأداء جيد.",
        [("قال", "آشتون كارتر", "التدريب مستمر", "indirect"), ("أكد", "السفير", "الموعد قريب", "indirect"),
         ("قال", "آشتون كارتر", "الأداء جيد", "indirect")]),
    "vso_inna": (
        "وقال وزير المالية محمد الجدعان إن الميزانية ستحقق فائضا هذا العام.",
        [("قال", "محمد الجدعان", "الميزانية ستحقق", "indirect")]),
    "vso_apposition_adverbials": (
        "وأكد نائب وزير الخارجية، أوليغ سيرومولوتوف، في تصريح صحفي، اليوم، أن المحادثات مستمرة.",
        [("أكد", "أوليغ سيرومولوتوف", "المحادثات مستمرة", "indirect")]),
    "relative_clause_excluded": (
        "وأضاف الوزير خالد الفالح، الذي عمل سابقا في أرامكو، أن الاستثمارات ستتضاعف.",
        [("أضاف", "خالد الفالح", "الاستثمارات ستتضاعف", "indirect")]),
    "svo_kana": (
        "وكانت لجنة الانتخابات المركزية، أكدت في وقت سابق، أن النتائج ستعلن الأحد.",
        [("أكدت", "لجنة الانتخابات المركزية", "النتائج ستعلن", "indirect")]),
    "svo_bare": (
        "الوزارة أكدت أن المدارس ستفتح أبوابها في موعدها.",
        [("أكدت", "الوزارة", "المدارس ستفتح", "indirect")]),
    "implicit_gender": (
        "قالت وزيرة الصحة هند السبيعي إن الحملة بدأت. وقال مدير المستشفى سامي العلي إن الأسرة متوفرة. "
        "وأضافت أن اللقاح مجاني.",
        [("قالت", "هند السبيعي", "الحملة بدأت", "indirect"),
         ("قال", "سامي العلي", "الأسرة متوفرة", "indirect"),
         ("أضافت", "هند السبيعي", "اللقاح مجاني", "indirect")]),
    "implicit_plural": (
        "وقال المحتجون إن مطالبهم مشروعة. وأضافوا أن الاعتصام سيستمر.",
        [("قال", "المحتجون", "مطالبهم مشروعة", "indirect"),
         ("أضافوا", "المحتجون", "الاعتصام سيستمر", "indirect")]),
    "organisation_feminine": (
        "أعلنت وزارة الداخلية أن الطرق مغلقة. وأوضحت أن الإغلاق مؤقت.",
        [("أعلنت", "وزارة الداخلية", "الطرق مغلقة", "indirect"),
         ("أوضحت", "وزارة الداخلية", "الإغلاق مؤقت", "indirect")]),
    "participle_continues_the_report": (  # two records by default; --participles fold: one
        "وقال المتحدث باسم الجيش إن القوات تقدمت، مضيفا أن المعارك مستمرة.",
        [("قال", "المتحدث باسم الجيش", "القوات تقدمت", "indirect"),
         ("مضيفا", "المتحدث باسم الجيش", "المعارك مستمرة", "indirect")]),
    "prep_frame": (
        "وأشار الخبير الاقتصادي فهد الراشد إلى أن التضخم تراجع.",
        [("أشار", "فهد الراشد", "التضخم تراجع", "indirect")]),
    "colon_direct": (
        'وقال رئيس النادي: "سنعود أقوى في الموسم المقبل".',
        [("قال", "رئيس النادي", "سنعود أقوى في الموسم المقبل", "direct")]),
    "guillemets_direct": (
        "وقالت الناشطة سلمى يوسف: «لن نصمت بعد اليوم».",
        [("قالت", "سلمى يوسف", "لن نصمت بعد اليوم", "direct")]),
    "curly_direct": (
        "قال المدرب: “اللاعبون قدموا كل ما لديهم”.",
        [("قال", "المدرب", "اللاعبون قدموا كل ما لديهم", "direct")]),
    "quote_first": (
        "«الأسعار ستنخفض قريبا»، قال وزير التجارة ماجد القصبي.",
        [("قال", "ماجد القصبي", "الأسعار ستنخفض قريبا", "direct")]),
    "mixed": (
        'وأكد الوزير أن بلاده "لن تقبل الإملاءات" من أي طرف.',
        [("أكد", "الوزير", "بلاده \"لن تقبل الإملاءات\" من أي طرف", "mixed")]),
    "according_to_after": (
        "ارتفعت صادرات النفط بنسبة عشرة في المئة، بحسب وكالة رويترز.",
        [("بحسب", "رويترز", "ارتفعت صادرات النفط", "according_to")]),
    "according_to_before": (
        "ووفقا للبيان، فإن الاجتماع سيعقد في الرياض.",
        [("وفقا", "البيان", "الاجتماع سيعقد", "according_to")]),
    "according_to_ma_verb": (
        "وتوقف العمل في الميناء، حسب ما أعلنت إدارة الميناء.",
        [("حسب ما أعلنت", "إدارة الميناء", "وتوقف العمل", "according_to")]),
    "naqlan_an": (
        "وسقط ثلاثة قتلى في الاشتباكات، نقلا عن مصادر طبية.",
        [("نقلا عن", "مصادر طبية", "وسقط ثلاثة قتلى", "according_to")]),
    "trailing_bihasab_qawlihi_merges": (
        "وأكد سيرومولوتوف أن روسيا ستسلم المعلومات للولايات المتحدة، وفق قوله.",
        [("أكد", "سيرومولوتوف", "روسيا ستسلم المعلومات للولايات المتحدة", "indirect")]),
    "unattributed_yushar": (
        "يشار إلى أن المشروع بدأ قبل عامين.",
        [("يشار", None, "المشروع بدأ قبل عامين", "unattributed")]),
    "document_speaker": (
        "وكشفت دراسة حديثة أن نصف السكان يعانون من نقص فيتامين د.",
        [("كشفت", "دراسة حديثة", "نصف السكان", "indirect")]),
    "newspaper_speaker": (
        'ونقلت صحيفة "تشرين" السورية أن الحكومة ستخفض الأسعار.',
        [("نقلت", "تشرين", "الحكومة ستخفض", "indirect")]),
    "group_speaker": (
        "وقال مسؤولون أمريكيون إن الزيارة ستتم الشهر المقبل.",
        [("قال", "مسؤولون أمريكيون", "الزيارة ستتم", "indirect")]),
    "surname_to_full_name": (
        "وقال وزير الطاقة الأمير عبدالعزيز بن سلمان إن السوق متوازنة. وأوضح بن سلمان أن الإنتاج مستقر.",
        [("قال", "عبدالعزيز بن سلمان", "السوق متوازنة", "indirect"),
         ("أوضح", "عبدالعزيز بن سلمان", "الإنتاج مستقر", "indirect")]),
    "description_to_name": (
        "وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر. وأكد المسؤول الروسي أن بلاده منفتحة.",
        [("قال", "سيرغي لافروف", "الحوار مستمر", "indirect"),
         ("أكد", "سيرغي لافروف", "بلاده منفتحة", "indirect")]),
    "imperfect_and_clitics": (
        "ويقول الباحث سالم الحربي إن النتائج مشجعة. فأكد زميله أن التجربة ستتكرر.",
        [("يقول", "سالم الحربي", "النتائج مشجعة", "indirect"),
         ("أكد", "زميله", "التجربة ستتكرر", "indirect")]),
    "diacritics_and_tatweel": (
        "وقـــالَ المتحدّثُ إنّ الوضعَ مستقرٌّ.",
        [("قـــالَ", "المتحدّثُ", "الوضعَ مستقرٌّ", "indirect")]),
    "object_content": (
        "ونفت الوزارة الاتهامات الموجهة إليها.",
        [("نفت", "الوزارة", "الاتهامات الموجهة إليها", "indirect")]),
    "but_he_denied": (
        "وأوضح المدير أن الخطة جاهزة، لكنه نفى وجود موعد محدد للتنفيذ.",
        [("أوضح", "المدير", "الخطة جاهزة", "indirect"),
         ("نفى", "المدير", "وجود موعد محدد للتنفيذ", "indirect")]),
}

NEGATIVES = {
    "kashf_al_ghita": "وكشف الغطاء عن لوحة تذكارية في افتتاح المعرض.",
    "hasab_al_mawsim": "وتتفاوت الأسعار حسب الموسم والطلب.",
    "wifq_al_qanun": "وتعمل الشركات وفق القانون المعمول به في المملكة.",
    "dhakara_mention": "وذكر اسمه في قائمة المرشحين للجائزة.",
    "bayna_between": "وقع الاتفاق بين البلدين في العاصمة بعد أن اجتمع الوفدان.",
    "ala_hadd_sawa": "ويستفيد منه الرجال والنساء على حد سواء.",
    "city_not_participle": "وافتتح المعرض في مدينة جدة أمس.",
    "interviewer_question": "ماذا تعتقد أن يحدث بعد الانتخابات؟",
    "elative_not_verb": "ومن أبرز نقاط البرنامج تطوير التعليم وتحسين الخدمات.",
    "warada_appeared": "والتزمت الشركات بما ورد في الضوابط المعلنة.",
    "is_considered": "ويعتبر المسجد من أقدم المساجد في المنطقة.",
    "quoted_title": 'وعرضت القناة فيلما بعنوان "قال لي المساعد" مساء أمس.',
}


@pytest.mark.parametrize("name", CASES)
def test_case(name):
    text, expected = CASES[name]
    recs = extract_text(text, name)
    got = [(r.cue.text, r.speaker_name, r.claim.text if r.claim else None, r.kind) for r in recs]
    assert len(got) == len(expected), got
    for (cue, speaker, claim, kind), exp in zip(got, expected):
        assert (cue, speaker, kind) == (exp[0], exp[1], exp[3]), got
        assert claim.startswith(exp[2]), got


@pytest.mark.parametrize("name", NEGATIVES)
def test_negative(name):
    assert extract_text(NEGATIVES[name], name) == []


@pytest.mark.parametrize("name", CASES)
def test_spans_slice_the_text(name):
    text, _ = CASES[name]
    for r in extract_text(text, name):
        for span in (r.cue, r.speaker, r.claim):
            if span is not None:
                assert text[span.start:span.end] == span.text


MORE_CASES = {
    "negated_is_no_report": ("ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.", []),
    "unveiling_is_no_report": ("وكشفت الشركة النقاب عن طراز جديد من سياراتها الكهربائية.", []),
    "participle_not_subject": (
        'وقال وزير الداخلية إن الأمن مستتب. واستطرد قائلا: "لن نسمح بالفوضى".',
        [("قال", "وزير الداخلية", "الأمن مستتب", "indirect"),
         ("استطرد", "وزير الداخلية", "لن نسمح بالفوضى", "direct")]),
    "honorific_pronoun": (
        "وقال أمير المنطقة الأمير فيصل بن بندر إن المشاريع ستنجز. وأكد سموه أن الدعم مستمر.",
        [("قال", "فيصل بن بندر", "المشاريع ستنجز", "indirect"),
         ("أكد", "فيصل بن بندر", "الدعم مستمر", "indirect")]),
    # a style of address or a title right after a participle is its subject, as news style writes it
    "participle_with_its_style": (
        "واطلع أمير المنطقة الأمير فيصل بن بندر على أجنحة المعرض أمس، مشيراً سموه إلى أن الدعم مستمر.",
        [("مشيراً", "فيصل بن بندر", "الدعم مستمر", "indirect")]),
    "participle_with_its_title": (
        "وجرى خلال الاستقبال بحث الأوضاع في المنطقة، مؤكداً وزير الدفاع الأمريكي أن بلاده تدعم الاستقرار.",
        [("مؤكداً", "وزير الدفاع الأمريكي", "بلاده تدعم الاستقرار", "indirect")]),
    "participle_with_its_addressee": (
        "وافتتح الوزير خالد العلي المعرض، داعيا الوزير الزائر إلى التعاون.",
        [("داعيا", "خالد العلي", "التعاون", "indirect")]),
    # «سبق لـX أن قال» "X had said before": the ل-phrase is the speaker (a pronoun is left to its antecedent)
    "had_said_before": (
        "وسبق لوزير الخارجية أن أكد أن الحوار هو الحل.",
        [("أكد", "وزير الخارجية", "الحوار هو الحل", "indirect")]),
    "had_said_before_body": (
        'وسبق لصحيفة "الأنباء" وأن كشفت أن الصفقة تمت.',
        [("كشفت", "الأنباء", "الصفقة تمت", "indirect")]),
    # the sender of a cable is the subject of «بعث», however long his style (a royal one here)
    "long_style_sender": (
        "كما بعث نائب رئيس الدولة رئيس مجلس الوزراء صاحب السمو الشيخ سعيد بن زايد بن سلطان آل نهيان برقية مماثلة للرئيس أعرب فيها عن أطيب التمنيات.",
        [("أعرب", "سعيد بن زايد بن سلطان آل نهيان", "أطيب التمنيات", "indirect")]),
    # "some (people)" and a nisba's plural are speakers after a verb of opinion too
    "some_people_believe": (
        "ويعتقد البعض أن الأسعار سترتفع.", [("يعتقد", "البعض", "الأسعار سترتفع", "indirect")]),
    "a_people_sees": (
        "ويرى الأردنيون أن الحوار ضروري.", [("يرى", "الأردنيون", "الحوار ضروري", "indirect")]),
    # a name, then its role between commas, then the verb: the role may be a long description
    "name_long_role_verb": (
        "وتشير الإحصاءات إلى أن المبيعات تنمو. سارة خالد، مديرة معرض الفن الحديث المخصص للرسامين الناشئين"
        " Young Art/NY في دار معارض الخليج، تؤكد أن الإقبال كبير.",
        [("تشير", "الإحصاءات", "المبيعات تنمو", "indirect"), ("تؤكد", "سارة خالد", "الإقبال كبير", "indirect")]),
    "relative_clause_cue": (
        "والتقى الوفد رئيس اللجنة فهد القحيز الذي أكد أن اللوائح ستعدل.",
        [("أكد", "فهد القحيز", "اللوائح ستعدل", "indirect")]),
    "addressee_not_subject": (
        "وقال لرويترز إن الاتفاق بات قريبا.",
        [("قال", None, "الاتفاق بات قريبا", "indirect")]),
    "partitive_group": (
        "وقال عدد من المسؤولين إن الوضع مستقر.",
        [("قال", "عدد من المسؤولين", "الوضع مستقر", "indirect")]),
    "affiliation_and_name": (
        "وقالت الباحثة في المعهد الوطني للبحوث سلوى بن عمر إن الحل في الزراعة الذكية.",
        [("قالت", "سلوى بن عمر", "الحل في الزراعة", "indirect")]),
    "fronted_subject_amma": (
        "أما النائب حمد العازمي فقد دعا الحكومة إلى إنشاء جهاز مستقل.",
        [("دعا", "حمد العازمي", "إنشاء جهاز مستقل", "indirect")]),
    "surname_that_is_a_noun": (  # خطاب "speech" is a document noun, and here a family name
        "وقال رئيس الشركة القابضة مختار خطاب إن البرنامج مستمر. ونفى خطاب وجود أي تأثيرات سلبية للطرح.",
        [("قال", "مختار خطاب", "البرنامج مستمر", "indirect"),
         ("نفى", "مختار خطاب", "وجود أي تأثيرات", "indirect")]),
    "known_name_then_object": (
        "وقال عبد الحليم خدام إن سوريا لا تخشى التهديدات. واعتبر خدام تهديدات يعلون جزءا من حرب نفسية.",
        [("قال", "عبد الحليم خدام", "سوريا لا تخشى", "indirect"),
         ("اعتبر", "عبد الحليم خدام", "تهديدات يعلون جزءا", "indirect")]),
    "new_name_then_quantified_object": (
        "ونفى أحمد زكي أي علاقة له بالحادث.",
        [("نفى", "أحمد زكي", "أي علاقة له", "indirect")]),
    "spokesman_on_behalf_then_object": (
        "ونفى المتحدث باسم الوزارة عدم وجود خطط للتطوير.",
        [("نفى", "المتحدث باسم الوزارة", "عدم وجود خطط", "indirect")]),
    "subordinate_clause_after_subject": (
        "وقال الوزير فيما كان يغادر القاعة إن الاتفاق قريب.",
        [("قال", "الوزير", "الاتفاق قريب", "indirect")]),
    "when_clause_after_name": (
        "وقال سوتومايور عندما تلقى نبأ تخفيف العقوبة إنه سعيد جدا.",
        [("قال", "سوتومايور", "إنه سعيد", "indirect")]),
    "issued_by": (
        # (the report speaks for its issuer: the guide's "statement → its issuer")
        "وأكد تقرير صادر عن البنك المركزي اليوم أن النمو تراجع.",
        [("أكد", "البنك المركزي", "النمو تراجع", "indirect")]),
    "consider_small_clause": (
        "واعتبر الوزير القرار خطوة مهمة نحو الاستقرار.",
        [("اعتبر", "الوزير", "القرار خطوة مهمة", "indirect")]),
    "expect_object": (
        "وتوقع الخبير الاقتصادي ارتفاع الأسعار خلال الصيف.",
        [("توقع", "الخبير الاقتصادي", "ارتفاع الأسعار", "indirect")]),
    "addressee_before_subject": (
        'وقال لـ"الاقتصادية" الدكتور عبدالله المغلوث إن السوق تتحسن.',
        [("قال", "عبدالله المغلوث", "السوق تتحسن", "indirect")]),
    "pronoun_addressee_before_subject": (
        "وقال لنا المتحدث باسم الجيش إن الوضع هادئ.",
        [("قال", "المتحدث باسم الجيش", "الوضع هادئ", "indirect")]),
    "agency_addressee_then_svo_subject": (  # the agency's name is not a subject after the verb
        "غير أن رئيسة المجموعة كيتي كيلي أوضحت لوكالة فرانس برس أن العضو السادس سينضم لاحقا.",
        [("أوضحت", "كيتي كيلي", "العضو السادس", "indirect")]),
    "honorific_name_role_then_object": (
        "ونفى الدكتور يوسف بطرس غالي وزير التجارة الخارجية وجود أزمة في الصادرات.",
        [("نفى", "يوسف بطرس غالي", "وجود أزمة", "indirect")]),
    "role_of_a_place_without_article": (
        "وأشار محافظ بنك إنجلترا مارك كارني إلى أن التضخم سيرتفع.",
        [("أشار", "مارك كارني", "التضخم سيرتفع", "indirect")]),
    "name_particle_then_media_word": (  # فارس is a news agency, and here a name after ابن
        "وقال ابن فارس رحمه الله تعالى إن المفراح نقيض المحزان.",
        [("قال", "ابن فارس", "المفراح نقيض", "indirect")]),
    "god_is_not_a_surname": (
        'وقال ابن فارس رحمه الله تعالى إن المفراح نقيض المحزان. قال الله تعالى: "إن الله لا يحب الفرحين".',
        [("قال", "ابن فارس", "المفراح نقيض", "indirect"),
         ("قال", "الله", "إن الله لا يحب", "direct")]),
    "wa_radda_replied": (
        "ورد الوزير بأن المشروع سيفتتح في الربيع.",
        [("رد", "الوزير", "المشروع سيفتتح", "indirect")]),
}

CASES.update(MORE_CASES)


def test_relayed_speech_names_the_source_and_the_relay():
    """نقلت الوكالة عن الرئيس قوله إن…: the president speaks; the agency is recorded as ``via``."""
    (r,) = extract_text('نقلت وكالة "تاس" عن الرئيس فلاديمير بوتين قوله إن بلاده مستعدة للحوار.')
    assert (r.speaker_name, r.via, r.claim.text) == ("فلاديمير بوتين", "وكالة تاس", "بلاده مستعدة للحوار")


@pytest.mark.parametrize("mode, expected", [
    ("separate", [("قال", "القوات تقدمت"), ("مضيفا", "المعارك مستمرة"), ("مؤكدا", "الصناعة تنمو")]),
    ("fold", [("قال", "القوات تقدمت، مضيفا أن المعارك مستمرة"), ("مؤكدا", "الصناعة تنمو")]),
    ("off", [("قال", "القوات تقدمت، مضيفا أن المعارك مستمرة")]),
])
def test_participle_modes(mode, expected):
    """A participle continuing a report is a record of its own (separate, the default) or runs on
    in that report's claim (fold, off); a lone one (وافتتح الوزير المعرض، مؤكدا…) is a record
    with separate and fold, taking the subject of its sentence's verb."""
    text = "وقال المتحدث باسم الجيش إن القوات تقدمت، مضيفا أن المعارك مستمرة. وافتتح الوزير المعرض، مؤكدا أن الصناعة تنمو."
    recs = extract_text(text, participles=mode)
    assert [(r.cue.text, r.claim.text) for r in recs] == expected
    if mode == "separate":
        assert extract_text(text) == recs  # the default
    if mode != "off":
        assert recs[-1].speaker_name == "الوزير"


def test_report_continuing_a_sentence_takes_its_subject():
    """واستقبل الوزير الوفد، وأكد أن…: the minister, not the previous speaker, affirms."""
    recs = extract_text("وقال المدير إن العمل مستمر. واستقبل الوزير الوفد الزائر، وأكد أن العلاقات متينة.")
    assert [(r.cue.text, r.speaker_name) for r in recs] == [("قال", "المدير"), ("أكد", "الوزير")]


def test_implicit_subject_continues_the_sentence_before():
    """التقى الوزير فيصل بن فرحان نظيره. وأكد أن…: the minister, subject of the sentence before,
    not the last speaker; only a clear subject (a named person, an organisation, a definite role) takes over."""
    recs = extract_text("وقال المدير إن العمل مستمر. والتقى وزير الخارجية فيصل بن فرحان نظيره الروسي أمس. "
                        "وأكد أن العلاقات متينة.")
    assert [(r.cue.text, r.speaker_name) for r in recs] == [("قال", "المدير"), ("أكد", "فيصل بن فرحان")]
    recs = extract_text("وقال المدير إن العمل مستمر. وأصدرت وزارة الصحة تعميما جديدا. وأكدت أن اللقاح آمن.")
    assert [r.speaker_name for r in recs] == ["المدير", "وزارة الصحة"]
    recs = extract_text("وقال المدير إن العمل مستمر. والتقى الوزير نظيره الروسي أمس. وأكد أن العلاقات متينة.")
    assert [r.speaker_name for r in recs] == ["المدير", "الوزير"]  # a definite role takes over too
    recs = extract_text("وقال المدير إن العمل مستمر. والتقى نظيره الروسي أمس. وأكد أن العلاقات متينة.")
    assert [r.speaker_name for r in recs] == ["المدير", "المدير"]  # (not a possessive's: نظيره is someone's)
    # a feminine verb does not take a masculine antecedent: the last feminine speaker does
    recs = extract_text("قالت الوزيرة إن الحملة بدأت. واستقبل المدير الوفد. وأضافت أن اللقاح مجاني.")
    assert [r.speaker_name for r in recs] == ["الوزيرة", "الوزيرة"]
