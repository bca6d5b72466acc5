"""Read the archived source texts: only plain files inside data/sources/archive/, size-limited,
and only when their checksum matches (a text that fails it is never matched or published)."""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from gen.normalise import normalise
from gen.problems import Problems

MAX_ARCHIVE_BYTES = 1024 * 1024  # the largest real archive is 14 KB; an article is far below this
FOLDER = "data/sources/archive"


def archive_path(root: Path, name: str) -> tuple[Path | None, str, str]:
    """The file an archive name refers to, or None with what is wrong and how to fix it."""
    folder = root / FOLDER
    if Path(name).name != name or name.startswith(".") or "\\" in name:
        return None, f"archive '{name}' is not a plain file name", f"give just the file's name inside {FOLDER}/"
    path = folder / name
    try:
        info = path.lstat()
    except OSError:
        return None, f"archive file {FOLDER}/{name} not found", "add the file or correct 'archive'"
    if stat.S_ISLNK(info.st_mode):
        return None, f"archive {FOLDER}/{name} is a symbolic link", "replace the link with the file itself"
    if not stat.S_ISREG(info.st_mode):
        return None, f"archive {FOLDER}/{name} is not a regular file", "store the text as a plain file"
    if Path(os.path.realpath(path)) != Path(os.path.realpath(root)) / FOLDER / name:
        return None, f"archive {FOLDER}/{name} lies outside {FOLDER}/", \
            f"keep {FOLDER}/ a plain folder of the project, not a link"
    if info.st_size > MAX_ARCHIVE_BYTES:
        return None, f"archive is {info.st_size:,} bytes, over the {MAX_ARCHIVE_BYTES:,}-byte limit", \
            "archive the article's text only, without page code or images"
    return path, "", ""


def load_archives(ds, problems: Problems) -> None:
    """Fill ds.texts and ds.normalised for every source whose archive passes; report the rest."""
    for sid, src in ds.sources.items():
        path, what, fix = archive_path(ds.root, src.archive)
        if path is None:
            ds.error(problems, "source", sid, ("archive",), what, fix)
            continue
        raw = _read(path)
        if raw is None or len(raw) > MAX_ARCHIVE_BYTES:
            ds.error(problems, "source", sid, ("archive",), f"archive {FOLDER}/{src.archive} cannot be read "
                     "as a plain file", "store the text as a plain, readable file")
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if digest != src.sha256:
            ds.error(problems, "source", sid, ("sha256",),
                     f"the record's sha256 differs from the archive's, which is {digest}",
                     f'if the archive is the text as received, write sha256: "{digest}"; if it was edited, '
                     "restore it as received (repairs go in 'repairs')")
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad_line = raw[: exc.start].count(b"\n") + 1
            ds.error(problems, "source", sid, ("archive",), f"archive is not UTF-8 (line {bad_line})",
                     "archive the text converted to UTF-8, and say so in 'notes'")
            continue
        ds.texts[sid] = text
        ds.normalised[sid] = normalise(text, [(r.find, r.replace) for r in src.repairs])


def _read(path: Path) -> bytes | None:
    """At most one byte over the limit, never following a link swapped in since it was checked."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        with os.fdopen(fd, "rb") as f:
            fd = -1
            return f.read(MAX_ARCHIVE_BYTES + 1)
    except OSError:
        return None
    finally:
        if fd >= 0:
            os.close(fd)
