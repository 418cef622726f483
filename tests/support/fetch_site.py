"""A small news site on 127.0.0.1 for the fetch tests: feeds, pages and every misbehaviour the client must survive.

Started by the tests (``with serve() as site``), on a free port, in a thread; it records each
request (path, headers, monotonic time) so tests can check the User-Agent, the conditional
headers and the pace.  Nothing leaves the machine.  Slow and huge answers are bounded in time
and stop when the client hangs up.
"""
from __future__ import annotations

import functools
import gzip
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterator

ROBOTS = b"User-agent: *\nDisallow: /private/\n"
ETAG = '"feed-v1"'
LAST_MODIFIED = "Tue, 04 Mar 2025 08:00:00 GMT"

#: An article marked up with <article>, with a "read also" box and an aside the reader must drop.
SUMY = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Drones hit Sumy | Monitor</title>
<meta property="article:published_time" content="2025-08-14T09:12:00+03:00"></head><body>
<nav>Home | World | War</nav>
<main><article><h1>Russian drones hit Sumy overnight, injuring 3</h1>
<p>Russian forces attacked the city of Sumy with drones overnight on Aug. 14, injuring three people.</p>
<div class="read-also"><b>Read also:</b> <a href="/x">Drone strike on Kharkiv kills 2</a></div>
<p>A drone hit a five-storey residential building, the regional administration said.</p>
<div role="complementary">Russia launches 400 drones at Kyiv</div>
</article></main></body></html>"""

#: No <article>: anonymous <div> blocks (a menu, a "popular" list) around the story; the date only in JSON-LD.
KURSK = """<html><head><title>Kursk Daily</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Drones downed over Kursk", "datePublished": "2025-03-04T08:00:00+03:00",
"publisher": {"@type": "Organization", "name": "Kursk Daily"}}</script>
</head><body>
<div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/w">Drone attacks in Kharkiv region</a></div>
<div class="content"><h1>Drones downed over Kursk</h1>
<p>Air defence forces shot down seven drones over the Kursk region overnight, the governor said on Tuesday.</p>
<p>Debris damaged the roof of a house in the village of Tetkino; no one was hurt, the regional administration said.</p>
</div>
<div class="side"><h3>Popular</h3><ul><li><a href="/1">Two drones hit Belgorod oil depot</a></li>
<li><a href="/2">Drone attack on Bryansk kills one</a></li></ul></div>
<div class="foot">(c) Kursk Daily 2025</div></body></html>"""

#: Russian, in Windows-1251, with no charset in the header or the page, and no date of its own.
RUSSIAN = ("Ночью силы противовоздушной обороны сбили двенадцать беспилотников над Белгородской областью, "
           "сообщил губернатор. Пострадавших нет, повреждена крыша частного дома в селе Шебекино.")
CP1251 = f"<html><head><title>Белгород</title></head><body><p>{RUSSIAN}</p></body></html>".encode("cp1251")


@functools.lru_cache(maxsize=None)
def gzip_bomb(decoded: int = 100_000_000) -> bytes:
    """A gzip body of about a thousandth of its ``decoded`` size (zeros), made in a fraction of a second."""
    packer, block = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS), bytes(1_000_000)
    return b"".join(packer.compress(block) for _ in range(decoded // len(block))) + packer.flush()


def rss(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Monitor news</title><link>{base}/</link>
<item><title>Drones hit Sumy</title><link>{base}/news/sumy.html</link>
<pubDate>Thu, 14 Aug 2025 09:00:00 +0300</pubDate></item>
<item><title>Kursk</title><link>/news/kursk.html</link><pubDate>Tue, 04 Mar 2025 08:00:00 +0300</pubDate></item>
<item><title>Белгород</title><link>{base}/news/cp1251.html</link><pubDate>Sat, 01 Feb 2025 07:00:00 +0300</pubDate></item>
</channel></rss>""".encode()


def atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom monitor</title><link href="{base}/"/>
<entry><title>Drones over Bryansk</title><link rel="alternate" href="{base}/atom/bryansk"/>
<published>2025-05-03T06:00:00Z</published>
<content type="html">&lt;p&gt;On 3 May 2025 air defence forces destroyed five drones over the Bryansk region, the governor
said.&lt;/p&gt;</content></entry>
<entry><title>Only a summary</title><link href="{base}/news/kursk.html"/><updated>2025-03-04T05:00:00Z</updated>
<summary>Drones downed over Kursk.</summary></entry>
</feed>""".encode()


def rdf(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="{base}/feeds/rss1.rdf"><title>RDF monitor</title><link>{base}/</link></channel>
<item rdf:about="{base}/news/sumy.html"><title>Sumy</title><link>{base}/news/sumy.html</link>
<dc:date>2025-08-14T09:00:00+03:00</dc:date></item>
</rdf:RDF>""".encode()


