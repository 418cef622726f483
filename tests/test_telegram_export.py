"""Telegram Desktop channel exports read by ``geo ingest result.json``: one document a message, nothing twice."""
from __future__ import annotations

import datetime as dt
import json

from geo.cli import main
from geo.documents.readers import read_path
from geo.errors import ReadNote
from geo.sources.telegram import channel_username, message_text
from geo.store import open_store

POST_2 = "Над Белгородской областью уничтожены 5 беспилотников. Пострадавших нет."


def export(messages: list[dict]) -> dict:
    return {"name": "Губернатор Белгородской области", "type": "public_channel", "id": 1234567890,
            "messages": messages}


def first_export() -> list[dict]:
    return [
        {"id": 1, "type": "service", "date": "2025-03-01T09:00:00", "actor": "Channel", "action": "create_channel",
         "title": "Губернатор", "text": ""},
        {"id": 2, "type": "message", "date": "2025-03-02T07:15:00", "from": "Channel", "text": POST_2,
         "text_entities": [{"type": "plain", "text": POST_2}]},
        {"id": 3, "type": "message", "date": "2025-03-03T22:40:00",
         "text": ["В ", {"type": "bold", "text": "Шебекино"}, " дрон атаковал легковой автомобиль, ранен мужчина. ",
                  {"type": "text_link", "text": "Подробнее", "href": "https://t.me/vvgladkov/2"}]},
        {"id": 4, "type": "message", "date": "2025-03-04T10:00:00", "photo": "photos/photo_4.jpg", "text": "",
         "text_entities": []},
        {"id": 5, "type": "message", "date": "2025-03-04T11:00:00", "forwarded_from": "Другой канал", "text": POST_2},
    ]


def write(tmp_path, messages, name="result.json"):
    path = tmp_path / name
    path.write_text(json.dumps(export(messages), ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_messages_become_documents_with_stable_ids_and_the_rest_is_counted(tmp_path):
    items = list(read_path(write(tmp_path, first_export())))
    docs, notes = items[:-1], items[-1]
    assert [d.id for d in docs] == ["https://t.me/vvgladkov/2", "https://t.me/vvgladkov/3"]
    assert docs[1].text == ("В Шебекино дрон атаковал легковой автомобиль, ранен мужчина. Подробнее")
    assert [d.published for d in docs] == [dt.date(2025, 3, 2), dt.date(2025, 3, 3)]
    assert {d.title for d in docs} == {"Губернатор Белгородской области"}
    assert docs[0].url == docs[0].id and docs[0].meta["feed"] == "https://t.me/vvgladkov"
    assert isinstance(notes, ReadNote) and str(notes).endswith(
        "2 message(s) with text read; skipped 1 service messages, 1 without text (media only), "
        "1 forwarded duplicates")


def test_without_links_to_its_own_posts_the_channel_has_a_private_link_id():
    messages = [{"id": 7, "type": "message", "date": "2025-01-01T00:00:00", "text": "see https://t.me/other/99"}]
    assert channel_username(messages) is None
    assert message_text(["a ", {"type": "link", "text": "b"}, 3]) == "a b"


def test_ingest_reads_an_export_and_a_newer_one_adds_only_new_messages(tmp_path, capsys, store_url):
    db = store_url
    assert main(["ingest", "--quiet", "--db", db, write(tmp_path, first_export())]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("documents: 2 new, 0 unchanged, 0 failed; incidents: ")
    assert "note: " in err and "1 service messages" in err and "error" not in err
    newer = first_export()
    newer[2]["text"][0] = "Утром в "  # an edited post: the same message, not a new one
    newer.append({"id": 6, "type": "message", "date": "2025-03-05T06:00:00",
                  "text": "Над Курской областью сбиты три беспилотника."})
    assert main(["ingest", "--quiet", "--db", db, write(tmp_path, newer, "result2.json")]) == 0
    assert capsys.readouterr().out.startswith("documents: 1 new, 2 unchanged, 0 failed")
    with open_store(db) as store:
        assert store.document_count() == 3
        assert store.document("https://t.me/vvgladkov/6")["published"] == "2025-03-05"
        (channel,) = store.feeds_overview().to_dict("records")
        assert channel["kind"] == "telegram" and channel["title"] == "Губернатор Белгородской области"
        assert channel["url"] == "https://t.me/vvgladkov" and channel["documents"] == 3


def test_an_ordinary_json_file_is_not_taken_for_an_export(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": "Drones over Kursk.", "messages": [], "type": "note"}))
    (doc,) = read_path(str(path))
    assert doc.text == "Drones over Kursk."


def test_half_an_emoji_is_replaced_counted_and_stored(tmp_path, capsys):
    """JSON can hold a lone surrogate (an emoji cut in two); no store can encode one: U+FFFD, and said so."""
    messages = [{"id": 8, "type": "message", "date": "2025-03-06T08:00:00",
                 "text": "Над Курской областью сбиты три беспилотника \ud83d."},
                {"id": 9, "type": "message", "date": "2025-03-06T09:00:00", "text": "Отбой тревоги."}]
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export(messages)), encoding="utf-8")  # ASCII escapes: "\\ud83d" in the file
    db = str(tmp_path / "tg.db")
    assert main(["ingest", "--quiet", "--db", db, str(path)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("documents: 2 new, 0 unchanged, 0 failed")
    assert f"{path} message 8: 1 invalid character (a lone UTF-16 surrogate" in err
    with open_store(db) as store:
        stored = store.document("https://t.me/c/1234567890/8")
        assert stored["text"].endswith("беспилотника \ufffd.") and stored["meta"]["characters_replaced"] == 1
