"""Closed Arabic word classes the rules read: punctuation, particles, prepositions, pronouns.

Unlike the lexicons in ``data/`` (reporting verbs, titles, organisations), which users extend,
these classes are closed: the grammar fixes them.  Words are normalised (أإآ→ا, ى→ي, ة kept).
Each set says what it is for, with an example sentence.
"""
from __future__ import annotations

OPEN = {"«": "»", "“": "”", "„": "”", '"': '"'}
CLOSE = {"»", "”", '"'}
QUOTES = set(OPEN) | CLOSE
COMMA = {"،", ",", "؛", ";"}
STOP_PUNCT = {".", "!", "?", "؟", "…"}
PRON = ("ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "كم")
KAN = {"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت", "قد", "وقد", "فقد", "لقد"}
# passive and impersonal forms: "it was said / it is noted that" (unattributed)
PASSIVE = {w: m for base, m in (("قيل", "say"), ("افيد", "report"), ("اشير", "note"), ("يقال", "say"),
                                  ("يشار", "note"), ("يفاد", "report"), ("يعتقد", "believe"))
            for w in (base, "و" + base)}
# words after which أن opens a clause of their own, not the reported content
NOUN_COMP = {"في", "من", "عن", "قبل", "بعد", "منذ", "حتي", "دون", "بدون", "اجل", "لاجل", "بمجرد", "رغم",
              "برغم", "يجب", "يمكن", "ينبغي", "لابد", "بد", "المقرر", "المتوقع", "المفترض", "المنتظر", "الي",
              "علي", "مع", "لمجرد", "غير", "سوي", "بعدما", "كما", "ما"}
ADDRESSEE_VERBS = {"أبلغ", "أخبر", "طمأن", "ناشد", "حذر", "دعا", "طالب"}
# "but he/she": a new report by the same speaker (…، لكنه نفى وجود خطط)
BUT_PRON = {"لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"}
RELAY_VERBS = {"نقل", "روى", "أورد"}
UNVEIL = {"النقاب", "الغطاء", "الستار", "اللثام"}
LOCATIVE = {"داخل", "خارج", "لدي", "قرب", "مقرب", "مقربة"}
# words before a cue that deny the report took place (لم تعلن أي جهة مسؤوليتها)
NEGATION = {"لم", "لن", "لا", "ما", "ولم", "ولن", "ولا", "فلم", "فلا"}
QUANTIFIERS = {"عدد", "بعض", "كثير", "احد", "احدي", "غالبية", "معظم", "اغلب", "مجموعة", "جملة"}
# words that never stand inside a name: after a subject they open the object (نفى خطاب أي علاقة)
NOT_IN_NAME = {"اي", "جميع", "كافة", "عدم", "كل", "بعض", "ايه", "مجرد", "اية"}
# (tokens are normalised: على → علي، إلى → الي)
PREPOSITIONS = {"علي", "الي", "عن", "من", "في", "ب", "ل", "مع", "حول", "لدي"}
INTERROGATIVES = {"ماذا", "هل", "كيف", "لماذا", "متي", "اين", "الا", "افلا", "اما", "وهل", "فهل", "وماذا", "فماذا", "وكيف"}
# reporting verbs whose perfect looks like an elative adjective (أبرز "most prominent")
ELATIVES = {"أبرز", "أوضح", "أكد"}
# subordinators: a noun phrase ends before them (وقال الوزير فيما كان يغادر القاعة إن…)
SUBORDINATORS = {"عندما", "حينما", "فيما", "بينما", "بعدما", "كلما", "طالما", "ريثما", "لدى", "حين"}
REGION_WORDS = {"منطقة", "محافظة", "مدينة", "امارة", "ولاية", "بمنطقة", "بمحافظة", "بمدينة", "لمنطقة", "لمحافظة"}
FUNCTION = {"لي", "لنا", "لك", "لكم", "لهم", "لهن", "له", "لها", "عنه", "عنها", "منهم", "منهن", "فيهم",
             "كيف", "اليها", "اليه", "اليهم", "عليها", "معه", "معها", "معهم", "جيدا", "تماما", "حينها", "عندها",
             "بعضهم", "كثيرون", "اسمه", "اسمها", "اسم", "فيها", "فيه", "منه", "منها", "عليه", "عليها", "له", "لها", "به", "بها", "هو", "هي", "هم",
             "ذلك", "هذا", "هذه", "تلك", "انه", "انها", "كل", "بعض", "عنه", "عنها", "اليه", "اليها"}  # tokens between a cue and its content
