"""What every command group of the CLI shares: the error line, the --db option, date checks."""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

DbOpt = Annotated[Path, typer.Option("--db", metavar="FILE", help="The SQLite claim store.",
                                     dir_okay=False, show_default=False)]
#: ``--participles``: attribution.extract.PARTICIPLES and DEFAULT_PARTICIPLES, repeated here so
#: that ``--help`` does not import the extractor (tests/test_cli_extract.py keeps them equal).
PARTICIPLE_MODES = ("off", "fold", "separate")
DEFAULT_PARTICIPLES = "off"


def check_participles(value: str) -> str:
    """Typer callback for ``--participles``."""
    if value not in PARTICIPLE_MODES:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(PARTICIPLE_MODES)}")
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
