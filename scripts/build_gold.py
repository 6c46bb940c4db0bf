#!/usr/bin/env python3
"""Build the project corpus (``corpora/<doc_id>.txt`` + ``.gold.jsonl``) from marked-up sources.

Each source ``corpora/src/<doc_id>.md`` has a header, a ``---`` line, then the article body
with its annotations written inline, so that offsets are computed, never typed by hand::

    doc_id: spa-example
    speaker: moh = وزارة الصحة السعودية | organization | | وزارة الصحة; الوزارة
    attr: 1 moh indirect
    attr: 2 - unattributed optional
    ---
    الرياض - واس: {c1 أعلنت} {m1 وزارة الصحة السعودية} أن {q1 الحملة تبدأ غدا}.

Tags are ``{`` + ``c`` (cue), ``m`` (mention) or ``q`` (claim) + attribution ids joined by
``+`` + one space + the annotated text + ``}``; tags nest (a claim may hold another
attribution's cue).  ``speaker:`` lines read ``key = canonical name | type | role | aliases``
(aliases separated by ``;``); ``attr:`` lines read ``id speaker-key|- kind [optional]``.
Header lines starting with ``#`` and other ``name: value`` lines (outlet, note) are kept for
reviewers only.

    python scripts/build_gold.py            # (re)write corpora/*.txt and *.gold.jsonl
    python scripts/build_gold.py --check    # exit 1 if a committed file differs
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
KINDS = ("direct", "indirect", "mixed", "according_to", "nominal", "unattributed")
SPEAKER_TYPES = ("person", "organization", "group", "document", "media")
TAG = re.compile(r"\{([cmq])([0-9A-Za-z]+(?:\+[0-9A-Za-z]+)*) ")


class MarkupError(ValueError):
    """A source file that cannot be turned into gold; the message names the file and the problem."""


@dataclass(frozen=True)
class Source:
    """One parsed source: plain text, gold record, and where it came from."""

    doc_id: str
    text: str
    gold: dict


def strip_markup(body: str, where: str = "<body>") -> tuple[str, dict[tuple[str, str], tuple[int, int]]]:
    """Remove the tags and return the plain text and ``{(tag, id): (start, end)}``.

    >>> strip_markup("{c1 قال} {m1 الوزير} إن {q1 الاتفاق جاهز}")[1][("q", "1")]
    (14, 26)
    """
    out: list[str] = []
    n = 0
    stack: list[tuple[str, list[str], int]] = []
    spans: dict[tuple[str, str], tuple[int, int]] = {}
    i = 0
    while i < len(body):
        m = TAG.match(body, i)
        if m:
            stack.append((m.group(1), m.group(2).split("+"), n))
            i = m.end()
            continue
        ch = body[i]
        if ch == "{":
            raise MarkupError(f"{where}: malformed tag at {body[i:i + 20]!r}")
        if ch == "}":
            if not stack:
                raise MarkupError(f"{where}: unbalanced '}}' near {body[max(0, i - 20):i]!r}")
            tag, ids, start = stack.pop()
            for aid in ids:
                if (tag, aid) in spans:
                    raise MarkupError(f"{where}: tag {tag}{aid} used twice")
                spans[(tag, aid)] = (start, n)
            i += 1
            continue
        out.append(ch)
        n += 1
        i += 1
    if stack:
        raise MarkupError(f"{where}: unclosed tag {stack[-1][0]}{'+'.join(stack[-1][1])}")
    return "".join(out), spans


def _parse_header(lines: list[str], where: str):
    doc_id = None
    speakers: dict[str, dict] = {}
    attrs: dict[str, tuple[str | None, str, bool]] = {}
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, value = line.partition(":")
        value = value.strip()
        if name == "doc_id":
            doc_id = value
        elif name == "speaker":
            key, _, rest = value.partition("=")
            fields = [f.strip() for f in rest.split("|")]
            if len(fields) != 4:
                raise MarkupError(f"{where}: speaker line needs 'key = name | type | role | aliases': {line}")
            canon, typ, role, aliases = fields
            if typ not in SPEAKER_TYPES:
                raise MarkupError(f"{where}: speaker type {typ!r} not in {SPEAKER_TYPES}")
            rec = {"name": canon, "type": typ}
            if role:
                rec["role"] = role
            rec["aliases"] = [a.strip() for a in aliases.split(";") if a.strip()]
            speakers[key.strip()] = rec
        elif name == "attr":
            parts = value.split()
            if len(parts) not in (3, 4) or (len(parts) == 4 and parts[3] != "optional"):
                raise MarkupError(f"{where}: attr line needs 'id speaker kind [optional]': {line}")
            aid, skey, kind = parts[:3]
            if kind not in KINDS:
                raise MarkupError(f"{where}: kind {kind!r} not in {KINDS}")
            if skey != "-" and skey not in speakers:
                raise MarkupError(f"{where}: attr {aid} names unknown speaker key {skey!r}")
            if aid in attrs:
                raise MarkupError(f"{where}: attr {aid} declared twice")
            attrs[aid] = (None if skey == "-" else skey, kind, len(parts) == 3)
    if not doc_id:
        raise MarkupError(f"{where}: no doc_id")
    return doc_id, speakers, attrs


def parse_source(src: str, where: str = "<source>") -> Source:
    """Parse one marked-up source into its plain text and gold record."""
    head, sep, body = src.partition("\n---\n")
    if not sep:
        raise MarkupError(f"{where}: no '---' line between header and body")
    doc_id, speakers, attrs = _parse_header(head.splitlines(), where)
    text, spans = strip_markup(body.strip(), where)
    used = {aid for (_, aid) in spans}
    if used - set(attrs):
        raise MarkupError(f"{where}: tags for undeclared attributions {sorted(used - set(attrs))}")
    records = []
    for aid, (skey, kind, required) in attrs.items():
        if ("c", aid) not in spans or ("q", aid) not in spans:
            raise MarkupError(f"{where}: attribution {aid} needs both a cue and a claim tag")
        cue, claim = spans[("c", aid)], spans[("q", aid)]
        mspan = spans.get(("m", aid))
        rec = {
            "cue": list(cue),
            "speaker": speakers[skey]["name"] if skey else None,
            "mention": text[mspan[0]:mspan[1]] if mspan else None,
            "claim": list(claim),
            "kind": kind,
            "required": required,
        }
        if mspan:
            rec["mention_span"] = list(mspan)
        records.append(rec)
    records.sort(key=lambda r: r["cue"][0])
    gold = {"doc_id": doc_id, "text": text, "attributions": records,
            "speakers": list(speakers.values())}
    return Source(doc_id, text, gold)


def render(source: Source) -> tuple[str, str]:
    """The exact contents of ``<doc_id>.txt`` and ``<doc_id>.gold.jsonl``."""
    return source.text, json.dumps(source.gold, ensure_ascii=False) + "\n"


def load_sources(src_dir: Path = CORPORA / "src") -> list[Source]:
    """Parse every ``*.md`` under ``src_dir``, sorted by file name."""
    out = []
    for path in sorted(src_dir.glob("*.md")):
        source = parse_source(path.read_text(encoding="utf-8"), str(path))
        if source.doc_id != path.stem:
            raise MarkupError(f"{path}: doc_id {source.doc_id!r} differs from the file name")
        out.append(source)
    return out


def build(src_dir: Path = CORPORA / "src", out_dir: Path = CORPORA, check: bool = False) -> list[str]:
    """Write (or with ``check``, compare) every document; return the paths that differ."""
    differ = []
    for source in load_sources(src_dir):
        for suffix, content in zip((".txt", ".gold.jsonl"), render(source)):
            path = out_dir / f"{source.doc_id}{suffix}"
            old = path.read_text(encoding="utf-8") if path.exists() else None
            if old != content:
                differ.append(str(path))
                if not check:
                    path.write_text(content, encoding="utf-8", newline="")
    return differ


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if a file differs")
    args = ap.parse_args(argv)
    try:
        differ = build(check=args.check)
    except MarkupError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    for p in differ:
        print(("differs: " if args.check else "wrote: ") + p)
    return 1 if args.check and differ else 0


if __name__ == "__main__":
    sys.exit(main())
