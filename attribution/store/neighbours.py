"""Which speaker names can change each other's speaker: the neighbourhood an ingest re-resolves.

:class:`~attribution.speakers.across_documents.SpeakerIndex` finds the speakers a name may be
through a few lookups on its normalised forms: its name key and transliteration key, the first
and last words of a person's name (a surname meets the full names it completes), near spellings
with as many words.  A name is only resolved otherwise because of a name it meets in one of
those lookups, so the names connected through them — a neighbourhood — resolve alike whatever
else the store holds: re-resolving the neighbourhoods of what an ingest added or removed, in the
order of the whole-store pass, gives what the whole-store pass gives
(:func:`attribution.store.identity.settle`).

A *node* is a name as the store resolves it: ``(name, type)`` for a name that identifies its
speaker across documents, ``(name, type, document)`` for one that does only inside its own
(:func:`~attribution.speakers.across_documents.is_local`: مصدر مطلع، الوزير، a bare الجبير).
``speaker_names`` keeps each node's *buckets*, the lookups it takes part in: mode ``h`` it is
found there, ``q`` it looks there, ``b`` both, ``c`` it is found there once it has joined a speaker
named across documents (a bare surname joining the one full name it completes).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from rapidfuzz import fuzz, process

from attribution.speakers.across_documents import NEAR_THRESHOLD, AliasConfig, is_local, name_key, translit_key

__all__ = ["Node", "node_of", "buckets", "register", "forget", "stored_nodes", "index_all", "neighbourhood", "rows_of"]

_PEOPLE = (None, "", "unknown", "person")  # the types a surname or a first name can identify
_FOUND = ("h", "b", "c")  # the modes of a node others find in a bucket (``c`` only once named across documents)


@dataclass(frozen=True)
class Node:
    """A speaker name as the store resolves it (``doc_id`` for a name that is local to its document)."""

    name: str
    type: str | None
    doc_id: str | None = None

    def encode(self) -> str:
        return json.dumps([self.doc_id, self.type, self.name], ensure_ascii=False)

    @staticmethod
    def decode(text: str) -> "Node":
        doc_id, type_, name = json.loads(text)
        return Node(name, type_, doc_id)


def node_of(name: str | None, type_: str | None, doc_id: str, aliases: AliasConfig | None) -> Node | None:
    """The node of a stored attribution's speaker name (``None`` for no name: no speaker)."""
    if not name or not name.strip():
        return None
    if aliases is not None and aliases.canonical_for(name, type_) is not None:
        return Node(name, type_)  # the user's correction names it across documents
    return Node(name, type_, doc_id if is_local(name, type_) else None)


def buckets(node: Node, aliases: AliasConfig | None) -> list[tuple[str, str]]:
    """The lookups of :meth:`SpeakerIndex.resolve` a node takes part in, as ``(bucket, mode)``.

    >>> buckets(Node("عادل الجبير", "person"), None)  # doctest: +NORMALIZE_WHITESPACE
    [('k عدل gبر', 'b'), ('n2 عادل جبير', 'h'), ('fl عدل gبر', 'b'), ('fs عدل gبر', 'b'), ('s gبر', 'b'),
     ('k gبر', 'q')]
    >>> buckets(Node("الجبير", "person", "d1"), None)  # found by its full name's speaker, once it joins it
    [('k gبر', 'c'), ('s gبر', 'q')]
    """
    return list(_buckets(node.name, node.type, node.doc_id is not None,
                         aliases.canonical_for(node.name, node.type) if aliases is not None else None))


