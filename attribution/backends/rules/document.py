"""The reports of a document, sentence by sentence, with what one sentence tells the next.

The names of the speakers found grow the document's known names (a bare name is read as a
subject once known: ``وصف سيرومولوتوف الحوار…``), and a report opening a sentence with no
subject takes the subject of the sentence before as its antecedent (``التقى الوزير نظيره. وأكد أن…``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from attribution.backends.rules.context import Context, Sentence, sentence_tokens
from attribution.backends.rules.cues import may_report, triggers
from attribution.backends.rules.noun_phrase import np_end
from attribution.backends.rules.sentence import sentence_reports
from attribution.backends.rules.subjects import DEFINITE_ADJECTIVES, bare_verb_like, main_clause_subject
from attribution.backends.rules.words import is_complementizer, speaker_word
from attribution.lexicon.closed import (
    COMMA as COMMA_MARKS, FUNCTION, KAN, PREPOSITIONS, QUOTES, STOP_PUNCT, SUBORDINATORS,
)
from attribution.lexicon.names import given_names, is_given_name
from attribution.lexicon.cues import Lexicon
from attribution.records import Candidate, Span
from attribution.speakers.mention import analyse_mention
from attribution.text.morph import strip_article, strip_pronoun
from attribution.text.normalize import NormalizedText, norm_word
from attribution.text.tokens import DocumentTokens, document_tokens, starting, word_places

_SWAP_GUILLEMETS = str.maketrans({"»": "«", "«": "»"})


def candidates(nt: NormalizedText, sentences: list[tuple[int, int]], lexicon: Lexicon) -> list[Candidate]:
    """All candidates of a document; ``sentences`` are normalised-text spans.

    Only sentences holding a cue word are tokenised and analysed: most news sentences report
    nothing, and skipping them keeps the rules cheap.
    """
    nt = _usual_guillemets(nt)
    ctx = Context.of(lexicon)
    trigger_words = triggers(lexicon)
    doc = document_tokens(nt.text)  # (the mention index reads the same tokens)
    _learn_titled_names(ctx, doc)
    out: list[Candidate] = []
    topics: dict[int, Span | None] = {}  # sentence → the subject its dropped subjects continue
    for si, (a, b) in enumerate(sentences):
        if not _may_report(trigger_words, doc, a, b):
            continue
        sent = Sentence.of(nt, si, a, b, sentence_tokens(doc, a, b))
        found = sentence_reports(ctx, sent)
        if found and si > 0 and found[0].antecedent is None and _continues_topic(ctx, nt, found[0], sent, a):
            # "التقى الوزير نظيره. وأكد أن…" / "… . كما أنه أكد أن…" / "… . ونوه بالعمل، مؤكدا أن…":
            # a report opening a sentence, or the participle of its opening verb with a dropped
            # subject, continues the subject of the sentence before, or of the run of sentences
            # with dropped subjects before it
            ante = _topic_before(ctx, nt, doc, sentences, si, topics)
            if ante is not None:
                found[0] = replace(found[0], antecedent=ante)
        if found and found[0].antecedent is None and found[0].speaker is None:
            found[0] = _opening_person(ctx, sent, found[0])
        if found and found[0].antecedent is None and found[0].speaker is None and _continues_a_thing(ctx, sent, found[0]):
            del found[0]  # أثارت صور الحادث غضبا، وجددت المطالب…: the pictures renewed them, nobody said it
        if found:
            topics[si] = _topic_of_reports(ctx, nt, found, sent, a)
        _learn_names(ctx, found)
        out.extend(found)
    return out


def _may_report(trigger_words: frozenset[str], doc: DocumentTokens, a: int, b: int) -> bool:
    """:func:`~attribution.backends.rules.cues.may_report` of ``doc.text[a:b]``, asked of the
    document's words (no trigger is a punctuation mark) when the stretch is made of whole tokens."""
    span = doc.bounds(a, b)
    if span is None:
        return may_report(trigger_words, doc.text, a, b)
    return not trigger_words.isdisjoint(doc.words[span[0]:span[1]])


def _usual_guillemets(nt: NormalizedText) -> NormalizedText:
    """Some papers' copy opens with » and closes with «: read the normalised view the usual way."""
    t = nt.text
    a, b = t.find("»"), t.find("«")
    if a != -1 and b != -1 and a < b:
        return NormalizedText(nt.original, t.translate(_SWAP_GUILLEMETS), nt.origin, nt.drops)
    return nt


