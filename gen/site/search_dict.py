"""jieba user dictionary, so 昇腾, 超节点, 英伟达 and names such as 盘古大模型 are words.

The theme segments only runs of Chinese characters with jieba (昇腾910B is indexed as 昇腾 and
910B); the zh search separator in mkdocs.yml splits a query at the same Chinese–Latin boundary.
The dictionary takes the glossary's terms and the all-Chinese parts of system names and aliases,
in the form each site language prints them, and in the rendering a language segments through
(search_segment: 輝達 is looked up as 辉达).

Written into a folder only this user can write (the shared temp folder is not one: another user
could plant a file or a link under a name we would pick), and atomically (a build in parallel never
reads half a file)."""
from __future__ import annotations

import hashlib
import os
import re
import stat
import tempfile
from pathlib import Path

from gen.langtags import config_languages, site_languages
from gen.script import convert as convert_script
from gen.site.i18n import Catalogue
from gen.validate import checked_data

_OWN: dict[Path, Path] = {}  # folder → the private folder made in it by this process, when needed

HAN = re.compile(r"[\u4e00-\u9fff]")
ALL_HAN = re.compile(r"[\u4e00-\u9fff]+")


def dictionary_words(ds) -> list[str]:
    """Glossary terms and system names as every site language prints them (昇腾 and 昇騰, 英伟达 and
    輝達): our prose converted, and a source's words in the page's script."""
    shown = [Catalogue(ds.ui, code, ds.glossary) for code, _ in site_languages(ds.root)]
    convert = [f for cat in shown for f in (cat.prose, cat.words)]
    forms = [form for t in ds.glossary for form in (t.zh, *t.variants, *t.forms.values())]
    forms += [c(t.zh) for t in ds.glossary for c in convert]
    for s in ds.systems.values():
        names = [s.name.zh, *s.aliases]
        names += [c(n) for n in names for c in convert]
        forms += [part for n in names for part in re.split(r"[（）()]", n)]  # 'CloudMatrix 384（昇腾384超节点）'
    # a language segmented through another script (search_segment) looks its words up in that rendering
    segment = [c["search_segment"] for c in config_languages(ds.root) if c.get("search_segment")]
    forms += [convert_script(f, config) for f in forms for config in segment]
    return [w for w in dict.fromkeys(f.strip() for f in forms) if w and ALL_HAN.fullmatch(w)]


def user_dict_text() -> str:
    return "".join(f"{w} 100000 n\n" for w in dictionary_words(checked_data().data))


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
