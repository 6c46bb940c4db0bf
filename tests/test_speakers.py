"""Speaker mentions split into name, role and type (table-driven, news-style phrases)."""
import pytest

from attribution import extract_text
from attribution.speakers.mention import analyse_mention

CASES = [
    # mention, name, role, type
    ("نائب وزير الخارجية الروسية، أوليغ سيرومولوتوف", "أوليغ سيرومولوتوف", "نائب وزير الخارجية الروسية", "person"),
    ("الرئيس الأمريكي دونالد ترامب", "دونالد ترامب", "الرئيس الأمريكي", "person"),
    ("وزير الخارجية السعودي الأمير فيصل بن فرحان", "فيصل بن فرحان", "وزير الخارجية السعودي", "person"),
    ("رئيس أركان الجيش موشيه يعلون", "موشيه يعلون", "رئيس أركان الجيش", "person"),          # construct
    ("وزير خارجية روسيا سيرغي لافروف", "سيرغي لافروف", "وزير خارجية روسيا", "person"),
    ("الخبير في الموارد المائية منير الطرابلسي", "منير الطرابلسي", "الخبير في الموارد المائية", "person"),
    ("الدكتور مانويل فيريرا أستاذ علم الوراثة", "مانويل فيريرا", "أستاذ علم الوراثة", "person"),  # name first
    ("المتحدث الرسمي لمديرية الدفاع المدني بمنطقة جازان الرائد يحيى القحطاني", "يحيى القحطاني",
     "المتحدث الرسمي لمديرية الدفاع المدني بمنطقة جازان", "person"),
    ("سمو الأمير خالد الفيصل", "خالد الفيصل", None, "person"),
    ("المسؤول الروسي", None, "المسؤول الروسي", "person"),                                 # description
    ("مصدر أمني مصري", None, "مصدر أمني مصري", "person"),
    ("وزارة الخارجية الروسية", "وزارة الخارجية الروسية", None, "organization"),
    ('شركة "غوغل" العملاقة للبحث والإعلانات', "شركة غوغل", None, "organization"),
    ('صحيفة "تشرين" السورية', "صحيفة تشرين السورية", None, "organization"),
    ("البيان", "البيان", None, "document"),
    ("دراسة حديثة", "دراسة حديثة", None, "document"),
    ("مسؤولون أمريكيون", "مسؤولون أمريكيون", None, "group"),
    ("مصادر مطلعة", "مصادر مطلعة", None, "group"),
    # a rank or an honorific before a family name alone: the family name is the name
    ("العقيد الشهري", "الشهري", None, "person"),
    ("الدكتورة المطيري", "المطيري", None, "person"),
    # a rank that is also a given name opens the name when it has no article
    ("مدير المشروع رائد بن سالم الزهراني", "رائد بن سالم الزهراني", "مدير المشروع", "person"),
    ("مدير المشروع الرائد سالم الزهراني", "سالم الزهراني", "مدير المشروع", "person"),
    # honorifics in a run before the name belong to neither (الأستاذ الدكتور …)
    ("عميد كلية الطب الأستاذ الدكتور ناصر العلي", "ناصر العلي", "عميد كلية الطب", "person"),
    # a king's or a prince's name inside an institution stays in the role
    ("مدير مستشفى الملك فهد الدكتور سعد الدوسري", "سعد الدوسري", "مدير مستشفى الملك فهد", "person"),
    ("رئيس جامعة الملك سعود", None, "رئيس جامعة الملك سعود", "person"),
    # a coordinated noun in construct continues the role (… والنقل وتقنية المعلومات)
    ("رئيس لجنة الطاقة والنقل وتقنية المعلومات الدكتور فهد العنزي", "فهد العنزي",
     "رئيس لجنة الطاقة والنقل وتقنية المعلومات", "person"),
    # a definite feminine adjective agrees with the organisation of the role, never sits in a name
    ("المدير التنفيذي لشركة نماء السعودية خالد العمري", "خالد العمري", "المدير التنفيذي لشركة نماء السعودية",
     "person"),
    # a description the lexicon does not know, then a given name
    ("بطلة السباحة الأولمبية السابقة ناتاليا بتروفا", "ناتاليا بتروفا", "بطلة السباحة الأولمبية السابقة", "person"),
    # a construct's genitive before the name belongs to the role; after بن a title word is a name
    ("الناطق الإعلامي بصحة عسير سعيد بن عبدالله النقير", "سعيد بن عبدالله النقير", "الناطق الإعلامي بصحة عسير",
     "person"),
    ("الأمير عبدالله بن مساعد", "عبدالله بن مساعد", None, "person"),
    # باسم after a title is "on behalf of": an indefinite body takes its genitive, a name follows
    ("متحدث باسم مطار بلاكبوش", None, "متحدث باسم مطار بلاكبوش", "person"),
    ("المتحدث الرسمي باسم مدن سامي الحسيني", "سامي الحسيني", "المتحدث الرسمي باسم مدن", "person"),
    ("المسؤول عن الملف", None, "المسؤول عن الملف", "person"),
    # a rank with its "staff" qualifier (الفريق ركن) is no team; where, with ب, before the name is the role's
    ("الفريق ركن الشيخ راشد بن عبدالله آل خليفة وزير الداخلية البحريني", "راشد بن عبدالله آل خليفة",
     "وزير الداخلية البحريني", "person"),
    ("المسؤول في جيش الإسلام بريف دمشق محمد علوش", "محمد علوش", "المسؤول في جيش الإسلام بريف دمشق", "person"),
    # ب + an indefinite noun + a definite genitive, then a given name: where he serves, then his name
    ("مدير المركز بحي الملز سعود الدوسري", "سعود الدوسري", "مدير المركز بحي الملز", "person"),
    ("شيخ الصيادين بميناء الجبيل حسن البوعلي", "حسن البوعلي", "شيخ الصيادين بميناء الجبيل", "person"),
    # a title with a possessive pronoun is definite: it takes no genitive, the name follows it
    ("نائبه جو بايدن", "جو بايدن", "نائبه", "person"),
    ("مدربهم ماركو روسي", "ماركو روسي", "مدربهم", "person"),
    # an honorific, a family name and a bare noun of content glued to it (the verb's object)
    ("المهندس الغامدي ضرورة", "الغامدي", None, "person"),
    # a regnal ordinal after a monarch's given name belongs to the name
    ("الملك فيصل الثاني", "فيصل الثاني", None, "person"),
    ("العاهل المغربي الملك محمد السادس", "محمد السادس", "العاهل المغربي", "person"),
    ("الفريق الأول لكرة القدم", "الفريق الأول لكرة القدم", None, "organization"),
    ("مدير الشركة في سوريا بلبنان وليد بن علي الجلال", "وليد بن علي الجلال", "مدير الشركة في سوريا بلبنان", "person"),
    # an honorific inside opens the name when no name stands before it; a participle with إلى
    # after a two-word name describes him
    ("المدير العام لبرنامج مستشفى قوى الأمن د. سليمان السحيمي", "سليمان السحيمي",
     "المدير العام لبرنامج مستشفى قوى الأمن", "person"),
    ("تيم نونان المنتمي إلى الاتحاد الدولي", "تيم نونان", None, "person"),
    ("عبد الله البراك المستثمر في القطاع العقاري", "عبد الله البراك", None, "person"),
    ("موقع الحدث نيوز المقرب من الحزب", "موقع الحدث نيوز", None, "person"),
    # a body in construct with a title keeps its own name before the person's given name
    ("رئيس بلدية محايل حمد آل درهم", "حمد آل درهم", "رئيس بلدية محايل", "person"),
    # a body joined by و after the title's genitive is the title's second genitive, no second speaker
    ("رئيس هيئة الإذاعة والتلفزيون", None, "رئيس هيئة الإذاعة والتلفزيون", "person"),
    ("رئيس مجلس القضاء وإدارة التفتيش القضائي الشيخ سعد الفلاني", "سعد الفلاني",
     "رئيس مجلس القضاء وإدارة التفتيش القضائي", "person"),
    ("معالي مدير عام المؤسسة العامة للموانئ ومحطات التحلية", None,
     "مدير عام المؤسسة العامة للموانئ ومحطات التحلية", "person"),
    ("مدير شركة أرامكو أمين الناصر", "أمين الناصر", "مدير شركة أرامكو", "person"),
    # the blessing names the Prophet
    ("عليه الصلاة والسلام", "النبي محمد", None, "person"),
    # a participle and its complement after a name describe the person
    ("جيركي كتاينن المكلف بملف النمو", "جيركي كتاينن", None, "person"),
    # "named": the name follows يدعى / اسمه
    ("شاب من جدة يدعى ماجد", "ماجد", "شاب من جدة", "person"),
    # a document keeps its number: articles of a law are told apart by it
    ("المادة (12)", "المادة (12)", None, "document"),
    # a sound masculine plural of people is a group; a foreign surname in -ون is not
    ("المختصون", "المختصون", None, "group"),
    # a part of a group: quantifier, size, من; بعض/معظم and a definite plural, no more
    ("عدد كبير من المعجبين", "عدد كبير من المعجبين", None, "group"),
    ("بعض المراقبين انتصارا قد يزيد", "بعض المراقبين", None, "group"),
    ("ماكرون", "ماكرون", None, "person"),
    # a segment after a comma that opens with و is no name of its own (a run-on phrase)
    ("وزير الداخلية الشيخ راشد آل خليفة إيران، والتدريب", "راشد آل خليفة إيران", "وزير الداخلية", "person"),
    # a nationality between the honorific and the name is no part of the name
    ("الشيخ الكويتي أحمد بن فهد رئيس المجلس الأولمبي", "أحمد بن فهد", "رئيس المجلس الأولمبي", "person"),
    # two speakers on one cue: the first conjunct is the canonical speaker
    ("وزير الخارجية سامي النجار ونظيره الأردني فادي سليم", "سامي النجار", "وزير الخارجية", "person"),
    ("نقابة الأطباء وجمعيات حقوقية", "نقابة الأطباء", None, "organization"),
    ("منظمة العفو الدولية ومحام مستقل", "منظمة العفو الدولية", None, "organization"),
    # a definite noun and its nisba before a name the lexicon does not know: role and name
    ("المدافع البرازيلي ماركينيوس كوريا", "ماركينيوس كوريا", "المدافع البرازيلي", "person"),
    # a patronymic with the article goes on to the family name
    ("الشيخ صباح الأحمد الصباح", "صباح الأحمد الصباح", None, "person"),
    # an adverb is no part of a name; an adjective of a source is part of its description
    ("خالد الآن", "خالد", None, "person"),
    ("مصدر خاص", None, "مصدر خاص", "person"),
    # a group without the conjunction glued to it or the addressee after it
    ("فالمحللون", "المحللون", None, "group"),
    ("مصادر في الحزب لـ الحياة", "مصادر في الحزب", None, "group"),
    # a numbered article keeps its number and what it belongs to
    ("المادة (14) من نظام العمل", "المادة (14) من نظام العمل", None, "document"),
    # …but a و inside one name joins no second speaker
    ("وزارة الزراعة والمياه", "وزارة الزراعة والمياه", None, "organization"),
    # two indefinite titles sharing one genitive are one person's role
    ("إمام وخطيب المسجد النبوي الشيخ صلاح البدير", "صلاح البدير", "إمام وخطيب المسجد النبوي", "person"),
    ("رئيس ومؤسس الجمعية الدكتور خالد العمري", "خالد العمري", "رئيس ومؤسس الجمعية", "person"),
    ("الوزير والسفير", None, "الوزير", "person"),
    # his speech after the subject is the verb's object, no part of the name
    ("المقحم حديثه", "المقحم", None, "unknown"),
    ("والد الشهيد حديثه", None, "والد الشهيد", "person"),
    # a relative or an agent of a titled person: the name is the person's, the speaker his description
    ("شقيق الرئيس الراحل صدام حسين", None, "شقيق الرئيس الراحل صدام حسين", "person"),
    ("وكيل مغنية الريف الأمريكية لين أندرسون", None, "وكيل مغنية الريف الأمريكية لين أندرسون", "person"),
    # (…not a deputy's title, an honorific before the name, or a plural: the name is the speaker's)
    ("وكيل محافظ الأحساء خالد البراك", "خالد البراك", "وكيل محافظ الأحساء", "person"),
    ("والد الشهيد الشيخ فهد السبيعي", "فهد السبيعي", "والد الشهيد", "person"),
    ("وكيل أعمال اللاعبين غرم العمري", "غرم العمري", "وكيل أعمال اللاعبين", "person"),
    # a name of the genitive noun's gender, not the kin's, is in apposition to that noun; a family
    # has no given name (a name of the kin's gender may be the relative's: والد الشهيد محمد)
    ("والدة الطالب ماجد السبيعي", None, "والدة الطالب ماجد السبيعي", "person"),
    ("والد الطالبة نورة الحربي", None, "والد الطالبة نورة الحربي", "person"),
    ("أسرة الطفل سامي", None, "أسرة الطفل سامي", "person"),
    ("والدة الطفلة هند الحربي", "هند الحربي", "والدة الطفلة", "person"),
    ("والد المواطن سعد الحربي", "سعد الحربي", "والد المواطن", "person"),
    ("عائلة الحربي في جدة", "عائلة الحربي في جدة", None, "person"),
    # a second title cut short at the end of a description is dropped; a place's adjective is no name
    ("أمين العاصمة المقدسة رئيس", None, "أمين العاصمة المقدسة", "person"),
    ("مسؤول أمريكي كبير", None, "مسؤول أمريكي كبير", "person"),
    ("رئيس اللجنة المحلية بمكة المكرمة", None, "رئيس اللجنة المحلية بمكة المكرمة", "person"),
    # a feminine nisba alone after a role is its adjective, no name
    ("مصدر لم تسمه بوزارة الخارجية الروسية", None, "مصدر لم تسمه بوزارة الخارجية الروسية", "person"),
    # a speech or a letter after a role is the verb's object, no name
    ("أمير المنطقة رسالة", None, "أمير المنطقة", "person"),
    ("الدكتورة ماري سميث كلمة", "ماري سميث", None, "person"),
    # a second body of the role joined by و, no name after it (but a given name in و-: وليد)
    ("قائد أرسنال ومنتخب إنجلترا السابق", None, "قائد أرسنال ومنتخب إنجلترا السابق", "person"),
    ("مدير الأكاديمية وليد باصمد", "وليد باصمد", "مدير الأكاديمية", "person"),
    # a nationality as a noun: a role before a name, alone a description
    ("السويسري كريستيان غروس", "كريستيان غروس", "السويسري", "person"),
    ("السويسري المتوج بجائزة أفضل مدرب", None, "السويسري المتوج بجائزة أفضل مدرب", "person"),
    # the king's style and epithets; a ب-place after a role; no function word in a name
    ("خادم الحرمين الشريفين", None, "خادم الحرمين الشريفين", "person"),
    ("الملك المفدى", None, "الملك المفدى", "person"),
    ("رئيسة المركز الدولي للدراسات بتونس بدرة قعلول", "بدرة قعلول", "رئيسة المركز الدولي للدراسات بتونس", "person"),
    ("الشاعر في مثل", None, "الشاعر", "person"),
    ("الشاعر حميدان الشويعر", "حميدان الشويعر", "الشاعر", "person"),
    # a ل-genitive before a given name closes the role; alone it may be a name (لافروف)
    ("الأمين العام لأوبك عبد الله البدري", "عبد الله البدري", "الأمين العام لأوبك", "person"),
    ("وزير الخارجية لافروف", "لافروف", "وزير الخارجية", "person"),
    ("وزيرة العدل لوريتا لينش", "لوريتا لينش", "وزيرة العدل", "person"),
    # a construct of common nouns after a closed role is the verb's object (طالب X شباب الأمة)
    ("إمام وخطيب المسجد الحرام شباب الأمة", None, "إمام وخطيب المسجد الحرام", "person"),
    ("خطيب المسجد النبوي صلاح البدير", "صلاح البدير", "خطيب المسجد النبوي", "person"),
    # a clause about the speaker (وهو …) names nobody
    ("السيدة، وهي تبكي", None, "السيدة", "person"),
    # an institution named after a person is the role's; the person is no speaker
    ("خطيب جامع الملك فيصل بأبها الشيخ محمد العتيبي", "محمد العتيبي", "خطيب جامع الملك فيصل بأبها", "person"),
    ("إمام وخطيب جامع الإمام تركي بن عبدالله", None, "إمام وخطيب جامع الإمام تركي بن عبدالله", "person"),
    # a body's construct keeps its indefinite genitive (هيئة كبار العلماء), not a name «كبار»
    ("رئيس هيئة كبار العلماء", None, "رئيس هيئة كبار العلماء", "person"),
    ("رئيس هيئة الرياضة خالد الفيصل", "خالد الفيصل", "رئيس هيئة الرياضة", "person"),
    # على "over" after a title is no name Ali: a second title joined by و is the same person's
    ("المشرف العام على المعرض ونائب رئيس اللجنة المهندس فهد القحطاني", "فهد القحطاني",
     "المشرف العام على المعرض ونائب رئيس اللجنة", "person"),
    # a definite word alone after an honorific is a family name (the document's fuller name follows)
    ("الدكتور العلق", "العلق", None, "person"),
    ("المهندس الغبان", "الغبان", None, "person"),
    # an accusative with tanwin is the verb's object, no word of the name
    ("الرئيس الصيني شي جين بينغ ضباطًا", "شي جين بينغ", "الرئيس الصيني", "person"),
    # «أحد» (one of) and a participle describing the man are no words of his name
    ("فهد الذياب أحد أشهر الدلالين", "فهد الذياب", None, "person"),
    ("عاصم دحلان مستأجر", "عاصم دحلان", None, "person"),
    ("المستشارة أنجيلا ميركل", "أنجيلا ميركل", "المستشارة", "person"),
    # after a given name, the verb's object is no word of the name: a definite plural of people,
    # a noun of content (but a family name in -ين and «أم المؤمنين» are kept)
    ("إمام وخطيب المسجد الحرام الشيخ سعود بن إبراهيم الشريم المسلمين", "سعود بن إبراهيم الشريم",
     "إمام وخطيب المسجد الحرام", "person"),
    ("سامح شكري أهمية مواجهة الإرهاب", "سامح شكري", None, "person"),
    ("عبدالعزيز سعود البابطين", "عبدالعزيز سعود البابطين", None, "person"),
    ("السيدة عائشة أم المؤمنين", "عائشة أم المؤمنين", None, "person"),
    ("أحد العاملين", "أحد العاملين", None, "person"),
    # a verbal noun cut off after a title is its genitive, a noun of content its object, neither a name
    ("مسؤول تسجيل", None, "مسؤول تسجيل", "person"),
    ("الأمين العام أهمية", None, "الأمين العام", "person"),
    ("المدرب توفيق", "توفيق", "المدرب", "person"),
    # a group keeps its nationality (broken plurals too) and ends where its adjectives close
    ("مسؤولون أتراك", "مسؤولون أتراك", None, "group"),
    ("دبلوماسيون عرب ومصريون مزاعم نوري المالكي", "دبلوماسيون عرب ومصريون", None, "group"),
    ("مصادر مسؤولة بوزارة الطيران", "مصادر مسؤولة بوزارة الطيران", None, "group"),
    ("طلاب وطالبات مدارس الرياض", "طلاب وطالبات مدارس الرياض", None, "group"),
    # a definite plural after و inside a body's name is the name's (no second speaker)
    ("المركز الوطني للإحصاء والمعلومات", "المركز الوطني للإحصاء والمعلومات", None, "organization"),
    # media as a group, with their adjectives
    ("وسائل إعلامية رومانية", "وسائل إعلامية رومانية", None, "group"),
    # a compound given name is no description before the name
    ("الدكتور صلاح الدين عبد الكريم، المستشار القانوني للجيش", "صلاح الدين عبد الكريم", "المستشار القانوني للجيش",
     "person"),
    # a title word ending a role with one bare word after it is the given name (أمير، قائد), not a
    # second title in construct (أمير منطقة الرياض، قائد القوات البرية); المدينة takes no genitive
    ("نائب الأمين العام لغرفة المدينة أمير سليهم", "أمير سليهم", "نائب الأمين العام لغرفة المدينة", "person"),
    ("المتحدث باسم جبهة العند قائد نصر", "قائد نصر", "المتحدث باسم جبهة العند", "person"),
    ("أمير منطقة الرياض", None, "أمير منطقة الرياض", "person"),
    ("اللواء قائد القوات البرية", None, "قائد القوات البرية", "person"),
    # indefinite nouns in construct run on to their definite genitive before the name
    ("قائد مقاتلي عشائر محافظة الأنبار غسان العيثاوي", "غسان العيثاوي", "قائد مقاتلي عشائر محافظة الأنبار", "person"),
    # after بن a title word is a name (مساعد); a role after the nasab is no part of the name
    ("الأمير عبدالله بن مساعد بن عبدالعزيز", "عبدالله بن مساعد بن عبدالعزيز", None, "person"),
    ("الأمير عبدالله بن مساعد بن عبدالعزيز الرئيس العام لرعاية الشباب", "عبدالله بن مساعد بن عبدالعزيز", None, "person"),
    # (after a style, his post after his name is his role too: «سمو أمير المنطقة الشرقية» names him)
    ("صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية", "سعود بن نايف بن عبدالعزيز",
     "صاحب السمو الملكي، أمير المنطقة الشرقية", "person"),
    ("صاحب السمو الملكي الأمير فهد بن سلطان أمير منطقة تبوك رئيس اللجنة العليا للمهرجان", "فهد بن سلطان",
     "صاحب السمو الملكي، أمير منطقة تبوك رئيس اللجنة العليا للمهرجان", "person"),
    # a participle of the shape مُفاعِل in construct after a name describes the man (not a name in -ي)
    ("مورينيو منافس فينجر اللدود", "مورينيو", None, "person"),
    ("فهد بن مناحي العتيبي", "فهد بن مناحي العتيبي", None, "person"),
    # after a comma, a definite common noun or a noun in construct with one is the verb's object,
    # no second name of a man already named (nor the name of a bare role)
    ("صاحب السمو الملكي الأمير فيصل بن مشعل أمير منطقة القصيم، قرار الهيئة بتسجيل الموقع", "فيصل بن مشعل",
     "صاحب السمو الملكي، أمير منطقة القصيم", "person"),
    ("الأمير فهد بن سلطان أمير منطقة تبوك، الدورة الخامسة للمعرض", "فهد بن سلطان", "أمير منطقة تبوك", "person"),
    ("أمير منطقة تبوك، الدورة الخامسة للمعرض", None, "أمير منطقة تبوك", "person"),
    ("مدير الجامعة، قرار اللجنة", None, "مدير الجامعة", "person"),
    ("المتحدث باسم الشرطة، العقيد فواز الميمان", "فواز الميمان", "المتحدث باسم الشرطة", "person"),
    # a definite verbal noun after a name or a role is the verb's object (التهنئة), a nisba is not (التركية)
    ("مدير صحة جدة التهنئة بعيد الفطر", None, "مدير صحة جدة", "person"),
    ("رئيس الاتحاد السعودي للفروسية الأمير عبدالله بن فهد بن عبدالله التهنئة لخادم الحرمين الشريفين الملك سلمان",
     "عبدالله بن فهد بن عبدالله", "رئيس الاتحاد السعودي للفروسية", "person"),
    ("رئيس الحكومة التركية", None, "رئيس الحكومة التركية", "person"),
    # a purpose phrase after a bare name is no part of it; أ.د and البروفسور are honorifics
    ("البروفسور ساها لاستئصال المرارة", "ساها", None, "person"),
    ("بروفسور الطب النفسي أ.د طارق الحبيب", "طارق الحبيب", "بروفسور الطب النفسي", "person"),
    ("م نايف الحداد", "نايف الحداد", None, "person"),
    # a detached بـ and a quoted body is where he works; a detached لـ the paper he spoke to
    ("مسؤول تنفيذي بـ«فيسبوك»", None, "مسؤول تنفيذي بـ فيسبوك", "person"),
    ("مصدر أمني لـ«الشرق الأوسط»", None, "مصدر أمني", "person"),
    # two titles of the one person named after them; علي the name before a family name that closes
    # the mention, على the preposition before a role noun
    ("الصحافي ورئيس مؤسسة الجرادي للإعلام منصور الجرادي", "منصور الجرادي", "الصحافي ورئيس مؤسسة الجرادي للإعلام",
     "person"),
    ("البائع علي العامري", "علي العامري", "البائع", "person"),
    ("المشرف العام على إدارة الإعلام", None, "المشرف العام على إدارة الإعلام", "person"),
    # a clause about the man after his name; a foreign surname in وي is a name
    ("المواطن عثمان الغامدي ويعمل في أحد قصور الأفراح", "عثمان الغامدي", "المواطن", "person"),
    ("المحلل كريس ويليامسون", "كريس ويليامسون", "المحلل", "person"),
    ("عبدالله بن عمر ــ", "عبدالله بن عمر", None, "person"),
    # a place's apposition after a comma is no name of the speaker
    ("مسؤول أمني في مدينة كويتا، عاصمة إقليم بلوشستان", None, "مسؤول أمني في مدينة كويتا", "person"),
    # a part of a group speaks as a group (they), «أحد» as a person
    ("الكثير من الأشخاص", "الكثير من الأشخاص", None, "group"),
    ("عدد من المسؤولين", "عدد من المسؤولين", None, "group"),
    # an honorific's abbreviation glued to the name by its dot
    ("د.العثمان", "العثمان", None, "person"),
    ("أ.د.عبدالله بن أحمد الفيفي", "عبدالله بن أحمد الفيفي", None, "person"),
    # a title of governing and one bare word: the place it governs, no name
    ("محافظ بيشة", None, "محافظ بيشة", "person"),
    ("محافظ بيشة محمد بن سبرة", "محمد بن سبرة", "محافظ بيشة", "person"),
    # an acronym in brackets belongs to the role; «على» before a verbal noun is the preposition
    ("مدير عمليات (أونروا) في الأردن رودجر ديفيس", "رودجر ديفيس", "مدير عمليات أونروا في الأردن", "person"),
    ("المشرف على تنظيم فعاليات السيرك العالمي وليد عصام الفي", "وليد عصام الفي",
     "المشرف على تنظيم فعاليات السيرك العالمي", "person"),
    ("مقررة الأمم المتحدة الخاصة المعنية بالحق في الغذاء هلال إيلفر", "هلال إيلفر",
     "مقررة الأمم المتحدة الخاصة المعنية بالحق في الغذاء", "person"),
    # ولد "son of" (a Mauritanian nasab) joins a name as بن does, and an honorific after a particle
    # is the family's name (ولد الشيخ، بن الشيخ), no honorific opening a name
    ("مبعوثه إلى ليبيا محمد ولد الشيخ سيديا", "محمد ولد الشيخ سيديا", "مبعوثه إلى ليبيا", "person"),
    ("الرئيس الموريتاني محمد ولد عبد العزيز", "محمد ولد عبد العزيز", "الرئيس الموريتاني", "person"),
    ("المبعوث الأممي ولد الشيخ أحمد", "ولد الشيخ أحمد", "المبعوث الأممي", "person"),
    ("ولد الشيخ سيديا", "ولد الشيخ سيديا", None, "person"),
    ("سالم بن الشيخ أحمد", "سالم بن الشيخ أحمد", None, "person"),
    # «كشف النقاب عن»: the idiom's object after the subject is no part of the name
    ("ولد الشيخ سيديا النقاب", "ولد الشيخ سيديا", None, "person"),
    # «لفت النظر إلى»: likewise
    ("نبيل قمصاني النظر", "نبيل قمصاني", None, "person"),
    ("الوزير خالد العتيبي اللثام", "خالد العتيبي", "الوزير", "person"),
    # علي after an office closed by its nisba is Ali whatever his family name's shape
    ("وزير المالية الكويتي علي الموسى", "علي الموسى", "وزير المالية الكويتي", "person"),
    ("سفير الإمارات الأردني علي العمر للصحفيين", "علي العمر", "سفير الإمارات الأردني", "person"),
    ("المسؤول الأمني على الحدود", None, "المسؤول الأمني على الحدود", "person"),
    # الفريق after an indefinite title is the team, its genitive, not the rank opening a name
    ("مدرب الفريق خالد القروني", "خالد القروني", "مدرب الفريق", "person"),
    ("طبيب الفريق سامي الحربي", "سامي الحربي", "طبيب الفريق", "person"),
    ("الفريق سامي الحربي", "سامي الحربي", None, "person"),
    # a rank written only with its article (العماد، الرائد) is, written bare, the given name Imad, Raed
    ("المتحدث الرسمي للهلال الأحمر، عماد منسي الزهراني", "عماد منسي الزهراني", "المتحدث الرسمي للهلال الأحمر",
     "person"),
    ("مدير الشرطة رائد الحربي", "رائد الحربي", "مدير الشرطة", "person"),
    ("قائد الجيش العماد جان قهوجي", "جان قهوجي", "قائد الجيش", "person"),
    # an honorific's word after a particle is the family's name, with the role after the name as before it
    ("المهندس فيصل بن عبدالملك آل الشيخ وزير الإسكان", "فيصل بن عبدالملك آل الشيخ", "وزير الإسكان", "person"),
    ("الدكتور ناصر بن سعد آل الشيخ رئيس الجامعة", "ناصر بن سعد آل الشيخ", "رئيس الجامعة", "person"),
    # …and an honorific before the name still goes (no particle before it)
    ("الدكتور ناصر الشهري رئيس الجامعة", "ناصر الشهري", "رئيس الجامعة", "person"),
    # ل + a pronoun after a role is the role's complement (whose adviser), no name
    ("المستشار الخاص لسموه", None, "المستشار الخاص لسموه", "person"),
    ("المتحدث الرسمي لها", None, "المتحدث الرسمي لها", "person"),
    # a body's short name in brackets after its full one is another name of it, not a word of it
    ("وزارة الدفاع الأميركية (البنتاغون)", "وزارة الدفاع الأميركية", None, "organization"),
    ("منظمة الأغذية والزراعة (فاو)", "منظمة الأغذية والزراعة", None, "organization"),
]


