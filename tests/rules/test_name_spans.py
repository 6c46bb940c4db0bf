"""Where a speaker's noun phrase begins and ends around words that are also common words: a given
name that is also a time word (صباح), the rank «الفريق أول», «خاصة» "private" after an indefinite
noun, a team's task after «فريق», a dual of bodies before their quoted names, a news outlet told
after a name, and a foreign name after a nisba (البرتغالي جوزيه مورينيو) (attribution.backends.rules.noun_phrase; attribution.speakers.mention, .in_document)."""
import pytest

from attribution.lexicon.names import first_of_rank
from attribution.pipeline import extract_document
from attribution.records import Document
from attribution.speakers.mention import analyse_mention
from attribution.text.normalize import norm_word

# (the words after a verb, the noun phrase they open)
ENDS = [
    # صباح "morning" between name words is the given name Sabah; before a day or a date, the time
    ("ناصر صباح الجويسري", "ناصر صباح الجويسري"),
    ("عبد الله صباح مطلق أمام القاضي", "عبد الله صباح مطلق"),
    ("العميد صباح بن سالم الهاجري", "العميد صباح بن سالم الهاجري"),
    ("الشيخ صباح الخالد", "الشيخ صباح الخالد"),
    ("فهد صباح اليوم", "فهد"),
    ("فهد صباح الأربعاء", "فهد"),
    ("المدير صباح أمس", "المدير"),
    # a weekday after a given name, its bare role after it, is a family name (الخميس); alone, the day
    ("فهد الخميس مدير الإدارة", "فهد الخميس مدير الإدارة"),
    ("فهد الخميس إن", "فهد"),
    # a father's name with the article goes on through the next such name (a Gulf patronymic chain)
    ("الشيخ ناصر الصباح الأحمد الجابر", "الشيخ ناصر الصباح الأحمد الجابر"),
    ("فهد بن سالم القحطاني العمل الإرهابي", "فهد بن سالم القحطاني"),
    # a title's word after a nasab, closed by a dash or the phrase's end, is the family name
    ("المهندس فهد بن سالم القاضي -مستشار قانوني-", "المهندس فهد بن سالم القاضي"),
    ("مدير الفرع ماجد بن حمد الخطيب", "مدير الفرع ماجد بن حمد الخطيب"),
    ("فهد بن سالم القاضي بالحكم", "فهد بن سالم"),
    # a verbal noun after a given name is no family name (افتعال of a و-root: الاتفاق، الاتصال)
    ("الأمير فهد الاتفاق على عقد لقاء", "الأمير فهد"),
    ("الأمير فهد الاتصال بالمسؤولين", "الأمير فهد"),
    ("الأمير خالد الفيصل على", "الأمير خالد الفيصل"),
    # «أول» of a rank before a name, not the adverb; «الفريق أول أمس» is the team, the day before yesterday
    ("الفريق أول ماجد الرويلي", "الفريق أول ماجد الرويلي"),
    ("رئيس الأركان الفريق أول ركن ماجد الرويلي", "رئيس الأركان الفريق أول ركن ماجد الرويلي"),
    ("الفريق أول أمس", "الفريق"),
    # «خاصة» after an indefinite feminine or broken plural is "private"; after a definite, "especially"
    ("مصادر خاصة لـ«الحياة»", "مصادر خاصة"),
    ("جهات رقابية خاصة", "جهات رقابية خاصة"),
    ("المسؤول خاصة", "المسؤول"),
    ("مراقبون خاصة", "مراقبون"),
    # a quoted outlet after a name is the one told; after a verb of making, the document's maker
    ('وكيل الوزارة سامي الدوسري "رويترز"', "وكيل الوزارة سامي الدوسري"),
    ("المحامي ماهر النجار «الجزيرة»", "المحامي ماهر النجار"),
    ('وكالة "رويترز"', 'وكالة "رويترز"'),
    # a dual or plural of bodies takes all the names joined by و
    ("قناتا (الإخبارية) و(المجد)", "قناتا (الإخبارية) و(المجد)"),
    ('صحيفتا "المدينة" و"الجزيرة"', 'صحيفتا "المدينة" و"الجزيرة"'),
    ("شركتا «معادن» و«سابك» في بيان", "شركتا «معادن» و«سابك»"),
    # a nisba closes the role; a foreign given name after it runs on through its bare surnames
    ("البلجيكي جان لوك دوبوا", "البلجيكي جان لوك دوبوا"),
    ("الكولومبي كارلوس فالديراما للصحفيين", "الكولومبي كارلوس فالديراما"),
    ("الأسترالي مارك فيدوكا اليوم", "الأسترالي مارك فيدوكا"),
    ("إدارة الرئيس الفرنسي فرانسوا هولاند", "إدارة الرئيس الفرنسي فرانسوا هولاند"),
    ("الألماني توماس مولر ضرورة", "الألماني توماس مولر"),
    ("الإيطالي ماريو مونتي موافقة الحكومة", "الإيطالي ماريو مونتي"),
    ("الأمريكي جون كيري لدول الخليج", "الأمريكي جون كيري"),
    ("الروسي سيرغي لافروف بحسب الوكالة", "الروسي سيرغي لافروف"),
    # a quoted body closes a role: علي after it opens the holder's name, على the verb's complement
    ("مدير «نادي الفروسية» علي بن سالم القرني", "مدير «نادي الفروسية» علي بن سالم القرني"),
    ("رئيس «جمعية البر» علي الغامدي اليوم", "رئيس «جمعية البر» علي الغامدي"),
    ("مدير «الصحة» على ضرورة الالتزام", "مدير «الصحة»"),
    # a noun with "her/their" or a reflexive after a person's name is the verb's object, not a name word
    ("الرئيس الأمريكي جو بايدن مستشارته أمس", "الرئيس الأمريكي جو بايدن"),
    ("الكاتبة سلمى روايتها الأولى", "الكاتبة سلمى"),
    ("المدرب كارلوس كيروش نفسه بأنه", "المدرب كارلوس كيروش"),
    ("وزير النفط بيجن زنكنه", "وزير النفط بيجن زنكنه"),
    ("المحامي عامر عثمان فلاته", "المحامي عامر عثمان فلاته"),
    ("قوة أثرها وتأثيرها", "قوة أثرها وتأثيرها"),
    # a verbal noun تفعيل after a title is its genitive, not a name: the outlet after it stays in the role
    ('رئيس تحرير مجلة "الأسرة"', 'رئيس تحرير مجلة "الأسرة"'),
    ("مدير تسويق شركة الاتصالات", "مدير تسويق شركة الاتصالات"),
    ("الدكتور تيسير العمري", "الدكتور تيسير العمري"),
]


