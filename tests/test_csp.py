"""Every built page carries a Content-Security-Policy that allows exactly its own inline scripts."""
from __future__ import annotations

import re

from gen.site.csp import add_policy, policy_for

PAGE = '<html><head>\n<meta charset="utf-8"><title>t</title><script>a=1</script><script src="x.js"></script>' \
       '<script type="application/ld+json">{}</script></head><body></body></html>'


def test_policy_allows_own_inline_scripts_by_hash_and_nothing_foreign():
    policy = policy_for(PAGE)
    assert policy.count("'sha256-") == 1  # a=1 only: src scripts and JSON-LD are not inline code
    assert "'unsafe-inline'" not in policy.split("style-src")[0]
    assert "default-src 'self'" in policy and "object-src 'none'" in policy and "http" not in policy


def test_policy_is_placed_before_any_script():
    html = add_policy(PAGE)
    assert html.index("Content-Security-Policy") < html.index("<script")


def test_every_built_page_has_the_policy(site):
    missing = [p for p in site.dir.rglob("*.html")
               if not re.search(r'<meta http-equiv="Content-Security-Policy" content="[^"]+">',
                                p.read_text(encoding="utf-8"))]
    assert missing == []