@pytest.mark.parametrize("mention, name, role, type_", CASES)
def test_mention(mention, name, role, type_):
    m = analyse_mention(mention)
    assert (m.name, m.role, m.type) == (name, role, type_)


@pytest.mark.parametrize("mention, gender, number", [
    ("الوزيرة", "f", "sg"), ("رئيستها كيتي كيلي", "f", "sg"), ("الوزير", "m", "sg"),
    ("وزارة الصحة", "f", "sg"), ("مجلس الأمن", "m", "sg"), ("المحتجون", "m", "pl"), ("المصادر", "f", "pl"),
    # the nominative dual of a title, a body or a side: two speakers as one (not البيان، البرلمان)
    ("الوزيران", "m", "du"), ("الشركتان", "f", "du"), ("المنظمتان", "f", "du"), ("الجانبان", "m", "du"),
    ("الطرفان السعودي والروسي", "m", "du"), ("البرلمان", "m", "sg"),
])
def test_agreement_features(mention, gender, number):
    m = analyse_mention(mention)
    assert (m.gender, m.number) == (gender, number)


# women (a sound feminine plural of a person noun, نساء، فتيات، سيدات) are a feminine plural group;
# a group with men in it, a body named after women and one woman of them are not
WOMEN = [
    ("الطالبات", "group", "f", "pl", "الطالبات"),
    ("وسيدات الأعمال", "group", "f", "pl", "سيدات الأعمال"),
    ("ممرضات المستشفى", "group", "f", "pl", "ممرضات المستشفى"),
    ("النساء", "group", "f", "pl", "النساء"),
    ("فتيات", "group", "f", "pl", "فتيات"),
    ("عدد من المعلمات", "group", "f", "pl", "عدد من المعلمات"),
    ("عدد كبير من المشاركات", "group", "f", "pl", "عدد كبير من المشاركات"),
    ("بعض الموظفات", "group", "f", "pl", "بعض الموظفات"),
    ("طلاب وطالبات الجامعة", "group", "m", "pl", "طلاب وطالبات الجامعة"),
    ("مستشفى النساء والولادة", "organization", "f", "sg", "مستشفى النساء والولادة"),
    ("المصادر", "group", "f", "pl", "المصادر"),
]


