"""A verb's report: speaker, claim, kind and confidence (attribution.backends.rules.verb)."""
import pytest

from attribution.backends.rules.sentence import sentence_reports
from attribution.backends.rules.verb import verb_report
from attribution.pipeline import extract_document
from attribution.records import Document

# (sentence, verb as written, known names, (speaker, claim, kind, confidence)) or None
REPORTS = [
    ("وقال وزير المالية محمد الجدعان إن الميزانية ستحقق فائضا.", "وقال", (),
     ("وزير المالية محمد الجدعان", "الميزانية ستحقق فائضا", "indirect", 0.9)),
    ("وقال رئيس النادي: «سنعود أقوى».", "وقال", (), ("رئيس النادي", "سنعود أقوى", "direct", 0.9)),
    ("«الأسعار ستنخفض»، قال الوزير.", "قال", (), ("الوزير", "الأسعار ستنخفض", "direct", 0.85)),  # quote first
    ("وأضاف أن اللقاح مجاني.", "وأضاف", (), (None, "اللقاح مجاني", "indirect", 0.75)),          # pro-drop
    ("وكشف الوزير عن خطة جديدة.", "وكشف", (), ("الوزير", "خطة جديدة", "indirect", 0.75)),        # np content
    ("ونفت الوزارة الاتهامات.", "ونفت", (), ("الوزارة", "الاتهامات", "indirect", 0.75)),         # an object
    # a participle takes the subject of the clause-opening verb it continues, a report or not
    ("وقال الوزير إن الخطة جاهزة، مضيفا أن التمويل متوفر.", "مضيفا", (), ("الوزير", "التمويل متوفر", "indirect", 0.8)),
    ("وأضاف أن الخطة جاهزة، مشيرا إلى أن التمويل متوفر.", "مشيرا", (), (None, "التمويل متوفر", "indirect", 0.8)),
    ("وافتتح الوزير المعرض، مؤكدا أن الصناعة تنمو.", "مؤكدا", (), ("الوزير", "الصناعة تنمو", "indirect", 0.8)),
    # the speaker fallbacks when no subject follows the verb
    ("والتقى الوفد رئيس اللجنة فهد القحيز الذي أكد أن اللوائح ستعدل.", "أكد", (),
     ("رئيس اللجنة فهد القحيز", "اللوائح ستعدل", "indirect", 0.9)),                             # before الذي
    ("وقال الوزير إن الخطة جاهزة لكنه أوضح أن التمويل ناقص.", "أوضح", (),
     ("ه", "التمويل ناقص", "indirect", 0.9)),                                                  # the pronoun of لكنه
    ("واستقبل الوزير الوفد، وأكد أن العلاقات متينة.", "وأكد", (),
     ("الوزير", "العلاقات متينة", "indirect", 0.9)),                                           # the main clause's subject
    ("الوزارة أكدت أن المدارس ستفتح.", "أكدت", (), ("الوزارة", "المدارس ستفتح", "indirect", 0.9)),  # SVO
    # a و-verb after a claim whose clause has its own subject and verb of saying continues that clause;
    # a verb of adding goes on with the outer speaker, and so does one that disagrees with the clause's verb
    ("وأوضح الوزير أن المجلس أعرب عن شكره للمتطوعين، وجدد دعمه للجمعيات.", "وجدد", (),
     ("المجلس", "دعمه للجمعيات", "indirect", 0.75)),
    # … however long the clause between (a cabinet's statement: its royal styles and its other deeds)
    ("وبين الوزير أن مجلس الوزراء نوه بعمق العلاقات التاريخية والوثيقة والراسخة التي تربط المملكة "
     "والأردن بقيادة خادم الحرمين الشريفين الملك سلمان بن عبد العزيز والملك عبد الله الثاني، واستمع في هذا "
     "الشأن إلى نتائج زيارة الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس "
     "الوزراء وزير الدفاع للأردن، واجتماعه مع العاهل الأردني وعدد من المسؤولين في الأردن، وشدد على أهمية "
     "البيان الختامي.", "وشدد", (), ("مجلس الوزراء", "أهمية البيان الختامي", "indirect", 0.75)),
    ("وقال الوزير إن المجلس أكد أهمية الخطة، وأضاف أن التنفيذ سيبدأ.", "وأضاف", (),
     ("الوزير", "التنفيذ سيبدأ", "indirect", 0.9)),
    ("وقال الوزير إن الهيئة أكدت أهمية الخطة، وشدد على سرعة التنفيذ.", "وشدد", (),
     ("الوزير", "سرعة التنفيذ", "indirect", 0.75)),
    ("وقال الوزير إنه أكد أهمية الخطة، وشدد على سرعة التنفيذ.", "وشدد", (),
     ("الوزير", "سرعة التنفيذ", "indirect", 0.75)),                                           # a pronoun subject
    # … and with none to hand on, the sentence's opening report's speaker, of its gender and number
    ("أكدت المديرة سارة العلي أنهم واجهوا صعوبات كثيرة، وقالت إن العمل مستمر.", "وقالت", (),
     ("المديرة سارة العلي", "العمل مستمر", "indirect", 0.9)),
    ("أكد الوزير أنهم واجهوا صعوبات كثيرة، وقالت إن العمل مستمر.", "وقالت", (),
     (None, "العمل مستمر", "indirect", 0.75)),                                                 # another gender
    ("أكدت المديرة أنهم واجهوا صعوبات. وقالت إن العمل مستمر.", "وقالت", (),
     (None, "العمل مستمر", "indirect", 0.75)),                                                 # (another sentence)
    ("وأكد الوزير أن دعم المشاريع الصغيرة بين الأسر ضروري، ودعا إلى زيادة التمويل.", "ودعا", (),
     ("الوزير", "زيادة التمويل", "indirect", 0.75)),                                          # no speaker before بين: the minister goes on
    ("يذكر أن المشروع بدأ قبل عامين.", "يذكر", (), (None, "المشروع بدأ قبل عامين", "unattributed", 0.75)),
    ("وتؤكد أن المشروع بدأ قبل عامين.", "وتؤكد", (), (None, "المشروع بدأ قبل عامين", "indirect", 0.75)),
    # the impersonal opening its clause is the writer's: after مما, an opening adverbial, or a comma
    # with no report before it (after a report the dropped subject may be that speaker's)
    ("ومما يذكر أن المعرض يستمر أسبوعا.", "يذكر", (), (None, "المعرض يستمر أسبوعا", "unattributed", 0.75)),
    ("وارتفعت أسعار الخضار، ويتوقع أن تستمر في الارتفاع.", "ويتوقع", (),
     (None, "تستمر في الارتفاع", "unattributed", 0.75)),
    ("وتراجع الطلب هذا الصيف، يعتقد أن السبب هو الحر.", "يعتقد", (), (None, "السبب هو الحر", "unattributed", 0.75)),
    ("وفي هذا الشأن يرجح أن الحريق كان متعمدا.", "يرجح", (), (None, "الحريق كان متعمدا", "unattributed", 0.75)),
    # …an indefinite side or topic with "other / related" is such an adverbial ("on another note")
    ("ومن جانب آخر يذكر أن المعرض يستمر أسبوعا.", "يذكر", (), (None, "المعرض يستمر أسبوعا", "unattributed", 0.75)),
    ("من جهة أخرى يتوقع أن تنخفض الأسعار.", "يتوقع", (), (None, "تنخفض الأسعار", "unattributed", 0.75)),
    ("وفي سياق متصل يتوقع للمصنع أن ينتج مليون قطعة.", "يتوقع", (),
     (None, "ينتج مليون قطعة", "unattributed", 0.75)),
    ("وقال التاجر إن الأسعار ارتفعت، ويتوقع أن تستمر في الارتفاع.", "ويتوقع", (),
     (None, "تستمر في الارتفاع", "indirect", 0.75)),
    # يُعتبر "is considered" with a predicate: one noun phrase, then أحد/من/an elative; or the
    # predicate right after a plural or a relative; the active verb has subject and object first
    ("ويعتبر الشاعر المصري أحد رواد القصيدة الحديثة.", "ويعتبر", (), None),
    ("وتعتبر هذه البحيرة من أكبر البحيرات في القارة.", "وتعتبر", (), None),
    ("يعتبر قطاع السياحة من أهم موارد الدولة، ومهما تغيرت الظروف فإنه يبقى مهما.", "يعتبر", (), None),
    ("وزار المدرب لاعبينا الذين يعتبرون الأكثر خبرة في الفريق.", "يعتبرون", (), None),
    ("وحضر الحفل شيوخ القبيلة الذين يعتبرون رموزا للمنطقة.", "يعتبرون", (), None),
    ("ويعتبر الباحثون تربية النحل من أقدم المهن.", "ويعتبر", (),
     ("الباحثون", "تربية النحل من أقدم المهن", "indirect", 0.75)),
    ("وأشاد بالمعلمين الذين يعتبرون التعليم رسالة.", "يعتبرون", (), (None, "التعليم رسالة", "indirect", 0.6)),
    # …with no subject of its own (after «، و») the noun phrase after it is the one considered,
    # unless it cannot be its subject: a demonstrative of the other gender, a clause of ما
    ("يزور السياح المدينة القديمة، وتعتبر هذه الساحة الأكثر ازدحاما في الصيف.", "وتعتبر", (), None),
    ("افتتح المهرجان أمس، ويعتبر المعرض الحدث الأكبر في الموسم.", "ويعتبر", (), None),
    ("وتنتقد الكاتبة المعرض، وتعتبر هذا التنوع ميزة له.", "وتعتبر", (), (None, "هذا التنوع ميزة له", "indirect", 0.6)),
    ("وينفي الأردن ذلك، ويعتبر ما يصدر عن جيرانه افتراء.", "ويعتبر", (),
     (None, "ما يصدر عن جيرانه افتراء", "indirect", 0.6)),
    # …a predicate before a later أن/إن (that clause is another's), an accusative written with its
    # tanwin right after the verb, an indefinite adjective after a noun or a relative: "is considered"
    ("وتعتبر ألمانيا من الدول المانحة للبرنامج، وإن كانت حصتها محدودة.", "وتعتبر", (), None),
    ("ويعتبر التأجيل مكسباً للنادي الذي أراد أن يستعيد لاعبيه.", "ويعتبر", (), None),
    ("ويعتبر القرار مهما جداً، حتى إن الأسواق ارتفعت.", "ويعتبر", (), None),
    ("ولكن فوز الفريق يعتبر إنجازًا يستحق الاحتفال.", "يعتبر", (), None),
    ("وقال الطبيب إن المناعة تعتبر ضعيفة، ومن ثم فإن الشفاء بطيء.", "تعتبر", (), None),
    ("وتقع القرية في الوادي والمنطقة تعتبر شبه خالية من السكان.", "تعتبر", (), None),
    ("وزرعوا النخيل التي تعتبر ذات قيمة كبيرة لديهم.", "تعتبر", (), None),
    # …but a من of the subject's group, «أحد» as the subject, an adverb with tanwin, a noun in
    # construct as the object: the active verb
    ("ويعتبر عدد من الاقتصاديين أن الركود قريب.", "ويعتبر", (), ("عدد من الاقتصاديين", "الركود قريب", "indirect", 0.9)),
    ("ويعتقد 60 في المائة من الناخبين أن الحكومة مقصرة.", "ويعتقد", (),
     ("60 في المائة من الناخبين", "الحكومة مقصرة", "indirect", 0.9)),
    ("ويعتقد محللون من البنوك بأن الأسعار مبالغ فيها.", "ويعتقد", (), ("محللون من البنوك", "الأسعار مبالغ فيها", "indirect", 0.9)),
    ("ويعتبر أحد الخبراء أن الركود قريب.", "ويعتبر", (), ("أحد الخبراء", "الركود قريب", "indirect", 0.9)),
    ("ويعتبر الوزير حاليًا أن الخطة ناجحة.", "ويعتبر", (), ("الوزير", "الخطة ناجحة", "indirect", 0.9)),
    # عبّر عن "expressed" a feeling or a stance, or "represents" a thing: with no speaker named after
    # it, only a noun of content or feeling heads what it reports
    ("اختار المنظمون أماكن تعبر عن حقب مهمة في تاريخ المدينة.", "تعبر", (), None),
    ("وقدم الفنان لوحة تعبر عن معاناة الإنسان.", "تعبر", (), None),
    ("والتقى الأمير بالأهالي الذين عبروا عن سعادتهم بالمهرجان.", "عبروا", (),
     ("الأهالي", "سعادتهم بالمهرجان", "indirect", 0.75)),
    ("كما عبر عن بالغ شكره للمنظمين.", "عبر", (), (None, "بالغ شكره للمنظمين", "indirect", 0.6)),
    ("وعبر معاليه عن عزائه لأسر الضحايا.", "وعبر", (), ("معاليه", "عزائه لأسر الضحايا", "indirect", 0.75)),
    ("وعبر الأمين العام في كلمته عن تزايد الاهتمام بالحوار.", "وعبر", (),
     ("الأمين العام", "تزايد الاهتمام بالحوار", "indirect", 0.75)),
    # يَرجِع "goes back to" with its noun right after it; يُرجِع "attributes" has its speaker first
    ("وتعادلت الفرق في النقاط، ويرجع حسم الترتيب لفارق الأهداف.", "ويرجع", (), None),
    ("ويرجع المحللون التراجع إلى ضعف الطلب.", "ويرجع", (), ("المحللون", "التراجع إلى ضعف الطلب", "indirect", 0.75)),
    # نقل "moved, carried" and تنقّل "moved about": a preposition of place or motion, no source
    # after عن and no words carried (تصريحات) before the content
    ("وتنقل القائد بحنكة داخل مختلف الهيئات: من المجلس إلى المكتب.", "وتنقل", (), None),
    ("ونقل النادي معسكره من مدينة إلى أخرى قبل أن يعلن أن المباراة تأجلت.", "ونقل", (), None),
    ("ونقلت الصحيفة عن مصادر داخل الحكومة أن الاجتماع تأجل.", "ونقلت", (),
     ("مصادر داخل الحكومة", "الاجتماع تأجل", "indirect", 0.9)),
    ("ونقلت الصحف تصريحات نسبتها وكالة إيطالية إلى المدرب جاء فيها: «الفريق جاهز».", "ونقلت", (),
     ("الصحف", "الفريق جاهز", "direct", 0.9)),
    # (a sentence opening «وتذكر أن…» with no subject is the imperative تذكّر "remember": test_cues)
    # word order and agreement
    ("أما النائب حمد العازمي فقد دعا الحكومة إلى إنشاء جهاز مستقل.", "دعا", (),
     ("النائب حمد العازمي", "إنشاء جهاز مستقل", "indirect", 0.75)),
    ("وطالبوا الحكومة بتوفير فرص العمل.", "وطالبوا", (), (None, "بتوفير فرص العمل", "indirect", 0.6)),
    ("وأبلغت الصحفيين بأن القرار نهائي.", "وأبلغت", (), (None, "القرار نهائي", "indirect", 0.75)),  # who was told
    # readings that report nothing
    ("وكشف الغطاء عن لوحة تذكارية.", "وكشف", (), None),
    ("وكشفت الشركة النقاب عن طراز جديد.", "وكشفت", (), None),
    ("وذكر اسمه في قائمة المرشحين.", "وذكر", (), None),
    ("وقال مصدر طلب عدم ذكر اسمه إن الاجتماع تأجل.", "ذكر", (), None),       # "mention a name"
    ("وأشار الخبير بيده إلى الخريطة.", "وأشار", (), None),
    # a noun of evidence as the whole content "signifies", "points to" a thing: no proposition
    ("والكلمات كثيرة لكنها كلها تفيد بالواقع.", "تفيد", (), None),
    ("وأشار الخبير إلى التطورات في المنطقة.", "وأشار", (), None),
    ("وأفاد المرصد بوقوع انفجار في المدينة.", "وأفاد", (), ("المرصد", "بوقوع انفجار في المدينة", "indirect", 0.75)),
    # an impersonal imperfect after أنه whose reporting verb is no masculine singular: "it is
    # thought", ه the pronoun of the matter, no report inside that claim; with a masculine
    # singular verb ه may be its speaker ("he believes")
    ("وأعلنت الشرطة أنه يرجح أن الحريق كان متعمدا.", "يرجح", (), None),
    ("وقالوا إنه يتوقع أن ترتفع الأسعار.", "يتوقع", (), None),
    ("وقال الطبيب إنه يعتقد أن المريض سيتعافى.", "يعتقد", (), ("ه", "المريض سيتعافى", "indirect", 0.9)),
    # a relative clause whose head is what was announced: the passive أُعلِن, no speaker
    ("وسيترأس المصرف الجديد الذي أعلن عن إنشائه في تموز الماضي مصرفي هندي.", "أعلن", (),
     (None, "إنشائه في تموز الماضي مصرفي هندي", "unattributed", 0.6)),
    ("وحضر القائد الجديد الذي أعلن تعيينه أمس زعيما للحركة.", "أعلن", (),
     (None, "تعيينه أمس زعيما للحركة", "unattributed", 0.6)),
    ("وتطرق الاجتماع إلى المبادرة التي أعلن عنها في قمة الرياض.", "أعلن", (), None),
    ("وتحدث رئيس البنك الذي أعلن عن إطلاقه خدمة جديدة للعملاء.", "أعلن", (),
     ("رئيس البنك", "إطلاقه خدمة جديدة للعملاء", "indirect", 0.75)),              # its own launch of a service
    ("وحضر الوزير الذي أعلن ترشحه للانتخابات.", "أعلن", (), ("الوزير", "ترشحه للانتخابات", "indirect", 0.75)),
    # تجدّد "was renewed" (form V) is written as تُجدِّد "she renews": with the noun right after it and no
    # pronoun on the noun, the noun is its subject, nothing reported
    ("وتجدد انخفاض أسعار السلع الأولية.", "وتجدد", (), None),
    ("وتجدد الهيئة إدانتها لكل أعمال العنف.", "وتجدد", (), ("الهيئة", "إدانتها لكل أعمال العنف", "indirect", 0.75)),
    # the verbal noun of a form V verb as the agent of بدعم من: a nominal report, weaker
    ("وارتفع المؤشر بدعم من تعهد الشركة بخفض الإنفاق.", "تعهد", (), ("الشركة", "بخفض الإنفاق", "nominal", 0.5)),
    ("وانقسم الحضور بين من تعهد بالدعم ومن رفض.", "تعهد", (), (None, "بالدعم ومن رفض", "indirect", 0.6)),
    # كشف "uncovered": a body part or a covering, people with their owner's pronoun, or a thing
    # written before the verb; a document or a person before it reveals (a report)
    ("ثم ابتسم الشيخ وكشف عن ساقه.", "وكشف", (), None),
    ("وأحبطت الحملة مخططاتهم وكشفت عن عملائهم في المدن.", "وكشفت", (), None),
    ("وقال إن عملية المداهمة كشفت عن وجود مخزن للسلاح.", "كشفت", (), None),
    ("المنحوتات الخشبية، المعروضة في الصالة الكبرى، تكشف عن خيال الفنان.", "تكشف", (), None),
    ("الدراسة كشفت عن ارتفاع نسبة السمنة.", "كشفت", (),
     ("الدراسة", "ارتفاع نسبة السمنة", "indirect", 0.75)),
    ("وكشف المتحدث عن هوية المتورطين في الحادث.", "وكشف", (),
     ("المتحدث", "هوية المتورطين في الحادث", "indirect", 0.75)),
    # an impersonal imperfect with a descriptor and a name after it has a speaker (not "it is expected")
    ("يتوقع المهاجم البرازيلي الدولي رونالدو أن يفوز فريقه باللقب.", "يتوقع", (),
     ("المهاجم البرازيلي الدولي رونالدو", "يفوز فريقه باللقب", "indirect", 0.9)),
    ("يتوقع المدرب أن يفوز فريقه باللقب.", "يتوقع", (), ("المدرب", "يفوز فريقه باللقب", "indirect", 0.9)),
    ("ويتوقع الموسم المقبل أن يفوز الفريق باللقب.", "ويتوقع", (), (None, "يفوز الفريق باللقب", "unattributed", 0.75)),
    # يظهر with a preposition right after it is يَظهر "appears", not يُظهر "shows"
    ("وهي رسالة قد تظهر للمستخدم حين يقول إن الموقع مزدحم.", "تظهر", (), None),
    ("يظهر فيه رجلان يعلنان أن المصنع سيغلق.", "يظهر", (), None),
    ("وتظهر عليه علامات تدل على أن المرض تقدم.", "وتظهر", (), None),
    ("وتظهر الأرقام أن المصنع سيغلق.", "وتظهر", (), ("الأرقام", "المصنع سيغلق", "indirect", 0.9)),
    ("تظهر الدراسة للمرة الأولى أن المرض يتقدم.", "تظهر", (),
     ("الدراسة للمرة الأولى", "المرض يتقدم", "indirect", 0.9)),
    # a verb of perception reports only with a speaker written as its subject
    ("ولكني لاحظت في أحد الأيام أن رجلا غريبا يتبعني.", "لاحظت", (), None),
    ("وهو يلاحظ أن الأسعار ترتفع.", "يلاحظ", (), None),
    ("لاحظ هنا أن الكاتب يتناول القضية من جانبين.", "لاحظ", (), None),
    ("ولاحظ التقرير أن الأسعار ترتفع.", "ولاحظ", (), ("التقرير", "الأسعار ترتفع", "indirect", 0.9)),
    ("ولاحظت الوكالة أن السفيرة غابت عن الجلسة.", "ولاحظت", (),
     ("الوكالة", "السفيرة غابت عن الجلسة", "indirect", 0.9)),
]


