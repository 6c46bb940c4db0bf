"""HTML pages: an article with its cues, speakers and claims marked in the original text, and
plain right-to-left tables.

Self-contained (the style sheet inlined, no server, no network: a page opens from the file
system), ``lang="ar" dir="rtl"``.  Text from articles is always escaped: an article with
``<script>`` shows it.  Every cue, speaker mention and claim is wrapped in
``<mark data-role="cue|speaker|claim" data-record="…">`` inside the text as written (its
``textContent`` is the article), so a claim reads in its context.  Spans overlap — a cue
inside its claim, a speaker inside another record's claim, two claims that cross — and
:func:`marked_text` nests them: a span that crosses one opened before it is closed and
reopened around the boundary (the continuation has no ``id``; both parts carry its record).

>>> marked_text("قال الوزير إن الخطة <جاهزة>", [Mark(0, 3, "cue", "r1"), Mark(14, 27, "claim", "r1")])
'<mark data-role="cue" data-record="r1">قال</mark> الوزير إن <mark data-role="claim" data-record="r1">الخطة &lt;جاهزة&gt;</mark>'
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from attribution.records import Attribution, Document, document_fields

__all__ = ["Mark", "marked_text", "record_marks", "article_section", "page", "style", "write_article_page",
           "write_table_page", "escape", "json_script"]

#: Marks that open at the same offset and end at the same offset nest in this order (outermost first).
_ROLE_ORDER = {"claim": 0, "speaker": 1, "cue": 2}
#: Arabic labels of the kinds and speaker types shown on a page.
KIND_LABELS = {"direct": "مباشر", "indirect": "غير مباشر", "mixed": "مختلط", "according_to": "بحسب",
               "nominal": "اسمي", "unattributed": "غير منسوب"}


def escape(value: Any) -> str:
    """Text for HTML, attribute-safe (``& < > " '`` escaped); ``None`` is empty."""
    return "" if value is None else html.escape(str(value), quote=True)


@dataclass(frozen=True)
class Mark:
    """A span of the article to mark: its role, the record it belongs to and its attributes.

    ``anchor`` is the ``id`` of the mark's first part (a link target such as ``claim-12``).
    """

    start: int
    end: int
    role: str
    record: str
    attrs: Mapping[str, Any] = field(default_factory=dict)
    anchor: str | None = None

    def open_tag(self, first: bool) -> str:
        parts = [f'data-role="{self.role}"', f'data-record="{escape(self.record)}"']
        if first and self.anchor:
            parts.insert(0, f'id="{escape(self.anchor)}"')
        if not first:
            parts.append('data-part="rest"')
        parts += [f'{k}="{escape(v)}"' for k, v in self.attrs.items() if v not in (None, "")]
        return "<mark " + " ".join(parts) + ">"


def _sort_key(m: Mark) -> tuple[int, int, int, str]:
    return m.start, -m.end, _ROLE_ORDER.get(m.role, 9), m.record


def marked_text(text: str, marks: Iterable[Mark]) -> str:
    """``text`` escaped, with every mark wrapped around its span, nested (see the module doc)."""
    spans = sorted((m for m in marks if 0 <= m.start < m.end <= len(text)), key=_sort_key)
    bounds = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans)})
    starting: dict[int, list[Mark]] = {}
    for m in spans:
        starting.setdefault(m.start, []).append(m)
    out: list[str] = []
    stack: list[Mark] = []
    for i, pos in enumerate(bounds):
        _close_at(pos, stack, out)
        for m in starting.get(pos, ()):
            out.append(m.open_tag(True))
            stack.append(m)
        if i + 1 < len(bounds):
            out.append(html.escape(text[pos:bounds[i + 1]], quote=False))
    return "".join(out)