@pytest.mark.parametrize("mention, type_, gender, number, name", WOMEN)
def test_women_are_a_feminine_plural_group(mention, type_, gender, number, name):
    m = analyse_mention(mention)
    assert (m.type, m.gender, m.number, m.name) == (type_, gender, number, name)


# a professional's noun in construct (استشاري، أخصائي، أستاذ) after a name starts the role, with no
# comma between them; not after a particle (a name word there) nor without its genitive
EXPERT_AFTER_NAME = [
    ("خالد الحربي استشاري طب الأطفال", "خالد الحربي", "استشاري طب الأطفال", None),
    ("الدكتور سعد العتيبي أخصائي التغذية العلاجية", "سعد العتيبي", "أخصائي التغذية العلاجية", None),
    ("نورة السبيعي استشارية الأمراض الجلدية", "نورة السبيعي", "استشارية الأمراض الجلدية", "f"),
    ("الدكتور فهد الدوسري أستاذ مشارك واستشاري جراحة العظام", "فهد الدوسري",
     "أستاذ مشارك واستشاري جراحة العظام", None),
    # (a masculine form may name a woman's post too: it gives no gender)
    # …and in a comma segment, or alone, it is a description
    ("الدكتور ماجد الزهراني، استشاري الطب النفسي", "ماجد الزهراني", "استشاري الطب النفسي", None),
    ("استشاري طب الأطفال", None, "استشاري طب الأطفال", None),
    ("أخصائية التغذية العلاجية", None, "أخصائية التغذية العلاجية", "f"),
    ("عبدالله بن باحث", "عبدالله بن باحث", None, None),
    ("خالد الحربي استشاري", "خالد الحربي استشاري", None, None),
]


