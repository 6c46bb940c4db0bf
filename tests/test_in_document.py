"""Document-level speaker resolution, on candidates written by hand (no backend involved).

Each case is a short article, one sentence a string, and its reports as
``(sentence, cue, speaker mention or None, verb gender, verb number[, the claim's first word])``; the expected
``(speaker_name, speaker_role)`` of each record follows.
"""
from __future__ import annotations

import pytest

from attribution.lexicon.cues import default_lexicon
from attribution.records import Candidate, Cue, Document, Span
from attribution.speakers.in_document import mention_index, resolve_candidates


def _resolve(sentences: list[str], reports: list[tuple]) -> list[tuple[str | None, str | None]]:
    text = " ".join(sentences)
    starts = [sum(len(s) + 1 for s in sentences[:k]) for k in range(len(sentences))]
    cands = []
    for sent, cue, speaker, gender, number, *claim_from in reports:
        base, s = starts[sent], sentences[sent]
        c0 = base + s.index(cue)
        sp = None
        if speaker is not None:
            k = base + s.index(speaker, s.index(cue) if speaker in cue else 0)
            sp = Span.of(text, k, k + len(speaker))
        # the claim runs to the sentence's end from right after the cue, or from its given first words
        a = base + s.index(claim_from[0]) if claim_from else c0 + len(cue) + 1
        claim = Span.of(text, a, base + len(s) - 1)
        cands.append(Candidate(Cue(c0, c0 + len(cue), cue, cue, "say"), sent, sp, claim, "indirect", gender, number))
    recs = resolve_candidates(Document("d", text), cands)
    for r in recs:
        if r.speaker is not None:
            assert text[r.speaker.start:r.speaker.end] == r.speaker.text
    return [(r.speaker_name, r.speaker_role) for r in recs]


LAVROV = ("سيرغي لافروف", "وزير الخارجية الروسي")
LINDE = ("آن ليندي", "وزيرة الخارجية السويدية")
GUTERRES = ("أنطونيو غوتيريش", "الأمين العام")
FALIH = ("خالد الفالح", "الوزير")