@pytest.mark.parametrize("text, verb, known, expected", REPORTS)
def test_verb_report(ar, text, verb, known, expected):
    ctx, sent = ar.context(known), ar.sentence(text)
    i = ar.index(sent, verb)
    c = verb_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    got = c if c is None else (c.speaker.text if c.speaker else None, c.claim.text, c.kind, c.confidence)
    assert got == expected


def test_relayed_report_names_the_relay(ar):
    ctx, sent = ar.context(), ar.sentence('نقلت وكالة "تاس" عن الرئيس فلاديمير بوتين قوله إن بلاده مستعدة للحوار.')
    c = verb_report(ctx, sent, 0, ctx.verb_forms[sent.toks[0].text])
    assert (c.speaker.text, c.via.text, c.claim.text) == ("الرئيس فلاديمير بوتين", 'وكالة "تاس"', "بلاده مستعدة للحوار")


def test_cue_span_leaves_out_the_proclitic(ar):
    ctx, sent = ar.context(), ar.sentence("فأكدت الوزارة أن المدارس ستفتح.")
    c = verb_report(ctx, sent, 0, ctx.verb_forms[sent.toks[0].text])
    assert (c.cue.text, c.cue.lemma, c.cue.meaning, c.gender, c.number) == ("أكدت", "أكد", "assert", "f", "sg")


