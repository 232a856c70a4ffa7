"""``dispute-desk import``: the JSON document, exit codes, --dry-run, --format, --currency."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def test_import_json_then_again_unchanged(cli: Cli) -> None:
    document = cli.json("import", str(FIXTURES / "shopper-sample.csv"))
    assert document == {
        "added": 5,
        "updated": 0,
        "unchanged": 0,
        "errors": [],
        "format": "shopper-csv",
        "encoding": "utf-8",
        "dry_run": False,
    }
    again = cli.json("import", str(FIXTURES / "shopper-sample.csv"))
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 5)
    listed = cli.json("orders")
    assert {o["order"] for o in listed} >= {"3069099405659913", "3065094845459913"}
    pistachios = next(o for o in listed if o["order"] == "3065094845459913")
    assert (pistachios["total"], pistachios["currency"]) == ("129.46", "PLN")


def test_row_errors_are_listed_and_the_exit_stays_zero(cli: Cli) -> None:
    document = cli.json("import", str(FIXTURES / "shopper-traps.csv"))
    assert document["added"] == 6
    assert [e["line"] for e in document["errors"]] == [9, 10, 11]
    assert "Feb 30, 2026" in document["errors"][0]["message"]


def test_human_output(cli: Cli) -> None:
    out = cli.ok("import", str(FIXTURES / "shopper-traps.csv"))
    assert "(Shopper Inventory CSV): 6 added, 0 updated, 0 unchanged" in out
    assert "line 10: price:" in out


def test_dry_run_writes_nothing(cli: Cli) -> None:
    cli.ok("orders")  # creates the database
    before = cli.dump()
    document = cli.json("import", str(FIXTURES / "su14iman.csv"), "--dry-run")
    assert (document["added"], document["dry_run"]) == (2, True)
    assert cli.dump() == before


def test_format_and_currency_options(cli: Cli) -> None:
    xlsx = str(FIXTURES / "aliexpress_user_data_backup_fixture.xlsx")
    document = cli.json("import", xlsx, "--format", "aliexpress-xlsx", "--currency", "eur")
    assert (document["added"], document["format"]) == (3, "aliexpress-xlsx")
    shown = cli.json("show", "8123456789012390")
    assert (shown["total"], shown["currency"]) == ("1382.11", "EUR")


def test_both_order_export_files_together(cli: Cli) -> None:
    document = cli.json(
        "import", str(FIXTURES / "order-export-orders.csv"), str(FIXTURES / "order-export-lines.csv")
    )
    assert (document["added"], document["format"]) == (2, "order-export-csv")
    shown = cli.json("show", "8123456789012400")
    assert [ln["unit_price"] for ln in shown["lines"]] == ["1374.61", "2.50"]
    assert shown["total"] == "1382.11"


def test_unreadable_or_unknown_files_exit_2_and_write_nothing(cli: Cli, tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_text("not, an, order\n1,2,3\n", "utf-8")
    assert "junk.txt is not an order file" in cli.refused("import", str(junk))
    assert not cli.database.exists()  # refused before the data dir was even opened
    cli.ok("orders")
    assert "no file" in cli.refused("import", str(tmp_path / "nothing.csv"))
    assert "unknown currency" in cli.refused(
        "import", str(FIXTURES / "shopper-sample.csv"), "--currency", "ZZZ"
    )
    wrong = cli.refused("import", str(FIXTURES / "su14iman.csv"), "--format", "shopper-csv")
    assert "none of the 4 rows of su14iman.csv could be read as shopper-csv" in wrong
    assert "invalid choice" in cli.refused("import", str(junk), "--format", "excel")