def broken_feed(base: str) -> bytes:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Half broken</title>
<item><link>{base}/missing</link></item><item><link>{base}/error</link></item>
<item><link>{base}/news/sumy.html</link></item></channel></rss>""".encode()


@dataclass
class Site:
    """The running site: its base URL and the requests it answered."""

    base: str = ""
    requests: list[tuple[str, dict[str, str], float]] = field(default_factory=list)
    slow_seconds: float = 3.0

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[dict[str, str]]:
        """Headers of each request for ``path``."""
        return [h for p, h, _ in self.requests if p == path]


def _routes(site: Site) -> dict[str, Callable[["_Handler"], None]]:
    def page(body: bytes, ctype: str = "text/html; charset=utf-8", status: int = 200) -> Callable[["_Handler"], None]:
        return lambda h: h.answer(status, body, {"Content-Type": ctype})

    def redirect(to: str) -> Callable[["_Handler"], None]:
        return lambda h: h.answer(301, b"", {"Location": to})

    def gzipped(body: bytes, ctype: str = "text/html; charset=utf-8") -> Callable[["_Handler"], None]:
        """Gzip when the client asks for it (as real servers do), else the body as it is."""
        def answer(h: "_Handler") -> None:
            if "gzip" in h.headers.get("Accept-Encoding", ""):
                h.answer(200, gzip.compress(body), {"Content-Type": ctype, "Content-Encoding": "gzip"})
            else:
                h.answer(200, body, {"Content-Type": ctype})
        return answer

    def encoded(body: bytes, encoding: str = "gzip") -> Callable[["_Handler"], None]:
        return lambda h: h.answer(200, body, {"Content-Type": "text/html", "Content-Encoding": encoding})

    def conditional(h: "_Handler") -> None:
        if h.headers.get("If-None-Match") == ETAG:
            h.answer(304, b"", {"ETag": ETAG})
        else:
            h.answer(200, rss(site.base), {"Content-Type": "application/rss+xml", "ETag": ETAG,
                                           "Last-Modified": LAST_MODIFIED})

    routes = {
        "/robots.txt": page(ROBOTS, "text/plain"),
        "/news/sumy.html": page(SUMY.encode()),
        "/news/kursk.html": page(KURSK.encode()),
        "/news/cp1251.html": page(CP1251, "text/html"),
        "/private/secret.html": page(SUMY.encode()),
        "/feeds/rss.xml": conditional,
        "/feeds/atom.xml": page(atom(site.base), "application/atom+xml"),
        "/feeds/rss1.rdf": page(rdf(site.base), "application/rdf+xml"),
        "/feeds/broken.xml": page(broken_feed(site.base), "text/xml"),
        "/old": redirect("/news/sumy.html"),
        "/to-ftp": redirect("ftp://127.0.0.1/file"),
        "/error": page(b"oops", "text/plain", 500),
        "/gz/kursk.html": gzipped(KURSK.encode()),
        "/gz/rss.xml": gzipped(rss(site.base).replace(b"/news/kursk.html", b"/gz/kursk.html"), "application/rss+xml"),
        "/gz/two-members.html": encoded(gzip.compress(SUMY[:300].encode()) + gzip.compress(SUMY[300:].encode())
                                        + bytes(8)),
        "/gz/bomb.html": lambda h: encoded(gzip_bomb())(h),
        "/gz/not-gzip.html": encoded(SUMY.encode()),
        "/gz/cut-short.html": encoded(gzip.compress(KURSK.encode())[:-40]),
        "/gz/brotli.html": encoded(b"\x1b\x03\x00", "br"),
        "/gz/twice.html": encoded(gzip.compress(gzip.compress(SUMY.encode())), "gzip, gzip"),
        "/gz/misnamed.html": encoded(SUMY.encode(), "UTF-8"),  # a misconfigured server: not an encoding
        "/slow": lambda h: h.slow(),
        "/trickle": lambda h: h.trickle(),
        "/huge": lambda h: h.huge(declared=False),
        "/huge-declared": lambda h: h.huge(declared=True),
    }
    routes.update({f"/loop/{n}": redirect(f"/loop/{n + 1}") for n in range(10)})
    routes["/loop/10"] = page(b"<p>the end of the redirects</p>")
    return routes


class _Handler(BaseHTTPRequestHandler):
    site: Site
    routes: dict[str, Callable[["_Handler"], None]]

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self.site.requests.append((self.path, dict(self.headers), time.monotonic()))
        route = self.routes.get(self.path)
        if route is None:
            self.answer(404, b"not found", {"Content-Type": "text/plain"})
        else:
            route(self)

    def answer(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def slow(self) -> None:
        time.sleep(self.site.slow_seconds)  # longer than the client's timeout in the tests
        try:
            self.answer(200, b"<p>late</p>", {"Content-Type": "text/html"})
        except OSError:
            pass

    def trickle(self) -> None:
        """A byte every 0.2 s for 3 s: each read is quick, the whole answer is not."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(15):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass
        self.close_connection = True

    def huge(self, declared: bool) -> None:
        """50 MB of page, sent until the client hangs up (with or without a Content-Length)."""
        total, chunk = 50_000_000, b"<p>" + b"a" * 65_529 + b"</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if declared:
            self.send_header("Content-Length", str(total))
        self.end_headers()
        try:
            for _ in range(total // len(chunk)):
                self.wfile.write(chunk)
        except OSError:
            pass
        self.close_connection = True


@contextmanager
def serve() -> Iterator[Site]:
    """The site, running until the block ends."""
    site = Site()
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.block_on_close = False
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    handler.routes = _routes(site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