# (text, participle as written, the speaker mention it takes): the verb a participle continues
CONTINUED = [
    # the clause-opening verb reports nothing: its subject, named or described
    ("ووقف رئيس الاتحاد الدولي ليتحدث أمام الصحفيين عن الانتخابات، قائلًا: «لن أترشح مجددا».", "قائلًا",
     "رئيس الاتحاد الدولي"),
    ("وقال المدرب إن الفريق جاهز.. ويعلق النجم «ماجد عبدالله» في الإذاعة قائلا: «الفريق يحتاج مهاجما».", "قائلا",
     "النجم «ماجد عبدالله»"),
    ("وصرح الأستاذ هيكل بعد تنحي الرئيس قائلا: «شاهدنا حدثا لا مثيل له».", "قائلا", "الأستاذ هيكل"),
    ("واستنكر الشيخ الدكتور عبد الرحمن السند، رئيس الهيئة، التفجير، مبينًا أن ذلك جرم عظيم.", "مبينًا",
     "الشيخ الدكتور عبد الرحمن السند"),
    # «أوضح ذلك X»: the verb of saying has ذلك for its object, the subject follows it
    ("أوضح ذلك المشرف العام على المشروع هلال الحسني، مشيراً إلى أن العمل مستمر.", "مشيراً",
     "المشرف العام على المشروع هلال الحسني"),
    ("وأكد ذلك المتحدث الرسمي خالد العمري، لافتا إلى أن التحقيق مستمر.", "لافتا", "المتحدث الرسمي خالد العمري"),
    # (ذلك with no noun after it is no subject: the participle is left to the document)
    ("أوضح ذلك في بيان، مشيرا إلى أن العمل مستمر.", "مشيرا", None),
    # a broken plural takes a feminine singular verb; a sound masculine plural does not
    ("استغلت عناصر تنظيمية فراغ السلطة ووصفت نفسها بأنها تنتمي للجماعة.", "ووصفت", "عناصر تنظيمية"),
    # a masculine participle after a body of the feminine: nothing else can speak
    ("وتوقعت جمعية تعاطف الخيرية ارتفاع عدد المتبرعين، لافتًا إلى أن التبرعات زادت.", "لافتًا", "جمعية تعاطف الخيرية"),
    # a verb inside the report's claim, or a prophet quoted in the speaker's words, is passed over
    ("وقال المدير إن الشركة أعلنت أن الأرباح زادت، مضيفا أن التوزيعات ستبدأ.", "مضيفا", "المدير"),
    ("وقال الخطيب إن الأنبياء يدعون للمؤمنين، فقال نوح عليه السلام ((رب اغفر لي))، مبينا أن الدعاء مستجاب.",
     "مبينا", "الخطيب"),
    # …، عبر تأمين الطرق: "via", no verb of its own
    ("وأعلن المحافظ خطة لحماية المواطنين، عبر تأمين الطرق، مشيرًا إلى أن الخطة شاملة.", "مشيرًا", "المحافظ"),
    # a masculine plural participle after a plural of people told by its shape, or a count of tens
    ("وانتقد البرلمانيون المعارضون الميزانية الجديدة، معتبرين أنها تثقل كاهل الأسر.", "معتبرين",
     "البرلمانيون المعارضون"),
    ("وتجمهر موظفون أمام مبنى الإدارة، مطالبين بصرف رواتبهم المتأخرة.", "مطالبين", "موظفون"),
    ("ورحب سوريون بالقرار الأخير، مشيرين إلى أنه يخفف معاناتهم.", "مشيرين", "سوريون"),
    ("واعتصم عشرات المزارعين قرب السوق، مؤكدين أن الأسعار لا تغطي التكاليف.", "مؤكدين", "عشرات المزارعين"),
    ("وتظاهر آلاف من المعلمين في العاصمة، مطالبين بزيادة الأجور.", "مطالبين", "آلاف من المعلمين"),
    # (a masculine singular participle does not agree with them; a place in -ين is no people)
    ("وانتقد البرلمانيون الميزانية الجديدة، معتبرا أنها تثقل كاهل الأسر.", "معتبرا", None),
    # the other gender with another verb between: left to the document (by agreement)
    ("وأكدت الوزيرة أن المدير قال إن الخطة جاهزة، مشيرا إلى أن التمويل متوفر.", "مشيرا", None),
]


