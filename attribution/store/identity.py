"""Speaker identity in the store: the one room where stored attributions meet
:mod:`attribution.speakers.across_documents`.

The writes store each attribution with the speaker name its document gave it
(``speaker_name_doc``); this module turns those names into canonical speakers (``speakers``,
``speaker_aliases``, ``attributions.speaker_id``):

- :func:`settle` re-resolves what the ingests since the last pass touched: the neighbourhoods
  (:mod:`attribution.store.neighbours`) of the names they added and removed, in the order of the
  whole-store pass, so it gives what :func:`reidentify` gives — at the cost of what was touched;
- :func:`reidentify` rebuilds every speaker from the stored names in an order that does not
  depend on the order articles arrived in (``attribution reindex``);
- both give each rebuilt speaker the id its claims had (:func:`_keep_ids`): ids are never
  renumbered, a merge or a split is recorded in ``speaker_changes``;
- :func:`speakers_named` finds the speakers a name given by a user may mean (``--speaker``).
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import count
from pathlib import Path
from typing import Callable, Iterable, Mapping

from attribution.speakers.across_documents import AliasConfig, SpeakerIndex, fold, load_aliases, name_key
from attribution.store import neighbours, search
from attribution.store.schema import clear_pending, pending, transaction
from attribution.store.writes import reserve_ids

__all__ = ["remembered_aliases", "settle", "reidentify", "rebuild_all", "name_speakers", "speakers_named",
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


@dataclass
class _Rows:
    """The speakers and aliases one resolution makes, written together once it is done (every
    speaker it meets is new: the index starts empty): id → [name, type, roles, scope], and
    (speaker, alias, document) → [normalised alias, count], in the order first met."""

    speakers: dict[int, list] = field(default_factory=dict)
    aliases: dict[tuple[int, str, str], list] = field(default_factory=dict)

    def write(self, c: sqlite3.Connection, final: Mapping[int, int]) -> None:
        """Insert the speakers and aliases under their lasting ids (``final``: temporary → lasting)."""
        c.executemany("INSERT INTO speakers(id, name, type, roles, scope) VALUES (?, ?, ?, ?, ?)",
                      [(final[sid], *row) for sid, row in self.speakers.items()])
        c.executemany("INSERT INTO speaker_aliases(speaker_id, alias, alias_norm, doc_id, count) VALUES (?, ?, ?, ?, ?) "
                      "ON CONFLICT(speaker_id, alias, doc_id) DO UPDATE SET count = count + excluded.count",
                      [(final[sid], alias, norm, doc_id, n) for (sid, alias, doc_id), (norm, n) in self.aliases.items()])


def _resolve_rows(index: SpeakerIndex, rows: Iterable[sqlite3.Row], new_id: NewId) -> tuple[_Rows, dict[int, int]]:
    """Give each row (in the order given) its speaker: the speakers and aliases made, and
    attribution id → speaker id (nothing is written yet: the ids are temporary).

    A row that names its speaker exactly as the row before it did (name, role, type, document:
    half the rows, a speaker quoted several times in one article) is that row's speaker without
    a second resolution: the row before changed only that speaker, which now holds the name, its
    role and its type, so the index would give it again.  It counts once more under its alias."""
    updates: dict[int, int] = {}
    made = _Rows()
    last: tuple | None = None
    sid: int | None = None
    for r in rows:
        named = _Named(r["speaker_name_doc"], r["speaker_role"], r["speaker_type"])
        here = (named, r["doc_id"])
        if here == last and sid is not None:
            _add_alias(made, index, sid, named.speaker_name, r["doc_id"])
        else:
            sid = _resolve_speaker(made, index, named, r["doc_id"], new_id)
        last = here
        if sid is not None:
            updates[r["id"]] = sid
    return made, updates


def _resolve_speaker(made: _Rows, index: SpeakerIndex, rec: _Named, doc_id: str, new_id: NewId) -> int | None:
    name = rec.speaker_name
    if not name or not name.strip():
        return None
    sid, canon, scope = index.resolve(name, rec.speaker_type, rec.speaker_role, doc_id)
    if sid is None:
        roles = [rec.speaker_role] if rec.speaker_role else []
        sid = new_id()
        made.speakers[sid] = [canon, rec.speaker_type, json.dumps(roles, ensure_ascii=False), scope]
        index.add(sid, canon, rec.speaker_type, roles, scope)
        if canon != name:  # the user's canonical name is an alias too
            _add_alias(made, index, sid, canon, "")
    else:
        sp, row = index.speakers[sid], made.speakers[sid]
        if canon != sp.name:  # a bare surname speaker learns its full name
            row[0] = canon
            index.rename(sid, canon)
        if index.add_role(sid, rec.speaker_role):
            row[2] = json.dumps(sp.roles, ensure_ascii=False)
        if sp.type in (None, "", "unknown") and rec.speaker_type not in (None, "", "unknown"):
            sp.type = row[1] = rec.speaker_type
    _add_alias(made, index, sid, name, doc_id)
    return sid


def _add_alias(made: _Rows, index: SpeakerIndex, sid: int, alias: str, doc_id: str) -> None:
    key = (sid, alias, doc_id)
    if key in made.aliases:
        made.aliases[key][1] += 1
    else:  # normalised as the speaker's type is when the alias is first met
        made.aliases[key] = [name_key(alias, index.speakers[sid].type), 1]
    index.add_alias(sid, alias)


def name_speakers(c: sqlite3.Connection) -> None:
    """Give every speaker its display name (see :data:`NAME_SPEAKERS_SQL`) and rebuild the
    speaker search index, in one transaction."""
    with transaction(c):
        c.execute(NAME_SPEAKERS_SQL)
        search.index_speakers(c)


def assignment(c: sqlite3.Connection) -> dict[int, int]:
    """Each attribution's speaker id (attributions without a speaker left out)."""
    return dict(c.execute("SELECT id, speaker_id FROM attributions WHERE speaker_id IS NOT NULL").fetchall())


