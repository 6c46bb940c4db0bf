"""Content: where the reported content of a verb starts.

The verb's frames (:class:`attribution.lexicon.cues.Frames`, declared in ``cues.tsv``) say
where: at the complementizer (``وقال الوزير إن …``), a colon (``قال: …``), an opening quote
(``قال "…"``) — every verb —, after a frame preposition (``أشار إلى أن …``، ``أعرب الوزير عن
قلقه``) or at a ب/ل-phrase (``أقر بوجود أخطاء``، ``دعا للاطلاع``).  Between the verb and its content
stand the subject, apposition, adverbials and, for verbs with an addressee, the addressee
(``دعا الوزير الدول إلى وقف…``).  A new clause (``…، ويقاربون``) or a sentence end means no
content was found.  A bare noun-phrase object (``أكد أهمية…``) is :mod:`.objects`' to split.
"""
from __future__ import annotations

from attribution.backends.rules.asides import anonymity_aside
from attribution.backends.rules.context import Context, Sentence, Tok
from attribution.backends.rules.cues import JUDGEMENT, match_according, participle_opens_content
from attribution.backends.rules.indicates import clause_of_another
from attribution.backends.rules.noun_phrase import is_ali, looks_nominal, np_end, governed_complement, only_subject, role_affiliation
from attribution.backends.rules.objects import object_split
from attribution.backends.rules.quotes import closing_quote
from attribution.backends.rules.words import (TITLED_HEADS, content_noun, feeling_noun, is_adverbial, is_complementizer, speaker_word, speech_pronoun,
                                             van_particle)
from attribution.lexicon.closed import (
    BELONGING, BUT_PRON, CLOSE, COMMA, ESPECIALLY, FUNCTION, REASON_BEFORE_ANNA, HOWEVER, NAMING, NOUN_COMP, OPEN, PREPOSITIONS, QAD, QUOTES, REGIONS, STOP_PUNCT,
)
from attribution.lexicon.cues import VerbForm
from attribution.lexicon.names import is_given_name, is_name_particle
from attribution.text.morph import strip_article, strip_pronoun

Content = tuple[str, int]  # (kind, token index): comp (at أن), colon, quote, np (a noun phrase)

_MAX_MID = 28  # the most tokens between a verb and its content
_DASHES = frozenset({"-", "–", "—"})
_STOP_OR_COMMA = STOP_PUNCT | COMMA
# a quote after these prepositions is a name or a title, not the content: أشاد بـ"الإنجاز"
_BEFORE_QUOTED_NAME = frozenset({"ب", "ل", "عن", "في", "من", "الي", "علي"})
_NOT_B_CONTENT = ("باسم", "بعد", "بين", "بسبب")  # ب-words that are no content: باسم الوزارة، بعد ذلك
# ب-phrases of manner, place, amount and occasion (pronoun stripped), never what was said: أقر المجلس
# بالإجماع الاتفاق، اجتمع بمقر النادي، مساعدات بقيمة مليار، قانون بغرض…، المسابقة بنسختها التاسعة،
# بمناسبة اليوم الوطني، بالإضافة إلى، بحضور الرئيس; بناء is a word of its own
# ("building", بناء على "based on"), not ب + ناء
_ADVERBIAL_B = frozenset({"بالاجماع", "بمقر", "بقيمة", "بغرض", "بنسخة", "بمناسبة", "بنسبة", "بناء", "بالاضافة", "بحضور"})
_NEW_CLAUSE = frozenset({"لكن", "ولكن", "بينما", "فيما"})
# «the General/Supreme X for Y» names a body: its ل-word is the name's (ودعت الإدارة العامة للتعليم
# طالباتها: "bade farewell", no «دعت … ل» "called for")
_GENERAL = frozenset({"العامة", "العام", "العليا", "الاعلي"})
_PARENTHETICAL = frozenset({"وهو", "وهي", "وهم", "وهما"})
# a gesture is no report: أشار الخبير بيده إلى الخريطة ("pointed with his hand at")
_GESTURE = frozenset({"بيده", "بيدها", "بيديه", "بيديها", "باصبعه", "باصبعها", "براسه", "براسها"})
_PROCLITIC_PREPS = frozenset({"ب", "ل"})
_PROCLITICS = _PROCLITIC_PREPS | {"و", "ف", "ك"}  # any one-letter proclitic
DEMONSTRATIVES_B = frozenset({"ذلك", "هذا", "هذه", "تلك"})  # بذلك، بهذا: "this", the object
_IN_IT = frozenset({"فيه", "فيها", "فيهم"})  # the resumptive pronoun of a relative clause (كلمة نوه فيها…)  # written on the next word: بضرورة، للاطلاع
_ADDRESSEE_MAX = 5  # the most words of an addressee (جميع المرشحين، الدول الأعضاء)


def _anne(sent: Sentence, j: int) -> bool:
    """Is token ``j`` آن with its madda before a name or a clause mark (قالت آن بوفيرت، قالت آن إن):
    the name Anne, never أن/إن?  Before a definite noun it is a misspelt أن (أفادت مصادر آن السوريين…)."""
    if not sent.written(j).startswith("آ"):
        return False
    nxt = sent.toks[j + 1].text if j + 1 < len(sent.toks) else ""
    return not nxt.startswith("ال")