@lru_cache(maxsize=1 << 16)
def _buckets(name: str, type_: str | None, local: bool, canon: str | None) -> tuple[tuple[str, str], ...]:
    out: dict[tuple[str, str], None] = {}
    person = type_ in _PEOPLE
    found = "c" if local else "h"
    both = "c" if local else "b"  # a local name looks in no store-wide lookup: it is only found
    for key in dict.fromkeys(k for k in (name_key(name, type_), canon and name_key(canon, type_)) if k):
        words = key.split()
        ends = [translit_key(w) for w in words]
        out[(f"k {translit_key(key)}", both)] = None  # the same name key or transliteration
        if len(words) > 1:
            out[(f"n{len(words)} {key}", found)] = None  # near spellings of as many words
            if person:
                out[(f"fl {ends[0]} {ends[-1]}", both)] = None  # a longer or shorter form of one name
                out[(f"fs {ends[0]} {ends[1]}", both)] = None
                out[(f"s {ends[-1]}", found)] = None  # the full names a bare surname may complete
                out[(f"s {ends[-1]}", "q")] = None  # a full name adopts the bare surname's speaker when
                out[(f"k {ends[-1]}", "q")] = None  # no other full name ends with it
        elif person:
            out[(f"s {ends[0]}", "q")] = None  # a bare surname joins the one full name it completes
    rows = {}
    for bucket, mode in out:  # found and looking in one bucket: both
        rows[bucket, "b" if mode in ("h", "q") and (bucket, "h" if mode == "q" else "q") in out else mode] = None
    return tuple(rows)


def register(c: sqlite3.Connection, nodes: Iterable[Node], aliases: AliasConfig | None) -> None:
    """Keep the buckets of ``nodes`` (new names in the store), in the caller's transaction."""
    rows = sorted({(b, m, enc) for n in nodes for enc in (n.encode(),) for b, m in buckets(n, aliases)})
    c.executemany("INSERT OR IGNORE INTO speaker_names(bucket, mode, node) VALUES (?, ?, ?)", rows)  # in key order


def forget(c: sqlite3.Connection, nodes: Iterable[Node], aliases: AliasConfig | None) -> None:
    """Drop the buckets of ``nodes`` (names no attribution carries any more)."""
    c.executemany("DELETE FROM speaker_names WHERE bucket = ? AND mode = ? AND node = ?",
                  ((b, m, enc) for n in nodes for enc in (n.encode(),) for b, m in buckets(n, aliases)))


def stored_nodes(c: sqlite3.Connection, aliases: AliasConfig | None, where: str = "1",
                 params: tuple = ()) -> Iterator[tuple[Node, sqlite3.Row]]:
    """Each attribution (``where``) with its node."""
    for r in c.execute("SELECT id, doc_id, speaker_name_doc, speaker_type, speaker_id FROM attributions "
                       f"WHERE {where}", params):
        node = node_of(r["speaker_name_doc"], r["speaker_type"], r["doc_id"], aliases)
        if node is not None:
            yield node, r


def index_all(c: sqlite3.Connection, aliases: AliasConfig | None) -> None:
    """Rebuild ``speaker_names`` from every stored attribution (a migration, new alias corrections)."""
    c.execute("DELETE FROM speaker_names")
    register(c, {node for node, _ in stored_nodes(c, aliases)}, aliases)