def _continues_topic(ctx: Context, nt: NormalizedText, c: Candidate, sent: Sentence, start: int) -> bool:
    """Does the sentence's first report ``c`` go on with the subject of the sentences before: it
    opens the sentence with no subject or a pronoun one, or it is the speakerless participle of
    the sentence's opening verb whose subject was dropped (ونوه بالعمل الأمني، مؤكدا أن…)?"""
    return _opens_without_subject(nt, c, start) or _opens_with_pronoun(nt, c, start) \
        or (c.speaker is None and c.kind not in ("unattributed", "according_to") and _participle(ctx, sent, c)
            and _dropped(ctx, sent))


def _participle(ctx: Context, sent: Sentence, c: Candidate) -> bool:
    """Is the cue of ``c`` a participle (مؤكدا، مشيرة، لافتين)?  (The cue points into the original
    text, the tokens into the normalised one: dropped tashkeel and tatweel shift them apart.)"""
    span = sent.nt.original_span
    tok = next((t for t in sent.toks if (s := span(t.start, t.end))[0] <= c.cue.start < s[1]), None)
    form = ctx.verb_forms.get(tok.text) if tok is not None else None
    return form is not None and form.aspect == "participle"


def _opens_without_subject(nt: NormalizedText, c: Candidate, start: int) -> bool:
    """Is ``c`` a verb report with no speaker whose cue opens the sentence starting at ``start``,
    or follows only a fronted prepositional phrase (وفي كلمته أكد…، وخلال اللقاء، أوضح…)?"""
    if c.speaker is not None or c.kind in ("unattributed", "according_to"):
        return False
    head = nt.original[nt.to_original(start):c.cue.start]
    return len(head.strip()) <= 2 or _FRONTED.fullmatch(head) is not None or _ALSO.fullmatch(head) is not None


#: كما "also" or ثم "then" before the verb: it goes on with the clause before (واستقبل المحافظ الوفد. كما أشار…).
_ALSO = re.compile(r"\s*[وف]?(?:كما|ثم)\s+")


def _opens_with_pronoun(nt: NormalizedText, c: Candidate, start: int) -> bool:
    """Is ``c`` a verb report whose subject is the pronoun of a host opening the sentence (كما أنه
    أكد…، لكنها أوضحت…، إلا أنهم أشاروا…، وأنه أكد…)?  The pronoun refers back like a dropped subject."""
    if c.speaker is None or c.kind in ("unattributed", "according_to") or c.speaker.end > c.cue.start:
        return False
    head = _MARKS.sub("", nt.original[nt.to_original(start):c.cue.start])
    return _PRONOUN_OPENING.fullmatch(head) is not None


_MARKS = re.compile("[\u064b-\u0652\u0640]")  # diacritics and tatweel (لكنّه)


#: A pronoun host opening a sentence, with its كما/إلا/غير/بل (not إنه after a verb: قال إنه…).
_PRONOUN_OPENING = re.compile(r"\s*(?:[وف]?(?:كما|إلا|الا|غير|بل)\s+)?[وف]?(?:لكن|ولكن|أن|ان|إن)(?:ه|ها|هم|هما)\s*")


#: A prepositional phrase of at most four words fronted before the verb (normalised spellings too).
_FRONTED = re.compile(r"\s*[وف]?(?:في|فى|خلال|عقب|بعد|قبل|أثناء|اثناء|لدى|لدي|من)\s+(?:[^\s،,.؟!:]+\s+){0,3}?"
                      r"[^\s،,.؟!:]+\s*[،,]?\s*[وف]?")


_RUN_BACK = 4  # the most sentences a dropped subject looks back over, through other dropped ones


def _topic_before(ctx: Context, nt: NormalizedText, doc: DocumentTokens, sentences: list[tuple[int, int]], si: int,
                  topics: dict[int, Span | None]) -> Span | None:
    """The subject a report opening sentence ``si`` without one continues: the topic of the
    sentence before — its main clause's subject when it reported nothing (التقى الوزير نظيره.
    وأكد…), the speaker or antecedent of its opening report when it reported — passing back over
    sentences whose own subject was dropped too (أكدت الكاتبة… . وأشادت بالعمل… . ولفتت إلى أن…)."""
    for j in range(si - 1, max(-1, si - 1 - _RUN_BACK), -1):
        if j in topics:
            topic = topics[j]
            if topic is not _DROPPED:
                return topic
            continue
        pa, pb = sentences[j]
        sent = Sentence.of(nt, j, pa, pb, sentence_tokens(doc, pa, pb))
        subject = _subject_of(ctx, sent)
        if subject is not None or not _dropped(ctx, sent):
            return subject
    return None