def content_start(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> tuple[Content | None, int]:
    """(content, end of the stretch before it) for the verb at token ``i``; (None, i + 1) if none."""
    found, end = _content_scan(ctx, sent, i, form)
    if found is not None and found[0] in ("comp", "colon") and clause_of_another(ctx, sent.toks, i, found[1], form):
        return None, i + 1  # أظهرت الشركة خسائر…، يظهر ثلاثي الفريق من اليسار: …: "showed", "appears"
    if found is not None and found[0] == "comp" and _especially(sent.toks, found[1]):
        return None, i + 1  # أرجع الخبير الارتفاع إلى التعافي، خصوصا أن…: a reason, not the content
    return found, end


def _especially(toks: list[Tok], j: int) -> bool:
    """Does "especially" or "because, since" set off by a comma stand right before the complementizer
    at ``j`` (…، خصوصا أن، …، لا سيما أن، …، خاصة وأن، …، ذلك أن، …، إذ إن)? Without the comma it may
    be an adjective (مصادر خاصة أن: "private") or the verb's object (أكد ذلك أن…)."""
    k = j - 1
    if k < 1 or toks[k].text not in ESPECIALLY and toks[k].text not in REASON_BEFORE_ANNA:
        return False
    if toks[k].text == "سيما" and toks[k - 1].text == "لا":
        k -= 1
    return k > 0 and toks[k - 1].text in COMMA


def _past_anonymity(ctx: Context, toks: list[Tok], k: int) -> int | None:
    """The token after an anonymity aside opening at ``k`` and its closing comma, and after an
    adverbial between commas that follows it: «وقال مصدر، فضّل عدم ذكر اسمه، [في ختام الاتصالات التي
    جرت اليوم]، إن…» — where he said it, then the content; None when no aside opens at ``k``."""
    past = anonymity_aside(toks, k)
    if past is None:
        return None
    j = past + (past < len(toks) and toks[past].text in COMMA)
    if j >= len(toks) or not is_adverbial(ctx, toks[j].text):
        return j
    close = next((m for m in range(j + 1, min(len(toks), j + _OCCASION_AFTER_ASIDE)) if toks[m].text in COMMA), None)
    return close + 1 if close is not None else j


def _content_scan(ctx: Context, sent: Sentence, i: int, form: VerbForm) -> tuple[Content | None, int]:
    toks = sent.toks
    n = len(toks)
    j = i + 1
    limit = min(n, i + 1 + _MAX_MID)
    only = form.frames.only
    past_dash = False
    dash_end = -1  # the token after a parenthetical between dashes
    while j < limit:
        w = toks[j].text
        if w in QUOTES:
            if w not in OPEN:
                j += 1
                continue
            if not only and _quote_is_content(ctx, sent, i, j, form):
                return ("quote", j), j
            # a short quoted name inside the subject (شركة "غوغل"): skip over it
            close = _name_close(sent, j)
            if close is None or close >= sent.end:
                break
            while j < limit and toks[j].start <= close:
                j += 1
            continue
        if w == "(" and j > i + 1:
            close = _closing_bracket(toks, j, limit)
            if close is not None and (names_kind(ctx, toks[j - 1].text) or _content_opens(toks, close + 1)):
                j = close + 1  # وقالت هيئة (آي إن إي) إن…: the bracketed name, no إن of a content;
                continue  # قال السيناتور روبيو (جمهوري، فلوريدا): «…»: an aside, the content right after it
        if is_complementizer(w) and not only and not _name_word(toks, j, i) and not _anne(sent, j):
            if w.startswith("لان"):
                break  # ركز الكتاب على دراسة الظاهرة لأنها…: "because", a reason, not what was said
            if toks[j - 1].text in NOUN_COMP and j > i + 1 and not _ali_ends_name(sent, i, j, form):
                break  # رغبتهم في أن، قبل أن، يجب أن: the clause belongs to another word
            if toks[j - 1].text in HOWEVER and j > i + 1:
                break  # تحذر منه مرارا، إلا أنه…: "however", a clause of the writer's, not what was said
            if _object_before(ctx, toks, i, j, form):
                break  # أشاد الوزير بالجهود… وأن، نوه بجهود اللجنة… متمنيا أن: the verb took its object
            return ("comp", j), j
        if w == ":" and not only:
            if _colon_before_name(ctx, toks, i, j):
                j += 1
                continue  # وقال الشيخ: محمد بن راشد…: a stray colon between the title and the name
            return ("colon", j), j
        if w == "." and len(toks[j - 1].text) == 1 and j > i + 1:
            j += 1
            continue  # د. أحمد الحكيم: an abbreviation inside the subject
        if w in _DASHES:
            close = _closing_dash(toks, j, limit)
            if close is None:
                break
            # وقال ضابط - فضل عدم الكشف عن اسمه - إن…: a parenthetical between dashes; the content
            # follows it closely, as a clause, a colon or a quote (…بوفاته -يرحمه الله- متمنيا أن: no)
            j, limit, past_dash = close + 1, min(limit, close + 1 + _AFTER_DASH), True
            dash_end = j
            continue
        if w in COMMA and j > i + 1 and (past := _past_anonymity(ctx, toks, j + 1)) is not None:
            # وقال مسؤول، فضّل عدم الكشف عن اسمه، إن…: the source's aside, like one between dashes
            j = past
            limit, past_dash, dash_end = min(n, j + _AFTER_DASH), True, j
            continue
        if w in STOP_PUNCT or _new_clause(ctx, toks, i, j):
            break
        if j > i + 1 and (strip_article(toks[j - 1].text), w) in _TITLE_PREPOSITIONS and j + 1 < len(toks) \
                and toks[j - 1].text.startswith("ال") \
                and not content_noun(ctx, toks[j + 1].text):
            # (أعرب المسؤول عن ارتياحه: a noun of content after it is the verb's frame)
            j += 1
            continue  # وأكد المشرف على حلقات القرآن… أن، وكشف المسؤول عن الملف أن: the title's complement
        found = _frame_content(ctx, toks, i, j, form)
        # (a ب-content right after the dashes is the verb's own: وأقر د. فلان -أستاذ التربية- [بوجود] نقص)
        if found is not None and not (past_dash and found[0] == "np" and not (j == dash_end and w[:1] == "ب")):
            return found, j
        if past_dash and j == dash_end and _relative_between_dashes(ctx, toks, j) and is_given_name(w):
            j, limit, past_dash = j + 1, min(n, limit + 4), False  # – التي تتبع لها الحافلة – خالد العمري، إن…
            continue
        if past_dash and not (w[:1] == "ل" or w in _BRACKETS or toks[j - 1].text == "(" or form.frames.opens(w)):
            break  # after the parenthetical only an addressee may come first (- لـ«عكاظ»: …)
        j += 1
    return None, i + 1


def _colon_before_name(ctx: Context, toks: list[Tok], i: int, j: int) -> bool:
    """Is the colon at ``j`` a stray mark between a lone honorific right after the verb at ``i`` and
    the name it titles, a given name with its nasab or family particle, which the content follows
    as a clause or after a colon (وقال الشيخ: محمد بن راشد إن…، وأكد الأمير: خالد بن سلمان أن…)? Then
    the stray colon opens no content."""
    if not (j == i + 2 and toks[i + 1].text in ctx.v.honorific and j + 2 < len(toks)
            and is_given_name(toks[j + 1].text) and is_name_particle(toks[j + 2].text)):
        return False
    end = next((k for k in range(j + 3, min(len(toks), j + 1 + _NAME_MAX)) if is_complementizer(toks[k].text)
                or toks[k].text == ":" or toks[k].text in OPEN), None)  # the content follows the name
    return end is not None and toks[end].text not in OPEN and end + 1 < len(toks) \
        and np_end(ctx, toks[j + 1:end]) == end - j - 1  # (a quote after the name may be his title: «حاكم دبي»)


_NAME_MAX = 8  # the most words of a name between a stray colon and the content


# a name written like a complementizer, and the word after it: بان كي مون "Ban Ki-moon", no بأن "that"
_NAMES_LIKE_COMPLEMENTIZERS = frozenset({("بان", "كي"), ("بان", "كى")})


def _name_word(toks: list[Tok], j: int, i: int) -> bool:
    """Is the complementizer-shaped token at ``j`` a word of a name (الأمين العام بان كي مون، لويس فان خال)?
    Right after the verb at ``i`` «فان» and a bare word is the name van…: no verb is followed by فإن
    (قال فان غال: «…»)."""
    if j + 1 < len(toks) and (toks[j].text, toks[j + 1].text) in _NAMES_LIKE_COMPLEMENTIZERS or van_particle(toks, j):
        return True
    return j == i + 1 and toks[j].text == "فان" and j + 1 < len(toks) and toks[j + 1].text.isalpha() \
        and not toks[j + 1].text.startswith("ال")


# a definite title and the preposition of its complement (المشرف على، المسؤول عن): not the verb's
# frame (مصدر مسؤول عن…: an adjective, the frame's)
_TITLE_PREPOSITIONS = frozenset({("مشرف", "علي"), ("مشرفة", "علي"), ("مشرفين", "علي"), ("قائم", "علي"),
                                 ("قائمين", "علي"), ("مسؤول", "عن"), ("مسؤولة", "عن"), ("مسؤولين", "عن"),
                                 ("مسؤولون", "عن")})
_DASH_REACH = 12  # the most words of a parenthetical between dashes
_AFTER_DASH = 7  # the most words from its closing dash to the content (- لـ«عكاظ»: «…»)
_OCCASION_AFTER_ASIDE = 14  # the most words of an adverbial between commas after the aside
_BRACKETS = frozenset("()[]")


_NAME_MAX = 8  # the most words of a bracketed name after a noun of a kind


def names_kind(ctx: Context, w: str) -> bool:
    """Is ``w`` an indefinite noun of a kind whose name follows it, quoted or bracketed (محطة،
    صحيفة، كتاب، شركة)?  ``ونقلت محطة «إن تي في» عن مصادر أن…``: «إن تي في» is the station's name."""
    return w in ctx.v.named_kind


def _name_close(sent: Sentence, j: int) -> int | None:
    """The mark closing the quoted name at token ``j``; an opening “ written again closes it
    (في برنامج “والله أعلم“، المذاع على…: “…” is the closer of a later quotation)."""
    close = closing_quote(sent, j)
    if sent.toks[j].text == "“":
        again = sent.nt.text.find("“", sent.toks[j].end, sent.end if close is None else close)
        if again != -1:
            return again
    return close


def _content_opens(toks: list[Tok], k: int) -> bool:
    """Does a colon or a complementizer stand at ``k`` (…): «…»، (…) إن…)?"""
    return k < len(toks) and (toks[k].text == ":" or is_complementizer(toks[k].text))


def _closing_bracket(toks: list[Tok], j: int, limit: int) -> int | None:
    """The ``)`` closing the bracket at ``j`` within a name's length (no full stop before it), or None."""
    for k in range(j + 1, min(limit, j + 2 + _NAME_MAX)):
        w = toks[k].text
        if w == ")":
            return k if k > j + 1 else None
        if w in STOP_PUNCT or w == "(":
            return None
    return None


def _closing_dash(toks: list[Tok], j: int, limit: int) -> int | None:
    """The dash closing the parenthetical opened by the dash at ``j`` (no full stop, quote or
    complementizer inside it), or None."""
    if j and (toks[j - 1].text[-1:].isdigit() or (j + 1 < len(toks) and toks[j + 1].text[:1].isdigit())):
        return None  # ما بين 1379 - 1381هـ: a range, no parenthetical
    for k in range(j + 1, min(limit, j + 1 + _DASH_REACH)):
        w = toks[k].text
        if w in _DASHES:
            return k if k > j + 1 else None
        if w in STOP_PUNCT or w in QUOTES or is_complementizer(w) or w == ":":
            return None
    return None


def _object_before(ctx: Context, toks: list[Tok], i: int, j: int, form: VerbForm) -> bool:
    """Has the verb at ``i`` taken a noun object before the complementizer at ``j``, so that the
    clause is not its content?  A verb of judgement takes the thing judged (أشاد الوزير بالجهود التي
    تبذل وأن…، أدان الأمين العام التفجير…)، a verb whose ب opens only a clause takes a noun with it
    (نوه الأمير بجهود اللجنة: "praised"; نوه بأن… is a report); its content is then that noun,
    no proposition, and a later أن is another word's."""
    judgement = form.meaning in JUDGEMENT
    if j == i + 1 or (not judgement and ("ب" not in form.frames.clause or "ب" in form.frames.np)):
        return False
    # the ب-phrase right after the subject (a ب-word inside the subject is its affiliation: صرح
    # المتحدث باسم الشرطة بالباحة بأن…; one further on an adverbial's: صرح في بيان أن…)
    # (or right after the verb: the subject before it or dropped, الذي رحب بقدوم كيري)
    first = i + 2 if toks[i + 1].text in _IN_IT else i + 1  # كلمة نوه فيها بجهود اللجنة: the relative's pronoun
    after_subject = i + 1 + np_end(ctx, toks[i + 1:j])
    if after_subject < j and after_subject != first and _b_object(ctx, toks, after_subject):
        return True
    if first < j and _b_object(ctx, toks, first) and _noun_shape(toks[first].text[1:]):
        return True  # (right after the verb a ب-word may be the subject's name: صرح بوتين بأن…)
    if not judgement:
        return False
    split = object_split(ctx, toks, i)
    return split is not None and i + 1 < split[1] < j and toks[split[1]].text not in PREPOSITIONS


def _b_object(ctx: Context, toks: list[Tok], k: int) -> bool:
    """Is token ``k`` a ب-phrase that is a noun object (بالجهود، بجهود اللجنة، بذلك), not بأن, a
    speech noun of the speaker's (بقوله، بالقول), an adverbial, a place or a name (باسم)?"""
    w = toks[k].text
    return w[:1] == "ب" and len(w) > 3 and not is_complementizer(w) and speech_pronoun(ctx, w[1:]) is None \
        and w != "بالقول" and not is_adverbial(ctx, w) and not w.startswith(_NOT_B_CONTENT) \
        and w[1:] not in ctx.v.place and proclitic_content(ctx, toks, k)


def _noun_shape(w: str) -> bool:
    """A common noun by its shape, not a name: definite, with a pronoun, a demonstrative, or a
    masdar of the shapes تفعيل/تفاعل, فعول or -ة (التحية، جهود، ذلك، تنظيم، قدوم، مشاركة)."""
    return w.startswith("ال") or strip_pronoun(w) != w or w in DEMONSTRATIVES_B or w[:1] == "ت" \
        or w.endswith("ة") or (len(w) == 4 and w[2] == "و")


def _new_clause(ctx: Context, toks: list[Tok], i: int, j: int) -> bool:
    """Does another clause begin at token ``j``, so that what follows is not this verb's content?"""
    w = toks[j].text
    if w in COMMA and j + 1 < len(toks) and not continues_after_comma(ctx, toks, j + 1):
        return True  # "…، ويقاربون التشخيص": another clause begins; its أن is not this verb's
    vf = ctx.verb_forms.get(w) if j > i + 1 else None
    if vf is None or vf.clitic == "ب":
        return False  # (وتابع الوزير بالقول إن…: the masdar of manner opens the verb's own content)
    if (w in NAMING or w[1:] in NAMING) and j + 1 < len(toks) and not is_complementizer(toks[j + 1].text) \
            and toks[j + 1].text != ":":
        return False  # وقال أحد السكان ويدعى موها صالح إن…: "named", the subject goes on
    # "…، مؤكدا أن"، "أشاد بالفريق قائلا:": the participle's content is its own (وأضاف معقبا على… أن: not)
    return w[:1] in "وف" or (vf.aspect == "participle" and (toks[j - 1].text in COMMA
                                                            or participle_opens_content(ctx, toks, j, vf)))


def _quote_is_content(ctx: Context, sent: Sentence, i: int, j: int, form: VerbForm) -> bool:
    """Is the quote opening at token ``j`` the content of the verb at ``i``?

    A quote right after the verb, or a long one after its subject, is the content; a short one
    is a name inside the subject (شركة "غوغل").
    """
    close = closing_quote(sent, j)
    toks = sent.toks
    if close is None or form.meaning == "demand" or (j > i + 1 and names_kind(ctx, toks[j - 1].text)):
        return False  # (ونقلت محطة «إن تي في» عن…، أشار كتاب "داعش: من الداخل" إلى أن…: the kind's name)
    n = len(toks)
    m = j + 1
    while m < n and toks[m].start < close:
        m += 1
    inner = toks[j + 1:m]  # the quoted words
    if j == i + 1:
        # (unless it is a short name with the sentence going on after it)
        return not (len(inner) <= 2 and any(toks[k].start > close and toks[k].text not in _STOP_OR_COMMA
                                            for k in range(m, n))) and not _quoted_subject(ctx, toks, inner, m, form)
    comp_inside = bool(inner) and is_complementizer(inner[0].text)  # قال " إن …"
    if form.meaning in JUDGEMENT and not _own_quote(ctx, toks, i, j):
        return False
    if _closing_quote_of_saying(ctx, toks, inner, i, j, m, form):
        return True
    return (len(inner) >= 5 or comp_inside) and toks[j - 1].text not in _BEFORE_QUOTED_NAME \
        and j - i <= (24 if comp_inside else 16) and _subject_like(ctx, toks[i + 1].text)


# what names the quote after it, not a speaker's words: بعنوان «…»، تحت شعار «…»، وسم «…»
_TITLE_WORDS = frozenset({"عنوان", "بعنوان", "تحت", "شعار", "بشعار", "اسم", "باسم", "مسمي", "وسم", "هاشتاق",
                          "هاشتاغ", "لقب", "بلقب", "عبارة", "كلمة", "مقولة", "قصيدة", "اغنية", "كتابه", "كتابها"})
_FINAL_QUOTE_WORDS = 3  # the fewest words of a sentence-final quote taken as the words said
# verbs whose object is the words themselves (not شرح الدرس "explained the lesson", استبعد «التخلي» "ruled out")
_SAYING = frozenset({"say", "add", "write", "comment", "answer", "conclude"})


def _closing_quote_of_saying(ctx: Context, toks: list[Tok], inner: list[Tok], i: int, j: int, m: int,
                             form: VerbForm) -> bool:
    """Is the quote at ``j`` (its words ``inner``, its closing mark at token ``m``) a verb of
    saying's content because it ends the sentence, whatever its length or distance from the verb?
    ``وقال كيري مازحا في بداية أحد الاجتماعات «هذه العصا لها تاريخ».``، ``وقال في بيان «…».``: a
    verb whose only content is a clause or a quotation (قال، أضاف، كتب, no noun-phrase frame) and
    nothing after the quote means the quote is what was said; a name quoted inside the subject or
    an adverbial leaves the sentence going on (وقال رئيس نادي «الهلال» إن…).  Not after a noun of
    a kind or a word of naming (في صحيفة «نيويورك تايمز»، بعنوان «…»), which the quote names."""
    frames = form.frames
    if form.meaning not in _SAYING or frames.np or frames.obj or frames.only or frames.relay \
            or len(inner) < _FINAL_QUOTE_WORDS:
        return False
    if form.strict and not form.clitic and i > 0 and toks[i - 1].text not in QAD:
        return False  # …، بين «ترامب بارك» و«ترامب بلازا»: a homograph opening the sentence, or as وكتب، وقد كتب
    if m >= len(toks) or not all(t.text in STOP_PUNCT or t.text in CLOSE for t in toks[m + 1:]):
        return False
    prev = toks[j - 1].text
    bare = prev[1:] if prev[:1] in _PROCLITICS and len(prev) > 3 else prev
    # (an indefinite noun of a kind takes a quoted name: صحيفة «…»; a definite one is no name's head)
    return not (names_kind(ctx, bare) or prev in _TITLE_WORDS
                or bare in _TITLE_WORDS or prev in _BEFORE_QUOTED_NAME)


def _quoted_subject(ctx: Context, toks: list[Tok], inner: list[Tok], m: int, form: VerbForm) -> bool:
    """Is a quote of three or four words right after the verb its subject's name, the object or
    the content following it (واتهمت «وحدات حماية الشعب» الجيش التركي باستهدافها، وأعلنت «الفرقة
    الأولى الساحلية»، أمس، عن إسقاط طائرة)?  The quoted words are nouns (no verb, complementizer or
    function word) and a noun, the verb's own preposition or a complementizer follows the closing
    mark (after a comma, an adverbial may stand between)."""
    if not 3 <= len(inner) <= 4 or m + 1 >= len(toks):
        return False
    if any(t.text in FUNCTION or t.text in PREPOSITIONS or is_complementizer(t.text)
           or ctx.verb_forms.get(t.text) is not None or not t.text.isalpha() for t in inner):
        return False
    k = m + 1 if toks[m].text in QUOTES else m  # the word after the closing mark
    if k < len(toks) and toks[k].text in COMMA:
        k += 1 + (k + 1 < len(toks) and is_adverbial(ctx, toks[k + 1].text))  # «…»، أمس، عن…: an adverb between commas
        k += k < len(toks) and toks[k].text in COMMA
    if k >= len(toks):
        return False
    w = toks[k].text
    if (form.frames.opens(w) or is_complementizer(w)) and k + 1 < len(toks):
        return True
    return k == m + 1 and w.isalpha() and w[:1] not in "وف" and w not in FUNCTION and w not in PREPOSITIONS \
        and ctx.verb_forms.get(w) is None and not is_adverbial(ctx, w)


def _own_quote(ctx: Context, toks: list[Tok], i: int, j: int) -> bool:
    """Is the quote at ``j`` the judgement verb's own: after its subject alone or after a speech
    noun (وانتقد الحاكم الخطاب بقوله "…")?  After the thing judged it is that thing's words or a
    coordinated verb's (رحب بالحضور وعرّف بالكتاب، "…"؛ انتقد إدانة الكهنة «بالتقاعس…»)."""
    prev = toks[j - 1].text
    if speech_pronoun(ctx, prev[1:] if prev[:1] == "ب" else prev) is not None or prev in ("بالقول", "القول"):
        return True
    mid = [t for t in toks[i + 1:j] if t.text not in COMMA]
    if not mid:
        return True
    split = object_split(ctx, toks, i)
    if split is not None and split[1] < j:
        return False  # the object stands before the quote
    return np_end(ctx, mid) == len(mid) and not any(t.text[:1] == "ب" for t in mid)


def _relative_between_dashes(ctx: Context, toks: list[Tok], j: int) -> bool:
    """Does the parenthetical between dashes that ends before ``j`` open with a relative (– التي
    تتبع لها الحافلة –): a clause describing the role before it, the name may still follow."""
    close = j - 1
    opening = next((m for m in range(close - 1, max(-1, close - _AFTER_DASH - 12), -1) if toks[m].text in _DASHES), None)
    return opening is not None and opening + 1 < close and toks[opening + 1].text in ctx.v.relative


def _frame_content(ctx: Context, toks: list[Tok], i: int, j: int, form: VerbForm) -> Content | None:
    """Content after a frame preposition of the verb at token ``j``: a clause (أشار إلى أن), or a
    noun phrase when the frame takes one (أعرب الوزير عن قلقه، أقر بوجود أخطاء، دعا للاطلاع)."""
    frames = form.frames
    w = toks[j].text
    if frames.opens(w) and j + 1 < len(toks) and not _named_ali(toks, j, frames):
        nxt = toks[j + 1].text
        if is_complementizer(nxt):
            return "comp", j + 1
        if nxt in OPEN and j + 2 < len(toks) and is_complementizer(toks[j + 2].text):
            return "comp", j + 2  # مشيرا إلى «أن الاتفاق أدى…»: the quote opens before أن
        if w in frames.np and nxt not in STOP_PUNCT and nxt not in COMMA \
                and (obj := _content_object(ctx, toks, i, j, form)) is not None:
            return "np", obj
        if w in frames.np and nxt not in STOP_PUNCT and nxt not in COMMA \
                and _only_speaker_before(ctx, toks, i, j, form) and not any(t.text in _GESTURE for t in toks[i + 1:j]) \
                and (not frames.head or named_after(ctx, toks, i, j) or headed_by_content(ctx, toks, j + 1)):
            return "np", j + 1  # أشار الوزير إلى أهمية…: the preposition after the subject opens the content
        return None
    prep = w[:1]
    if prep in _PROCLITIC_PREPS and prep in frames.np and proclitic_content(ctx, toks, j) \
            and not w.startswith(_NOT_B_CONTENT) and strip_pronoun(w) not in _ADVERBIAL_B and not speaker_word(ctx, w[1:]) \
            and not (prep == "ل" and (is_adverbial(ctx, w) or toks[j - 1].text in _GENERAL)) \
            and not role_affiliation(ctx, toks[i + 1:], j - i - 1) and not _participle_complement(toks, i, j, form) \
            and not _region_of_speaker(ctx, toks, i, j) \
            and (toks[j - 1].text in COMMA or _only_speaker_before(ctx, toks, i, j, form)):
        return "np", j  # أقر المدير بوجود أخطاء، دعا جميع المرشحين للاطلاع
    return None


_REGION_NOUNS = frozenset(REGIONS) | {"مركز", "حي"}  # (a region's noun, or a district's, before its place's name)


def _region_of_speaker(ctx: Context, toks: list[Tok], i: int, j: int) -> bool:
    """Is the ب-word at ``j`` a region with its place name after the speaker named after the verb
    at ``i``, where the speaker's body is (أفاد الناطق باسم الدفاع المدني [بمنطقة عسير] العقيد…،
    طالب مدير الشرطة [بمحافظة جدة] السكان…), not what the verb asks for (طالب الوزير بمنطقة عازلة)?"""
    w = toks[j].text
    if j <= i + 1 or w[:1] != "ب" or w[1:] not in _REGION_NOUNS or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1].text
    return nxt in ctx.v.place or strip_article(nxt) in ctx.v.place