@pytest.mark.parametrize("mention, name, role, gender", EXPERT_AFTER_NAME)
def test_a_professional_noun_after_a_name_is_the_role(mention, name, role, gender):
    m = analyse_mention(mention)
    assert (m.name, m.role, m.gender) == (name, role, gender)


@pytest.mark.parametrize("mention, gender, number", [("الطالبات", "f", "pl")])
def test_women_agree_in_the_feminine_plural(mention, gender, number):
    m = analyse_mention(mention)
    assert (m.gender, m.number) == (gender, number)


# (mention, name, role, type, gender, number, is_description): one or more rows for each step of
# the analysis, in the order the analyser takes them
DETAILS = [
    # forms of address and honorifics before the role or the name are neither
    ("معالي وزير الصحة الدكتور توفيق الربيعة", "توفيق الربيعة", "وزير الصحة", "person", "m", "sg", False),
    ("سماحة المفتي العام للمملكة الشيخ عبدالعزيز آل الشيخ", "عبدالعزيز آل الشيخ", "المفتي العام للمملكة",
     "person", "m", "sg", False),
    ("د. سعد الشثري", "سعد الشثري", None, "person", None, "sg", False),
    # God in a scripture citation and the Prophet in a hadith are named one way each
    ("الله تعالى", "الله", None, "person", "m", "sg", False),
    ("تعالى", "الله", None, "person", "m", "sg", False),
    ("صلى الله عليه وسلم", "النبي محمد", None, "person", "m", "sg", False),
    # a prayer after a name and an emphatic نفسه are no part of the mention
    ("ابن القيم رحمه الله", "ابن القيم", None, "person", None, "sg", False),
    ("المصادر نفسها", "المصادر", None, "group", "f", "pl", False),
    # … nor «بمشيئة الله», a كان clause after a description, nor a word that closes a subject
    ("الهيئة العامة للأرصاد بمشيئة الله", "الهيئة العامة للأرصاد", None, "organization", "f", "sg", False),
    ("شاب آخر كان قادما من جدة", "شاب آخر", None, "person", None, "sg", False),
    # ل + a noun after a role is what the role is for, no name; the name may follow it; a foreign
    # name opens ل with a long vowel
    ("المدير التنفيذي لسوق عكاظ", None, "المدير التنفيذي لسوق عكاظ", "person", "m", "sg", True),
    ("الرئيس التنفيذي لمهرجان تمور بريدة عبدالعزيز المهوس", "عبدالعزيز المهوس",
     "الرئيس التنفيذي لمهرجان تمور بريدة", "person", "m", "sg", False),
    ("وزيرة العدل لوريتا لينش", "لوريتا لينش", "وزيرة العدل", "person", "f", "sg", False),
    # the passive's auxiliary (تم، تمت) is a verb, never a word of a name
    ("مدير الملتقى تمت", None, "مدير الملتقى", "person", "m", "sg", True),
    # a player's position is his title (قلب الدفاع "centre-back")
    ("قلب الدفاع السابق ريو فرديناند", "ريو فرديناند", "قلب الدفاع السابق", "person", "m", "sg", False),
    ("مسافر آخر كان قادما من جدة", None, "مسافر آخر", "person", "m", "sg", True),  # (a traveller: a title)
    ("أحد المسؤولين الذين كانوا في الاجتماع", "أحد المسؤولين الذين كانوا في الاجتماع", None, "person", None, "sg", False),
    ("جامعة الملك خالد قد", "جامعة الملك خالد", None, "organization", "f", "sg", False),
    ("أسرة الضحية في القرية أيضا", "أسرة الضحية في القرية", None, "person", None, "sg", False),
    ("البيان الصادر", "البيان", None, "document", "m", "sg", False),
    ("الشركة بالفعل", "الشركة", None, "organization", "f", "sg", False),
    # على written with its alef maqsura after a name is the preposition, علي with ya the name Ali
    ("خالد طاهر على", "خالد طاهر", None, "person", None, "sg", False),
    ("أحمد علي", "أحمد علي", None, "person", None, "sg", False),
    # the head noun types the mention: group, document, organisation
    ("المحتجون", "المحتجون", None, "group", "m", "pl", False),
    ("شهود عيان", "شهود عيان", None, "group", "m", "pl", False),
    ("التقرير", "التقرير", None, "document", "m", "sg", False),
    ("وثيقة مسربة", "وثيقة مسربة", None, "document", "f", "sg", False),
    # a document's name ends before the clause that describes it, and before an ordinal's article
    # cut from its number
    ("دراسة نشرت أمس في مجلة طبية", "دراسة", None, "document", "f", "sg", False),
    ("تقرير إخباري نشر بقناة محلية أمس", "تقرير إخباري", None, "document", "m", "sg", False),
    ("دراسة أجراها معهد البحوث الزراعية", "دراسة", None, "document", "f", "sg", False),
    ("تقرير مفصل أعده فريق من الخبراء", "تقرير مفصل", None, "document", "m", "sg", False),
    ("تقرير سنوي يصدره المرصد", "تقرير سنوي", None, "document", "m", "sg", False),
    ("النشرة الشهرية الـ", "النشرة الشهرية", None, "document", "f", "sg", False),
    ("البيان بسم الله الرحمن الرحيم", "البيان", None, "document", "m", "sg", False),
    # reports are documents: an adjective in -ية after them is theirs, never a woman's title
    # (صحفية "journalist" and إعلامية "media woman" are also nouns)
    ("تقارير صحفية في كندا", "تقارير صحفية في كندا", None, "document", "f", "sg", False),
    ("تقارير إعلامية ألمانية", "تقارير إعلامية ألمانية", None, "document", "f", "sg", False),
    ("تقارير", "تقارير", None, "document", "f", "sg", False),
    # a feminine perfect verb after its feminine adjective is the clause's, no word of the name
    ("تقارير إخبارية كشفت", "تقارير إخبارية", None, "document", "f", "sg", False),
    ("دراسة طبية أثبتت", "دراسة طبية", None, "document", "f", "sg", False),
    ("وكالة الأنباء السعودية", "وكالة الأنباء السعودية", None, "organization", "f", "sg", False),
    ("مجلس الأمن الدولي", "مجلس الأمن الدولي", None, "organization", "m", "sg", False),
    # the title's gender is the person's
    ("المتحدثة باسم وزارة الخارجية ماريا زاخاروفا", "ماريا زاخاروفا", "المتحدثة باسم وزارة الخارجية",
     "person", "f", "sg", False),
    ("وزيرة الخارجية السويدية", None, "وزيرة الخارجية السويدية", "person", "f", "sg", True),
    # an indefinite title is in construct: its adjectives and a nested construct stay in the role
    ("مصدر أمني مصري رفيع", None, "مصدر أمني مصري رفيع", "person", "m", "sg", True),
    ("رئيسة قسم نشاط الطالبات نورة العتيبي", "نورة العتيبي", "رئيسة قسم نشاط الطالبات", "person", "f", "sg", False),
    ("رئيس مجلس إدارة الشركة", None, "رئيس مجلس إدارة الشركة", "person", "m", "sg", True),
    # the complement chain: a region and its place, a quoted programme, an affiliation
    ("المتحدث الرسمي لشرطة منطقة مكة المكرمة العقيد عاطي القرشي", "عاطي القرشي",
     "المتحدث الرسمي لشرطة منطقة مكة المكرمة", "person", "m", "sg", False),
    ("مدير برنامج «فطن» خالد الحربي", "خالد الحربي", "مدير برنامج فطن", "person", "m", "sg", False),
    ("مديرة المنتجات في جوجل، لينا الحداد", "لينا الحداد", "مديرة المنتجات في جوجل", "person", "f", "sg", False),
    # a definite honorific further on opens the name
    ("الأمين العام لسوق عكاظ الدكتور راشد الغامدي", "راشد الغامدي", "الأمين العام لسوق عكاظ",
     "person", "m", "sg", False),
    # the name first, its role after it, with or without a comma
    ("أحمد الحكيم رئيس قطاع السياسات", "أحمد الحكيم", "رئيس قطاع السياسات", "person", "m", "sg", False),
    ("فضل البوعينين، الخبير الاقتصادي", "فضل البوعينين", "الخبير الاقتصادي", "person", "m", "sg", False),
    # what follows a role is not always a name: a counterpart, a role word cut off, a common noun
    ("الوزير نظيره الروسي", None, "الوزير", "person", "m", "sg", True),
    ("ماهر بن صالح جمال رئيس", "ماهر بن صالح جمال", None, "person", None, "sg", False),
    ("الجانب", "الجانب", None, "unknown", None, "sg", False),
]