#: The topic of a sentence that opened with a dropped subject and named none: look further back.
_DROPPED = Span(0, 0, "")


def _topic_of_reports(ctx: Context, nt: NormalizedText, found: list[Candidate], sent: Sentence, start: int) -> Span | None:
    """The topic a reporting sentence hands on: the antecedent its opening report took itself, or
    :data:`_DROPPED` when that report opened with a dropped subject and took none (look further
    back); None when its report named its speaker (the resolver's last speaker is that one)."""
    first = found[0]
    if not _continues_topic(ctx, nt, first, sent, start):
        return None
    return first.antecedent if first.antecedent is not None else _DROPPED


_OPENING_REACH = 4  # the words of a title or a name before the given name that makes the opening a person


def _opening_person(ctx: Context, sent: Sentence, c: Candidate) -> Candidate:
    """A sentence opening with a named person, their role after them, then their verbs: the
    report in it with no subject of its own is theirs (اللواء سامي العلي مدير الإدارة استنكر الحادث
    وأكد أن…؛ سامي العلي مدير الإدارة يقول: …), not the last speaker's. The person's name is
    the antecedent (the resolver still asks the verb to agree with it)."""
    if c.kind in ("unattributed", "according_to"):
        return c
    toks = sent.toks
    cue = next((k for k, t in enumerate(toks) if sent.nt.original_span(t.start, t.end)[0] >= c.cue.start), len(toks))
    h = 2 if len(toks) > 3 and len(toks[0].text) == 1 and toks[1].text == "." else 0  # د.سامي العلي: an abbreviated title
    # (a given name right before a role is a verb, unless a title stands before it: دان عضو المجلس… "condemned")
    if cue < h + 2 or not (speaker_word(ctx, toks[h].text)
                           or is_given_name(toks[h].text) and (h or not speaker_word(ctx, toks[h + 1].text))) \
            or not any(is_given_name(t.text) for t in toks[h:h + _OPENING_REACH]) \
            or any(t.text in QUOTES or t.text in STOP_PUNCT or t.text == ":" or is_complementizer(t.text)
                   for t in toks[h:cue]):
        return c
    e = np_end(ctx, toks[:cue])
    return replace(c, antecedent=sent.mention(toks[:e])) if e > 1 else c


def _continues_a_thing(ctx: Context, sent: Sentence, c: Candidate) -> bool:
    """Is ``c`` a و-verb with a dropped subject and a noun content, coordinated with the sentence's
    opening verb, itself no cue, whose subject is a thing, not a speaker?  The و-verb shares that
    subject, so it reports no speech (أثارت صور الحادث غضبا واسعا، وجددت المطالب بمحاسبة
    المسؤولين؛ شهدت الأسواق إقبالا، وأكدت الحاجة إلى…).  The two verbs agree (أثارت… وجددت), as
    verbs sharing a subject do; a clause content (وأعلنت أنها…) is speech whatever its subject."""
    if c.kind in ("unattributed", "according_to") or c.gender is None or c.number == "pl" \
            or c.confidence >= _CLAUSE_CONFIDENCE:
        return False
    toks = sent.toks
    span = sent.nt.original_span
    k = next((k for k, t in enumerate(toks) if (s := span(t.start, t.end))[0] <= c.cue.start < s[1]), None)
    if k is None or k < 3 or toks[k].text[:1] != "و" or toks[k - 1].text not in COMMA_MARKS:
        return False
    verb, head, nxt = toks[0].text, toks[1].text, toks[2].text
    if verb[:1] in "وف" and len(verb) > 4:
        verb = verb[1:]  # (وأثارت الصور…)
    if verb in ctx.verb_forms or verb in KAN or not bare_verb_like(ctx, verb) or _agreement(verb) != (c.gender, c.number):
        return False
    # (one clause before the و-verb: no comma, relative, quote or other clause inside it — not
    # «ويحتفل القصر بذكرى تشرشل الذي ولد فيه، وقال في مذكراته…», whose subject is the relative's)
    if any(t.text in COMMA_MARKS or t.text in STOP_PUNCT or t.text in QUOTES or t.text == ":" or is_complementizer(t.text)
           or t.text in ctx.v.relative or t.text in _CLAUSE_OPENERS or t.text in ctx.verb_forms for t in toks[1:k - 1]):
        return False
    # (a definite common noun, or an indefinite one heading a definite genitive: صور الحادث; never
    # a speaker word, a name, a place, a nisba, or a definite noun with its adjective — the names of
    # bodies are made so: الولايات المتحدة، المقاومة الشعبية)
    if head.startswith("ال"):
        thing = len(head) > 4 and not nxt.startswith("ال") and not head.endswith("ي")
    else:
        thing = nxt.startswith("ال") and len(head) > 2 and head not in FUNCTION and head not in PREPOSITIONS
    return thing and not speaker_word(ctx, head) and not is_given_name(head) and strip_article(head) not in ctx.v.place \
        and head not in ctx.v.place and head not in ctx.known and strip_article(head) not in ctx.known \
        and head not in ctx.titled and head not in ctx.v.honorific


