"""Reading a content file into a YAML node tree that keeps line and column marks.

The tree is composed by libyaml (PyYAML's C parser) but never constructed into Python objects here:
the schema walker reads the nodes, so every value keeps its position for error messages, duplicate
keys can be refused, and tags such as !!python/object are only ever seen as strings.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import yaml

from .problems import Problem, Severity, shown

MAX_FILE_BYTES = 16 * 1024 * 1024
# Aliases may repeat content, but not multiply it: a file may expand by at most this many values
# beyond the ones written in it. A "billion laughs" file is refused at the first list that crosses it.
MAX_ALIAS_EXPANSION = 100_000
# Every value costs about 450 bytes of nodes and a few microseconds whatever its length, and
# "[a,a,a,...]" packs one into two bytes: a megabyte of it would take 200 MB and seconds. The
# 1,000-panel, 5,000-photo file of benchmarks/ holds about 104,000 values.
MAX_VALUES = 150_000
# A content file nests seven deep. libyaml allows a thousand, and its work per value grows with depth.
MAX_DEPTH = 64
# A value needs one of these before it (a '?' in a flow list brings three: a mapping, its key and
# its value), so a text with few of them cannot hold many values.
INDICATORS = "-,[{:?"

YAML_TAG = "tag:yaml.org,2002:"
YAML_BREAKS = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")  # the line breaks of YAML 1.1
# Tags the C safe loader resolves by itself for plain YAML; anything else was written by hand.
PLAIN_TAGS = frozenset(
    YAML_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "merge", "binary")
)

_SYNTAX_HINTS = (
    ("cannot start any token", "YAML indents with spaces: replace the tab with spaces"),
    ("tab character", "YAML indents with spaces: replace the tab with spaces"),
    ("mapping values are not allowed", "a text that contains ': ' must be put in quotes"),
    ("end of stream", "a quote or bracket is not closed"),
    ("did not find expected key", "check this line's indentation against the lines above"),
    ("expected <block end>", "check this line's indentation against the lines above"),
    ("could not find expected ':'", "a key needs a colon and a space after it, as in 'title: ...'"),
    ("another document", "a content file holds one document: remove the extra '---' line"),
    ("undefined alias", "define the anchor (&name) before using the alias (*name)"),
    ("duplicate anchor", "give each anchor (&name) a name of its own"),
    ("maximum nesting depth", "the file nests lists or mappings far too deeply"),
)


def display_tag(tag: str) -> str:
    """A tag as the curator wrote it: '!!python/object' rather than the expanded form."""
    return "!!" + tag[len(YAML_TAG) :] if tag.startswith(YAML_TAG) else tag


def _problem(file: str, line: int, column: int, message: str, hint: str) -> Problem:
    return Problem(file, line, column, Severity.ERROR, "", message, hint)


def read_file(path: Path, name: str) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes, or a problem saying why it cannot be read as a content file."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None, [_problem(name, 1, 1, "the file does not exist", "check the path of the content file")]
    except OSError as exc:
        return None, [_problem(name, 1, 1, f"the file cannot be read ({exc.strerror})", "check its permissions")]
    if stat.S_ISDIR(info.st_mode):
        return None, [_problem(name, 1, 1, "the file is a folder", "name the content file in it, e.g. content.yaml")]
    if not stat.S_ISREG(info.st_mode):
        return None, [_problem(name, 1, 1, "the file is not a regular file", "save the content as an ordinary file")]
    if info.st_size > MAX_FILE_BYTES:
        return None, [
            _problem(
                name,
                1,
                1,
                f"the file is too large ({info.st_size:,} bytes)",
                f"a content file is text of at most {MAX_FILE_BYTES // 2**20} MiB; keep photos in files",
            )
        ]
    try:
        return path.read_bytes(), []
    except OSError as exc:
        return None, [_problem(name, 1, 1, f"the file cannot be read ({exc.strerror})", "check its permissions")]


def _decode(data: bytes, name: str) -> tuple[str | None, list[Problem]]:
    """The bytes as text, or a problem saying where they are not UTF-8."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        return None, [
            _problem(
                name,
                line,
                column,
                f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x})",
                "save the file as UTF-8 in your editor; if it is not a content file, name the right one",
            )
        ]


