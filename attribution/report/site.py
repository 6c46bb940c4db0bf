"""The report's pages: the index, one page per speaker, one per article (see :mod:`attribution.report`)."""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from attribution.errors import AttributionError
from attribution.io.html import KIND_LABELS, article_section, escape, json_script, page
from attribution.io.output import plain_value
from attribution.records import Attribution, Cue, Document, Span
from attribution.text.normalize import fold

__all__ = ["Report", "build_report", "article_file", "speaker_file"]

Row = Mapping[str, Any]
_TITLE = "من قال ماذا"


@dataclass(frozen=True)
class Report:
    """What :func:`build_report` wrote."""

    claims: int
    speakers: int
    articles: int


def article_file(doc_id: str) -> str:
    """The file name of an article's page: its id in safe letters, and a hash that keeps two ids apart.

    >>> article_file("najah/ru-us talks")
    'najah-ru-us-talks-032f6af3.html'
    """
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", doc_id).strip("-")[:60]
    digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8]
    return f"{stem}-{digest}.html" if stem else f"{digest}.html"


def speaker_file(speaker_id: Any) -> str:
    """The file name of a speaker's page: the speaker's lasting id."""
    return f"{int(speaker_id)}.html"


def _script() -> str:
    return resources.files("attribution.report").joinpath("static/report.js").read_text(encoding="utf-8")


def _rows(frame: Any) -> list[dict[str, Any]]:
    return [{c: plain_value(v) for c, v in zip(frame.columns, values)} for values in frame.itertuples(index=False)]


def _topics(row: Row) -> list[str]:
    return [t for t in (row.get("topics") or "").split(" | ") if t]


def build_report(store: Any, out: str | Path, **filters: Any) -> Report:
    """Write the site for the claims of ``store`` that ``filters`` keep (those of
    :meth:`Store.claims`: speaker, topic, outlet, since, until, search…) into the folder ``out``.

    Each kept article's page shows all of its claims (the context of the ones kept).
    """
    out = Path(out)
    filters = {k: v for k, v in filters.items() if v is not None}
    try:
        for sub in ("", "speakers", "articles"):
            (out / sub).mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise AttributionError(f"cannot write the report to {out}: {e.strerror or e}") from None
    kept = _rows(store.claims(**filters))
    whole = _rows(store.claims()) if filters and kept else kept
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    kept_docs = {r["doc_id"] for r in kept}
    for r in whole:
        if r["doc_id"] in kept_docs:
            by_doc[r["doc_id"]].append(r)
    speakers = {int(r["speaker_id"]): r for r in _rows(store.speakers())}
    said: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in kept:
        if r["speaker_id"] is not None:
            said[int(r["speaker_id"])].append(r)
    for sid, rows in said.items():
        _write(out / "speakers" / speaker_file(sid), _speaker_page(speakers.get(sid, {"name": rows[0]["speaker"]}), rows))
    for doc_id, rows in by_doc.items():
        doc = Document(doc_id, store.document_text(doc_id) or "", {k: rows[0].get(k) for k in
                                                                  ("title", "url", "date", "outlet")})
        _write(out / "articles" / article_file(doc_id), _article_page(doc, rows, set(said)))
    _write(out / "index.html", _index_page(kept, speakers, filters))
    return Report(len(kept), len(said), len(by_doc))


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        raise AttributionError(f"cannot write {path}: {e.strerror or e}") from None


# --------------------------------------------------------------------------- records from stored rows

def _span(row: Row, start: str, end: str, text: str) -> Span | None:
    if row.get(start) is None or row.get(end) is None or row.get(text) is None:
        return None
    return Span(int(row[start]), int(row[end]), str(row[text]))