#: adjectives of degree written before the noun they grade: عن بالغ سعادته، عن خالص تعازيه
_DEGREE_BEFORE = frozenset({"بالغ", "ابلغ", "عظيم", "خالص", "عميق", "اصدق", "جزيل", "شديد", "كامل", "صادق", "فائق",
                            "اسمي", "ايات"})  # (عن أسمى آيات التهاني)


def named_after(ctx: Context, toks: list[Tok], i: int, j: int) -> bool:
    """Does a title, a body, a known or a given name follow the verb at ``i``, before the frame at
    ``j``: a speaker named as its subject (وعبر الأمين العام للمركز … عن تزايد الاهتمام…)?"""
    if j <= i + 1:
        return False
    w = toks[i + 1].text
    return speaker_word(ctx, w) or speaker_word(ctx, strip_pronoun(w)) or w in ctx.known or is_given_name(w) \
        or w in ctx.v.honorific or w in TITLED_HEADS  # (وعبر سمو ولي العهد، وعبر ولي العهد)


def headed_by_content(ctx: Context, toks: list[Tok], k: int) -> bool:
    """Does a noun of content or of feeling head the noun phrase at ``k``, past a quotation mark
    and an adjective of degree (عن سعادته، عن بالغ شكره، عن «الأمل»)?  A verb whose frame says
    ``head``, its speaker not named after it, reports a feeling or a stance, not what a thing
    stands for (كما عبر عن سعادته، الذين عبروا عن شكرهم; not الأماكن التي تعبر عن حقب مهمة،
    لوحة تعبر عن معاناة الإنسان)."""
    while k < len(toks) and (toks[k].text in QUOTES or toks[k].text in OPEN):
        k += 1
    while k < len(toks) and toks[k].text in _DEGREE_BEFORE:
        k += 1
    return k < len(toks) and feeling_noun(ctx, toks[k].text)