@pytest.mark.parametrize("mention, name, role, type_, gender, number, description", DETAILS)
def test_mention_details(mention, name, role, type_, gender, number, description):
    m = analyse_mention(mention)
    assert (m.name, m.role, m.type, m.gender, m.number, m.is_description) == \
        (name, role, type_, gender, number, description)


# a borrowed rank qualifier and its rank are one rank; the name after them is the person's
COMPOUND_RANKS = [
    ("البريجادير جنرال مارك توماس", "مارك توماس", None),
    ("الميجور جنرال البريطاني ديفيد ريتشاردز", "ديفيد ريتشاردز", "البريطاني"),
    ("قائد القوات الدولية اللفتنانت جنرال بيتر شو", "بيتر شو", "قائد القوات الدولية"),
    ("اللفتنانت كولونيل روبرت هيل", "روبرت هيل", "اللفتنانت كولونيل"),
    # a qualifier with no rank after it is left as it was
    ("الجنرال مارك توماس", "مارك توماس", None),
]


@pytest.mark.parametrize("mention, name, role", COMPOUND_RANKS)
def test_compound_rank(mention, name, role):
    m = analyse_mention(mention)
    assert (m.name, m.role, m.type) == (name, role, "person")


# a media name written without the article is the agency; with it, another word (a rider, a family name)
MEDIA_BARE = [
    ("وكالة فارس", "organization"),
    ("فارس", "organization"),
    ("الفارس", "unknown"),
    ("الفارس محمد سالم", "person"),
    ("واس", "organization"),
    ("الوفا", "unknown"),
    ("الوكالة", "organization"),
]


