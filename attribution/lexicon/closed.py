"""Closed Arabic word classes the rules read: punctuation, particles, prepositions, pronouns.

Unlike the lexicons in ``data/`` (reporting verbs, titles, organisations), which users extend,
these classes are closed: the grammar fixes them.  Words are normalised (أإآ→ا, ى→ي, ة kept).
Each set says what it is for, with an example sentence.
"""
from __future__ import annotations

from types import MappingProxyType

# opening quote marks and the mark that closes each: قال: «لن نصمت» / قال: "لن نصمت"
OPEN = MappingProxyType({"«": "»", "“": "”", "„": "”", '"': '"'})
# closing quote marks: a quote that ends right before the cue is its claim («…»، قال الوزير)
CLOSE = frozenset({"»", "”", '"'})
QUOTES = frozenset(OPEN) | CLOSE
# clause-separating commas and semicolons: وقال الوزير، في تصريح، إن…
COMMA = frozenset({"،", ",", "؛", ";"})
# sentence-final punctuation: no subject or content runs past it (قال الوزير. وأضاف…)
STOP_PUNCT = frozenset({".", "!", "?", "؟", "…"})
# pronoun suffixes on a complementizer or particle: إنه، أنها، بأنهم، لكننا
PRON = frozenset({"ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "كم"})
# كان and قد open a subject fronted before its verb: وكانت الوزارة قد أكدت أن…
# the particle قد with its conjunctions: after it a perfect verb is a verb (وقد أكد), never a noun
QAD = frozenset({"قد", "وقد", "فقد", "لقد"})
KAN = frozenset({"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"}) | QAD
# passive forms of verbs of saying: "it was said / it is noted that" (unattributed); the passive
# of any other verb reports nothing (لوحظ أن "it was noticed"). (form, active lemma, meaning)
_PASSIVES = (("قيل", "قال", "say"), ("افيد", "افاد", "report"), ("اشير", "اشار", "note"), ("يقال", "قال", "say"),
             ("يشار", "اشار", "note"), ("يفاد", "افاد", "report"), ("يعتقد", "اعتقد", "believe"))
PASSIVE = MappingProxyType({w: m for base, _, m in _PASSIVES for w in (base, "و" + base)})
# the verbs of saying whose passive is an unattributed report, for a parse that gives the lemma and
# Voice=Pass: those of PASSIVE, and those whose passive is written as the active (ذُكر، أُعلن أن…)
PASSIVE_LEMMAS = frozenset({lemma for _, lemma, _ in _PASSIVES} | {"ذكر", "اعلن"})
# words after which أن opens a clause of their own, not the reported content
NOUN_COMP = frozenset({"في", "من", "عن", "قبل", "بعد", "منذ", "حتي", "دون", "بدون", "اجل", "لاجل", "بمجرد",
                       "رغم", "برغم", "يجب", "يمكن", "ينبغي", "لابد", "بد", "المقرر", "المتوقع", "المفترض",
                       "المنتظر", "الي", "علي", "مع", "لمجرد", "غير", "سوي", "بعدما", "كما", "ما"})
# copulas before a participle that is a predicate, not a report: بات مؤكدا أن، ليس مستبعدا أن
COPULAS = frozenset({"كان", "كانت", "يكون", "تكون", "بات", "باتت", "يبدو", "تبدو", "بدا", "بدت", "اصبح",
                     "اصبحت", "صار", "صارت", "ظل", "ظلت", "ليس", "ليست", "وليس", "وبات", "واصبح", "امرا"})
# "but he/she": a new report by the same speaker (…، لكنه نفى وجود خطط)
BUT_PRON = frozenset({"لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"})
# "however" before a complementizer: إلا أن، غير أن — the writer's contrast, not what was said
HOWEVER = frozenset({"الا", "غير"})
# "especially as" after a comma, before a complementizer (…، خصوصا أن، …، لا سيما أن، …، خاصة وأن): a reason,
# no verb's content
ESPECIALLY = frozenset({"خصوصا", "سيما", "لاسيما", "خاصة"})
# words that with أن after a comma give the reason of what was said, not its content: "that is
# because", "since" (…، ذلك أن…، …، إذ إن…، …، حيث إن…)
REASON_BEFORE_ANNA = frozenset({"ذلك", "اذ", "حيث"})
# "but" (لكنّ، ولكنّ) and the words that with أن say "however, also" (إلا أن، غير أن، بيد أن، كما أن):
# they open a nominal clause, its subject (an accusative after لكنّ) before its verb
BUT = frozenset({"لكن", "ولكن"})
BEFORE_ANNA = HOWEVER | {"بيد", "كما", "وكما"}
# "in his/her/their name": after المتحدث a title's complement (المتحدث باسمها), after a subject how he
# spoke (أعرب الملك باسمه واسم شعب المملكة…); بنفسه "himself" too
ON_BEHALF = frozenset({"باسمه", "باسمها", "باسمهم", "باسمهما", "باسمي", "باسمنا"})
IN_ONES_NAME = ON_BEHALF | {"بنفسه", "بنفسها", "بانفسهم"}
# adverbs of manner (a ḥāl, accusative): how the speaker spoke, never part of who spoke (وقال كيري
# مازحا: «…»، وقال الوزير مبتسما إن…), normalised
MANNER = frozenset({"مازحا", "ممازحا", "مداعبا", "ضاحكا", "مبتسما", "ساخرا", "متهكما", "غاضبا", "باكيا",
                    "متاثرا", "مبتهجا", "متحسرا", "مستغربا", "متعجبا", "مازحة", "ضاحكة", "مبتسمة", "ساخرة",
                    "غاضبة", "باكية", "متاثرة", "مبتهجة", "مستغربة", "متعجبة", "مازحين", "ضاحكين", "مبتسمين",
                    "ساخرين", "غاضبين", "بحزم", "بحماس", "بثقة", "بمرارة", "بغضب", "بهدوء", "باقتضاب"})
# the size of a part of a group: عدد كبير من…، عدد قليل من…
GROUP_SIZES = frozenset({"كبير", "قليل", "محدود", "كثير", "ضخم", "هائل", "كبيرا", "قليلا"})
# "the veil" of an unveiling: كشفت الشركة النقاب عن طراز جديد (no statement)
UNVEIL = frozenset({"النقاب", "الغطاء", "الستار", "اللثام"})
# locatives that keep an affiliation inside a role: مصدر داخل الحكومة، مسؤول لدى الوزارة
LOCATIVE = frozenset({"داخل", "خارج", "لدي", "قرب", "مقرب", "مقربة"})
# words before a cue that deny the report took place (لم تعلن أي جهة مسؤوليتها)
NEGATION = frozenset({"لم", "لن", "لا", "ما", "ولم", "ولن", "ولا", "فلم", "فلا"})
# quantifiers heading a partitive group: وقال عدد من المسؤولين إن…
QUANTIFIERS = frozenset({"عدد", "بعض", "كثير", "احد", "احدي", "غالبية", "معظم", "اغلب", "مجموعة", "جملة"})
# ل + a pronoun after a statement names its owner, by the owner's gender and number (بيان لها، بيان له)
OWNER_PRONOUNS = {"له": ("m", "sg"), "لها": ("f", "sg"), "لهم": ("m", "pl"), "لهما": (None, "du")}
# nouns of a count of tens and more, their group a genitive: عشرات العمال، مئات الطلاب، آلاف المحتجين
COUNTS = frozenset({"عشرات", "مئات", "الاف", "الوف", "ملايين"})
# … and the words of quantity that a من-phrase of the group completes as well: العديد من الخبراء، الكثيرون من المستخدمين
PARTITIVES = QUANTIFIERS | {"عديد", "كثيرون", "كثيرين"}
# words that never stand inside a name: after a subject they open the object (نفى خطاب أي علاقة)
NOT_IN_NAME = frozenset({"اي", "جميع", "كافة", "عدم", "كل", "بعض", "ايه", "مجرد", "اية"})
# prepositions that open a frame, not an object: أكد على أهمية… (tokens are normalised: على → علي، إلى → الي)
PREPOSITIONS = frozenset({"علي", "الي", "عن", "من", "في", "ب", "ل", "مع", "حول", "لدي"})
# question words before an imperfect cue: an interviewer's question (ماذا تعتقد أن يحدث؟)
INTERROGATIVES = frozenset({"ماذا", "هل", "كيف", "لماذا", "متي", "اين", "الا", "افلا", "اما", "وهل", "فهل",
                            "وماذا", "فماذا", "وكيف"})
# prepositions before a verb form that make it a masdar (مع توقع المستثمرين…، على الرغم من كشف
# السلطات…، إلى وصف أردوغان بأنه…); not من "who" (من يعتقد أن…), حتى "until" (حتى قال…) nor منذ
# "since" (منذ أعلن الرئيس استقالته)
BEFORE_MASDAR = frozenset({"مع", "الي", "في", "علي", "عن", "حول", "خلال", "عبر", "بعد", "قبل", "لدي",
                           "عند", "دون", "بدون", "رغم"})
# words only a verbal noun follows, never a finite verb: تم نقل المصابين، يتم ذكر…، عدم نقل المباراة
BEFORE_MASDAR_ONLY = frozenset({"تم", "يتم", "سيتم", "وتم", "ويتم", "وسيتم", "عدم", "وعدم", "بعدم", "لعدم"})
# words before a noun that counts or names it, never before a verb: ألف طالب، أي طالب، أبو طالب
COUNTING = frozenset({"اي", "كل", "لكل", "الف", "الاف", "مئات", "عشرات", "ملايين", "مليون", "ابو", "ابي",
                      "ابا", "بن", "ابن"})
# what is endangered, not threatened with: تهدد حياة المرضى، يهدد الأمن، تهدد استقرار المنطقة
ENDANGERED = frozenset({"حياة", "امن", "سلامة", "استقرار", "مستقبل", "مصير", "وجود", "صحة", "بقاء", "وحدة",
                        "حياته", "حياتهم", "امنها", "سلامته", "سلامتهم"})
# reporting verbs whose perfect looks like an elative adjective (أبرز "most prominent")
ELATIVES = frozenset({"أبرز", "أوضح", "أكد"})
# elatives that stand as a predicate (without the article): يُعتبر الجيش ثاني أكبر الجيوش، تعتبر
# الظاهرة من أخطر الظواهر، الذين يُعتبرون الأكثر عددا — "is considered the most…", no report
SUPERLATIVES = frozenset({"اكثر", "اهم", "ابرز", "افضل", "اكبر", "اقدم", "اول", "اشهر", "اقوي", "اعلي", "ادني",
                          "اصغر", "اطول", "اعظم", "اسرع", "اخطر", "اقل", "اقرب", "ابعد", "اجمل", "احسن", "اسوا",
                          "اغني", "اكثرهم", "اهمها", "ابرزها", "اكبرها", "ثاني", "ثالث"})
# subordinators: a noun phrase ends before them (وقال الوزير فيما كان يغادر القاعة إن…)
SUBORDINATORS = frozenset({"عندما", "حينما", "فيما", "بينما", "بعدما", "كلما", "طالما", "ريثما", "حين"})
# region nouns before a bare place name, which is no object: وقال مدير التعليم بمنطقة تبوك إن…
REGION_WORDS = frozenset({"منطقة", "محافظة", "مدينة", "امارة", "ولاية", "بمنطقة", "بمحافظة", "بمدينة", "لمنطقة",
                          "لمحافظة"})
# ordinals: after a definite noun an adjective of it, not the adverbial "first" (المدير الفني للفريق الأول)
ORDINALS = frozenset({"الاول", "الاولي", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس",
                      "الخامسة", "الاخير", "الاخيرة"})
# dashes: a parenthetical between dashes ends a noun phrase (وقال ضابط - فضل عدم الكشف عن اسمه - إن…)
DASHES = frozenset({"-", "–", "—", "ـ"})
# "he/she is…" after a name opens a parenthetical, no part of it (وقال خالد العمري وهو ناشط حقوقي إن…)
PARENTHETICAL = frozenset({"وهو", "وهي", "وهم", "وهما"})
# participles that govern a preposition inside a role: الهيئة المشرفة على الممر، الحركة المقربة من الحزب،
# المسؤول عن الملف، الكتيبة التابعة للجيش، الموظفون العاملون في الشركة (stems, without article or feminine/plural ending)
GOVERNING = frozenset({"مشرف", "مسؤول", "قائم", "تابع", "مكلف", "معني", "مختص", "منوط", "مقرب", "مهتم", "مشارك", "عامل",
                       "مدافع", "منبثق", "متخصص", "مناهض", "معارض", "موالي", "مؤيد", "مسؤولي", "مكلفين", "ملحق"})
# participles of belonging after a body (normalised, with the article): the body it belongs to follows,
# and the body's own name ends before them (مرصد الفتاوى التكفيرية [التابع لدار الإفتاء]، اللجنة المنبثقة عن…)
BELONGING = frozenset({"التابع", "التابعة", "المنبثق", "المنبثقة", "الملحق", "الملحقة"})
# nouns whose first و is a root letter, not "and": an object after a body's name (نفت وزارة الصحة وفاة
# المعتقل), never a second conjunct of it
RADICAL_WAW = frozenset({"وجود", "وقوع", "وصول", "وضع", "وقف", "وفاة", "ورود", "وجوب", "وقوف", "وحدة", "وعي",
                         "وفرة", "وثيقة", "وزارة", "وكالة", "ولاية", "وفد", "وظائف", "وظيفة", "وسائل", "وسيلة",
                         "وزير", "وزيرة", "والي", "وكيل", "وكيلة", "وضعية", "واقع", "وقت", "وتيرة", "وصف", "وعد",
                         "وداع", "ولادة", "وصفة", "وزن", "وفاء", "ورقة", "وثائق", "واجب", "واجهة"})
# nouns that follow the preposition على in set phrases, never a name after علي: على هامش المؤتمر، على حد قوله
AFTER_ALA = frozenset({"هامش", "خلفية", "صعيد", "حد", "لسان", "راس", "سبيل", "ضوء", "غرار", "مدي", "مدار", "وجه",
                       "نحو", "اساس", "مستوي", "اثر", "اعتبار", "عكس", "خلاف", "قدم", "امتداد", "مقربة", "ذمة", "ان",
                       "انه", "انها", "ما", "الرغم", "الفور", "الاقل", "الارجح", "الاطلاق", "الاكثر", "التوالي",
                       "الصعيد", "المستوي", "النحو", "الاقل", "الهامش", "اهمية", "ضرورة", "الحاجة", "اهمية"})
# "chief" before a definite plural heads a role: كبير الاقتصاديين في البنك الدولي، كبيرة المفاوضين
CHIEF = frozenset({"كبير", "كبيرة", "كبار"})
# a preposition with the pronoun of a relative clause's antecedent, before the clause's subject:
# وفي الوقت الذي شدد فيه المستهلكون على…، وهو ما أكد عليه الوزير
RESUMPTIVE = frozenset({"فيه", "فيها", "عليه", "عليها", "به", "بها", "اليه", "اليها", "منه", "منها", "عنه", "عنها"})
# "named" after a description: ساكن آخر يدعى سيرجي، سيدة تدعى مريم (normalised, يُدعى = يدعي "claims")
NAMING = frozenset({"يدعي", "تدعي", "يسمي", "تسمي", "اسمه", "اسمها"})
# nouns of a statement made, whose verb may follow with "in it": «أصدرت الوزارة بيانا أكدت فيه…»،
# «تصريحات للمدرب قال فيها…» (without the article; an accusative -ا is read off)
STATEMENT_NOUNS = frozenset({"تصريح", "تصريحات", "بيان", "كلمة", "مقابلة", "لقاء", "حديث", "حوار", "تغريدة",
                             "تغريدات", "رسالة", "خطاب", "مقال", "مقالة", "مداخلة", "تعليق", "تقرير", "دراسة",
                             "منشور", "اعلان", "وثيقة", "مذكرة", "كتاب", "تسجيل", "شريط", "فيديو", "برقية", "مقولة"})
# verbs of making a statement, perfect 3rd person: the subject of «ألقى الوزير كلمة قال فيها…»،
# «أصدرت الوزارة بيانا أكدت فيه…» is who speaks in the statement
MAKING = frozenset({"اصدر", "اصدرت", "اصدروا", "القي", "القت", "القوا", "ادلي", "ادلت", "ادلوا", "نشر", "نشرت",
                    "نشروا", "كتب", "كتبت", "كتبوا", "وجه", "وجهت", "وجهوا", "بث", "بثت", "بثوا", "اجري", "اجرت",
                    "عقد", "عقدت", "عقدوا"})
# verbs that describe an indefinite document after it (دراسة أجريت، تقرير نشر، استطلاع شمل)
ISSUING_VERBS = frozenset({"اجريت", "اجري", "نشرت", "نشر", "صدرت", "صدر", "اعدت", "اعد", "شملت", "شمل",
                           "اطلقت", "اطلق"})
# a verb of making with the pronoun of the document before it: دراسة [أعدها] مركز…، إحصائية [أجرتها] مجلة…
MADE_IT = frozenset({"اجرتها", "اجراها", "اجرته", "اعدتها", "اعدها", "اعدته", "اعده", "نشرتها", "نشرها", "نشرته",
                     "نشره", "اصدرتها", "اصدرها", "اصدرته", "اصدره", "نفذتها", "نفذها", "نفذته", "نفذه",
                     "اطلقتها", "اطلقها", "اطلقته", "اطلقه"})
# the imperfect of issuing in a document's relative clause: «أهم تقرير سنوي [يصدره] عن السعودية»
ISSUES_IT = frozenset({"يصدر", "تصدر", "يصدره", "يصدرها", "تصدره", "تصدرها", "ينشر", "تنشر", "ينشره", "ينشرها",
                       "تنشره", "تنشرها", "يعده", "يعدها", "تعده", "تعدها"})
# pronoun-carrying prepositions, demonstratives and adverbs between a cue and its content,
# never a subject: قال لي إن…، أشار كيري إليها، أكد ذلك مدير الفرع
FUNCTION = frozenset({"لي", "لنا", "لك", "لكم", "لهم", "لهن", "له", "لها", "عنه", "عنها", "منهم", "منهن", "فيهم",
                      "كيف", "اليها", "اليه", "اليهم", "عليها", "معه", "معها", "معهم", "جيدا", "تماما", "حينها",
                      "عندها", "بعضهم", "كثيرون", "اسمه", "اسمها", "اسم", "فيها", "فيه", "منه", "منها", "عليه",
                      "به", "بها", "هو", "هي", "هم", "ذلك", "هذا", "هذه", "تلك", "انه", "انها", "كل", "بعض", "لذلك",
                      "خلالها", "خلاله", "بذلك", "كذلك", "عندئذ", "حينئذ", "وقتها", "يومها", "مما"})


# ------------------------------------------------------------------ speaker mentions and resolution
# The classes the mention analyser (speakers/mention.py) and the document resolver
# (speakers/in_document.py) read.  The analyser compares normalised words (ة kept); the
# resolver's classes marked "folded" compare :func:`attribution.text.normalize.fold` keys (ة→ه).

# forms of address before a title or a name, neither role nor name: «قال سمو الأمير خالد الفيصل»
STYLES = {"سمو", "معالي", "فضيلة", "سماحة", "سعادة", "جلالة", "فخامة"}
# region nouns whose place name stays in the role: «المتحدث باسم الدفاع المدني بمنطقة جازان»
# (narrower than REGION_WORDS above, which the rules read with its ب/ل forms listed)
REGIONS = {"منطقة", "محافظة", "مدينة", "امارة", "ولاية", "بلدة", "قرية", "ريف"}
# the first word of a prayer after a name, no part of it: «قال ابن القيم رحمه الله»
PRAYER_HEADS = {"رحمه", "رحمها", "رحمهم", "رضي", "حفظه", "حفظها", "حفظهم", "يرحمه", "يحفظه", "عليه", "صلي"}
# words that open God's name in a scripture citation: «قال تعالى»، «قال الله عز وجل»
SCRIPTURE_OPENERS = {"تعالي", "سبحانه", "عز"}
# emphatic "the same", no part of a name: «وأكدت المصادر نفسها أن…»
EMPHATIC_SELF = {"نفسه", "نفسها", "ذاته", "ذاتها", "انفسهم"}
# words after an indefinite title that end its construct chain: «متحدث باسم الوزارة»، «مسؤول في الوزارة»
CONSTRUCT_STOPS = {"باسم", "في", "من", "لدي"}
# prepositions that open an affiliation inside a role: «الخبير في الموارد المائية منير الطرابلسي»
AFFILIATION_PREPOSITIONS = {"في", "من", "لدي", "علي", "عن"}  # (المسؤول عن الملف)
# pronoun subjects suffixed to لكن/إن/أن (folded) → (gender, number): «لكنه أوضح أن…»
# and the independent pronouns after a verb: «يعلن هو نفسه أن…»
PRONOUN_SUBJECTS = {"ه": ("m", "sg"), "ها": ("f", "sg"), "هم": (None, "pl"), "هما": (None, "du"), "هن": ("f", "pl"),
                    "هو": ("m", "sg"), "هي": ("f", "sg")}
# (folded) words that stop a name read backwards from its role: «يحاول جون كيري وزير الخارجية…»
# takes جون كيري but not «قال»، «في»…
NAME_STOPS = {"في", "من", "الي", "علي", "عن", "مع", "ان", "بان", "قال", "اكد", "هذا", "هذه", "كما", "ثم",
              "او", "و", "قد", "لقد", "لكن", "حيث", "بعد", "قبل", "عند", "امام", "بين", "كل", "اما", "عدم", "غير"}
# (folded) particles inside a name, never a name alone: «محمد بن سلمان»، «أبو مازن»
NAME_PARTICLES = {"بن", "بنت", "ابن", "ابو", "ابا", "عبد", "ال"}  # (أبا: أبو after a verb or preposition: سليمان أبا الخيل)
# (folded) description heads that may point at any official: «قال المسؤول الروسي» → the last named official
GENERIC_HEADS = {"مسؤول", "مسؤوله", "دبلوماسي", "دبلوماسيه", "سياسي", "مصدر", "متحدث", "متحدثه"}
# (folded) organisation heads too broad to stand for one named body: «الوزارة» is not in every «وزارة …»
BROAD_ORG_HEADS = {"وزاره", "شركه", "مجلس", "هيئه"}
# complementizers that end a noun phrase read forward: «أعلنت وزارة الصحة أنها…»
PHRASE_COMPLEMENTIZERS = {"ان", "بان", "انه", "انها"}
# words that end an organisation's name read forward: a complementizer, إلى, a common relative
# («وزارة الصحة التي…»)
ORG_NAME_STOPS = PHRASE_COMPLEMENTIZERS | {"الي", "التي", "الذي", "الذين"}
# the relative pronouns, bare and after و (…للرحلة والتي قامت…): a speaker mention never ends on one
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي", "اللائي"})
# ما of a free relative, bare or after من: «وهو ما أكده الوزير»، «مما يعني أن…»
WHAT = frozenset({"ما", "مما"})
TRAILING_RELATIVES = RELATIVES | {"و" + w for w in RELATIVES}
# (folded) words that join a name to the next one, never its end (across documents):
# «فيصل بن فرحان»، «أبو مازن»، «آل الشيخ» (آل folds to ال)
NASAB_JOINERS = {"بن", "ابن", "بنت", "ابو", "ام", "ال", "ذو"}
# (folded) prepositions and و left out when two roles are compared: «المشرف العام على التعليم»
ROLE_STOPS = {"في", "من", "عن", "علي", "الي", "ل", "ب", "و", "لدي"}
# "named" before a name: «ساكن آخر في موسكو يدعى سيرجي»، «شاب يدعى أحمد»، «واسمه الكامل …»
NAMED_WORDS = frozenset({"يدعي", "تدعي", "يسمي", "تسمي", "اسمه", "اسمها", "واسمه", "واسمها", "يلقب", "تلقب"})
# the speakers of scripture and hadith citations (speakers/mention.py names them so): quoted inside a
# speaker's words, never the antecedent of a later «وأكد سماحته»
SACRED_SPEAKERS = frozenset({"الله", "النبي محمد"})
# the Prophet as an article names him in a hadith (قال رسول الله صلى الله عليه وسلم): as sacred a
# speaker as SACRED_SPEAKERS' «النبي محمد», his name kept as written
PROPHET_NAMES = frozenset({"النبي محمد", "رسول الله", "الرسول", "النبي", "الرسول الكريم", "النبي الكريم", "نبينا محمد",
                           "المصطفى", "رسولنا الكريم", "نبينا"})
# plurals of bodies that may stand before their quoted names (صحف "الرياض" و"عكاظ"), as a dual does
BODIES_PLURAL = frozenset({"صحف", "وكالات", "قنوات", "شركات", "محطات", "مجلات", "اذاعات"})

# «البالغ (من العمر) 34 عاما»: the word that opens a person's age after a name or a role, never a family name
AGED = frozenset({"البالغ", "البالغة", "البالغه", "البالغين", "البالغات", "البالغان", "البالغتين"})
# "very": after adjectives and adverbs only, never after a verb (فهو حذر جداً، مؤكدة جدا)
DEGREE = frozenset({"جدا", "للغاية"})

# "while", "whereas": a clause of its own, with its own subject (…، بينما أكد الوزير…، فيما قال…)
WHILE = frozenset({"بينما", "وبينما", "فيما", "وفيما"})

# "in it": the pronoun of a relative clause on a statement or a scene (بيانا أكدت فيه أن…، المقطع الذي دعا فيه…)
IN_IT = frozenset({"فيه", "فيها"})
# و + a subject pronoun opening a circumstantial clause after a noun, never part of it: «الرئيس
# باراك أوباما [وهو من المدافعين عن المعاهدة] أعلن…»، «يقول الهاشمي، [وهو من…]، إن…»
AND_HE = frozenset({"وهو", "وهي", "وهم", "وهما", "وهن"})
# the two sides: nouns whose dual speaks (الجانبان، الطرفان), no speaker word in the singular
SIDES = frozenset({"جانب", "طرف"})
# "through it", the same pronoun after من: «ألقى كلمة أكد من خلالها أن…»، «بيانا أوضحت من خلاله…»
THROUGH_IT = frozenset({"خلاله", "خلالها"})

# the words of «(على) الرغم من / رغم أن / بالرغم من» "despite": a concessive phrase or clause
DESPITE = frozenset({"الرغم", "بالرغم", "رغم"})

#: «former / current» after a definite noun (normalised): the noun is a description, no name's word
#: (الغرافة [البطل السابق] للدوري، جون سميث [المدرب الحالي])
FORMER_OR_CURRENT = frozenset({"السابق", "السابقة", "الاسبق", "الاسبقة", "الحالي", "الحالية"})
