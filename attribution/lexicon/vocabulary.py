"""The lexicon's word classes as sets, built once per lexicon for every stage that reads them.

``speaker_words.tsv`` lists the words that build speaker mentions by category (titles,
organisations, documents, groups, honorifics…); the rules, the mention analyser and the
document resolver all look words up in these classes, so they are made here, once, with one
definition each.

>>> v = vocabulary(default_lexicon())
>>> "وزير" in v.title, "وزيرة" in v.title_f, "وزارة" in v.org
(True, True, True)
>>> "الدكتور" in v.honorific, "دكتور" in v.honorific_bare
(True, True)
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from attribution.lexicon.cues import Lexicon, default_lexicon
from attribution.lexicon.names import given_names
from attribution.text.morph import strip_article


@dataclass(frozen=True)
class Vocabulary:
    """Word classes of one lexicon (normalised words; ة kept)."""

    #: heads of a personal role, both genders (وزير، المتحدث، مديرة)
    title: frozenset[str]
    #: their feminine forms only (وزيرة، مديرة)
    title_f: frozenset[str]
    #: organisation heads, media included (وزارة، مجلس، وكالة)
    org: frozenset[str]
    #: grammatically feminine organisation heads (وزارة، شركة)
    org_f: frozenset[str]
    #: heads naming a body only with a definite genitive and adjective (برنامج الأغذية العالمي)
    org_named: frozenset[str]
    #: media heads: organisations whose statements are reports (صحيفة، رويترز)
    media: frozenset[str]
    #: media names written without the article (فارس، واس): «الفارس» is no agency
    media_bare: frozenset[str]
    #: documents of both genders (بيان، دراسة)
    doc: frozenset[str]
    #: masculine documents only (بيان، تقرير)
    doc_m: frozenset[str]
    #: feminine documents (دراسة، وثيقة)
    doc_f: frozenset[str]
    #: human and non-human plural groups (مسؤولون، مصادر)
    group: frozenset[str]
    #: human plural groups only (مسؤولون، خبراء)
    group_m: frozenset[str]
    #: non-human plurals that agree in the feminine singular (مصادر، أوساط)
    group_f: frozenset[str]
    #: collective nouns of people whose verb may be plural (أسرة، عائلة)
    collective: frozenset[str]
    #: speech nouns that carry a speaker's pronoun (بحسب قوله، على حد تعبيره)
    speech: frozenset[str]
    #: nouns that are never a source after بحسب/وفق (وفق القانون)
    not_source: frozenset[str]
    #: adverbial openers between a cue and its content (اليوم، في تصريح)
    adverbial: frozenset[str]
    #: relative pronouns (الذي، التي)
    relative: frozenset[str]
    #: place names without the article that can close a role (روسيا، واشنطن)
    place: frozenset[str]
    #: honorifics as written, with their article (الدكتور، سمو، الشيخ)
    honorific: frozenset[str]
    #: the same without the article (دكتور، شيخ)
    honorific_bare: frozenset[str]
    #: pronoun honorifics standing for a dignitary named before (سموه، معاليه)
    honorific_pronoun: frozenset[str]
    #: portfolio nouns that continue a role without the article (وزير خارجية روسيا)
    portfolio: frozenset[str]
    #: words that may stand inside a name (بن، أبو، عبد)
    particle: frozenset[str]
    #: event and time nouns after في that make an adverbial (في تصريح، في بيان)
    event: frozenset[str]
    #: common Arabic given names (محمد، فيصل)
    given: frozenset[str]
    #: nouns heading a proposition (أهمية، ضرورة، حرص: content_heads.txt)
    content_head: frozenset[str]
    #: nouns of a kind whose name follows them quoted or bracketed (محطة «إن تي في»، كتاب "…")
    named_kind: frozenset[str]
    #: indefinite role nouns a name stands before (عمر السومة مهاجم النادي الأهلي)
    name_role: frozenset[str]
    #: a professional's nouns, in construct with a field (استشاري، أخصائي، أستاذ)
    expertise: frozenset[str]
    #: every head that can open a speaker mention: title, organisation, document, group
    speakerish: frozenset[str]


@functools.lru_cache(maxsize=8)
def vocabulary(lexicon: Lexicon | None = None) -> Vocabulary:
    """The word classes of ``lexicon`` (the default one when ``None``), built once."""
    w = (lexicon or default_lexicon()).category
    honorific = w("honorific")
    title, org = w("title") | w("title_f"), w("org") | w("org_f") | w("media")
    doc, group = w("doc") | w("doc_f"), w("group") | w("group_f")
    return Vocabulary(
        title=title, title_f=w("title_f"), org=org, org_f=w("org_f"), org_named=w("org_named"), media=w("media"), media_bare=w("media_bare"),
        doc=doc, doc_m=w("doc"), doc_f=w("doc_f"), group=group, group_m=w("group"), group_f=w("group_f"),
        collective=w("collective"),
        speech=w("speech_noun"), not_source=w("not_source"), adverbial=w("adverbial"),
        relative=w("relative"), place=w("place"),
        honorific=honorific, honorific_bare=frozenset(strip_article(x) for x in honorific),
        honorific_pronoun=w("honorific_pronoun"), portfolio=w("portfolio"),
        particle=w("name_particle"), event=w("event"), given=given_names(), content_head=w("content_head"),
        named_kind=w("named_kind"), name_role=w("name_role"), expertise=w("expertise"),
        speakerish=title | org | doc | group | w("collective"),
    )


def head_word(w: str, v: Vocabulary) -> str:
    """A head noun without its article, for a look-up in the word classes; a media name that is
    written without the article keeps it, as another word (الفارس "the rider", not وكالة فارس).

    >>> v = vocabulary(default_lexicon())
    >>> head_word("الوكالة", v), head_word("الفارس", v), head_word("فارس", v)
    ('وكالة', 'الفارس', 'فارس')
    """
    b = strip_article(w)
    return w if b != w and b in v.media_bare else b