def _close_at(pos: int, stack: list[Mark], out: list[str]) -> None:
    """Close the marks that end at ``pos``; those opened after one of them and still running
    are closed with it and reopened."""
    if not any(m.end == pos for m in stack):
        return
    reopen: list[Mark] = []
    while any(m.end == pos for m in stack):
        m = stack.pop()
        out.append("</mark>")
        if m.end != pos:
            reopen.append(m)
    for m in reversed(reopen):
        out.append(m.open_tag(False))
        stack.append(m)


# --------------------------------------------------------------------------- records

def claim_label(rec: Attribution | Mapping[str, Any]) -> str:
    """What a claim shows of its record: speaker, role, cue meaning and kind.

    >>> claim_label({"speaker": "أوليغ سيرومولوتوف", "speaker_role": "نائب وزير", "meaning": "assert",
    ...              "kind": "mixed"})
    'أوليغ سيرومولوتوف (نائب وزير) · assert · مختلط'
    """
    get = rec.get if isinstance(rec, Mapping) else None
    speaker = get("speaker") if get else rec.speaker_name
    role = get("speaker_role") if get else rec.speaker_role
    meaning = get("meaning") if get else rec.cue.meaning
    kind = get("kind") if get else rec.kind
    who = (speaker or "—") + (f" ({role})" if role and role != speaker else "")
    return " · ".join(p for p in (who, meaning, KIND_LABELS.get(kind or "", kind)) if p)


def record_marks(rec: Attribution, record: str, *, anchor: str | None = None,
                 speaker: str | None = None) -> list[Mark]:
    """The cue, speaker mention and claim marks of one record (``speaker``: the name to show,
    by default the record's own)."""
    name = speaker or rec.speaker_name
    label = claim_label({"speaker": name, "speaker_role": rec.speaker_role, "meaning": rec.cue.meaning,
                         "kind": rec.kind})
    marks = [Mark(rec.cue.start, rec.cue.end, "cue", record,
                  {"data-meaning": rec.cue.meaning, "title": f"{rec.cue.lemma or rec.cue.text} · {rec.cue.meaning}"})]
    if rec.speaker is not None:
        marks.append(Mark(rec.speaker.start, rec.speaker.end, "speaker", record,
                          {"data-speaker": name, "title": " · ".join(p for p in (name, rec.speaker_role,
                                                                                 rec.speaker_type) if p)}))
    if rec.claim is not None:
        marks.append(Mark(rec.claim.start, rec.claim.end, "claim", record,
                          {"data-speaker": name, "data-kind": rec.kind, "data-meaning": rec.cue.meaning,
                           "data-label": label, "title": label}, anchor=anchor))
    return marks


def _records_table(records: Sequence[Attribution], anchors: Sequence[str], speakers: Sequence[str | None]) -> str:
    rows = []
    for i, (rec, anchor, name) in enumerate(zip(records, anchors, speakers), 1):
        claim = rec.claim.text if rec.claim is not None else ""
        link = f'<a href="#{escape(anchor)}">{escape(claim)}</a>' if claim else "—"
        rows.append(f"<tr><td>{i}</td><td>{escape(name or rec.speaker_name or '—')}</td>"
                    f"<td>{escape(rec.speaker_role)}</td><td>{escape(rec.cue.text)} "
                    f'<span class="meaning">{escape(rec.cue.meaning)}</span></td>'
                    f"<td>{escape(KIND_LABELS.get(rec.kind, rec.kind))}</td><td>{link}</td></tr>")
    return ('<table class="records"><thead><tr><th>#</th><th>المتحدث</th><th>الصفة</th><th>فعل القول</th>'
            "<th>النوع</th><th>التصريح</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def article_section(doc: Document, records: Sequence[Attribution], *, ids: Sequence[str] | None = None,
                    speakers: Sequence[str | None] | None = None, heading_level: int = 2) -> str:
    """One article as an ``<article>``: its title and metadata, its text with every record's
    marks, then the table of its records.  ``ids`` name the records (``data-record``; a claim's
    mark is ``id="claim-<id>"``, by default its number in the article); ``speakers`` give the
    name shown for each (e.g. the store's canonical one)."""
    ids = [str(i) for i in ids] if ids is not None else [str(i) for i in range(1, len(records) + 1)]
    anchors = [f"claim-{i}" for i in ids]
    names = list(speakers) if speakers is not None else [None] * len(records)
    marks = [m for rec, rid, anchor, name in zip(records, ids, anchors, names)
             for m in record_marks(rec, rid, anchor=anchor, speaker=name)]
    meta = document_fields(doc.meta)
    heading = escape(meta["title"] or doc.doc_id)
    info = " · ".join(escape(v) for v in (meta["outlet"], meta["date"], doc.doc_id if meta["title"] else None) if v)
    url = meta["url"]
    link = (f' · <a href="{escape(url)}" rel="noreferrer">المصدر</a>'
            if url and url.startswith(("http://", "https://")) else "")
    return (f'<article data-doc="{escape(doc.doc_id)}"><h{heading_level}>{heading}</h{heading_level}>'
            f'<p class="info">{info}{link}</p>'
            f'<div class="text">{marked_text(doc.text, marks)}</div>'
            f'<h{heading_level + 1}>التصريحات ({len(records)})</h{heading_level + 1}>'
            f"{_records_table(records, anchors, names)}</article>")


