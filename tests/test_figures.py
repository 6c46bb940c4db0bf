"""Arabic in the notebooks' figures reads right: labels are reshaped only for a matplotlib that
does not shape Arabic itself, and the font list has Arabic and Latin glyphs."""
from __future__ import annotations

import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

from attribution.report import figures  # noqa: E402

NAME = "هربرت مكماستر"


def test_a_matplotlib_that_shapes_gets_the_text_as_written(monkeypatch):
    monkeypatch.setattr(figures, "matplotlib_shapes_arabic", lambda family=None: True)
    assert figures.label(NAME) == NAME  # reshaping it too drew «رتسامكم تربره»
    assert figures.label(NAME, width=6) == "هربرت…"


def test_an_older_matplotlib_gets_shaped_and_reordered_text(monkeypatch):
    pytest.importorskip("arabic_reshaper")
    pytest.importorskip("bidi")
    monkeypatch.setattr(figures, "matplotlib_shapes_arabic", lambda family=None: False)
    shown = figures.label(NAME)
    assert shown != NAME and all("\ufb50" <= ch <= "\ufeff" or ch == " " for ch in shown)
    assert shown[-1] == "\ufeeb"  # joined forms in visual order: the initial ه of هربرت drawn rightmost


def test_the_probe_matches_this_matplotlib():
    """3.11 lays text out with libraqm and shapes Arabic; older ones do not."""
    version = tuple(int(p) for p in matplotlib.__version__.split(".")[:2])
    if version >= (3, 11):
        assert figures.matplotlib_shapes_arabic()
    elif version < (3, 10):
        assert not figures.matplotlib_shapes_arabic()


def test_font_fallback_list_has_arabic_and_latin():
    families = figures.use_fonts()
    if not families:
        pytest.skip("no font with Arabic glyphs installed")
    from matplotlib import font_manager

    first = font_manager.findfont(families[0], fallback_to_default=False)
    from matplotlib.ft2font import FT2Font

    font = FT2Font(first)
    assert font.get_char_index(ord("ق")) and font.get_char_index(ord("Q"))
    assert matplotlib.rcParams["font.family"] == families
