"""A response body's ``Content-Encoding`` undone chunk by chunk, never past the size limit.

The client asks for gzip (pages shrink five- to tenfold), so a small answer can unpack to
gigabytes (a "gzip bomb"): the limit therefore counts the decoded bytes, and decoding stops one
byte past it.  A body that is not valid gzip, or ends before its compressed data does, is a
:class:`FetchError` naming the URL, like any other failed link.
"""
from __future__ import annotations

import zlib

from geo.documents.limits import human_size
from geo.errors import FetchError

#: What the client says it accepts; ``identity`` (no encoding) is always acceptable too.
ACCEPT_ENCODING = "gzip"
_GZIP = ("gzip", "x-gzip")
#: Compressions this client cannot undo: a body in one of them fails its link, never read as text.
#: Any other token ("utf-8", "none": a misconfigured server) is taken for no encoding, as browsers do.
_UNDECODABLE = ("br", "deflate", "compress", "x-compress", "zstd")
_GZIP_WBITS = 16 + zlib.MAX_WBITS  # a gzip header and trailer around deflate data


class BodyDecoder:
    """Decodes one body as its chunks arrive: :meth:`feed` each chunk, then :meth:`finish`."""

    def __init__(self, url: str, encoding: str, limit: int) -> None:
        self.url, self.limit = url, limit
        codings = [c.strip().lower() for c in encoding.split(",") if c.strip().lower() in _GZIP + _UNDECODABLE]
        if len(codings) > 1 or any(c in _UNDECODABLE for c in codings):
            raise FetchError(url, f"unsupported Content-Encoding {encoding.strip()!r} (only gzip is asked for)")
        self.encoding = codings[0] if codings else "identity"
        self.size = 0           # decoded bytes so far
        self._fed = False
        self._member = zlib.decompressobj(_GZIP_WBITS)

    @property
    def gzip(self) -> bool:
        return self.encoding in _GZIP

    def feed(self, data: bytes) -> bytes:
        """The decoded bytes of ``data``; FetchError past the limit or on broken gzip."""
        if not self.gzip:
            return data
        self._fed = self._fed or bool(data)
        out: list[bytes] = []
        while data:
            if self._member.eof:  # a gzip body may hold several members, and zero padding after them
                data = data.lstrip(b"\0")
                if not data:
                    break
                self._member = zlib.decompressobj(_GZIP_WBITS)
            try:
                piece = self._member.decompress(data, self.limit - self.size + 1)
            except zlib.error as exc:
                raise FetchError(self.url, f"broken gzip body ({_why(exc)})") from None
            self.size += len(piece)
            if self.size > self.limit:  # under the limit, decompress() has taken all its input
                raise FetchError(self.url, f"too large once decompressed (over {human_size(self.limit)}, "
                                           "the limit set by GEO_FETCH_MAX_BYTES)")
            out.append(piece)
            data = self._member.unused_data if self._member.eof else b""
        return b"".join(out)

    def finish(self) -> None:
        """The body has ended: FetchError if its gzip data had not."""
        if self.gzip and self._fed and not self._member.eof:
            raise FetchError(self.url, "broken gzip body (it ends before its compressed data does)")


def _why(exc: zlib.error) -> str:
    """zlib's message without its error number: ``Error -3 while decompressing data: invalid block type``."""
    return str(exc).split(": ", 1)[-1] or "not gzip data"
