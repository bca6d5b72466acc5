"""Archives (tracker issue 12, items 2 and 8): nothing outside data/sources/archive/ is read, a text
that fails its checksum is never matched against, and archives have a size limit."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from gen.archive import MAX_ARCHIVE_BYTES
from gen.validate import check
from test_check_rules import FIXTURES, project

ARCHIVE = FIXTURES / "valid" / "data" / "sources" / "archive" / "fixture-b.txt"
SECRET = "CI_TOKEN=hunter2-not-a-real-token\n"


def _set_sha(root: Path, data: bytes) -> None:
    source = root / "data" / "sources" / "fixture-b.yaml"
    text = source.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("sha256:"))
    source.write_text(text.replace(old, f'sha256: "{hashlib.sha256(data).hexdigest()}"'), encoding="utf-8")


def _messages(root: Path) -> tuple[list[str], object]:
    result = check(root)
    return [str(p) for p in result.problems.items], result.data


def test_symlink_to_outside_file_is_refused_even_with_matching_checksum(tmp_path):
    root = project(tmp_path)
    outside = tmp_path / "outside.txt"
    outside.write_bytes(ARCHIVE.read_bytes() + SECRET.encode("utf-8"))
    _set_sha(root, outside.read_bytes())
    link = root / "data" / "sources" / "archive" / "fixture-b.txt"
    link.unlink()
    link.symlink_to(outside)
    lines, ds = _messages(root)
    assert any("fixture-b: archive data/sources/archive/fixture-b.txt is a symbolic link" in line for line in lines)
    assert "fixture-b" not in ds.texts  # never published on the source page or in the search index


def test_mismatching_checksum_is_no_oracle(tmp_path):
    """A file failing its checksum is not searched: no found/not-found answer, no hash of a linked file."""
    root = project(tmp_path)
    archive = root / "data" / "sources" / "archive" / "fixture-b.txt"
    archive.write_bytes(SECRET.encode("utf-8"))  # a plain file inside the folder, but not what was archived
    lines, ds = _messages(root)
    assert any("fixture-b: the record's sha256 differs from the archive's" in line for line in lines)
    assert not any("excerpt not found" in line for line in lines), lines
    assert "fixture-b" not in ds.texts
    archive.unlink()
    archive.symlink_to(tmp_path / "outside.txt")
    (tmp_path / "outside.txt").write_text(SECRET, encoding="utf-8")
    lines, _ = _messages(root)
    digest = hashlib.sha256(SECRET.encode("utf-8")).hexdigest()[:12]
    assert not any(digest in line for line in lines), lines


def test_archive_folder_that_links_outside_is_refused(tmp_path):
    root = project(tmp_path)
    folder = root / "data" / "sources" / "archive"
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(folder, elsewhere)
    shutil.rmtree(folder)
    folder.symlink_to(elsewhere, target_is_directory=True)
    lines, ds = _messages(root)
    assert any("fixture-a: archive data/sources/archive/fixture-a.txt lies outside data/sources/archive/" in line
               for line in lines), lines
    assert ds.texts == {}


def test_archive_size_limit(tmp_path):
    root = project(tmp_path)
    big = ARCHIVE.read_bytes() + b"\n" * (MAX_ARCHIVE_BYTES + 1 - len(ARCHIVE.read_bytes()))
    (root / "data" / "sources" / "archive" / "fixture-b.txt").write_bytes(big)
    _set_sha(root, big)
    lines, ds = _messages(root)
    assert any(f"fixture-b: archive is {MAX_ARCHIVE_BYTES + 1:,} bytes, over the {MAX_ARCHIVE_BYTES:,}-byte limit"
               in line for line in lines), lines
    assert "fixture-b" not in ds.texts


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_refused_without_waiting(tmp_path):
    root = project(tmp_path)
    archive = root / "data" / "sources" / "archive" / "fixture-b.txt"
    archive.unlink()
    os.mkfifo(archive)
    lines, _ = _messages(root)
    assert any("fixture-b: archive data/sources/archive/fixture-b.txt is not a regular file" in line
               for line in lines), lines