_CLAUSE_CONFIDENCE = 0.75  # a report with a clause or a quotation for content; a noun content scores less
#: Words opening a clause of their own inside a sentence: its verbs have another subject.
_CLAUSE_OPENERS = SUBORDINATORS | {"حيث", "إذ", "اذ", "كما", "وكما", "بعد"}


def _agreement(verb: str) -> tuple[str, str]:
    """The gender and number a narrative verb's shape marks: أثارت، تثير → feminine; شهد، يشهد → masculine."""
    if verb.endswith("وا") or verb.endswith("ون"):
        return ("m", "pl")
    if verb.endswith("ت") or verb.startswith("ت"):
        return ("f", "sg")
    return ("m", "sg")


def _dropped(ctx: Context, sent: Sentence) -> bool:
    """Does the sentence open with a و-verb and no subject after it: a preposition's phrase right
    after the verb (وأشادت بالعمل التصاعدي…، وتطرق إلى…; not ويشتمل هذا الإصدار على…)?"""
    toks = sent.toks
    if len(toks) > 2 and toks[0].text in _THEN and _plural_perfect(ctx, toks[1].text):
        return True  # ثم تناولوا الإفطار، مؤكدين…
    w = toks[0].text if toks else ""
    if len(toks) < 2 or w[:1] not in "وف" or len(w) <= 3:
        return False
    if _plural_perfect(ctx, w[1:]):
        return True  # وتناولوا الإفطار، مؤكدين…
    if not (w in ctx.verb_forms or bare_verb_like(ctx, w[1:])):
        return False
    nxt = toks[1].text
    return nxt in PREPOSITIONS or (nxt.startswith(("بال", "لل")) and len(nxt) > 4)


_THEN = frozenset({"ثم", "وثم"})  # "then" before the opening verb: the clause before goes on


def _plural_perfect(ctx: Context, w: str) -> bool:
    """Is ``w`` a masculine plural perfect (تناولوا، شاركوا)? Its subject is the pronoun it ends
    in: a verb before its subject stays singular, so a plural one has no subject after it."""
    return w.endswith("وا") and len(w) > 4 and (w in ctx.verb_forms or bare_verb_like(ctx, w[:-2]))


def _subject_of(ctx: Context, sent: Sentence) -> Span | None:
    """The subject of the sentence's main clause (its first word taken as its verb)."""
    return sent.mention(main_clause_subject(ctx, sent, len(sent.toks), reported=False))


_SON_OF = frozenset({"بن", "ابن"})


