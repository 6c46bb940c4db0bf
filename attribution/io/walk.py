"""Folders to input files: a sorted walk that reads each file once and names each document.

The walk goes on past an unreadable entry (one problem line each), follows symbolic links
but enters each folder once (``sub/loop -> ..`` is not walked again) and lists each file
once (a link to a file already listed is left out).  :func:`document_keys` gives each file
the name its documents are known by: the file stem, or — for a nested file whose stem
another file under the same root shares — its path relative to the root, without suffix.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> for rel in ("news.txt", "a/index.html", "b/index.html", "b/other.txt"):
...     (root / rel).parent.mkdir(parents=True, exist_ok=True); _ = (root / rel).write_text("قال")
>>> files = walk_inputs(root, print)
>>> [document_keys(root, files)[f] for f in files]
['a/index', 'b/index', 'other', 'news']
"""
from __future__ import annotations

import os
import stat
from collections import Counter
from pathlib import Path
from typing import Callable, Iterator

__all__ = ["INPUT_SUFFIXES", "walk_inputs", "document_keys", "is_input_file"]

#: File suffixes picked up when walking a folder.
INPUT_SUFFIXES = (".txt", ".jsonl", ".csv", ".tsv", ".html", ".htm", ".conllu")


def is_input_file(name: str) -> bool:
    """An article file by its name: one of :data:`INPUT_SUFFIXES`, not a ``*.gold.jsonl`` annotation."""
    lower = name.lower()
    return lower.endswith(INPUT_SUFFIXES) and not lower.endswith(".gold.jsonl")


def _identity(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def _entries(folder: str, report: Callable[[str], None]) -> Iterator[os.DirEntry]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        report(f"{folder}: cannot read folder ({e.strerror or e})")
        return iter(())
    return (e for e in entries if not e.name.startswith("."))  # hidden files and folders


def walk_inputs(root: str | Path, report: Callable[[str], None]) -> list[Path]:
    """Input files under ``root``, recursively, in sorted order, each once.

    Takes :data:`INPUT_SUFFIXES`; skips ``*.gold.jsonl`` and hidden files and folders.  An
    entry that cannot be read (no permission, a link to itself, a broken link) is reported
    with ``report`` and the walk goes on.
    """
    root = Path(root)
    try:
        seen_folders = {_identity(root.stat())}
    except OSError as e:
        report(f"{root}: cannot read folder ({e.strerror or e})")
        return []
    seen_files: set[tuple[int, int]] = set()
    files: list[Path] = []
    stack = [_entries(str(root), report)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        try:
            st = entry.stat()  # follows links: a link to a folder is walked like the folder
        except OSError as e:
            report(f"{entry.path}: cannot read ({e.strerror or e})")
            continue
        if stat.S_ISDIR(st.st_mode):
            if _identity(st) not in seen_folders:
                seen_folders.add(_identity(st))
                stack.append(_entries(entry.path, report))
        elif is_input_file(entry.name) and _identity(st) not in seen_files:
            seen_files.add(_identity(st))
            files.append(Path(entry.path))
    return files


def document_keys(root: str | Path, files: list[Path]) -> dict[Path, str]:
    """The name each file's documents go by: its stem, unless a nested file's stem is shared.

    Files directly in ``root`` always keep their stem (gold files and users' joins depend on
    it); a nested file whose stem another file under ``root`` has too is named by its path
    relative to ``root`` without the suffix, with ``/`` between folders (``2015/07/news``).
    """
    root = Path(root)
    stems = Counter(f.stem for f in files)
    keys = {}
    for f in files:
        rel = f.relative_to(root)
        keys[f] = f.stem if len(rel.parts) == 1 or stems[f.stem] == 1 else rel.with_suffix("").as_posix()
    return keys
