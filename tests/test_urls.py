"""Relative links between pages: the same in both languages and under any sub-path."""
import pytest

from gen.site.urls import md_path, rel


@pytest.mark.parametrize("here, target, link", [
    ("claims/x/", "actors/y/", "../../actors/y/"),
    ("", "claims/x/", "claims/x/"),
    ("", "", "./"),
    ("timeline/", "timeline/#event-a", "./#event-a"),
    ("timeline/page-2/", "timeline/", "../"),
    ("claims/x/", "downloads/claimline.json", "../../downloads/claimline.json"),
    ("systems/compare/a/", "systems/b/", "../../b/"),
    ("sources/s/", "sources/s/#cite-c-0", "./#cite-c-0"),
])
def test_rel(here, target, link):
    assert rel(here, target) == link


@pytest.mark.parametrize("url, path", [("", "index.md"), ("timeline/", "timeline/index.md"),
                                       ("claims/x/", "claims/x/index.md")])
def test_md_path(url, path):
    assert md_path(url) == path
