"""Library exceptions. The CLI turns each into one clear line on stderr and exit code 1."""


class AttributionError(Exception):
    """Base class for every error the library raises on purpose."""


class InputError(AttributionError):
    """An input file or stream cannot be read (missing, binary, empty, undecodable)."""


class LexiconError(AttributionError):
    """A cue lexicon file is malformed."""


class BackendUnavailable(AttributionError):
    """A requested backend cannot run here (package or models missing); the message says how to get it."""


class StoreError(AttributionError):
    """The claim store cannot be opened, migrated or written."""


class FilterError(AttributionError, ValueError):
    """A filter value that means nothing (an unknown kind, a malformed date, an empty search)."""


def read_user_file(path, what: str, error: type[AttributionError] = InputError) -> str:
    """The text of a file the user names (aliases, topics, cues): UTF-8 with or without BOM.

    A missing or undecodable file raises ``error`` with one clear line naming ``what`` it is.
    """
    from pathlib import Path

    p = Path(path)
    try:
        return p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise error(f"{what} file not found: {p}") from None
    except UnicodeDecodeError:
        raise error(f"{what} file is not UTF-8: {p}") from None
    except OSError as e:
        raise error(f"{what} file cannot be read: {p} ({e.strerror or e.__class__.__name__})") from None
