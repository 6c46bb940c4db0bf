"""The store's table command end to end on the reference article (no fakes)."""
from pathlib import Path


def test_table_to_xlsx_and_terminal_from_a_real_store(tmp_path):
    """Missing values from the store (pandas NA) are empty cells, not a crash; the terminal table
    keeps the who-said-what columns."""
    import openpyxl
    from typer.testing import CliRunner

    from attribution.cli import app

    root = Path(__file__).resolve().parents[1]
    db = tmp_path / "c.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(root / "corpora" / "najah-ru-us-security-talks.txt"), "--db", str(db)]).exit_code == 0
    r = runner.invoke(app, ["table", "--db", str(db), "-f", "xlsx", "-o", str(tmp_path / "t.xlsx")])
    assert r.exit_code == 0, r.output
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert ws.max_row == 11 and ws.sheet_view.rightToLeft
    r = runner.invoke(app, ["table", "--db", str(db), "-f", "table"])
    assert r.exit_code == 0 and "سيرومولوتوف" in r.output and "claim_start" not in r.output
