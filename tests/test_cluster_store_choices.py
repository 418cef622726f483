"""What the Dask workers are given to store into PostgreSQL, and when the client stores instead
(geo/cluster_store.py, geo/ingest.py): no password for a remote scheduler, no writes on the workers
when the order of the writes decides what is stored."""
from __future__ import annotations

import pytest

from geo.cluster_store import url_for_workers
from geo.documents.model import Document
from geo.ingest import WRITES_ENV, _repeats, _shared_url
from geo.store import without_password


def test_the_workers_store_only_into_postgresql_unless_told_to_leave_it_to_the_client(monkeypatch, tmp_path):
    class Named:
        def __init__(self, url):
            self.url = url

    url = "postgresql://atlas@db-host/atlas"
    assert _shared_url(Named(url)) == url and _shared_url(Named("postgres://a@h/d")) == "postgres://a@h/d"
    assert _shared_url(Named(str(tmp_path / "s.db"))) is None and _shared_url(Named("sqlite:///s.db")) is None
    monkeypatch.setenv(WRITES_ENV, "client")
    assert _shared_url(Named(url)) is None


@pytest.mark.parametrize(("url", "expected"), [
    ("postgresql://atlas:s3cret@db-host:5432/atlas?sslmode=require",
     "postgresql://atlas@db-host:5432/atlas?sslmode=require"),
    ("postgresql://atlas@db-host/atlas?password=s3cret&sslmode=require",
     "postgresql://atlas@db-host/atlas?sslmode=require"),
    ("postgres://a:p%40ss@h/d?PASSWORD=x", "postgres://a@h/d"),
    ("postgresql://atlas@db-host/atlas", "postgresql://atlas@db-host/atlas"),
    ("postgresql:///atlas?host=/run/pg", "postgresql:///atlas?host=/run/pg"),
])
def test_a_url_without_its_password(url, expected):
    assert without_password(url) == expected
    assert url_for_workers(url, "tcp://10.0.0.5:8786") == expected and url_for_workers(url, "local:3") == url


def test_a_shared_url_is_a_repeat_when_either_document_has_it_as_its_id():
    """(As has_document and add_document say: a document whose id is its URL is stored when its URL is.)"""
    page = "https://example.org/news/1"
    fetched = Document("First version.", id=page, url=page)
    edited = Document("Second version.", id=page, url=page)
    filed = Document("A file naming the page.", id="file-1", url=page)
    other = Document("Another file naming it.", id="file-2", url=page)
    assert _repeats([fetched, edited]) == 1 and _repeats([filed, fetched]) == 1 and _repeats([fetched, filed]) == 1
    assert _repeats([filed, other]) == 0  # neither is stored because of its URL: both are stored
    assert _repeats([filed, other, fetched]) == 1 and _repeats([fetched, Document("x", url=None)]) == 0
