"""Feeds recognised from their content, pages read into documents, charsets found or guessed."""
from __future__ import annotations

import datetime as dt

import pytest

from geo.errors import FetchError
from geo.sources.charset import decode_page, guess_charset
from geo.sources.feeds import parse_feed
from geo.sources.pages import combine_text, read_feed_content, read_page
from support.fetch_site import CP1251, KURSK, RUSSIAN, SUMY, atom, broken_feed, rdf, rss

BASE = "http://news.test"


def test_rss2_atom_and_rss1_are_told_from_their_content_not_their_url():
    feed = parse_feed(rss(BASE), "text/html", f"{BASE}/whatever.html")  # a wrong content type does not matter
    assert feed and feed.format == "RSS 2.0" and feed.title == "Monitor news"
    assert [i.link for i in feed.items] == [f"{BASE}/news/sumy.html", f"{BASE}/news/kursk.html",
                                            f"{BASE}/news/cp1251.html"]  # the relative link resolved
    assert feed.items[0].published == dt.datetime(2025, 8, 14, 9, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    a = parse_feed(atom(BASE), "", BASE)
    assert a and a.format == "Atom" and a.items[0].content and "five drones" in a.items[0].content
    assert a.items[1].content is None  # a summary is not the article: the page is fetched
    assert a.items[1].published and a.items[1].published.date() == dt.date(2025, 3, 4)
    r = parse_feed(rdf(BASE), "application/rdf+xml", BASE)
    assert r and r.format == "RSS 1.0" and r.items[0].link == f"{BASE}/news/sumy.html"
    assert parse_feed(broken_feed(BASE)) is not None


@pytest.mark.parametrize("body", [SUMY.encode(), b"<?xml version='1.0'?><html><body>x</body></html>",
                                  b"<?xml version='1.0'?><rss><channel", b"not xml at all", b""])
def test_pages_and_broken_xml_are_not_feeds(body):
    assert parse_feed(body, "text/xml") is None


def test_an_entity_bomb_is_refused_not_expanded():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">' +
            b"".join(b'<!ENTITY %c "&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;">' % ((98 + i,) + (97 + i,) * 10)
                     for i in range(8)) + b']><rss><channel><item><link>&i;</link></item></channel></rss>')
    assert parse_feed(bomb) is None


def test_an_article_page_keeps_the_story_and_drops_read_also_and_asides():
    doc = read_page(SUMY.encode(), f"{BASE}/news/sumy.html", "text/html; charset=utf-8")
    assert doc.text == ("Russian drones hit Sumy overnight, injuring 3\n\nRussian forces attacked the city of Sumy "
                        "with drones overnight on Aug. 14, injuring three people.\n\nA drone hit a five-storey "
                        "residential building, the regional administration said.")
    assert (doc.id, doc.url, doc.published, doc.title) == (f"{BASE}/news/sumy.html", f"{BASE}/news/sumy.html",
                                                           dt.date(2025, 8, 14), "Russian drones hit Sumy overnight, injuring 3")
    assert doc.meta["site_name"] == "news.test" and doc.meta["page_date"] == "2025-08-14"


def test_a_page_without_article_loses_its_menu_and_popular_list_and_keeps_its_json_ld_date():
    doc = read_page(KURSK.encode(), f"{BASE}/kursk", "text/html")
    assert doc.text == ("Drones downed over Kursk\n\nAir defence forces shot down seven drones over the Kursk region "
                        "overnight, the governor said on Tuesday.\n\nDebris damaged the roof of a house in the "
                        "village of Tetkino; no one was hurt, the regional administration said.")
    assert doc.published == dt.date(2025, 3, 4) and doc.meta["site_name"] == "Kursk Daily"


def test_combining_keeps_only_what_both_readers_kept():
    assert combine_text("Story.\nRead also: other\nMore story.", "Story.\n\nMore story.") == "Story.\n\nMore story."
    assert combine_text("Menu\nStory.", "Home News\n\nStory.") == "Story."
    assert combine_text("", "Only the reader found this.") == "Only the reader found this."
    assert combine_text("Story.\nStory.\nEnd.", "Story.\n\nEnd.") == "Story.\n\nEnd."  # once each


def test_a_cp1251_page_without_any_charset_is_decoded_and_takes_the_feed_items_date():
    doc = read_page(CP1251, f"{BASE}/ru", "text/html", item_date=dt.date(2025, 2, 1))
    assert RUSSIAN in doc.text and doc.meta["encoding"] == "cp1251" and doc.published == dt.date(2025, 2, 1)


@pytest.mark.parametrize("codec", ["utf-8", "cp1251", "koi8_r"])
def test_the_guess_is_limited_to_cyrillic_encodings(codec):
    assert decode_page(RUSSIAN.encode(codec))[0] == RUSSIAN
    ukrainian = "Вночі сили ППО збили 12 безпілотників над Харківською областю, повідомив голова ОВА. Їхні будинки"
    assert decode_page(ukrainian.encode("koi8_u"))[0] == ukrainian
    assert guess_charset(RUSSIAN.encode(codec)) == {"koi8_r": "koi8-r"}.get(codec, codec)


def test_a_declared_charset_wins_and_a_wrong_one_is_ignored():
    assert decode_page(RUSSIAN.encode("koi8_r"), "text/html; charset=KOI8-R") == (RUSSIAN, "koi8-r")
    meta = b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">' + RUSSIAN.encode("cp1251")
    assert decode_page(meta) == (meta.decode("cp1251"), "cp1251")
    assert decode_page(RUSSIAN.encode("utf-8"), "text/html; charset=ascii") == (RUSSIAN, "utf-8")


def test_a_page_without_text_is_one_line():
    with pytest.raises(FetchError, match=r"^http://news\.test/empty: no article text"):
        read_page(b"<html><body><script>x()</script></body></html>", f"{BASE}/empty")


def test_feed_content_is_read_as_html():
    doc = read_feed_content("<p>Five drones were <b>downed</b>.</p>", True, f"{BASE}/a", "Bryansk", dt.date(2025, 5, 3))
    assert doc.text == "Bryansk\n\nFive drones were downed." and doc.published == dt.date(2025, 5, 3)
