"""The one HTTP client of ``geo fetch`` and the dashboard's links: polite, bounded and safe.

Polite: a User-Agent naming the tool, robots.txt asked once per site and obeyed, and at most
one request per :attr:`FetchSettings.delay` seconds to one host; gzip asked for and undone
(:mod:`geo.sources.compression`).  Bounded: a deadline for the whole response, a size limit on the
bytes sent and on the bytes they unpack to (read stops there), at most five redirects.  Safe: only http(s),
every hop checked again, and (for the dashboard) no private or loopback addresses, so a pasted
link cannot make the server read its own network.  Every failure is a :class:`FetchError`
naming the URL and the reason in one line.
"""
from __future__ import annotations

import dataclasses
import ipaddress
import os
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import quote, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from geo import __version__
from geo.documents.limits import human_size, parse_size
from geo.errors import FetchError
from geo.sources.compression import ACCEPT_ENCODING, BodyDecoder

USER_AGENT = f"drone-incident-atlas/{__version__} (geo fetch; OSINT research tool; obeys robots.txt)"
SCHEMES = ("http", "https")
#: Characters left as they are when a URL's path and query are percent-encoded (RFC 3986's reserved set).
_URL_SAFE = "/%:@!$&'()*+,;=-._~?#[]"
CHUNK = 65_536


@dataclass(frozen=True)
class FetchSettings:
    """How fetching behaves; :meth:`from_env` reads the ``GEO_FETCH_*`` settings."""

    user_agent: str = USER_AGENT
    timeout: float = 20.0          # seconds for one whole response, connection included
    max_bytes: int = 10_000_000    # one response's body
    delay: float = 1.0             # seconds between two requests to one host
    max_redirects: int = 5
    allow_private: bool = True     # the command line fetches what it is given; the dashboard does not
    robots: bool = True

    @classmethod
    def from_env(cls, **overrides: object) -> "FetchSettings":
        """Defaults, then ``GEO_FETCH_DELAY``, ``GEO_FETCH_TIMEOUT``, ``GEO_FETCH_MAX_BYTES``, then ``overrides``
        (None values ignored)."""
        env: dict[str, object] = {}
        for name, key, parse in (("GEO_FETCH_DELAY", "delay", float), ("GEO_FETCH_TIMEOUT", "timeout", float),
                                 ("GEO_FETCH_MAX_BYTES", "max_bytes", parse_size)):
            value = os.environ.get(name, "").strip()
            if value:
                try:
                    env[key] = parse(value)
                except ValueError:
                    raise ValueError(f"{name}: bad value {value!r}") from None
        env.update({k: v for k, v in overrides.items() if v is not None})
        return dataclasses.replace(cls(), **env)  # type: ignore[arg-type]


def private_allowed() -> bool:
    """``GEO_FETCH_ALLOW_PRIVATE=1``: the dashboard may fetch private and loopback addresses too."""
    return os.environ.get("GEO_FETCH_ALLOW_PRIVATE", "").strip().lower() in ("1", "true", "yes")


@dataclass
class Response:
    """One final answer: 2xx with its body, or 304 (not modified) without one."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)  # names lower-cased
    body: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def normalise_url(url: str) -> str:
    """The URL as sent: http(s) only, the host in IDNA, path and query percent-encoded (Cyrillic paths
    are common), the fragment dropped.  Raises FetchError for anything else."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").encode("idna").decode("ascii")
        port = parts.port
    except (ValueError, UnicodeError):
        raise FetchError(url, "not a valid URL") from None
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(url, "only http and https URLs are fetched")
    if not host:
        raise FetchError(url, "the URL has no host")
    netloc = f"[{host}]" if ":" in host else host
    netloc += f":{port}" if port else ""
    return urlunsplit((parts.scheme.lower(), netloc, quote(parts.path or "/", safe=_URL_SAFE),
                       quote(parts.query, safe=_URL_SAFE), ""))


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast
                or ip.is_unspecified)


def check_public(url: str) -> None:
    """Refuse a URL whose host is or resolves to a private, loopback or otherwise internal address."""
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        raise FetchError(url, f"host {host} not found") from None
    if not all(_public(str(info[4][0])) for info in infos):
        raise FetchError(url, f"refused: {host} is a private or loopback address "
                              "(set GEO_FETCH_ALLOW_PRIVATE=1 to allow it)")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by :meth:`HttpClient.get` itself, so each hop is counted and checked."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _reason(exc: BaseException, timeout: float) -> str:
    """A network failure in a few words."""
    if isinstance(exc, urllib.error.URLError) and not isinstance(exc, urllib.error.HTTPError):
        exc = exc.reason if isinstance(exc.reason, BaseException) else exc
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return f"timed out (no complete answer within {timeout:g} s)"
    if isinstance(exc, socket.gaierror):
        return "host not found"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error ({exc.reason or exc})"
    return f"network error ({getattr(exc, 'strerror', None) or exc})"


