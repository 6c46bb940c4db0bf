"""Reports whose claim is what came before: وهو ما أكده الوزير (attribution.backends.rules.resumptive)."""
import pytest

from attribution.backends.rules.resumptive import antecedent_report, is_what_clause


@pytest.mark.parametrize("text, verb, expected", [
    ("وارتفعت الأسعار، وهو ما أكده الوزير.", "أكده", True),
    ("وهذا ما أكدته الدراسة.", "أكدته", True),
    ("وقال الوزير ما قاله سابقا.", "قاله", False),   # no وهو/وهذا before ما
])
def test_is_what_clause(ar, text, verb, expected):
    sent = ar.sentence(text)
    assert is_what_clause(sent.toks, ar.index(sent, verb)) is expected


@pytest.mark.parametrize("text, verb, expected", [
    ("وارتفعت الأسعار بنسبة كبيرة، وهو ما أكد عليه الوزير في تصريحه.", "أكد", ("الوزير", "وارتفعت الأسعار بنسبة كبيرة")),
    ("ولم تشمل الخطة جميع المدارس وهو ما أكد عليه التقرير.", "أكد", ("التقرير", "ولم تشمل الخطة جميع المدارس")),
    ("وتراجعت الأسعار، وهو ما أكد جزئيا أن السوق هادئة.", "أكد", None),      # an adverb is no speaker
])
def test_antecedent_report(ar, text, verb, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    c = antecedent_report(ctx, sent, i, ctx.verb_forms[sent.toks[i].text])
    assert (c if c is None else (c.speaker.text, c.claim.text)) == expected


@pytest.mark.parametrize("text, verb, expected", [
    ("وتحدثت تقارير عن انسحاب القوات، وهو ما نفاه المتحدث باسم الجيش.", "نفاه", ("المتحدث باسم الجيش", "وتحدثت تقارير عن انسحاب القوات")),
    ("وتداولت صحف خبر العقد، الأمر الذي نفاه مسؤولو الاتحاد.", "نفاه", ("مسؤولو الاتحاد", "وتداولت صحف خبر العقد")),
    ("وارتفعت الأسعار، وهذا ما يؤكد ضعف الرقابة.", "يؤكد", None),   # ما is the subject: no pronoun, no report
])
def test_resumed_stem(ar, text, verb, expected):
    from attribution.backends.rules.sentence import _resumptive_form
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    form, sent = _resumptive_form(ctx, sent, i)
    form = form or ctx.verb_forms.get(sent.toks[i].text)
    c = antecedent_report(ctx, sent, i, form)
    assert (c if c is None else (c.speaker.text, c.claim.text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the earlier claim ends before «، وهو ما», the resumptive report is X's, and so is the participle after X
    ("وأكد الوزير أن المحادثات كانت صريحة، وهو ما أكده نظيره سامي بدوره قائلا إن الحوار كان إيجابيا.",
     [("أكد", "الوزير", "المحادثات كانت صريحة"), ("أكد", "نظيره سامي", "المحادثات كانت صريحة"),
      ("قائلا", "نظيره سامي", "الحوار كان إيجابيا")]),
    ("وقال المدير إن الطرق مظلمة، وهو ما أشار إليه الباحث، خالد سعيد، متسائلا عن سبب التأخير.",
     [("قال", "المدير", "الطرق مظلمة"), ("أشار", "الباحث", "الطرق مظلمة"), ("متسائلا", "الباحث", "سبب التأخير")]),
    ("وتحدث ناشطون عن اعتقال الضباط، وهو الأمر الذي نفى عدد من قادة اللجنة أن يكون السبب في الاعتقال.",
     [("نفى", "عدد من قادة اللجنة", "يكون السبب في الاعتقال")]),   # the verb's own content: an ordinary report
    ("وهناك عمليات تتطلب تأجيل السفر، وهو ما يفيد الطبيب المختص فيه.",
     [("يفيد", "الطبيب المختص", "وهناك عمليات تتطلب تأجيل السفر")]),   # the pronoun after the subject
    ("وذكر التقرير أن المبيعات تراجعت، وهذا ما يعني أن السوق ضعيفة.",
     [("ذكر", "التقرير", "المبيعات تراجعت، وهذا ما يعني أن السوق ضعيفة")]),   # يعني reports nothing
])
def test_resumptive_in_sentence(ar, text, expected):
    from attribution.backends.rules.sentence import sentence_reports
    ctx, sent = ar.context(), ar.sentence(text)
    got = [(c.cue.text, c.speaker.text if c.speaker else None, c.claim.text) for c in sentence_reports(ctx, sent)]
    assert got == expected


@pytest.mark.parametrize("text, verb, claim", [
    # the content of the report before, all its conjuncts
    ("وكانت صحف تحدثت أن المدرب طلب مليون ريال، وأن يشرف على الفريق عامين، وهو الأمر الذي نفاه مسؤولو النادي.", "نفاه",
     "المدرب طلب مليون ريال، وأن يشرف على الفريق عامين"),
    # not back to لأن "because" or the أن of a modal
    ("ويرى الكاتب أن الفكرة كانت رمزا لشيء لا يمكن أن يوجد، الأمر الذي نفاه اكتشاف جديد.", "نفاه",
     "الفكرة كانت رمزا لشيء لا يمكن أن يوجد"),
    ("وتسعى الحكومة لأن تصبح الخدمات أفضل، وهو ما أكده الوزير.", "أكده", "وتسعى الحكومة لأن تصبح الخدمات أفضل"),
    # the nearest content when no report verb opens it
    ("وأشار إلى أمور كثيرة إلا أن حقيقة الأمر أن اللجنة ليست رسمية وذلك ما أعلنه المدير.", "أعلنه", "اللجنة ليست رسمية"),
])
def test_the_resumed_clause_is_the_whole_content(ar, text, verb, claim):
    from attribution.backends.rules.sentence import _resumptive_form
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    form, sent = _resumptive_form(ctx, sent, i)
    c = antecedent_report(ctx, sent, i, form or ctx.verb_forms.get(sent.toks[i].text))
    assert c.claim.text == claim
