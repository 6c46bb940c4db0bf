"""Past one machine: JSONL by byte ranges, records as a Parquet dataset, extraction on Dask.

Every distributed path is compared with the serial one it stands for: the same documents,
records, ids and problem lines, in the same order.  The Dask tests run a LocalCluster in
this process (``processes=False``) and skip, saying so, without the ``dask`` extra; the
Parquet tests skip without pyarrow.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from typer.testing import CliRunner

from attribution.cli import app
from attribution.errors import AttributionError, InputError
from attribution.io.problems import Reporter
from attribution.io.ranges import count_lines, jsonl_range_items, line_cuts, splittable
from attribution.io.readers import read_documents
from attribution.io.tables import jsonl_items
from attribution.pipeline import extract_many
from attribution.records import Attribution, Document

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"

try:
    import pyarrow  # noqa: F401
    HAS_PYARROW = True
except ImportError:
    HAS_PYARROW = False
try:
    import dask.distributed  # noqa: F401
    HAS_DASK = True
except ImportError:
    HAS_DASK = False
needs_pyarrow = pytest.mark.skipif(not HAS_PYARROW, reason='needs pyarrow (pip install -e ".[dask]")')
needs_dask = pytest.mark.skipif(not (HAS_DASK and HAS_PYARROW), reason='needs dask (pip install -e ".[dask]")')

# Sentences written for these tests.
S1 = "وقال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل."
S2 = "وأكدت المتحدثة باسم الوزارة أن الاتفاق لم يعد قائما."
S3 = "وأضاف المسؤول أن الحكومة ستعلن قرارها غدا، مشيرا إلى أن «الموعد لم يحدد بعد»."


def line(obj) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


def messy_jsonl() -> bytes:
    """A JSONL file with every kind of line a reader meets, and a repeated id."""
    lines = [
        b"\xef\xbb\xbf" + line({"id": "a1", "text": S1, "source": "واس"}),
        line({"text": S2, "title": "عنوان"}),                      # no id: the fallback id stem:line
        b"\n", b"  \r\n",                                          # blank lines
        b'{"id": "bad", "text": \n',                               # invalid JSON
        b"[1, 2]\n",                                               # not an object
        line({"id": "notext", "body_": S1}),                       # no text field
        line({"id": {"x": 1}, "text": S3}),                        # an id that is not a string
        ('{"id": "cp", "text": "%s"}\n' % S2).encode("cp1256"),    # a Windows-1256 line in a UTF-8 file
        line({"id": "a1", "text": S1, "source": "واس"}),           # same id, same text: skipped
        line({"id": "a1", "text": S3}),                            # same id, other text: renamed a1~2
        line({"id": "crlf", "text": S1 + "\r\n" + S2}),
    ]
    lines += [line({"id": f"n{i}", "text": f"{S3} {i}", "date": "2016-07-0%d" % (1 + i % 9)}) for i in range(40)]
    lines.append(line({"id": "last", "text": S2})[:-1])            # no newline at the end
    return b"".join(lines)


def whole_items(path: Path, **kw):
    problems: list[str] = []
    with open(path, "rb") as f:
        items = list(jsonl_items(str(path), f, stem=path.stem, report=Reporter(problems.append),
                                 meta={"path": str(path)}, **kw))
    return items, problems


def range_items(path: Path, every: int, **kw):
    problems: list[str] = []
    cuts = line_cuts(path, every)
    items, first = [], 1
    for a, b in zip(cuts, cuts[1:]):
        items += jsonl_range_items(path, path.stem, a, b, first_line=first, report=problems.append, **kw)
        first += count_lines(path, a, b)
    return items, problems, cuts


# --------------------------------------------------------------------------- JSONL byte ranges

@pytest.mark.parametrize("every", [1, 40, 157, 1000, 10**6])
def test_ranges_read_what_the_whole_file_reads(tmp_path, every):
    path = tmp_path / "news.jsonl"
    path.write_bytes(messy_jsonl())
    items, problems, cuts = range_items(path, every)
    assert (items, problems) == whole_items(path)
    assert len(cuts) > 2 or every >= path.stat().st_size
    assert any(":2: " not in p and "invalid JSON" in p for p in problems)
    assert ("news.jsonl:2", "news:2") in [(w.rsplit("/", 1)[-1], d.doc_id) for w, d in items]


def test_a_range_decodes_as_the_file_does_after_an_ascii_head(tmp_path):
    """The first 64 KiB all ASCII: the file's first non-ASCII line (here cp1256 Arabic) decides
    how its later lines decode — a cp1256 line of Latin words too, which a file found to be UTF-8
    could not read — also in a range that starts after that line."""
    path = tmp_path / "mixed.jsonl"
    english = [line({"id": f"e{i}", "text": "The minister said talks resume." * 4}) for i in range(1100)]
    cp1256 = [('{"id": "c%d", "text": "%s"}\n' % (i, s)).encode("cp1256") for i, s in enumerate((S1, "café résumé"))]
    head, tail = b"".join(english[:700]) + cp1256[0], b"".join(english[700:]) + line({"id": "u", "text": S2})
    path.write_bytes(head + tail + cp1256[1])
    items, problems, cuts = range_items(path, 70_000)
    assert any(len(head) < c < len(head) + len(tail) for c in cuts), cuts
    assert (items, problems) == whole_items(path)
    assert not problems and [d.text for _, d in items[-2:]] == [S2, "café résumé"]


@pytest.mark.parametrize("data, expected", [
    (b'{"text": "x"}\n', True),
    (b"", False),                                              # empty: read whole, reported whole
    (b"\n\n  \n", False),
    (b'{"text": "x"}\x00\n', False),                          # binary
    ('{"text": "قال"}\n'.encode("utf-16"), False),            # b"\n" does not end its lines
    (b'\xef\xbb\xbf{"text": "x"}\n', True),                    # UTF-8 with BOM
])
def test_which_files_are_read_by_ranges(tmp_path, data, expected):
    path = tmp_path / "f.jsonl"
    path.write_bytes(data)
    assert splittable(path) is expected


def test_a_forced_encoding_that_cannot_split_lines_reads_the_file_whole(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_bytes(b'{"text": "x"}\n')
    assert splittable(path, "cp1256") and not splittable(path, "utf-16")


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.binary(max_size=30).map(lambda b: b.replace(b"\n", b"") + b"\n"), max_size=30),
       tail=st.binary(max_size=10).map(lambda b: b.replace(b"\n", b"")), every=st.integers(1, 200))
def test_cuts_fall_on_line_starts_and_cover_the_file(tmp_path_factory, lines, tail, every):
    data = b"".join(lines) + tail
    path = tmp_path_factory.mktemp("cuts") / "f.jsonl"
    path.write_bytes(data)
    cuts = line_cuts(path, every)
    assert cuts[0] == 0 and cuts[-1] == len(data) and cuts == sorted(set(cuts))
    assert all(data[c - 1:c] == b"\n" for c in cuts[1:-1])
    assert sum(count_lines(path, a, b) for a, b in zip(cuts, cuts[1:])) == data.count(b"\n")


# --------------------------------------------------------------------------- Parquet

def corpus_pairs() -> list[tuple[Document, list[Attribution]]]:
    return list(extract_many(read_documents([CORPORA]), backend="rules"))


@needs_pyarrow
def test_every_record_round_trips_through_a_row():
    from attribution.io.output import flatten
    from attribution.io.parquet import record_from_row

    pairs = corpus_pairs()
    records = [r for _, records in pairs for r in records]
    assert any(r.speaker is None for r in records) and any(r.via for r in records)
    for doc, recs in pairs:
        for r in recs:
            assert record_from_row(flatten(r, doc.meta)) == Attribution.from_dict(r.to_dict())


@needs_pyarrow
@pytest.mark.parametrize("per_file, group", [(50_000, 2_000), (3, 2), (1, 1)])
def test_a_dataset_reads_back_the_pairs_it_was_written_from(tmp_path, per_file, group):
    from attribution.io.parquet import read_dataset, write_dataset

    pairs = corpus_pairs() + [(Document("empty", "لا تصريح هنا.", {"outlet": "واس", "n": 3}), [])]
    expected = [(doc, [Attribution.from_dict(r.to_dict()) for r in recs]) for doc, recs in pairs]
    counts = write_dataset(iter(pairs), tmp_path / "claims.parquet", documents_per_file=per_file, row_group=group)
    assert (counts.documents, counts.records) == (len(pairs), sum(len(r) for _, r in pairs))
    assert counts.parts == -(-len(pairs) // per_file)
    assert list(read_dataset(tmp_path / "claims.parquet")) == expected


@needs_pyarrow
def test_pandas_reads_the_records_with_the_csv_columns(tmp_path):
    import pandas as pd

    from attribution.io.parquet import write_dataset
    from attribution.records import CLAIM_COLUMNS

    pairs = corpus_pairs()
    write_dataset(pairs, tmp_path / "claims.parquet", documents_per_file=5)
    df = pd.read_parquet(tmp_path / "claims.parquet")
    assert list(df.columns) == list(CLAIM_COLUMNS)
    assert sorted(df["doc_id"]) == sorted(r.doc_id for _, recs in pairs for r in recs)
    assert df["claim_start"].dtype == "int64"


@needs_pyarrow
def test_a_dataset_is_rewritten_but_nothing_else_is_overwritten(tmp_path):
    from attribution.io.parquet import read_dataset, write_dataset

    pairs = corpus_pairs()
    out = tmp_path / "claims.parquet"
    write_dataset(pairs, out, documents_per_file=2)
    write_dataset(pairs[:3], out, documents_per_file=2)  # fewer parts: the old ones are gone
    assert [d.doc_id for d, _ in read_dataset(out)] == [d.doc_id for d, _ in pairs[:3]]
    (tmp_path / "file.parquet").write_bytes(b"PAR1")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("x")
    for target in (tmp_path / "file.parquet", tmp_path / "mine"):
        with pytest.raises(AttributionError):
            write_dataset(pairs, target)
    assert (tmp_path / "mine" / "notes.txt").exists()


@needs_pyarrow
def test_a_run_cut_short_leaves_no_dataset_and_can_be_rerun(tmp_path):
    from attribution.io.parquet import read_dataset, write_dataset

    out = tmp_path / "claims.parquet"

    def interrupted():
        yield from corpus_pairs()[:4]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_dataset(interrupted(), out, documents_per_file=2)
    with pytest.raises(InputError, match="not a complete attribution dataset"):
        list(read_dataset(out))
    write_dataset(corpus_pairs(), out)
    assert len(list(read_dataset(out))) == len(corpus_pairs())


def cli(*args):
    return CliRunner().invoke(app, [*map(str, args)])


def store_table(db: Path) -> str:
    result = cli("table", "--db", db, "-f", "csv")
    assert result.exit_code == 0, result.output
    return result.stdout


@needs_pyarrow
def test_ingest_records_stores_what_ingest_stores(tmp_path):
    result = cli("extract", CORPORA, "-o", tmp_path / "claims.parquet")
    assert result.exit_code == 0, result.output
    assert cli("ingest", CORPORA, "--db", tmp_path / "a.db").exit_code == 0
    result = cli("ingest", "--records", tmp_path / "claims.parquet", "--db", tmp_path / "b.db")
    assert result.exit_code == 0, result.output
    assert "added 17" in result.stderr
    assert store_table(tmp_path / "a.db") == store_table(tmp_path / "b.db")
    again = cli("ingest", "--records", tmp_path / "claims.parquet", "--db", tmp_path / "b.db")
    assert "added 0, replaced 0, skipped 17" in again.stderr


@needs_pyarrow
@pytest.mark.parametrize("args, message", [
    ([], "nothing to ingest"),
    (["corpora", "--records", "claims.parquet"], "not both"),
    (["--records", "claims.parquet", "--jobs", "2", "--participles", "fold"], "--participles, --jobs"),
])
def test_ingest_records_usage_errors(tmp_path, args, message):
    result = cli("ingest", *args, "--db", tmp_path / "x.db")
    assert result.exit_code == 2 and message in result.stderr
    assert not (tmp_path / "x.db").exists()


@needs_pyarrow
def test_ingest_records_of_no_dataset_fails_before_making_a_store(tmp_path):
    (tmp_path / "half.parquet").mkdir()
    for name in ("missing.parquet", "half.parquet"):
        result = cli("ingest", "--records", tmp_path / name, "--db", tmp_path / "x.db")
        assert result.exit_code == 1 and result.stderr.startswith("error: ")
    assert not (tmp_path / "x.db").exists()


# --------------------------------------------------------------------------- Dask

@pytest.fixture(scope="module")
def client():
    if not (HAS_DASK and HAS_PYARROW):
        pytest.skip('needs dask (pip install -e ".[dask]")')
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0") as local, \
            Client(local) as c:
        yield c


def serial(paths, **kw):
    problems: list[str] = []
    docs = read_documents(paths, on_error=problems.append, **{k: v for k, v in kw.items() if k == "encoding"})
    pairs = list(extract_many(docs, backend="rules", on_error=problems.append))
    return pairs, [str(p) for p in problems]


def on_cluster(paths, client, **kw):
    from attribution.distributed import extract_on_cluster

    problems: list[str] = []
    pairs = list(extract_on_cluster(paths, client, backend="rules", on_error=problems.append, **kw))
    return pairs, [str(p) for p in problems]


@pytest.fixture
def inputs(tmp_path):
    """A folder of .txt, .csv, .html and a big messy JSONL, and a missing path among the inputs."""
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(S1, encoding="utf-8")
    (tmp_path / "in" / "sub" / "a.txt").write_text(S2, encoding="utf-8")   # same stem: sub/a
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "t.csv").write_text(f'id,text\nc1,"{S3}"\nc2,"{S1}"\n', encoding="utf-8")
    (tmp_path / "in" / "p.html").write_text(f"<html><body><article><p>{S2}</p></article></body></html>",
                                            encoding="utf-8")
    (tmp_path / "news.jsonl").write_bytes(messy_jsonl())
    return [tmp_path / "in", tmp_path / "missing.txt", tmp_path / "news.jsonl", CORPORA / "najah-ru-us-security-talks.txt"]


@pytest.mark.parametrize("partition_bytes", [200, 3_000, 10**8])
def test_the_cluster_gives_a_serial_runs_records_ids_and_problems(client, inputs, partition_bytes):
    from attribution.distributed import Range, plan

    expected = serial(inputs)
    assert any("~2" in d.doc_id for d, _ in expected[0]) and any("skipped" in p for p in expected[1])
    assert on_cluster(inputs, client, partition_bytes=partition_bytes) == expected
    ranges = [p for p in plan(inputs, partition_bytes=partition_bytes) if isinstance(p, Range)]
    assert bool(ranges) is (partition_bytes < 10**8)


def test_the_cluster_reads_the_reference_corpus_as_one_process_does(client):
    assert on_cluster([CORPORA], client, partition_bytes=20_000) == serial([CORPORA])


def test_a_forced_encoding_note_comes_once_a_file(client, tmp_path):
    path = tmp_path / "utf8.jsonl"
    path.write_bytes(b"".join(line({"id": f"d{i}", "text": f"{S1} {i}"}) for i in range(60)))
    expected = serial([path], encoding="cp1256")
    assert len(expected[1]) == 1 and "valid UTF-8" in expected[1][0]
    assert on_cluster([path], client, encoding="cp1256", partition_bytes=500) == expected


def test_limit_stops_where_a_serial_run_stops(client, inputs):
    from itertools import islice

    problems: list[str] = []
    docs = islice(read_documents(inputs, on_error=problems.append), 9)
    expected = list(extract_many(docs, backend="rules", on_error=problems.append)), problems
    assert on_cluster(inputs, client, limit=9, partition_bytes=300) == expected


def test_without_on_error_a_read_problem_raises(client, inputs):
    from attribution.distributed import extract_on_cluster

    with pytest.raises(InputError):
        list(extract_on_cluster(inputs, client, backend="rules", partition_bytes=300))


def test_stdin_is_not_shared_out(client):
    from attribution.distributed import extract_on_cluster

    with pytest.raises(InputError, match="stdin"):
        list(extract_on_cluster(["-"], client))


def test_an_unavailable_backend_stops_the_run(client, tmp_path, monkeypatch):
    from attribution.errors import BackendUnavailable

    import attribution.backends.stanza as stanza_backend

    def unavailable(*a, **k):
        raise BackendUnavailable("stanza is not installed")

    monkeypatch.setattr(stanza_backend, "parse", unavailable)
    from attribution.distributed import extract_on_cluster

    with pytest.raises(BackendUnavailable):
        list(extract_on_cluster([CORPORA], client, backend="stanza", on_error=lambda m: None))


def test_an_unreachable_scheduler_is_one_clear_error():
    if not HAS_DASK:
        pytest.skip('needs dask (pip install -e ".[dask]")')
    from attribution.distributed import cluster

    with pytest.raises(AttributionError, match="cannot reach the Dask scheduler"):
        with cluster("tcp://127.0.0.1:9", timeout=1):
            pass


@needs_dask
def test_extract_dask_local_writes_a_serial_runs_output(tmp_path):
    """The command line, on a LocalCluster of two worker processes: JSONL and Parquet."""
    big = tmp_path / "news.jsonl"
    big.write_bytes(messy_jsonl() * 1)
    args = ["extract", CORPORA, big, "-f", "jsonl"]
    one = cli(*args, "-o", tmp_path / "serial.jsonl")
    two = cli(*args, "--dask", "local", "-j", "2", "-o", tmp_path / "dask.jsonl")
    assert two.exit_code == 0, two.output
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "serial.jsonl").read_bytes()
    assert two.stderr == one.stderr and "invalid JSON" in two.stderr
    pq = cli("extract", CORPORA, "--dask", "local", "-j", "2", "-o", tmp_path / "claims.parquet")
    assert pq.exit_code == 0, pq.output
    from attribution.io.parquet import read_dataset

    assert list(read_dataset(tmp_path / "claims.parquet")) == [
        (d, [Attribution.from_dict(r.to_dict()) for r in recs]) for d, recs in corpus_pairs()]


@pytest.mark.parametrize("args, message", [
    (["--dask", "tcp://127.0.0.1:9", "-j", "2"], "--jobs sets the workers of --dask local"),
    (["-", "--dask", "local"], "stdin cannot be shared out"),
])
def test_extract_dask_usage_errors(args, message):
    result = cli("extract", *(args if args[0] == "-" else [CORPORA, *args]))
    assert result.exit_code == 2 and message in result.stderr


def test_help_imports_neither_dask_nor_pyarrow():
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom attribution.cli import app\n"
            "for c in ('extract', 'ingest'): assert CliRunner().invoke(app, [c, '--help']).exit_code == 0\n"
            "print(sorted(m for m in ('dask', 'distributed', 'pyarrow') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("name", ["attribution.io.ranges", "attribution.io.parquet", "attribution.distributed"])
def test_doctests(name):
    import doctest
    import importlib

    assert doctest.testmod(importlib.import_module(name)).failed == 0
