"""Arabic that reads right in matplotlib figures (the notebooks' charts).

Matplotlib 3.11 shapes and orders right-to-left text itself (its text layout goes through
libraqm); older versions draw every letter in its isolated form, left to right.  Reshaping
(``arabic_reshaper``) and reordering (``python-bidi``) a label for a matplotlib that shapes
draws it backwards — «هربرت مكماستر» as «رتسامكم تربره» — so :func:`label` does it only where
:func:`matplotlib_shapes_arabic` finds that the installed matplotlib does not, by drawing a word
both ways and comparing the pixels.  :func:`use_fonts` sets a font fallback list with Arabic and
Latin glyphs (matplotlib ≥ 3.6 takes each glyph from the first font of the list that has it).
"""
from __future__ import annotations

import functools
import shutil
import subprocess
from typing import Any

__all__ = ["label", "matplotlib_shapes_arabic", "arabic_fonts", "use_fonts"]

#: Fonts with Arabic glyphs, best first, tried before those fontconfig lists for Arabic.
PREFERRED = ("Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "Arial", "DejaVu Sans")
#: Latin (and digits) for the rest of a label.
LATIN = ("DejaVu Sans",)


def _pixels(text: str, family: str | None) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    import numpy as np

    fig = Figure(figsize=(3, 0.6), dpi=60)
    canvas = FigureCanvasAgg(fig)
    fig.text(0.05, 0.3, text, fontsize=20, **({"family": family} if family else {}))
    canvas.draw()
    return np.asarray(canvas.buffer_rgba())[..., 0]


@functools.lru_cache(maxsize=None)
def matplotlib_shapes_arabic(family: str | None = None) -> bool:
    """Whether the installed matplotlib joins and orders Arabic itself: a word drawn as written
    looks like the same word given in its joined presentation forms only when it does."""
    try:
        import arabic_reshaper
    except ImportError:  # without the reshaper nothing can be done either way: draw as written
        return True
    word = "مكماستر"
    return bool((_pixels(word, family) == _pixels(arabic_reshaper.reshape(word), family)).all())


def label(text: Any, width: int | None = None, family: str | None = None) -> str:
    """A label for a matplotlib figure: cut at ``width`` characters (…), and reshaped and
    reordered only when the installed matplotlib does not shape Arabic itself.

    >>> label("هربرت مكماستر") == "هربرت مكماستر" or not matplotlib_shapes_arabic()
    True
    """
    text = str(text)
    if width is not None and len(text) > width:
        text = text[: width - 1] + "…"
    if matplotlib_shapes_arabic(family):
        return text
    try:
        import arabic_reshaper
        try:
            from bidi import get_display
        except ImportError:  # python-bidi < 0.5
            from bidi.algorithm import get_display
    except ImportError:
        return text
    return get_display(arabic_reshaper.reshape(text))


def arabic_fonts() -> list[str]:
    """Font families matplotlib knows that have Arabic glyphs: the preferred ones first, then
    those fontconfig lists for Arabic (``fc-list :lang=ar``)."""
    from matplotlib import font_manager

    listed: list[str] = []
    if shutil.which("fc-list"):
        out = subprocess.run(["fc-list", ":lang=ar", "family"], capture_output=True, text=True, check=False).stdout
        listed = [line.split(",")[0].strip() for line in out.splitlines() if line.strip()]
    known = {f.name for f in font_manager.fontManager.ttflist}
    names = [n for n in PREFERRED if n in known and (not listed or n in listed)]
    names += sorted(n for n in set(listed) if n in known and n not in names and "Mono" not in n)
    return names


def use_fonts() -> list[str]:
    """Set matplotlib's font family to a fallback list: a font with Arabic glyphs first, then
    Latin ones; returns the list (empty when no Arabic font is installed: the default stays)."""
    import matplotlib

    arabic = arabic_fonts()
    if not arabic:
        return []
    families = arabic[:2] + [f for f in LATIN if f not in arabic[:2]]
    matplotlib.rcParams["font.family"] = families
    return families
