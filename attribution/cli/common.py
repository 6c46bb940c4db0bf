"""What the commands share: every shared option (declared once), the error wrapper, small helpers.

Each option is a Typer alias with one metavar and one help text; a command takes it with its
default (``backend: BackendOpt = DEFAULT_BACKEND``).  :func:`translate_errors` wraps every
command: a library exception becomes one ``error:`` line on stderr and exit code 1; usage errors
(bad option values, and those :func:`usage_error` reports) exit 2.
"""
from __future__ import annotations

import codecs
import functools
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Callable, List, NoReturn, Optional, Sequence, TypeVar

import typer
from typer.exceptions import TyperException

from attribution.errors import AttributionError, FilterError
from attribution.store.filters import DATE_PATTERN, check_filters
from attribution.io.output import ExcelOpt, FormatOpt, OutputOpt, check_output, resolve_format
from attribution.io.problems import MAX_CHARS
from attribution.options import BACKENDS, DEFAULT_BACKEND, DEFAULT_PARTICIPLES, MODELS_ENV, PARTICIPLES

__all__ = [
    "InputsArg", "TextFieldOpt", "EncodingOpt", "CuesOpt", "BackendOpt", "ModelsDirOpt", "ParticiplesOpt",
    "JobsOpt", "MaxCharsOpt", "LimitOpt", "QuietOpt", "DbOpt", "FormatOpt", "OutputOpt", "ExcelOpt", "SpeakerOpt",
    "TopicOpt", "OutletOpt", "SinceOpt", "UntilOpt", "SearchOpt", "DEFAULT_BACKEND", "DEFAULT_PARTICIPLES",
    "MAX_CHARS", "translate_errors", "char_limit", "fail", "usage_error", "output_format", "use_models_dir",
    "load_cues", "open_existing",
    "show_frame",
]


# --------------------------------------------------------------------------- errors

def fail(message: str, code: int = 1) -> NoReturn:
    """One clear line on stderr, then exit (1 for a failure, 2 for a usage error)."""
    print(f"error: {message}", file=sys.stderr, flush=True)
    raise typer.Exit(code)


def usage_error(message: str) -> NoReturn:
    """A wrong combination of options, found after parsing: one ``error:`` line, exit 2."""
    fail(message, 2)


_Command = TypeVar("_Command", bound=Callable[..., Any])


def translate_errors(command: _Command) -> _Command:
    """Wrap a command: a library error is one ``error:`` line and exit 1 (a filter value that means
    nothing, exit 2), Ctrl-C exit 130, a
    closed stdout (``| head``) a quiet stop; any other exception one ``internal error`` line
    (``ATTRIBUTION_DEBUG=1`` shows the traceback).  Typer's own exits and usage errors pass."""
    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, TyperException):
            raise
        except FilterError as e:  # a filter value that means nothing is the user's to fix
            usage_error(str(e))
        except AttributionError as e:
            fail(str(e))
        except BrokenPipeError:  # `attribution extract corpus/ | head`: stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(0)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except Exception as e:  # no traceback for users
            if os.environ.get("ATTRIBUTION_DEBUG"):
                raise
            fail(f"internal error ({type(e).__name__}: {e}); rerun with ATTRIBUTION_DEBUG=1 for details")
    return run  # type: ignore[return-value]


# --------------------------------------------------------------------------- option checks

def _choice(value: str, choices: Sequence[str]) -> str:
    if value.lower() not in choices:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}")
    return value.lower()


def check_backend(value: str) -> str:
    """Typer callback for ``--backend`` (case-insensitive)."""
    return _choice(value, BACKENDS)


def check_participles(value: str) -> str:
    """Typer callback for ``--participles``."""
    if value not in PARTICIPLES:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(PARTICIPLES)}")
    return value


def check_encoding(value: Optional[str]) -> Optional[str]:
    """Typer callback for ``--encoding``: a codec Python knows."""
    if value:
        try:
            codecs.lookup(value)
        except LookupError:
            usage_error(f"unknown encoding {value!r} (try cp1256, utf-16, latin-1)")
    return value


def check_date(value: Optional[str]) -> Optional[str]:
    """Typer callback: YYYY, YYYY-MM or YYYY-MM-DD (with an optional time)."""
    if value is not None and not DATE_PATTERN.match(value.strip()):
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return value.strip() if value is not None else None


def check_filter(**value: Any) -> Any:
    """A Typer callback factory's body: the library's check of one filter value, as a usage error."""
    try:
        check_filters(**value)
    except FilterError as e:
        raise typer.BadParameter(str(e)) from None
    return next(iter(value.values()))


# --------------------------------------------------------------------------- the shared options

InputsArg = Annotated[List[str], typer.Argument(
    metavar="PATH", show_default=False,
    help="Article files (.txt .jsonl .csv .tsv .html .conllu), folders (read recursively; "
         "*.gold.jsonl skipped) or - for stdin (plain text, or JSONL when it starts with {).")]
TextFieldOpt = Annotated[Optional[str], typer.Option(
    "--text-field", metavar="NAME", show_default=False,
    help="JSONL key / CSV column holding the article text (default: text, content or body).")]
EncodingOpt = Annotated[Optional[str], typer.Option(
    "--encoding", metavar="ENC", show_default=False, callback=check_encoding,
    help="Encoding of files that are not UTF-8, e.g. cp1256 (default: detected).")]
CuesOpt = Annotated[Optional[Path], typer.Option(
    "--cues", metavar="FILE", show_default=False, help="Extra cue lexicon file, added to the built-in one.")]