def _speaker_mention(ar, text: str, verb: str) -> str | None:
    """The speaker mention of the report of ``verb`` (as written) in ``text``."""
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    c = verb_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    return c.speaker.text if c.speaker else None


@pytest.mark.parametrize("text, verb, expected", CONTINUED)
def test_participle_takes_the_subject_of_the_verb_it_continues(ar, text, verb, expected):
    assert _speaker_mention(ar, text, verb) == expected


# (text, the و-verb as written, its speaker mention) in a sentence whose opening verb reported nothing
GOES_ON = [
    # a cue verb opening the sentence that reported nothing (نقل … تحيات "conveyed greetings"):
    # its subject goes on with the و-verb, never the genitive inside its object
    ("ونقل السفير إلى الملك تحيات رئيس الوزراء البريطاني، وأكد أن بلاده حريصة على الشراكة.", "أكد", "السفير"),
    ("من جانبه، نقل المبعوث للرئيس تحيات الأمين العام، وشدد على أن الحوار هو الحل.", "شدد", "المبعوث"),
    # a ب-phrase after the name is the verb's complement; a bare family name before a role is the name's
    ("وأشاد المدير العام خالد بن سعد الحربي بالمبادرة الشبابية، وقال إن أثرها كبير.", "قال",
     "المدير العام خالد بن سعد الحربي"),
    ("أوضح ذلك المهندس فهد بن علي هوساوي مدير المشروع، وقال إن العمل سينتهي قريبا.", "قال",
     "المهندس فهد بن علي هوساوي"),
    # the object and its genitives are never the subject: a bare noun after a definite one opens the object
    ("وسلم السفير الأمير رسالة من الملك عبدالله، وأكد أن بلاده تدعم الحوار.", "أكد", "السفير"),
    ("واستقبل المحافظ الوفد الزائر برئاسة الشيخ سعد العتيبي، وأوضح أن الزيارة مثمرة.", "أوضح", "المحافظ"),
    # (an unlisted name after an honorific is a name all the same, the ب-phrase after it no part of it)
    ("ورحب الباحث في الشؤون الأوروبية الدكتور كلاوس برومر بالاتفاق الجديد، معتبرا أنه خطوة مهمة.", "معتبرا",
     "الباحث في الشؤون الأوروبية الدكتور كلاوس برومر"),
]


