"""The cue lexicon: generated inflections, size, and a user's own lexicon file."""
import pytest

from attribution import extract_text
from attribution.errors import LexiconError
from attribution.lexicon.cues import default_lexicon, load_lexicon
from attribution.text.normalize import normalize_text


@pytest.mark.parametrize("surface, lemma, aspect, gender, number", [
    ("وقالت", "قال", "perfect", "f", "sg"),
    ("فأكد", "أكد", "perfect", "m", "sg"),
    ("يشير", "أشار", "imperfect", "m", "sg"),
    ("تؤكد", "أكد", "imperfect", "f", "sg"),
    ("سيؤكد", "أكد", "imperfect", "m", "sg"),
    ("أضافوا", "أضاف", "perfect", "m", "pl"),
    ("يقولون", "قال", "imperfect", "m", "pl"),
    ("مضيفا", "أضاف", "participle", "m", "sg"),
    ("مؤكدةً", "أكد", "participle", "f", "sg"),
    ("مشيرين", "أشار", "participle", "m", "pl"),
    ("نفت", "نفى", "perfect", "f", "sg"),
    ("ينفي", "نفى", "imperfect", "m", "sg"),
    ("دعوا", "دعا", "perfect", "m", "pl"),
    ("ادّعى", "ادعى", "perfect", "m", "sg"),
])
def test_inflections(surface, lemma, aspect, gender, number):
    f = default_lexicon().forms[normalize_text(surface).text]
    assert (f.lemma, f.aspect, f.gender, f.number) == (lemma, aspect, gender, number)


def test_at_least_sixty_reporting_verbs_with_meanings():
    lex = default_lexicon()
    assert len(lex.lemmas) >= 60
    meanings = {m for _, m in lex.lemmas.values()}
    assert {"say", "assert", "deny", "warn", "allege", "reveal", "announce", "describe", "demand"} <= meanings


def test_according_to_phrases():
    phrases = {" ".join(p) for p in default_lexicon().according_to}
    for p in ("بحسب", "حسب", "وفق", "وفقا ل", "طبقا ل", "نقلا عن", "علي لسان", "علي حد", "بحسب ما", "جاء في"):
        assert p in phrases


def test_user_lexicon_adds_a_verb_and_a_phrase(tmp_path):
    f = tmp_path / "cues.tsv"
    f.write_text("# my cues\nهمس\tsay\tهمس\tيهمس\tهامسا\t-\t-\nاستنادا لـ\treport\n", encoding="utf-8")
    lex = load_lexicon(f)
    assert extract_text("وهمس المدرب بأن الفريق جاهز.", lexicon=lex)[0].cue.lemma == "همس"
    assert extract_text("وهمس المدرب بأن الفريق جاهز.") == []  # not in the built-in lexicon
    (r,) = extract_text("وارتفعت الأسعار، استنادا لوزارة التجارة.", lexicon=lex)
    assert r.kind == "according_to" and r.speaker_name == "وزارة التجارة"


