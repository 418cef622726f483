"""Readers: every input format, Russian encodings, front matter, folders, and bad input."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from geo.documents.model import Document
from geo.documents.readers import iter_paths, read_path, read_paths
from geo.documents.readers.plain_text import split_front_matter
from geo.errors import ReadError

RUSSIAN = "Беспилотник сбит над Белгородской областью, сообщил Гладков."


def docs_and_errors(items):
    items = list(items)
    return [i for i in items if isinstance(i, Document)], [str(i) for i in items if isinstance(i, ReadError)]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8_r", "utf-16"])
def test_russian_text_in_the_encodings_sources_use(tmp_path, encoding):
    (tmp_path / "ru.txt").write_bytes(RUSSIAN.encode(encoding))
    (doc,) = read_path(str(tmp_path / "ru.txt"))
    assert doc.text == RUSSIAN


def test_cp1251_csv_and_html_are_decoded(tmp_path):
    (tmp_path / "a.csv").write_bytes(f"text,title\n\"{RUSSIAN}\",Заголовок\n".encode("cp1251"))
    (tmp_path / "a.html").write_bytes(f"<html><body><p>{RUSSIAN}</p></body></html>".encode("cp1251"))
    (csv_doc,) = read_path(str(tmp_path / "a.csv"))
    (html_doc,) = read_path(str(tmp_path / "a.html"))
    assert (csv_doc.text, csv_doc.title) == (RUSSIAN, "Заголовок")
    assert html_doc.text == RUSSIAN


def test_front_matter_gives_title_date_and_url(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Drones over Kursk\npublished: 2024-07-22\n"
                                   "url: https://example.org/a\nauthor: X\n---\nFive drones were shot down.\n")
    (doc,) = read_path(str(tmp_path / "a.md"), published=dt.date(2020, 1, 1))
    assert doc.text == "Five drones were shot down.\n"
    assert (doc.title, doc.published, doc.url) == ("Drones over Kursk", dt.date(2024, 7, 22), "https://example.org/a")
    assert doc.meta == {"author": "X"} and doc.id == str(tmp_path / "a.md")


def test_a_markdown_rule_is_not_front_matter():
    text = "---\nJust a rule line\n---\nBody"
    assert split_front_matter(text) == ({}, text)
    assert split_front_matter("No front matter") == ({}, "No front matter")


def test_published_option_applies_when_the_file_has_no_date(tmp_path):
    (tmp_path / "a.txt").write_text("Text.")
    (doc,) = read_path(str(tmp_path / "a.txt"), published=dt.date(2024, 7, 22))
    assert doc.published == dt.date(2024, 7, 22)


def test_front_matter_with_a_bad_date_names_the_file(tmp_path):
    (tmp_path / "a.txt").write_text("---\npublished: yesterday\n---\nText.")
    with pytest.raises(ReadError, match=r"a\.txt: bad published date"):
        list(read_path(str(tmp_path / "a.txt")))


def test_csv_rows_with_metadata_and_bad_rows_reported_by_line(tmp_path):
    (tmp_path / "a.csv").write_text(
        "id,published,title,url,text\n"
        "n1,2024-07-21,One,http://one,\"Drones hit Kursk,\nsaid the governor.\"\n"
        "n2,2024-07-22,Two,,\n"
        "n3,22/07/2024,Three,,Text three\n"
        ",,,,\n"
        ",2024-07-23,Four,,Text four\n", encoding="utf-8")
    docs, errors = docs_and_errors(read_path(str(tmp_path / "a.csv")))
    assert [(d.id, d.published, d.title) for d in docs] == [
        ("n1", dt.date(2024, 7, 21), "One"), (f"{tmp_path}/a.csv#7", dt.date(2024, 7, 23), "Four")]
    assert docs[0].text == "Drones hit Kursk,\nsaid the governor." and docs[0].url == "http://one"
    assert errors == [f"{tmp_path}/a.csv line 4: missing or empty 'text' field",
                      f"{tmp_path}/a.csv line 5: bad published date '22/07/2024' (want YYYY-MM-DD)"]


def test_csv_with_semicolons_in_the_text_is_still_comma_separated(tmp_path):
    (tmp_path / "a.csv").write_text('text,title\n"One; two; three; four",T\n')
    (doc,) = read_path(str(tmp_path / "a.csv"))
    assert (doc.text, doc.title) == ("One; two; three; four", "T")


def test_csv_with_semicolons_and_without_a_text_column(tmp_path):
    (tmp_path / "semi.csv").write_text("title;text\nT;Body one, with commas, many, of, them\n")
    (tmp_path / "none.csv").write_text("title,body2\nT,x\n")
    (doc,) = read_path(str(tmp_path / "semi.csv"))
    assert (doc.title, doc.text) == ("T", "Body one, with commas, many, of, them")
    with pytest.raises(ReadError, match=r"none\.csv: no 'text' column"):
        list(read_path(str(tmp_path / "none.csv")))


def test_html_keeps_the_article_and_drops_scripts_styles_and_chrome(tmp_path):
    (tmp_path / "a.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Site | Page</title>'
        '<meta property="og:title" content="Drones over Kursk">'
        '<meta property="article:published_time" content="2024-07-22T08:00:00+03:00">'
        '<link rel="canonical" href="https://example.org/kursk">'
        '<script>var drones = 99;</script><style>p { color: red }</style></head>'
        '<body><nav>Home | News</nav><article><h1>Drones over Kursk</h1>'
        '<p>Five drones were shot down &amp; one hit a barn.</p><script>track()</script>'
        '<p>No one was hurt.<br>Officials said.</p></article>'
        '<aside>Related: other drones</aside><footer>© Site</footer></body></html>')
    (doc,) = read_path(str(tmp_path / "a.html"))
    assert doc.text == ("Drones over Kursk\n\nFive drones were shot down & one hit a barn.\n\n"
                        "No one was hurt.\n\nOfficials said.")
    assert (doc.title, doc.published, doc.url, doc.language) == (
        "Drones over Kursk", dt.date(2024, 7, 22), "https://example.org/kursk", "en")


def test_html_without_article_uses_the_body_and_an_empty_page_is_an_error(tmp_path):
    (tmp_path / "a.htm").write_text("<html><body><div>One drone hit a house.</div><script>x()</script></body>")
    (tmp_path / "empty.html").write_text("<html><head><script>only()</script></head><body> </body></html>")
    (tmp_path / "nohead.html").write_text("<html><head><title>T</title><body><p>Two drones were downed.</p>")
    (doc,) = read_path(str(tmp_path / "a.htm"))
    assert doc.text == "One drone hit a house."
    assert next(read_path(str(tmp_path / "nohead.html"))).text == "T\n\nTwo drones were downed."
    with pytest.raises(ReadError, match=r"empty\.html: no article text"):
        list(read_path(str(tmp_path / "empty.html")))


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "the file is empty"),
    ("blank.md", b"  \n\n", "the file is empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    ("noise.txt", bytes(range(1, 32)) * 40, "binary file"),
    ("broken.json", b'{"text": "unterminated', "invalid JSON"),
    ("notext.json", b'{"title": "no text"}', "missing or empty 'text'"),
])
def test_bad_files_raise_one_clear_error_naming_the_file(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ReadError, match=reason) as info:
        list(read_path(str(tmp_path / name)))
    assert str(info.value).startswith(str(tmp_path / name))


def test_jsonl_and_json_lists_keep_the_good_rows(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "one"}\nnot json\n\n{"title": "x"}\n{"text": "four", "id": "d4"}\n')
    (tmp_path / "a.json").write_text(json.dumps([{"text": "one"}, {"text": ""}, {"text": "three"}]))
    docs, errors = docs_and_errors(read_path(str(tmp_path / "a.jsonl")))
    assert [d.text for d in docs] == ["one", "four"] and docs[1].id == "d4"
    assert [e.split(": ")[0] for e in errors] == [f"{tmp_path}/a.jsonl line 2", f"{tmp_path}/a.jsonl line 4"]
    docs, errors = docs_and_errors(read_path(str(tmp_path / "a.json")))
    assert [d.text for d in docs] == ["one", "three"] and errors[0].startswith(f"{tmp_path}/a.json item 2:")


def test_folders_are_read_recursively_in_name_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b" / "c.md").write_text("c")
    (tmp_path / "b" / "deep" / "d.jsonl").write_text('{"text": "d"}\n')
    (tmp_path / "b" / "picture.png").write_bytes(b"\x89PNG")
    (tmp_path / ".git" / "HEAD.txt").write_text("ref")
    (tmp_path / "b" / ".hidden.txt").write_text("h")
    folder = str(tmp_path)
    assert list(iter_paths([folder, "missing.txt"])) == [
        f"{folder}/a.txt", f"{folder}/b/c.md", f"{folder}/b/deep/d.jsonl", "missing.txt"]
    docs, errors = docs_and_errors(read_paths([folder, "missing.txt"]))
    assert [d.text for d in docs] == ["a", "c", "d"] and errors == ["missing.txt: no such file"]
    assert [d.text for d in read_path(folder)] == ["a", "c", "d"]


def test_a_plain_text_headline_becomes_the_title(tmp_path, seed_paths):
    (doc,) = read_path(str(seed_paths[0]))
    assert doc.title == seed_paths[0].read_text(encoding="utf-8").splitlines()[0]
    (tmp_path / "a.md").write_text("# Drones over Kursk\n\nBody.")
    (tmp_path / "b.txt").write_text("One paragraph only, no headline.\nSecond line.")
    assert next(read_path(str(tmp_path / "a.md"))).title == "Drones over Kursk"
    assert next(read_path(str(tmp_path / "b.txt"))).title is None


NEWS_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Drones hit Sumy | Monitor</title>
<meta property="article:published_time" content="2025-08-14T09:12:00+03:00"></head><body>
<div class="news-ticker">Breaking: drones attacked Odesa port, 2 killed</div>
<main><article>
<h1>Russian drones hit Sumy overnight, injuring 3</h1>
<figure class="wp-caption"><img src="x.jpg"><figcaption>Firefighters after a drone strike in Sumy on Aug. 12, 2025.
</figcaption></figure>
<p>Russian forces attacked the city of Sumy with drones overnight on Aug. 14, injuring three people.
<div class="read-also"><b>Read also:</b> <a href="/x">Drone strike on Kharkiv kills 2</a></div>
<p>A drone hit a five-storey residential building.
<div role="complementary">Russia launches 400 drones at Kyiv</div>
<div id="related-stories"><article><h3>Drones hit Belgorod oil depot</h3></article></div>
</article></main>
<section class="more-news"><h2>More</h2><p>Drones downed over Bryansk</p></section>
</body></html>"""


