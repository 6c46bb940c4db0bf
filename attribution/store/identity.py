"""Speaker identity in the store: the one room where stored attributions meet
:mod:`attribution.speakers.across_documents`.

The writes store each attribution with the speaker name its document gave it
(``speaker_name_doc``); this module turns those names into canonical speakers (``speakers``,
``speaker_aliases``, ``attributions.speaker_id``):

- :class:`SpeakerSync` resolves one document's attributions against every speaker already
  stored, once the document's rows are written (one call per document);
- :func:`reidentify` rebuilds every speaker from the stored names in an order that does not
  depend on the order articles arrived in, and gives each rebuilt speaker the id its claims
  had (:func:`_keep_ids`): ids are never renumbered, a merge or a split is recorded in
  ``speaker_changes``;
- :func:`forget_document` drops what a removed document taught the store;
- :func:`speakers_named` finds the speakers a name given by a user may mean (``--speaker``).
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import count
from pathlib import Path
from typing import Callable, Iterable, Mapping

from attribution.speakers.across_documents import AliasConfig, SpeakerIndex, fold, load_aliases, name_key
from attribution.store import search
from attribution.store.schema import transaction
from attribution.store.writes import reserve_ids

__all__ = ["SpeakerSync", "remembered_aliases", "reidentify", "name_speakers", "forget_document", "speakers_named",
           "assignment"]

#: Gives the id of a new speaker.
NewId = Callable[[], int]

#: A speaker's display name: the aliases file's canonical name if there is one, else the alias
#: it is quoted under most often, names of two words or more first, ties alphabetically.
NAME_SPEAKERS_SQL = """
UPDATE speakers SET name = COALESCE(
    (SELECT alias FROM speaker_aliases al WHERE al.speaker_id = speakers.id AND al.doc_id = ''
     ORDER BY alias LIMIT 1),
    (SELECT alias FROM speaker_aliases al WHERE al.speaker_id = speakers.id GROUP BY alias
     ORDER BY instr(trim(alias), ' ') > 0 DESC, sum(count) DESC, alias LIMIT 1),
    name)"""


@dataclass(frozen=True)
class _Named:
    """What speaker resolution reads of a stored attribution."""

    speaker_name: str | None
    speaker_role: str | None
    speaker_type: str | None


def remembered_aliases(c: sqlite3.Connection, aliases: AliasConfig | str | Path | None) -> AliasConfig | None:
    """The corrections to use: the ones given (remembered in ``meta`` for later runs, and
    flagging identity as stale when they are new), else the ones remembered."""
    if isinstance(aliases, (str, Path)):
        aliases = load_aliases(aliases)
    row = c.execute("SELECT value FROM meta WHERE key = 'aliases'").fetchone()
    if aliases is not None:
        if row is None or row[0] != aliases.to_json():  # new corrections: re-resolve at the end
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('aliases', ?), "
                      "('stale_identity', '1')", (aliases.to_json(),))
        return aliases
    return AliasConfig.from_json(row[0]) if row else None


def _stored_index(c: sqlite3.Connection, aliases: AliasConfig | None) -> SpeakerIndex:
    index = SpeakerIndex(aliases)
    for r in c.execute("SELECT id, name, type, roles, scope FROM speakers ORDER BY id"):
        index.add(r["id"], r["name"], r["type"], json.loads(r["roles"] or "[]"), r["scope"])
    for r in c.execute("SELECT speaker_id, alias FROM speaker_aliases ORDER BY speaker_id, alias"):
        if r["speaker_id"] in index.speakers:
            index.add_alias(r["speaker_id"], r["alias"])
    return index


class SpeakerSync:
    """The store's speakers as an index, kept in step with the documents written.

    Call :meth:`resolve_document` inside a document's transaction, after its attributions are
    written; :meth:`forget_document` after its rows are deleted; :meth:`reload` after a
    rolled-back transaction (the index may hold speakers the store no longer has).
    """

    def __init__(self, c: sqlite3.Connection, aliases: AliasConfig | None) -> None:
        self.conn = c
        self.aliases = aliases
        self.reload()

    def reload(self) -> None:
        self.index = _stored_index(self.conn, self.aliases)
        self.version = _data_version(self.conn)

    def catch_up(self) -> None:
        """Reload when another connection changed the store since (call it inside the transaction)."""
        if _data_version(self.conn) != self.version:
            self.reload()

    def resolve_document(self, doc_id: str) -> None:
        """Give the document's attributions their speakers, in text order; a new speaker gets an
        id never given before."""
        rows = self.conn.execute("SELECT id, doc_id, speaker_name_doc, speaker_role, speaker_type FROM attributions "
                                 "WHERE doc_id = ? ORDER BY cue_start, id", (doc_id,)).fetchall()
        _resolve_rows(self.conn, self.index, rows, lambda: reserve_ids(self.conn, "speaker", 1)[0])

    def forget_document(self, doc_id: str) -> None:
        """Drop the document's aliases and the speakers only it quoted (its rows are deleted)."""
        forget_document(self.conn, doc_id)
        self.reload()


