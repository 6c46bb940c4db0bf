"""The store benchmark's extrapolation to 1 M articles (scripts/benchmark_store.py; nothing is timed)."""
import importlib.util
import math
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("benchmark_store", Path(__file__).parents[1] / "scripts" / "benchmark_store.py")
B = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(B)


def _row(scale: int, wall: float, rss: float) -> dict:
    m = {"wall": wall, "cpu": wall, "rss_mb": rss}
    return {"scale": scale, "articles": 1000 * scale, "disk_mb": 10.0 * scale, "ingest": m, "one_article": m,
            "graph_json": m, "graph_gexf": m, **{f"{e}_csv": m for e in B.EXPORTS}}


def test_a_growing_measure_is_read_on_its_line():
    at = B.extrapolate([_row(1, 10.0, 100.0), _row(2, 20.0, 200.0)])
    assert math.isclose(at["disk_gb"], 10.0)                 # 10 MB per 1,000 articles → 10 GB
    assert math.isclose(at["ingest_hours"], 10_000 / 3600)


def test_a_measure_that_shrank_with_the_scale_is_not_extrapolated():
    at = B.extrapolate([_row(1, 20.0, 100.0), _row(2, 10.0, 200.0)])   # wall times of a busy machine
    assert math.isnan(at["ingest_hours"]) and not math.isnan(at["ingest_rss_gb"])
    rows = [dict(_row(1, 20.0, 100.0), extract={"cpu": 10.0}, ingest_jobs2=dict(self_cpu=5.0, wall=12.0, cpu=20.0),
                 graph_json_all_topics={"wall": 1.0, "rss_mb": 50.0}), _row(2, 10.0, 200.0)]
    text = B.report(rows, at)
    assert "ingest_hours n/a" in text and "first ingest takes n/a" in text
