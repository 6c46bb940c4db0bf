"""Topics of claims (automatic and from a user taxonomy) and near-duplicate claim clusters."""
from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.topics.assign import (
    Taxonomy,
    TaxonomyError,
    assign_topics,
    best_labels,
    cluster_claims,
    caseless_fold as fold,
    key_terms,
    load_taxonomy,
    stem,
    stopwords,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def labels(text: str) -> list[str]:
    return [label for _, label in assign_topics(text)]


# --------------------------------------------------------------------------- automatic topics

@pytest.mark.parametrize("claim, expected", [
    # noun + adjectives kept whole
    ("إن روسيا تدخلت في الانتخابات الرئاسية الأمريكية عام 2016",
     ["الانتخابات الرئاسية الأمريكية", "روسيا"]),
    # idafa chains: وزارة الصحة, حملة التطعيم
    ("إن وزارة الصحة ستطلق حملة التطعيم ضد الإنفلونزا الموسمية الأسبوع المقبل",
     ["وزارة الصحة", "حملة التطعيم", "الإنفلونزا الموسمية"]),
    ("أن مجلس الأمن الدولي سيعقد جلسة طارئة", ["مجلس الأمن الدولي"]),
    ("إن البنك المركزي المصري قرر تثبيت أسعار الفائدة", ["البنك المركزي المصري", "أسعار الفائدة"]),
    # diacritics are not part of the label; ـَ and shadda are dropped
    ("أنّ الحكومةَ اللبنانيةَ أقرّت خطةَ الكهرباء الجديدة",
     ["خطة الكهرباء الجديدة", "الحكومة اللبنانية"]),
    # a head noun before a name: مدينة بوسطن; شركة أرامكو
    ("أن الهجوم الإرهابي في مدينة بوسطن الأمريكية كان متوقعا",
     ["مدينة بوسطن الأمريكية", "الهجوم الإرهابي"]),
    ("إن شركة أرامكو السعودية حققت أرباحا قياسية", ["شركة أرامكو السعودية", "أرباحا قياسية"]),
    # proclitics leave the label: للولايات → الولايات
    ("وللولايات المتحدة دور في المفاوضات النووية مع إيران", ["الولايات المتحدة", "المفاوضات النووية"]),
    ("أن الأمم المتحدة تحذر من مجاعة في اليمن", ["الأمم المتحدة", "اليمن"]),
    # a place name of three letters is kept (listed), a three-letter verb is not
    ("إن مصر قررت رفع أسعار الوقود", ["أسعار الوقود", "مصر"]),
    # tatweel
    ("إن الحـكومـة السعـودية أعلنت الميزانية", ["الحكومة السعودية", "الميزانية"]),
    # two names in a row are one name
    ("إن باراك أوباما سيزور المنطقة", ["باراك أوباما"]),
    # a title at the end belongs to the name after it: خادم الحرمين الشريفين (الملك سلمان)
    ("أن خادم الحرمين الشريفين الملك سلمان وجه بصرف المكافآت", ["خادم الحرمين الشريفين"]),
    # the conjunction goes (ورفع)
    ("أن والدته تحتاج إلى العلاج ورفع الدعم عن الوقود", ["رفع الدعم"]),
])
def test_assign_topics(claim, expected):
    assert labels(claim)[: len(expected)] == expected


@pytest.mark.parametrize("claim", [
    "",
    "   ",
    "قال إنه سيفعل ذلك اليوم",  # only function words, a reporting verb and a time word
    "وأضاف أن ذلك كان في عام 2016",
    "١٢٣ ٤٥٦",
])
def test_no_topics_in_function_words(claim):
    assert assign_topics(claim) == []


@pytest.mark.parametrize("claim, never", [
    ("إن روسيا تدخلت في الانتخابات الرئاسية الأمريكية", "تدخلت"),  # a verb
    ("وأكد أن الاتفاق بات قريبا", "أكد"),  # a reporting verb
    ("هنالك إجماعاً بين أعضائها على أن روسيا تدخلت", "إجماعا"),  # tanween: an adverbial noun
    ("هنالك إجماعاً بين أعضائها على أن روسيا تدخلت", "أعضائها"),  # a pronoun suffix
    ("أن الوزيرين بحثا التعاون الأمني", "بحثا"),  # a dual verb
    ("إن المسؤولين الأمريكيين التقوا في جنيف", "الأمريكيين"),  # an adjective is not a topic alone
    ("خدعونا، قالوا لنا سنذهب لمقاتلة الدواعش", "سنذهب"),  # a future verb
    ("إن الموعد محدد ولا يمكن تغييره", "محدد"),  # a participle
    ("صاحب السمو الملكي الأمير فيصل بن فرحان", "صاحب السمو الملكي"),  # an honorific
    ("أن والدة الطفل بخير", "الدة الطفل"),  # the و of والدة is the word's own
])
def test_never_a_topic(claim, never):
    assert never not in labels(claim)


def test_at_most_three_topics_best_first():
    claim = ("أن وزارة الخارجية الأمريكية ومكتب التحقيقات الفدرالي ووكالة الاستخبارات المركزية "
             "شاركوا في مؤتمر مكافحة الإرهاب في مدينة كراسنودار الروسية")
    topics = assign_topics(claim)
    assert len(topics) == 3
    assert assign_topics(claim, max_topics=1) == topics[:1]
    scores = [s for _, _, s in key_terms(claim)]
    assert scores == sorted(scores, reverse=True)


def test_single_word_inside_a_chosen_phrase_is_dropped():
    keys = [k for k, _ in assign_topics("إن مجلس الأمن عقد جلسة حول الأمن الإقليمي وحول الأمن")]
    assert "امن" not in keys


@pytest.mark.parametrize("a, b", [
    # the same topic across spellings, clitics, gender and number shares one key
    ("إن الانتخابات الأمريكية كانت نزيهة", "بشأن للانتخابات الامريكية"),
    ("أن وزارة الصحة أعلنت", "إن ووزارة الصحّة تابعت"),
    ("إن المسؤولين الأمريكيين", "إن المسؤولون الأمريكيون"),
    ("أن الولايات المتحدة", "وللولايات المتحدة"),
])
def test_keys_merge_variants(a, b):
    assert assign_topics(a)[0][0] == assign_topics(b)[0][0]


@pytest.mark.parametrize("word, expected", [
    ("والانتخابات", "انتخاب"),
    ("الرئاسية", "رئاسي"),
    ("للمسؤولين", "مسؤول"),
    ("وزارة", "وزار"),  # a radical و stays
    ("ووزارة", "وزار"),  # the conjunction goes
    ("ألكسندر", "الكسندر"),  # أل with hamza is no article
    ("بالمستشفيات", "مستشفي"),
])
def test_stem(word, expected):
    assert stem(word) == expected


def test_fold():
    assert fold("أإآٱ") == "اااا"
    assert fold("مستشفى الجامعةِ") == "مستشفي الجامعه"
    assert fold("الـــوزيـر") == "الوزير"


@pytest.mark.parametrize("text", ["وزارةُ الصحّة", "Google و GOOGLE", "ﺍﻟﻮﺯﻳﺮ  قال", "\u200fقال\u200e"])
def test_topics_fold_is_the_project_fold_lowercased(text):
    from attribution.text.normalize import fold as project_fold
    from attribution.topics.assign import caseless_fold

    assert caseless_fold(text) == project_fold(text).lower() == fold(text)


@pytest.mark.parametrize("word, adjective", [
    ("الأمريكية", True), ("استخباراتية", True), ("الأمريكيين", True), ("المسؤولين", True), ("روسي", True),
    ("الوزارة", False), ("معلومات", False), ("علي", False),  # three letters: too short to be a nisba
])
def test_adjective_endings_are_the_nisba_endings(word, adjective):
    from attribution.topics.assign import _adjective_like, _analyse

    assert _adjective_like(_analyse(word)) is adjective


def test_stopwords_are_folded_data():
    sw = stopwords()
    assert {"في", "قال", "اليوم", "ان", "الي"} <= sw
    assert all(w == fold(w) for w in sw)
    assert "وزاره" not in sw


def test_best_labels_prefers_frequent_then_hamza():
    pairs = [("امريكي", "امريكي"), ("امريكي", "الأمريكي"), ("امريكي", "الأمريكي"), ("روس", "روسيا")]
    assert best_labels(pairs) == {"امريكي": "الأمريكي", "روس": "روسيا"}
    assert best_labels([("امن", "الامن"), ("امن", "الأمن")]) == {"امن": "الأمن"}


def test_reference_article_claims_get_phrase_topics():
    gold = SHARED / "corpora" / "sample" / "najah-ru-us-security-talks.gold.jsonl"
    if not gold.exists():
        pytest.skip("../shared is absent")
    d = json.loads(gold.read_text(encoding="utf-8").splitlines()[0])
    all_labels = set()
    for a in d["attributions"]:
        s, e = a["claim"]
        all_labels |= set(labels(d["text"][s:e]))
    for expected in ("مجلس الأمن الروسي", "الانتخابات الرئاسية الأمريكية", "الولايات المتحدة",
                     "مدينة بوسطن الأمريكية", "مكتب التحقيقات الفدرالية"):
        assert expected in all_labels


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءأإآةىًٌٍَُِّْـ،.«»\"0123456789 ")),
               max_size=200))
