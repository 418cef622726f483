"""geo.sources.http against a local site on 127.0.0.1: politeness, limits, redirects and safety."""
from __future__ import annotations

import time
import tracemalloc

import pytest

from geo.errors import FetchError
from geo.sources.http import USER_AGENT, FetchSettings, HttpClient, check_public, normalise_url
from support.fetch_site import ETAG, KURSK, SUMY, gzip_bomb, serve


@pytest.fixture(scope="module")
def site():
    with serve() as s:
        yield s


def client(**kw) -> HttpClient:
    return HttpClient(FetchSettings(**{"delay": 0.0, "timeout": 5.0, **kw}))


def test_a_page_is_fetched_with_the_tools_user_agent_after_robots_txt(site):
    answer = client().get(site.url("/news/sumy.html"))
    assert answer.status == 200 and b"Sumy" in answer.body and answer.content_type == "text/html"
    robots, page = site.hits("/robots.txt")[-1], site.hits("/news/sumy.html")[-1]
    assert robots["User-Agent"] == page["User-Agent"] == USER_AGENT and "drone-incident-atlas" in USER_AGENT


def test_robots_txt_is_obeyed(site):
    with pytest.raises(FetchError, match=r"/private/secret\.html: disallowed by .*/robots\.txt"):
        client().get(site.url("/private/secret.html"))
    assert site.hits("/private/secret.html") == []
    assert client(robots=False).get(site.url("/private/secret.html")).status == 200


def test_redirects_are_followed_at_most_five_times_and_only_to_http(site):
    answer = client().get(site.url("/old"))
    assert answer.url == site.url("/news/sumy.html") and b"Sumy" in answer.body
    assert client().get(site.url("/loop/5")).url == site.url("/loop/10")  # 5 redirects: followed
    with pytest.raises(FetchError, match=r"/loop/0: more than 5 redirects"):
        client().get(site.url("/loop/0"))
    with pytest.raises(FetchError, match="only http and https"):
        client().get(site.url("/to-ftp"))


def test_http_errors_name_the_url_and_the_status(site):
    with pytest.raises(FetchError, match=r"^http://127\.0\.0\.1:\d+/missing: HTTP 404$"):
        client().get(site.url("/missing"))
    with pytest.raises(FetchError, match=r"/error: HTTP 500$"):
        client().get(site.url("/error"))


def test_a_slow_answer_times_out(site):
    start = time.monotonic()
    with pytest.raises(FetchError, match=r"/slow: timed out"):
        client(timeout=0.5).get(site.url("/slow"))
    with pytest.raises(FetchError, match=r"/trickle: timed out"):  # each byte quick, the whole answer not
        client(timeout=1.0).get(site.url("/trickle"))
    assert time.monotonic() - start < 5  # not the 6 s the two answers take in full


@pytest.mark.parametrize("path", ["/huge", "/huge-declared"])
def test_a_50_mb_body_is_cut_at_the_size_limit(site, path):
    with pytest.raises(FetchError, match=rf"{path}: too large .*GEO_FETCH_MAX_BYTES"):
        client(max_bytes=2_000_000).get(site.url(path))


def test_conditional_request_gets_304(site):
    first = client().get(site.url("/feeds/rss.xml"))
    assert first.status == 200 and first.headers["etag"] == ETAG
    again = client().get(site.url("/feeds/rss.xml"), etag=ETAG, last_modified=first.headers["last-modified"])
    assert again.status == 304 and again.body == b""
    assert site.hits("/feeds/rss.xml")[-1]["If-None-Match"] == ETAG


def test_one_request_a_second_per_host_is_the_default_pace(site):
    c = client(delay=0.4)
    start = time.monotonic()
    for _ in range(3):
        c.get(site.url("/news/kursk.html"))
    assert time.monotonic() - start >= 3 * 0.4 - 0.01  # robots.txt, then the page three times: 3 waits
    assert FetchSettings().delay == 1.0


def test_the_pace_is_per_host_and_counts_from_the_last_request():
    now, slept = [100.0], []

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 3))
        now[0] += seconds

    c = HttpClient(FetchSettings(delay=1.0), clock=lambda: now[0], sleep=sleep)
    for host in ("a.test", "a.test", "b.test", "a.test"):
        now[0] += 0.25  # a quarter of a second between asks
        c._pace(host)
    assert slept == [0.75, 0.5]  # the second ask of a.test waits; b.test does not; a.test again waits


def test_only_http_urls_and_private_addresses_refused_when_asked(site):
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x", "http://"):
        with pytest.raises(FetchError):
            normalise_url(bad)
    with pytest.raises(FetchError, match="private or loopback address .*GEO_FETCH_ALLOW_PRIVATE=1"):
        client(allow_private=False).get(site.url("/news/sumy.html"))
    with pytest.raises(FetchError, match="private or loopback"):
        check_public("http://localhost/x")
    with pytest.raises(FetchError, match="private or loopback"):
        check_public("http://10.1.2.3/x")  # an address only: nothing is sent there


def test_a_cyrillic_path_is_percent_encoded():
    assert normalise_url("http://example.org/новости/1?q=дрон#top") == (
        "http://example.org/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1?q=%D0%B4%D1%80%D0%BE%D0%BD")


def test_a_refused_connection_is_one_line():
    import socket

    with socket.socket() as s:  # a port with nothing listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match=rf"^http://127\.0\.0\.1:{port}/x: robots\.txt could not be read "
                                         r"\(connection refused\)"):
        client().get(f"http://127.0.0.1:{port}/x")


def test_gzip_is_asked_for_and_undone(site):
    answer = client().get(site.url("/gz/kursk.html"))
    assert site.hits("/gz/kursk.html")[-1]["Accept-Encoding"] == "gzip"
    assert answer.body == KURSK.encode() and answer.content_type == "text/html"
    assert "content-encoding" not in answer.headers  # the headers describe the body as returned
    # several gzip members one after the other, then zero padding: one body, as gzip(1) reads it
    assert client().get(site.url("/gz/two-members.html")).body == SUMY.encode()
    # a header that names no compression ("UTF-8", from a misconfigured server): the body as it is
    assert client().get(site.url("/gz/misnamed.html")).body == SUMY.encode()


def test_a_gzip_bomb_stops_at_the_size_limit_of_the_decoded_bytes(site):
    bomb, limit = gzip_bomb(), 2_000_000
    assert len(bomb) < limit // 10  # what is sent is small: only the decoded size can catch it
    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match=r"/gz/bomb\.html: too large once decompressed \(over 2\.0 MB, "
                                             r"the limit set by GEO_FETCH_MAX_BYTES\)$"):
            client(max_bytes=limit).get(site.url("/gz/bomb.html"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * limit  # not the 100 MB the bomb unpacks to
    assert client(max_bytes=200_000).get(site.url("/gz/kursk.html")).body == KURSK.encode()  # under it: read


@pytest.mark.parametrize("path, reason", [
    ("/gz/not-gzip.html", "broken gzip body (incorrect header check)"),
    ("/gz/cut-short.html", "broken gzip body (it ends before its compressed data does)"),
    ("/gz/brotli.html", "unsupported Content-Encoding 'br' (only gzip is asked for)"),
    ("/gz/twice.html", "unsupported Content-Encoding 'gzip, gzip' (only gzip is asked for)"),
])
def test_a_body_that_cannot_be_decoded_is_a_clear_failure(site, path, reason):
    with pytest.raises(FetchError) as caught:
        client().get(site.url(path))
    assert str(caught.value) == f"{site.url(path)}: {reason}"