@pytest.mark.parametrize("text, verb, expected", GOES_ON)
def test_and_verb_takes_the_subject_of_an_opening_verb_that_reported_nothing(ar, text, verb, expected):
    found = {c.cue.text: c for c in sentence_reports(ar.context(), ar.sentence(text))}
    assert found[verb].speaker.text == expected


# (text, verb as written, its speaker mention): verbs joined by و to a relative clause share its subject
RELATIVE = [
    # (the title governed by ب is the relative's nearest noun phrase: the mention keeps it, without ب)
    ("واستعان الحكم بالمساعد مرزوق العتيبي الذي أكد حدوث التبديل وقال إنه لم يكن قانونيا.", "وقال",
     "المساعد مرزوق العتيبي"),
    ("واستعان الحكم بالمساعد مرزوق العتيبي الذي أكد حدوث التبديل وقال إنه لم يكن قانونيا.", "أكد",
     "المساعد مرزوق العتيبي"),                                    # an object right after الذي's verb
    ("والتقى الوفد رئيس اللجنة فهد القحيز الذي أكد أن اللوائح ستعدل وأشار إلى أن العمل مستمر.", "وأشار",
     "رئيس اللجنة فهد القحيز"),
    ("ولعب أمام المنتخب الذي يعتبر من الفرق القوية وقال إن المباراة صعبة.", "وقال", None),  # a passive
]


