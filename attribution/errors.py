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
