"""Cues: trigger words, the guards that tell a reporting verb from its homographs, and the
according-to phrases (attribution.backends.rules.cues)."""
import pytest

from attribution.backends.rules.cues import (
    earlier_cue, is_cue, match_according, may_report, negated, sentence_initial, triggers,
)
from attribution.lexicon.cues import default_lexicon
from attribution.text.normalize import norm_word

# (sentence, the cue word as written, is it a report?)
CUE_GUARDS = [
    ("وقال الوزير إن الاتفاق جاهز.", "وقال", True),
    # the dual of a three-letter perfect reads like its verbal noun's accusative (كشفا، ذكرا):
    # a verb as a clause's first word, a noun elsewhere (see test_duals_that_are_other_words)
    ("وقالا إن الاتفاق جاهز.", "وقالا", True),
    ("قالا إن الاتفاق جاهز.", "قالا", True),
    ("والتقى الوزيران، وأكدا أن الاتفاق جاهز.", "وأكدا", True),
    ("وقدم المدير كشفا بأسماء الموظفين.", "كشفا", False),
    ("وتضمن البيان نفيا قاطعا لوجود خلافات.", "نفيا", False),
    # دعا with God as its object is a prayer, nothing reported (not a name built on الله)
    ("ودعت الهيئة الله أن يحفظ الوطن من كل سوء.", "ودعت", False),
    ("ودعا المحافظ في كلمته المولى عز وجل أن يوفق الجميع.", "ودعا", False),
    ("وختم كلمته داعيا الله بأن يديم الأمن على البلاد.", "داعيا", False),
    ("ودعا الإمام الله تعالى له بالشفاء العاجل.", "ودعا", False),
    ("ودعا حزب الله أنصاره إلى التظاهر أمام السفارة.", "ودعا", True),
    ("ودعا عبد الله السالم التجار إلى خفض الأسعار.", "ودعا", True),
    ("ودعا الجار الله أن تسرع البلدية في المشروع.", "ودعا", True),
    ("ودعا المدير الموظفين إلى الالتزام بالمواعيد.", "ودعا", True),
    # نص after جاء/ورد (and جاء في) is the noun "text", not نصّ "stipulated"
    ("وجاء نص الرسالة على النحو الآتي: «نشكركم على جهودكم».", "نص", False),
    ("وورد في نص الاتفاقية أن المدة عامان.", "نص", False),
    ("ونص العقد على أن يسلم المبنى خلال عام.", "ونص", True),
    # a participle reports after a comma, with its content right after; with no comma only when
    # أن follows it (or its frame and أن): مضيفا "host" takes none
    ("وقال الوزير إن الخطة جاهزة، مضيفا أن التمويل متوفر.", "مضيفا", True),
    ("وقال الوزير إن الخطة جاهزة، مشيرا إلى أن التمويل متوفر.", "مشيرا", True),
    ("ووصل الوزير مضيفا أن الخطة جاهزة.", "مضيفا", True),
    ("ويحل الهلال مضيفا على النصر.", "مضيفا", False),
    # …or «فيه/فيها», the statement its words are in, then its content (بيانا، مشيرة فيه إلى أن…)
    ("وأصدرت الهيئة بيانا، مشيرة فيه إلى أن الموعد تأجل.", "مشيرة", True),
    ("وألقى الوزير كلمة، مؤكدا فيها أن العمل مستمر.", "مؤكدا", True),
    ("وأقام الوزير حفلا في الفندق، مضيفا فيه الوفد الزائر.", "مضيفا", False),
    # a noun of cause takes a noun: the masdar written like a verb (تجدُّد "renewal")
    ("وتراجعت الأسعار بسبب تجدد القلق من وفرة المعروض.", "تجدد", False),
    ("وهبط السهم إثر توقع المحللين تراجع الأرباح.", "توقع", False),
    ("وأبو محمد يُذكر فيُشكر في مسيرته التعليمية.", "يُذكر", False),  # "is remembered and thanked"
    # …أنّ with its subject pronoun (أنهم، بأنها), or a frame written on a content head (بضرورة);
    # a passive participle is no report (صفقة مهددة بالفشل، الزوجين مطالبين باستمرار)
    ("وقال السكان إنهم غاضبون مشيرين إلى أنهم ينتظرون منذ سنوات.", "مشيرين", True),
    ("وأوضح المدير أن العمل مستمر مشيرا إلى أنها مرحلة أولى.", "مشيرا", True),
    ("وتجمع الأهالي أمام المبنى أمس مطالبين بضرورة إصلاح الطريق.", "مطالبين", True),
    ("واحتج العمال لأنهم لم يتلقوا ردا حتى الآن مطالبين بضرورة صرف الرواتب.", "مطالبين", True),
    ("وأصبحت الصفقة مهددة بالفشل بعد الإصابة.", "مهددة", False),
    ("إلا أن الزوجين مطالبين باستمرار المودة بينهما.", "مطالبين", False),
    # …or its على-frame and a content head (على ضرورة، على أهمية، على حق); an adjective
    # describing the indefinite noun before it takes no content head (إجراءات مشددة على المنافذ)
    ("وتحدث الوزير عن خطط الوزارة مشددا على ضرورة توحيد الجهود.", "مشددا", True),
    ("واستعرض المدير نتائج المرحلة الأولى مؤكدا على أهمية التدريب.", "مؤكدا", True),
    ("وانتقد الرئيس العقوبات مؤكدا على حق بلاده في الرد.", "مؤكدا", True),
    # …or any noun after its frame when a feminine noun before it cannot be what it describes
    ("وتحدث المدير عن خطط الإدارة ومراقبتها مشددا على جدية العمل.", "مشددا", True),
    ("وأنهت القوات حملة مشددة على المنافذ.", "مشددة", False),
    ("وفرضت الشرطة إجراءات مشددة على المنافذ الحدودية.", "مشددة", False),
    ("وأنهت القوات طوقا عسكريا مشددا على المدينة.", "مشددا", False),
    ("وقال إن الخطة جاهزة. مشددا على ضرورة البدء فورا.", "مشددا", True),
    ("وتفقد المحافظ المنافذ.. مشددا على يقظة الحراس.", "مشددا", True),
    # «believing» goes on with a speaker's words only after them; after an act it is the state
    # the act was done in
    ("ونفى الشاعر أن تكون القصيدة كافية، معتقدا أن الكتابة أهم.", "معتقدا", True),
    ("وقالت المديرة إن العمل مستمر، معتقدة أن الخطة ناجحة.", "معتقدة", True),
    ("وأقدم الجيش على اقتحام المدينة، معتقدا أنها ستكون ضعيفة.", "معتقدا", False),
    ("وغادر الموهوبون الصناعة، معتقدين أنه ليس لديهم أي مستقبل.", "معتقدين", False),
    ("ورفض الأهالي الطلب، معتقدين أنه يضرهم، على حد قولهم.", "معتقدين", True),
    ("حيث أقدم الجيش على اقتحام المدينة معتقدا أنها ستكون ضعيفة.", "معتقدا", False),
    # "very" modifies an adjective (حَذِر "cautious"), never a verb
    ("فهو حذر جداً من الدخول في المنافسة.", "حذر", False),
    ("وحذر الوزير من العواقب.", "وحذر", True),
    ("ويحل الهلال مضيفا على فريق يرى أن الفوز سهل.", "مضيفا", False),
    ("وقال الوزير إن الخطة جاهزة، مضيفا الكثير من التفاصيل.", "مضيفا", False),
    # strict homographs: بين "between" / بيّن "explained", رأى only clause-initially
    ("وبين الوزير أن الخطة جاهزة.", "وبين", True),
    ("ويوجد تنسيق بيننا وبين أسر الشهداء.", "وبين", False),  # "between us and": the preposition again
    ("وقد بين الوزير أن الخطة جاهزة.", "بين", True),
    ("وقع الاتفاق بين البلدين بعد أن اجتمع الوفدان.", "بين", False),
    ("ورأى المحلل أن السوق ستتعافى.", "ورأى", True),
    ("وذهب الفريق رأى أن الملعب جاهز.", "رأى", False),
    # a verb inside a quotation is the quoted speaker's
    ("وقالت الناشطة: «أكد لنا الطبيب أن الحالة مستقرة».", "أكد", False),
    ('وعرضت القناة فيلما بعنوان "قال لي المساعد" مساء أمس.', "قال", False),
    # an interviewer's question
    ("ماذا تعتقد أن يحدث بعد الانتخابات؟", "تعتقد", False),
    ("هل تقول إن الأزمة انتهت؟", "تقول", False),
    ("وتعتقد الوزيرة أن الأزمة انتهت.", "وتعتقد", True),
    # وَرَدَ "appear" against و + رد "and replied"
    ("والتزمت الشركات بما ورد في الضوابط.", "ورد", False),
    ("وقد ورد اسمه في القائمة.", "ورد", False),
    ("وهو ما ورد أيضا في التقرير.", "ورد", False),
    ("ورد الوزير بأن المشروع سيفتتح في الربيع.", "ورد", True),
    ("ورد أن المسؤولين اجتمعوا سرا.", "ورد", False),                 # "it was stated that"
    ("وردت بلاغات عن انقطاع المياه في الحي.", "وردت", False),       # an indefinite plural comes in
    ("وردت في التقرير أرقام عن البطالة.", "وردت", False),
    ("وردت النيابة بأن المتهم اعترف.", "وردت", True),
    # an elative "most prominent" after من
    ("ومن أبرز نقاط البرنامج تطوير التعليم.", "أبرز", False),
    ("ومن أوضح الأمثلة أن الأسعار ارتفعت.", "أوضح", False),
    ("وأبرز التقرير أن الأسعار ارتفعت.", "وأبرز", True),
    # a masdar after a preposition (not من "who", not the name علي)
    ("وتراجعت الأسعار مع توقع المستثمرين أن الطلب سيضعف.", "توقع", False),
    ("وعلى الرغم من نفي الوزارة وجود أي خطة، ما زال القلق قائما.", "نفي", False),
    # only a verbal noun follows تم/يتم/عدم; a preposition with و is a preposition still
    ("وأوضح المتحدث أنه تم نقل المصابين إلى المستشفى.", "نقل", False),
    ("وطلب الشهود عدم كشف هوياتهم خوفا من الانتقام.", "كشف", False),
    ("وخلال تنقل المحافظ بين القرى استمع إلى الأهالي.", "تنقل", False),
    ("وعن أبرز التحديات قال المدرب إن الوقت ضيق.", "أبرز", False),
    ("وعلي أكد أن الفريق جاهز.", "أكد", True),  # (وعلي: "and Ali", a name)
    ("ودعا المقال إلى وصف الخطة بأنها فاشلة.", "وصف", False),
    ("وهناك من يقول إن الأزمة انتهت.", "يقول", True),
    ("وتراجعت الأسعار منذ أعلن الوزير استقالته.", "أعلن", True),
    ("وقال الشيخ علي أكد أن الموعد ثابت.", "أكد", True),
    # طالب "student": counted, named or paired with طالبة; the verb has a subject and ب after it
    ("وشارك في البرنامج ألف طالب من المدارس.", "طالب", False),
    ("ومن حق أي طالب أن يختار جامعته.", "طالب", False),
    ("وأوضح أبو طالب أن العمل بدأ.", "طالب", False),
    ("وقبلت الجامعة 300 طالب وطالبة هذا العام.", "طالب", False),
    ("وحضرت كل طالبة وطالب من الصف الأول.", "وطالب", False),
    ("وطالب الوزير بإقالة المدير.", "وطالب", True),
    ("وطالب أولياء الأمور الوزارة بتأجيل الاختبارات.", "وطالب", True),
    # هدد: "endanger" with what is endangered; in the present, not clause-first, a thing threatens
    # to happen; a speaker's threat is told clause-first
    ("وتخشى الأسر من أسلاك متدلية تهدد حياة الأطفال.", "تهدد", False),
    ("وقال إن التسريب يهدد الأمن الوطني.", "يهدد", False),
    ("ويرى المحللون أن النزاع يهدد بإحداث انقسام في الحركة.", "يهدد", False),
    ("وهدد الجيش بالرد على أي هجوم.", "وهدد", True),
    ("ويهدد العمال بالإضراب إذا لم ترفع الأجور.", "ويهدد", True),
    ("وكان المسلح قد هدد بإطلاق النار على نفسه.", "هدد", True),
    # يشير إلى + a noun right after the verb, not clause-first: "indicates, points to"
    ("ورفعت البلدية لافتة عليها سهم يشير إلى اتجاه البحر.", "يشير", False),
    ("وهذا نص قديم يشير إلى خلاف بين القبائل.", "يشير", False),
    ("وهو الأمر الذي يشير إلى أن الخطة نجحت.", "يشير", False),  # a thing "indicates", even with أن (indicates.py)
    ("وتشير الإحصاءات إلى ارتفاع عدد الزوار.", "وتشير", True),
    ("وأكد الوزير أن الأرقام تشير إلى ارتفاع عدد الزوار.", "تشير", True),
    ("ونشرت البلدية صورا تشير إلى مواقع الحفر.", "تشير", False),
    ("وكان الرئيس يشير إلى فتح السفارة.", "يشير", True),
    ("تشير التقديرات إلى نمو الاقتصاد بنسبة ثلاثة في المائة.", "تشير", True),
    # تذكّر "remember!" opening a sentence with أن right after it; تذكر "she/it mentions" has a subject
    ("تذكر أن الأثر أهم من السبب.", "تذكر", False),
    ("وتذكر دائما أن الطريق طويل.", "وتذكر", False),
    ("وتذكر المراجع أن المدينة بنيت قبل ألف عام.", "وتذكر", True),
    ("وبدأ البرنامج، كما تذكر أنه توقف مرتين.", "تذكر", True),
    # أعلم "I know" / اعلموا "know!" before أن; "informed" has its addressee
    ("وأنا أعلم جيدا أن الطريق طويل.", "أعلم", False),
    ("واعلموا أن الجنة تحت ظلال السيوف.", "واعلموا", False),
    ("وكان المدرب قد أعلم لاعبيه بأن المباراة تأجلت.", "أعلم", True),
    ("ويعلم الجميع أن المباراة تأجلت.", "ويعلم", False),
    # الله أعلم "God knows best": the elative in an idiom, nobody informs anyone
    ("وأتوقع \"والله أعلم\" أن الفريق سيفوز بالبطولة.", "أعلم", False),
    ("والمسألة خلافية، والله أعلم بالصواب.", "أعلم", False),
    ("فالله أعلم بما في الصدور.", "أعلم", False),
    ("وتعلم الوزارة المواطنين بعدم صحة تلك الأخبار.", "وتعلم", True),
    # لفت نظري أن…: "it caught my eye that"; لفت النظر / نظره إلى أن… is a report
    ("ولفت نظري أن الملعب كان ممتلئا.", "ولفت", False),
    ("ولفت الوزير النظر إلى أن الملعب كان ممتلئا.", "ولفت", True),
    ("ولفت انتباهه إلى أن الملعب كان ممتلئا.", "ولفت", True),
    # يَرجِع "goes back to" a cause, يُرجِع "attributes" has a speaker before the thing attributed
    ("ويرجع ذلك إلى ضعف الطلب.", "ويرجع", False),
    ("ويرجع السبب إلى ضيق المساحة.", "ويرجع", False),
    ("وترجع التسمية إلى أصل يوناني.", "وترجع", False),
    ("وهذا يرجع لأسباب تدريبية.", "يرجع", False),
    ("ويرجع الخبراء ارتفاع الأسعار إلى نقص المعروض.", "ويرجع", True),
    ("وأرجع الوزير السبب إلى نقص المعروض.", "وأرجع", True),
    # a verb of hamzat al-wasl written with أ and no subject: the first person, a column's author
    ("وأعتقد أن المنتخب قادر على الفوز.", "وأعتقد", False),
    ("أعترف بأنني أخطأت في تقدير الموقف.", "أعترف", False),
    ("ولذلك أقترح على المجلس أن يؤجل القرار.", "أقترح", False),
    ("واعتقد الوزير أن المنتخب قادر على الفوز.", "واعتقد", True),
    ("وأختتم رئيس اللجنة حديثه بأن البطولة نجحت.", "وأختتم", True),
    # …also past a ب-adverbial or a parenthetical between dashes before its أنّ
    ("أعتقد بكل أسف أن الفرصة ضاعت.", "أعتقد", False),
    ("وأعتقد بالتأكيد أن الموسم سيكون صعبا.", "وأعتقد", False),
    ("كما أعتقد -والله أعلم- أن الحل في الحوار.", "أعتقد", False),
    ("واعتقد المدرب بكل ثقة أن الموسم سيكون صعبا.", "واعتقد", True),
    # a vowelled ت ending is the first or second person (ذكرتُ "I mentioned"), ذكرتْ is "she"
    ("ذكرتُ في مقالي السابق أن الطريق مزدحم.", "ذكرتُ", False),
    ("وأكدتَ في رسالتك أن الطريق مزدحم.", "وأكدتَ", False),
    ("وذكرتْ في بيانها أن الطريق مزدحم.", "وذكرتْ", True),
    ("وذكرت الشرطة أن الطريق مزدحم.", "وذكرت", True),
    # a conditional opens a supposition; with قد it is a concession that reports
    ("وإذا كانوا يعتقدون بأننا سنتراجع فهم مخطئون.", "يعتقدون", False),
    ("ولو أن اللاعب نبه بأن الملعب زلق لما سقط زميله.", "نبه", False),
    ("وإن كانوا يعتقدون أن الأمر انتهى فهم واهمون.", "يعتقدون", False),
    ("وإذا كان الوزير قد أكد أن الخطة ناجحة فإن الأرقام تقول غير ذلك.", "أكد", True),
    ("فإذا بالمدرب يعلن أن الفريق انسحب.", "يعلن", True),
    ("وبعد أن كان المدرب يؤكد أن الفريق جاهز، تراجع عن كلامه.", "يؤكد", True),
    ("ورغم فوزه وإن كان أكد أن المستوى لم يكن جيدا.", "أكد", True),          # كان + a perfect: a concession
    # the verb form's aspect, not its first letter: نفى، تحدث، نوه are perfects (a concession)
    ("وإن كان نفى المدرب أن الفريق متعب فإن النتائج تقول غير ذلك.", "نفى", True),
    ("وإن كان تحدث المدير عن أن المشروع تأخر فإن العمل مستمر.", "تحدث", True),
    ("وإن كان نوه الوزير بأن الخطة تأخرت فإن التنفيذ بدأ.", "نوه", True),
    ("وإن كان يرى الوزير أن الخطة ناجحة فإن الأرقام لا تؤيده.", "يرى", False),
    ("وإن كانت تؤكد الوزارة أن الخطة ناجحة فإن الأرقام لا تؤيدها.", "تؤكد", False),
    ("وسئل عما إذا كان سيعتزل فقال إنه لم يقرر بعد.", "فقال", True),          # ما إذا "whether"
    ("وفي ختام البيان إذا تؤكد الوزارة أنها ستحاسب المقصرين.", "تؤكد", True),   # إذا before an imperfect: إذ
    ("ويمكن التبرع إذا رغب المتبرع كما أوضح المدير أن الباب مفتوح.", "أوضح", True),  # another clause
    # قد/ربما + an imperfect is "may": a possibility (the reader's "you may think", a supposed
    # objector, what a body might announce), nothing said; قد + a perfect is "has" and reports
    ("قد تعتقد بأن الطريق سهل، لكنه طويل.", "تعتقد", False),
    ("وربما تعتقد أن الطريق سهل.", "تعتقد", False),
    ("وقد تعلن الوزارة أن الدوام سيتغير.", "تعلن", False),
    ("قد يقول قائل إن الأمر مختلف عندنا.", "يقول", False),
    ("وربما يعتقد المدرب أن الفريق جاهز للمباراة.", "يعتقد", False),
    ("وقد يلاحظ الزائر أن الأسعار مرتفعة.", "يلاحظ", False),
    ("وقد أعلنت الوزارة أن الدوام سيتغير.", "أعلنت", True),
    ("وكانت الوزارة قد أكدت أن الدوام سيتغير.", "أكدت", True),
    # no verb stem opens with a shadda: after it the و/ف is a root letter (ودّع "bade farewell")
    ("ودّعت المدرسة معلمتها المتقاعدة في حفل بسيط.", "ودّعت", False),
    ("وَدّعت الجماهير مدربها السابق بالتصفيق.", "وَدّعت", False),
    ("ودعت المدرسة أولياء الأمور إلى حضور الحفل.", "ودعت", True),
    # unvocalised, its object tells it: the dead or the departing are bidden farewell
    ("ودعت حشود كبيرة جثمان الفقيد إلى مثواه الأخير.", "ودعت", False),
    ("ودعوا ضيوف المهرجان بالورود عند البوابة.", "ودعوا", False),
    ("ودعا إلى الصلاة على الشهداء في المساجد.", "ودعا", True),
    # فرد after a quantifier is the noun "individual", not ف + ردّ "and answered"
    ("والمسؤولية تقع على كل فرد في المجتمع.", "فرد", False),
    ("فرد الوزير بأن الاتهامات باطلة.", "فرد", True),
    # the future (س، سوف) tells what is yet to be said, or addresses the reader: no report
    ("وسيعلن الوزير خطته غدا.", "وسيعلن", False),
    ("فإن زرت المعرض فستلاحظ أن الأجنحة كثيرة.", "فستلاحظ", False),
    ("وسوف يقول المدرب إن الفريق جاهز.", "يقول", False),
    ("ويقول المدرب إن الفريق جاهز.", "ويقول", True),
    ("وأعلن الوزير خطته أمس.", "وأعلن", True),
    # an imperfect after أنْ is wished, asked for, expected or possible: not said (yet)
    ("وتأمل المنظمات أن يحث الرئيس الكونغرس على إقرار القانون.", "يحث", False),
    ("ورجا الأمير أن يحث الشيخ الناس على الصبر.", "يحث", False),
    ("ومن المتوقع أن تعلن الوزارة أن الدوام سيتغير.", "تعلن", False),
    ("وطالبت المعارضة بأن يعلن الرئيس أن الانتخابات في موعدها.", "يعلن", False),
    ("ويمكن أن تقول إن الموسم كان ناجحا.", "تقول", False),
    ("وانتقل اللاعب إلى النادي دون أن يكشف عن قيمة العقد.", "يكشف", False),
    # …but after قبل أن / بعد أن it is narrated as done
    ("وقال الوزير إن الخطة جاهزة، قبل أن يضيف أن التنفيذ يبدأ غدا.", "يضيف", True),
    ("وبعد أن يؤكد المدرب جاهزية الفريق يعلن التشكيلة.", "يؤكد", True),
    ("وأكد الوزير أن الخطة جاهزة.", "وأكد", True),
    # «أخذ ورد» "give and take": the noun رَدّ after أخذ, not و + ردّ "and replied"
    ("وأشار إلى أن ما جرى من أخذ ورد في المفاوضات أضر بالفريق.", "ورد", False),
    ("وطال الأخذ ورد بين الطرفين دون نتيجة.", "ورد", False),
    ("وسئل الوزير عن الخطة، ورد بأنها جاهزة.", "ورد", True),
]