CASES = [
    # a surname takes the fullest name of the document
    ("surname", ["قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات بناءة.", "وأكد لافروف أن الحوار سيستمر."],
     [(0, "قال", "وزير الخارجية الروسي سيرغي لافروف", "m", "sg"), (1, "أكد", "لافروف", "m", "sg")],
     [LAVROV, LAVROV]),
    # … also from a "title + name" phrase outside any report
    ("surname from the index", ["التقى الرئيس الفرنسي إيمانويل ماكرون في باريس أمس.", "وقال ماكرون إن اللقاء كان مثمرا."],
     [(1, "قال", "ماكرون", "m", "sg")],
     [("إيمانويل ماكرون", None)]),
    # a description takes the most recent named speaker whose role fits
    ("description", ["وقال المتحدث باسم وزارة الداخلية اللواء منصور التركي إن الحادث قيد التحقيق.",
                     "وأوضح المتحدث أن الأجهزة الأمنية تتابع القضية."],
     [(0, "قال", "المتحدث باسم وزارة الداخلية اللواء منصور التركي", "m", "sg"), (1, "أوضح", "المتحدث", "m", "sg")],
     [("منصور التركي", "المتحدث باسم وزارة الداخلية")] * 2),
    # … whose nationality adjectives match (الروسي ~ الروسي), skipping a more recent American
    ("description by nationality", ["قال نائب وزير الخارجية الروسي أوليغ سيرومولوتوف إن المشاورات مستمرة.",
                                    "وقال وزير الخارجية الأمريكي مايك بومبيو إن الموعد لم يحدد.",
                                    "وأكد المسؤول الروسي أن الحوار نشط."],
     [(0, "قال", "نائب وزير الخارجية الروسي أوليغ سيرومولوتوف", "m", "sg"),
      (1, "قال", "وزير الخارجية الأمريكي مايك بومبيو", "m", "sg"), (2, "أكد", "المسؤول الروسي", "m", "sg")],
     [("أوليغ سيرومولوتوف", "نائب وزير الخارجية الروسي"), ("مايك بومبيو", "وزير الخارجية الأمريكي"),
      ("أوليغ سيرومولوتوف", "نائب وزير الخارجية الروسي")]),
    # … and whose gender fits: الوزيرة is not وزير الصحة توفيق الربيعة
    ("description of another gender", ["قال وزير الصحة توفيق الربيعة إن اللقاح آمن.", "وأكدت الوزيرة أن الحملة تبدأ غدا."],
     [(0, "قال", "وزير الصحة توفيق الربيعة", "m", "sg"), (1, "أكدت", "الوزيرة", "f", "sg")],
     [("توفيق الربيعة", "وزير الصحة"), ("الوزيرة", "الوزيرة")]),
    # … or a person named with that role outside any report
    ("description from the index", ["يقول الخبير في الموارد المائية منير الطرابلسي إن السدود ممتلئة.",
                                    "وأضاف الخبير أن الموسم جيد."],
     [(1, "أضاف", "الخبير", "m", "sg")],
     [("منير الطرابلسي", "الخبير في الموارد المائية")]),
    # a definite organisation head takes the organisation named before
    ("organisation description", ["أعلنت وزارة المياه والكهرباء خطة جديدة.", "وقالت الوزارة إن التنفيذ يبدأ العام المقبل."],
     [(0, "أعلنت", "وزارة المياه والكهرباء", "f", "sg"), (1, "قالت", "الوزارة", "f", "sg")],
     [("وزارة المياه والكهرباء", None)] * 2),
    # an implicit subject takes the most recent speaker that agrees with the verb: أضافت feminine …
    ("implicit subject by gender", ["قالت وزيرة الخارجية السويدية آن ليندي إن بلادها تدعم الحوار.",
                                    "وقال الأمين العام أنطونيو غوتيريش إن الأمم المتحدة مستعدة.",
                                    "وأضافت أن الوقت ينفد.", "وتابع أن الحل سياسي."],
     [(0, "قالت", "وزيرة الخارجية السويدية آن ليندي", "f", "sg"), (1, "قال", "الأمين العام أنطونيو غوتيريش", "m", "sg"),
      (2, "أضافت", None, "f", "sg"), (3, "تابع", None, "m", "sg")],
     [LINDE, GUTERRES, LINDE, GUTERRES]),
    # … an organisation agrees in the feminine singular (وزارة → أضافت)
    ("implicit subject: an organisation", ["أعلنت وزارة الصحة تسجيل حالات جديدة.",
                                           "وقال المتحدث محمد العبدالعالي إن الوضع مستقر.", "وأضافت أن المستشفيات جاهزة."],
     [(0, "أعلنت", "وزارة الصحة", "f", "sg"), (1, "قال", "المتحدث محمد العبدالعالي", "m", "sg"),
      (2, "أضافت", None, "f", "sg")],
     [("وزارة الصحة", None), ("محمد العبدالعالي", "المتحدث"), ("وزارة الصحة", None)]),
    # … so does a non-human plural (مصادر → أضافت)
    ("implicit subject: a non-human plural", ["ذكرت مصادر مطلعة أن الاتفاق قريب.",
                                              "وقال الوزير خالد الفالح إن المفاوضات مستمرة.", "وأضافت أن التوقيع الأسبوع المقبل."],
     [(0, "ذكرت", "مصادر مطلعة", "f", "sg"), (1, "قال", "الوزير خالد الفالح", "m", "sg"), (2, "أضافت", None, "f", "sg")],
     [("مصادر مطلعة", None), FALIH, ("مصادر مطلعة", None)]),
    # … and a plural verb takes a human group (مسؤولون → أضافوا)
    ("implicit subject: a plural", ["قال مسؤولون أمريكيون إن القوات ستنسحب.", "وقال الوزير خالد الفالح إن الخطة جاهزة.",
                                    "وأضافوا أن الانسحاب تدريجي."],
     [(0, "قال", "مسؤولون أمريكيون", "m", "pl"), (1, "قال", "الوزير خالد الفالح", "m", "sg"), (2, "أضافوا", None, "m", "pl")],
     [("مسؤولون أمريكيون", None), FALIH, ("مسؤولون أمريكيون", None)]),
    # a pronoun subject refers back with its own features (لكنها: feminine singular)
    ("pronoun subject", ["وقالت رئيسة اللجنة هدى العمر إن التقرير جاهز.", "وقال الوزير سامي الحربي إن موعده لم يحدد.",
                         "لكنها أوضحت أن النشر قريب."],
     [(0, "قالت", "رئيسة اللجنة هدى العمر", "f", "sg"), (1, "قال", "الوزير سامي الحربي", "m", "sg"),
      (2, "أوضحت", "ها", "f", "sg")],
     [("هدى العمر", "رئيسة اللجنة"), ("سامي الحربي", "الوزير"), ("هدى العمر", "رئيسة اللجنة")]),
    # سموه points back at the last man speaking
    ("honorific pronoun", ["وقال أمير منطقة مكة المكرمة الأمير خالد الفيصل إن المشروع اكتمل.",
                           "وقالت مديرة المشروع هند الزاهد إن الافتتاح قريب.", "وأكد سموه أن الدعم مستمر."],
     [(0, "قال", "أمير منطقة مكة المكرمة الأمير خالد الفيصل", "m", "sg"), (1, "قالت", "مديرة المشروع هند الزاهد", "f", "sg"),
      (2, "أكد", "سموه", "m", "sg")],
     [("خالد الفيصل", "أمير منطقة مكة المكرمة"), ("هند الزاهد", "مديرة المشروع"), ("خالد الفيصل", "أمير منطقة مكة المكرمة")]),
    # a mention cut short inside a longer phrase takes the name the index read in that phrase
    # (علي "Ali" reads like على "on" once normalised)
    ("mention cut short", ["وأكد الشيخ علي الزهراني أن الاستعدادات اكتملت."],
     [(0, "أكد", "الشيخ", "m", "sg")], [("علي الزهراني", None)]),
    ("name with علي", ["وقال اللواء محمد على القحطاني إن الوضع مستقر.", "وأضاف القحطاني أن الطرق مفتوحة."],
     [(0, "قال", "اللواء محمد", "m", "sg"), (1, "أضاف", "القحطاني", "m", "sg")],
     [("محمد على القحطاني", None), ("محمد على القحطاني", None)]),
    # a rank and a surname: the person the article named in full
    ("rank and surname", ["وأوضح مدير الشرطة العقيد سالم بن فهد الشمري أن التحقيق مستمر.",
                          "وقال العقيد الشمري إن المتهمين أوقفوا."],
     [(0, "أوضح", "مدير الشرطة العقيد سالم بن فهد الشمري", "m", "sg"), (1, "قال", "العقيد الشمري", "m", "sg")],
     [("سالم بن فهد الشمري", "مدير الشرطة"), ("سالم بن فهد الشمري", "مدير الشرطة")]),
    # a name with no title, led by a given name, gives a bare surname its first name
    ("name with no title", ["وشوهدت الساعة على معصم فهد العنقري في صور الحفل.", "وقال العنقري إن الساعة هدية."],
     [(1, "قال", "العنقري", "m", "sg")], [("فهد العنقري", None)]),
    # a definite head with its modifiers describes the body the article named with that head
    ("organisation description", ["أعلنت هيئة موانئ الخليج أنها ستخفض الرسوم.",
                                  "وذكرت الهيئة المشرفة على الموانئ أن القرار مؤقت."],
     [(0, "أعلنت", "هيئة موانئ الخليج", "f", "sg"), (1, "ذكرت", "الهيئة المشرفة على الموانئ", "f", "sg")],
     [("هيئة موانئ الخليج", None), ("هيئة موانئ الخليج", None)]),
    # a statement "of its own" speaks for its issuer when it speaks later
    ("statement and issuer", ["وأوضحت وزارة النقل في بيان لها أن الطريق سيفتتح قريبا.", "وأضاف البيان أن الكلفة بلغت مليارا."],
     [(0, "أوضحت", "وزارة النقل", "f", "sg", "الطريق"), (1, "أضاف", "البيان", "m", "sg")],
     [("وزارة النقل", None), ("وزارة النقل", None)]),
    # a fuller form of the name elsewhere: closed by its family name in ال-…ي
    ("kunya closed by its family name", ["وقال القيادي أبو مالك الشامي إن القتال مستمر.", "وأضاف أبو مالك أن المعركة طويلة."],
     [(0, "قال", "القيادي أبو مالك الشامي", "m", "sg"), (1, "أضاف", "أبو مالك", "m", "sg")],
     [("أبو مالك الشامي", "القيادي"), ("أبو مالك الشامي", None)]),
    # a fuller name never takes a place phrase before the name (بريف دمشق محمد علوش)
    ("fuller name without a place", ["وقال المسؤول في جيش الإسلام بريف دمشق محمد علوش إن المعركة طويلة.",
                                     "وأضاف علوش أن الحل بعيد."],
     [(0, "قال", "المسؤول في جيش الإسلام بريف دمشق محمد علوش", "m", "sg"), (1, "أضاف", "علوش", "m", "sg")],
     [("محمد علوش", "المسؤول في جيش الإسلام بريف دمشق"), ("محمد علوش", "المسؤول في جيش الإسلام بريف دمشق")]),
    # God quoted in a sermon is never "his eminence" of the next report
    ("sacred speaker is no antecedent", ["وقال المفتي الشيخ سعد الخثلان في خطبته إن الأمانة واجبة.",
                                         "قال تعالى إن الله يأمركم أن تؤدوا الأمانات.", "وأكد سماحته أن الغش محرم."],
     [(0, "قال", "المفتي الشيخ سعد الخثلان", "m", "sg"), (1, "قال", "تعالى", "m", "sg"), (2, "أكد", "سماحته", "m", "sg")],
     [("سعد الخثلان", "المفتي"), ("الله", None), ("سعد الخثلان", "المفتي")]),
    # a family name with the article does not end a name a nasab continues
    ("nasab after a family name", ["وأكد الأمير خالد الفيصل بن عبدالعزيز مستشار الملك أن المشروع اكتمل.",
                                   "وبين أمير المنطقة أن القطار سيعمل قريبا."],
     [(0, "أكد", "الأمير خالد الفيصل بن عبدالعزيز مستشار الملك", "m", "sg"), (1, "بين", "أمير المنطقة", "m", "sg")],
     [("خالد الفيصل بن عبدالعزيز", "مستشار الملك"), ("أمير المنطقة", "أمير المنطقة")]),
    # a bare title is the paper's own official, a foreign one is qualified (وزير خارجية روسيا)
    ("unqualified title", ["التقى وزير الخارجية عادل الجبير في موسكو وزير خارجية روسيا سيرجي لافروف.",
                           "وقال وزير الخارجية إن اللقاء إيجابي."],
     [(1, "قال", "وزير الخارجية", "m", "sg")], [("عادل الجبير", "وزير الخارجية")]),
    # a description's nationality the named person's role lacks, when the portfolio agrees
    ("nationality the role lacks", ["وقع وزير المعادن أحمد الكاروري العقد مع الشركة.",
                                    "وقال وزير المعادن السوداني إن العقد يختلف."],
     [(1, "قال", "وزير المعادن السوداني", "m", "sg")], [("أحمد الكاروري", "وزير المعادن")]),
    # …but not on the head alone: «اللاعب الصربي» is no «اللاعب» of another country
    ("nationality on the head alone", ["وصل اللاعب محمد خالد إلى النادي أمس.", "وقال اللاعب الصربي إن الملعب رائع."],
     [(1, "قال", "اللاعب الصربي", "m", "sg")], [("اللاعب الصربي", "اللاعب الصربي")]),
    # a generic head with a nationality takes the titled person of that nationality
    ("generic head with a nationality", ["التقى وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش بنظيره أمس.",
                                         "وقال المسؤول الإماراتي إن المحادثات بناءة."],
     [(1, "قال", "المسؤول الإماراتي", "m", "sg")], [("أنور قرقاش", "وزير الدولة للشؤون الخارجية الإماراتي")]),
    # an indefinite description introduces someone new
    ("indefinite description", ["قال وزير الخارجية الأمريكي جون كيري إن المحادثات بناءة.",
                                "وقال مسؤول أمريكي إن الموعد لم يحدد."],
     [(0, "قال", "وزير الخارجية الأمريكي جون كيري", "m", "sg"), (1, "قال", "مسؤول أمريكي", "m", "sg")],
     [("جون كيري", "وزير الخارجية الأمريكي"), ("مسؤول أمريكي", "مسؤول أمريكي")]),
    # a lede describes its speaker and the next sentence names him
    ("lede then name", ["أكد رئيس هيئة الأركان العامة اليمنية أن البلاد في خطر.",
                        "وقال اللواء الركن محمد علي المقدشي إن الجيش مستعد."],
     [(0, "أكد", "رئيس هيئة الأركان العامة اليمنية", "m", "sg"), (1, "قال", "اللواء الركن محمد علي المقدشي", "m", "sg")],
     [("محمد علي المقدشي", "رئيس هيئة الأركان العامة اليمنية")] * 2),
    # …not when the named one's role is another's
    ("lede then another", ["أكد رئيس هيئة الأركان العامة أن البلاد في خطر.",
                           "وقال وزير الدفاع محمد علي المقدشي إن الجيش مستعد."],
     [(0, "أكد", "رئيس هيئة الأركان العامة", "m", "sg"), (1, "قال", "وزير الدفاع محمد علي المقدشي", "m", "sg")],
     [("رئيس هيئة الأركان العامة", "رئيس هيئة الأركان العامة"), ("محمد علي المقدشي", "وزير الدفاع")]),
    # no subject opens with a preposition or a circumstantial clause: the verb's subject is implicit
    ("preposition after the verb", ["قال الرئيس الأمريكي باراك أوباما إن الزيارة مهمة.",
                                     "وقال أمام ممثلي الاتحاد الأفريقي إن القانون فوق الجميع."],
     [(0, "قال", "الرئيس الأمريكي باراك أوباما", "m", "sg"), (1, "قال", "أمام ممثلي الاتحاد الأفريقي", "m", "sg")],
     [("باراك أوباما", "الرئيس الأمريكي")] * 2),
    # a statement speaks for the issuer the sentence names, and so do the verbs that continue it
    ("statement of an issuer", ["وقال بيان لـ«الأونروا» إن الوكالة عقدت اجتماعا.", "وأضاف البيان أن الأزمة حادة."],
     [(0, "قال", "بيان", "m", "sg"), (1, "أضاف", "البيان", "m", "sg")], [("الأونروا", None)] * 2),
    ("statement issued by", ["وأكد بيان صادر عن وزارة الداخلية اليوم أن الحادث قيد التحقيق.", "وأضاف أن المتهمين فروا."],
     [(0, "أكد", "بيان صادر عن وزارة الداخلية", "m", "sg"), (1, "أضاف", None, "m", "sg")],
     [("وزارة الداخلية", None)] * 2),
    ("statement issued from", ["وأضاف البيان الصادر من الاتحاد السعودي لكرة القدم أن الموسم ناجح."],
     [(0, "أضاف", "البيان الصادر من الاتحاد السعودي لكرة القدم", "m", "sg")], [("الاتحاد السعودي لكرة القدم", None)]),
    # a given name alone takes the one Arabic-shaped fuller name of the document, titled or not
    ("given name alone", ["وشاركت تهاني عبدالهادي في المعرض.", "وقالت تهاني إن المعرض ناجح."],
     [(1, "قالت", "تهاني", "f", "sg")], [("تهاني عبدالهادي", None)]),
    ("statement of the committee", ["وذكر تقرير للجنة الوطنية لحقوق الإنسان أن الأوضاع سيئة."],
     [(0, "ذكر", "تقرير", "m", "sg")], [("اللجنة الوطنية لحقوق الإنسان", None)]),
    ("honorific and surname", ["افتتح عميد الكلية الدكتور علي العلق المعرض أمس.", "وقال الدكتور العلق إن المعرض ناجح."],
     [(1, "قال", "الدكتور العلق", "m", "sg")], [("علي العلق", None)]),
    ("his excellency after a verb", ["التقى وزير الشؤون الإسلامية الشيخ صالح آل الشيخ بالأئمة.",
                                     "وترأس معاليه الاجتماع أمس، حاثا الجميع على أن يعملوا بجد."],
     [(1, "حاثا", "معاليه", "m", "sg")], [("صالح آل الشيخ", "وزير الشؤون الإسلامية")]),
    # إمام "imam" is no أمام "before"
    ("imam", ["وقال إمام وخطيب المسجد النبوي الشيخ صلاح البدير إن الدنيا متاع."],
     [(0, "قال", "إمام وخطيب المسجد النبوي الشيخ صلاح البدير", "m", "sg")],
     [("صلاح البدير", "إمام وخطيب المسجد النبوي")]),
    ("description cut short", ["وأوضح سليمان العائد مسؤول تسجيل الغذاء في الهيئة أن المنتجات آمنة.",
                               "ولفت مسؤول تسجيل الغذاء إلى أن العينات سليمة."],
     [(0, "أوضح", "سليمان العائد مسؤول تسجيل الغذاء", "m", "sg"), (1, "لفت", "مسؤول تسجيل", "m", "sg")],
     [("سليمان العائد", "مسؤول تسجيل الغذاء")] * 2),
    ("by saying", ["قال شيخ الأزهر أحمد الطيب إن النظرية ساقطة.", "وتابع بقوله إن الجميع فهم ذلك."],
     [(0, "قال", "شيخ الأزهر أحمد الطيب", "m", "sg"), (1, "تابع", "بقوله", "m", "sg")],
     [("أحمد الطيب", "شيخ الأزهر")] * 2),
    ("circumstantial clause", ["قالت المعلمة سارة أحمد إن الدرس انتهى.", "وأضافت وهي تبكي إن الطلاب رحلوا."],
     [(0, "قالت", "المعلمة سارة أحمد", "f", "sg"), (1, "أضافت", "وهي تبكي", "f", "sg")],
     [("سارة أحمد", "المعلمة")] * 2),
    # an article of a law is named by its number
    ("numbered document", ["ونصت المادة (12) على أنه يحق للمرشح الاعتراض."],
     [(0, "نصت", "المادة", "f", "sg")], [("المادة (12)", None)]),
]


