"""Telegram Desktop HTML exports (messages.html, messages2.html, …) read by ``geo ingest`` like the JSON export."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from geo.cli import main
from geo.documents.readers import iter_paths, read_path
from geo.documents.uploads import read_bytes
from geo.errors import ReadError, ReadNote
from geo.store import open_store
from support.telegram_html import page, write_export

ROOT = Path(__file__).resolve().parent.parent
CHANNEL = "Губернатор Белгородской области"
POST_2 = "Над Белгородской областью уничтожены 5 беспилотников. Пострадавших нет."


def first_pages() -> list[list[dict]]:
    """Two pages: a service message, a post, a joined post with markup, a photo alone, then (page 2)
    a forwarded copy of post 2 and a post linking to post 2, which shows the channel's username."""
    return [
        [{"id": 1, "service": True, "text": "Channel «Губернатор» created", "date": "2025-03-01 09:00"},
         {"id": 2, "date": "2025-03-02 07:15", "html": escape_text(POST_2)},
         {"id": 3, "date": "2025-03-02 07:20", "joined": True,
          "html": "В <strong>Шебекино</strong> дрон атаковал легковой автомобиль.<br>Ранен мужчина."},
         {"id": 4, "date": "2025-03-04 10:00", "photo": True}],
        [{"id": 5, "date": "2025-03-04 11:00", "forwarded_from": "Другой канал", "html": escape_text(POST_2)},
         {"id": 6, "date": "2025-03-05 06:00", "joined": True,
          "html": 'Над Курской областью сбиты три беспилотника. <a href="https://t.me/vvgladkov/2">Подробнее</a>'}],
    ]


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def test_an_export_folder_gives_one_document_a_message_with_stable_ids(tmp_path):
    folder = write_export(tmp_path / "ChatExport_2025-03-05", CHANNEL, first_pages())
    items = list(read_path(str(folder)))
    docs, note = items[:-1], items[-1]
    assert [d.id for d in docs] == ["https://t.me/vvgladkov/2", "https://t.me/vvgladkov/3", "https://t.me/vvgladkov/6"]
    assert docs[1].text == "В Шебекино дрон атаковал легковой автомобиль.\nРанен мужчина."  # <br>: a line break
    assert docs[0].text == POST_2
    assert [d.published for d in docs] == [dt.date(2025, 3, 2), dt.date(2025, 3, 2), dt.date(2025, 3, 5)]
    assert {d.title for d in docs} == {CHANNEL} and docs[0].url == docs[0].id
    assert docs[0].meta["feed"] == "https://t.me/vvgladkov" and docs[0].meta["feed_kind"] == "telegram"
    assert docs[0].meta["published_at"] == "2025-03-02T07:15:00+03:00"
    assert docs[2].path == f"{folder / 'messages2.html'}#6"  # the page it is on
    assert isinstance(note, ReadNote) and str(note) == (
        f"{folder}: Telegram channel {CHANNEL!r}: 3 message(s) with text read; skipped 1 service messages, "
        "1 without text (media only), 1 forwarded duplicates")  # day headers are not messages


def test_the_html_and_json_exports_of_a_channel_give_the_same_ids(tmp_path):
    """The same messages exported both ways: the JSON export stores them, the HTML one adds nothing."""
    db = str(tmp_path / "tg.db")
    messages = [{"id": 2, "type": "message", "date": "2025-03-02T07:15:00", "text": POST_2},
                {"id": 6, "type": "message", "date": "2025-03-05T06:00:00",
                 "text": ["Над Курской областью сбиты три беспилотника. ",
                          {"type": "text_link", "text": "Подробнее", "href": "https://t.me/vvgladkov/2"}]}]
    result = tmp_path / "json" / "result.json"
    result.parent.mkdir()
    result.write_text(json.dumps({"name": CHANNEL, "type": "public_channel", "id": 1234567890,
                                  "messages": messages}, ensure_ascii=False), encoding="utf-8")
    assert main(["ingest", "--quiet", "--db", db, str(result)]) == 0
    html = write_export(tmp_path / "html", CHANNEL, [[first_pages()[0][1]], [first_pages()[1][1]]])
    assert main(["ingest", "--quiet", "--db", db, str(html)]) == 0
    with open_store(db) as store:
        assert store.document_count() == 2