def test_labels_are_words_of_the_claim(text):
    for key, label in assign_topics(text):
        assert key and label
        plain = re.sub(r"[\u064b-\u0652\u0640]", "", text)
        for word in label.split():
            # a label word is written in the claim, possibly after a proclitic; ال may be restored (لل)
            core = word[2:] if word.startswith("ال") else word
            assert core in plain


# --------------------------------------------------------------------------- taxonomy

TAXONOMY_TSV = """# topics of a health desk
الصحة العامة\tوزارة الصحة | لقاح | re:انفلون[زس]ا
الطاقة\tالنفط | الكهرباء | أرامكو
"""


@pytest.mark.parametrize("claim, expected", [
    ("إن وزارة الصحة أطلقت حملة الإنفلونزا", ["tax:الصحة العامة"]),
    ("أن اللقاحات متوفرة مجانا", ["tax:الصحة العامة"]),  # ات ending
    ("إن بالنفط وبالكهرباء تعمل المصانع", ["tax:الطاقة"]),  # proclitics
    ("إن أرامكو ووزارة الصحة وقعتا اتفاقية لتزويد المستشفيات بالكهرباء",
     ["tax:الطاقة", "tax:الصحة العامة"]),  # most matches first
    ("إن الفريق فاز بالمباراة", []),
    ("إن اللقاحاتية", []),  # a keyword inside a longer word does not match
])
def test_taxonomy_tsv(tmp_path, claim, expected):
    path = tmp_path / "topics.tsv"
    path.write_text(TAXONOMY_TSV, encoding="utf-8")
    tax = load_taxonomy(path)
    assert len(tax) == 2
    assert [k for k, _ in assign_topics(claim, taxonomy=tax)] == expected


