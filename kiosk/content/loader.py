"""The one loader: a content file in, an Exhibition and every problem found out."""

from __future__ import annotations

import dataclasses
import gc
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml

from .hours import read_hours
from .languages import language_code
from .limits import MOST_FACTS
from .links import read_link
from .model import (
    Attract,
    ContentFiles,
    Exhibition,
    Fact,
    Link,
    Panel,
    Photo,
    Quote,
    Settings,
    Speech,
    Text,
    Transition,
)
from .parse import parse, read_file
from .problems import Problem, Severity, child, shown, sort_problems
from .reader import ImageRef, Reader
from .speeches import read_speech
from .timeline import read_timeline
from .wording import read_dates, read_labels

T = TypeVar("T")
PANEL_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

TOP_KEYS = ("exhibition", "panels", "slideshow", "timeline", "settings", "labels")
EXHIBITION_KEYS = (
    "title",
    "subtitle",
    "first_year",
    "last_year",
    "date",
    "opens",
    "closes",
    "place",
    "event",
    "introduction",
    "cover",
    "quote",
    "facts",
    "credits",
)
PANEL_KEYS = ("id", "title", "summary", "body", "speeches", "photos", "accent", "link")
PHOTO_KEYS = ("image", "caption", "credit", "alt", "link")
SETTINGS_KEYS = ("slide_seconds", "transition", "idle_seconds", "attract", "language", "languages", "hours")


@dataclass(frozen=True)
class LoadResult:
    """What loading found: the exhibition (None when the file cannot be used) and its problems."""

    exhibition: Exhibition | None
    problems: tuple[Problem, ...]
    images: tuple[ImageRef, ...] = ()
    media: tuple[ImageRef, ...] = ()  # the speeches' PDF documents and videos that exist
    files: ContentFiles = dataclasses.field(default_factory=ContentFiles)  # besides itself, there or not (yet)
    source: bytes = b""  # the file as read: what its hash and a kept copy are made of

    @property
    def errors(self) -> list[Problem]:
        """The problems of error severity."""
        return [p for p in self.problems if p.severity is Severity.ERROR]


def load(
    path: str | os.PathLike[str], name: str | None = None, folder: str | os.PathLike[str] | None = None
) -> LoadResult:
    """Load and validate a content file; `name` is how messages refer to it (default: the path).

    Its photos and files are named from `folder` (default: the file's own): a kept copy of a
    content file is read as the file it copies (kiosk/services/lastgood.py).
    """
    path = Path(path)
    name = name if name is not None else str(path)
    # A large file builds a few hundred thousand nodes and objects, none of them in cycles; the
    # cyclic collector would re-scan them all many times over (a third of the load time).
    paused = gc.isenabled()
    gc.disable()
    try:
        return _load(path, name, Path(folder).resolve() if folder is not None else path.resolve().parent)
    finally:
        if paused:
            gc.enable()


def _load(path: Path, name: str, folder: Path) -> LoadResult:
    source, problems = read_file(path, name)
    if source is None:
        return LoadResult(None, tuple(problems))
    root, problems = parse(source, name)
    if root is None:
        return LoadResult(None, tuple(problems), source=source)
    reader = Reader(name, folder)
    exhibition = _Schema(reader).exhibition(root)
    found = sort_problems(reader.problems)
    if any(p.severity is Severity.ERROR and not p.recoverable for p in found):
        exhibition = None
    files = ContentFiles(frozenset(reader.present) | frozenset(reader.missing), frozenset(reader.missing))
    return LoadResult(exhibition, tuple(found), tuple(reader.images), tuple(reader.media), files, source)


