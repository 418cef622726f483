"""Hostile input files (issue 18): runaway JSON nesting, lone surrogates, stray CSV quotes and file
names that try to drive the terminal.  Each gets one clear line naming the file (and line); the
rest of the batch goes in."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from geo.cli import main
from geo.documents.limits import printable
from geo.documents.readers import read_path
from geo.errors import ReadError
from geo.store import open_store

ROOT = Path(__file__).resolve().parent.parent
GOOD = "A drone hit a warehouse in the village of Shchetinovka in the Belgorod region on July {day}, 2024."
DEEP = "[" * 200_000


def good(day: int) -> str:
    return GOOD.format(day=day)


def run(args: list[str], capsys) -> tuple[int, str, list[str]]:
    code = main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err.splitlines()


def stored_texts() -> dict[str, str]:
    with open_store() as store:
        return {d: store.document(d)["text"] for d in store.query()["document"]}


# -- 1. JSON nested too deeply ------------------------------------------------------------------

def test_runaway_json_nesting_is_one_line_per_file_and_the_rest_goes_in(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-deep.json").write_text(DEEP, encoding="utf-8")
    (folder / "b-deep-later.json").write_text(f'[{json.dumps({"text": good(22)})},\n\n{DEEP}', encoding="utf-8")
    (folder / "c-rows.jsonl").write_text(json.dumps({"text": good(23), "id": "c1"}) + "\n"
                                         + '{"text": ' + DEEP + "\n"
                                         + json.dumps({"text": good(24), "id": "c3"}) + "\n", encoding="utf-8")
    (folder / "d-good.txt").write_text(good(25), encoding="utf-8")
    code, out, err = run(["ingest", "--quiet", str(folder)], capsys)
    deep = "invalid JSON (nested too deeply: brackets more than 100 levels deep; an article needs two or three)"
    assert code == 1 and err == [f"error: {folder}/a-deep.json line 1: {deep}",
                                 f"error: {folder}/b-deep-later.json line 3: {deep}",
                                 f"error: {folder}/c-rows.jsonl line 2: {deep}"]
    assert out.startswith("documents: 3 new, 0 unchanged, 3 failed")
    assert set(stored_texts()) == {"c1", "c3", f"{folder}/d-good.txt"}  # b is parsed whole: all of it is lost


def test_extract_reports_runaway_nesting_in_one_line_and_goes_on(tmp_path, capsys):
    (tmp_path / "deep.json").write_text(DEEP, encoding="utf-8")
    (tmp_path / "good.txt").write_text(good(21), encoding="utf-8")
    code, out, err = run(["extract", str(tmp_path / "deep.json"), str(tmp_path / "good.txt")], capsys)
    assert code == 1 and len(err) == 1 and err[0].startswith(f"error: {tmp_path}/deep.json line 1: invalid JSON")
    assert [r["settlement"] for r in json.loads(out)] == ["Shchetinovka"]


def test_nesting_an_article_may_need_is_read():
    from geo.documents.readers.json_docs import read_json_file

    nested = {"text": good(21), "meta": [[[[{"tags": [["drones"]]}]]]]}
    (doc,) = read_json_file(json.dumps(nested).encode(), "n.json")
    assert doc.text == good(21)


# -- 2. lone surrogates --------------------------------------------------------------------------

def test_a_lone_surrogate_is_replaced_named_and_the_rest_kept(tmp_path, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n".join([
        json.dumps({"text": good(21), "id": "r1"}),
        '{"id": "r2", "title": "Broken \\udc00 title", "text": "' + good(22) + ' \\ud800 A cut emoji."}',
        json.dumps({"text": good(23) + " An emoji that is whole: \U0001F600.", "id": "r3"}),
    ]) + "\n", encoding="utf-8")
    items = tmp_path / "items.json"
    items.write_text('[{"text": "' + good(24) + ' \\ude00", "id": "i1"}]', encoding="utf-8")
    code, out, err = run(["ingest", "--quiet", str(rows), str(items)], capsys)
    what = "(a lone UTF-16 surrogate such as \\ud800, half of a broken emoji) replaced with U+FFFD"
    assert code == 0 and err == [f"warning: {rows} line 2: 2 invalid characters {what}",
                                 f"warning: {items} item 1: 1 invalid character {what}"]
    assert out.startswith("documents: 4 new, 0 unchanged, 0 failed")
    texts = stored_texts()
    assert texts["r2"] == good(22) + " \ufffd A cut emoji." and texts["i1"] == good(24) + " \ufffd"
    assert texts["r3"].endswith("\U0001F600.")  # a surrogate pair is one character, untouched
    with open_store() as store:
        r2 = store.document("r2")
        assert r2["title"] == "Broken \ufffd title" and r2["meta"] == {"characters_replaced": 2}
        assert store.document("r1")["meta"] in (None, {})


def test_extract_warns_about_a_replaced_surrogate_and_prints_the_incident(tmp_path, capsys):
    (tmp_path / "a.json").write_text('{"text": "' + good(21) + ' \\ud83d"}', encoding="utf-8")
    code, out, err = run(["extract", "--format", "jsonl", str(tmp_path / "a.json")], capsys)
    assert code == 0 and err == [f"warning: {tmp_path}/a.json: 1 invalid character (a lone UTF-16 surrogate "
                                 "such as \\ud800, half of a broken emoji) replaced with U+FFFD"]
    assert json.loads(out.splitlines()[0])["settlement"] == "Shchetinovka"


# -- 9. a stray quote in a CSV row --------------------------------------------------------------

def test_a_stray_quote_does_not_swallow_the_next_row(tmp_path, capsys):
    path = tmp_path / "rows.csv"
    path.write_text('id,text\n'
                    f'a,"{good(21)}\n'  # the closing quote is missing
                    f'b,"{good(22)}"\n'
                    f'c,{good(27).replace(",", "")}\n', encoding="utf-8")
    code, out, err = run(["ingest", "--quiet", str(path)], capsys)
    assert code == 1 and err == [f"error: {path} line 2: broken CSV: a quote opened on this line runs on into "
                                 "line 3 (a stray quote?); this row is skipped and the lines after it are read "
                                 "as rows"]
    assert stored_texts() == {"b": good(22), "c": good(27).replace(",", "")}
    with open_store() as store:  # each incident credited to its own row
        assert sorted(store.query()["date"]) == ["2024-07-22", "2024-07-27"]


def test_a_quote_left_open_to_the_end_of_the_file_loses_only_its_row(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(f'id;text\na;"{good(21)}\nb;Second row\r\nc;Third row\n', encoding="utf-8")
    items = list(read_path(str(path)))
    assert [str(i) for i in items if isinstance(i, ReadError)] == [
        f"{path} line 2: broken CSV: a quote opened on this line runs on into line 4 (a stray quote?); this row "
        "is skipped and the lines after it are read as rows"]
    assert [(d.id, d.text) for d in items if not isinstance(d, ReadError)] == [("b", "Second row"),
                                                                            ("c", "Third row")]


def test_loose_quotes_on_one_line_and_multi_line_texts_read_as_before(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text('id,text\n'
                    'a,"Kyiv" region was attacked by drones\n'
                    'b,"First paragraph.\n\nSecond, with a comma."\n'
                    'c,Quotes "inside" an unquoted field\n', encoding="utf-8")
    assert [d.text for d in read_path(str(path))] == [
        "Kyiv region was attacked by drones", "First paragraph.\n\nSecond, with a comma.",
        'Quotes "inside" an unquoted field']


def test_a_row_with_more_fields_than_the_header_is_reported(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("id,text\na,Drones hit Kyiv, Ukraine on July 3\nb,Fine text,\n", encoding="utf-8")
    items = list(read_path(str(path)))
    assert str(items[0]) == (f"{path} line 2: 3 fields where the header names 2 (an unquoted delimiter or a "
                             "stray quote?); quote the text")
    assert items[1].text == "Fine text"  # an empty trailing cell is not a field too many


# -- 8. file names that try to drive the terminal ------------------------------------------------

HOSTILE_NAMES = {"new\nline.txt": "new\\nline.txt", "esc\x1b[31mred.json": "esc\\x1b[31mred.json",
                 "rtl\u202etxt.md": "rtl\\u202etxt.md"}


def test_hostile_file_names_are_escaped_in_every_message(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in HOSTILE_NAMES:
        (folder / name).write_text("{" if name.endswith(".json") else "", encoding="utf-8")
    (folder / "ok\u202e.txt").write_text(good(21), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "geo", "ingest", str(folder)], capture_output=True,
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)})
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 1 and "Traceback" not in err
    assert "\x1b" not in err and "\u202e" not in err
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    progress = [line for line in err.splitlines() if re.match(r"\d/4 documents \(\d+%\) ", line)]
    assert len(errors) == 3 and len(errors) + len(progress) == len(err.splitlines())  # no line forged by a name
    assert all(any(f"{folder}/{shown}: " in line for line in errors) for shown in HOSTILE_NAMES.values())
    with open_store() as store:
        assert store.document(f"{folder}/ok\\u202e.txt") is not None


def test_a_file_name_that_is_not_utf8_is_read_and_stored(tmp_path, capsys):
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(raw, "wb") as fh:
        fh.write(good(21).encode())
    name = os.fsdecode(raw)
    code, out, err = run(["ingest", "--quiet", name], capsys)
    assert code == 0 and out.startswith("documents: 1 new")
    with open_store() as store:
        assert store.document(f"{tmp_path}/caf\\xe9.txt")["text"] == good(21)


def test_printable_escapes_controls_bidi_and_undecodable_bytes_only():
    assert printable("Белгород, Київ — ok.txt") == "Белгород, Київ — ok.txt"
    assert printable("a\r\nb\t\x00\x7f\x85") == "a\\r\\nb\\t\\x00\\x7f\\x85"
    assert printable("x\u202ey\u2066z\u200f\u2028") == "x\\u202ey\\u2066z\\u200f\\u2028"
    assert printable("caf\udce9 \ud800") == "caf\\xe9 \\ud800"
    assert printable(printable("a\nb")) == "a\\nb"


def test_option_values_are_escaped_in_usage_errors(capsys):
    import pytest

    with pytest.raises(SystemExit) as exit_:
        main(["export", "--format", "csv", "stray\x1b[2J\u202eword"])  # argparse quotes these raw
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and err.endswith("error: unrecognized arguments: stray\\x1b[2J\\u202eword\n")


def test_an_uploaded_files_name_is_escaped_in_its_messages():
    from geo.documents.uploads import read_bytes

    docs, errors = read_bytes("rows\u202e\n.jsonl", b'{"oops\n' + json.dumps({"text": good(21)}).encode())
    assert errors == ["rows\\u202e\\n.jsonl line 1: invalid JSON (Unterminated string starting at)"]
    assert [d.path for d in docs] == ["rows\\u202e\\n.jsonl#2"]