# --------------------------------------------------------------------------- pages

def style() -> str:
    """The style sheet every page inlines (``attribution/io/static/page.css``)."""
    return resources.files("attribution.io").joinpath("static/page.css").read_text(encoding="utf-8")


def json_script(element_id: str, value: Any) -> str:
    """``value`` as JSON in a ``<script type="application/json">`` that no text can close
    (``<``, ``>``, ``&`` and the line separators written as escapes)."""
    import json

    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return f'<script type="application/json" id="{escape(element_id)}">{text}</script>'


def page(title: str, body: str, *, script: str = "", head: str = "") -> str:
    """A whole HTML document: right-to-left, Arabic, the style sheet inlined, ``script`` (the
    page's own JavaScript, trusted) at the end of the body."""
    tail = f"<script>{script}</script>" if script else ""
    return ('<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{style()}</style>{head}</head>"
            f"<body>{body}{tail}</body></html>\n")


def _head_and_tail(title: str) -> tuple[str, str]:
    whole = page(title, "\x00")
    head, tail = whole.split("\x00")
    return head, tail


def write_article_page(pairs: Iterable[tuple[Document, Sequence[Attribution]]], out: str | Path | None, *,
                       title: str = "من قال ماذا") -> int:
    """Write one page with every article and its marked records (``attribution extract -f html``),
    article by article as they come; returns the number of records."""
    from attribution.io.output import _open_text

    head, tail = _head_and_tail(title)
    n = 0
    with _open_text(out) as f:
        f.write(head + f"<header><h1>{escape(title)}</h1></header><main>")
        start = 0
        for doc, records in pairs:
            f.write(article_section(doc, records, ids=[str(start + i + 1) for i in range(len(records))]))
            start += len(records)
            n += len(records)
        f.write("</main>" + tail)
    return n


def write_table_page(rows: Iterator[Mapping[str, Any]], out: str | Path | None, *, columns: Sequence[str],
                     title: str | None, headers: Mapping[str, str] | None) -> int:
    """Rows as a right-to-left HTML table (``-f html`` of the listing commands)."""
    from attribution.io.output import _cell, _open_text

    head, tail = _head_and_tail(title or "attribution")
    n = 0
    with _open_text(out) as f:
        f.write(head + (f"<header><h1>{escape(title)}</h1></header>" if title else "") + "<main><table><thead><tr>")
        f.write("".join(f"<th>{escape((headers or {}).get(c, c))}</th>" for c in columns) + "</tr></thead><tbody>")
        for row in rows:
            f.write("<tr>" + "".join(f"<td>{escape(_cell(row.get(c)))}</td>" for c in columns) + "</tr>\n")
            n += 1
        f.write("</tbody></table></main>" + tail)
    return n