def _ali_ends_name(sent: Sentence, i: int, j: int, form: VerbForm) -> bool:
    """Is علي before the complementizer at ``j`` the end of the subject's name (وقال الأمير سعيد بن
    محمد علي إن…), not the preposition of «على أن» "provided that" (أكد الوزير على أن…)?

    After على only أنّ comes, never إنّ; and a verb with no على-frame (قال) after a given name or
    بن takes no «على أن» of its own (قال محمد علي أن…)."""
    toks = sent.toks
    if toks[j - 1].text != "علي" or j - 1 <= i + 1 or sent.written(j - 1) == "على":
        return False
    if sent.written(j).startswith("إ"):
        return True
    prev = toks[j - 2].text
    return not form.frames.opens("علي") and (prev in ("بن", "ابن") or is_given_name(prev))


def _participle_complement(toks: list[Tok], i: int, j: int, form: VerbForm) -> bool:
    """Is the ب/ل-word at ``j`` the complement of the participle before it inside the subject of the
    verb at ``i``, not the verb's content: دعا المرصد التابع [لدار الإفتاء] إلى…، أقرت الحكومة المعنية
    [بالشؤون الأمنية]…؟  After a verb with an addressee a participle of any other kind may close the
    addressee, whose content follows (طالبت الحكومة الجهات المختصة [باتخاذ] الإجراءات): only one of
    belonging counts."""
    prev = toks[j - 1].text
    return j - i >= 2 and governed_complement(prev, toks[j].text, j - i - 2) \
        and (prev in BELONGING or not form.frames.addressee)


