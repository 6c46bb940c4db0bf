"""Word-level Arabic morphology the rules need: articles, proclitics and possessive pronouns.

Works on normalised words (see :mod:`attribution.text.normalize`).

>>> strip_article("للوزارة"), strip_article("والوزير"), strip_pronoun("رئيستها")
('وزارة', 'وزير', 'رئيسة')
"""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1 << 16)
def strip_article(w: str) -> str:
    """الوزير → وزير, للوزارة → وزارة, والوزير → وزير, بالشركة → شركة."""
    for p in ("وال", "فال", "بال", "كال", "ال"):
        if w.startswith(p) and len(w) > len(p) + 1:
            return w[len(p):]
    if w.startswith("لل") and len(w) > 3:
        return w[2:]
    return w


@functools.lru_cache(maxsize=1 << 16)
def strip_pronoun(w: str) -> str:
    """نظيره → نظير, رئيستها → رئيسة: a noun with a possessive pronoun (ت of the construct → ة)."""
    for suf in ("هما", "هم", "ها", "ه"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            stem = w[: -len(suf)]
            return stem[:-1] + "ة" if stem.endswith("ت") else stem
    return w


#: endings of nisba adjectives and participles in every gender and number (روسي، الروسية، أمريكيون)
NISBA_ENDINGS = ("ي", "ية", "يه", "يون", "يين", "يات")
#: indefinite adjectives that carry none of those endings (مسؤول رفيع، شهود عيان)
_BARE_ADJECTIVES = frozenset({"رفيع", "كبير", "بارز", "عيان", "خاص", "آخر", "اخر", "قريب", "عليم", "واسع",
                              # broken plurals of nationalities (مسؤولون أتراك، مصادر كردية is a nisba already)
                              "اتراك", "أتراك", "اكراد", "أكراد", "عرب", "اجانب", "أجانب", "روس", "الروس", "المان",
                              "ألمان", "افغان", "أفغان", "ارمن", "أرمن", "انجليز", "إنجليز"})


def tafil_shape(w: str) -> bool:
    """A word of the verbal-noun form تفعيل (تسجيل، تطوير، تصنيف): five letters, ت first, ي fourth.

    >>> [tafil_shape(w) for w in ("تسجيل", "تصنيف", "تركي", "تطور")]
    [True, True, False, False]
    """
    return len(w) == 5 and w[0] == "ت" and w[3] == "ي"


def tafila_shape(w: str) -> bool:
    """A word of the verbal-noun form تفعئة of hamzated roots (تهنئة، تهيئة، تعبئة، تهدئة): five
    letters, ت first, ئ fourth, ة (or ه) last.  (Weak roots, تنمية، توعية, share their shape with
    feminine nisbas, تركية، تحتية، تقنية: not read so.)

    >>> [tafila_shape(w) for w in ("تهنئة", "تعبئة", "تركية", "تسجيل")]
    [True, True, False, False]
    """
    return len(w) == 5 and w[0] == "ت" and w[3] == "ئ" and w[-1] in "ةه"


def istifal_shape(w: str) -> bool:
    """A word of the verbal-noun form استفعال (استثمار، استياء، استعدادات): است first, ا before the
    last letter.

    >>> [istifal_shape(w) for w in ("استثمار", "استياء", "استقبل", "است")]
    [True, True, False, False]
    """
    return len(w) >= 6 and w.startswith("است") and w[-2] == "ا"


def defective_masdar_shape(w: str) -> bool:
    """A verbal noun of a root with a weak last letter, which ends like a nisba: فِعالة (رعاية،
    حماية، وقاية، عناية) and تَفْعِلة (تنمية، تربية، توعية، تغذية) — not تركية، سورية.

    >>> [defective_masdar_shape(w) for w in ("رعاية", "تنمية", "تركية", "سورية")]
    [True, True, False, False]
    """
    return len(w) == 5 and w.endswith("ية") and (w[2] == "ا" or w[0] == "ت" and w[1:3] not in ("رك", "ون"))


def fula_shape(w: str) -> bool:
    """A noun of the shape فُعلة/فِعلة/فَعلة, four letters with no long vowel and ة last (فرصة،
    طبعة، حملة، رحلة): a noun, not the adjective that would follow a definite noun (العامة،
    الكبرى، الدولية).  (فَعْلة adjectives, صعبة، ضخمة, are rare after a body's name.)

    >>> [fula_shape(w) for w in ("فرصة", "طبعة", "عامة", "دولة", "تقنية", "قمة")]
    [True, True, False, False, False, False]
    """
    return len(w) == 4 and w[3] == "ة" and all(c not in "اويىءئؤة" for c in w[:3])


def derived_masdar_shape(w: str) -> bool:
    """A verbal noun of the derived forms افتعال، انفعال، استفعال and تفعيل (اعتزاز، اهتمام، اضطراب،
    انسحاب، استياء، استعداد، تقدير): no given or family name has these shapes but a few that the
    names lexicon lists (ابتسام، انتصار).

    >>> [derived_masdar_shape(w) for w in ("اعتزاز", "التزام", "انسحاب", "استياء", "استمرار", "تقدير", "الطواف", "تركيا")]
    [True, True, True, True, True, True, False, False]
    """
    n = len(w)
    if n == 6 and w[0] == "ا" and w[4] == "ا" and (w[2] in "تطد" or w[1] == "ن") \
            and (w[1] != "ل" or w[2] == "ت"):
        return True  # افتعال (اعتزاز، اضطراب، ازدياد)، انفعال (انسحاب، انطلاق)
    if w.startswith("است") and ((n == 7 and w[5] == "ا") or (n == 6 and w[4] == "ا")):
        return True  # استفعال (استعداد، استمرار)، of hollow roots (استياء، استقالة is ة-)
    return tafil_shape(w) and w[-1] not in "اةه"  # (not تركيا)


def possessed_masdar_shape(stem: str) -> bool:
    """The stem of a noun with a possessive pronoun (see :func:`strip_pronoun`) of a verbal noun's
    shape that derived_masdar_shape does not cover: فِعالة (زيارته → زيارة، قيادته، رعايته) and تفعّل
    (تفهمه → تفهم، تعهده، تحفظه). After a whole name such a word is the verb's object (اختتم الرئيس
    باراك أوباما [زيارته]…، أكد شتاينماير [تفهمه] قلق…).

    >>> [possessed_masdar_shape(w) for w in ("زيارة", "تفهم", "تعهد", "فلاة", "جعجع")]
    [True, True, True, False, False]
    """
    n = len(stem)
    return (n == 5 and stem[-1] == "ة" and stem[2] == "ا") or (n == 4 and stem[0] == "ت")


def adjective_like(w: str) -> bool:
    """أوروبيون، مطلعة، أمريكي، رفيع: an indefinite adjective agreeing with a title or a group.

    A participle (م-: مطلع، مختص), a nisba or a sound plural ending, or a common bare adjective.

    >>> [adjective_like(w) for w in ("أوروبيون", "مطلعة", "رفيع", "الوزير", "سامي")]
    [True, True, True, False, True]
    """
    return w.startswith("م") or w.endswith(NISBA_ENDINGS + ("ون", "ين", "ات")) or w in _BARE_ADJECTIVES


def negated_adjective(prev: str, ghair: str, nxt: str) -> bool:
    """Is غير between ``prev`` and ``nxt`` the "non-" of a compound adjective, of the same
    definiteness as the noun before it, rather than "other than"?

    >>> [negated_adjective(*p.split()) for p in ("المنظمة غير الحكومية", "منظمة غير ربحية",
    ...                                          "أحد غير الوزير", "الوزير غير مرة")]
    [True, True, False, False]
    """
    if ghair != "غير":
        return False
    if prev.startswith(("ال", "لل", "بال")):
        b = nxt[2:] if nxt.startswith("ال") else ""
        return len(b) > 3 and adjective_like(b)
    return prev.isalpha() and not nxt.startswith(("ال", "ل", "ب")) and len(nxt) > 3 and adjective_like(nxt)


def disagreeing_nisba(head: str, prev: str, w: str) -> bool:
    """Is the masculine ال-nisba ``w`` no adjective of the feminine body ``head`` whose own nisba
    ``prev`` has just closed its name?  The feminine nisba agrees with the head over its genitive,
    so no noun is left for a masculine one to agree with: a family name, the verb's object.

    >>> disagreeing_nisba("وزارة", "الأميركية", "الكواري"), disagreeing_nisba("مؤسسة", "العربي", "السعودي")
    (True, False)
    """
    return head.endswith("ة") and prev.startswith("ال") and prev.endswith("ية") \
        and w.startswith("ال") and w.endswith("ي") and len(w) > 4 and w.isalpha()