def test_a_newer_export_adds_only_new_messages_and_the_channel_is_a_source(tmp_path, capsys):
    db = str(tmp_path / "tg.db")
    first = write_export(tmp_path / "ChatExport_2025-03-05", CHANNEL, first_pages())
    assert main(["ingest", "--quiet", "--db", db, str(first)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("documents: 3 new, 0 unchanged, 0 failed; incidents: ")
    assert "1 service messages" in err and "error" not in err
    newer = first_pages()
    newer[0][2]["html"] = "Утром в Шебекино дрон атаковал легковой автомобиль."  # edited: the same message
    newer.append([{"id": 7, "date": "2025-03-06 05:30", "html": "Над Брянской областью сбиты два беспилотника."}])
    second = write_export(tmp_path / "ChatExport_2025-03-06", CHANNEL, newer)
    assert main(["ingest", "--quiet", "--db", db, str(second / "messages.html"), str(second / "messages3.html")]) == 0
    assert capsys.readouterr().out.startswith("documents: 1 new, 3 unchanged, 0 failed")  # the export read once
    with open_store(db) as store:
        assert store.document("https://t.me/vvgladkov/7")["published"] == "2025-03-06"
        (channel,) = store.feeds_overview().to_dict("records")
        assert (channel["kind"], channel["title"], channel["url"], channel["documents"]) == (
            "telegram", CHANNEL, "https://t.me/vvgladkov", 4)


def test_a_folder_walk_gives_each_export_once_and_other_html_as_pages(tmp_path):
    write_export(tmp_path / "a", CHANNEL, first_pages())
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "messages.html").write_text("<html><body><p>Drones over Kursk.</p></body></html>")
    assert list(iter_paths([str(tmp_path)])) == [str(tmp_path / "a" / "messages.html"),
                                                 str(tmp_path / "b" / "messages.html")]
    (article,) = read_path(str(tmp_path / "b" / "messages.html"))  # an ordinary page: an article
    assert article.text == "Drones over Kursk."


def test_without_a_link_naming_the_channel_ids_use_its_private_id_or_its_name(tmp_path):
    plain = [[{"id": 9, "date": "2025-04-01 08:00", "html": "Сбиты два беспилотника."}]]
    (doc, _) = read_path(str(write_export(tmp_path / "a", "Канал", plain)))
    assert doc.id == doc.url == "telegram:Канал/9" and doc.meta["feed"] == "telegram:Канал"
    linked = [[plain[0][0], {"id": 10, "date": "2025-04-01 09:00",
                             "html": 'Уточнение к <a href="https://t.me/c/1987654321/9">посту</a>.'}]]
    docs = [d for d in read_path(str(write_export(tmp_path / "b", "Канал", linked))) if not isinstance(d, ReadNote)]
    assert [d.id for d in docs] == ["https://t.me/c/1987654321/9", "https://t.me/c/1987654321/10"]


def test_a_broken_page_is_one_error_and_the_other_pages_are_read(tmp_path):
    folder = write_export(tmp_path / "x", CHANNEL, first_pages())
    (folder / "messages3.html").write_bytes(b"\x00\x01\x02\x03" * 200)
    items = list(read_path(str(folder / "messages.html")))
    errors = [i for i in items if isinstance(i, ReadError) and not isinstance(i, ReadNote)]
    assert [str(e) for e in errors] == [f"{folder / 'messages3.html'}: looks like a binary file (or UTF-16 without "
                                        "a byte-order mark), not text"]
    assert len([i for i in items if not isinstance(i, ReadError)]) == 3


def test_an_uploaded_page_gives_its_messages(tmp_path):
    raw = page(CHANNEL, first_pages()[0]).encode("utf-8")
    docs, errors = read_bytes("messages.html", raw)
    assert errors == [] and [d.text for d in docs] == [POST_2, "В Шебекино дрон атаковал легковой автомобиль.\n"
                                                               "Ранен мужчина."]
    assert docs[0].id == "telegram:" + CHANNEL + "/2"  # a page alone: no link shows the channel


def test_dates_in_utc_or_without_a_zone_as_older_exports_write_them(tmp_path):
    one = [[{"id": 2, "date": "2025-03-02 23:15", "html": escape_text(POST_2)}]]
    markup = page(CHANNEL, one[0])
    for title, stamp in [("UTC", "2025-03-02T23:15:00+00:00"), ("", "2025-03-02T23:15:00")]:
        raw = markup.replace(" UTC+03:00", f" {title}".rstrip()).encode("utf-8")
        (doc,), _ = read_bytes("messages.html", raw)
        assert doc.meta["published_at"] == stamp and doc.published == dt.date(2025, 3, 2)


def test_the_reader_imports_on_its_own():
    """geo.sources.telegram_html and the readers' package import each other: either may come first."""
    for module in ("geo.sources.telegram_html", "geo.documents.readers"):
        done = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