@pytest.mark.parametrize("mention, type_", MEDIA_BARE)
def test_media_name_without_article(mention, type_):
    assert analyse_mention(mention).type == type_


# «برنامج» + a definite genitive + a definite adjective names a body; alone or with a name of its own
# it is a programme (on television) or a plan
NAMED_BODIES = [
    ("برنامج الأمم المتحدة الإنمائي", "organization"),
    ("برنامج الأغذية العالمي", "organization"),
    ("برنامج البيئة الأممي", "organization"),
    ("البرنامج", "unknown"),
    ("برنامج صباح الخير", "person"),
]


@pytest.mark.parametrize("mention, type_", NAMED_BODIES)
def test_programme_named_as_a_body(mention, type_):
    assert analyse_mention(mention).type == type_


# an unnamed source (مصدر، مسؤول) whose would-be name holds no person's name is described as written;
# a given name, a name particle or bare foreign words after a definite role still name a person
ANONYMOUS_SOURCES = [
    ("مصدر في قيادة شرطة الحدود", None, "مصدر في قيادة شرطة الحدود"),
    ("مسؤول في إدارة مطار الملك خالد", None, "مسؤول في إدارة مطار الملك خالد"),
    ("مصدر مسؤول في بلدية حقل", None, "مصدر مسؤول في بلدية حقل"),
    ("مسؤول في مكتب حكومة ولاية بافاريا", None, "مسؤول في مكتب حكومة ولاية بافاريا"),
    ("مصدر مطلع في الغرفة التجارية بتبوك", None, "مصدر مطلع في الغرفة التجارية بتبوك"),
    ("مسؤول العلاقات في غرفة الشرقية سعد القحطاني", "سعد القحطاني", "مسؤول العلاقات في غرفة الشرقية"),
    ("مسؤول الإعلام في المنظمة الدولية جوناثان بريكس", "جوناثان بريكس", "مسؤول الإعلام في المنظمة الدولية"),
]