def _named_ali(toks: list[Tok], j: int, frames) -> bool:
    """Is علي at ``j`` the name before the verb's own opener (شدد علي الحربي على ضرورة…، أكد علي
    الزهراني أن…), not the preposition على (شدد على السعي نحو…)?"""
    if not is_ali(toks, j):
        return False
    for k in range(j + 2, min(len(toks), j + 6)):
        w = toks[k].text
        if w in COMMA or w in STOP_PUNCT:
            return False
        if frames.opens(w) or is_complementizer(w) or w == ":":
            return True
    return False


def proclitic_content(ctx: Context, toks: list[Tok], j: int) -> bool:
    """Is token ``j`` a ب/ل-phrase that can be a content (بالتفريط، للاطلاع، بضرورة، بتوفير، بموقف
    رسمي), not a name that starts with ب (بغداد، بشار، إيهود باراك بالتفريط)?"""
    w = toks[j].text
    if len(w) <= 3 or is_complementizer(w) or w in ctx.v.place or w in ctx.v.given or w in ctx.known:
        return False
    if _clitic_like_surname(ctx, toks, j):
        return False
    rest = w[1:]
    if rest.startswith("ال") or w.startswith("لل") or strip_pronoun(rest) in ctx.lexicon.category("content_head"):
        return True
    # masdar shapes: تفعيل/تفاعل (توفير، تعاون), إفعال/افتعال/استفعال (إقالة، اعتماد، استمرار), -ة
    if rest[0] == "ت" or (rest[0] == "ا" and len(rest) >= 5 and rest[-2] == "ا") or rest.endswith("ة"):
        return True
    # another word: a content unless a definite ب/ل-phrase follows it (then it is a name's end)
    nxt = toks[j + 1].text if j + 1 < len(toks) else ""
    return not (nxt[:1] in _PROCLITIC_PREPS and nxt[1:].startswith("ال"))


