"""Under `mkdocs serve`: the language being viewed is rebuilt first, the others behind it.

MkDocs holds every request while a rebuild runs, so a reader waits for the slowest language. Here
the server notes which language was last requested (a page, or the live-reload poll of a page, by
its Referer); on a rebuild, the builds of the other languages run at a lower CPU priority, and the
rebuild is over for MkDocs as soon as the viewed language is written. The other languages finish
in the background; a rebuild that starts before they have finished stops them first (it builds
them again). Published builds (`mkdocs build`) are unaffected: every language is joined before the
build ends.
"""
from __future__ import annotations

import multiprocessing
import os
from urllib.parse import urlsplit

SERVING = "CLAIMLINE_SERVING"  # set by gen/hooks.py on_startup under `mkdocs serve`
_viewed: list[str] = []        # the language code last requested (this process, the server's)
_behind: list = []             # (process, language) still building after the last rebuild ended


def serving() -> bool:
    return bool(os.environ.get(SERVING))


def remember_viewed_language(server, languages: list[dict]) -> None:
    """Wrap the server's request handler to note the language of each page requested."""
    original = getattr(server, "_serve_request", None)  # MkDocs' LiveReloadServer
    if original is None:
        return
    dirs = {language["dir"]: language["code"] for language in languages}
    mount = getattr(server, "mount_path", "/")

    def serve_request(environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path.startswith("/livereload/"):  # the poll of the page being viewed names it as Referer
            path = urlsplit(environ.get("HTTP_REFERER", "")).path
        if path.startswith(mount):
            code = dirs.get(path[len(mount):].split("/", 1)[0])
            if code:
                _viewed[:] = [code]
        return original(environ, start_response)

    server._serve_request = serve_request


def viewed(languages: list[dict]) -> str:
    return _viewed[0] if _viewed else languages[0]["code"]


def yield_to_viewed(lang: str, languages: list[dict]) -> None:
    """In a language build under serve: lower this process's priority unless it is the viewed one."""
    forked = multiprocessing.parent_process() is not None  # never the server's own process
    if serving() and forked and lang != viewed(languages) and hasattr(os, "nice"):
        os.nice(10)


def split_started(started: list) -> tuple[list, list]:
    """(builds to wait for now, builds left to finish behind): under serve, the viewed language now."""
    if not serving() or len(started) < 2:
        return started, []
    first = viewed([language for _, language in started])
    return ([s for s in started if s[1]["code"] == first] or started[:1],
            [s for s in started if s[1]["code"] != first])


def leave_behind(builds: list) -> None:
    _behind.extend(builds)


def stop_behind() -> None:
    """Before a rebuild cleans the site folder: stop the builds the last one left behind. Their
    pages are about to be deleted and built again, and at low priority on a busy machine they could
    hold the rebuild of the viewed language for as long as they take."""
    builds, _behind[:] = list(_behind), []
    processes = [process for process, _ in builds]
    if serving():  # and any left behind by modules since reloaded (gen edits): the server's process
        processes += multiprocessing.active_children()  # forks nothing but language builds
    for process in processes:
        if process.is_alive():
            process.terminate()
        process.join()
