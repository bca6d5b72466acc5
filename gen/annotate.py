"""Problems as GitHub Actions annotations: each shows on the line of the pull request that causes it.

https://docs.github.com/actions/reference/workflow-commands-for-github-actions — properties and
messages escape %, CR and LF; properties also escape ':' and ','."""
from __future__ import annotations

from gen.problems import Problem


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: Problem) -> str:
    title = f"claimline check: {problem.record}" if problem.record else "claimline check"
    return (f"::{problem.level} file={_prop(problem.path)},line={problem.line},title={_prop(title)}"
            f"::{_data(problem.what + ' — ' + problem.fix)}")