def test_taxonomy_json_and_toml(tmp_path):
    j = tmp_path / "t.json"
    j.write_text(json.dumps({"الرياضة": ["كأس العالم", "المنتخب"]}, ensure_ascii=False), encoding="utf-8")
    t = tmp_path / "t.toml"
    t.write_text('[topics]\n"الرياضة" = ["كأس العالم", "المنتخب"]\n', encoding="utf-8")
    claim = "إن المنتخب تأهل إلى نهائيات كأس العالم"
    for path in (j, t):
        assert assign_topics(claim, taxonomy=load_taxonomy(path)) == [("tax:الرياضة", "الرياضة")]


@pytest.mark.parametrize("name, content, message", [
    ("bad.tsv", "الصحة بلا مفتاح\n", ":1: expected"),
    ("bad.tsv", "\n# only a comment\n", "no topics"),
    ("bad.tsv", "الصحة\t re:([\n", "bad regular expression"),
    ("bad.json", "{\"a\": [\n", "invalid JSON"),
    ("bad.json", "[1, 2]", "expected an object"),
    ("bad.toml", "[topics\n", "invalid TOML"),
    ("empty.json", "{\"الصحة\": []}", "no keywords"),
])
def test_taxonomy_errors_name_the_problem(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TaxonomyError, match=re.escape(message)):
        load_taxonomy(path)


