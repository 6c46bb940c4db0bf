"""Content: where a verb's reported content starts (attribution.backends.rules.content)."""
import pytest

from attribution.backends.rules.content import content_start

# (sentence, verb as written, expected (kind, the text from the content token on) or None)
CONTENT = [
    ("وقال الوزير إن الاتفاق جاهز.", "وقال", ("comp", "إن الاتفاق جاهز.")),
    # a name set off by commas may open with ف or و (فيدريكا، وليد): an apposition, not a new clause
    ("وقالت الوزيرة، فيدريكا موجيريني، إن الحوار مهم.", "وقالت", ("comp", "إن الحوار مهم.")),
    ("وقال المدرب، وليد الركراكي، إن الفريق جاهز.", "وقال", ("comp", "إن الفريق جاهز.")),
    ("وأكد الوزير الخطة، فقال إن الحوار مهم.", "وأكد", None),
    # "especially as" after a comma opens a reason, not the verb's content; خاصة after a noun is "private"
    ("وتوقع الخبير ارتفاع الطلب، خصوصا أن الموسم قريب.", "وتوقع", None),
    ("وتوقع الخبير ارتفاع الطلب، خاصة وأن الموسم قريب.", "وتوقع", None),
    ("وتوقع الخبير ارتفاع الطلب، لا سيما أن الموسم قريب.", "وتوقع", None),
    # … and so does "that is because, since" (ذلك أن، إذ إن، حيث إن after a comma)
    ("غير أن التكرار يفيد الطالب، ذلك أن الذاكرة تضعف.", "يفيد", None),
    ("وتوقع الخبير ارتفاع الطلب، إذ إن الموسم قريب.", "وتوقع", None),
    ("وأكد ذلك أن الموسم قريب.", "وأكد", ("comp", "أن الموسم قريب.")),
    ("وأفادت مصادر خاصة أن الاجتماع تأجل.", "وأفادت", ("comp", "أن الاجتماع تأجل.")),
    # آن with its madda is the name Anne before a name or إن; before a definite noun a misspelt أن
    ("وقالت آن بوفيرت إن البرنامج ناجح.", "وقالت", ("comp", "إن البرنامج ناجح.")),
    ("وأفادت مصادر آن السوريين الموقوفين خمسة.", "وأفادت", ("comp", "آن السوريين الموقوفين خمسة.")),
    ("وأكد نائب الوزير، في حديث إذاعي، أمس، أن المحادثات مستمرة.", "وأكد", ("comp", "أن المحادثات مستمرة.")),
    ("وقال رئيس النادي: سنعود أقوى.", "وقال", ("colon", ": سنعود أقوى.")),
    ('وقال "لن نتراجع عن قرارنا".', "وقال", ("quote", '"لن نتراجع عن قرارنا".')),
    # a long quote after the subject is the content; a short one is a name inside the subject
    ('وقال المدرب "لن نتراجع عن قرارنا مهما حدث".', "وقال", ("quote", '"لن نتراجع عن قرارنا مهما حدث".')),
    ('وكشفت شركة "غوغل" أن الإعلانات ممولة.', "وكشفت", ("comp", "أن الإعلانات ممولة.")),
    # a quote that ends the sentence is a verb of saying's content, however short or far from the
    # verb (subject, adverbials and apposition before it); not two words, not a quote naming a
    # thing of a kind or a title, not after a verb whose object is a thing (شرح، استبعد)
    ('وقال الوزير في مؤتمر صحفي «نحن مستعدون للحوار».', "وقال", ("quote", "«نحن مستعدون للحوار».")),
    ('وقالت المديرة ضاحكة بعد انتهاء الحفل في الرياض "كان يوما جميلا".', "وقالت", ("quote", '"كان يوما جميلا".')),
    ('وأضاف في رسالة إلى أعضاء الجمعية «لن نتخلى عن أحد».', "وأضاف", ("quote", "«لن نتخلى عن أحد».")),
    ("ويقول سعيد الهاجري، وهو مزارع يعمل في الوادي منذ ثلاثين عاما مع أبنائه الخمسة وأحفاده "
     "«المطر تأخر كثيرا هذا الموسم».", "ويقول", ("quote", "«المطر تأخر كثيرا هذا الموسم».")),
    ('وقد كتب على حسابه في تويتر «شكرا لكل من وقف معنا».', "كتب", ("quote", "«شكرا لكل من وقف معنا».")),
    ('وقال الوزير في كلمته «شكرا جزيلا».', "وقال", None),
    ('وقال رئيس النادي خلال افتتاح مهرجان «ربيع الطائف للزهور».', "وقال", None),
    ('وقال المحلل في صحيفة «الاقتصادية السعودية اليومية».', "وقال", None),
    ('وقال الكاتب في ختام روايته بعنوان «أيام في الصحراء الكبرى».', "وقال", None),
    ('وشرح المدرب للاعبين «خطة اللعب الهجومية الجديدة».', "وشرح", None),
    ('واستبعد الوزير «التخلي عن الحكومة الحالية».', "واستبعد", None),
    ('واسم الشركة في كل مكان، بين «البرج الذهبي» و«المجمع التجاري» وبرج «الواحة الخضراء الكبرى».', "بين", None),
    ('وقال "الوزير" إن الخطة جاهزة.', "وقال", ("comp", "إن الخطة جاهزة.")),
    # a frame preposition before أن, or before a noun-phrase content (np flag)
    ("وأشار الخبير إلى أن التضخم تراجع.", "وأشار", ("comp", "أن التضخم تراجع.")),
    ("وكشف الوزير عن خطة جديدة للنقل.", "وكشف", ("np", "خطة جديدة للنقل.")),
    ("وكشف الوزير، في كلمته، عن خطة جديدة.", "وكشف", ("np", "خطة جديدة.")),
    ("وأشار الخبير إلى أهمية التعليم.", "وأشار", ("np", "أهمية التعليم.")),  # إلى+np
    # a quote opening between the frame preposition and أن
    ("وأشار الخبير إلى «أن التضخم تراجع».", "وأشار", ("comp", "أن التضخم تراجع».")),
    ('وشدد المدير على "أن العمل مستمر".', "وشدد", ("comp", 'أن العمل مستمر".')),
    # a ب-phrase with the np flag: اعترف بالخطأ
    ("واعترف المدير بوجود أخطاء في التقرير.", "واعترف", ("np", "بوجود أخطاء في التقرير.")),
    ("واعترف المدير باسم الشركة أن الخطأ وقع.", "واعترف", ("comp", "أن الخطأ وقع.")),
    # أن belonging to another word
    ("وقال الوزير قبل أن يغادر القاعة.", "وقال", None),
    ("وأكد الوزير رغبته في أن يتم الاتفاق.", "وأكد", None),
    # an abbreviation inside the subject
    ("وقال د. أحمد الحكيم إن الحالة مستقرة.", "وقال", ("comp", "إن الحالة مستقرة.")),
    # a new clause after a comma: its أن is not this verb's
    ("وقال الوزير، ويقاربون التشخيص بأن المرض نادر.", "وقال", None),
    ("وقال الوزير، فإن مصادر أكدت أن الخطة جاهزة.", "وقال", None),
    # a relative clause or an apposition after the comma goes on
    ("وقال الوزير، الذي زار المعرض، إن الخطة جاهزة.", "وقال", ("comp", "إن الخطة جاهزة.")),
    ("وقال محمد العلي، نائب الوزير، إن الخطة جاهزة.", "وقال", ("comp", "إن الخطة جاهزة.")),
    # a participle after a comma has its own content
    ("وقال الوزير، مؤكدا أن الصناعة تنمو.", "وقال", None),
    # the sentence ends, or a dash opens another clause
    ("وقال الوزير كلمة. إن الخطة جاهزة.", "وقال", None),
    ("وقال الوزير - الخطة جاهزة.", "وقال", None),
    # a parenthetical between dashes is passed over; the content (or an addressee) follows it
    ("وقال ضابط - فضل عدم الكشف عن اسمه - إن القوات تقدمت.", "وقال", ("comp", "إن القوات تقدمت.")),
    ("وأشارت المعلمة -وهي أم لثلاثة أطفال- إلى أن المدارس جاهزة.", "وأشارت", ("comp", "أن المدارس جاهزة.")),
    ("وقال الخبير -المقيم في باريس- لـ«الشرق الأوسط» إن الوضع صعب.", "وقال", ("comp", "إن الوضع صعب.")),
    ("ونقل تعازيه بوفاته -يرحمه الله- متمنيا أن يتغمده الله برحمته.", "ونقل", None),
    ("وكتب في الفترة ما بين 1379 - 1381 قصائد منها: الوداع.", "وكتب", None),   # a range, no parenthetical
    # a verb of judgement, or one whose ب opens only a clause, that took a noun object: a later
    # أن is another word's (the thing praised reports nothing); its own clause stays
    ("وأشاد الوزير بالجهود التي يبذلها العاملون وأن المشروع سيكتمل قريبا.", "وأشاد", None),
    ("وأدان المجلس الهجوم الذي وقع أمس وأن هذه الجريمة لا تمت للدين بصلة.", "وأدان", None),
    ("ثم ألقى الشيخ كلمة نوه فيها بجهود اللجنة متمنيا أن تستمر البرامج.", "نوه", None),
    ("وقال الوزير الذي رحب بقدوم ضيفه إلى البلاد، إن المحادثات مثمرة.", "رحب", None),
    ("وأشاد المدرب بأن اللاعبين قدموا مباراة كبيرة.", "وأشاد", ("comp", "بأن اللاعبين قدموا مباراة كبيرة.")),
    ("ونوه الوزير بأن المشروع سيكتمل قريبا.", "ونوه", ("comp", "بأن المشروع سيكتمل قريبا.")),
    ("وانتقد النائب أن الحكومة لم تنفذ وعودها.", "وانتقد", ("comp", "أن الحكومة لم تنفذ وعودها.")),
    # (a ب-word in the subject or in an adverbial is no object)
    ("وصرح المتحدث باسم الهلال الأحمر بالباحة فهد الغامدي بأن الحادث وقع فجرا.", "وصرح",
     ("comp", "بأن الحادث وقع فجرا.")),
    ("وصرح الوزير خلال لقائه نظيره في مدينة بطرسبورغ أن الزيارة قريبة.", "وصرح", ("comp", "أن الزيارة قريبة.")),
    ("وصرح في بيان أن المتهمين سيعاقبون.", "وصرح", ("comp", "أن المتهمين سيعاقبون.")),
    # علي before a family name is the name, not the preposition على
    ("وشدد علي الحربي على ضرورة الالتزام بالأنظمة.", "وشدد", ("np", "ضرورة الالتزام بالأنظمة.")),
    ("وشدد على السعي نحو الاستعداد الكامل.", "وشدد", ("np", "السعي نحو الاستعداد الكامل.")),
    # an aside in brackets after the subject (a party, a state, an age), its content right after it
    ("وقال السيناتور جون سميث (جمهوري، ولاية أوهايو): «لن نوافق».", "وقال", ("colon", ": «لن نوافق».")),
    ("وقال النائب خالد العتيبي (45 عاما، من الكويت) إن الجلسة تأجلت.", "وقال", ("comp", "إن الجلسة تأجلت.")),
    # «فان» after a given name is the Dutch particle (لويس فان خال), not فإن
    ("وقال المدرب لويس فان خال إن الفريق جاهز.", "وقال", ("comp", "إن الفريق جاهز.")),
    ("وقال يوهانس فان در كلاوو إنه رأى الجثث.", "وقال", ("comp", "إنه رأى الجثث.")),
    # … and before a Dutch article, right after the verb or a complementizer, or before a bare word a
    # complementizer follows (فإن X إن… has no place for X); فإن before a clause stays the complementizer
    ("وأكد فان دن بيرغ أن القوات انسحبت.", "وأكد", ("comp", "أن القوات انسحبت.")),
    ("وقال فان خال: «الفريق جاهز».", "وقال", ("colon", ": «الفريق جاهز».")),
    ("وقال المدرب الهولندي فان خال إن الفريق جاهز.", "وقال", ("comp", "إن الفريق جاهز.")),
    ("وقال روبن فان بيرسي إن الفريق جاهز.", "وقال", ("comp", "إن الفريق جاهز.")),
    ("وذكر المدرب أن فان خال أبلغ لاعبيه بالقرار.", "وذكر", ("comp", "أن فان خال أبلغ لاعبيه بالقرار.")),
    ("وأوضح التقرير أن الأمر صعب، فان ذلك يعني أن الفريق تراجع.", "وأوضح", ("comp", "أن الأمر صعب، فان ذلك يعني أن الفريق تراجع.")),
    # a stray colon between a lone honorific and the name it titles opens no content when the content
    # follows the name (a clause or a second colon); else the colon keeps it
    ("وقال الأمير: فهد بن عبدالله إن الجائزة تكريم للمبدعين.", "وقال", ("comp", "إن الجائزة تكريم للمبدعين.")),
    ("وأكد الشيخ: سعود بن ناصر آل ثاني أن الدعم مستمر.", "وأكد", ("comp", "أن الدعم مستمر.")),
    ("وقال الشيخ: صالح بن حميد: «العلم نور».", "وقال", ("colon", ": «العلم نور».")),
    ("وقال الشيخ: عمر رضي الله عنه عادل.", "وقال", ("colon", ": عمر رضي الله عنه عادل.")),
    ("وقال الشيخ: سعود بن ناصر «رئيس النادي» في حفل التكريم: «شكرا».", "وقال",
     ("colon", ": سعود بن ناصر «رئيس النادي» في حفل التكريم: «شكرا».")),
]