def test_html_drops_captions_read_also_related_stories_and_tickers(tmp_path):
    (tmp_path / "news.html").write_text(NEWS_PAGE, encoding="utf-8")
    (doc,) = read_path(str(tmp_path / "news.html"))
    assert doc.text == ("Russian drones hit Sumy overnight, injuring 3\n\nRussian forces attacked the city of "
                        "Sumy with drones overnight on Aug. 14, injuring three people.\n\n"
                        "A drone hit a five-storey residential building.")


def test_html_incidents_come_from_the_story_not_its_caption(tmp_path):
    from geo.pipeline import process

    (tmp_path / "news.html").write_text(NEWS_PAGE, encoding="utf-8")
    (doc,) = read_path(str(tmp_path / "news.html"))
    incidents = process(doc)
    assert {inc.date for inc in incidents} == {"2025-08-14"}
    assert not {"UA-63", "UA-51", "RU-BEL", "RU-BRY", "UA-30"} & {inc.region for inc in incidents}
    assert any(inc.settlement == "Sumy" and inc.injured == 3 for inc in incidents)


def test_html_whose_article_body_has_a_furniture_like_class_keeps_its_text(tmp_path):
    (tmp_path / "a.html").write_text(
        '<html><body><div class="post has-share-bar"><p>Two drones were shot down over the Kursk region.</p>'
        '<p>Debris damaged a roof.</p></div><div class="share">Share on X</div></body></html>')
    (doc,) = read_path(str(tmp_path / "a.html"))
    assert doc.text.startswith("Two drones were shot down over the Kursk region.\n\nDebris damaged a roof.")