def test_taxonomy_missing_file(tmp_path):
    with pytest.raises(TaxonomyError, match="not found"):
        load_taxonomy(tmp_path / "nope.tsv")


def test_taxonomy_from_mapping_accepts_a_single_string():
    tax = Taxonomy.from_mapping({"الصحة": "وزارة الصحة"})
    assert tax.match("قالت وزارة الصحة") == [("tax:الصحة", "الصحة")]


# --------------------------------------------------------------------------- clusters

def test_near_duplicates_across_outlets_share_a_cluster():
    items = [
        (10, "إن المشاورات لا تزال مستمرة بين الجانبين حول تنظيم اللقاء"),
        (11, "أن المشاورات ما زالت مستمرة بين الجانبين حول تنظيم اللقاء"),  # another outlet's wording
        (12, "إنّ المشاوراتِ لا تزالُ مستمرةً بين الجانبين حول تنظيم اللقاء"),  # vocalised
        (13, "إن الاقتصاد الروسي ينمو بوتيرة سريعة رغم العقوبات الغربية"),
        (14, "الاقتصاد"),
        (15, ""),
    ]
    out = cluster_claims(items)
    assert set(out) == {10, 11, 12, 13, 14, 15}
    assert out[10] == out[11] == out[12] == 10
    assert out[13] == 13 and out[14] == 14 and out[15] == 15


def test_different_claims_on_one_topic_stay_apart():
    out = cluster_claims([
        (1, "إن وزارة الصحة ستطلق حملة التطعيم ضد الإنفلونزا الأسبوع المقبل في جميع المناطق"),
        (2, "إن وزارة الصحة أغلقت ثلاثة مستشفيات خاصة بسبب مخالفات في مدينة جدة"),
    ])
    assert out == {1: 1, 2: 2}


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10_000), st.text(max_size=60)), max_size=30,
                unique_by=lambda t: t[0]))
def test_cluster_ids_are_member_minimums(items):
    out = cluster_claims(items)
    assert set(out) == {i for i, _ in items}
    members: dict[int, list[int]] = {}
    for aid, cid in out.items():
        members.setdefault(cid, []).append(aid)
    for cid, group in members.items():
        assert cid == min(group)


def test_cluster_scales_to_20k_claims():
    rng = random.Random(7)
    words = ("الوزير الحكومة الاتفاق المفاوضات الاقتصاد النفط الأسعار الانتخابات الرئيس الأمن "
             "المنطقة الحرب السلام المياه الكهرباء التعليم الصحة المستشفى المدينة الشركة "
             "المشروع الميزانية الجيش البرلمان القانون المحكمة الجامعة الطلاب المعلمين العمال").split()
    base = [" ".join(rng.choice(words) for _ in range(14)) for _ in range(10_000)]
    # every base claim reprinted once with one word changed: 20k claims, 10k clusters
    items = [(i, t) for i, t in enumerate(base)]
    for i, t in enumerate(base):
        w = t.split()
        w[rng.randrange(len(w))] = rng.choice(words)
        items.append((10_000 + i, " ".join(w)))
    t0 = time.perf_counter()
    out = cluster_claims(items)
    elapsed = time.perf_counter() - t0
    assert elapsed < 20, elapsed
    together = sum(out[i] == out[10_000 + i] for i in range(10_000))
    assert together > 9_000
    assert len(set(out.values())) > 9_000


def test_a_words_decided_fields_are_its_last_four():
    """_analyse builds a word's last four fields in place: they must stay the last four."""
    from attribution.topics.assign import _DECIDED, _Word
    assert _Word._fields[_DECIDED:] == ("name_like", "pairs", "title", "alone")
