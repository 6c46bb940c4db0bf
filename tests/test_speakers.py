"""Speaker mentions split into name, role and type (table-driven, news-style phrases)."""
import pytest

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
]


@pytest.mark.parametrize("mention, name, role, type_", CASES)
def test_mention(mention, name, role, type_):
    m = analyse_mention(mention)
    assert (m.name, m.role, m.type) == (name, role, type_)


@pytest.mark.parametrize("mention, gender, number", [
    ("الوزيرة", "f", "sg"), ("رئيستها كيتي كيلي", "f", "sg"), ("الوزير", "m", "sg"),
    ("وزارة الصحة", "f", "sg"), ("مجلس الأمن", "m", "sg"), ("المحتجون", "m", "pl"), ("المصادر", "f", "pl"),
])
def test_agreement_features(mention, gender, number):
    m = analyse_mention(mention)
    assert (m.gender, m.number) == (gender, number)