class HttpClient:
    """GET with redirects, robots.txt, a per-host pace, a deadline and a size limit (see the module doc)."""

    def __init__(self, settings: FetchSettings | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings or FetchSettings.from_env()
        self._clock, self._sleep = clock, sleep
        self._last: dict[str, float] = {}                      # host -> start of its last request
        self._robots: dict[str, RobotFileParser | str] = {}    # site -> rules, or why they could not be read
        self._opener = urllib.request.build_opener(_NoRedirect)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """The final answer for ``url`` (2xx, or 304 when the validators still hold)."""
        current = normalise_url(url)
        for _ in range(self.settings.max_redirects + 1):
            if not self.settings.allow_private:
                check_public(current)  # before robots.txt, so the refusal names the page (each request is checked too)
            self._check_robots(current)
            status, headers, body = self._request(current, etag, last_modified)
            if status in (301, 302, 303, 307, 308) and headers.get("location"):
                current = normalise_url(urljoin(current, headers["location"]))
                continue
            if status == 304 or 200 <= status < 300:
                return Response(current, status, headers, body)
            raise FetchError(url, f"HTTP {status}" + (f" (at {current})" if current != normalise_url(url) else ""))
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects")

    # -- one request -----------------------------------------------------------------------

    def _pace(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = last + self.settings.delay - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last[host] = self._clock()

    def _request(self, url: str, etag: str | None, last_modified: str | None) -> tuple[int, dict[str, str], bytes]:
        """``(status, headers, body)`` of one request, redirects not followed.  Every request (a page, each
        hop of its redirects, robots.txt and its redirects) is checked here against private addresses."""
        if not self.settings.allow_private:
            check_public(url)
        headers = {"User-Agent": self.settings.user_agent, "Accept": "*/*", "Accept-Encoding": ACCEPT_ENCODING}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self._pace(urlsplit(url).hostname or "")
        deadline = self._clock() + self.settings.timeout
        try:
            answer = self._opener.open(urllib.request.Request(url, headers=headers), timeout=self.settings.timeout)
        except urllib.error.HTTPError as exc:
            answer = exc  # 3xx, 304, 4xx, 5xx: an answer all the same
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise FetchError(url, _reason(exc, self.settings.timeout)) from None
        with answer:
            got = {k.lower(): v for k, v in answer.headers.items()}
            status = answer.status if answer.status is not None else 0
            if not 200 <= status < 300:
                return status, got, b""
            return status, got, self._read(answer, url, got, deadline)

    def _read(self, answer: object, url: str, headers: dict[str, str], deadline: float) -> bytes:
        """The body, decoded (gzip), within the deadline and the size limit (on the bytes sent and on the
        bytes decoded); the headers then describe the decoded body."""
        limit = self.settings.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(url, f"too large ({human_size(int(declared))}; the limit is {human_size(limit)}, "
                                  "set by GEO_FETCH_MAX_BYTES)")
        decoder = BodyDecoder(url, headers.get("content-encoding", ""), limit)
        chunks: list[bytes] = []
        size = 0
        read = getattr(answer, "read")
        while True:
            try:
                chunk = read(CHUNK)
            except (OSError, ValueError) as exc:
                raise FetchError(url, _reason(exc, self.settings.timeout)) from None
            if not chunk:
                decoder.finish()
                if decoder.gzip:
                    headers.pop("content-encoding", None)
                    headers.pop("content-length", None)
                return b"".join(chunks)
            size += len(chunk)
            if size > limit:
                raise FetchError(url, f"too large (over {human_size(limit)}, the limit set by GEO_FETCH_MAX_BYTES)")
            if self._clock() > deadline:
                raise FetchError(url, f"timed out (no complete answer within {self.settings.timeout:g} s)")
            chunks.append(decoder.feed(chunk))

    # -- robots.txt ------------------------------------------------------------------------

    def _check_robots(self, url: str) -> None:
        if not self.settings.robots:
            return
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = self._read_robots(site)
        rules = self._robots[site]
        if isinstance(rules, str):
            raise FetchError(url, rules)
        if not rules.can_fetch(self.settings.user_agent, url):
            raise FetchError(url, f"disallowed by {site}/robots.txt")

    def _read_robots(self, site: str) -> RobotFileParser | str:
        """The site's rules (none: everything allowed), or why they could not be read.  As RFC 9309
        says: a missing robots.txt (4xx) allows everything; an unreachable one (5xx, no answer)
        allows nothing, since the site may be down or protecting itself."""
        rules = RobotFileParser(f"{site}/robots.txt")
        try:
            status, body = self._robots_answer(f"{site}/robots.txt")
        except FetchError as exc:
            return f"robots.txt could not be read ({exc.reason}); not fetched"
        if 400 <= status < 500:
            rules.parse([])
        elif status >= 500 or not 200 <= status < 300:
            return f"robots.txt could not be read (HTTP {status}); not fetched"
        else:
            rules.parse(body.decode("utf-8", "replace").splitlines())
        return rules

    def _robots_answer(self, url: str) -> tuple[int, bytes]:
        for _ in range(self.settings.max_redirects + 1):
            status, headers, body = self._request(url, None, None)
            if status in (301, 302, 303, 307, 308) and headers.get("location"):
                url = normalise_url(urljoin(url, headers["location"]))
                continue
            return status, body
        return 500, b""
