"""The examples in the library's docstrings run (so they cannot drift from the code)."""
import doctest
import importlib

import pytest

MODULES = ["attribution.records", "attribution.normalize", "attribution.sentences", "attribution.lexicon",
           "attribution.morph", "attribution.speakers", "attribution.extract", "attribution.topics",
           "attribution.graph"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
