"""Documents in: the article value object and every way the atlas reads one.

- :mod:`geo.documents.model`: :class:`~geo.documents.model.Document`, one article's text and metadata;
- :mod:`geo.documents.limits`: size limits, their environment settings, and text cleaning and safety;
- :mod:`geo.documents.readers`: files and folders by suffix (``extract``, ``ingest``);
- :mod:`geo.documents.uploads`: uploaded bytes and pasted text (the Add articles page).

One place, so a file reads the same from the command line and from the dashboard.
"""