def _learn_titled_names(ctx: Context, doc: DocumentTokens) -> None:
    """Gather the surnames the article writes after a title and a given name (الرئيس باراك أوباما،
    البريطاني لويس هاميلتون، المخرج عامر الحمود) or after a full name's given names (عبدالله محمد
    المبارك، عبدالرحمن بن محمد الدرع): written bare later, the name is a narrated clause's subject
    (وارتكب هاميلتون أخطاء…، حتى إنه اشتكى…؛ لكن أوباما لم يصل…، لكنه أعلن…؛ المبارك أكد أن…)."""
    words = doc.words
    given = given_names()
    # (the given names found by set lookups first: this runs over every word of every article)
    for m in word_places(words, lambda ws: ws & given | {w for w in starting(ws, ("عبد", "ابو")) if is_given_name(w)},
                         doc.distinct):
        if m == 0 or m + 1 >= len(words):
            continue
        title, surname = words[m - 1], words[m + 1]
        # (a role's last word before the name: its title, or a nisba of either gender that closes
        # the role: البريطاني لويس هاميلتون، رئيس اللجنة الأولمبية الدولية توماس باخ)
        nisba = title.startswith("ال") and len(title) > 4 and (title.endswith("ي") or title.endswith("ية")
                                                               and surname not in ctx.v.particle)
        # (or a role's definite adjective that is no nisba: نائب رئيس الاتحاد السابق جيفري ويب)
        nisba = nisba or title in DEFINITE_ADJECTIVES and surname not in ctx.v.particle
        # (or a full name's second given name: its father's, the word after it the family's — عبدالله محمد
        # المبارك، عبدالرحمن بن محمد الدرع — as sure a name as a title makes it)
        father = title in given or title in _SON_OF or (title[:3] in ("عبد", "ابو") and is_given_name(title))
        if not (speaker_word(ctx, title) or nisba or father):
            continue  # (الجنادرية عبدالله أبو راس: a kunya's أبو read alone as the surname reads on, أبو راس تفاصيل)
        if surname.isalpha() and len(surname) > 2 and not surname.startswith(("لل", "بال", "و", "ف")) \
                and strip_pronoun(surname) == surname and not surname.endswith(("ة", "ات")) \
                and surname not in FUNCTION and surname not in PREPOSITIONS and surname not in ctx.verb_forms \
                and not is_given_name(surname) and not speaker_word(ctx, surname) and surname not in ctx.v.place:
            ctx.titled.add(surname)
    _learn_unlisted_names(ctx, doc)


_ROLE_REACH = 3  # the most words from a role's title to the nisba that closes it (وزير الدفاع الأميركي)


def _learn_unlisted_names(ctx: Context, doc: DocumentTokens) -> None:
    """Gather the surnames of two-word names the name lists do not hold, written after a role closed
    by a nisba (وزير الدفاع الأميركي آشتون كارتر، السفير الفرنسي فرنسوا غويات): after a definite
    nisba two bare words that are no verb, noun of a kind, place or particle, then an ال-word,
    punctuation or the end, are a given name and its surname (written bare later: نقل كارتر…)."""
    words = doc.words
    for m in word_places(words, lambda ws: {w for w in starting(ws, ("ال",)) if len(w) > 4 and w.endswith("ي")},
                         doc.distinct):
        if m + 2 >= len(words):
            continue
        pair, after = words[m + 1:m + 3], words[m + 3] if m + 3 < len(words) else "."
        # (the words after the nisba first: most nisbas close no role, and few are followed by a name)
        if (after.startswith("ال") or not after.isalpha()) and all(_bare_name_like(ctx, w) for w in pair) \
                and any(speaker_word(ctx, w) for w in words[max(0, m - _ROLE_REACH):m]):
            ctx.titled.add(pair[1])


def _bare_name_like(ctx: Context, w: str) -> bool:
    """Could ``w`` be a word of a foreign name: bare, no clitic, no ending of a noun of a kind."""
    return w.isalpha() and len(w) > 2 and not w.startswith(("ال", "لل", "بال", "و", "ف", "ب", "ل")) \
        and strip_pronoun(w) == w and not w.endswith(("ة", "ات", "ا")) and w not in FUNCTION \
        and w not in PREPOSITIONS and w not in ctx.verb_forms and not speaker_word(ctx, w) \
        and w not in ctx.v.place and not is_given_name(w) and w not in ctx.v.adverbial


def _learn_names(ctx: Context, found: list[Candidate]) -> None:
    """Add the words of the speakers' names to the document's known names."""
    for c in found:
        if c.speaker is not None:
            ctx.known.update(w for w in norm_word(c.speaker.text).split() if not w.startswith("ال"))
            info = analyse_mention(c.speaker.text, ctx.lexicon)
            if info.type == "person" and info.name:
                ctx.known.update(norm_word(info.name).split())  # surnames with ال: الغامدي