@pytest.mark.parametrize("text, verb, expected", RELATIVE)
def test_verbs_joined_to_a_relative_clause_share_its_subject(ar, text, verb, expected):
    assert _speaker_mention(ar, text, verb) == expected


def test_a_passive_after_a_relative_reports_nothing(ar):
    """الشركة التي تُعتبر الرائدة في…: "which is considered", not "which considers"."""
    ctx, sent = ar.context(), ar.sentence("وتعاقدت الوزارة مع الشركة التي تعتبر الرائدة في أعمال التكييف.")
    i = ar.index(sent, "تعتبر")
    assert verb_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text]) is None


# (text, verb, (speaker mention, claim)): after a pronoun subject the noun phrase is the object;
# وصف X Y بأنه…: ب marks the second complement, so the last definite noun phrase is the object
OBJECTS = [
    ("وقال المعارض إن النظام ضعيف، لكنه يصف الثورة السورية بأنها مختطفة.", "يصف", ("ه", "بأنها مختطفة")),
    ("وقال المعارض إن النظام ضعيف، لكنه في الوقت ذاته يصف الثورة بأنها مختطفة.", "يصف", ("ه", "بأنها مختطفة")),
    ("وأكد المعارض أن المعارضة ضعيفة، لكنه اعتبر الحكومة مسؤولة عن الأزمة.", "اعتبر",
     ("ه", "الحكومة مسؤولة عن الأزمة")),                       # a speaker word as the object
    ("ووصف الوزير الخطة بأنها طموحة.", "ووصف", ("الوزير", "بأنها طموحة")),
    ("ووصفت رزان صالح الفعاليات بأنها مميزة.", "ووصفت", ("رزان صالح", "بأنها مميزة")),
    ("ووصف المعارض الثورة السورية بأنها مختطفة.", "ووصف", ("المعارض", "بأنها مختطفة")),
    ("ووصف وزير الخارجية الروسي الحوار بأنه بناء.", "ووصف", ("وزير الخارجية الروسي", "بأنه بناء")),
    ("ووصف الرئيس الأمريكي بأن الحوار بناء.", "ووصف", ("الرئيس الأمريكي", "الحوار بناء")),  # no object
]


