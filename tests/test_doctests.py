"""The examples in the library's docstrings run (so they cannot drift from the code)."""
import doctest
import importlib

import pytest

MODULES = ["attribution.records", "attribution.text.normalize", "attribution.text.sentences", "attribution.lexicon.cues",
           "attribution.text.morph", "attribution.speakers.mention", "attribution.pipeline", "attribution.topics.assign",
           "attribution.graph", "attribution.options", "attribution.store.core", "attribution.store.search",
           "attribution.store.filters", "attribution.io.html", "attribution.io.output", "attribution.report",
           "attribution.report.site", "attribution.report.network", "attribution.report.figures",
           "attribution.store.datasette", "attribution.store.rows", "attribution.store.listings"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
