"""Sources analysts follow: web pages, RSS/Atom feeds and Telegram channel exports.

- :mod:`geo.sources.http`: the HTTP client (User-Agent, robots.txt, pace per host, limits, safety);
- :mod:`geo.sources.charset`: a fetched page's bytes to text (declared charset, else a narrow guess);
- :mod:`geo.sources.feeds`: RSS 2.0, Atom and RSS 1.0 feeds recognised and parsed;
- :mod:`geo.sources.pages`: a page's article text and metadata (trafilatura and the project's reader);
- :mod:`geo.sources.telegram`: Telegram Desktop channel exports (read by ``geo ingest result.json``);
- :mod:`geo.sources.telegram_html`: their HTML form (``geo ingest ChatExport/``: messages.html, …);
- :mod:`geo.sources.fetch`: the fetch loop of ``geo fetch`` and the dashboard's links.
"""