@pytest.mark.parametrize("text, verb, expected", OBJECTS)
def test_object_after_a_pronoun_subject_or_before_bianna(ar, text, verb, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    c = verb_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    assert (c.speaker.text, c.claim.text) == expected


# (text, verb, (speaker mention, claim) or None): the object opens with a noun of content right after
# the comma that closes the occasion of the words (one comma after the aside, as news copy writes it)
AFTER_OCCASION = [
    ("وأكد المدرب خلال المؤتمر الصحفي، جاهزية فريقه للمباراة.", "وأكد", ("المدرب", "جاهزية فريقه للمباراة")),
    ("ونفى المتحدث باسم الشركة في تصريح صحفي، وجود أي خلافات مع الموردين.", "ونفى",
     ("المتحدث باسم الشركة", "وجود أي خلافات مع الموردين")),
    ("وأكد الوزير خلال اللقاء الذي جمعه أمس بالسفراء في الرياض، أهمية التعاون بين البلدين.", "وأكد",
     ("الوزير", "أهمية التعاون بين البلدين")),                   # a relative clause in the occasion
    # (no occasion of words, or no noun of content after the comma: nothing)
    ("وأكد المدرب خلال المباراة، جاهزية فريقه.", "وأكد", None),
    ("وأعلن النادي خلال المؤتمر الصحفي، اللاعبين الجدد للموسم.", "وأعلن", None),
]


@pytest.mark.parametrize("text, verb, expected", AFTER_OCCASION)
def test_object_after_the_occasion_of_the_words(ar, text, verb, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    c = verb_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    assert (None if c is None else (c.speaker.text, c.claim.text)) == expected


def test_a_passive_after_a_pronoun_reports_nothing(ar):
    """أنها تُعتبر طويلة القامة: "she is considered tall"."""
    ctx, sent = ar.context(), ar.sentence("ويفوق صديقته طولا رغم أنها تعتبر طويلة القامة.")
    i = ar.index(sent, "تعتبر")
    assert verb_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text]) is None


# (text, verb, speaker mention): the owner of speech nouns (تصريحات، تقديرات، حديث) speaks
OWNERS = [
    ("وأكدت تصريحات وزير الخارجية أن الحوار مستمر.", "وأكدت", "وزير الخارجية"),
    ("وأشارت تصريحات لمسؤولين أوروبيين إلى أن الاتفاق قريب.", "وأشارت", "مسؤولين أوروبيين"),  # the ل left out
    ("وأكدت تصريحات صحفية للمتحدث باسم الوزارة أن الحوار مستمر.", "وأكدت", "متحدث باسم الوزارة"),
    ("وكشفت تصريحات لوزير الدفاع جان إيف لودريان، قبيل سفره، عن أن الصفقة جاهزة.", "وكشفت",
     "وزير الدفاع جان إيف لودريان"),
    ("تصريحات المسؤول الألماني تفيد بأن برلين لن تدفع.", "تفيد", "المسؤول الألماني"),           # before its verb
    # an imperfect verb describing indefinite words, where they appeared in between
    ("وجاء الرد على تصريحات لمسؤول حكومي ألماني في صحيفة «بيلد» اليومية تفيد بأن الاتفاق ممكن.", "تفيد",
     "مسؤول حكومي ألماني"),
]


