"""Where ``export`` and ``incidents`` write (issue 18): a full disk, a folder, a path through a file,
symlinks, devices and pipes, standard output, and a store in a read-only folder.  Every failure is
one line with exit code 1 and leaves no partial file; the real disks are tmpfs mounts."""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from geo.cli import main
from geo.documents.model import Document
from geo.errors import UserError
from geo.exports.common import write_bytes
from geo.record import Incident
from geo.store import open_store
from support.mounts import fill, make_read_only, tmpfs

ROOT = Path(__file__).resolve().parent.parent


def make_store(path: Path) -> str:
    with open_store(str(path)) as store:
        store.add_document(
            Document("A drone hit a truck in Shchetinovka.", id="a.txt", published="2024-07-22"),
            [Incident("strike", country="RU", region="RU-BEL", region_name="Belgorod Oblast",
                      settlement="Shchetinovka", lat=50.4, lon=36.9, geo_precision=1, date="2024-07-21",
                      count=1, count_qualifier="exact", evidence="A drone hit a truck in Shchetinovka.")])
    return str(path)


@pytest.fixture
def db(tmp_path) -> str:
    return make_store(tmp_path / "store.db")


def run(args: list[str], capsysbinary) -> tuple[int, bytes, list[str]]:
    code = main(args)
    out, err = capsysbinary.readouterr()
    return code, out, err.decode().splitlines()


def geo(args: list[str], cwd: Path, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    """The real command in its own process (for standard output that is a file on a full disk)."""
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=cwd, stdout=stdout, stderr=subprocess.PIPE,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "filler")


# -- 3. a full disk, a folder, a path through a file -------------------------------------------------

@pytest.mark.parametrize("fmt", ["csv", "geojson", "html"])
def test_export_onto_a_full_disk_is_one_line_and_leaves_nothing(db, tmp_path, capsysbinary, fmt):
    with tmpfs(tmp_path / "full") as full:
        (full / "old.out").write_bytes(b"the previous export")
        fill(full)
        code, _, err = run(["export", "--db", db, "--format", fmt, "--out", str(full / "new.out")], capsysbinary)
        assert code == 1 and err == [f"error: cannot write {full}/new.out: no space left on its disk; "
                                     "nothing was written"]
        code, _, err = run(["export", "--db", db, "--format", fmt, "--out", str(full / "old.out")], capsysbinary)
        assert code == 1 and len(err) == 1 and "no space left on its disk" in err[0]
        assert leftovers(full) == ["old.out"] and (full / "old.out").read_bytes() == b"the previous export"


def test_export_and_incidents_to_standard_output_on_a_full_disk(db, tmp_path):
    with tmpfs(tmp_path / "full") as full:
        fill(full)
        for args in (["export", "--format", "csv"], ["incidents", "--format", "json"], ["incidents"]):
            with open(full / "out.txt", "wb") as out:
                proc = geo([*args, "--db", db], tmp_path, stdout=out)
            err = proc.stderr.decode()
            assert proc.returncode == 1 and "Traceback" not in err and "Exception ignored" not in err, err
            assert err.splitlines()[-1] == "error: cannot write to standard output: no space left on its disk"


def test_out_an_existing_folder_or_a_path_through_a_file(db, tmp_path, capsysbinary):
    (tmp_path / "maps").mkdir()
    (tmp_path / "a.csv").write_text("keep me")
    cases = {
        str(tmp_path / "maps"): f"cannot write {tmp_path}/maps: it is a folder; give a file name, "
                                f"e.g. {tmp_path}/maps/atlas.csv",
        str(tmp_path / "a.csv" / "x.csv"): f"cannot write {tmp_path}/a.csv/x.csv: {tmp_path}/a.csv is a file, "
                                           "not a folder",
        str(tmp_path / "a.csv" / "deeper" / "x.csv"): f"cannot write {tmp_path}/a.csv/deeper/x.csv: "
                                                      f"{tmp_path}/a.csv is a file, not a folder",
        str(tmp_path / "none" / "x.csv"): f"cannot write {tmp_path}/none/x.csv: no such folder for the output "
                                          f"file: {tmp_path}/none",
    }
    for fmt in ("csv", "png"):
        for out, message in cases.items():
            code, _, err = run(["export", "--db", db, "--format", fmt, "--out", out], capsysbinary)
            assert code == 1 and err == [f"error: {message}"], (fmt, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "maps", "store.db"]
    assert (tmp_path / "a.csv").read_text() == "keep me" and not list((tmp_path / "maps").iterdir())