@pytest.mark.parametrize("sentences, reports, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_resolution(sentences, reports, expected):
    assert _resolve(sentences, reports) == expected


# (text, [(name, role, type)]): the "title + name" and organisation phrases the resolver looks up
INDEX = [
    ("يقول الخبير في الموارد المائية منير الطرابلسي إن السدود ممتلئة.",
     [("منير الطرابلسي", "الخبير في الموارد المائية", "person")]),
    # the name right before its role
    ("يحاول جون كيري وزير الخارجية فعله.", [("جون كيري", "وزير الخارجية", "person")]),
    ("أصدرت وزارة المياه والكهرباء بيانا أمس.", [("وزارة المياه والكهرباء", None, "organization")]),
    # a definite head alone is a description, not a name
    ("وقالت الوزارة إن العمل مستمر.", []),
    # a document and an organisation in one construct chain are both looked up
    ("وأوضح بيان أمانة جدة أن الأعمال انتهت.", [("بيان أمانة جدة", None, "document"),
                                                ("أمانة جدة", None, "organization")]),
    # a dash opens a parenthetical after the title, never the name: فضل عدم is "preferred not to"
    ("وقال ضابط يمني - فضل عدم الكشف عن اسمه - إن الجيش منهك.", []),
    ("وقال المتحدث الرسمي سعد الخليوي - في تصريح - إن الحادث بسيط.",
     [("سعد الخليوي", "المتحدث الرسمي", "person")]),
    # a surname beginning like ب/ل/ف after the first name is a surname, a preposition phrase is not
    ("التقى الرئيس الروسي فلاديمير بوتين نظيره أمس.", [("فلاديمير بوتين", "الرئيس الروسي", "person"),
                                                       ("فلاديمير بوتين", "نظيره", "person")]),
    ("قال وزير الخارجية الفرنسي لوران فابيوس أمس.", [("لوران فابيوس", "وزير الخارجية الفرنسي", "person")]),
    ("وطالب المدرب إبراهيم مجدي بضرورة الالتزام.", [("إبراهيم مجدي", "المدرب", "person")]),
    ("وأوضح الفنان حسين محي بقوله إن العمل انتهى.", [("حسين محي", "الفنان", "person")]),
    # an adverb ends an organisation's name; a preposition phrase and a verb before a title are no name
    ("أعلنت وزارة الصحة اليوم الثلاثاء عن حالات جديدة.", [("وزارة الصحة", None, "organization")]),
    ("من جانبه قدم رئيس الاتحاد السعودي لكرة القدم شكره.", [("الاتحاد السعودي", None, "organization")]),
    # a caption's verb before a name is no part of it
    ("الأمير محمد بن سلمان يصافح أشتون كارتر وزير الدفاع الأمريكي.",
     [("محمد بن سلمان", None, "person"), ("أشتون كارتر", "وزير الدفاع الأمريكي", "person")]),
    # (the verb before the name, يحاول, is no part of it; the object after the title is no name)
    ("يحاول جون كيري وزير الخارجية الأمريكي إقناع الطرفين.", [("جون كيري", "وزير الخارجية الأمريكي", "person")]),
    # an institution named after a person names no person: the man's name follows it
    ("وقال مدير عام مستشفى الملك فهد محمد العتيبي إن الوضع مستقر.",
     [("محمد العتيبي", "مدير عام مستشفى الملك فهد", "person"), ("مستشفى الملك فهد", None, "organization")]),
    # a name before its title: a nasab chain with its family name, or a given name and an ال-surname
    ("وقال ماهر بن صالح جمال رئيس مجلس الإدارة إن الاتفاقية مهمة.",
     [("ماهر بن صالح جمال", "رئيس مجلس الإدارة", "person"), ("مجلس الإدارة", None, "organization")]),
    ("وقال نبيل العربي الأمين العام للجامعة إن الوضع خطير.",
     [("نبيل العربي", "الأمين العام للجامعة", "person")]),
    # (not the nasab's tail: «نايف بن عبدالعزيز» is no person of «سعود بن نايف بن عبدالعزيز أمير…»)
    ("وقال الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية إن الأمن مستتب.",
     [("سعود بن نايف بن عبدالعزيز", "أمير المنطقة الشرقية", "person")] * 2),  # (the title's phrase and the honorific's)
    # a quoted name belongs to the organisation, a quoted clause after it does not
    ("وقالت شركة «أرامكو السعودية» إن الإنتاج مستقر.", [("شركة أرامكو السعودية", None, "organization")]),
    ("وتعمل اللجنة تحت مظلة جمعية المنتجين السعوديين «ولدينا الاستعداد الكامل لدعمها لوجستيا ومعنويا».",
     [("جمعية المنتجين السعوديين", None, "organization")]),
    # a name after و is another person: the role is the name's before it
    ("وقد وقع المذكرة فهد الرشيد، العضو المنتدب للمدينة، وسامي الخرساني، مدير عام المركز.",
     [("فهد الرشيد", "العضو المنتدب للمدينة", "person")]),
    # علي is the name before a given name or a particle, على the preposition before a noun
    ("ووصل علي شايف الحريري أمس.", [("علي شايف الحريري", None, "person")]),
    ("وحرص على حضور الاجتماع.", []),
    # a compound family name (الجار الله) closes the nasab
    ("وألقى الدكتور إبراهيم بن محمد الجار الله كلمة بالمناسبة.", [("إبراهيم بن محمد الجار الله", None, "person")]),
    # a second construct joined by و goes on with an organisation's name (a feminine verbal noun and its genitive)
    ("وأكدت هيئة الاتصالات وتقنية المعلومات أن القرار نافذ.", [("هيئة الاتصالات وتقنية المعلومات", None, "organization")]),
    # an untitled name with the compound family name «العبد + ال-word»
    ("وحضر محمد العبد الله الحفل أمس.", [("محمد العبد الله", None, "person")]),
    ("وقال المطرب عمر العبد اللطيف إن الحفل ناجح.", [("عمر العبد اللطيف", "المطرب", "person")]),
]


# (text, cue, speaker_name): what the resolver makes of the rules' candidates in a whole document
PIPELINE = [
    # an organisation's proper name without its generic noun, when the article writes it bare too
    ("وقالت وكالة رويترز إن الاجتماع تأجل. ونقلت رويترز عن مصادر أن الموعد لم يحدد.", "قالت", "رويترز"),
    ("وأعلنت شركة آبل الأمريكية أن مبيعاتها زادت. وقالت آبل إن الطلب قوي.", "أعلنت", "آبل"),
    ("وأعلنت شركة أرامكو السعودية أن أرباحها زادت. وقالت أرامكو السعودية إن الطلب قوي.", "أعلنت", "أرامكو السعودية"),
    ('أعلنت شركة "نجمة الخليج" أن أرباحها زادت. وبحسب نجمة، فإن الطلب قوي.', "أعلنت", "نجمة الخليج"),
    ("وذكرت منظمة العفو الدولية أن الاعتقالات مستمرة. وطالبت العفو الدولية بالإفراج عنهم.", "ذكرت", "العفو الدولية"),
    ("وقال تنظيم داعش إن الهجوم نفذه عناصره. وتبنى داعش الهجوم.", "قال", "داعش"),
    ("وأعلن نادي برشلونة الإسباني أنه تعاقد مع اللاعب. وقال برشلونة إن الصفقة تمت.", "أعلن", "برشلونة"),
    # … only a nationality is the club's description, not its name (أبها is a city written bare)
    ("وأعلن نادي أبها الأدبي أن الأمسية تأجلت. ووصل الوفد إلى أبها أمس.", "أعلن", "نادي أبها الأدبي"),
    # … and no shorter name without that evidence (the words after the noun may be common ones)
    ("وقالت شركة مياه الرياض إن الضخ مستمر. وأضافت الشركة أن العمل جار.", "أضافت", "شركة مياه الرياض"),
    # على with its alef maqsura after a surname is the preposition, no part of the name
    ("وقال الوزير سامح شكري إن الحوار مثمر. واتفق الطرفان مع شكري على أهمية التعاون. وشدد شكري على أن القرار مستقل.",
     "شدد", "سامح شكري"),
    ("وقال المهندس خالد طاهر إن المشروع اكتمل. وأثنى خالد طاهر على التعاون، مؤكدا أن الفريق جاهز.",
     "مؤكدا", "خالد طاهر"),
    # a statement named in a clause that reports nothing is still its owner's: «في تقريرها» after
    # the subject, «أصدرت X بيانا», «أكدت X ذلك في بيان.»
    ("توقعت الهيئة العامة للطقس والمناخ في تقريرها اليومي أجواء معتدلة على المرتفعات. "
     "وأورد التقرير أن الرياح ستكون شمالية.", "أورد", "الهيئة العامة للطقس والمناخ"),
    ("أعلنت شركة الواحة في تقريرها الفصلي أن الأرباح تضاعفت. وذكر التقرير أن المطالبات تراجعت.",
     "ذكر", "شركة الواحة"),
    ("كشفت إدارة التعليم بمحافظة الخرج عن تقريرها السنوي للمدارس. وأوضح التقرير أن عدد الطلاب ارتفع.",
     "أوضح", "إدارة التعليم بمحافظة الخرج"),
    ("أصدرت مصلحة الزكاة والدخل تقريرا عن نشاطها. وبين التقرير أن التحصيل ارتفع.", "بين", "مصلحة الزكاة والدخل"),
    ("وأكدت وزارة الإسكان ذلك في بيان. ولفت البيان إلى أن الدفعة الثانية قريبة.", "لفت", "وزارة الإسكان"),
    # … not a statement someone received, nor one of another head
    ("تسلم محافظ المدينة عبد الرحمن الفالح تقريرا عن المشاريع. وأشار التقرير إلى أن العمل متأخر.", "أشار", "التقرير"),
    ("توقعت الهيئة العامة للطقس والمناخ في تقريرها أجواء معتدلة. وقال البيان إن الأمطار محتملة.", "قال", "البيان"),
    # a compound given name written in two words opens a name (عبد الله بن زايد، عبد الله البرقان)
    ("جدد الشيخ عبد الله بن زايد، وزير الخارجية الإماراتي، دعم بلاده لليمن، وقال: «لن ندخر جهدا».",
     "قال", "عبد الله بن زايد"),
    ("كشف رئيس لجنة الانضباط الدكتور عبد الله الزيدي حقيقة الموقف. وقال إن الناديين لم ينهيا الشكاوى.",
     "قال", "عبد الله الزيدي"),
    # "his highness" points back at the person the article styled so, not the last one with a title
    ("استقبل صاحب السمو الملكي الأمير فيصل بن خالد أمير منطقة عسير في مقر الإمارة أمس مدير الأمن العام الفريق عثمان المحرج. "
     "ورحب سموه بالفريق المحرج، موضحا أن رجال الأمن هم صمام الأمان.", "موضحا", "فيصل بن خالد"),
    # … also as the subject of the sentence before a report with a dropped subject
    ("استقبل معالي وزير الصحة المهندس خالد الفالح الأمير سعود بن نايف. ونوه معاليه بالجهود. "
     "وأوضح أن الخدمات الصحية تتحسن.", "أوضح", "خالد الفالح"),
    # a definite role, subject of the sentence before, is the dropped subject (not the last speaker)
    ("وأضاف البيان أن الاتحاد أقر عقوبات. من جانبه قدم رئيس الاتحاد السعودي شكره للأمير. "
     "وقال إن الدعم ليس مستغربا.", "قال", "رئيس الاتحاد السعودي"),
    # no speaker yet: a dropped subject is the person the article named with a title, when agreeing
    ("ألقى مدير الجمعية الأستاذ عمر الجاسر كلمة بالمناسبة. وقال إن الميزانية متواضعة.", "قال", "عمر الجاسر"),
    ("ألقى مدير الجمعية الأستاذ عمر الجاسر كلمة بالمناسبة. وقالت إن الميزانية متواضعة.", "قالت", None),
    # a style alone as the subject (the rules stopped at it) is the person named after it
    ("حث معالي المستشار بالديوان الملكي إمام وخطيب المسجد الحرام الشيخ الدكتور صالح بن عبدالله بن حميد الذين "
     "زلت بهم القدم أن يعودوا إلى العلم.", "حث", "صالح بن عبدالله بن حميد"),
    # the rules stopped after a style and a title word: the index reads the phrase to its name
    ("وقال معالي مدير جامعة الملك سعود الدكتور بدران العمر إن الجامعة تتطور.", "قال", "بدران العمر"),
    # «ابن X» is the nasab of a fuller name «Y بن X»; علي opens a name before a given name or a particle
    ("وقال الدكتور خالد بن حميد إن الوضع صعب. وأضاف ابن حميد أن القوات تتقدم.", "أضاف", "خالد بن حميد"),
    ("ووصل علي شايف الحريري إلى عدن أمس. وقال الحريري إن القوات تتقدم.", "قال", "علي شايف الحريري"),
    # an honorific or a rank and a document person's surname is that person
    ("وأوضح محافظ الطائف المهندس محمد بن عبدالرحمن المخرج أن المشروع بدأ. وأكد المهندس المخرج أن العمل مستمر.",
     "أكد", "محمد بن عبدالرحمن المخرج"),
    ("وقال عضو شرف نادي الهلال، الأمير عبدالله بن مساعد، إن الفريق جاهز.", "قال", "عبدالله بن مساعد"),
    # after لل the role keeps its article, the name gains none
    ("ووفقاً للناطق الإعلامي بشرطة المنطقة الرائد بدر السحيباني فإن الجهات الأمنية تلقت بلاغاً.", "وفقاً", "بدر السحيباني"),
    # a compound surname takes the fullest name, far into a nasab
    ("وألقى الدكتور إبراهيم بن محمد الجار الله كلمة بالمناسبة. وأضاف الجار الله أن الحفل ناجح.", "أضاف",
     "إبراهيم بن محمد الجار الله"),
    # …and so does «العبد + ال-word», titled or not
    ("غنى النجم الأردني عمر العبد اللات في المهرجان. وأكد العبد اللات أن الشعبين شعب واحد.", "أكد", "عمر العبد اللات"),
    ("وحضر محمد العبد الله الحفل أمس. وأكد العبد الله أن الشعبين شعب واحد.", "أكد", "محمد العبد الله"),
    # a foreign surname in -ين is no sound plural (مكلارين), and takes the document's fuller name
    ("ويقود الفريق المدرب ستيف مكلارين منذ الصيف. وأضاف مكلارين أن الصفقة رائعة.", "أضاف", "ستيف مكلارين"),
    # a family name of the diminutive shape ends a name the lexicon does not know
    ("وقال الشاعر حميدان الشويعر إن الحياة صعبة.", "قال", "حميدان الشويعر"),
    # a description is the one speaker the article names with the very same description
    ("بينما أكد ناشط سياسي موصلي أن بغداد تعمدت نقل الشرطة. وقال مسؤول محلي إن الوضع هادئ. "
     "من جانبه، قال الناشط السياسي الموصلي، غانم العابد، إن الحكومة تعمدت ذلك.", "أكد", "غانم العابد"),
    # (not when two named speakers share it, nor a one-word description)
    ("وأكد مسؤول أمريكي أن المحادثات مستمرة. وقال المسؤول الأمريكي جون كيري إن الوضع صعب. "
     "وقال المسؤول الأمريكي جون كيربي إن الوضع هادئ.", "أكد", "مسؤول أمريكي"),
    ("وأكد مسؤول أن المحادثات مستمرة. وقال الوزير فهد العلي إن الوضع صعب. وقال المسؤول سالم الخالدي إن الوضع هادئ.",
     "أكد", "مسؤول"),
    # after a rank, علي and a bare word are a name; a ب-place after a role is the role's
    ("وقال الرائد علي عجمي مدير إعلام الشرطة إن الأجهزة عثرت على طائرة.", "قال", "علي عجمي"),
    ("أكدت رئيسة المركز الدولي للدراسات بتونس بدرة قعلول أن الهروب مستمر.", "أكدت", "بدرة قعلول"),
    # the king's style: alone, or «الملك» and an epithet, is the article's first king so styled; «باسمه
    # واسم شعب…» is how he spoke
    ("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة للملك محمد السادس. "
     "وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة عن أصدق التهاني.", "أعرب", "سلمان بن عبدالعزيز"),
    ("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة. وكما بعث نائب خادم الحرمين الشريفين "
     "الأمير محمد بن نايف برقية مماثلة. وأعرب خادم الحرمين الشريفين عن أصدق التهاني.", "أعرب", "سلمان بن عبدالعزيز"),
    # a pronoun of style with nobody before it: the first person styled so after it
    ("وبشأن العراق، أكد معاليه أن الإصلاحات ضرورية. وقال إننا واصلنا النقاش مع معالي وزير الخارجية عادل الجبير.",
     "أكد", "عادل الجبير"),
    # …whole words: «سموه» before the king's name styles the king no «سمو»
    ("تفقد صاحب السمو الملكي الأمير سعود بن نايف أمير المنطقة الشرقية المصابين. ونقل سموه للمصابين تحيات "
     "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز. وأكد سموه أن الزيارة أتت بتكليف.", "أكد", "سعود بن نايف"),
    # a statement named between a verb and its content, or put out just before, is its speaker's
    ("وقالت قيادة القوات المشتركة في بيان الليلة: «إن الضربات أصابت أهدافها». وأضاف البيان أن القوات تقدمت.",
     "أضاف", "قيادة القوات المشتركة"),
    ("وقالت السفارة السعودية في بيان أمس إن الطفلة بخير. وأضاف البيان أن السفارة تتابع حالتها.", "أضاف",
     "السفارة السعودية"),
    # an indefinite lede description with a nationality: the one named speaker of that title and nation
    ("كشف وزير في الحكومة الشرعية اليمنية عن خطة لإعادة تأهيل المستشفى. وقال عبد الرقيب سيف فتح، وزير الإدارة "
     "المحلية اليمني، إن المباحثات ناجحة.", "كشف", "عبد الرقيب سيف فتح"),
    ("كشف وزير يمني عن خطة لإعادة تأهيل المستشفى. وقال عبد الرقيب سيف فتح، وزير الإدارة المحلية اليمني، إن "
     "المباحثات ناجحة. وقال محمد علي المقدشي، وزير الدفاع اليمني، إن الجيش مستعد.", "كشف", "وزير يمني"),
    # a nationality used as a noun names the person introduced with it (السويسري كريستيان غروس)
    ("كشف السويسري كريستيان غروس مدرب الفريق أنه لم يناقش عقده. وكشف السويسري المتوج بجائزة أفضل مدرب "
     "في حديث لصحيفة أن قبوله العمل جاء برغبة منه.", "وكشف"[1:], "كريستيان غروس"),
    # a definite sound plural is the group an earlier quantifier introduced with the same noun
    ("وطالب عدد من المستهلكين بخفض الأسعار. وشدد المستهلكون على ضرورة التخفيض.", "شدد", "عدد من المستهلكين"),
    # … and the group the article introduced so outside any report, or as an indefinite plural with its adjectives
    ("نشر فريق من المهندسين المصريين دراسة عن السد. وأكد المهندسون أن السد آمن.", "أكد", "فريق من المهندسين المصريين"),
    ("التقى الوزير عشرات من المزارعين في القرية. وقال المزارعون إن المحصول ضعيف.", "قال", "عشرات من المزارعين"),
    ("اشتبك جنود ومسلحون موالون للحكومة قرب الحدود. وقال المسلحون إن الهجوم صد.", "قال", "مسلحون موالون للحكومة"),
    ("تظاهر متقاعدون عسكريون أمام البرلمان. وقال المتقاعدون إن رواتبهم ضعيفة.", "قال", "متقاعدون عسكريون"),
    # a title in construct with a body's common noun: the one person titled with the body's proper name
    ("وقال رئيس الشركة إن الأرباح ارتفعت. ووقعت شركة الريان العقد بحضور رئيس الريان خالد السالم.", "قال",
     "خالد السالم"),
    ("وقال رئيس النادي إن الفريق جاهز. وحضر رئيس الهلال فهد المطوع مباراة نادي النصر.", "قال", "رئيس النادي"),
    ("وقال رئيس النادي إن الفريق جاهز. وكان نادي الشباب قد عين رئيس الشباب سعد الماجد ورئيس الشباب خالد "
     "البلطان.", "قال", "رئيس النادي"),
    # not a bare indefinite plural (no fuller form), nor a definite one without a quantifier
    ("تظاهر متقاعدون أمام البرلمان. وقال المتقاعدون إن رواتبهم ضعيفة.", "قال", "المتقاعدون"),
    ("اجتمع الوزير مع المزارعين في القرية. وقال المزارعون إن المحصول ضعيف.", "قال", "المزارعون"),
    # after a nasab particle علي is the father's name; a short form takes the name with its nasab
    ("دعا رئيس اللجنة، الدكتور هادي بن علي اليامي، الهيئات إلى التحرك. وقال اليامي إن الوضع مأسوي.", "قال",
     "هادي بن علي اليامي"),
    ("وقال مدير المكتب خالد بن محمد الوهيبي إن العمل مستمر. وأضاف خالد الوهيبي أن المشروع ناجح.", "أضاف",
     "خالد بن محمد الوهيبي"),
    # a definite title the rules ended where a second title of the same person runs on to the name
    ("أوصى سماحة مفتي عام المملكة رئيس هيئة كبار العلماء الشيخ عبدالعزيز بن عبدالله آل الشيخ المسلمين بالتقوى، "
     "عادّاً إصلاح الشباب من أفضل الأعمال.", "عادّاً", "عبدالعزيز بن عبدالله آل الشيخ"),
    # …or after على "over" and what the title is over, a second title joined by و, then the name
    ("وأكد المشرف العام على المعرض ونائب رئيس اللجنة المنظمة في الغرفة التجارية المهندس فهد القحطاني أن "
     "الأجنحة اكتملت.", "أكد", "فهد القحطاني"),
    ("وأوضح المشرف العام على البرنامج أن الدكتور سمير الحربي سيحضر الحفل.", "أوضح", "المشرف العام"),
    # an outlet cited as a source relays: the dropped subject after it is the last speaker's
    ("وقال السيناتور جون كيندي إن العصا تعود إلى السفير، حسب رويترز. وأضاف أن العصا أعيرت له مرتين.", "أضاف",
     "جون كيندي"),
    # her spokesman, named
    ("ولم يقدم المتحدث باسمها مين كيونج الذي أعلن اسم الوزير سببا للإقالة. وقال المتحدث باسمها إن الوزير استقال.",
     "قال", "مين كيونج"),
    # a generic description is the speaker introduced with the same noun, not a president it fits
    # only as any official does
    ("وقال المسؤول الرفيع المستوى إن العقوبات ستستمر. وتؤكد إدارة الرئيس الأميركي جو بايدن أن الحوار ممكن. "
     "وشرح المسؤول الأميركي أن التعاون يتحسن.", "شرح", "المسؤول الرفيع المستوى"),
    # a generic head is anyone's: the definite one is the last source of that noun, qualified or not
    ("قال مصدر إن الوفد سيصل غدا. وقال مصدر روسي مطلع على الزيارة إن الموعد تحدد. "
     "وأضاف المصدر أن الوفد سيلتقي الوزير.", "أضاف", "مصدر روسي مطلع"),
    # a surname is the name it ends (أرسين فينجر, indexed before his title though no report names him
    # there) before a longer phrase it stands inside («مورينيو منافس فينجر اللدود»: the rival, described)
    ("أشاد أرسين فينجر مدرب آرسنال بأداء فريقه الصلب. وقال مورينيو منافس فينجر اللدود إن الفريق دافع جيدا. "
     "وأكد فينجر أن الفوز مهم.", "أكد", "أرسين فينجر"),
    # أبا (أبو after a verb or a preposition) is a particle: it joins the name after it
    ("حذر الشيخ سليمان أبا الخيل وزير الشؤون الإسلامية السابق من الغلو. ولفت أبا الخيل إلى أن الجماعات خطرة.",
     "لفت", "سليمان أبا الخيل"),
    # «the report» with none named before it, after an outlet reported: the outlet's
    ("ذكرت صحيفة «الغارديان» أن الشرطة أغلقت الشارع. وأغلق الشارع ساعتين، حسب التقرير.", "حسب",
     "صحيفة الغارديان"),
    # a man named with a style and his post: the post alone names him later; an object after a
    # comma is no second name of his
    ("افتتح صاحب السمو الملكي الأمير فهد بن سلطان أمير منطقة تبوك، الدورة الخامسة للمعرض أمس. "
     "وقال سمو أمير منطقة تبوك إن المعرض يخدم الأسر المنتجة.", "قال", "فهد بن سلطان"),
    ("أكد صاحب السمو الملكي الأمير فيصل بن مشعل أمير منطقة القصيم، قرار الهيئة بتسجيل الموقع إنجازا للمنطقة. "
     "وأضاف سمو أمير منطقة القصيم أن الموقع سيستقبل الزوار.", "أضاف", "فيصل بن مشعل"),
    # «his envoy» is an envoy, and a body's nisba (الأممي) the first mention left out is like a nationality
    ("وصل إلى عدن وفد حمل رسالة الأمين العام نقلها مبعوثه الخاص لليبيا محمد ولد الشيخ سيديا أمس. "
     "وقال المبعوث الأممي الخاص لليبيا إن الحوار مستمر.", "قال", "محمد ولد الشيخ سيديا"),
    # the short Mauritanian form takes the full name
    ("التقى الوزير المبعوث الخاص محمد ولد الشيخ سيديا في الرباط. وأكد ولد الشيخ سيديا أن الحوار مستمر.", "أكد",
     "محمد ولد الشيخ سيديا"),
    # علي after an office closed by its nisba opens the name, and the bare title is his
    ("وصرح وزير المالية الكويتي علي الموسى للصحفيين بأن العجز سينخفض. وقال الوزير إن الإيرادات تحسنت.",
     "قال", "علي الموسى"),
    # a surname (آل غالب) inside a speaker's name followed only by ال-words takes his whole name
    ("وقال الدكتور سعد بن فهد آل مرعي الحسني أمين عام الغرفة إن العمل بدأ. وأوضح آل مرعي أن الخطة جاهزة.",
     "أوضح", "سعد بن فهد آل مرعي الحسني"),
    # a bare noun of content glued after an honorific and a surname is the verb's object, not his name
    ("وأكد مدير التعليم الدكتور ناصر بن سعد العبدالكريم أن التسجيل بدأ. وأكد الدكتور «العبدالكريم ضرورة» "
     "الالتزام بالمواعيد.", "أكد", "ناصر بن سعد العبدالكريم"),
    # roles in apposition are each a role of the person: a later description by one of them is his
    ("وأكد الألماني يورغن كلوب، مدرب المنتخب الوطني، أن الفريق جاهز. وقال الألماني المتوج بالدوري إن "
     "التدريبات بدأت.", "قال", "يورغن كلوب"),
    ("أعلن الوزير سالم العتيبي، رئيس اللجنة العليا للمهرجان، أن الحفل غدا. وأوضح رئيس اللجنة العليا أن "
     "التذاكر نفدت.", "أوضح", "سالم العتيبي"),
    # …also without a comma before it, up to the comma that closes it
    ("وانتقد الدكتور سالم الفهد الأمين العام لاتحاد الغرف التجارية، القرار الجديد بشدة. وأكد الأمين العام أن "
     "الاتحاد سيطعن فيه.", "أكد", "سالم الفهد"),
    # سياسي "a politician" is a description, not a name: the lede's «سياسي تونسي» is the one politician of
    # that nation the article names further on
    ("قال سياسي تونسي إن الانتخابات ستجرى في موعدها. ويعد السياسي التونسي محمد الحامدي من أبرز المعارضين. "
     "وأضاف أن حزبه سيشارك.", "قال", "محمد الحامدي"),
    ("وقال سياسي يمني لرويترز إن المحادثات مستمرة. وقال السياسي اليمني إن الوزراء وصلوا.", "قال", "سياسي يمني"),
    # «يذكر أن» after "on another note" is the writer's, not the previous speaker going on
    ("وقال المدير إن المعرض ناجح. ومن جانب آخر يذكر أن المعرض يستمر أسبوعا.", "يذكر", None),
    ("وأكدت الوزارة أن الحملة بدأت. ومن جهة أخرى يذكر أن التسجيل مجاني.", "يذكر", None),
]


@pytest.mark.parametrize("text, cue, speaker", PIPELINE)
def test_resolution_in_a_document(text, cue, speaker):
    from attribution.pipeline import extract_document
    got = {r.cue.text: r.speaker_name for r in extract_document(Document("d", text))}
    assert got[cue] == speaker


@pytest.mark.parametrize("text, expected", INDEX)
def test_mention_index(text, expected):
    got = [(it.info.name, it.info.role, it.info.type) for it in mention_index(text, default_lexicon())]
    assert got == expected


# (would-be name, the words that are the name): where a name ends in the resolver (_name_length)
NAME_ENDS = [
    ("عبدالعزيز بن عبدالله آل الشيخ حادثة", "عبدالعزيز بن عبدالله آل الشيخ"),  # the family closes it
    ("علي بن عمير آل جرمان الشهراني", "علي بن عمير آل جرمان الشهراني"),  # (a nisba after the family)
    ("إبراهيم بن محمد الجار الله كلمة", "إبراهيم بن محمد الجار الله"),  # a compound family name
    ("سعود بن إبراهيم الشريم المسلمين", "سعود بن إبراهيم الشريم"),
    ("محمد ولد الشيخ سيديا النقاب", "محمد ولد الشيخ سيديا"),  # ولد "son of", and an honorific after it
    ("سالم بن الخطاب التهنئة", "سالم بن الخطاب"),
]


@pytest.mark.parametrize("words, name", NAME_ENDS)
def test_name_ends(words, name):
    from attribution.speakers.in_document import _name_length
    w = words.split()
    assert " ".join(w[:_name_length(w)]) == name


# a name of two words before an indefinite role noun in construct (مهاجم، مدافع، هداف، حارس) is the
# role holder's, though its given name is unknown; its surname alone names him later
NAME_BEFORE_ROLE = [
    ("وهو ما دفع ماركو فيراتي مهاجم فريق نابولي السابق إلى الرحيل. وأكد فيراتي أن قراره نهائي.",
     "أكد", "ماركو فيراتي"),
    ("وضم النادي أمس ميروسلاف كلوزه مدافع شالكه الألماني إلى صفوفه. وقال كلوزه إن النادي طموح.",
     "قال", "ميروسلاف كلوزه"),
    ("ونال توماس بريغ هداف الدوري الجائزة. وأوضح بريغ أنه سعيد بها.", "أوضح", "توماس بريغ"),
    # the noun not in construct, or no name before it: nobody is named
    ("وأكد مهاجم الفريق أن المباراة صعبة.", "أكد", "مهاجم الفريق"),
]


# «البرنامج» is the body the article named «برنامج + definite genitive + adjective», even inside a
# role only; with no such body named before, it stays as written
PROGRAMME_BODIES = [
    ("وقال مدير برنامج الأمم المتحدة الإنمائي في اليمن سامي خالد إن المنح وصلت. وأكد البرنامج أن التمويل كاف.",
     "أكد", "برنامج الأمم المتحدة الإنمائي"),
    ("وكان برنامج الأغذية العالمي قد خفض الحصص. وأوضح البرنامج أن النقص حاد.", "أوضح", "برنامج الأغذية العالمي"),
    ("وبدأ عرض الحلقة الأولى أمس. وأوضح البرنامج أن الضيف غاب.", "أوضح", "البرنامج"),
]


@pytest.mark.parametrize("text, cue, speaker", NAME_BEFORE_ROLE + PROGRAMME_BODIES)
def test_names_indexed_for_later_mentions(text, cue, speaker):
    """A role holder named before his role noun, a programme named as a body: found for later mentions."""
    test_resolution_in_a_document(text, cue, speaker)


# (text, [speaker of each record, in order]): who a statement with its issuer after ل speaks for, and
# which sources an indefinite plural description and a later «المصادر» are
SOURCES_AND_ISSUERS = [
    # ل + a construct with a definite genitive names the issuer, as «بيان للوزارة» does
    ("وقال بيان لوزارة الصحة إن الوباء انحسر. وأضاف البيان أن المستشفيات جاهزة.",
     ["وزارة الصحة", "وزارة الصحة"]),
    ("وأكد تقرير لمنظمة الصحة العالمية أن اللقاح آمن.", ["منظمة الصحة العالمية"]),
    # بلاغ is a statement (the Maghrebi usage)
    ("وقال بلاغ لرئاسة الحكومة إن الاجتماع تأجل. وأضاف البلاغ أن الموعد سيحدد لاحقا.",
     ["رئاسة الحكومة", "رئاسة الحكومة"]),
    # (but a report made to a definite body, «بلاغ للشرطة», is no statement of it)
    ("وأوضح بلاغ للشرطة أن اللص هرب.", ["بلاغ للشرطة"]),
    # ل + an indefinite noun alone names no issuer
    ("وقال بيان لمدة طويلة إن الأمر انتهى.", ["بيان لمدة طويلة"]),
    # an indefinite plural description introduces new sources; «المصادر» is the last of them
    ("قالت مصادر طبية في المدينة إن عشرة أصيبوا. وأضافت المصادر أن الحالات مستقرة. "
     "وذكرت مصادر أمنية أن الشرطة طوقت المكان. وأكدت المصادر نفسها أن التحقيق بدأ.",
     ["مصادر طبية في المدينة", "مصادر طبية في المدينة", "مصادر أمنية", "مصادر أمنية"]),
    ("أفادت مصادر محلية بأن السوق أغلق. وقالت مصادر رسمية إن السوق سيفتح غدا. وأضافت المصادر أن الأسعار ستنخفض.",
     ["مصادر محلية", "مصادر رسمية", "مصادر رسمية"]),
    # the same description written again is the same sources
    ("قالت مصادر مطلعة إن الاتفاق قريب. وقالت مصادر مطلعة أيضا إن التوقيع سيتم غدا.",
     ["مصادر مطلعة", "مصادر مطلعة"]),
    # the definite form of the sources first cited names them no better
    ("قالت مصادر محلية إن الطريق أغلق. وأشارت المصادر المحلية إلى أن الحركة توقفت.",
     ["مصادر محلية", "مصادر محلية"]),
]


@pytest.mark.parametrize("text, speakers", SOURCES_AND_ISSUERS)
def test_sources_and_issuers(text, speakers):
    from attribution.pipeline import extract_document
    assert [r.speaker_name for r in extract_document(Document("d", text))] == speakers


# (text, cue, speaker): a bare «المصادر»/«المصدر» (or «المختصون») with no source of that noun spoken
# before is the nearest earlier indefinite occurrence of the noun outside any report, when words
# describe it (its adjectives, an affiliation), named by that description as written
SOURCES_INTRODUCED = [
    ("وعلمت الصحيفة من مصادر مطلعة بتفاصيل الصفقة. وأضافت المصادر أن التوقيع سيتم الأسبوع المقبل.",
     "أضافت", "مصادر مطلعة"),
    ("وكان مصدر مطلع في الوزارة حاضرا الاجتماع أمس. وقال المصدر إن الوزير سيزور المدينة.",
     "قال", "مصدر مطلع في الوزارة"),
    ("وحضر مصدر أمني عراقي الاجتماع أمس. وكشف المصدر ذاته أن الهجوم سيبدأ قريبا.", "كشف", "مصدر أمني عراقي"),
    ("وحضر الاجتماع مصدر مقرب من الحكومة. وكشف المصدر أن الهجوم سيبدأ قريبا.", "كشف", "مصدر مقرب من الحكومة"),
    # an affiliation in construct (وزارة الصحة), or a definite noun and its nisbas, up to a relative
    ("وتواصلت الصحيفة مع مصادر في وزارة الصحة بشأن الأزمة. وقالت المصادر إن الأزمة ستنتهي قريبا.",
     "قالت", "مصادر في وزارة الصحة"),
    ("ووصلت رسائل من مصادر داخل القاعدة الجوية التي يحاصرها الثوار. وأضافت المصادر أن القائد اختفى.",
     "أضافت", "مصادر داخل القاعدة الجوية"),
    # a sound plural in either case, its affiliation's nisbas joined by و
    ("وفي وقت يجمع مختصون في الحقل الطبي والتعليمي على أهمية الوقاية، بدأت الحملة. وأكد المختصون أن اللقاح آمن.",
     "أكد", "مختصون في الحقل الطبي والتعليمي"),
    # the nearest of two introductions
    ("واتصلت الصحيفة بمصادر طبية صباحا، ثم بمصادر أمنية مساء. وأكدت المصادر أن الحادث عرضي.", "أكدت", "مصادر أمنية"),
    # the nearest says nothing more than the noun: nothing is known of the sources
    ("وظهرت مصادر عسكرية في المؤتمر. وأرجعت مصادر لـ«الشرق الأوسط» التأخير إلى الطقس. "
     "وقالت المصادر إن الرحلة ستقلع غدا.", "قالت", "المصادر"),
    # a resource is no source (مصدر رئيسي للدخل), nor a definite «مصادر التقرير»
    ("ويعد النفط مصدر رئيسي للدخل في البلاد. وقال المصدر إن الإنتاج سيرتفع.", "قال", "المصدر"),
    ("ونشر الموقع مصادر التقرير أمس. وقالت المصادر إن التقرير دقيق.", "قالت", "المصادر"),
    # "the same source" with no source of that noun before is the one just cited
    ("وقالت أجهزة الدفاع المدني إن حريقا اندلع في المصنع. وتابع المصدر نفسه أن الخسائر محدودة.", "تابع",
     "أجهزة الدفاع المدني"),
    ("وذكرت صحيفة الرياض أن الطريق أغلق. وكشفت المصادر ذاتها أن الحركة توقفت.", "كشفت", "صحيفة الرياض"),
    ("وذكرت صحيفة الرياض أن الطريق أغلق. وتؤكد ذات المصادر أن الحركة توقفت.", "تؤكد", "صحيفة الرياض"),
    # …but an earlier source of the noun is it; a bare «المصدر» keeps its description; one person is no
    # «sources»
    ("قال مصدر أمني إن الطريق أغلق. وذكرت الشرطة أن الحركة توقفت. وأضاف المصدر نفسه أن البحث جار.", "أضاف",
     "مصدر أمني"),
    ("وقالت الشرطة إن اللص هرب. وأضاف المصدر أن البحث جار.", "أضاف", "المصدر"),
    ("وقال الوزير سالم الفهد إن الطريق أغلق. وأضافت المصادر نفسها أن الحركة توقفت.", "أضافت", "المصادر"),
]


@pytest.mark.parametrize("text, cue, speaker", SOURCES_INTRODUCED)
def test_sources_introduced_outside_a_report(text, cue, speaker):
    test_resolution_in_a_document(text, cue, speaker)


def test_sources_cited_before_any_cue_take_the_next_description():
    # «المصادر» with no antecedent is named by the first description that follows
    from attribution.pipeline import extract_document
    text = "وأكدت المصادر أن الطريق مغلق. وقالت مصادر محلية إن الحركة توقفت."
    assert [r.speaker_name for r in extract_document(Document("d", text))] == ["مصادر محلية", "مصادر محلية"]


def test_a_shorter_form_of_cited_sources_is_them():
    from attribution.pipeline import extract_document
    text = "قالت مصادر دبلوماسية فرنسية إن المحادثات بناءة. وقالت مصادر فرنسية إن الزيارة ستتم."
    assert [r.speaker_name for r in extract_document(Document("d", text))] == ["مصادر دبلوماسية فرنسية"] * 2


# (text, the names of the index's person phrases): a name, titled or not, ends with its line
LINE_ENDS = [
    ("التقت الكاتبة سلمى عبد الرحيم\n\nقصص نادية لطفي (3): بداية الطريق", ["سلمى عبد الرحيم", "نادية لطفي"]),
    ("حوار مع عبد الوهاب\n\nذكريات منى زكي (2): البيت القديم", ["عبد الوهاب", "منى زكي"]),
    ("وقالت المعلمة\nخديجة أحمد إن الدرس انتهى.", ["خديجة أحمد"]),
]


@pytest.mark.parametrize("text, names", LINE_ENDS)
def test_names_end_with_their_line(text, names):
    assert [it.info.name for it in mention_index(text, default_lexicon()) if it.info.type == "person"] == names


# (text, the names of the index's person phrases): after a given name and the father's (or بن X) an
# ال-word is the family's whatever its shape — not a title, a time word, a relative, an age, a
# feminine or plural noun or a verbal noun (the verb's object)
FAMILY_WORDS = [
    ("وبدأ عبدالرحمن بن محمد الدرع التجارة صغيرا.", ["عبدالرحمن بن محمد الدرع"]),
    ("وشارك خالد سعد الحمود في الحفل.", ["خالد سعد الحمود"]),
    ("وحضر عبدالله محمد اليوم الحفل.", ["عبدالله محمد"]),
    ("وقال سالم محمد الذي حضر الحفل إن الحفل ناجح.", ["سالم محمد"]),
    ("وتمنى عبدالله رشاد التوفيق للجمعية.", ["عبدالله رشاد"]),
    ("ووصفت رزان صالح الفعاليات بأنها مميزة.", ["رزان صالح"]),
    ("وقال خالد بن أحمد البالغ من العمر 40 عاما إن الحفل ناجح.", ["خالد بن أحمد"]),
]


@pytest.mark.parametrize("text, names", FAMILY_WORDS)
def test_a_family_word_after_given_names(text, names):
    assert [it.info.name for it in mention_index(text, default_lexicon()) if it.info.type == "person"] == names


# (text, the names of the index's person phrases): a verbal noun of the form تفعيل after a name is
# its verb's object, no surname (a given name of that shape, توفيق، is a name)
MASDAR_ENDS = [
    ("وحاول جون سميث توضيح موقفه أمس.", ["جون سميث"]),
    ("وأعلن مارك تايلور تقديم استقالته.", ["مارك تايلور"]),
    ("وقال أحمد توفيق إن الأمر انتهى.", ["أحمد توفيق"]),
]


@pytest.mark.parametrize("text, names", MASDAR_ENDS)
def test_a_verbal_noun_ends_a_name(text, names):
    assert [it.info.name for it in mention_index(text, default_lexicon()) if it.info.type == "person"] == names


# (text, the names of the index's organisation phrases): a body's name ends before its verb's
# object — a definite word of masculine form after a definite feminine head (no adjective of it),
# the object of «أزاح/كشف الستار عن», a verbal noun with ب after a proper name (برئاسة، بتوزيع)
BODY_ENDS = [
    ("وألقت الشرطة القبض على المتهمين فجر الأحد.", []),  # (a definite head alone is a description, no name)
    ("وأعلنت الحكومة الجديدة برنامجها.", ["الحكومة الجديدة"]),
    ("وأصدرت الهيئة العليا للسياحة قرارها.", ["الهيئة العليا للسياحة"]),
    ("وأزاحت شركة سامسونج الستار عن هاتفها الجديد.", ["شركة سامسونج"]),
    ("وأجرى وفد حركة حماس برئاسة رئيس مكتبها زيارة إلى القاهرة.", ["حركة حماس"]),
    ("وطالبت أمانة محافظة جدة بإغلاق المحال المخالفة.", ["أمانة محافظة جدة"]),
    ("وقالت صحيفة نيويورك تايمز إن الاتفاق قريب.", ["صحيفة نيويورك تايمز"]),  # (a place in a name goes on)
    ("وأعلنت شركة قطر بترول أن الأرباح زادت.", ["شركة قطر بترول"]),  # (بترول: no verbal noun)
]


@pytest.mark.parametrize("text, names", BODY_ENDS)
def test_a_body_s_name_ends_before_the_verb_s_object(text, names):
    assert [it.info.name for it in mention_index(text, default_lexicon()) if it.info.type == "organization"] == names


# a speaker named inside another's own words (after a colon or in quotes) is not who goes on
# talking: the next dropped subject is the words' speaker
QUOTED_NAMED = [
    ("قالت الطالبة سارة العلي إن الجامعة أخطأت. وأضافت: أصرت والدتي أن تراجع العميد بنفسها. "
     "وقالت إن الرد تأخر.", [("قالت", "سارة العلي"), ("أضافت", "سارة العلي"), ("أصرت", "والدتي"),
                            ("قالت", "سارة العلي")]),
    ("قال المدرب فهد الحربي إن الفريق جاهز. وتابع: أكد الطبيب أن اللاعب تعافى. وأضاف أن المباراة صعبة.",
     [("قال", "فهد الحربي"), ("تابع", "فهد الحربي"), ("أكد", "الطبيب"), ("أضاف", "فهد الحربي")]),
    # (a speaker named after the words closed is the next one, as before)
    ("قال المدرب فهد الحربي: «الفريق جاهز». وأكد الطبيب سعد العلي أن اللاعب تعافى. وأضاف أن العلاج انتهى.",
     [("قال", "فهد الحربي"), ("أكد", "سعد العلي"), ("أضاف", "سعد العلي")]),
]


@pytest.mark.parametrize("text, expected", QUOTED_NAMED)
def test_a_speaker_named_in_another_s_words_does_not_go_on(text, expected):
    from attribution.pipeline import extract_document
    assert [(r.cue.text, r.speaker_name) for r in extract_document(Document("d", text))] == expected


# (text, cue, speaker): the press's short forms of an Arabic name take the full name written elsewhere
SHORT_FORMS = [
    # the family name alone, with «آل» left out
    ("استنكر رئيس النادي الدكتور سالم بن حمد آل شويل وأعضاء النادي الحادث. وأوضح الدكتور شويل أن التسجيل مستمر.",
     "أوضح", "سالم بن حمد آل شويل"),
    # the family name alone, its article left out or added
    ("أكد الخبير الاقتصادي نادر الصواف أن الأسعار سترتفع. ولفت صواف إلى أن الطلب ضعيف.", "لفت", "نادر الصواف"),
    ("قال مدير المستشفى الدكتور ماهر قطان إن الأجنحة جاهزة. وبين الدكتور القطان أن الأطباء وصلوا.", "بين",
     "ماهر قطان"),
    # the given name and the family name, the nasab left out and the article written
    ("وأوضح المتحدث باسم الشركة هاشم بن فؤاد مرزوقي أن الرحلات زادت. وعزا هاشم المرزوقي الزيادة إلى الصيف.",
     "عزا", "هاشم بن فؤاد مرزوقي"),
    # …a middle name and a tribe's nisba after the family name too
    ("يقول الباحث سلطان بن فهد ناصر الرويلي العنزي إن الموقع أثري. ويقول سلطان الرويلي إن الزوار كثر.",
     "يقول", "سلطان بن فهد ناصر الرويلي العنزي"),
    # the name without the nasab that continues it, or the family after it
    ("افتتح الأمير منصور بن خالد بن عبدالعزيز أمير المنطقة المعرض أمس. وقال الأمير منصور بن خالد إن المعرض ناجح.", "قال",
     "منصور بن خالد بن عبدالعزيز"),
    ("استقبل الشيخ حمدان بن راشد آل مكتوم رئيس الهيئة الوفد أمس. وأكد الشيخ حمدان بن راشد أن التعاون مستمر.", "أكد",
     "حمدان بن راشد آل مكتوم"),
    # a surname that begins like ب/و/ف, cut from the titled name as a clitic word, is the speaker's own
    ("التقى رئيس الاتحاد الدولي ماركوس بوند أمس بالصحفيين. وأكد بوند أن البطولة في موعدها.", "أكد", "ماركوس بوند"),
    ("وصل مدير البرنامج ستيف ويلز صباح اليوم إلى المدينة. وقال ويلز إن الزيارة قصيرة.", "قال", "ستيف ويلز"),
    ("حضرت الوزيرة هالة فاروق الحفل أمس. وأكدت فاروق أن الدعم مستمر.", "أكدت", "هالة فاروق"),
    # a name after a title with ل/ب (the object of a preposition) is the fuller name of its surname
    ("انتهت أمس زيارة لوزير الخارجية النرويجي آرني سولبرغ إلى جدة. وقال سولبرغ إن المحادثات مثمرة.", "قال",
     "آرني سولبرغ"),
    ("انتهت أمس زيارة لوزير الخارجية الفنلندي تيمو سويني إلى جدة. وقال سويني إن المحادثات مثمرة.", "قال",
     "تيمو سويني"),
    ("قدم الرئيس الفرنسي فرانسوا هولاند التعازي لرئيس الوزراء الياباني شينزو آبي في الضحايا. وأكد آبي أن "
     "التحقيق مستمر.", "أكد", "شينزو آبي"),
    # a nasab continued by a further بن, whatever the given name (one the lexicon may not hold)
    ("زار الأمير نواف بن عبدالعزيز بن مساعد، أمير المنطقة، المستشفى. وأعرب الأمير نواف بن عبدالعزيز عن ارتياحه، "
     "وقال إن الخدمات تحسنت.", "قال", "نواف بن عبدالعزيز بن مساعد"),
    ("تفقد الأمير جلوي بن سعود بن ثنيان، رئيس الهيئة، المشروع. وأكد الأمير جلوي بن سعود أن العمل يسير وفق الخطة.",
     "أكد", "جلوي بن سعود بن ثنيان"),
    # a royal name of seven words (two compound given names): its nasab counts its parts, not its words
    ("استقبل الأمير فيصل بن عبد الله بن عبد العزيز، وزير التعليم، الوفد. وقال الأمير فيصل بن عبد الله إن "
     "المدارس جاهزة.", "قال", "فيصل بن عبد الله بن عبد العزيز"),
    # a family name alone takes the given name the article wrote before it, with no title the index reads
    ("انتقد المخرج السعودي عامر الحمود قرار المنع. وقال الحمود إن التلفزيون صاحب فضل على الفنانين.", "قال",
     "عامر الحمود"),
    ("يستضيف البرنامج سعد التويم المتخصص في العقار. ويؤكد التويم أن الرسوم لا تحل المشكلة.", "يؤكد", "سعد التويم"),
    ("زار المحافظ المزارع الشاب ماجد الطيار في مزرعته. وأضاف الطيار أن الإنتاج تضاعف هذا العام.", "أضاف",
     "ماجد الطيار"),
    # a daughter's nasab (بنت) is a name word: the long name of a princess is read whole
    ("وقعت الاتفاقية الأميرة نورة بنت محمد بن عبد الله بن عبد الرحمن نائبة رئيس المجلس. وأكدت الأميرة نورة بنت "
     "محمد بن عبد الله بن عبد الرحمن، أهمية الشراكة، مشيرة إلى أن الجمعية تخدم المرضى.", "مشيرة",
     "نورة بنت محمد بن عبد الله بن عبد الرحمن"),
]

# (text, cue, speaker): words before a definite noun that only look like a given name name no one
GIVEN_BEFORE_NOT_NAMES = [
    # after a preposition «غالب» is "most of"
    ("تنتشر الظاهرة في غالب الدول العربية. وأعلنت الدول أنها ستتعاون.", "أعلنت", "الدول"),
    # «أمين» heads a role (the mayor of a city), no given name: the role keeps its holder's name
    ("حضر الحفل أمين الطائف المهندس سامي الخالدي وعدد من المسؤولين. وأوضح أمين الطائف أن المهرجان ناجح.", "أوضح",
     "سامي الخالدي"),
    # a feminine noun is no family name
    ("أعلن المتحدث أن الوزير نصر الحكومة في قرارها. وقالت الحكومة إن القرار نهائي.", "قالت", "الحكومة"),
]

# (short, long, is a short form): the name-part comparison itself
SHORT_FORM_PARTS = [
    ("شويل", "سالم بن حمد آل شويل", True),
    ("القطان", "ماهر قطان", True),
    ("هاشم المرزوقي", "هاشم بن فؤاد مرزوقي", True),
    ("عبد الرحمن بن سعيدان", "عبد الرحمن بن مطلق بن سعيدان", True),
    # a given name is no family name («العلي» is not the «علي» of «محمد علي»), nor alone a short form
    ("العلي", "محمد علي", False),
    ("هاشم", "هاشم بن فؤاد مرزوقي", False),
    # another given name, or a word after the name that is no nasab or family
    ("خالد المرزوقي", "هاشم بن فؤاد مرزوقي", False),
    ("نادر الصواف", "نادر الصواف أمس", False),
    ("نادر الصواف", "نادر الصواف مدير", False),
    # a nasab closes no family name: a nisba-shaped word after it is no tribe (المولى "the Lord")
    ("منصور بن خالد", "منصور بن خالد المولى", False),
    # a nasab continued, whatever the given name; not a word after the nasab that is no name
    ("جلوي بن عبدالعزيز", "جلوي بن عبدالعزيز بن مساعد", True),
    ("جلوي بن عبدالعزيز", "جلوي بن عبدالعزيز الوفد", False),
    # a middle part left out must be a nasab or a given name
    ("نادر الصواف", "نادر الكبير الصواف", False),
]


@pytest.mark.parametrize("text, cue, speaker", SHORT_FORMS)
def test_short_forms_take_the_full_name(text, cue, speaker):
    from attribution.pipeline import extract_document
    got = {r.cue.text: r.speaker_name for r in extract_document(Document("d", text))}
    assert got[cue] == speaker


@pytest.mark.parametrize("text, cue, speaker", GIVEN_BEFORE_NOT_NAMES)
def test_words_before_a_noun_are_no_given_name(text, cue, speaker):
    from attribution.pipeline import extract_document
    got = {r.cue.text: r.speaker_name for r in extract_document(Document("d", text))}
    assert got[cue] == speaker


@pytest.mark.parametrize("short, long, expected", SHORT_FORM_PARTS)
def test_short_form_parts(short, long, expected):
    from attribution.speakers.in_document import _name_parts, _short_form
    from attribution.text.normalize import fold
    assert _short_form(_name_parts(fold(short).split()), _name_parts(fold(long).split()), long) is expected


# (text, cue, speaker): a media noun and a nisba describe the outlet last cited with that noun
OUTLETS_DESCRIBED = [
    ("كشفت صحيفة «ماركا» اليوم عن خلاف بين المدرب واللاعب. وذكرت الصحيفة الإسبانية أن اللاعب غاضب.", "ذكرت",
     "ماركا"),
    # the nearest outlet of that noun
    ("ذكرت صحيفة «التايمز» أن الحكومة ستستقيل. وقالت صحيفة «الإندبندنت» إن الوزير غادر. "
     "وأضافت الصحيفة البريطانية أن الانتخابات قريبة.", "أضافت", "صحيفة الإندبندنت"),
    # an outlet cited by «حسب» is described later too
    ("أطلقت شركة «سامسونج» هاتفا جديدا، حسبما أورد موقع «فون أرينا» التقني. وأشار الموقع التقني إلى أن الهاتف "
     "رقيق.", "أشار", "موقع فون أرينا التقني"),
    # …not when the outlet's own nisba is another place's
    ("قالت صحيفة «ذا تايمز» البريطانية إن الحكومة استقالت. وذكرت الصحيفة الإيطالية أن الوزير غادر.", "ذكرت",
     "الصحيفة الإيطالية"),
    # …nor an organisation's own site
    ("وقالت الشركة عبر موقعها الإلكتروني إن الأسعار سترتفع. وذكر الموقع الإلكتروني أن الطلب زاد.", "ذكر",
     "الموقع الإلكتروني"),
]


@pytest.mark.parametrize("text, cue, speaker", OUTLETS_DESCRIBED)
def test_outlets_described_by_their_noun(text, cue, speaker):
    from attribution.pipeline import extract_document
    got = {r.cue.text: r.speaker_name for r in extract_document(Document("d", text))}
    assert got[cue] == speaker


# (text, cue, speaker): a description of a named entity — a professional of the same field under another
# head, a statement put out by a subject dropped after the sentence's first clause, a statement in
# construct with a bare body head, one of a plural introduced by name, and an antecedent body read inside
# a prepositional phrase, without its preposition
DESCRIPTIONS_NAMED = [
    # a professional of the same field is the one person named with it
    ("وحذر الدكتور سامر العلي أستاذ علم النفس في جامعة الملك سعود من السهر. وقال أخصائي علم النفس إن النوم "
     "يحمي الذاكرة.", "قال", "سامر العلي"),
    ("قالت الدكتورة هند العمري أستاذة التغذية إن الصيام مفيد. وأضافت أخصائية التغذية أن الماء ضروري.",
     "أضافت", "هند العمري"),
    # …of the verb's gender (the other one of the field is a woman)
    ("وقال الدكتور خالد الحربي أستاذ طب الأطفال إن اللقاح آمن. وأكدت الدكتورة منى السالم أستاذة طب الأطفال "
     "أن الأعراض خفيفة. وأوضح أخصائي طب الأطفال أن الجرعة الثانية ضرورية.", "أوضح", "خالد الحربي"),
    # …not another field, nor one of two of the same field
    ("وقال الدكتور خالد الحربي أستاذ طب الأطفال إن اللقاح آمن. وأوضح أخصائي التغذية أن الغذاء مهم.",
     "أوضح", "أخصائي التغذية"),
    ("وقال الدكتور خالد الحربي أستاذ طب الأطفال إن اللقاح آمن. وقال الدكتور سعد الغامدي أستاذ طب الأطفال "
     "إن الحملة ناجحة. وأوضح أخصائي طب الأطفال أن الجرعة الثانية ضرورية.", "أوضح", "أخصائي طب الأطفال"),
    # a statement put out with its subject dropped is the issuer's of the sentence's first clause
    ("نفذت وزارة العدل أمس حكما بحق أحد المدانين في جدة. وأصدرت بيانا أوضحت فيه تفاصيل القضية. "
     "وأضاف البيان أن الحكم صدر بعد استكمال الإجراءات.", "أضاف", "وزارة العدل"),
    ("عقدت الأمانة العامة للمجلس اجتماعها الدوري أمس، وبعد الاجتماع أصدرت بيانا عن الأزمة. "
     "ودعا البيان إلى الحوار.", "دعا", "الأمانة العامة للمجلس"),
    # (with no body opening the sentence, the statement stays the speaker)
    ("بعد يومين من الحادث أصدرت بيانا مقتضبا. وقال البيان إن التحقيق مستمر.", "قال", "البيان"),
    # a statement in construct with a bare body head is the body named with that head
    ("قالت وزارة الصحة إن الوضع مستقر. وأكد بيان الوزارة أن الحالات تراجعت.", "أكد", "وزارة الصحة"),
    ("وتأسست مؤسسة ماركت للأبحاث في لندن قبل ثلاثين عاما. وذكر تقرير المؤسسة أن الطلبيات ارتفعت.", "ذكر",
     "مؤسسة ماركت للأبحاث"),
    ("وذكر تقرير الشركة أن الأرباح تراجعت.", "ذكر", "تقرير الشركة"),
    # one of a plural introduced by name is the description of that noun
    ("والتقت الصحيفة أحد القادة الميدانيين ويدعى سالم الجابري في الجبهة الغربية. وقال هذا القائد إن المعارك "
     "مستمرة.", "قال", "سالم الجابري"),
    ("والتقت الصحيفة أحد القادة الميدانيين ويدعى سالم الجابري في الجبهة الغربية. وقال المسؤول إن المعارك "
     "مستمرة.", "قال", "المسؤول"),
    # an antecedent body inside a prepositional phrase keeps no preposition
    ("وقال مسؤول في تصريح للمركز الإعلامي للحزب إن المفاوضات مستمرة. وأضاف المركز أن الوفد سيصل غدا.",
     "أضاف", "المركز الإعلامي للحزب"),
    ("ونشر تقرير حديث للمركز الإقليمي للدراسات الاستراتيجية أرقاما عن الهجمات. وأشار المركز إلى أن الهجمات "
     "تراجعت.", "أشار", "المركز الإقليمي للدراسات الاستراتيجية"),
    ("وأوضح مدير شؤون الطلاب بالمعهد التقني أن التسجيل يبدأ الأحد. وذكر المعهد أن الدراسة تبدأ في سبتمبر.",
     "ذكر", "المعهد التقني"),
]


@pytest.mark.parametrize("text, cue, speaker", DESCRIPTIONS_NAMED)
def test_descriptions_of_named_entities(text, cue, speaker):
    test_resolution_in_a_document(text, cue, speaker)


# (cut name, the document's names, fuller): a subject read short of its name, ending on a particle
CUT_AT_PARTICLE = [
    ("محمد بن سلمان بن", ["محمد بن سلمان بن عبد العزيز", "محمد بن سلمان بن عبد العزيز آل سعود"],
     "محمد بن سلمان بن عبد العزيز آل سعود"),
    ("رامي عبد", ["رامي عبد الرحمن", "سامر الخطيب"], "رامي عبد الرحمن"),
    ("فهد بن عبدالملك آل", ["فهد بن عبدالملك آل الشيخ"], "فهد بن عبدالملك آل الشيخ"),
    # two different continuations: no one name
    ("محمد بن سلمان بن", ["محمد بن سلمان بن فهد", "محمد بن سلمان بن عبد العزيز"], None),
    # a name that ends on no particle is not cut
    ("محمد بن سلمان", ["محمد بن سلمان بن عبد العزيز"], None),
]


@pytest.mark.parametrize("cut, names, expected", CUT_AT_PARTICLE)
def test_a_name_cut_at_a_particle(cut, names, expected):
    from attribution.speakers.in_document import _name_cut_at_particle
    from attribution.text.normalize import fold
    assert _name_cut_at_particle(fold(cut).split(), {fold(n): n for n in names}) == expected


# (text, cue, speaker): an outlet cited by its quoted name (وبحسب "الفرنسية") relays; the dropped
# subject after it goes back to the speaker before it
QUOTED_OUTLETS = [
    ('قال الباحث خالد العمري إن الأسعار سترتفع. وبحسب "الفرنسية"، فإن الطلب سيزيد. وأضاف أن المخزون كاف.',
     "أضاف", "خالد العمري"),
    ("قال الباحث خالد العمري إن الأسعار سترتفع. وبحسب «رويترز»، فإن الطلب سيزيد. وأضاف أن المخزون كاف.",
     "أضاف", "خالد العمري"),
    # (a source named without quotes is a speaker like any other)
    ("قال الباحث خالد العمري إن الأسعار سترتفع. وبحسب المتحدث سعد السالم، فإن الطلب سيزيد. وأضاف أن المخزون كاف.",
     "أضاف", "سعد السالم"),
]


@pytest.mark.parametrize("text, cue, speaker", QUOTED_OUTLETS)
def test_a_quoted_outlet_relays(text, cue, speaker):
    test_resolution_in_a_document(text, cue, speaker)


# (text after a name, role in apposition or None): a definite title closed by a comma; no comma, an
# indefinite word or a clause is no apposition
APPOSED_ROLES = [
    (" الأمين العام لاتحاد الغرف التجارية، القرار", "الأمين العام لاتحاد الغرف التجارية"),
    (" المتحدث الرسمي باسم الشرطة، أن", "المتحدث الرسمي باسم الشرطة"),
    (" الأمين العام لاتحاد الغرف أن القرار نهائي.", None),
    (" أمس في الرياض، أن", None),
    (" المدير الذي حضر الاجتماع، أن", None),
]


@pytest.mark.parametrize("after, role", APPOSED_ROLES)
def test_a_definite_title_in_apposition_after_a_name(after, role):
    from attribution.speakers.apposition import apposed_role
    assert apposed_role("قال سالم الفهد" + after, len("قال سالم الفهد")) == role
