"""Command line: python -m gen check | schema | coverage | diff | add-source | add-claim | catalogue."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import get_args

from gen.load import ROOT
from gen.models import Claim


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gen", description="Claimline data tools")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("check", help="validate data/ and print a summary")
    p.add_argument("--root", type=Path, default=ROOT, help="project folder holding data/")
    p.add_argument("--format", choices=("text", "github"), default="text",
                   help="github: print problems as GitHub Actions annotations (on the PR's lines)")
    p = sub.add_parser("schema", help="write data/schema/*.json from the models")
    p.add_argument("--check", action="store_true", help="only report whether the files are current")
    p = sub.add_parser("coverage", help="content sentences and the claims citing them")
    p.add_argument("--root", type=Path, default=ROOT)
    p = sub.add_parser("diff", help="what a change does to the data: claims, verdicts, sources (Markdown)")
    p.add_argument("base", help="git revision to compare with, e.g. origin/main")
    p.add_argument("--root", type=Path, default=ROOT)
    p.add_argument("--site-url", help="the preview's address, to link each added or changed claim")
    p = sub.add_parser("add-source", help="archive a saved page (HTML or text) or a URL and write its record")
    p.add_argument("target", metavar="FILE_OR_URL", help="a saved web page (.html), a UTF-8 text file, or an "
                   "http(s) address to fetch")
    p.add_argument("--id", dest="sid", metavar="ID", help="the source's id (default: next NNN-<first 16 hex of sha256>)")
    p.add_argument("--url", help="the page's original address, when the file was saved from one")
    p.add_argument("--root", type=Path, default=ROOT)
    p = sub.add_parser("add-claim", help="append a claim record citing an excerpt found in a source's archive")
    p.add_argument("source", metavar="SOURCE_ID", help="the id of the source that carries the claim")
    p.add_argument("excerpt", metavar="EXCERPT", help="the words to cite, as the archive has them (check's "
                   "matching: white space, punctuation width, repairs and hard wraps do not matter)")
    p.add_argument("--id", dest="cid", metavar="ID", help="the claim's id (default: left for you to write)")
    p.add_argument("--kind", choices=get_args(Claim.model_fields["kind"].annotation),
                   help="the claim's kind (default: left for you to write)")
    p.add_argument("--root", type=Path, default=ROOT, help="project folder holding data/")
    p = sub.add_parser("catalogue", help="draft a converted language's missing data/ui.yaml entries")
    p.add_argument("code", help="the language's code in mkdocs.yml extra.languages, e.g. zh-hant")
    p.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    if args.command == "check":
        from gen.report import run_check
        return run_check(args.root, github=args.format == "github")
    if args.command == "catalogue":
        from gen.catalogue import run_fill
        return run_fill(args.root, args.code)
    if args.command == "diff":
        from gen.review import run_diff
        return run_diff(args.root, args.base, args.site_url)
    if args.command == "add-source":
        from gen.add_source import run_add_source
        return run_add_source(args.root, args.target, args.sid, args.url)
    if args.command == "add-claim":
        from gen.add_claim import run_add_claim
        return run_add_claim(args.root, args.source, args.excerpt, args.cid, args.kind)
    if args.command == "schema":
        from gen.schema import run_schema
        return run_schema(ROOT, only_check=args.check)
    from gen.coverage import run_coverage
    return run_coverage(args.root)


if __name__ == "__main__":
    sys.exit(main())