def _syntax_problem(name: str, exc: yaml.YAMLError, source: str) -> Problem:
    """A located message for a parser error, with a hint for the common mistakes."""
    if isinstance(exc, yaml.reader.ReaderError):
        # The reader reports an offset rather than a mark: libyaml's counts bytes of the UTF-8 it
        # was handed, where line and column count characters and every YAML line break.
        before = source.encode()[: exc.position].decode(errors="ignore")
        lines = YAML_BREAKS.split(before)
        line, column = len(lines), len(lines[-1]) + 1
        return _problem(
            name,
            line,
            column,
            f"YAML syntax: {exc.reason} (character #x{exc.character:04x})",
            "remove the invisible control character",
        )
    assert isinstance(exc, yaml.MarkedYAMLError)
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    lines = YAML_BREAKS.split(source)
    if line > len(lines):  # libyaml ends a last line without a line break by adding one of its own
        line, column = len(lines), len(lines[-1]) + 1
    text = exc.problem or exc.context or "not valid YAML"
    plain = _in_plain_words(text, lines, line)
    if plain is not None:
        return _problem(name, line, column, *plain)
    if "cannot start any token" in text and mark is not None and mark.buffer is not None:
        char = mark.buffer[mark.pointer] if mark.pointer < len(mark.buffer) else ""
        text = "a tab character" if char == "\t" else f"the character {char!r} cannot start a value"
    hint = next(
        (h for key, h in _SYNTAX_HINTS if key in (exc.problem or "") + (exc.context or "")),
        "check the quotes, colons and indentation at this point",
    )
    if "another document" in text:
        text = "a second document starts here"
    elif exc.context and exc.context_mark and ("quoted" in exc.context or "flow" in exc.context):
        # Where the unclosed quote or bracket began is what the curator needs to find.
        text = f"{text} ({exc.context} at line {exc.context_mark.line + 1})"
    return _problem(name, line, column, f"YAML syntax: {text}", hint)


TYPOGRAPHIC_QUOTES = "“”„‘’‚«»"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _in_plain_words(problem: str, lines: list[str], line: int) -> tuple[str, str] | None:
    """The likely cause of a parser error, named in a curator's words, where the line shows it."""
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    above = [text for text in lines[: line - 1] if text.strip() and not text.lstrip().startswith("#")]
    if any(quote in here for quote in TYPOGRAPHIC_QUOTES) and ("mapping values" in problem or "expected" in problem):
        return "typographic quotes “ ” are not quotes in YAML", 'type straight quotes around the text: "..."'
    if "unknown escape" in problem:
        hint = "use / in file paths (photos/01.jpg), or single quotes around the text"
        return "a backslash in double quotes starts an escape", hint
    if not above or not here.strip():
        return None
    if "mapping values are not allowed" in problem and _indent(here) > _indent(above[-1]):
        hint = "line it up with the line above; if it continues that line's text, put the whole text in quotes"
        return "this line is further right than the lines above it", hint
    levels = {_indent(text) for text in above}
    if ("expected key" in problem or "block end" in problem) and _indent(here) not in levels:
        return "this line is further left than the lines above it", "line it up with the keys it belongs with"
    return None


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _at(name: str, node: yaml.Node, message: str, hint: str) -> Problem:
    mark = node.start_mark
    return _problem(name, mark.line + 1, mark.column + 1, message, hint)


def _too_deep(name: str, line: int, column: int) -> Problem:
    return _problem(
        name,
        line,
        column,
        f"lists and mappings nest more than {MAX_DEPTH} deep here",
        "the file nests lists or mappings far too deeply",
    )