class _Neighbourhood:
    """The closure of some nodes under "meets in a lookup", read from ``speaker_names``."""

    def __init__(self, c: sqlite3.Connection, aliases: AliasConfig | None) -> None:
        self.c, self.aliases = c, aliases
        self.nodes: set[Node] = set()
        self._found: dict[Node, bool] = {}
        self._near: dict[int, dict[str, list[tuple[str, str]]]] = {}

    def grow(self, seeds: Iterable[Node]) -> set[Node]:
        """Add ``seeds`` and everything they meet; returns the nodes added."""
        todo = [n for n in seeds if n not in self.nodes]
        added: set[Node] = set()
        while todo:
            node = todo.pop()
            if node in self.nodes:
                continue
            self.nodes.add(node)
            added.add(node)
            todo.extend(n for n in self._met(node) if n not in self.nodes)
        return added

    def _met(self, node: Node) -> Iterator[Node]:
        found = self._may_be_found(node)
        for bucket, mode in buckets(node, self.aliases):
            if mode in ("q", "b"):  # who it may find
                yield from (n for n, m in self._members(bucket, _FOUND) if m != "c" or self._may_be_found(n))
            if mode in ("h", "b") or (mode == "c" and found):  # who may find it
                yield from (n for n, _ in self._members(bucket, ("q", "b")))
        if found:
            yield from self._near_spellings(node)
        if node.doc_id is not None:  # the other mentions of its document under the same name
            key = name_key(node.name, node.type)
            for other, _ in stored_nodes(self.c, self.aliases, "doc_id = ?", (node.doc_id,)):
                if other.doc_id is not None and name_key(other.name, other.type) == key:
                    yield other

    def _members(self, bucket: str, modes: tuple[str, ...]) -> Iterator[tuple[Node, str]]:
        for enc, mode in self.c.execute(f"SELECT node, mode FROM speaker_names WHERE bucket = ? AND mode IN "
                                        f"({','.join('?' * len(modes))})", (bucket, *modes)):
            yield Node.decode(enc), mode

    def _may_be_found(self, node: Node) -> bool:
        """Whether store-wide lookups may find the node: a name that is not local, or a local one
        that may join a speaker named across documents — a bare surname some full name ends with
        (الجبير: عادل الجبير), or a full name that may adopt a bare surname's speaker."""
        if node.doc_id is None:
            return True
        if node.type not in _PEOPLE:
            return False
        if node not in self._found:
            words = [translit_key(w) for w in name_key(node.name, node.type).split()]
            if len(words) == 1:
                self._found[node] = any(mode != "c" or self._adopts(m, translit_key(name_key(m.name, m.type).split()[-1]))
                                        for m, mode in self._members(f"s {words[0]}", _FOUND))
            else:
                self._found[node] = bool(words) and self._adopts(node, words[-1])
        return self._found[node]

    def _adopts(self, node: Node, last: str) -> bool:
        """A full name may adopt the speaker of a bare surname named across documents (its ``k`` bucket)."""
        return any(True for _ in self._members(f"k {last}", ("b",)))

    def _near_spellings(self, node: Node) -> Iterator[Node]:
        """The nodes of as many words within the near-spelling threshold, either way round."""
        key = name_key(node.name, node.type)
        n = len(key.split())
        if n < 2:
            return
        if n not in self._near:
            keys: dict[str, list[tuple[str, str]]] = {}
            prefix = f"n{n} "
            for bucket, mode, enc in self.c.execute("SELECT bucket, mode, node FROM speaker_names WHERE bucket >= ? "
                                                    "AND bucket < ?", (prefix, f"n{n}!")):
                keys.setdefault(bucket[len(prefix):], []).append((enc, mode))
            self._near[n] = keys
        keys = self._near[n]
        for other, _score, _i in process.extract(key, list(keys), scorer=fuzz.ratio, score_cutoff=NEAR_THRESHOLD,
                                                 limit=None):
            for enc, mode in keys[other]:
                found = Node.decode(enc)
                if mode != "c" or self._may_be_found(found):
                    yield found


def neighbourhood(c: sqlite3.Connection, seeds: Iterable[Node], speakers: Iterable[int],
                  aliases: AliasConfig | None) -> tuple[set[Node], set[int]]:
    """The nodes that ``seeds`` and the names of ``speakers`` meet, and every speaker that any of
    them is quoted as (whole: a speaker is re-resolved with all its names, or not at all)."""
    hood = _Neighbourhood(c, aliases)
    todo_speakers, seen_speakers = set(speakers), set()
    new = hood.grow(seeds)
    while new or todo_speakers:
        for node in new:  # the speakers the new nodes are quoted as
            todo_speakers.update(r["speaker_id"] for r in rows_of(c, node) if r["speaker_id"] is not None)
        todo_speakers -= seen_speakers
        seen_speakers |= todo_speakers
        names: set[Node] = set()
        for sid in sorted(todo_speakers):
            names.update(node for node, _ in stored_nodes(c, aliases, "speaker_id = ?", (sid,)))
        todo_speakers = set()
        new = hood.grow(names)
    return hood.nodes, seen_speakers


def rows_of(c: sqlite3.Connection, node: Node) -> list[sqlite3.Row]:
    """The attributions a node stands for."""
    sql = ("SELECT id, doc_id, speaker_name_doc, speaker_role, speaker_type, speaker_id, cue_start FROM attributions "
           "WHERE speaker_name_doc = ? AND speaker_type IS ?")
    if node.doc_id is not None:
        return c.execute(sql + " AND doc_id = ?", (node.name, node.type, node.doc_id)).fetchall()
    return c.execute(sql, (node.name, node.type)).fetchall()

