"""What every export shares: the selected incidents with their sources, the title (credits: geo.data.credits),
and writing the file (:func:`write_bytes`).

CSV, ACLED-style CSV and GeoJSON go through :func:`selection`, so each file
holds exactly the incidents that the dashboard shows for the same filters.
An output file is written whole or not at all: into a temporary file beside
it, then renamed over it; a symlink is written through (the file it points to
is replaced), a folder, device, pipe or socket is refused.
"""
from __future__ import annotations

import datetime as dt
import errno
import os
import secrets
import stat
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from geo import claimants
from geo.documents.limits import printable
from geo.errors import UserError
from geo.filters import Filters
from geo.values import is_missing

SOURCE_COLUMNS = ("document", "title", "url", "published", "evidence", "site", "outlet", "claimant")


def title(filters: Filters, now: dt.datetime | None = None) -> str:
    """Which incidents a file holds and when it was made."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return f"Drone incidents ({filters.describe()}), exported {now.strftime('%Y-%m-%d %H:%M UTC')}"


def plain(value: Any) -> Any:
    """A pandas/numpy cell as a JSON-ready Python value (missing -> None)."""
    if is_missing(value):
        return None
    if hasattr(value, "item"):  # numpy scalar
        return plain(value.item())
    return value


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of a frame as plain dicts (None for missing values)."""
    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def selection(store: Any, filters: Filters | None) -> tuple[list[dict[str, Any]], dict[int, list[dict[str, Any]]]]:
    """The incidents the filters select (as the dashboard lists them) and each one's sources."""
    rows = records(store.query(filters or Filters()))
    ids = [int(r["id"]) for r in rows]
    sources: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    if ids:
        for s in records(store.sources(ids)):
            sources[int(s["incident_id"])].append({k: s[k] for k in SOURCE_COLUMNS})
    return rows, sources


def source_label(source: dict[str, Any]) -> str:
    """One source in one line: ``title · site <url> (published) claimed by: RU MoD (claim)``, falling
    back to the document id (the outlet a URL or title gives is already in the line)."""
    text = source.get("title") or source.get("document") or ""
    if source.get("site") and source["site"] != source.get("title"):
        text += f" · {source['site']}"
    if source.get("url"):
        text += f" <{source['url']}>"
    if source.get("published"):
        text += f" ({source['published']})"
    if claimants.label(source.get("claimant")):
        text += f" claimed by: {claimants.label(source.get('claimant'))}"
    return text.strip()


#: Names that mean standard output rather than a file.
STDOUT_NAMES = ("-", "/dev/stdout")

#: errno -> why a file could not be written, in a user's words
OS_ERRORS = {
    errno.ENOSPC: "no space left on its disk",
    errno.EDQUOT: "disk quota exceeded",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "its disk is read-only",
    errno.ENOENT: "no such folder",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EISDIR: "it is a folder",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EIO: "disk I/O error",
}


def os_error_text(exc: OSError) -> str:
    """An OSError in a user's words (its file first, when it has one)."""
    reason = OS_ERRORS.get(exc.errno or 0) or exc.strerror or str(exc)
    return f"{exc.filename}: {reason}" if exc.filename else reason


def output_path(out: str | Path) -> Path:
    """The regular file that ``out`` names (through symlinks), checked before anything is computed
    or written: a UserError for a folder, a device, pipe or socket, or a missing parent folder."""
    shown = printable(str(out))
    target = Path(os.path.realpath(out))
    try:
        mode = target.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        mode = None
    except OSError as exc:
        raise UserError(f"cannot write {shown}: {OS_ERRORS.get(exc.errno or 0, exc.strerror)}") from None
    if mode is None and not target.parent.is_dir():
        nearest = next(p for p in target.parents if p.exists())  # "/" at worst
        reason = (f"{printable(str(nearest))} is a file, not a folder" if not nearest.is_dir()
                  else f"no such folder for the output file: {printable(str(target.parent))}")
        raise UserError(f"cannot write {shown}: {reason}")
    if mode is None:
        return target
    if stat.S_ISDIR(mode):
        raise UserError(f"cannot write {shown}: it is a folder; give a file name, e.g. {shown.rstrip('/')}/atlas.csv")
    if not stat.S_ISREG(mode):
        raise UserError(f"cannot write {shown}: it is not a regular file (a device, pipe or socket); give a "
                        "file path, or '-' for standard output")
    return target


def write_bytes(out: str | Path | BinaryIO, data: bytes) -> None:
    """Write to a binary file object, or to a path whole or not at all (never half a file).

    The bytes go to a temporary file in the target's folder, are flushed to the disk, and the
    file is renamed over the target; on any failure (a full disk) the temporary file is
    removed and the target is left as it was.  A UserError says what went wrong in one line.
    """
    if hasattr(out, "write"):
        out.write(data)
        return
    target = output_path(out)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        _write_new(tmp, data, target)
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(f"cannot write {printable(str(out))}: {OS_ERRORS.get(exc.errno or 0) or exc.strerror}; "
                        "nothing was written") from None
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def _write_new(tmp: Path, data: bytes, target: Path) -> None:
    """``data`` in a new file ``tmp``, on the disk, with the target's permissions when it exists
    (else the usual ones for a new file, the umask applied)."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    with os.fdopen(fd, "wb") as fh:
        if target.exists():
            os.fchmod(fh.fileno(), stat.S_IMODE(target.stat().st_mode))
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