@pytest.mark.parametrize("text, verb, expected", CONTENT)
def test_content_start(ar, text, verb, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, verb)
    form = ctx.verb_forms.get(sent.toks[i].text)
    content, mid_end = content_start(ctx, sent, i, form)
    got = None if content is None else (content[0], ar.rest(sent, content[1]))
    assert got == expected
    if content is None:
        assert mid_end == i + 1


def test_stretch_before_the_content_holds_the_subject(ar):
    """mid_end ends the subject and adverbials at the frame preposition, not at أن after it."""
    ctx, sent = ar.context(), ar.sentence("وأشار الخبير الاقتصادي إلى أن التضخم تراجع.")
    content, mid_end = content_start(ctx, sent, 0, ctx.verb_forms[sent.toks[0].text])
    assert ar.text(sent, sent.toks[1:mid_end]) == "الخبير الاقتصادي"
    assert sent.toks[content[1]].text == "ان"


def test_demand_verbs_take_no_quoted_content(ar):
    """دعا "…": a quote after a demand verb names what is called for, it is not the words said."""
    ctx, sent = ar.context(), ar.sentence('ودعا الوزير "الشركات الكبرى إلى الالتزام بالقرار الجديد".')
    assert content_start(ctx, sent, 0, ctx.verb_forms[sent.toks[0].text]) == (None, 1)
