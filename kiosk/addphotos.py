"""`kiosk add-photos CONTENT PHOTOS... [--panel ID | --slideshow] [--into FOLDER]`: photos in, with their own words.

Each photo is shipped into the content's folder (kiosk/photofiles.py) and added to a panel's or the
slideshow's list, with the caption and credit its file carries, or a comment asking for them.
content.yaml is edited with a round-trip YAML library (ruamel.yaml), so its comments, order,
anchors and formatting stay as the curator left them; then `kiosk check` gives its verdict.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

NEEDS = "kiosk add-photos needs its extra: pip install 'exhibition-kiosk[photos]'"
NO_CAPTION = "write a caption: the photo's file has none"
NO_CREDIT = "write the credit: the photo's file names no photographer"


def photo_paths(sources: Sequence[Path]) -> Iterator[Path]:
    """The photo files given, and those in the folders given (by name), in order."""
    from kiosk.photofiles import PHOTO_FILES

    for source in sources:
        if source.is_dir():
            yield from sorted(
                p for p in source.iterdir() if p.suffix.lower() in PHOTO_FILES and not p.name.startswith(".")
            )
        else:
            yield source


def _free_name(folder: Path, stem: str) -> Path:
    """folder/stem.jpg, or stem-2.jpg, stem-3.jpg... where that is taken."""
    target, n = folder / f"{stem}.jpg", 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{n}.jpg"
    return target


def _target_list(data: Any, panel: str | None, slideshow: bool) -> tuple[Any, str] | str:
    """The list to add to and how to name it; or why there is none."""
    from ruamel.yaml.comments import CommentedSeq

    if slideshow:
        if isinstance(data.get("slideshow"), list):
            return data["slideshow"], "the slideshow"
        data["slideshow"] = CommentedSeq()
        # Without a list of its own the slideshow showed every panel's photos: now it shows its list only.
        return data["slideshow"], "the slideshow (a list of its own now, in place of the panels' photos)"
    panels = [p for p in data.get("panels") or [] if isinstance(p, dict)]
    ids = [str(p.get("id")) for p in panels]
    if panel is None and len(panels) == 1:
        panel = ids[0]
    if panel is None or panel not in ids:
        which = f"no panel '{panel}'" if panel is not None else "which panel?"
        return f"{which}: give --panel with one of {', '.join(ids) or '(none)'}, or --slideshow"
    chosen = panels[ids.index(panel)]
    if not isinstance(chosen.get("photos"), list):
        chosen["photos"] = CommentedSeq()
    return chosen["photos"], f"panel {panel}"


def _caption(found: dict[str, str], languages: list[str]) -> str | dict[str, str] | None:
    """The caption in the content's languages: the file's own for the first, tagged ones for the rest."""
    tagged: dict[str, str] = {}
    for tag, text in found.items():
        if tag != "x-default":
            tagged.setdefault(tag.split("-")[0].lower(), text)
    tagged.setdefault(languages[0], found.get("x-default", ""))
    by_language = {code: tagged[code] for code in languages if tagged.get(code)}  # in the content's order
    if not by_language:
        return None
    return by_language[languages[0]] if list(by_language) == [languages[0]] else by_language


def _entry(image_name: str, found: Any, languages: list[str]) -> Any:
    from ruamel.yaml.comments import CommentedMap

    entry = CommentedMap()
    entry["image"] = image_name
    caption = _caption(found.caption, languages)
    entry["caption"] = (CommentedMap(caption) if isinstance(caption, dict) else caption) or ""
    entry["credit"] = found.credit
    if caption is None:
        entry.yaml_add_eol_comment(NO_CAPTION, "caption")
    if not found.credit:
        entry.yaml_add_eol_comment(NO_CREDIT, "credit")
    return entry


def _add_one(path: Path, folder: Path, into: str, languages: list[str]) -> tuple[Any, str]:
    """Ship one photo and make its entry; the line that says what was done. OSError/ValueError when unreadable."""
    from PIL import Image

    from kiosk.photofiles import HEIF, describe, ship

    with Image.open(path) as image:
        found = describe(image)
        (folder / into).mkdir(parents=True, exist_ok=True)
        target = _free_name(folder / into, path.stem)
        shipped = ship(image, target)
    name = target.relative_to(folder).as_posix()
    did = [f"caption from {found.caption_from}" if found.caption_from else "no caption in the file"]
    did.append(f"credit from {found.credit_from}" if found.credit_from else "no credit in the file")
    if shipped.resized_from:
        did.append("{}x{} made {}x{}".format(*shipped.resized_from, *shipped.size))
    if path.suffix.lower() in HEIF:
        did.append("HEIC made JPEG")
    if shipped.had_gps:
        did.append("GPS position removed")
    return _entry(name, found, languages), f"added {name} ({', '.join(did)})"


def add_photos(content: Path, sources: Sequence[Path], panel: str | None, slideshow: bool, into: str) -> int:
    """Add the photos; the exit code of `kiosk check` on the result (2 when nothing could be done)."""
    try:
        from ruamel.yaml import YAML
        from ruamel.yaml.error import YAMLError
    except ImportError:
        print(NEEDS, file=sys.stderr)
        return 2
    from PIL.Image import DecompressionBombError

    from kiosk.photofiles import HEIF, heif_support

    yaml = YAML()  # round trip: comments, order, anchors and quotes kept
    yaml.preserve_quotes = True  # "166" and '166' and 166 stay as written
    yaml.indent(mapping=2, sequence=4, offset=2)  # the content format's own layout
    yaml.width = 4096  # long captions stay on one line
    try:
        data = yaml.load(content.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YAMLError) as error:
        print(f"kiosk add-photos: cannot read {content} ({error}); run 'kiosk check {content}'", file=sys.stderr)
        return 2
    target = _target_list(data, panel, slideshow) if isinstance(data, dict) else "it is not a content file"
    if isinstance(target, str):
        print(f"kiosk add-photos: {content}: {target}", file=sys.stderr)
        return 2
    entries, where = target
    settings = data.get("settings") or {}
    languages = [str(code) for code in settings.get("languages") or [settings.get("language", "en")]]
    added = 0
    for path in photo_paths(sources):
        if path.suffix.lower() in HEIF and (missing := heif_support()) is not None:
            print(f"skipped {path}: {missing}", file=sys.stderr)
            continue
        try:
            entry, said = _add_one(path, content.parent, into, languages)
        # Pillow's "cannot identify image file", damage, and a photo of hundreds of megapixels.
        except (OSError, ValueError, SyntaxError, DecompressionBombError) as error:
            print(f"skipped {path}: not a photo that can be read ({error})", file=sys.stderr)
            continue
        entries.append(entry)
        added += 1
        print(f"{said} to {where}")
    if not added:
        print("kiosk add-photos: no photo was added", file=sys.stderr)
        return 2
    if hasattr(entries, "fa"):
        entries.fa.set_block_style()  # `photos: []` in a new exhibition becomes a list of entries
    _write(content, yaml, data)
    return _verdict(content)


def _write(content: Path, yaml: Any, data: Any) -> None:
    """Replace content.yaml whole: the running kiosk never reads half of it."""
    text = io.StringIO()
    yaml.dump(data, text)
    temporary = content.with_name(f".{content.name}.tmp")
    temporary.write_text(text.getvalue(), encoding="utf-8")
    os.replace(temporary, content)


def _verdict(content: Path) -> int:
    """What `kiosk check` says of the result, in its own lines and one line of verdict."""
    from kiosk.content import Severity, load
    from kiosk.report import check_problems

    problems = check_problems(load(content), str(content))
    for problem in problems:
        print(problem)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    print(f"kiosk check: {errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    return 1 if errors else 0
