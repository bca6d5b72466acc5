"""Content-Security-Policy for every built page: a second wall behind the escaping.

The page may run only the site's own script files and the theme's inline scripts, each allowed by
the hash of its exact text; it may load nothing from another host. So even a markup bug could not
run injected script (no inline handler, no javascript: URL, no foreign <script>) or reach a third
party — which a reader in mainland China could not reach anyway.
"""
from __future__ import annotations

import base64
import hashlib
import re

_INLINE = re.compile(r"<script>(.*?)</script>", re.S)  # executable inline scripts (no attributes)
_HEAD = re.compile(r"<head>\s*(?:<meta charset=\"utf-8\">)?", re.I)

POLICY = ("default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
          "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; "
          "object-src 'none'; base-uri 'self'; form-action 'self'")


def _hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"


def policy_for(html: str) -> str:
    hashes = sorted({_hash(code) for code in _INLINE.findall(html)})
    return POLICY.format(hashes=" ".join(hashes)).replace("'self' ;", "'self';")


def add_policy(html: str) -> str:
    """The page with its policy as the first thing in <head> after the charset (before any script)."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy_for(html)}">'
    match = _HEAD.search(html)
    if match is None:
        return html
    return html[:match.end()] + meta + html[match.end():]
