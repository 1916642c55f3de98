"""Typed readers over YAML nodes: each returns a value or None, and records located problems."""

from __future__ import annotations

import datetime as dt
import enum
import math
import os
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml
import yaml.constructor

from .languages import translations
from .limits import too_long
from .model import Text
from .parse import YAML_TAG
from .problems import (
    PHOTO_FILE_HINT,
    Problem,
    Severity,
    child,
    did_you_mean,
    example_hint,
    not_a_photo_file,
    shown,
)

E = TypeVar("E", bound=enum.Enum)

STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, MERGE = (
    YAML_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "merge")
)
NUMERAL = re.compile(r"^[-+]?[0-9][0-9_]*$")
WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")
_scalars = yaml.constructor.SafeConstructor()


@dataclass(frozen=True)
class ImageRef:
    """An image the content names that exists as a file, and where it is named."""

    path: Path
    line: int
    column: int
    key_path: str


class Reader:
    """Reads nodes of one content file against the shapes the loader asks for."""

    def __init__(self, name: str, folder: Path) -> None:
        self.name = name
        self.folder = folder
        self.language = "en"
        self.languages: tuple[str, ...] = ("en",)
        self.problems: list[Problem] = []
        self.images: list[ImageRef] = []
        self.media: list[ImageRef] = []  # speeches' PDF documents and videos, for `kiosk check`
        self.versions: dict[Path, int] = {}
        # Files named that are not there: perhaps not arrived yet (a synced folder fills in any order).
        self.missing: list[Path] = []
        self.present: list[Path] = []  # and every file named that is there (photos, documents, texts)
        self._listings: dict[Path, list[str]] = {}

    # Reporting -----------------------------------------------------------------------------

    def report(
        self,
        node: yaml.Node,
        path: str,
        message: str,
        hint: str = "",
        *,
        warning: bool = False,
        recoverable: bool = False,
        translation: bool = False,
    ) -> None:
        """Record a problem at the node's position."""
        mark = node.start_mark
        severity = Severity.WARNING if warning else Severity.ERROR
        self.problems.append(
            Problem(self.name, mark.line + 1, mark.column + 1, severity, path, message, hint, recoverable, translation)
        )

    def _not_text(self, node: yaml.Node, path: str, expected: str) -> None:
        """Explain a scalar of the wrong kind, catching YAML 1.1's yes/no/on/off."""
        # `!!bool maybe` is tagged a bool but is none: it is explained as the text it is.
        read_as = _scalars.bool_values.get(node.value.lower()) if isinstance(node, yaml.ScalarNode) else None
        if node.tag == BOOL and read_as is not None:
            self.report(
                node,
                path,
                f"'{node.value}' is read as {str(read_as).lower()}, not as {expected}",
                f'put it in quotes: "{node.value}"',
            )
        elif isinstance(node, yaml.ScalarNode) and node.style in ('"', "'") and NUMERAL.match(node.value.strip()):
            # year: "1881": the quotes are what keeps it from being the number it looks like.
            message = f"'{shown(node.value)}' is in quotes, which makes it text, not {expected}"
            self.report(node, path, message, f"write it without the quotes: {node.value.strip()}")
        elif isinstance(node, yaml.ScalarNode):
            self.report(node, path, f"'{shown(node.value)}' is not {expected}", example_hint(expected))
        else:
            kind = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
            self.report(node, path, f"must be {expected}, not {kind}", example_hint(expected))

    # Structure -----------------------------------------------------------------------------

    def mapping(
        self,
        node: yaml.Node,
        path: str,
        allowed: Collection[str],
        required: Collection[str] = (),
        what: str = "a mapping",
    ) -> dict[str, yaml.Node] | None:
        """The mapping's values by key; unknown, duplicate and missing keys are reported."""
        if not isinstance(node, yaml.MappingNode):
            if isinstance(node, yaml.ScalarNode) and node.tag == NULL:
                self.report(node, path, "is empty", f"write {what} here, one 'key: value' per line")
            else:
                self._not_text(node, path, what)
            return None
        values: dict[str, yaml.Node] = {}
        keys: dict[str, yaml.Node] = {}
        merged: dict[str, yaml.Node] = {}
        first_key, starts_again = "", None
        for key_node, value in node.value:
            if key_node.tag == MERGE:
                self._merge(value, path, merged)
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.report(key_node, path, "a key must be a plain word", "write keys such as 'title:'")
                continue
            key = key_node.value
            if key in keys and starts_again is None and key == first_key and path.endswith("]"):
                # The key a list's entries begin with, again: a new entry written without its '- '
                # (one message here, where the '- ' is missing, not one per key it repeats).
                starts_again = key_node
                hint = f"start it with '- ' lined up with the one above, as in '- {shown(key)}: ...'"
                self.report(key_node, path, f"this looks like {what} without its '- '", hint)
                continue
            if key in keys:
                if starts_again is None:
                    first = keys[key].start_mark.line + 1
                    message = f"duplicate key (first given at line {first})"
                    self.report(key_node, child(path, key), message, "keep only one of them")
                continue
            first_key = first_key or key
            keys[key] = key_node
            if key not in allowed:
                self.report(key_node, child(path, key), "unknown key", did_you_mean(key, allowed))
                continue
            values[key] = value
        for key, value in merged.items():
            if key in allowed:
                values.setdefault(key, value)
        for key in required:
            if key not in values:
                self.report(node, path or "top level", f"missing '{key}'", f"add a line '{key}: ...'")
        return values

    def _merge(self, value: yaml.Node, path: str, into: dict[str, yaml.Node]) -> None:
        sources = value.value if isinstance(value, yaml.SequenceNode) else [value]
        for source in sources:
            if not isinstance(source, yaml.MappingNode):
                self.report(source, path, "'<<' must be followed by an alias of a mapping", "write '<<: *name'")
                continue
            for key_node, item in source.value:
                if isinstance(key_node, yaml.ScalarNode):
                    into.setdefault(key_node.value, item)

    def sequence(self, node: yaml.Node, path: str, *, empty: tuple[str, str] | None = None) -> list[yaml.Node] | None:
        """The items of a list (an empty value is an empty list, or the `empty` message and hint)."""
        if isinstance(node, yaml.SequenceNode) and (node.value or empty is None):
            return list(node.value)
        if isinstance(node, yaml.SequenceNode) or (isinstance(node, yaml.ScalarNode) and node.tag == NULL):
            if empty is None:
                return []
            self.report(node, path, *empty)
            return None
        self._not_text(node, path, "a list")
        return None

    # Scalars -------------------------------------------------------------------------------

    def text(self, node: yaml.Node, path: str, *, required: bool = True, partial: bool = False) -> Text | None:
        """Visitor-facing text: a string, or a mapping of language codes to strings.

        A `partial` text may leave out languages, the default one too: where it says nothing,
        the screens have words of their own (an interface label).
        """
        if isinstance(node, yaml.MappingNode):
            text = translations(self, node, path, partial=partial)
        else:
            value = self.string(node, path, "text", required=required)
            text = None if value is None else Text(((self.language, value),))
        if text is not None:
            missing = [code for code in self.languages if code not in text.languages]
            if missing and not partial:
                self.report(
                    node,
                    path,
                    f"no {', '.join(missing)} translation",
                    f"add '{missing[0]}: ...'; meanwhile visitors see the {self.language} text",
                    warning=True,
                    translation=True,
                )
            if (longest := too_long(path, text.translations)) is not None:
                language, message, hint = longest  # reported at the long translation's own line
                pairs = node.value if isinstance(node, yaml.MappingNode) else []
                at = next((value for key, value in pairs if key.value == language), node)
                self.report(at, path, message, hint, warning=True)
        return text

    def string(self, node: yaml.Node, path: str, expected: str, *, required: bool = True) -> str | None:
        """A text value, stripped; None (reported) when it is empty or not text."""
        if isinstance(node, yaml.ScalarNode) and node.tag in (STR, INT, FLOAT, TIMESTAMP):
            value = str(node.value).strip()
            if value:
                return value
        elif not (isinstance(node, yaml.ScalarNode) and node.tag == NULL):
            self._not_text(node, path, expected)
            return None
        if required:
            self.report(node, path, "is empty", f"write the {path.rsplit('.', 1)[-1]} here")
        return None

    def paragraphs(self, node: yaml.Node, path: str) -> tuple[Text, ...]:
        """One text or a list of texts, each a paragraph."""
        if not isinstance(node, yaml.SequenceNode):
            text = self.text(node, path, required=False)
            return (text,) if text else ()
        texts = [self.text(item, child(path, i)) for i, item in enumerate(node.value)]
        return tuple(t for t in texts if t is not None)

    def word(self, node: yaml.Node, path: str, pattern: re.Pattern[str], expected: str) -> str | None:
        """A plain string that must match `pattern` (identifiers, colours, language codes)."""
        value = self.string(node, path, expected)
        if value is not None and not pattern.match(value):
            self._not_text(node, path, expected)
            return None
        return value

    def integer(self, node: yaml.Node, path: str, low: int, high: int) -> int | None:
        """A whole number within [low, high]."""
        value = self._number(node, path, "a whole number", (INT,))
        if value is None:
            return None
        if not low <= value <= high:
            hint = f"write a whole number from {low} to {high}"
            self.report(node, path, f"{shown(node.value)} is out of range", hint)
            return None
        return int(value)

    def number(self, node: yaml.Node, path: str, low: float, high: float) -> float | None:
        """A number within [low, high]."""
        value = self._number(node, path, "a number", (INT, FLOAT))
        if value is None:
            return None
        # Compared before isfinite(), which cannot take an integer too large for a float.
        if not (low <= value <= high and math.isfinite(value)):
            self.report(node, path, f"{shown(node.value)} is out of range", f"write a number from {low:g} to {high:g}")
            return None
        return float(value)

    def _number(self, node: yaml.Node, path: str, expected: str, tags: tuple[str, ...]) -> float | None:
        if isinstance(node, yaml.ScalarNode) and node.tag in tags:
            # The constructor's own methods rather than construct_object(), which would keep every
            # node it ever saw (and refuse one seen twice through an alias after a failure).
            construct = _scalars.construct_yaml_int if node.tag == INT else _scalars.construct_yaml_float
            try:
                number: float = construct(node)
            except ValueError:
                if NUMERAL.match(node.value):
                    return math.inf  # more digits than Python converts: out of any range
                # An explicit '!!int abc', or YAML 1.1's digit-less '0x_' and '0b_'.
                self._not_text(node, path, expected)
                return None
            return number
        self._not_text(node, path, expected)
        return None

    def choice(self, node: yaml.Node, path: str, options: type[E]) -> E | None:
        """One of an enum's values, written as its lower-case name."""
        allowed = [str(o.value) for o in options]
        value = self.string(node, path, "one of " + ", ".join(allowed)) if node.tag != BOOL else None
        if node.tag == BOOL and isinstance(node, yaml.ScalarNode):
            self.report(
                node, path, f"'{shown(node.value)}' is read as true/false", "write one of: " + ", ".join(allowed)
            )
        elif node.tag == BOOL:  # '!!bool [a]'
            self._not_text(node, path, "one of " + ", ".join(allowed))
        if value is None:
            return None
        for option in options:
            if option.value == value:
                return option
        self.report(node, path, f"'{shown(value)}' is not allowed", did_you_mean(value.lower(), allowed))
        return None

    def date(self, node: yaml.Node, path: str) -> dt.date | None:
        """A calendar date written as YYYY-MM-DD."""
        if isinstance(node, yaml.ScalarNode) and node.tag in (TIMESTAMP, STR):
            try:
                return dt.date.fromisoformat(node.value.strip()[:10])
            except ValueError:
                pass
        self._not_text(node, path, "a date")
        return None

    # Files ---------------------------------------------------------------------------------

    def image(self, node: yaml.Node, path: str) -> Path | None:
        """A photo file inside the content folder; a missing one degrades to a placeholder."""
        written = self.string(node, path, "a file name")
        if written is None:
            return None
        name = shown(written, 120)  # a photo's path is longer than other values, but one line too
        # Plain string work rather than pathlib: a large exhibition names thousands of photos.
        parts = written.replace("\\", "/").split("/")
        if written.startswith(("/", "\\", "~")) or WINDOWS_DRIVE.match(written):
            self.report(
                node,
                path,
                f"'{name}' is an absolute path",
                "write the path relative to the content file's folder, e.g. photos/01.jpg",
            )
            return None
        if ".." in parts:
            self.report(
                node,
                path,
                f"'{name}' points outside the content folder",
                "copy the photo into the content folder and name it from there",
            )
            return None
        if "\0" in written:  # a "\0" escape in quotes; no file system takes it in a name
            self.report(node, path, f"'{name}' contains a NUL character", "retype the file name")
            return None
        full = Path(os.path.join(self.folder, *parts))
        try:
            info = os.stat(full)
        except OSError:
            self.report(node, path, f"no such file: {name}", self._suggest(full), recoverable=True)
            self.missing.append(full)
            return full
        wrong = not_a_photo_file(info)
        if wrong is None:
            mark = node.start_mark
            self.images.append(ImageRef(full, mark.line + 1, mark.column + 1, path))
            self.versions[full] = info.st_mtime_ns
            self.present.append(full)
            return full
        self.report(node, path, f"{name} is {wrong}", PHOTO_FILE_HINT, recoverable=True)
        self.present.append(full)  # followed all the same: the good photo that replaces it reloads
        return full

    def _suggest(self, missing: Path) -> str:
        folder = missing.parent
        if folder not in self._listings:
            try:
                # Shown as a hint: a file name may hold a line break too.
                self._listings[folder] = sorted(shown(n, 120) for n in os.listdir(folder))
            except OSError:
                self._listings[folder] = []
        names = self._listings[folder]
        if not names:
            return "check the file name and folder"
        hint = did_you_mean(missing.name, names)
        return hint if hint.startswith("did you mean") else "check the file name"
