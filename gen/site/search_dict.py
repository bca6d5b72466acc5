"""jieba user dictionary from the glossary, so 昇腾, 超节点, 英伟达 are found as words.

Written into a folder only this user can write (the shared temp folder is not one: another user
could plant a file or a link under a name we would pick), and atomically (a build in parallel never
reads half a file)."""
from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from pathlib import Path

from gen.validate import checked_data

_OWN: dict[Path, Path] = {}  # folder → the private folder made in it by this process, when needed


def user_dict_text() -> str:
    terms = checked_data().data.glossary
    words = dict.fromkeys(form for t in terms for form in (t.zh, *t.variants) if " " not in form)
    return "".join(f"{w} 100000 n\n" for w in words)


def private_folder(folder: Path) -> Path:
    """folder/claimline-<uid>, made if need be, used only when it is ours and closed to others;
    otherwise a new folder of our own."""
    uid = getattr(os, "getuid", lambda: None)()
    if uid is not None:
        path = folder / f"claimline-{uid}"
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            pass
        info = path.lstat()
        if stat.S_ISDIR(info.st_mode) and info.st_uid == uid and not info.st_mode & 0o077:
            return path
    if folder not in _OWN:
        _OWN[folder] = Path(tempfile.mkdtemp(prefix="claimline-", dir=folder))
    return _OWN[folder]


def write_user_dict(folder: Path) -> str:
    text = user_dict_text()
    data = text.encode("utf-8")
    home = private_folder(folder)
    path = home / f"jieba-{hashlib.sha256(data).hexdigest()[:16]}.txt"
    if path.is_file() and not path.is_symlink() and path.read_bytes() == data:
        return str(path)
    fd, tmp = tempfile.mkstemp(dir=home, prefix=".jieba-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return str(path)