def _clitic_like_surname(ctx: Context, toks: list[Tok], j: int) -> bool:
    """Is the bare ب-word at ``j``, after a given name or an honorific and before أن/إن, the
    person's surname (a Hadrami name in با: أفاد الدكتور باوزير أن…، أوضح عادل بن أحمد باعشن أن…)?
    A ب-phrase of content does not run straight into a complementizer."""
    w = toks[j].text
    if j < 1 or j + 1 >= len(toks) or w[:1] != "ب" or w.startswith("بال") or strip_pronoun(w) != w:
        return False
    prev = toks[j - 1].text
    return (is_given_name(prev) or prev in ctx.v.honorific) and is_complementizer(toks[j + 1].text)


def _only_speaker_before(ctx: Context, toks: list[Tok], i: int, j: int, form: VerbForm) -> bool:
    """Between the verb at ``i`` and its frame at ``j``: the subject and adverbials only, or (for a
    verb with an addressee) a subject and then the addressee (دعا الوزير الدول إلى…).  A
    participle has no subject after it: only its addressee (داعيا الجميع إلى…، لافتا النظر إلى أن)."""
    mid = _without_outlet(toks[i + 1:j])
    if form.aspect == "participle":
        return not mid or (form.frames.addressee and _addressee(ctx, mid))
    if only_subject(ctx, mid):
        return True
    if not form.frames.addressee or any(t.text in COMMA for t in mid):
        return False
    k = addressee_start(ctx, toks, i, j)
    return k is not None and _addressee(ctx, toks[k:j])