@pytest.mark.parametrize("text, verb, expected", OWNERS)
def test_the_owner_of_words_speaks(ar, text, verb, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    c = verb_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    assert c.speaker.text == expected


# (text, verb, (speaker mention, claim) or None): أقرّ "approved" is no report, أقرّ بـ/أنّ "admitted" is;
# أرجع/عزا «put X down to Y» ends its speaker before the noun of cause and reports the cause Y
APPROVE_AND_ATTRIBUTE = [
    ("وأقر الوزير بوجود أخطاء في التنفيذ.", "وأقر", ("الوزير", "بوجود أخطاء في التنفيذ")),
    ("وأقر الوزير أن الخطة فشلت في تحقيق أهدافها.", "وأقر", ("الوزير", "الخطة فشلت في تحقيق أهدافها")),
    ("وأقر اللاعب أنه أخطأ في حق زملائه.", "وأقر", ("اللاعب", "أنه أخطأ في حق زملائه")),
    ("أقر مجلس الوزراء أن يكون لكل شاطئ حرم مفتوح للعامة.", "أقر", None),
    ("وأقر المجلس أن يتم تعيين مدير جديد للهيئة.", "وأقر", None),
    ("وأقرت المفوضية اليوم مساعدات بقيمة مليار يورو للدول الفقيرة.", "وأقرت", None),
    ("وأقرت اللجنة بالإجماع الخطة الجديدة للتحرك.", "وأقرت", None),
    ("أقر مجلس إدارة النادي في اجتماعه أمس بمقر النادي عدة قرارات.", "أقر", None),
    ("وأقرت الهيئة مشروع بناء مطار جديد في المدينة.", "وأقرت", None),
    ("وأرجع الناقد الرياضي سعد المطيري الأمر إلى غياب التخطيط في الأندية.", "وأرجع",
     ("الناقد الرياضي سعد المطيري", "غياب التخطيط في الأندية")),
    ("وأرجع رئيس الغرفة سامي العتيبي سبب هذا التراجع إلى هجرة المصانع إلى الخارج.", "وأرجع",
     ("رئيس الغرفة سامي العتيبي", "هجرة المصانع إلى الخارج")),
    ("ويعزو الناشر أحمد عيتاني هذا الأمر إلى ضعف التوزيع.", "ويعزو", ("الناشر أحمد عيتاني", "ضعف التوزيع")),
    ("وأرجعت الشركة أسباب الانخفاض في الأرباح خلال الربع الحالي إلى تراجع الأسعار.", "وأرجعت",
     ("الشركة", "تراجع الأسعار")),
    ("ويرجع ذلك إلى ارتفاع الأسعار في الأسواق.", "ويرجع", None),  # يَرجِع "goes back to"
]


@pytest.mark.parametrize("text, verb, expected", APPROVE_AND_ATTRIBUTE)
def test_approval_is_no_report_and_a_cause_is_put_down_to(ar, text, verb, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    c = verb_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    assert (c if c is None else (c.speaker.text if c.speaker else None, c.claim.text)) == expected


@pytest.mark.parametrize("text, cue", [
    ("وقال المدير سعد الحربي إن الطالبات متفوقات، وقلن إن الامتحان كان سهلا.", "وقلن"),
    ("وقال المدير سعد الحربي إن الخطة ناجحة. وأشرن إلى أن الدعم ساعدهن كثيرا.", "وأشرن"),
    ("وقالت الوزيرة نورة الفايز إن الخطة ناجحة. ونفين أن يكون الدعم قد تأخر.", "ونفين"),
    ("وقالت الوزيرة نورة الفايز إن الخطة ناجحة. ويقلن إن الدعم تأخر.", "ويقلن"),
])
def test_a_feminine_plural_verb_takes_no_single_speaker(text, cue):
    """A verb in the feminine plural (قلن، أشرن، نفين، يقلن) reports what women said, never the
    man or the one woman of the sentence before."""
    records = [r for r in extract_document(Document("d", text)) if text[r.cue.start - 1:r.cue.end] == cue]
    assert len(records) == 1 and records[0].speaker_name is None


def _reports(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.cue.text, r.speaker.text if r.speaker else None, r.claim.text if r.claim else None)
            for r in extract_document(Document("d", text))]


@pytest.mark.parametrize("text", [
    "وصدر للمطرب ألبوم جديد، ويقول مطلعه: الليل طويل والقمر بعيد.",          # a song's opening line
    "ويقول مستهل القصيدة: يا دار أين أهلك؟",
    "ويشير تراجع المبيعات في الربع الأخير إلى أن المستهلكين قلقون.",       # a trend, the writer infers
    "وتؤكد زيادة الطلب على الوقود أن الاقتصاد يتعافى.",
    "إن إمعان النظر في هذه الأرقام يوضح أن الخطة لم تنجح.",                # an act of the mind, fronted
    "إمعان النظر في البنود، التي وقعتها الأطراف، يوضح أن الاتفاق هش.",      # … with a description between
])
def test_a_subject_that_cannot_speak_makes_no_report(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, expected", [
    ("وقال الوزير إن ارتفاع الأسعار مؤقت.", [("قال", "الوزير", "ارتفاع الأسعار مؤقت")]),  # inside a claim
    ("وأشار التقرير إلى أن تراجع المبيعات مؤقت.", [("أشار", "التقرير", "تراجع المبيعات مؤقت")]),
])
def test_a_mute_noun_in_the_claim_leaves_the_report(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «as he believes» closes the clause before it; the quotation after the comma is another's
    ("الناس أساءوا فهم تاريخ المدينة كما يعتقد الباحث، كذلك يتحدث الرحالة في كتابه عنها: (كانت جميلة).",
     [("كما يعتقد", "الباحث", "الناس أساءوا فهم تاريخ المدينة")]),
    ("الحرب ليست الحل كما يزعم الرئيس، بل المفاوضات.", [("كما يزعم", "الرئيس", "الحرب ليست الحل")]),
    ("ويرى الخبير أن الأسعار سترتفع.", [("يرى", "الخبير", "الأسعار سترتفع")]),        # no كما: the verb
])
def test_as_he_believes_scopes_back_over_its_clause(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an imperfect after an indefinite document, with no الذي, describes it (an unmarked صفة)
    ("حصلت الصحيفة على وثيقة داخلية صادرة عن البلدية تقول إن المشروع متأخر.",
     [("تقول", "وثيقة داخلية صادرة عن البلدية", "المشروع متأخر")]),
    ("وتسلم النادي تقرير فني يؤكد أن الملعب جاهز.", [("يؤكد", "تقرير فني", "الملعب جاهز")]),
    ("وتلقت الشرطة بلاغ من أحد السكان يفيد بوجود حريق.", [("يفيد", "بلاغ من أحد السكان", "بوجود حريق")]),
    ("وتسلم النادي رسالة يؤكد فيها المدرب أن الفريق جاهز.", [("يؤكد", "المدرب", "الفريق جاهز")]),  # gender
])
def test_an_unmarked_relative_takes_the_document_it_describes(text, expected):
    assert _reports(text) == expected


@pytest.mark.parametrize("text", [
    "والتقرير الواقع في 30 صفحة يشير إلى أن العجز كبير.",      # a count of pages, not a document speaking
    "ولا يوجد في العقد بند يشير إلى أن الشركة مسؤولة.",        # no such document
])
def test_no_described_document_speaks_when_there_is_none(text):
    assert all(speaker is None or "صفحة" not in speaker and "بند" not in speaker for _, speaker, _ in _reports(text))