def test_bad_user_lexicon_is_one_clear_error(tmp_path):
    f = tmp_path / "cues.tsv"
    f.write_text("قال\tsay\tقال\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="cues.tsv:1"):
        load_lexicon(f)
    with pytest.raises(LexiconError):
        load_lexicon(tmp_path / "missing.tsv")


def test_only_verbs_keeps_the_phrases_and_drops_the_other_verbs():
    lex = default_lexicon().only_verbs(["قال", "أكد"])
    assert {f.lemma for f in lex.forms.values()} == {"قال", "أكد"}
    assert set(lex.verb_lemmas()) == {"قال", "اكد"}
    assert lex.according_to == default_lexicon().according_to


def test_closed_speaker_classes_are_written_as_they_are_compared():
    """The analyser's classes are normalised words (ة kept); the resolver's are folded (ة→ه)."""
    from attribution.lexicon import closed
    from attribution.text.normalize import fold, norm_word

    for name in ("STYLES", "REGIONS", "PRAYER_HEADS", "SCRIPTURE_OPENERS", "EMPHATIC_SELF", "CONSTRUCT_STOPS",
                 "AFFILIATION_PREPOSITIONS", "PHRASE_COMPLEMENTIZERS", "ORG_NAME_STOPS"):
        assert all(norm_word(w) == w for w in getattr(closed, name)), name
    for name in ("PRONOUN_SUBJECTS", "NAME_STOPS", "NAME_PARTICLES", "GENERIC_HEADS", "BROAD_ORG_HEADS"):
        assert all(fold(w) == w for w in getattr(closed, name)), name


@pytest.mark.parametrize("column, clause, np_, obj, addressee, only", [
    ("-", set(), set(), False, False, False),
    ("إلى+np,addr", {"الي"}, {"الي"}, False, True, False),
    ("على,obj", {"علي"}, set(), True, False, False),
    ("عن+np,only", {"عن"}, {"عن"}, False, False, True),
])
def test_frames_column(column, clause, np_, obj, addressee, only):
    from attribution.lexicon.cues import parse_frames

    f = parse_frames(column)
    assert (set(f.clause), set(f.np), f.obj, f.addressee, f.only) == (clause, np_, obj, addressee, only)


def test_frames_of_the_lexicon_and_a_user_file(tmp_path):
    lex = default_lexicon()
    assert lex.forms["حث"].frames.addressee and lex.forms["نقل"].frames.relay and lex.forms["عبر"].frames.only
    f = tmp_path / "cues.tsv"
    # the older "np" flag gives every preposition a noun phrase; a frame the format does not know is an error
    f.write_text("ناشد\tdemand\tناشد\tيناشد\tمناشدا\tب\tnp\n", encoding="utf-8")
    assert load_lexicon(f).forms["ناشد"].frames.np == frozenset({"ب"})
    f.write_text("همس\tsay\tهمس\tيهمس\tهامسا\tفوق+obj\t-\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="cues.tsv:1.*unknown frame"):
        load_lexicon(f)


@pytest.mark.parametrize("word", ["عادة", "وعادة"])
def test_forms_removed_for_a_commoner_homograph(word):
    """عادّةً "considering" is removed from عدّ's forms: عادة "usually, a habit" is far commoner."""
    assert default_lexicon().forms.get(word) is None
    assert default_lexicon().forms.get("عادا") is not None


@pytest.mark.parametrize("word, lemma", [
    ("يقررن", "أقر"), ("أقررن", "أقر"), ("يرددن", "رد"), ("رددن", "رد"), ("عددن", "عد"),
    ("يقرن", None), ("أقرن", None), ("يردن", None), ("ردن", None), ("عدن", None), ("يحثن", None),
])
def test_doubled_roots_write_their_feminine_plural_apart(word, lemma):
    """A doubled root's feminine plural is يُقرِرن، رددن: يقرن is يَقرِن "joins", يردن "they want",
    عدن the city."""
    f = default_lexicon().forms.get(normalize_text(word).text)
    assert (f.lemma if f else None) == lemma


@pytest.mark.parametrize("word, lemma", [
    ("قلن", "قال"), ("وقلن", "قال"), ("يقلن", "قال"), ("أشرن", "أشار"), ("يشرن", "أشار"), ("أضفن", "أضاف"),
    ("نفين", "نفى"), ("ينفين", "نفى"), ("ادعين", "ادعى"), ("دعون", "دعا"), ("ذكرن", "ذكر"), ("يؤكدن", "أكد"),
    ("يقولن", None), ("أشارن", None), ("يشيرن", None),
])
def test_feminine_plurals_are_feminine_plural(word, lemma):
    """The feminine plural of a hollow root drops its long vowel (قال → قلن، يقول → يقلن، أشار →
    أشرن), a defective root's keeps its ي/و (نفى → نفين، دعا → دعون); each is f pl, so the verb
    takes no masculine or single speaker (وقلن إن… after «قال المدير»)."""
    f = default_lexicon().forms.get(normalize_text(word).text)
    assert (f.lemma if f else None) == lemma
    if f is not None:
        assert (f.gender, f.number) == ("f", "pl")


@pytest.mark.parametrize("word", ["أجبن", "يروين"])
def test_feminine_plurals_removed_for_a_commoner_homograph(word):
    """أجبن is the elative "most cowardly", يروين the given name Jeroen: no forms of أجاب، روى."""
    assert default_lexicon().forms.get(normalize_text(word).text) is None


@pytest.mark.parametrize("word", ["مقرا", "مقراً", "ومقرا", "مقرين"])
def test_headquarters_is_no_participle_of_aqarra(word):
    """مقرا، مقرين are the noun مَقَرّ "headquarters" (تتخذ من الرياض مقرا); مقرة stays a participle."""
    assert default_lexicon().forms.get(normalize_text(word).text) is None
    assert default_lexicon().forms["مقرة"].lemma == "أقر"


# A verb with an addressee carries it as an object pronoun (حثته على، أخبرها أن، أبلغوه بأن، يطالبهم
# بـ); such a form reports only with its subject written (``addressed``, hence ``needs_subject``).  Not دعا (دعونا "let us", ما
# دعاه "what led him"), not a doubled root's perfect, which is its verbal noun too (وحثهم "and
# urging them"), not يعلمه ("knows it"), and never -نا (تخبرنا الدلائل "the evidence tells us").
@pytest.mark.parametrize("surface, lemma", [
    ("حثتهم", "حث"), ("يحثهم", "حث"), ("حثوهم", "حث"), ("أخبرها", "أخبر"), ("وأبلغه", "أبلغ"),
    ("أبلغوه", "أبلغ"), ("يطالبونهم", "طالب"), ("اتهمتهما", "اتهم"), ("فحذره", "حذر"), ("تتهمه", "اتهم"),
    ("حثهم", None), ("دعاه", None), ("دعونا", None), ("تخبرنا", None), ("يعلمه", None), ("مطالبهم", None),
])
def test_addressee_as_an_object_pronoun(surface, lemma):
    form = default_lexicon().forms.get(normalize_text(surface).text)
    assert (form.lemma if form else None) == lemma
    assert form is None or (form.addressed and form.needs_subject and not form.seen)


def test_a_perception_verb_needs_its_subject_but_has_no_addressee():
    form = default_lexicon().forms[normalize_text("لاحظ").text]
    assert form.seen and form.needs_subject and not form.addressed
    assert not default_lexicon().forms[normalize_text("قال").text].needs_subject


@pytest.mark.parametrize("text, expected", [
    ("وأبلغه المدير بأن العقد انتهى.", [("أبلغه", "المدير")]),
    ("وتتهمه السلطات باختلاس الأموال.", [("تتهمه", "السلطات")]),
    ("وأخبرتها الممرضة سعاد العلي أن حالتها مستقرة.", [("أخبرتها", "سعاد العلي")]),
    # a dropped subject: no report of its own, and the claim it sits in goes on over it
    ("وقال الوزير خالد السالم إن المشروع جاهز. وطالبهم بتسريع العمل.", [("قال", "خالد السالم")]),
    ("وأكد المدرب سعد الحربي أنه يتكلم مع اللاعب ويطالبه ببذل الجهد.",
     [("أكد", "سعد الحربي", "أنه يتكلم مع اللاعب ويطالبه ببذل الجهد")]),
    ("وأكد المدرب سعد الحربي أن الفريق جاهز، كما طالبهم بالتركيز.",
     [("أكد", "سعد الحربي", "الفريق جاهز، كما طالبهم بالتركيز")]),
])
def test_addressed_forms_report_with_their_subject(text, expected):
    got = [(r.cue.text, r.speaker_name) + ((r.claim.text,) if len(e) == 3 else ())
           for r, e in zip(extract_text(text), expected)]
    assert got == expected and len(extract_text(text)) == len(expected)