def _data_version(c: sqlite3.Connection) -> int:
    # changes when another connection commits, never with this one's own commits
    return int(c.execute("PRAGMA data_version").fetchone()[0])


def _resolve_rows(c: sqlite3.Connection, index: SpeakerIndex, rows: Iterable[sqlite3.Row], new_id: NewId) -> None:
    updates = []
    for r in rows:
        named = _Named(r["speaker_name_doc"], r["speaker_role"], r["speaker_type"])
        sid = _resolve_speaker(c, index, named, r["doc_id"], new_id)
        if sid is not None:
            updates.append((sid, r["id"]))
    c.executemany("UPDATE attributions SET speaker_id = ? WHERE id = ?", updates)


def _resolve_speaker(c: sqlite3.Connection, index: SpeakerIndex, rec: _Named, doc_id: str,
                     new_id: NewId) -> int | None:
    name = rec.speaker_name
    if not name or not name.strip():
        return None
    sid, canon, scope = index.resolve(name, rec.speaker_type, rec.speaker_role, doc_id)
    if sid is None:
        roles = [rec.speaker_role] if rec.speaker_role else []
        sid = new_id()
        c.execute("INSERT INTO speakers(id, name, type, roles, scope) VALUES (?, ?, ?, ?, ?)",
                  (sid, canon, rec.speaker_type, json.dumps(roles, ensure_ascii=False), scope))
        index.add(sid, canon, rec.speaker_type, roles, scope)
        if canon != name:  # the user's canonical name is an alias too
            _add_alias(c, index, sid, canon, "")
    else:
        sp = index.speakers[sid]
        if canon != sp.name:  # a bare surname speaker learns its full name
            c.execute("UPDATE speakers SET name = ? WHERE id = ?", (canon, sid))
            index.rename(sid, canon)
        if index.add_role(sid, rec.speaker_role):
            c.execute("UPDATE speakers SET roles = ? WHERE id = ?", (json.dumps(sp.roles, ensure_ascii=False), sid))
        if sp.type in (None, "", "unknown") and rec.speaker_type not in (None, "", "unknown"):
            sp.type = rec.speaker_type
            c.execute("UPDATE speakers SET type = ? WHERE id = ?", (rec.speaker_type, sid))
    _add_alias(c, index, sid, name, doc_id)
    return sid


def _add_alias(c: sqlite3.Connection, index: SpeakerIndex, sid: int, alias: str, doc_id: str) -> None:
    sp = index.speakers[sid]
    c.execute(
        "INSERT INTO speaker_aliases(speaker_id, alias, alias_norm, doc_id, count) VALUES (?, ?, ?, ?, 1) "
        "ON CONFLICT(speaker_id, alias, doc_id) DO UPDATE SET count = count + 1",
        (sid, alias, name_key(alias, sp.type), doc_id))
    index.add_alias(sid, alias)


def forget_document(c: sqlite3.Connection, doc_id: str) -> None:
    """Drop a deleted document's aliases and the speakers nobody else quotes; a speaker no longer
    seen under its name takes the name it is seen under most."""
    c.execute("DELETE FROM speaker_aliases WHERE doc_id = ?", (doc_id,))
    c.execute("DELETE FROM speakers WHERE id NOT IN (SELECT speaker_id FROM speaker_aliases) "
              "AND id NOT IN (SELECT speaker_id FROM attributions WHERE speaker_id IS NOT NULL)")
    c.execute("UPDATE speakers SET name = (SELECT alias FROM speaker_aliases al WHERE al.speaker_id = speakers.id "
              "GROUP BY alias ORDER BY sum(count) DESC, alias LIMIT 1) "
              "WHERE name NOT IN (SELECT alias FROM speaker_aliases al WHERE al.speaker_id = speakers.id)")


def name_speakers(c: sqlite3.Connection) -> None:
    """Give every speaker its display name (see :data:`NAME_SPEAKERS_SQL`) and rebuild the
    speaker search index, in one transaction."""
    with transaction(c):
        c.execute(NAME_SPEAKERS_SQL)
        search.index_speakers(c)


def assignment(c: sqlite3.Connection) -> dict[int, int]:
    """Each attribution's speaker id (attributions without a speaker left out)."""
    return dict(c.execute("SELECT id, speaker_id FROM attributions WHERE speaker_id IS NOT NULL").fetchall())