def _content_object(ctx: Context, toks: list[Tok], i: int, j: int, form: VerbForm) -> int | None:
    """Where a noun of content stands as the object after the subject, before the frame's
    preposition at ``j`` (وأكد الوزير [حرص] واشنطن على…، أعلن التنظيم [مسؤوليته] عن الهجوم): the
    preposition is then the noun's own (حرص على، مسؤولية عن), and the content starts at the noun."""
    if not form.frames.obj or form.aspect == "participle" or j <= i + 2:
        return None
    mid = toks[i + 1:j]
    if any(t.text in COMMA or t.text in QUOTES for t in mid):
        return None
    cut = np_end(ctx, mid)
    return i + 1 + cut if 0 < cut < len(mid) and content_noun(ctx, mid[cut].text) else None


_OUTLET_MAX = 4  # the most words of an outlet's quoted name (لـ«الشرق الأوسط»)


def _without_outlet(mid: list[Tok]) -> list[Tok]:
    """``mid`` without a ل and the quoted name of the outlet told, first or last in it (كشف الوزير
    لـ"الوطن" عن…، كشفت لـ«عكاظ» مصادر مطلعة عن…): where it was said, like لوكالة الأنباء."""
    for k, t in enumerate(mid):
        if t.text == "ل" and k + 1 < len(mid) and (mid[k + 1].text in OPEN or mid[k + 1].text in QUOTES):
            close = next((m for m in range(k + 2, min(len(mid), k + 3 + _OUTLET_MAX))
                          if mid[m].text in CLOSE or mid[m].text in QUOTES), None)
            if close is not None and (k == 0 or close == len(mid) - 1):
                return mid[:k] + mid[close + 1:]  # (right after the verb or right before the frame:
            # أكد المتحدث لـ"الوطن" واقعة الاعتداء على…: after it the verb's object, no frame)
    return mid


