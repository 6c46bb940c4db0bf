"""Objects: subject and object of a verb whose object is the content (attribution.backends.rules.objects)."""
import pytest

from attribution.backends.rules.objects import object_split

# (sentence with the verb first, known names, (subject, the text from the object on)) or None
SPLITS = [
    ("ونفت الوزارة الاتهامات الموجهة إليها.", (), ("الوزارة", "الاتهامات الموجهة إليها.")),
    # a body's indefinite head with its own bare name, then a verbal noun: the object
    ("وأعلنت بلدية العلا تأجيل المهرجان.", (), ("بلدية العلا", "تأجيل المهرجان.")),
    ("وأعلنت جامعة تبوك تمديد فترة القبول.", (), ("جامعة تبوك", "تمديد فترة القبول.")),
    ("ونفت شركة زين الكويتية وجود أعطال.", (), ("شركة زين الكويتية", "وجود أعطال.")),
    ("وأعلنت مؤسسة موانئ إطلاق خدمة جديدة.", (), ("مؤسسة موانئ", "إطلاق خدمة جديدة.")),
    # …and a body named after a king keeps the king's name
    ("وأعلنت جامعة الملك خالد تمديد فترة القبول.", (), ("جامعة الملك خالد", "تمديد فترة القبول.")),
    # an adverb of time between subject and object belongs to neither
    ("ونفى مجلس محافظة نينوى أمس وجود شرطة وهميين.", (), ("مجلس محافظة نينوى", "وجود شرطة وهميين.")),
    ("وأعلنت مصادر باكستانية رسمية اليوم الجمعة مقتل 12 شخصا.", (), ("مصادر باكستانية رسمية", "مقتل 12 شخصا.")),
    ("وأعلن مسؤول فلسطيني أمس وفاة الأسير.", (), ("مسؤول فلسطيني", "وفاة الأسير.")),
    ("وعزت الدراسة معظم الفاقد إلى التسرب.", (), ("الدراسة", "معظم الفاقد إلى التسرب.")),
    ("ونفت الشرطة المحلية الاتهامات.", (), ("الشرطة المحلية", "الاتهامات.")),            # a nisba adjective
    ("ونفى المتحدث باسم الوزارة عدم وجود خطط.", (), ("المتحدث باسم الوزارة", "عدم وجود خطط.")),
    ("ونفى وزير الخارجية الروسي الاتهامات.", (), ("وزير الخارجية الروسي", "الاتهامات.")),  # a construct head
    ("واستذكر المسؤول الروسي، في حديثه، تقديم المعلومات.", (), ("المسؤول الروسي", "تقديم المعلومات.")),
    # an organisation keeps its rank adjective and what it is for (with one coordinated noun)
    ("وتوقعت الرئاسة العامة للأرصاد وحماية البيئة هطول أمطار.", (),
     ("الرئاسة العامة للأرصاد وحماية البيئة", "هطول أمطار.")),
    ("ونفت اللجنة للصحفيين وجود خلافات.", (), ("اللجنة", "للصحفيين وجود خلافات.")),
    ("وأكدت الأمانة العامة لهيئة كبار العلماء رفضها الاعتداء.", (),
     ("الأمانة العامة لهيئة كبار العلماء", "رفضها الاعتداء.")),
    # a comma after the object does not make subject and object one role
    ("وتوقع الخبير ارتفاع الأسعار، مؤكدا أن السوق قوي.", (), ("الخبير", "ارتفاع الأسعار، مؤكدا أن السوق قوي.")),
    # a title's name belongs to the subject, up to the object (a noun of content, ما, a place…)
    ("وجدد اللاعب عبدالخالق برناوي عقده مع الوحدة.", (), ("اللاعب عبدالخالق برناوي", "عقده مع الوحدة.")),
    ("ونفى المدير عبدالوهاب شلبي ما تردد عن الجثث.", (), ("المدير عبدالوهاب شلبي", "ما تردد عن الجثث.")),
    # where the words were said, between subject and object, belongs to neither
    ("وأكد كيري في تصريحات صحفية رغبة بلده في المساعدة.", (), ("كيري", "رغبة بلده في المساعدة.")),
    ("وأكد الوزير خلال كلمته دعم المملكة للمبادرة.", (), ("الوزير", "دعم المملكة للمبادرة.")),
    ("ونفى النائب التنفيذي للمالية، سلطان القحطاني، وجود عجز.", (),
     ("النائب التنفيذي للمالية، سلطان القحطاني", "وجود عجز.")),
    ("ونفى الدكتور سامي فهد العتيبي وزير الصناعة وجود أزمة.", (), ("الدكتور سامي فهد العتيبي وزير الصناعة", "وجود أزمة.")),
    ("ونفى الدكتور عبدالرحمن البراك وجود أزمة.", (), ("الدكتور عبدالرحمن البراك", "وجود أزمة.")),
    ("ووصف سيرومولوتوف الحوار بالنشط.", ("سيرومولوتوف",), ("سيرومولوتوف", "الحوار بالنشط.")),  # a known name
    ("ونفى خطاب وجود تأثيرات.", ("خطاب",), ("خطاب", "وجود تأثيرات.")),
    ("ونفى أحمد زكي أي علاقة له بالحادث.", (), ("أحمد زكي", "أي علاقة له بالحادث.")),   # a word no name holds
    ("ونفى سيرومولوتوف وجود تأثيرات.", (), None),                                    # an unknown bare name
    ("وأكد على أهمية الحوار.", (), None),                                            # a frame preposition
    ("ونفت الوزارة.", (), None),
]


@pytest.mark.parametrize("text, known, expected", SPLITS)
def test_object_split(ar, text, known, expected):
    sent = ar.sentence(text)
    got = object_split(ar.context(known), sent.toks, 0)
    assert (got if got is None else (ar.text(sent, got[0]), ar.rest(sent, got[1]))) == expected


@pytest.mark.parametrize("text, expected", [
    ("نفى وجود خطط للانسحاب.", (None, "وجود خطط للانسحاب.")),       # …، لكنه نفى وجود خطط
    ("نفى البرلمانيون وجود خطط.", ("البرلمانيون", "وجود خطط.")),    # -ون marks a subject, not an object
    ("نفى الوزير وجود خطط.", ("الوزير", "وجود خطط.")),              # a speaker word is the subject
])
def test_implicit_subject(ar, text, expected):
    """With the subject before the verb or dropped (…، لكنه نفى), the object starts at once."""
    sent = ar.sentence(text)
    subj, k = object_split(ar.context(), sent.toks, 0, implicit=True)
    assert (ar.text(sent, subj), ar.rest(sent, k)) == expected