def reidentify(c: sqlite3.Connection, aliases: AliasConfig | None) -> int:
    """Rebuild every speaker from the stored attributions, in one transaction (see :func:`rebuild_all`)."""
    with transaction(c):  # read inside: another process may be adding documents
        return rebuild_all(c, aliases)


def rebuild_all(c: sqlite3.Connection, aliases: AliasConfig | None) -> int:
    """Rebuild every speaker from the stored attributions, in the caller's transaction; returns
    the number of speakers.

    Names of two words or more are resolved first, shortest first, and bare names last, so
    a bare surname meets every full name in the store and a run-on form meets its short
    one, whatever order the articles came in.  Ids are kept (:func:`_keep_ids`): each rebuilt
    speaker takes the id its claims had.
    """
    rows = c.execute("SELECT a.id, a.doc_id, a.speaker_name_doc, a.speaker_role, a.speaker_type, a.cue_start "
                     "FROM attributions a ORDER BY a.doc_id, a.cue_start, a.id").fetchall()
    old = assignment(c)
    c.execute("PRAGMA defer_foreign_keys = ON")  # ids move inside the transaction
    c.execute("UPDATE attributions SET speaker_id = NULL WHERE speaker_id IS NOT NULL")
    c.execute("DELETE FROM speaker_aliases")
    c.execute("DELETE FROM speakers")
    n = _resolve_in_order(c, rows, aliases, old, set(old.values()))
    c.execute(NAME_SPEAKERS_SQL)
    search.index_speakers(c)
    neighbours.index_all(c, aliases)
    clear_pending(c, "node", "speaker")
    c.execute("DELETE FROM meta WHERE key = 'stale_identity'")
    return n