@pytest.mark.parametrize("mention, name, role", ANONYMOUS_SOURCES)
def test_anonymous_source_described(mention, name, role):
    m = analyse_mention(mention)
    assert (m.name, m.role, m.is_description) == (name, role, name is None)


# a bare word after a definite description and before a known given name opens the name: a definite
# noun takes no genitive and an indefinite adjective does not agree with it
UNKNOWN_FIRST_NAMES = [
    ("الطالبة ترف هيفاء العمري", "ترف هيفاء العمري", "الطالبة"),
    ("المزارع هتان سعيد الحربي", "هتان سعيد الحربي", "المزارع"),
    ("الرسامة السعودية ديم أحمد", "ديم أحمد", "الرسامة السعودية"),
    # an adverb or a place between them is no name
    ("الطالبة سابقا سارة بهجت", "سارة بهجت", "الطالبة سابقا"),
    ("أحد الشهود ويدعى فاليري زولوتاريف", "فاليري زولوتاريف", "أحد الشهود ويدعى"),   # a verb after و is no name
    ("المهاجم السويدي زلاتان إبراهيموفيتش", "زلاتان إبراهيموفيتش", "المهاجم السويدي"),
]


@pytest.mark.parametrize("mention, name, role", UNKNOWN_FIRST_NAMES)
def test_unknown_first_name_after_description(mention, name, role):
    m = analyse_mention(mention)
    assert (m.name, m.role) == (name, role)


# a definite head that is also a body word (الأكاديمية: an academy, or a woman academic) takes no
# genitive: an honorific and a given name after it and its adjectives name the person it describes
HONORIFIC_AFTER_DEFINITE = [
    ("الأكاديمية المتخصصة الدكتورة نوال العيد", "نوال العيد", "الأكاديمية المتخصصة", "person"),
    ("الأكاديمية د. هيفاء الحربي", "هيفاء الحربي", "الأكاديمية", "person"),
    # …but a body named after a king, or a definite body alone, stays a body
    ("جامعة الملك خالد", "جامعة الملك خالد", None, "organization"),
    ("الأكاديمية الملكية للفنون", "الأكاديمية الملكية للفنون", None, "organization"),
]