def test_a_failed_write_removes_its_temporary_file(tmp_path, monkeypatch):
    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    (tmp_path / "x.csv").write_text("old")
    with pytest.raises(UserError, match=r"x\.csv: disk I/O error; nothing was written"):
        write_bytes(str(tmp_path / "x.csv"), b"new")
    assert leftovers(tmp_path) == ["x.csv"] and (tmp_path / "x.csv").read_text() == "old"


# -- 4. symlinks, devices, pipes, standard output -----------------------------------------------------

def test_out_writes_through_a_symlink_and_keeps_the_files_permissions(db, tmp_path, capsysbinary):
    (tmp_path / "real.csv").write_text("old")
    (tmp_path / "real.csv").chmod(0o640)
    (tmp_path / "link.csv").symlink_to("real.csv")
    code, _, err = run(["export", "--db", db, "--format", "csv", "--out", str(tmp_path / "link.csv")],
                       capsysbinary)
    assert code == 0 and err[0].startswith(f"wrote {tmp_path}/link.csv (1 incidents;")
    assert (tmp_path / "link.csv").is_symlink() and os.readlink(tmp_path / "link.csv") == "real.csv"
    assert (tmp_path / "real.csv").read_text().startswith("id,event_type")
    assert stat.S_IMODE((tmp_path / "real.csv").stat().st_mode) == 0o640
    (tmp_path / "dangling.csv").symlink_to("made.csv")  # like the shell's ">": the target is created
    assert run(["export", "--db", db, "--format", "csv", "--out", str(tmp_path / "dangling.csv")],
               capsysbinary)[0] == 0
    assert (tmp_path / "dangling.csv").is_symlink() and (tmp_path / "made.csv").read_text().startswith("id,")


def test_out_refuses_devices_and_pipes_and_leaves_them_alone(db, tmp_path, capsysbinary):
    """A private copy of /dev/null, not the system's: were the check broken, this test must not
    replace the machine's /dev/null with a file (which is what the bug did)."""
    os.mkfifo(tmp_path / "pipe")
    outs = [str(tmp_path / "pipe")]
    if os.geteuid() == 0:  # making a device node needs root
        os.mknod(tmp_path / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
        (tmp_path / "null-link").symlink_to(tmp_path / "null")
        outs += [str(tmp_path / "null"), str(tmp_path / "null-link")]
    for out in outs:
        code, _, err = run(["export", "--db", db, "--format", "csv", "--out", out], capsysbinary)
        assert code == 1 and err == [f"error: cannot write {out}: it is not a regular file (a device, pipe or "
                                     "socket); give a file path, or '-' for standard output"]
    assert all(stat.S_ISCHR(os.stat(out).st_mode) or stat.S_ISFIFO(os.stat(out).st_mode) for out in outs)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([Path(out).name for out in outs] + ["store.db"])


@pytest.mark.parametrize("name", ["-", "/dev/stdout"])
def test_dash_and_dev_stdout_mean_standard_output(db, tmp_path, name):
    proc = geo(["export", "--db", db, "--format", "geojson", "--out", name], tmp_path)
    assert proc.returncode == 0 and proc.stderr == b""
    assert [f["properties"]["settlement"] for f in json.loads(proc.stdout)["features"]] == ["Shchetinovka"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.db"]


# -- 5. a read-only store in a read-only folder -------------------------------------------------------

def test_a_store_in_a_read_only_folder_can_be_exported_and_listed(tmp_path, capsysbinary):
    with tmpfs(tmp_path / "archive", size="4m") as folder:
        db = make_store(folder / "store.db")
        make_read_only(folder)
        assert sorted(p.name for p in folder.iterdir()) == ["store.db"]  # no -wal/-shm to read with
        code, out, err = run(["export", "--db", db, "--format", "csv"], capsysbinary)
        assert code == 0 and out.decode().splitlines()[1].startswith("1,strike,RU,RU-BEL")
        code, out, _ = run(["incidents", "--db", db, "--format", "json"], capsysbinary)
        assert code == 0 and json.loads(out)["settlement"] == "Shchetinovka"
        code, out, _ = run(["incidents", "--db", db, "--id", "1"], capsysbinary)
        assert code == 0 and "source 1: a.txt" in out.decode()
        (tmp_path / "new.txt").write_text("A drone hit a warehouse in Belgorod on July 23, 2024.")
        code, _, err = run(["ingest", "--quiet", "--db", db, str(tmp_path / "new.txt")], capsysbinary)
        assert code == 1 and f"error: {tmp_path}/new.txt: not stored: the store {db} is read-only" in err[0]
        with open_store(db) as store:
            assert store.read_only and store.count() == 1
