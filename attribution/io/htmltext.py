"""HTML pages to article text and metadata, with the standard library only.

The text is the page's article paragraphs (see :func:`html_to_text`); scripts, styles and
navigation are dropped.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_BLOCKS = {"p", "h1", "h2", "h3", "blockquote", "li"}
_DROPPED = {"script", "style", "noscript", "template", "svg", "nav", "aside", "footer", "form",
            "iframe", "button", "select", "textarea"}
#: Containers whose loose text (outside any paragraph) is used when a page has no paragraphs.
_LOOSE_BREAKS = {"div", "section", "main", "td", "th", "tr", "table", "header", "span", "br", "body", "center", "font"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}
_SPACES = re.compile(r"[ \t\f\v\u00a0\u200b]*\n[ \t\f\v\u00a0\u200b\n]*|[^\S\n]+")


class _ArticleParser(HTMLParser):
    """Collects the title, a few <meta> fields, and block-level paragraphs per <article>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.articles: list[list[str]] = []  # paragraphs of each top-level <article>
        self.body: list[str] = []  # paragraphs anywhere
        self._in_title = False
        self._dropped = 0
        self._article_depth = 0
        self._blocks = 0
        self._buf: list[str] = []
        self._in_body = False
        self._loose: list[str] = []  # text outside paragraphs, for div-only pages
        self.loose: list[str] = []

    def _flush_loose(self) -> None:
        para = _SPACES.sub(lambda m: "\n" if "\n" in m.group() else " ", "".join(self._loose)).strip()
        self._loose = []
        if para:
            self.loose.append(para)

    def _flush(self) -> None:
        para = _SPACES.sub(lambda m: "\n" if "\n" in m.group() else " ", "".join(self._buf)).strip()
        self._buf = []
        if para:
            self.body.append(para)
            if self._article_depth:
                self.articles[-1].append(para)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            if tag not in _VOID:
                self._dropped += 1
            return
        if tag == "body":
            self._in_body = True
        if tag in _LOOSE_BREAKS and tag != "span":
            self._flush_loose()
        if tag == "meta":
            a = {k: v or "" for k, v in attrs}
            key = a.get("property") or a.get("name") or ""
            if key in ("og:title", "og:url", "og:site_name", "article:published_time") and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
        elif tag == "link":
            a = {k: v or "" for k, v in attrs}
            if a.get("rel") == "canonical" and a.get("href"):
                self.meta.setdefault("canonical", a["href"].strip())
        elif tag == "title":
            self._in_title = True
        elif tag == "article":
            if self._article_depth == 0:
                self.articles.append([])
            self._article_depth += 1
        elif tag in _BLOCKS and not self._dropped:
            if self._blocks:
                self._flush()  # a block inside a block (<p> in <blockquote>) is its own paragraph
            self._blocks += 1
        elif tag == "br" and self._blocks:
            self._buf.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _LOOSE_BREAKS:
            self._flush_loose()
        if tag in _DROPPED:
            if tag not in _VOID and self._dropped:
                self._dropped -= 1
        elif tag == "title":
            self._in_title = False
        elif tag == "article":
            if self._article_depth:
                if self._blocks:
                    self._flush()
                self._article_depth -= 1
        elif tag in _BLOCKS and self._blocks and not self._dropped:
            self._flush()
            self._blocks -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif self._blocks and not self._dropped:
            self._buf.append(data)
        elif self._in_body and not self._dropped:
            self._loose.append(data)

    def close(self) -> None:
        super().close()
        if self._buf:
            self._flush()
        self._flush_loose()


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Article text and metadata of an HTML page, with the standard library only.

    Text is taken from the longest ``<article>`` (else the whole ``<body>``): its ``<p>``,
    ``<h1>``–``<h3>``, ``<blockquote>`` and ``<li>`` blocks joined by a blank line; scripts,
    styles and navigation are dropped.  A page without any such block gives the text of its
    ``<div>``/``<td>`` blocks instead.  Metadata: ``title`` (og:title, else ``<title>``),
    ``url``, ``date``, ``outlet`` when the page declares them.

    >>> html_to_text("<title>خبر</title><body><p>قال الوزير: <b>نعم</b></p><script>x()</script></body>")
    ('قال الوزير: نعم', {'title': 'خبر'})
    """
    parser = _ArticleParser()
    parser.feed(html)
    parser.close()
    articles = [a for a in parser.articles if a]
    paras = max(articles, key=lambda a: sum(map(len, a))) if articles else parser.body
    if not paras:  # a page laid out with <div>s only: its text blocks, minus scripts and navigation
        paras = parser.loose
    meta: dict[str, str] = {}
    title = parser.meta.get("og:title") or " ".join("".join(parser.title_parts).split())
    if title:
        meta["title"] = title
    url = parser.meta.get("og:url") or parser.meta.get("canonical")
    if url:
        meta["url"] = url
    if parser.meta.get("article:published_time"):
        meta["date"] = parser.meta["article:published_time"]
    if parser.meta.get("og:site_name"):
        meta["outlet"] = parser.meta["og:site_name"]
    return "\n\n".join(paras), meta

