"""Hostile and odd files: every reader answers with a refusal or row errors, never a crash, a
hang or gigabytes of memory (the fuzz suite in tests/fuzz runs the same under a memory limit)."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))

import hostile_corpus

from app.domain.errors import Refused
from app.domain.text import clean_text
from app.importers.text_files import detect_encoding

HEADER = hostile_corpus.SHOPPER_HEADER


def _row(number: str, title: str, price: str = "US $1.00") -> str:
    return f'"2026-02-20",{number},"{title}",1,"{price}","Store",,,,,USD,Completed,,,,'


def test_a_json_list_nested_100000_deep_is_refused_with_a_sentence(cli: Any, tmp_path: Path) -> None:
    cli.ok("orders")  # the data file exists, so "nothing written" can be checked
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000, "utf-8")
    assert "too deeply" in cli.refused("import", str(path))
    items = tmp_path / "deep-item.json"
    items.write_text('[{"orderId": "8123456789012345"}, ' + "[" * 100_000 + "]" * 100_000 + "]", "utf-8")
    assert "too deeply" in cli.refused("import", str(items))


def test_an_email_nesting_2000_multiparts_is_not_a_crash(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "nested.eml"
    path.write_bytes(hostile_corpus.nested_multipart(2000))
    result = cli("import", "--json", str(path))
    assert result.code == 2, result.err
    assert "nests" in result.err or "none of the" in result.err


def test_a_subject_of_20000_encoded_words_costs_nothing(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "words.eml"
    path.write_bytes(hostile_corpus.encoded_words_subject(20_000))
    result = cli("import", str(path))
    assert result.code == 2 and "not a notification" in result.err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_not_read(cli: Any, tmp_path: Path) -> None:
    pipe = tmp_path / "orders.csv"
    os.mkfifo(pipe)
    outcome: list[Any] = []
    worker = threading.Thread(target=lambda: outcome.append(cli("import", str(pipe))), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "import of a named pipe hung"
    assert outcome[0].code == 2 and "not a regular file" in outcome[0].err
    photo = cli("add", "--order", "8123456789012345", "--store", "S", "--title", "T", "--total", "1",
                "--currency", "USD")  # fmt: skip
    assert photo.code == 0
    worker = threading.Thread(
        target=lambda: outcome.append(cli("attach", "8123456789012345", str(pipe))), daemon=True
    )
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "attach of a named pipe hung"
    assert outcome[1].code == 2


def test_random_bytes_as_csv_are_refused_or_row_errors(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "noise.csv"
    for seed in range(30):
        path.write_bytes(HEADER.encode() + b"\n" + hostile_corpus.noise(4096, seed))
        result = cli("import", str(path))
        assert result.code in (0, 2), result.err
        assert "unexpected error" not in result.err
    path.write_bytes(b"Order\rDate,x\n" + hostile_corpus.noise(4096, 99))  # a carriage return in the header
    result = cli("import", str(path))
    assert result.code == 2 and "unexpected error" not in result.err, result.err


def test_one_huge_field_is_that_rows_error_and_the_good_rows_import(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "big-field.csv"
    lines = [HEADER, _row("8100000000000001", "Good one"), _row("8100000000000002", "x" * (5 << 20)),
             _row("8100000000000003", "Good two")]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", "utf-8")
    document = cli.json("import", str(path))
    assert document["added"] == 2
    assert [e["line"] for e in document["errors"]] == [3]
    assert "longer than 1 MB" in document["errors"][0]["message"]


def test_control_characters_never_reach_the_data_or_the_export(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_text(HEADER + "\n" + _row("8100000000000001", "Cable\x00 with\x1b[31m escape") + "\n", "utf-8")
    assert cli.json("import", str(path))["added"] == 1
    shown = cli.json("show", "8100000000000001")
    assert shown["title"] == "Cable with[31m escape"
    cli.ok("add", "--order", "8100000000000002", "--store", "S\x07hop", "--title", "A\x00B", "--total", "1",
           "--currency", "USD", "--note", "line one\r\nline\x00 two")  # fmt: skip
    added = cli.json("show", "8100000000000002")
    assert (added["store"], added["title"], added["note"]) == ("Shop", "AB", "line one\nline two")
    out = tmp_path / "out.csv"
    cli.ok("export", "--format", "csv", "--out", str(out))
    data = out.read_bytes()
    assert b"\x00" not in data and b"\x1b" not in data and b"\x07" not in data


def test_a_windows_1251_csv_is_detected_and_can_be_named(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "ru.csv"
    text = HEADER + "\n" + _row("8100000000000001", "Чехол для телефона", "1 299,00 руб.") + "\n"
    path.write_bytes(text.replace("1 299,00 руб.", "US $12.99").encode("windows-1251"))
    document = cli.json("import", "--dry-run", str(path))
    assert document["encoding"] == "windows-1251"
    cli.json("import", str(path))
    assert cli.json("show", "8100000000000001")["title"] == "Чехол для телефона"
    other = tmp_path / "ru2.csv"
    other.write_bytes(text.replace("8100000000000001", "8100000000000002").replace("1 299,00 руб.", "US $1")
                      .encode("windows-1251"))  # fmt: skip
    forced = cli.json("import", "--encoding", "koi8-r", str(other))
    assert forced["encoding"] == "koi8-r"
    assert cli.json("show", "8100000000000002")["title"] != "Чехол для телефона"
    assert "not an encoding" in cli.refused("import", "--encoding", "martian", str(other))


def test_detect_encoding() -> None:
    assert detect_encoding("Чехол".encode()) == "utf-8"
    assert detect_encoding("Чехол".encode()[:-1]) == "utf-8"  # cut in the middle of a character
    assert detect_encoding(b"\xff\xfeh\x00") == "utf-16"
    sample = ("Заказ,Товар,Цена\n" + "Чехол для телефона,Кабель USB,Зарядное устройство\n" * 20).encode(
        "cp1251"
    )
    assert detect_encoding(sample) == "windows-1251"


def test_clean_text() -> None:
    assert clean_text("plain") == "plain"
    assert clean_text("a\x00b\tc\nd\x85e") == "ab c de"
    assert clean_text("a\r\nb\x00\tc", multiline=True) == "a\nb\tc"


def test_xlsx_bombs_are_refused_before_openpyxl_reads_them(cli: Any, tmp_path: Path) -> None:
    blank = tmp_path / "blank.xlsx"
    hostile_corpus.xlsx_blank_sheet(blank, 200 << 20)
    result = cli("import", str(blank))
    assert result.code == 2 and "zip bomb" in result.err, result.err
    strings = tmp_path / "strings.xlsx"
    hostile_corpus.xlsx_huge_shared_strings(strings, 100 << 20)
    result = cli("import", str(strings))
    assert result.code == 2 and ("too large" in result.err or "zip bomb" in result.err), result.err


def test_an_xlsx_whose_dimension_understates_it_imports_every_row(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "understated.xlsx"
    hostile_corpus.xlsx_understated_dimension(path, rows=300)
    document = cli.json("import", "--currency", "USD", str(path))
    assert document["added"] == 300, document["errors"][:3]


def test_every_reader_refuses_garbage_in_its_format(tmp_path: Path) -> None:
    from app.importers.detect import read_source
    from app.importers.model import Format

    garbage = tmp_path / "garbage"
    garbage.write_bytes(hostile_corpus.noise(2048, 3))
    for fmt in Format:
        if fmt is Format.PASTE:
            continue
        try:
            read_source([garbage], fmt, "USD")
        except Refused:
            pass