@pytest.mark.parametrize("words, expected", ENDS)
def test_np_end(ar, words, expected):
    assert ar.noun_phrase(words) == expected


# (mention, name, role, type)
MENTIONS = [
    ("الفريق أول ماجد الرويلي", "ماجد الرويلي", None, "person"),
    ("وزير الداخلية الفريق أول ركن ماجد الرويلي", "ماجد الرويلي", "وزير الداخلية", "person"),
    # «فريق» + a chain of bare nouns closed by a definite one: the team of a task, all role
    ("منسق فريق إزالة آثار السيول", None, "منسق فريق إزالة آثار السيول", "person"),
    ("رئيس فريق تقييم الأضرار خالد المطيري", "خالد المطيري", "رئيس فريق تقييم الأضرار", "person"),
    ("مدرب الفريق سالم العنزي", "سالم العنزي", "مدرب الفريق", "person"),
    # a dual or plural of bodies before their own names: the first named conjunct
    ('قناتا (الإخبارية) و(المجد)', "الإخبارية", None, "organization"),
    ('صحف "المدينة" و"الجزيرة" و"اليوم"', "المدينة", None, "organization"),
    # «خاصة» after an indefinite group's adjective is one more adjective of it
    ("مصادر أمنية خاصة", "مصادر أمنية خاصة", None, "group"),
    # an indefinite body's own name, then its nationality: the name after them is the holder's
    ("المدرب الفني لنادي فالنسيا الإسباني نونو سانتو", "نونو سانتو", "المدرب الفني لنادي فالنسيا الإسباني", "person"),
    ("رئيس نادي بنفيكا البرتغالي لويس فييرا", "لويس فييرا", "رئيس نادي بنفيكا البرتغالي", "person"),
    # a family name alone after the body's own name is the holder's
    ("وزير المالية بحكومة زليتن العمراني", "العمراني", "وزير المالية بحكومة زليتن", "person"),
    # a title joined by و to the opening honorific describes the same person, named after it
    ("الشيخ والداعية سليمان الفهد", "سليمان الفهد", "الداعية", "person"),
    ("الدكتور والباحث خالد المري", "خالد المري", "الباحث", "person"),
    ("الشيخ والوزير", None, "الشيخ", "person"),
    # (a definite body takes no name of its own: the words after it are the person's)
    ("مدير الإعلام في الهيئة ناصف المطيري", "ناصف المطيري", "مدير الإعلام في الهيئة", "person"),
    # a bare qualifier of a rank (retired, paratrooper, naval) is the rank's, not the name's
    ("اللواء متقاعد سعد بن فهد الحربي", "سعد بن فهد الحربي", None, "person"),
    ("العقيد مظلي ناصر العنزي", "ناصر العنزي", None, "person"),
    ("العميد بحري ركن فيصل الشهري", "فيصل الشهري", None, "person"),
    # an indefinite plural of people with its ل-complement and affiliation is a group, whole
    ("منظمون للمعارض الفنية في شركة ألوان", "منظمون للمعارض الفنية في شركة ألوان", None, "group"),
    ("مراقبون للانتخابات", "مراقبون للانتخابات", None, "group"),
    # an indefinite body's own name closing the mention: the role alone, no holder's name
    ("مدير مستشفى وادي النخيل", None, "مدير مستشفى وادي النخيل", "person"),
    ("رئيس نادي روكي ستارز", None, "رئيس نادي روكي ستارز", "person"),
    ("المحلل في بنك نورديا", None, "المحلل في بنك نورديا", "person"),
    ("المتحدث باسم هيئة مياه الشمال", None, "المتحدث باسم هيئة مياه الشمال", "person"),
    # three unknown words after the body noun: its one-word name, then the holder's two
    ("قائد شرطة مومباسا جوزيف كاماو", "جوزيف كاماو", "قائد شرطة مومباسا", "person"),
    ("الباحث في جامعة ييل توماس هيرست", "توماس هيرست", "الباحث في جامعة ييل", "person"),
    # «سان» "Saint" after a title opens the two-word name of a club or a city, the role's
    ("مدرب سانت إتيان كريستوف غالتييه", "كريستوف غالتييه", "مدرب سانت إتيان", "person"),
    ("رئيس سان جرمان", None, "رئيس سان جرمان", "person"),
    # a king's name inside a university's name is the body's, not the speaker's
    ("إدارة شؤون الطلاب بجامعة الملك فيصل", "إدارة شؤون الطلاب بجامعة الملك فيصل", None, "organization"),
    ("المنسق العام للبرنامج ومحاضر بجامعة الملك فيصل الدكتور سامي العتيبي", "سامي العتيبي",
     "المنسق العام للبرنامج ومحاضر بجامعة الملك فيصل", "person"),
]