def settle(c: sqlite3.Connection, aliases: AliasConfig | None) -> int:
    """Re-resolve the speakers of what the ingests since the last pass added or removed (the
    pending names and speakers), in the caller's transaction; returns the number of claims
    re-resolved.  The result is the one :func:`rebuild_all` would give (see
    :mod:`attribution.store.neighbours`), except for the ids, which are kept."""
    seeds = [neighbours.Node.decode(item) for item, _ in pending(c, "node")]
    touched = [int(item) for item, _ in pending(c, "speaker")]
    nodes, speakers = neighbours.neighbourhood(c, seeds, touched, aliases)
    rows, gone = [], []
    for node in nodes:
        found = neighbours.rows_of(c, node)
        rows.extend(found)
        if not found:
            gone.append(node)
    old = {r["id"]: r["speaker_id"] for r in rows if r["speaker_id"] is not None}
    speakers = {sid for chunk in _chunks(sorted(speakers | set(old.values())))
                for (sid,) in c.execute(f"SELECT id FROM speakers WHERE id IN ({_marks(chunk)})", chunk)}
    c.execute("PRAGMA defer_foreign_keys = ON")
    for chunk in _chunks(sorted(speakers)):
        search.unindex_speakers(c, chunk)
        c.execute(f"DELETE FROM speaker_aliases WHERE speaker_id IN ({_marks(chunk)})", chunk)
        c.execute(f"DELETE FROM speakers WHERE id IN ({_marks(chunk)})", chunk)  # their claims' ids go NULL
    rows.sort(key=lambda r: (r["doc_id"], r["cue_start"] if r["cue_start"] is not None else -1, r["id"]))
    _resolve_in_order(c, rows, aliases, old, speakers)
    c.execute(NAME_SPEAKERS_SQL + " WHERE id IN (SELECT final FROM temp.speaker_ids)")
    search.index_speakers(c, [sid for (sid,) in c.execute("SELECT final FROM temp.speaker_ids")])
    neighbours.forget(c, gone, aliases)
    clear_pending(c, "node", "speaker")
    return len(rows)


def _resolve_in_order(c: sqlite3.Connection, rows: list[sqlite3.Row], aliases: AliasConfig | None,
                      old: Mapping[int, int], known: set[int]) -> int:
    """Resolve ``rows`` (in text order) with a fresh index in the order that makes the result
    independent of ingestion order, then give the speakers their lasting ids; returns how many."""
    # shortest full names first (جون كيري before its run-on forms), bare names last
    orders: dict[tuple[str, str | None], tuple[bool, int]] = {}  # (names recur: each key once)

    def order(r: sqlite3.Row) -> tuple[bool, int]:
        named = (r["speaker_name_doc"] or "", r["speaker_type"])
        if named not in orders:
            orders[named] = _resolution_order(name_key(*named))
        return orders[named]

    rows = sorted(rows, key=order)
    index = SpeakerIndex(aliases)
    temporary = count(-1, -1)  # negative until _keep_ids gives each speaker its id
    made, new = _resolve_rows(index, rows, lambda: next(temporary))
    final = _keep_ids(c, old, known, new, set(made.speakers))
    # written once under their lasting ids (renumbering the rows written under temporary ones
    # rewrote every speaker, alias and claim a second time: ≈ 0.7 CPU s of a 5,996-article store)
    made.write(c, final)
    c.executemany("UPDATE attributions SET speaker_id = ? WHERE id = ?", [(final[sid], aid) for aid, sid in new.items()])
    return len(index.speakers)


def _keep_ids(c: sqlite3.Connection, old: Mapping[int, int], known: set[int], new: Mapping[int, int],
              temporaries: set[int]) -> dict[int, int]:
    """Give each rebuilt speaker (a negative temporary id of ``temporaries``, in ``new``:
    attribution → speaker) its lasting id; returns temporary → lasting id, also left in
    ``temp.speaker_ids``.

    The pairs (rebuilt speaker, old id) are taken most shared claims first: each rebuilt
    speaker keeps the old id most of its claims had (``old``), unless a bigger share took it;
    the others get ids never given before.  An old id (of ``known``) no speaker kept was
    *merged* into the speaker that took most of its claims; a new id that took claims of a kept
    one was *split* from it; both are recorded in ``speaker_changes``.
    """
    shared = Counter((sid, old[aid]) for aid, sid in new.items() if aid in old)
    pairs = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0][1], -kv[0][0]))
    final: dict[int, int] = {}
    taken: set[int] = set()
    for (temp, was), _ in pairs:
        if temp not in final and was not in taken:
            final[temp] = was
            taken.add(was)
    unmatched = sorted(temporaries - set(final), reverse=True)  # -1, -2, …: resolution order
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
    at = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    c.executemany("INSERT INTO speaker_changes(at, change, speaker_id, other_id, n_claims) VALUES (?, ?, ?, ?, ?)",
                  [(at, *ch) for ch in changes])
    return final


def _chunks(values: list, size: int = 500) -> Iterable[list]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _marks(values: list) -> str:
    return ",".join("?" * len(values))


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