@pytest.mark.parametrize("mention, name, role, type_", HONORIFIC_AFTER_DEFINITE)
def test_honorific_name_after_definite_body_word(mention, name, role, type_):
    m = analyse_mention(mention)
    assert (m.name, m.role, m.type) == (name, role, type_)


# an honorific left before a family name, after a role's prepositional complement, is no part of the name
HONORIFIC_AFTER_COMPLEMENT = [
    ("رئيس فرع حقوق المستهلك في مكة المكرمة الأستاذ العنزي", "العنزي", "رئيس فرع حقوق المستهلك في مكة المكرمة"),
    ("رئيس فرع حقوق الانسان في المدينة المنورة الدكتور المالكي", "المالكي",
     "رئيس فرع حقوق الانسان في المدينة المنورة"),
]


@pytest.mark.parametrize("mention, name, role", HONORIFIC_AFTER_COMPLEMENT)
def test_honorific_after_complement_leaves_the_name(mention, name, role):
    m = analyse_mention(mention)
    assert (m.name, m.role) == (name, role)


# an honorific then a family name with the article opens the name after any role: the honorific
# ends the role's complement even when a bare place or a genitive stands before it
HONORIFIC_FAMILY_AFTER_ROLE = [
    ("رئيس فرع الهيئة في الطائف الأستاذ الحارثي", "الحارثي", "رئيس فرع الهيئة في الطائف"),
    ("مدير مستشفى الولادة الدكتور القحطاني", "القحطاني", "مدير مستشفى الولادة"),
    ("مدير عام تعليم منطقة تبوك الدكتور العمري", "العمري", "مدير عام تعليم منطقة تبوك"),
    ("محافظ محافظة الخرج المهندس الخالد العتيبي", "الخالد العتيبي", "محافظ محافظة الخرج"),
    # a rank's qualifier before a given name is the rank's, not a family name
    ("قائد حرس الحدود في منطقة جازان العقيد البحري سعد الشهري", "سعد الشهري", None),
    ("الناطق باسم حرس الحدود العقيد البحري زعبان العلياني", "زعبان العلياني", None),
]


@pytest.mark.parametrize("mention, name, role", HONORIFIC_FAMILY_AFTER_ROLE)
def test_honorific_family_name_after_role(mention, name, role):
    m = analyse_mention(mention)
    assert m.name == name and (role is None or m.role == role)


def test_honorific_word_after_preposition_is_no_name():
    # «الفريق» after في is the team, its nisba no family name: the source stays unnamed
    m = analyse_mention("مصدر مسؤول في الفريق الأولمبي")
    assert m.name is None and m.role == "مصدر مسؤول في الفريق الأولمبي"


# a definite description, an honorific, a name, then a role: the description is a role too
DESCRIPTION_HONORIFIC_NAME_ROLE = [
    ("الأكاديمية المتخصصة د. نورة العتيبي أستاذة علم الاجتماع بجامعة الملك سعود", "نورة العتيبي",
     "الأكاديمية المتخصصة، أستاذة علم الاجتماع بجامعة الملك سعود"),
    ("الخبيرة الاقتصادية د. هيفاء السالم عضو مجلس الشورى", "هيفاء السالم", "الخبيرة الاقتصادية، عضو مجلس الشورى"),
]


@pytest.mark.parametrize("mention, name, role", DESCRIPTION_HONORIFIC_NAME_ROLE)
def test_description_before_an_honorific_is_a_role(mention, name, role):
    m = analyse_mention(mention)
    assert (m.name, m.role) == (name, role)


@pytest.mark.parametrize("text, name", [
    # the word before بن is a given name, also one no list holds, ending the role before it
    ("الناطق الإعلامي بفرع الهيئة بجازان بيشي بن عيسى الصرخي", "بيشي بن عيسى الصرخي"),
    ("مدير المكتب هاجد بن مسفر الغامدي", "هاجد بن مسفر الغامدي"),
    ("وزير الدفاع الأمير محمد بن سلمان", "محمد بن سلمان"),
])
def test_unlisted_given_name_before_bin(text, name):
    assert analyse_mention(text).name == name


# …and a later mention by the short name alone is the same body, under its full name
@pytest.mark.parametrize("text, expected", [
    ("أعلنت وزارة الدفاع الأميركية (البنتاغون) أن كتيبة ستنشر. وقال البنتاغون إن الكتيبة جاهزة.",
     ["وزارة الدفاع الأميركية", "وزارة الدفاع الأميركية"]),
    ("قالت وكالة غوث وتشغيل اللاجئين (الأونروا) إن أزمتها تتعمق. وأكدت «الأونروا» أن المدارس ستفتح.",
     ["وكالة غوث وتشغيل اللاجئين", "وكالة غوث وتشغيل اللاجئين"]),
])
def test_a_bracketed_short_name_is_the_body(text, expected):
    assert [r.speaker_name for r in extract_text(text)] == expected


# a professional named with the head of their field (أخصائي، استشاري، مختص) is indexed like a
# titled person: a later given name alone is them, under the full name
@pytest.mark.parametrize("text, expected", [
    ("هكذا تعرف الأخصائية الاجتماعية سهيلة العبدالعال الإهمال العاطفي. وقالت سهيلة إن الحل ممكن.",
     ["سهيلة العبدالعال"]),
    ("وحضر استشاري القلب خالد الدوسري اللقاء. وقال خالد إن الوقاية ممكنة.", ["خالد الدوسري"]),
])
def test_a_professional_is_indexed_by_field(text, expected):
    assert [r.speaker_name for r in extract_text(text)] == expected


# «فان» between two bare words and before the comma of a role is the particle van, not فإن
@pytest.mark.parametrize("text, expected", [
    ("يقول هيرالد فان ديرليند، رئيس الاستراتيجية في البنك، \"الأسر تملك السيطرة\".", ["هيرالد فان ديرليند"]),
    ("وأكد الدكتور بيرند فان ليندر، العضو المنتدب للبنك، على أهمية المنتج.", ["بيرند فان ليندر"]),
])
def test_van_before_a_role(text, expected):
    assert [r.speaker_name for r in extract_text(text)] == expected


# «وهو/وهي…» after a name opens a circumstantial clause ("he being…"), never part of the speaker
@pytest.mark.parametrize("text, expected", [
    ("وكان الرئيس الأمريكي باراك أوباما وهو من المدافعين عن المعاهدة أعلن أنه سيوقعها.", ["باراك أوباما"]),
    ("يقول السياسي طارق الهاشمي، وهو من أكثر الشخصيات التي عانت، إن الوضع صعب.", ["طارق الهاشمي"]),
    ("وقالت الشركة الإيطالية؛ وهي شركة استثمار، إنها تجري محادثات.", ["الشركة الإيطالية"]),
])
def test_and_he_is_no_part_of_the_speaker(text, expected):
    assert [r.speaker_name for r in extract_text(text)] == expected
