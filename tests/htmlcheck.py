"""Reading back the pages the tests write: a small, strict parse of marked article text."""
from __future__ import annotations

from html.parser import HTMLParser

VOID = {"meta", "br", "img", "input", "link", "hr", "col", "source", "wbr"}


class MarkedText(HTMLParser):
    """Collects the text of an element (``container_class``, e.g. the article's ``text`` div) and,
    for every mark in it, the characters it covers, by (role, record).

    Tags must nest (a closing tag that is not the innermost open one raises); ``parts`` counts
    the pieces of each mark (a crossing span is cut in two).
    """

    def __init__(self, container_class: str = "text") -> None:
        super().__init__(convert_charrefs=True)
        self.container_class = container_class
        self.stack: list[tuple[str, dict]] = []
        self.depth = None  # the stack depth of the container while inside it
        self.texts: list[str] = []  # one per container
        self.marks: dict[tuple[str, str], list[tuple[int, int]]] = {}  # (role, record) -> [(start, end)]
        self.ids: list[str] = []
        self._open_marks: list[tuple[tuple[str, str], int]] = []

    @property
    def position(self) -> int:
        return len(self.texts[-1]) if self.texts else 0

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        a = dict(attrs)
        self.stack.append((tag, a))
        if self.depth is None and self.container_class in (a.get("class") or "").split():
            self.depth = len(self.stack)
            self.texts.append("")
        elif self.depth is not None and tag == "mark":
            key = (a["data-role"], a["data-record"])
            self._open_marks.append((key, self.position))
            if "id" in a:
                self.ids.append(a["id"])

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            raise AssertionError(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
        if self.depth is not None and tag == "mark":
            key, start = self._open_marks.pop()
            self.marks.setdefault(key, []).append((start, self.position))
        if self.depth == len(self.stack):
            self.depth = None
        self.stack.pop()

    def handle_data(self, data):
        if self.depth is not None:
            self.texts[-1] += data


def parse(page: str, container_class: str = "text") -> MarkedText:
    p = MarkedText(container_class)
    p.feed(page)
    p.close()
    assert not p.stack or [t for t, _ in p.stack] == [], f"unclosed: {[t for t, _ in p.stack]}"
    return p


def covered(parts: list[tuple[int, int]]) -> tuple[int, int]:
    """The span a mark's parts cover, checking that they are contiguous."""
    parts = sorted(parts)
    for (_, e), (s, _) in zip(parts, parts[1:]):
        assert e == s, f"a mark's parts leave a gap: {parts}"
    return parts[0][0], parts[-1][1]