def reidentify(c: sqlite3.Connection, aliases: AliasConfig | None, before: Mapping[int, int] | None = None) -> int:
    """Rebuild every speaker from the stored attributions, in one transaction; returns the number
    of speakers.

    Names of two words or more are resolved first, shortest first, and bare names last, so
    a bare surname meets every full name in the store and a run-on form meets its short
    one, whatever order the articles came in.  Ids are kept (:func:`_keep_ids`): each rebuilt
    speaker takes the id its claims had — ``before`` (attribution id → speaker id, e.g. as an
    ingest found them) where it knows the claim, else the current one.
    """
    index = SpeakerIndex(aliases)
    with transaction(c):  # read inside: another process may be adding documents
        rows = c.execute(
            "SELECT a.id, a.doc_id, a.speaker_name_doc, a.speaker_role, a.speaker_type FROM attributions a "
            "JOIN documents d ON d.doc_id = a.doc_id ORDER BY a.doc_id, a.cue_start, a.id").fetchall()
        # shortest full names first (جون كيري before its run-on forms), bare names last
        rows.sort(key=lambda r: _resolution_order(name_key(r["speaker_name_doc"] or "", r["speaker_type"])))
        current = assignment(c)
        old = {**current, **{aid: sid for aid, sid in (before or {}).items() if aid in current}}
        c.execute("PRAGMA defer_foreign_keys = ON")  # ids move inside the transaction
        c.execute("UPDATE attributions SET speaker_id = NULL")
        c.execute("DELETE FROM speaker_aliases")
        c.execute("DELETE FROM speakers")
        temporary = count(-1, -1)  # negative until _keep_ids gives each speaker its id
        _resolve_rows(c, index, rows, lambda: next(temporary))
        _keep_ids(c, old, set(before.values()) if before is not None else set(old.values()))
        c.execute(NAME_SPEAKERS_SQL)
        search.index_speakers(c)
        c.execute("DELETE FROM meta WHERE key = 'stale_identity'")
    return len(index.speakers)


def _keep_ids(c: sqlite3.Connection, old: Mapping[int, int], known: set[int]) -> None:
    """Give each rebuilt speaker (a negative temporary id) its lasting id.

    The pairs (rebuilt speaker, old id) are taken most shared claims first: each rebuilt
    speaker keeps the old id most of its claims had, unless a bigger share took it; the others
    get ids never given before.  An old id (of ``known``) no speaker kept was *merged* into the
    speaker that took most of its claims; a new id that took claims of a kept one was *split*
    from it; both are recorded in ``speaker_changes``.
    """
    new = assignment(c)
    shared = Counter((sid, old[aid]) for aid, sid in new.items() if aid in old)
    pairs = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0][1], -kv[0][0]))
    final: dict[int, int] = {}
    for (temp, was), _ in pairs:
        if temp not in final and was not in final.values():
            final[temp] = was
    unmatched = sorted(set(new.values()) - set(final), reverse=True)  # -1, -2, …: resolution order
    final.update(zip(unmatched, reserve_ids(c, "speaker", len(unmatched))))
    kept = set(final.values())
    changes = []
    for (temp, was), n in pairs:
        if was not in known:
            continue
        if was not in kept and not any(ch[2] == was for ch in changes):
            changes.append(("merged", final[temp], was, n))
        elif was in kept and final[temp] != was and final[temp] not in known:
            changes.append(("split", final[temp], was, n))
    c.execute("CREATE TEMP TABLE IF NOT EXISTS speaker_ids (temporary INTEGER PRIMARY KEY, final INTEGER)")
    c.execute("DELETE FROM temp.speaker_ids")
    c.executemany("INSERT INTO temp.speaker_ids VALUES (?, ?)", final.items())
    for table, column in (("speakers", "id"), ("speaker_aliases", "speaker_id"), ("attributions", "speaker_id")):
        c.execute(f"UPDATE {table} SET {column} = (SELECT final FROM temp.speaker_ids WHERE temporary = {column}) "
                  f"WHERE {column} < 0")
    at = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    c.executemany("INSERT INTO speaker_changes(at, change, speaker_id, other_id, n_claims) VALUES (?, ?, ?, ?, ?)",
                  [(at, *ch) for ch in changes])


def speakers_named(c: sqlite3.Connection, query: str) -> list[int]:
    """The ids of the speakers ``query`` may name: a canonical name or any alias after Arabic
    normalisation, or from three letters on a whole-word part of one (``العتيبي``).  A query
    whose name key is empty (``_``, ``(``: no letters) names nobody."""
    q = fold(query)
    keys = {name_key(query, t) for t in (None, "person", "organization")} - {""}
    if not q or not keys:
        return []
    ids: set[int] = set()
    rows = c.execute(
        "SELECT s.id, s.name AS alias, NULL AS alias_norm FROM speakers s "
        "UNION ALL SELECT speaker_id, alias, alias_norm FROM speaker_aliases")
    padded = f" {q} "
    for sid, alias, norm in rows:
        f = fold(alias)
        if f == q or norm in keys or (len(q) >= 3 and padded in f" {f} "):
            ids.add(sid)
    return sorted(ids)


def _resolution_order(key: str) -> tuple[bool, int]:
    n = len(key.split())
    return n < 2, n