BackendOpt = Annotated[str, typer.Option(
    "--backend", metavar="auto|rules|stanza", callback=check_backend,
    help="Extraction backend: rules (fast, no models), stanza (needs its models), "
         "auto (CoNLL-U trees when the input has them, else stanza where it can run, else rules).")]
ModelsDirOpt = Annotated[Optional[Path], typer.Option(
    "--models-dir", metavar="DIR", file_okay=False, show_default=False,
    help=f"Folder of the Arabic stanza models (default: ${MODELS_ENV}, $STANZA_RESOURCES_DIR, "
         "then stanza's own cache).")]
ParticiplesOpt = Annotated[str, typer.Option(
    "--participles", metavar="off|fold|separate", callback=check_participles,
    help="Participle cues (…، مضيفا أن / مشيرا إلى أن). separate (default): every participle is a "
         "record of its own, spoken by the subject of its sentence's verb. fold: a participle "
         "continuing a report stays in that report's claim, as Universal Dependencies analyses it; "
         "one after a verb that reports nothing (وافتتح الوزير المعرض، مؤكدا أن…) is a record. off: "
         "as fold, without such lone participles.")]
MaxCharsOpt = Annotated[int, typer.Option(
    "--max-chars", min=0, metavar="N",
    help="Skip (with a warning) any article longer than N characters; 0 = no limit. A long news "
         "article has 20,000; time and memory grow with an article's length.")]
JobsOpt = Annotated[int, typer.Option(
    "--jobs", "-j", min=1, metavar="N",
    help="Worker processes (records in input order, identical to one process).")]
LimitOpt = Annotated[Optional[int], typer.Option(
    "--limit", min=1, metavar="N", show_default=False, help="Stop after N documents.")]
QuietOpt = Annotated[bool, typer.Option(
    "--quiet", "-q", help="No progress bar, summary or warnings (errors are still shown).")]
DbOpt = Annotated[Path, typer.Option(
    "--db", metavar="FILE", help="The SQLite claim store.", dir_okay=False, show_default=False)]

# filters of the store's listings (table, graph)
SpeakerOpt = Annotated[Optional[str], typer.Option(
    "--speaker", metavar="S", show_default=False,
    help="Only this speaker's claims: canonical name or any alias (normalised; a surname finds every bearer).")]
TopicOpt = Annotated[Optional[str], typer.Option(
    "--topic", metavar="T", show_default=False, help="Only claims about this topic (label or key, substring).")]
OutletOpt = Annotated[Optional[str], typer.Option(
    "--outlet", metavar="O", show_default=False, help="Only this outlet's (source's) articles.")]
SinceOpt = Annotated[Optional[str], typer.Option(
    "--since", metavar="DATE", callback=check_date, show_default=False,
    help="Articles dated on or after DATE (YYYY[-MM[-DD]]).")]
UntilOpt = Annotated[Optional[str], typer.Option(
    "--until", metavar="DATE", callback=check_date, show_default=False,
    help="Articles dated on or before DATE (inclusive).")]
SearchOpt = Annotated[Optional[str], typer.Option(
    "--search", "-s", metavar="TEXT", show_default=False, callback=lambda v: v if v is None else check_filter(search=v),
    help='Text search (SQLite FTS5): every word, diacritics and hamza forms folded, as part of a word '
         '(العقوبات finds والعقوبات); "quoted words" as one phrase.')]


# --------------------------------------------------------------------------- helpers

def output_format(fmt: Optional[str], out: Optional[str]) -> str:
    """The format of ``--format``/``-o``; one that cannot go where asked is a usage error."""
    fmt = resolve_format(fmt, out)
    try:
        check_output(fmt, out)
    except AttributionError as e:
        usage_error(str(e))
    return fmt


def char_limit(max_chars: int) -> Optional[int]:
    """``--max-chars`` as the readers take it: ``0`` is no limit (``None``)."""
    return max_chars or None


def use_models_dir(models_dir: Optional[Path]) -> None:
    """``--models-dir`` reaches the stanza backend (in this process and its workers) through the environment."""
    if models_dir is not None:
        os.environ[MODELS_ENV] = str(models_dir)


def load_cues(cues: Optional[Path]) -> Any:
    """The lexicon for ``--cues FILE`` (the default lexicon plus the file), or ``None`` without it."""
    if cues is None:
        return None
    from attribution.lexicon.cues import load_lexicon

    return load_lexicon(Path(cues))


def open_existing(db: Path):
    """The claim store at ``db``, opened read-only; a missing file is an error, not a new store."""
    from attribution.store.core import open_store

    return open_store(db, create=False, readonly=True)


def show_frame(db: Path, query: Callable[[Any], Any], *, fmt: Optional[str], out: Optional[str],
               excel: bool, title: str, terminal_columns: Optional[Sequence[str]] = None) -> None:
    """Run ``query(store)`` on an existing store and write the listing it returns
    (:meth:`Store.rows <attribution.store.core.Store.rows>`: columns, and rows streamed from SQL,
    written as they are read, so memory does not grow with the store).

    Every column goes to files; ``terminal_columns`` (those present) is what ``--format table``
    shows.
    """
    from attribution.io.output import write_rows

    fmt = output_format(fmt, out)
    with open_existing(db) as store:
        columns, rows = query(store)
        if fmt == "table" and terminal_columns:
            columns = [c for c in terminal_columns if c in columns]
        write_rows(rows, fmt=fmt, out=out, excel=excel, columns=list(columns), title=title,
                   on_warning=lambda message: print(f"warning: {message}", file=sys.stderr, flush=True))