def stored_record(row: Row) -> Attribution:
    """A stored claim (a row of :meth:`Store.claims`) as the record it was, its speaker the store's."""
    return Attribution(
        doc_id=str(row["doc_id"]), sentence=int(row.get("sentence") or 0),
        cue=Cue(int(row["cue_start"]), int(row["cue_end"]), str(row["cue"]), row.get("cue_lemma") or "",
                row.get("meaning") or ""),
        speaker=_span(row, "mention_start", "mention_end", "mention"), speaker_name=row.get("speaker"),
        speaker_role=row.get("speaker_role"), speaker_type=row.get("speaker_type"),
        claim=_span(row, "claim_start", "claim_end", "claim"), kind=str(row.get("kind") or ""),
        confidence=float(row.get("confidence") or 0.0), via=row.get("via"),
        context=_span(row, "context_start", "context_end", "context"))


# --------------------------------------------------------------------------- pages

def _nav(prefix: str) -> str:
    return f'<nav><a href="{prefix}index.html">الفهرس</a></nav>'


def _article_page(doc: Document, rows: Sequence[Row], with_pages: set[int]) -> str:
    rows = sorted(rows, key=lambda r: (r["cue_start"], r["attribution_id"]))
    section = article_section(doc, [stored_record(r) for r in rows], ids=[str(r["attribution_id"]) for r in rows],
                              speakers=[r.get("speaker") for r in rows], heading_level=1)
    links = sorted({(r["speaker"], int(r["speaker_id"])) for r in rows
                    if r.get("speaker_id") is not None and int(r["speaker_id"]) in with_pages})
    who = " · ".join(f'<a href="../speakers/{speaker_file(sid)}">{escape(name)}</a>' for name, sid in links)
    body = (f"<header>{_nav('../')}</header><main>{section}"
            + (f"<p>المتحدثون: {who}</p>" if who else "") + "</main>")
    return page(doc.meta.get("title") or doc.doc_id, body)


def _speaker_page(speaker: Row, rows: Sequence[Row]) -> str:
    rows = sorted(rows, key=lambda r: (r.get("date") or "", r["doc_id"], r["cue_start"]))
    name = speaker.get("name") or rows[0].get("speaker") or "—"
    facts = [("النوع", speaker.get("type")), ("الصفات", speaker.get("roles")), ("الأسماء", speaker.get("aliases")),
             ("رقم المتحدث", speaker.get("speaker_id"))]
    topics = Counter(t for r in rows for t in _topics(r)).most_common(12)
    items = []
    for r in rows:
        href = f"../articles/{article_file(r['doc_id'])}#claim-{r['attribution_id']}"
        where = " · ".join(escape(v) for v in (r.get("date"), r.get("outlet"), r.get("title") or r["doc_id"]) if v)
        items.append(f'<li data-search="{escape(_folded(r))}"><span class="muted">{where}</span>'
                     f'<a class="claim" href="{escape(href)}">{escape(r.get("claim") or "—")}</a>'
                     f'<span class="muted">{escape(r.get("cue"))} ({escape(r.get("meaning"))}) · '
                     f'{escape(KIND_LABELS.get(r.get("kind") or "", r.get("kind")))}'
                     f'{" · " + escape(" | ".join(_topics(r))) if _topics(r) else ""}</span></li>')
    body = (f"<header>{_nav('../')}<h1>{escape(name)}</h1><p class=\"info\">"
            + " · ".join(f"{k}: {escape(v)}" for k, v in facts if v not in (None, "")) + "</p>"
            + f'<p class="info">{len(rows)} تصريحاً في {len({r["doc_id"] for r in rows})} مقالاً'
            + (" · المواضيع: " + escape(" | ".join(f"{t} ({n})" for t, n in topics)) if topics else "")
            + '</p></header><main><div class="filters"><input type="search" id="q" placeholder="ابحث في تصريحاته" '
            f'autocomplete="off"><span id="shown">{len(rows)}</span></div>'
            f'<ul class="claims" id="list">{"".join(items)}</ul></main>')
    return page(name, body, script=_script())