def addressee_start(ctx: Context, toks: list[Tok], i: int, j: int) -> int | None:
    """Where the addressee starts among the tokens between the verb at ``i`` and its content at
    ``j``: at the first accusative plural or dual (حث الأمين العام الطرفين على…، أبلغ الوزير
    الصحفيين أن…), else where an object would start (دعا الوزير الدول إلى…، طالب المستهلكون
    الشركات بـ…).  None when a single noun phrase stands there (طالب النواب بإقالة…)."""
    for k in range(i + 2, j):
        if accusative(ctx, toks[k].text) and (toks[k - 1].text.startswith("ال") or toks[k - 1].text in CLOSE):
            return k  # (not the genitive of a construct: رئيس اتحاد الصحفيين; after a quoted name: دعا "القحطاني" المواطنين)
    cut = np_end(ctx, toks[i + 1:j])
    if 0 < cut < j - i - 1:
        return i + 1 + cut  # طالب النائب فهد العتيبي وزارة الأشغال بالكشف…: the subject's noun phrase ends
    split = object_split(ctx, toks, i)
    if split is not None and split[0] and i + 1 < split[1] < j and toks[split[1]].text.startswith("ال"):
        return split[1]  # (a definite noun after the subject: not the name after a title, النائب فهد…)
    return None


def accusative(ctx: Context, w: str) -> bool:
    """A definite sound plural or dual in -ين (الصحفيين، الطرفين، المواطنين): an object, not a
    subject (not a place in -ين: البحرين، الصين)."""
    return w.startswith("ال") and w.endswith("ين") and len(w) > 5 \
        and w not in ctx.v.place and w[2:] not in ctx.v.place and w not in ctx.known \
        and w[2:] not in ctx.v.title  # (الأمين العام: a title in -ين, not a plural)


def _addressee(ctx: Context, seg: list[Tok]) -> bool:
    """A short noun phrase with no verb, comma or quote in it: جميع المرشحين، الطرفين، النظر."""
    return 0 < len(seg) <= _ADDRESSEE_MAX and looks_nominal(ctx, seg) \
        and not any(t.text in COMMA or t.text in QUOTES or t.text in STOP_PUNCT for t in seg)


def continues_after_comma(ctx: Context, toks: list[Tok], k: int) -> bool:
    """After a comma between a verb and its content: an apposition, an adverbial, a relative
    clause, a quote or the content itself — not a new clause (…، ويقاربون، …، وهو ما)."""
    v = ctx.v
    w = toks[k].text
    if w.startswith("فان") or w in BUT_PRON or w in _NEW_CLAUSE:
        return False  # "…، فإن مصادر أكدت"، "…، لكنه أقر": another clause
    if w in HOWEVER and k + 1 < len(toks) and is_complementizer(toks[k + 1].text):
        return False  # "…، إلا أنه لم يستجب أحد"، "…، غير أن": "however"
    if w[:1] == "و" and w[1:] in NAMING and k + 1 < len(toks) and not is_complementizer(toks[k + 1].text):
        return True  # "…، ويدعى عبد الناصر سيد، إن…": the name the subject is given
    if w in ctx.acc_first and match_according(ctx, toks, k) is not None:
        return True  # an aside: "أوضح الوزير، وفقا لما نقلت عنه الصحيفة، بأن…" (the و of وفقا is the word's)
    if is_complementizer(w) or w in QUOTES or w == ":" or w in v.relative or is_adverbial(ctx, w):
        return True
    if w[:1] in "وف" and (w[1:] in v.adverbial or w[1:] in v.relative):
        return True
    if speaker_word(ctx, w) or speaker_word(ctx, strip_pronoun(w)) or strip_article(w) in v.honorific_bare:
        return True  # a role in apposition: "، نائب وزير الخارجية،"
    if w in _PARENTHETICAL:
        return True  # a parenthetical: "، وهو محام عن عشرين أسرة،"
    if w[:1] in "وف" and _name_between_commas(ctx, toks, k):
        return True  # "، فيدريكا موجيريني، إن…": a name that opens with ف or و, set off before the content
    vf = ctx.verb_forms.get(w)  # (the masdar of manner opens the verb's own content: «صرحت، فلانة، بالقول: …»)
    return not w.startswith(("و", "ف")) and (vf is None or vf.clitic == "ب") and w not in FUNCTION


_APPOSED_NAME_MAX = 4  # the most words of a name set off by commas before its content


def _name_between_commas(ctx: Context, toks: list[Tok], k: int) -> bool:
    """Do the words from ``k`` to the next comma (at most a few, none a verb or a function word)
    stand right before a complementizer: a name in apposition, «وقالت الوزيرة، فيدريكا موجيريني، إن…»,
    not a clause («…، فقال إن…»)?"""
    end = next((m for m in range(k, min(len(toks), k + _APPOSED_NAME_MAX + 1)) if toks[m].text in COMMA), None)
    if end is None or end == k or end + 1 >= len(toks) or not is_complementizer(toks[end + 1].text) \
            or toks[end + 1].text[:1] == "و":
        return False  # (…، وخطورة الجهل، وأن…: a list of what he spoke about, the أن joined by و)
    return all(t.text.isalpha() and ctx.verb_forms.get(t.text) is None and t.text not in FUNCTION
               and not is_complementizer(t.text) for t in toks[k:end])


def _subject_like(ctx: Context, w: str) -> bool:
    """Can a subject start with ``w``? Not a preposition, a ب/ل-phrase or a function word."""
    if w in NOUN_COMP or w in FUNCTION or w in QUOTES or w in COMMA:
        return w in COMMA
    return not w.startswith(("بال", "لل")) or speaker_word(ctx, w)