@pytest.mark.parametrize("mention, name, role, kind", MENTIONS)
def test_mention(mention, name, role, kind):
    info = analyse_mention(mention)
    assert (info.name, info.role, info.type) == (name, role, kind)


@pytest.mark.parametrize("words, k, expected", [
    (["الفريق", "اول", "ماجد"], 1, True),
    (["الملازم", "اول", "ركن"], 1, True),
    (["الفريق", "اول", "امس"], 1, False),
    (["الوزير", "اول", "ماجد"], 1, False),
    (["اول", "ماجد"], 0, False),
])
def test_first_of_rank(words, k, expected):
    assert first_of_rank(words, k) is expected


# (sentence, the cue, (speaker mention, resolved speaker name))
REPORTS = [
    ("وقال المتهم ناصر صباح الجويسري إنه لم يكن يعلم بالخطة.", "قال",
     ("المتهم ناصر صباح الجويسري", "ناصر صباح الجويسري")),
    ("وأكد الفريق أول ماجد الرويلي أن القوات مستعدة.", "أكد", ("الفريق أول ماجد الرويلي", "ماجد الرويلي")),
    ("وذكرت مصادر خاصة لـ«الحياة» أن المفاوضات توقفت.", "ذكرت", ("مصادر خاصة", "مصادر خاصة")),
    ('وأبلغ وكيل الوزارة سامي الدوسري "رويترز" أن الإنتاج سيرتفع.', "أبلغ",
     ("وكيل الوزارة سامي الدوسري", "سامي الدوسري")),
    ("وقال المحلل كريم طه لفرانس برس إن الأسواق هادئة.", "قال", ("المحلل كريم طه", "كريم طه")),
    ("وقالت قناتا (الإخبارية) و(المجد) إن البث سيتوقف.", "قالت", ("قناتا (الإخبارية) و(المجد)", "الإخبارية")),
    ("وقال الأرجنتيني دييغو سيميوني إن فريقه لعب جيدا.", "قال", ("الأرجنتيني دييغو سيميوني", "دييغو سيميوني")),
    ("وأكد الهولندي فرانك دي بور أن اللاعبين جاهزون.", "أكد", ("الهولندي فرانك دي بور", "فرانك دي بور")),
    ("وأوضح رئيس «جمعية الثقافة» علي بن حمد العمري أن العروض ستبدأ.", "أوضح",
     ("رئيس «جمعية الثقافة» علي بن حمد العمري", "علي بن حمد العمري")),
    ("ويقول منسق فريق إزالة آثار السيول إن العمل مستمر.", "يقول",
     ("منسق فريق إزالة آثار السيول", "منسق فريق إزالة آثار السيول")),
    # the Dutch particle van in a name apposed after a comma, also after the given name Ben (بن)
    ("وقال مدرب الفريق، لويس فان خال، إن الفريق جاهز.", "قال", ("مدرب الفريق، لويس فان خال", "لويس فان خال")),
    ("وقال رئيس الشركة، بن فان هوتن: «الأسعار ستبقى منخفضة».", "قال",
     ("رئيس الشركة، بن فان هوتن", "بن فان هوتن")),
    # the subject of an earlier verb, a name of two given names and a surname, hands on the whole name
    ("وزار الرئيس التركي رجب طيب أردوغان المدينة أمس وقال إن الوضع مستقر.", "قال",
     ("الرئيس التركي رجب طيب أردوغان", "رجب طيب أردوغان")),
    ("واستقبل اللاعب سامي خالد كليب الجماهير وقال إنه سعيد.", "قال", ("اللاعب سامي خالد كليب", "سامي خالد كليب")),
    ("واستقبل المدرب صالح بشير مهاجم الفريق وقال إنه جاهز.", "قال", ("المدرب صالح بشير", "صالح بشير")),
    ("وكرمت الأديبة سلمى حسن روايتها وقالت إنها فخورة.", "قالت", ("الأديبة سلمى حسن", "سلمى حسن")),
    # a verbal noun before a title opens no name before it (محاولة اغتيال وزير…): the unnamed title
    # later takes the family name after the body's own name
    ("وقال وزير المالية بحكومة زليتن العمراني إن التحقيق جار.", "قال",
     ("وزير المالية بحكومة زليتن العمراني", "العمراني")),
    ("وقال المدرب الفني لنادي فالنسيا الإسباني نونو سانتو إن الفريق جاهز.", "قال",
     ("المدرب الفني لنادي فالنسيا الإسباني نونو سانتو", "نونو سانتو")),
    ("وأوضح أمين المنطقة سعد بن عبدالله القاضي، أن المشروعات كثيرة.", "أوضح",
     ("أمين المنطقة سعد بن عبدالله القاضي", "سعد بن عبدالله القاضي")),
    ("وأشار الشيخ والداعية سليمان الفهد إلى أن الصيام مفيد.", "أشار",
     ("الشيخ والداعية سليمان الفهد", "سليمان الفهد")),
    ("أدانت الأحزاب محاولة اغتيال وزير المالية بحكومة زليتن العمراني. وقال وزير المالية إن التحقيق جار.", "قال",
     ("وزير المالية", "العمراني")),
    # an indefinite body's own name closes the mention: the unnamed role is the speaker
    ("وقال مدير مستشفى وادي النخيل إن الأسرّة كافية.", "قال", ("مدير مستشفى وادي النخيل", "مدير مستشفى وادي النخيل")),
    ("وقال قائد شرطة مومباسا جوزيف كاماو إن الهجوم فشل.", "قال",
     ("قائد شرطة مومباسا جوزيف كاماو", "جوزيف كاماو")),
    # a title word after a given name is no family name: «[سامر] المتحدث الإعلامي» names no «سامر المتحدث»
    ("قال عبد الكريم سامر المتحدث الإعلامي لهيئة الطيران إن الرحلات عادت. وأشار المتحدث الإعلامي لهيئة الطيران"
     " في بيان أمس إلى أن المطار مفتوح.", "أشار",
     ("المتحدث الإعلامي لهيئة الطيران", "المتحدث الإعلامي لهيئة الطيران")),
]


@pytest.mark.parametrize("text, cue, expected", REPORTS)
def test_the_speaker_phrase(text, cue, expected):
    records = [r for r in extract_document(Document(doc_id="t", text=text), backend="rules")
               if norm_word(r.cue.text).endswith(norm_word(cue))]
    assert len(records) == 1
    r = records[0]
    assert (r.speaker.text if r.speaker else None, r.speaker_name) == expected
