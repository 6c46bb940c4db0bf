"""A browsable site of a claim store (``attribution report --db claims.db -o report/``).

Plain files that open from the file system, no server and no network: ``index.html`` (counts by
speaker, outlet, topic and month, and every claim in a list filtered and searched in the
browser by plain JavaScript over an index embedded in the page), a page per speaker
(``speakers/<speaker_id>.html``: what they said, about what, where and when, each claim linked
to its place in its article) and a page per article (``articles/<name>.html``: the text with
every cue, speaker and claim marked, :mod:`attribution.io.html`).  Speaker ids are the store's,
which last from one ingest to the next, so a link to a speaker's page keeps working.

>>> import tempfile, pathlib
>>> from attribution.records import Document
>>> from attribution.store.core import open_store
>>> tmp = pathlib.Path(tempfile.mkdtemp())
>>> with open_store(tmp / "claims.db", create=True) as store:
...     _ = store.ingest_documents([Document("a", "وقال سعد العتيبي إن الجلسة انتهت.")], backend="rules")
...     build_report(store, tmp / "report")
Report(claims=1, speakers=1, articles=1)
>>> sorted(p.name for p in (tmp / "report").rglob("*.html"))
['1.html', 'a-86f7e437.html', 'index.html']
"""
from attribution.report.site import Report, build_report

__all__ = ["build_report", "Report"]