def _alias_bomb(name: str, node: yaml.Node) -> Problem:
    return _at(
        name,
        node,
        f"aliases here expand to more than {MAX_ALIAS_EXPANSION:,} values",
        "this looks like an alias bomb; write the content out instead of nesting aliases",
    )


def _recursive_alias(name: str, node: yaml.Node) -> Problem:
    return _at(
        name,
        node,
        "an alias refers to the list or mapping that contains it",
        "an anchor (&name) cannot be used inside itself",
    )


def _tag_not_allowed(name: str, node: yaml.Node) -> Problem:
    return _at(
        name,
        node,
        f"the tag '{shown(display_tag(node.tag), 120)}' is not allowed",
        "remove it: the kiosk reads plain YAML only",
    )


def _check_size(text: str, name: str) -> list[Problem]:
    """Refuse too many values, or values nested too deep, before any node is built.

    Only a long text can hold too many values; it is read as a stream of events, which keeps
    nothing, so refusing a megabyte of values takes a fraction of the time and memory of
    building its nodes. Raises YAMLError where the text is not YAML.
    """
    if 1 + 3 * sum(text.count(c) for c in INDICATORS) <= MAX_VALUES:
        return []
    values = depth = 0
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        if isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
            continue
        if not isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            continue  # an alias adds no value of its own (_check_nodes counts what it repeats)
        mark = event.start_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        values += 1
        if values > MAX_VALUES:
            return [
                _problem(
                    name,
                    line,
                    column,
                    f"the file holds more than {MAX_VALUES:,} values",
                    "an exhibition of 5,000 photos holds about 100,000: check that this is the content file",
                )
            ]
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return [_too_deep(name, line, column)]
    return []


def _check_nodes(root: yaml.Node, name: str) -> list[Problem]:
    """Refuse hand-written tags, recursive aliases, alias bombs and deep nesting, visiting each node once."""
    problems: list[Problem] = []
    sizes: dict[int, int] = {}  # id(node) -> number of values it stands for once aliases expand
    on_path: set[int] = set()
    unique = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(c)] for c in _children(node))
            if sizes[key] > unique + MAX_ALIAS_EXPANSION:
                problems.append(_alias_bomb(name, node))
                return problems
            continue
        if key in sizes:
            continue
        if key in on_path:
            problems.append(_recursive_alias(name, node))
            return problems
        unique += 1
        on_path.add(key)
        if len(on_path) > MAX_DEPTH and not isinstance(node, yaml.ScalarNode):
            # As deep as _check_size allows a long text, so that a file's length does not change
            # what it may hold; here aliases count at the depth they are used.
            mark = node.start_mark
            return [*problems, _too_deep(name, mark.line + 1, mark.column + 1)]
        if node.tag not in PLAIN_TAGS:
            problems.append(_tag_not_allowed(name, node))
        stack.append((node, True))
        stack.extend((c, False) for c in reversed(_children(node)) if id(c) not in sizes)
    return problems


def parse(data: bytes, name: str) -> tuple[yaml.Node | None, list[Problem]]:
    """The file's node tree (of its bytes, from read_file), or None with the problems that make it unreadable."""
    text, problems = _decode(data, name)
    if text is None:
        return None, problems
    try:
        problems = _check_size(text, name)
        if problems:
            return None, problems
        root = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        return None, [_syntax_problem(name, exc, text)]
    if root is None:
        return None, [
            _problem(
                name, 1, 1, "the file is empty", "describe the exhibition: see docs/content-format.md for an example"
            )
        ]
    if not isinstance(root, yaml.MappingNode):
        return None, [
            _at(
                name,
                root,
                "the file must be a mapping of keys such as 'exhibition:' and 'panels:'",
                "start with 'exhibition:' as in docs/content-format.md",
            )
        ]
    problems = _check_nodes(root, name)
    return (None if problems else root), problems
