"""What the commands say about a content file: `kiosk check`'s problems, and a load that prints them.

Shared by the commands (check, preview and its proof sheet, the kiosk's start-up check), below
all of them, so that none imports another to reach it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.content import LoadResult, Problem, Severity, load
from kiosk.content.problems import sort_problems


def check_problems(result: LoadResult, name: str) -> list[Problem]:
    """What `kiosk check` reports, in reading order: the content's problems, its photos', its media's."""
    problems = list(result.problems)
    if result.images:
        # Imported here so that a content file that does not even parse costs no Qt start-up.
        from kiosk.services.imagecheck import check_images

        problems.extend(check_images(result.images, name))
    if result.media:
        problems.extend(media_problems(result, name))
    return sort_problems(problems)


def media_problems(result: LoadResult, name: str) -> list[Problem]:
    """One warning, at the first document or video this installation cannot show, when players are missing."""
    from kiosk.services.media import media_support  # looks for files only: no Qt start-up

    support = media_support()
    for ref in result.media:
        if not (support.pdf if ref.path.suffix.lower() == ".pdf" else support.video):
            hint = f"{support.missing}; meanwhile visitors see a note in its place"
            return [
                Problem(
                    name, ref.line, ref.column, Severity.WARNING, ref.key_path, "media support is not installed", hint
                )
            ]
    return []


def load_or_report(path: str, language: str | None = None) -> LoadResult:
    """Load content, printing its problems to stderr as `kiosk check` would.

    A `language` the content does not offer makes it unusable too, with a message listing those it does.
    """
    result = load(path)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.exhibition is None:
        if Path(path).exists():  # a missing file's one line says it all
            print(f"kiosk: {path} cannot be shown; run 'kiosk check {path}'", file=sys.stderr)
    elif language is not None and language not in result.exhibition.settings.languages:
        offered = ", ".join(result.exhibition.settings.languages)
        print(f"kiosk: --lang {language}: {path} offers {offered}", file=sys.stderr)
        return LoadResult(None, result.problems, result.images)
    return result