class _Schema:
    """The shape of a content file, section by section."""

    def __init__(self, reader: Reader) -> None:
        self.r = reader

    def exhibition(self, root: yaml.Node) -> Exhibition | None:
        r = self.r
        top = r.mapping(root, "", TOP_KEYS, required=("exhibition", "panels"))
        if top is None:
            return None
        settings = self.settings(top["settings"]) if "settings" in top else Settings()
        # Texts are checked against the languages the settings offer; while those cannot be read,
        # against none: a mistyped code is one error at its line, not a warning at every text.
        r.language, r.languages = (settings.language, settings.languages) if settings else ("en", ())
        # Every section is read even when an earlier one failed, so that all problems are reported.
        header = self.header(top["exhibition"]) if "exhibition" in top else None
        panels = self.panels(top["panels"]) if "panels" in top else None
        slideshow = self.slideshow(top["slideshow"]) if "slideshow" in top else ()
        timeline = read_timeline(r, top["timeline"], self.photo) if "timeline" in top else ()
        labels = read_labels(r, top["labels"]) if "labels" in top else ()
        if header is None or panels is None or settings is None or slideshow is None:
            return None
        photos = slideshow or tuple(photo for panel in panels for photo in panel.photos)
        if not photos and not any(p.severity is Severity.ERROR for p in r.problems):
            r.report(root, "slideshow", "there are no photos to show", "add photos to the panels", warning=True)
        # A cover photo that the exhibition shows elsewhere is that photo, with its caption for screen readers.
        known = {photo.image: photo for photo in (*photos, *(p for panel in panels for p in panel.photos))}
        cover = tuple(known.get(photo.image, photo) for photo in header.cover)
        return dataclasses.replace(
            header, panels=panels, slideshow=photos, timeline=timeline, settings=settings, cover=cover, labels=labels
        )

    def header(self, node: yaml.Node) -> Exhibition | None:
        """The exhibition's own texts; panels and the rest are filled in by the caller."""
        r = self.r
        m = r.mapping(node, "exhibition", EXHIBITION_KEYS, required=("title", "subtitle", "place", "event"))
        if m is None:
            return None

        def year(key: str) -> int | None:
            return self._optional(m.get(key), child("exhibition", key), lambda n, p: r.integer(n, p, 1000, 2999))

        first_year, last_year = year("first_year"), year("last_year")
        if first_year is not None and last_year is not None and first_year > last_year:
            r.report(
                m["last_year"],
                "exhibition.last_year",
                f"{last_year} is before first_year {first_year}",
                "swap the two years",
            )
        title, subtitle, place, event = (
            r.text(m[k], child("exhibition", k)) if k in m else None for k in ("title", "subtitle", "place", "event")
        )
        dates = read_dates(r, m)
        cover = self.cover(m["cover"]) if "cover" in m else ()
        introduction = r.paragraphs(m["introduction"], "exhibition.introduction") if "introduction" in m else ()
        quote = self._optional(m.get("quote"), "exhibition.quote", self.quote)
        facts = self._list(m.get("facts"), "exhibition.facts", self.fact)
        if len(facts) > MOST_FACTS:
            r.report(
                m["facts"],
                "exhibition.facts",
                f"{len(facts)} facts; the home screen shows the first {MOST_FACTS}",
                f"keep the {MOST_FACTS} that matter most",
                warning=True,
            )
        credits = r.paragraphs(m["credits"], "exhibition.credits") if "credits" in m else ()
        if title is None or subtitle is None or place is None or event is None or dates is None or cover is None:
            return None
        return Exhibition(
            title,
            subtitle,
            place,
            event,
            panels=(),
            first_year=first_year,
            last_year=last_year,
            opens=dates[0],
            closes=dates[1],
            cover=cover,
            introduction=introduction,
            quote=quote,
            facts=facts,
            credits=credits,
        )

    def cover(self, node: yaml.Node) -> tuple[Photo, ...] | None:
        """The home screen's photos, by file name: one, or a list shown in turn."""
        r, path = self.r, "exhibition.cover"
        many = isinstance(node, yaml.SequenceNode)
        nodes = [(item, child(path, i)) for i, item in enumerate(node.value)] if many else [(node, path)]
        images = [r.image(item, where) for item, where in nodes]
        if None in images:
            return None
        return tuple(Photo(image, Text(()), Text(()), version=r.versions.get(image, 0)) for image in images if image)

    def _optional(self, node: yaml.Node | None, path: str, read: Callable[[yaml.Node, str], T | None]) -> T | None:
        """Read an optional value: absent or empty gives None."""
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
            return None
        return read(node, path)

    def _list(self, node: yaml.Node | None, path: str, read: Callable[[yaml.Node, str], T | None]) -> tuple[T, ...]:
        """Read each item of an optional list, keeping the ones that are valid."""
        items = self.r.sequence(node, path) if node is not None else []
        values = [read(item, child(path, i)) for i, item in enumerate(items or [])]
        return tuple(v for v in values if v is not None)

    def settings(self, node: yaml.Node) -> Settings | None:
        r = self.r
        m = r.mapping(node, "settings", SETTINGS_KEYS)
        if m is None:
            return None
        default = Settings()
        slide = r.number(m["slide_seconds"], "settings.slide_seconds", 1, 600) if "slide_seconds" in m else 8.0
        idle = r.integer(m["idle_seconds"], "settings.idle_seconds", 15, 3600) if "idle_seconds" in m else 90
        transition = r.choice(m["transition"], "settings.transition", Transition) if "transition" in m else None
        attract = r.choice(m["attract"], "settings.attract", Attract) if "attract" in m else None
        language = language_code(r, m["language"], "settings.language") if "language" in m else None
        languages = self.languages(m["languages"]) if "languages" in m else None
        hours = read_hours(r, m["hours"]) if "hours" in m else None
        if (
            slide is None
            or idle is None
            or (transition is None and "transition" in m)
            or (attract is None and "attract" in m)
            or (language is None and "language" in m)
            or (languages is None and "languages" in m)
            or (hours is None and "hours" in m)
        ):
            return None
        language = language or default.language
        settings = Settings(
            slide,
            transition or default.transition,
            idle,
            attract or default.attract,
            language,
            languages or (language,),
            hours,
        )
        if settings.language not in settings.languages:
            r.report(
                m.get("language", node),
                "settings.language",
                f"'{settings.language}' is not in settings.languages",
                "add it to settings.languages",
            )
            return None
        return settings

    def languages(self, node: yaml.Node) -> tuple[str, ...] | None:
        r = self.r
        items = r.sequence(node, "settings.languages", empty=("is empty", "list at least one language, e.g. [en]"))
        if items is None:
            return None
        codes = [language_code(r, n, child("settings.languages", i)) for i, n in enumerate(items)]
        return tuple(c for c in codes if c) if all(codes) else None

    def panels(self, node: yaml.Node) -> tuple[Panel, ...] | None:
        r = self.r
        items = r.sequence(node, "panels", empty=("there are no panels", "add at least one panel"))
        if items is None:
            return None
        panels = []
        ids: dict[str, int] = {}
        for i, item in enumerate(items):
            path = child("panels", i)
            m = r.mapping(item, path, PANEL_KEYS, required=("id", "title", "summary"), what="a panel")
            if m is None:
                continue
            panel_id = r.word(m["id"], child(path, "id"), PANEL_ID, "an id") if "id" in m else None
            if panel_id is not None and panel_id in ids:
                r.report(
                    m["id"],
                    child(path, "id"),
                    f"duplicate panel id '{shown(panel_id)}' (first at line {ids[panel_id]})",
                    "give each panel an id of its own",
                )
                panel_id = None
            elif panel_id is not None:
                ids[panel_id] = m["id"].start_mark.line + 1
            accent = None
            if "accent" in m:
                accent = self.colour(m["accent"], child(path, "accent"))
            title = r.text(m["title"], child(path, "title")) if "title" in m else None
            summary = r.text(m["summary"], child(path, "summary")) if "summary" in m else None
            body = r.paragraphs(m["body"], child(path, "body")) if "body" in m else ()
            speeches = self._list(m.get("speeches"), child(path, "speeches"), self.speech)
            photos = self.photos(m["photos"], child(path, "photos")) if "photos" in m else ()
            link = self._optional(m.get("link"), child(path, "link"), self.link)
            if panel_id and title and summary and photos is not None:
                panels.append(Panel(panel_id, title, summary, body, speeches, photos, accent, link))
        return tuple(panels)

    def colour(self, node: yaml.Node, path: str) -> str | None:
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
            # `accent: #E0B84B` without quotes: YAML reads everything after " #" as a comment.
            self.r.report(
                node,
                path,
                "is empty (an unquoted '#' starts a comment)",
                'put the colour in quotes, e.g. accent: "#E0B84B"',
            )
            return None
        return self.r.word(node, path, COLOUR, "a colour")

    def speech(self, node: yaml.Node, path: str) -> Speech | None:
        return read_speech(self.r, node, path)

    def slideshow(self, node: yaml.Node) -> tuple[Photo, ...] | None:
        photos = self.photos(node, "slideshow")
        if photos == ():
            self.r.report(
                node, "slideshow", "is empty", "list photos here, or remove the key to show every panel's photos"
            )
            return None
        return photos

    def photos(self, node: yaml.Node, path: str) -> tuple[Photo, ...] | None:
        items = self.r.sequence(node, path)
        if items is None:
            return None
        photos = [self.photo(item, child(path, i)) for i, item in enumerate(items)]
        return tuple(p for p in photos if p is not None) if all(photos) else None

    def photo(self, node: yaml.Node, path: str) -> Photo | None:
        r = self.r
        m = r.mapping(node, path, PHOTO_KEYS, required=("image", "caption", "credit"), what="a photo")
        if m is None or not {"image", "caption", "credit"} <= m.keys():
            return None
        image = r.image(m["image"], child(path, "image"))
        caption = r.text(m["caption"], child(path, "caption"))
        credit = r.text(m["credit"], child(path, "credit"))
        alt = r.text(m["alt"], child(path, "alt"), required=False) if "alt" in m else None
        link = self._optional(m.get("link"), child(path, "link"), self.link)
        if image is None or caption is None or credit is None:
            return None
        return Photo(image, caption, credit, alt, r.versions.get(image, 0), link)

    def link(self, node: yaml.Node, path: str) -> Link | None:
        return read_link(self.r, node, path)

    def quote(self, node: yaml.Node, path: str) -> Quote | None:
        r = self.r
        m = r.mapping(node, path, ("text", "speaker", "role"), required=("text", "speaker"), what="a quote")
        if m is None or not {"text", "speaker"} <= m.keys():
            return None
        text, speaker = r.text(m["text"], child(path, "text")), r.text(m["speaker"], child(path, "speaker"))
        role = r.text(m["role"], child(path, "role"), required=False) if "role" in m else None
        return Quote(text, speaker, role) if text and speaker else None

    def fact(self, node: yaml.Node, path: str) -> Fact | None:
        r = self.r
        m = r.mapping(node, path, ("value", "label"), required=("value", "label"), what="a fact")
        if m is None or not {"value", "label"} <= m.keys():
            return None
        value, label = r.text(m["value"], child(path, "value")), r.text(m["label"], child(path, "label"))
        return Fact(value, label) if value and label else None