@pytest.mark.parametrize("form, is_verb", [
    ("قالا", True), ("وأكدا", True), ("شددا", True), ("أوضحتا", True),
    # the duals that are mostly another word: نقلا عن "according to", نصا "verbatim", حذرا
    # "cautiously", جزما "certainly", شرحا "an explanation", رؤيا "a vision", أقرأ "I read"
    ("نقلا", False), ("ونقلا", False), ("نصا", False), ("حذرا", False), ("جزما", False), ("شرحا", False),
    ("رويا", False), ("اقرا", False),
])
def test_duals_that_are_other_words(ar, form, is_verb):
    assert (norm_word(form) in ar.context().verb_forms) is is_verb


@pytest.mark.parametrize("text, cue, expected", CUE_GUARDS)
def test_cue_guards(ar, text, cue, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, cue)
    form = ctx.verb_forms[sent.toks[i].text]
    assert is_cue(ctx, sent, i, form) is expected


@pytest.mark.parametrize("text, cue, expected", [
    ("ولم تعلن الشرطة أي تفاصيل عن الحادث.", "تعلن", True),
    ("وقال إنه لن يؤكد أي شيء.", "يؤكد", True),
    ("ولا يؤكد الخبراء ذلك.", "يؤكد", True),
    ("وقال الوزير إن الخطة جاهزة.", "وقال", False),
    ("ما قال الوزير شيئا.", "قال", True),
])
def test_negation(ar, text, cue, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    i = ar.index(sent, cue)
    assert negated(sent.toks, i, ctx.verb_forms[sent.toks[i].text]) is expected


@pytest.mark.parametrize("text, word, expected", [
    ("وقال الوزير إن الخطة جاهزة.", "وقال", True),
    ("الرياض - واس: قال الوزير إن الخطة جاهزة.", "قال", True),   # a dateline
    ("ومن جانبه، أكد الوزير أن الخطة جاهزة.", "أكد", True),      # "for his part"
    ("كما أكد الوزير أن الخطة جاهزة.", "أكد", True),
    ("وقد أكد الوزير أن الخطة جاهزة.", "أكد", True),
    ("الوزير أكد أن الخطة جاهزة.", "أكد", False),
    ("وفي الاجتماع أكد الوزير أن الخطة جاهزة.", "أكد", False),
])
def test_sentence_initial(ar, text, word, expected):
    sent = ar.sentence(text)
    assert sentence_initial(sent, ar.index(sent, word)) is expected


@pytest.mark.parametrize("text, word, expected", [
    ("ارتفعت الأسعار، بحسب وكالة رويترز.", "بحسب", ("بحسب",)),
    ("ارتفعت الأسعار، وبحسب الوكالة فإنها ستنخفض.", "وبحسب", ("بحسب",)),
    ("ارتفعت الأسعار، وفقا للبيان.", "وفقا", ("وفقا", "ل")),
    ("ارتفعت الأسعار وفقا لـ البيان.", "وفقا", ("وفقا", "ل")),
    ("وسقط ثلاثة قتلى، نقلا عن مصادر طبية.", "نقلا", ("نقلا", "عن")),
    ("وجاء على لسان الوزير أن الخطة جاهزة.", "على", ("علي", "لسان")),
    ("وتوقف العمل، حسبما ذكرت الإدارة.", "حسبما", ("حسبما",)),
    ("وأغلقت الطرق فحسب.", "فحسب", None),        # فحسب "only": not و + حسب
    ("وقال إن الأمر على ما يرام.", "على", None),
])
def test_according_phrase(ar, text, word, expected):
    ctx, sent = ar.context(), ar.sentence(text)
    acc = match_according(ctx, sent.toks, ar.index(sent, word))
    assert (acc[1] if acc else None) == expected


def test_according_phrase_counts_a_proclitic_lam_as_part_of_the_next_word(ar):
    """وفقا للبيان: the phrase uses one token (ل is on the next word); وفقا لـ البيان: two."""
    ctx = ar.context()
    for text, used in (("وفقا للبيان", 1), ("وفقا لـ البيان", 2)):
        sent = ar.sentence(text)
        assert match_according(ctx, sent.toks, 0)[0] == used


@pytest.mark.parametrize("text, expected", [
    ("وقال الوزير إن الخطة جاهزة.", True),
    ("وتتفاوت الأسعار حسب الموسم.", True),          # حسب triggers; the according-to rules reject it later
    ("ويشار إلى أن المشروع بدأ قبل عامين.", True),   # a passive form
    ("وجاء على لسان الوزير أن الخطة جاهزة.", True),   # على لسان: its distinctive word لسان
    ("وافتتح الوزير المعرض في مدينة جدة.", False),
    ("وشارك الوزير في افتتاح المعرض.", False),
])
def test_trigger_words(text, expected):
    from attribution.text.normalize import normalize_text

    t = normalize_text(text).text
    assert may_report(triggers(default_lexicon()), t, 0, len(t)) is expected


@pytest.mark.parametrize("text, word, expected", [
    ("وقال الوزير إن الخطة جاهزة، مضيفا أن التمويل متوفر.", "مضيفا", True),
    ("وأكدت الوزارة، بحسب البيان، أن الخطة جاهزة.", "وأكدت", False),
    ("وافتتح الوزير المعرض، مؤكدا أن الصناعة تنمو.", "مؤكدا", False),
    ("وبحسب البيان، أكد الوزير أن الخطة جاهزة.", "أكد", True),
])
def test_earlier_cue(ar, text, word, expected):
    sent = ar.sentence(text)
    assert earlier_cue(ar.context(), sent, ar.index(sent, word)) is expected


# (sentence, [(cue, speaker mention, claim)]): «بالقول» "by saying", the masdar of manner after a
# clause's verb (اكتفى، مضى، ختم، دافع، علق) reports for that verb's subject; after a reporting verb
# the content is the verb's, one report (وتابع الوزير بالقول إن…)
BY_SAYING = [
    ("واكتفى المتحدث الرسمي بالقول إن التحقيق ما زال مستمرا.",
     [("القول", "المتحدث الرسمي", "التحقيق ما زال مستمرا")]),
    ("ومضت المصادر بالقول إن القوات سيطرت على الطريق الساحلي.",
     [("القول", "المصادر", "القوات سيطرت على الطريق الساحلي")]),
    ("ودافع اللاعب عن موقفه بالقول: «لم أتناول أي منشطات».",
     [("القول", "اللاعب", "لم أتناول أي منشطات")]),
    ("وأشاد المدرب باللاعبين بالقول إن الفريق قدم مباراة كبيرة.",
     [("القول", "المدرب", "الفريق قدم مباراة كبيرة")]),            # a verb of judgement keeps its object
    ("وتابع الوزير بالقول إن الخطة ستنفذ خلال عام.",
     [("تابع", "الوزير", "الخطة ستنفذ خلال عام")]),                 # the reporting verb's, one report
    ("وردا على سؤال عن الصفقة، اكتفى رئيس النادي سعد الحربي بالقول إنها الأغلى في تاريخه.",
     [("القول", "رئيس النادي سعد الحربي", "إنها الأغلى في تاريخه")]),  # the subject after the clause's verb
    ("من جهتها صرحت، مديرة التسويق في الشركة الأستاذة هند العلي، بالقول: نحن سعداء بالشراكة.",
     [("صرحت", "مديرة التسويق في الشركة الأستاذة هند العلي", "نحن سعداء بالشراكة")]),  # across the apposition
    ("وواصل حديثه بالقول إن الفريق جاهز للموسم.", [("القول", None, "الفريق جاهز للموسم")]),  # حديثه is the object
    # (the noun «القول» "speech, saying", no report of its own)
    ("ويعاقب النظام كل من أساء إلى غيره بالقول أو بالفعل.", []),
    ("والتزمت الهيئة بالقول المأثور في عملها.", []),
]


@pytest.mark.parametrize("text, expected", BY_SAYING)
def test_by_saying_reports_for_the_clause_subject(text, expected):
    from attribution.pipeline import extract_document
    from attribution.records import Document

    got = [(r.cue.text, r.speaker.text if r.speaker else None, r.claim.text if r.claim else None)
           for r in extract_document(Document("d", text), backend="rules")]
    assert got == expected
