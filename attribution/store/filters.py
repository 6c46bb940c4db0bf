"""What a filter value of the store's listings may be: the one check behind the library's
:meth:`Store.claims` and the CLI's options (a light module: the CLI imports it for ``--help``)."""
from __future__ import annotations

import re

from attribution.errors import FilterError
from attribution.records import KINDS
from attribution.store.search import terms

__all__ = ["DATE_PATTERN", "check_filters"]

#: A date filter: YYYY, YYYY-MM or YYYY-MM-DD, with an optional time.
DATE_PATTERN = re.compile(r"^\d{4}(-\d{2}(-\d{2}([ T]\d{2}(:\d{2}(:\d{2})?)?)?)?)?$")


def check_filters(*, kind: str | None = None, since: str | None = None, until: str | None = None,
                  limit: int | None = None, search: str | None = None) -> None:
    """Raise :class:`FilterError` for a filter value that means nothing (the CLI's checks too).

    >>> check_filters(kind="direct", since="2024-05")
    >>> check_filters(kind="quoted")
    Traceback (most recent call last):
    attribution.errors.FilterError: unknown kind 'quoted'; choose one of direct, indirect, mixed, according_to, nominal, unattributed
    """
    if kind is not None and kind not in KINDS:
        raise FilterError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    for name, value in (("since", since), ("until", until)):
        if value is not None and not DATE_PATTERN.match(str(value).strip()):
            raise FilterError(f"{name}={value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    if limit is not None and int(limit) < 0:
        raise FilterError(f"limit={limit!r} is negative")
    if search is not None and not terms(search):
        raise FilterError(f"the search {search!r} has no words")