def _folded(row: Row) -> str:
    """What the page's search box matches: the claim, speaker, role, cue, outlet, title and topics, folded."""
    parts = (row.get(k) for k in ("claim", "speaker", "mention", "speaker_role", "cue", "outlet", "title", "topics"))
    return fold(" ".join(str(p) for p in parts if p)).lower()


def _entry(r: Row, speakers_with_pages: set[int]) -> dict[str, Any]:
    sid = int(r["speaker_id"]) if r.get("speaker_id") is not None else None
    return {"i": r["attribution_id"], "s": r.get("speaker") or "", "p": speaker_file(sid) if sid in speakers_with_pages
            else "", "o": r.get("outlet") or "", "d": r.get("date") or "", "m": (r.get("date") or "")[:7],
            "t": _topics(r), "c": r.get("claim") or "", "q": r.get("cue") or "", "k": r.get("kind") or "",
            "n": r.get("meaning") or "", "h": r.get("title") or r["doc_id"],
            "a": f"articles/{article_file(r['doc_id'])}#claim-{r['attribution_id']}", "f": _folded(r)}


def _count_list(title: str, key: str, counts: Iterable[tuple[str, int]], links: Mapping[str, str] | None = None) -> str:
    items = []
    for value, n in counts:
        link = f' <a href="{escape(links[value])}">صفحته</a>' if links and value in links else ""
        items.append(f'<li><button type="button" data-filter="{key}" data-value="{escape(value)}">'
                     f"{escape(value or '—')}</button> <span class=\"muted\">{n}</span>{link}</li>")
    return f"<section><h2>{title}</h2><ol>{''.join(items)}</ol></section>"


def _index_page(rows: Sequence[Row], speakers: Mapping[int, Row], filters: Mapping[str, Any]) -> str:
    with_pages = {int(r["speaker_id"]) for r in rows if r.get("speaker_id") is not None}
    by_speaker = Counter(r.get("speaker") or "" for r in rows if r.get("speaker"))
    links = {r["speaker"]: f"speakers/{speaker_file(r['speaker_id'])}" for r in rows if r.get("speaker_id") is not None}
    outlets = Counter(r.get("outlet") or "" for r in rows)
    topics = Counter(t for r in rows for t in _topics(r))
    months = sorted(Counter((r.get("date") or "")[:7] for r in rows).items(), reverse=True)
    shown = ", ".join(f"{k}={v}" for k, v in filters.items() if v is not None)
    summary = (f'{len(rows)} تصريحاً · {len(by_speaker)} متحدثاً · {len({r["doc_id"] for r in rows})} مقالاً · '
               f"{len([o for o in outlets if o])} مصدراً" + (f" · {escape(shown)}" if shown else ""))
    selects = "".join(f'<select id="{key}" aria-label="{label}"><option value="">{label}: الكل</option>'
                      + "".join(f'<option value="{escape(v)}">{escape(v or "—")} ({n})</option>' for v, n in values)
                      + "</select>"
                      for key, label, values in (("s", "المتحدث", by_speaker.most_common(300)),
                                                 ("o", "المصدر", outlets.most_common()),
                                                 ("t", "الموضوع", topics.most_common(300)), ("m", "الشهر", months)))
    body = (f'<header><h1>{_TITLE}</h1><p class="info">{summary}</p></header><main><div class="counts">'
            + _count_list("المتحدثون", "s", by_speaker.most_common(), links)
            + _count_list("المصادر", "o", outlets.most_common())
            + _count_list("المواضيع", "t", topics.most_common(200))
            + _count_list("التواريخ", "m", months)
            + '</div><h2>التصريحات</h2><div class="filters"><input type="search" id="q" '
            f'placeholder="ابحث في التصريحات والمتحدثين" autocomplete="off">{selects}<span id="shown"></span></div>'
            '<ul class="claims" id="results"></ul></main>'
            + json_script("claims-index", [_entry(r, with_pages) for r in rows]))
    return page(_TITLE, body, script=_script())
