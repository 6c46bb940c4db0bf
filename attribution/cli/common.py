"""What every command group of the CLI shares: the error line, the --db option, date checks."""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated, Any, Callable, NoReturn, Optional, Sequence

import typer

from attribution.options import BACKENDS, DEFAULT_PARTICIPLES, PARTICIPLES

DbOpt = Annotated[Path, typer.Option("--db", metavar="FILE", help="The SQLite claim store.",
                                     dir_okay=False, show_default=False)]


def check_backend(value: str) -> str:
    """Typer callback for ``--backend`` (case-insensitive)."""
    if value.lower() not in BACKENDS:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(BACKENDS)}")
    return value.lower()


def check_participles(value: str) -> str:
    """Typer callback for ``--participles``."""
    if value not in PARTICIPLES:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(PARTICIPLES)}")
    return value


ParticiplesOpt = Annotated[str, typer.Option(
    "--participles", metavar="off|fold|separate", callback=check_participles,
    help="Participle cues (…، مضيفا أن / مشيرا إلى أن). off (default): no records of their own; a "
         "participle continuing a report stays in that report's claim, as Universal Dependencies "
         "analyses it. fold: the same, but a participle after a verb that reports nothing "
         "(وافتتح الوزير المعرض، مؤكدا أن…) is a record. separate: every participle is a record.")]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([ T]\d{2}(:\d{2}(:\d{2})?)?)?)?)?$")


def fail(message: str, code: int = 1) -> NoReturn:
    """One clear line on stderr, then exit (1 for a failure, 2 for a usage error)."""
    print(f"error: {message}", file=sys.stderr, flush=True)
    raise typer.Exit(code)


def check_date(value: Optional[str]) -> Optional[str]:
    """Typer callback: YYYY, YYYY-MM or YYYY-MM-DD (with an optional time)."""
    if value is not None and not _DATE.match(value.strip()):
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return value.strip() if value is not None else None


def load_cues(cues: Optional[Path]) -> Any:
    """The lexicon for ``--cues FILE`` (the default lexicon plus the file), or ``None`` without it."""
    if cues is None:
        return None
    from attribution.lexicon.cues import load_lexicon

    return load_lexicon(Path(cues))


def open_existing(db: Path):
    """The claim store at ``db``; a missing file is an error, not a new store."""
    from attribution.store.core import open_store

    return open_store(db, create=False)


def show_frame(db: Path, query: Callable[[Any], Any], *, fmt: Optional[str], out: Optional[str],
               excel: bool, title: str, terminal_columns: Optional[Sequence[str]] = None) -> None:
    """Run ``query(store)`` on an existing store and write the DataFrame it returns.

    Every column goes to files; ``terminal_columns`` (those present) is what ``--format table``
    shows.  Library errors end the command with one line.
    """
    from attribution.errors import AttributionError
    from attribution.io.output import check_output, plain_value, resolve_format, write_rows

    try:
        fmt = resolve_format(fmt, out)
        check_output(fmt, out)
        with open_existing(db) as store:
            df = query(store)
        columns = list(df.columns)
        if fmt == "table" and terminal_columns:
            columns = [c for c in terminal_columns if c in columns]
        rows = ({c: plain_value(v) for c, v in zip(df.columns, row)} for row in df.itertuples(index=False, name=None))
        write_rows(rows, fmt=fmt, out=out, excel=excel, columns=columns, title=title)
    except AttributionError as e:
        fail(str(e))
