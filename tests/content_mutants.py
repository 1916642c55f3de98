"""Mutants of the bundled content.yaml for the fuzz tests: plain mutations and their Hypothesis strategies."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from kiosk.assets import BUNDLED_CONTENT

BASE = BUNDLED_CONTENT.read_bytes()
MAX_BYTES = 1_000_000  # every mutant stays under 1 MB: the size of a content file, not of a photo


# Mutations ------------------------------------------------------------------------------------
# Plain functions of the file and explicit parameters, so that Hypothesis (small and shrinkable)
# and the memory test (big and seeded) build mutants the same way. Indexes wrap around.

KEY_LINE = re.compile(rb"^( *)(- )?([^\s:#\-][^:#\r\n]*):(?: |\r?\n|$)")

# Values of every YAML type, and of the wrong one for wherever they land.
VALUES = [
    b"",
    b"~",
    b"null",
    b"[]",
    b"{}",
    b"yes",
    b"no",
    b"on",
    b"off",
    b"0",
    b"-5",
    b"1e400",
    b"1.0e+400",
    b".nan",
    b"-.inf",
    b"0x_",
    b"0b_",
    b"0o",
    b"1:30:00",
    b"190:20:30.15",
    b"9" * 5000,
    b"!!int abc",
    b"!!float abc",
    b"!!bool maybe",
    b"!!null text",
    b"!!str 12",
    b"!!timestamp someday",
    b"!!binary aGVsbG8=",
    b"!!map x",
    b"!!seq x",
    b"2014-13-45",
    b"2014-11-05T25:00:00",
    b'"#E0B84B"',
    b"#E0B84B",
    b"[a, b, [c]]",
    b"{en: a, fr: b}",
    b"{en: [a], fr: {b: c}}",
    b"{yes: a, no: b}",
    b"|\n  two\n  lines",
    b">-\n  folded",
    b'"a\\nb"',
    b'"\\0"',
    b'"a\\0b.jpg"',
    b'"\\e[31mred"',
    b'"\\u2028"',
    b"&anchor value",
    b"*title",
    b"*standin",
    b"*undefined",
    b"<<: *four-panels",
    b"{<<: *standin}",
    b"{<<: [*standin, *four-panels]}",
    b"{<<: plain}",
    b"!!python/object/apply:os.system ['true']",
    b"!!python/name:os.system",
    b"!shout loud",
    b"!<tag:example.com,2000:x> y",
    b"/etc/passwd",
    b"../content.yaml",
    b"C:\\photos\\01.jpg",
    b"~/photo.jpg",
    b"photos",
    b"photos/",
    b"photos//01.jpg",
    b"photos/01-prince-albert-ii-and-president-ballestraz.jpg",
    b"content.yaml",
    b".",
    "Mónaco ١٠٠ 🚓".encode(),
    b"'unclosed",
    b'"unclosed',
    b"[unclosed",
    b"a: b: c",
    b"- item",
    b"? complex\n: key",
]

# Scraps of YAML syntax, dropped anywhere.
SNIPPETS = [
    b": ",
    b":",
    b"- ",
    b"-",
    b"[",
    b"]",
    b"{",
    b"}",
    b",",
    b"&a ",
    b"*a ",
    b"*title ",
    b"&title ",
    b"<<: *title\n",
    b"? ",
    b"|",
    b">",
    b"#",
    b'"',
    b"'",
    b"!",
    b"!!",
    b"!!python/object:x ",
    b"@",
    b"`",
    b"%",
    b"\t",
    b"\n",
    b"\r",
    b"\r\n",
    b"\n\n\n",
    b"\\",
    b"\x00",
    b"\x07",
    b"\x1b[2J",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xc3",
    b"\xe2\x80\xa8",
    b"\xc2\x85",
    b"---\n",
    b"...\n",
    b"\n---\nmore: 1\n",
    b"%YAML 1.1\n",
    b"%YAML 1.3\n---\n",
    b"%TAG !py! tag:yaml.org,2002:python/\n---\n",
    b"!py!object/apply:os.system ['true'] ",
]

KEYS = [
    b"exhibition",
    b"panels",
    b"slideshow",
    b"timeline",
    b"settings",
    b"title",
    b"subtitle",
    b"place",
    b"event",
    b"id",
    b"photos",
    b"image",
    b"caption",
    b"credit",
    b"en",
    b"fr",
    b"yes",
    b"<<",
    b"tittle",
    b"Title",
    b"photo",
    b"",
    b"[a]",
    b"{a: 1}",
    b"1",
    b"'quoted'",
    b'"a\\nb"',
]


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True)


def _indent(line: bytes) -> int:
    return len(line) - len(line.lstrip(b" "))


def _key_at(lines: list[bytes], k: int) -> int | None:
    """The line of the k-th 'key:' line (wrapping around), or None when there is none."""
    keys = [i for i, line in enumerate(lines) if KEY_LINE.match(line)]
    return keys[k % len(keys)] if keys else None


def _block_end(lines: list[bytes], i: int) -> int:
    """The line after the value of the key on line i, with everything indented under it."""
    match = KEY_LINE.match(lines[i])
    assert match is not None
    indent = len(match.group(1)) + len(match.group(2) or b"")
    j = i + 1
    while j < len(lines) and (not lines[j].strip() or _indent(lines[j]) > indent):
        j += 1
    return j


def delete_key(data: bytes, k: int, with_block: bool) -> bytes:
    """Delete a key, with its block or leaving the block orphaned."""
    lines = _lines(data)
    i = _key_at(lines, k)
    if i is None:
        return data
    end = _block_end(lines, i) if with_block else i + 1
    return b"".join(lines[:i] + lines[end:])


def rename_key(data: bytes, k: int, name: bytes) -> bytes:
    """Rename a key."""
    lines = _lines(data)
    i = _key_at(lines, k)
    if i is None:
        return data
    match = KEY_LINE.match(lines[i])
    assert match is not None
    lines[i] = lines[i][: match.start(3)] + name + lines[i][match.end(3) :]
    return b"".join(lines)


def duplicate_key(data: bytes, k: int, times: int, where: int | None) -> bytes:
    """Repeat a key and its block right after itself, or move copies to another line."""
    lines = _lines(data)
    i = _key_at(lines, k)
    if i is None:
        return data
    end = _block_end(lines, i)
    block = lines[i:end]
    if block and not block[-1].endswith((b"\n", b"\r")):
        block[-1] += b"\n"
    at = end if where is None else where % (len(lines) + 1)
    return b"".join(lines[:at] + block * times + lines[at:])


def set_value(data: bytes, k: int, value: bytes, keep_block: bool) -> bytes:
    """Give a key another value, of another type; its old block may stay behind."""
    lines = _lines(data)
    i = _key_at(lines, k)
    if i is None:
        return data
    match = KEY_LINE.match(lines[i])
    assert match is not None
    indent = b" " * (len(match.group(1)) + len(match.group(2) or b"") + 2)
    value = value.replace(b"\n", b"\n" + indent)  # block scalars stay under their key
    line = lines[i][: match.end(3)] + b": " + value + b"\n"
    end = i + 1 if keep_block else _block_end(lines, i)
    return b"".join([*lines[:i], line, *lines[end:]])


def insert(data: bytes, at: int, fragment: bytes) -> bytes:
    """Insert text, YAML syntax or raw bytes at a byte offset (which may split a character)."""
    at %= len(data) + 1
    return data[:at] + fragment + data[at:]


def overwrite(data: bytes, at: int, fragment: bytes) -> bytes:
    """Overwrite bytes at an offset, as a damaged disk or a bad copy would."""
    at %= len(data) + 1
    return data[:at] + fragment + data[at + len(fragment) :]


def cut(data: bytes, at: int) -> bytes:
    """The file cut at a byte offset, as an interrupted copy leaves it."""
    return data[: at % (len(data) + 1)]


def nest(data: bytes, at: int, depth: int, style: int) -> bytes:
    """A key nested `depth` deep in flow lists, flow mappings, block mappings or block lists."""
    lines = _lines(data)
    at %= len(lines) + 1
    if style == 0:
        text = b"deep: " + b"[" * depth + b"]" * depth + b"\n"
    elif style == 1:
        text = b"deep: " + b"{a: " * depth + b"1" + b"}" * depth + b"\n"
    elif style == 2:
        text = b"".join(b" " * level + b"deep:\n" for level in range(depth)) + b" " * depth + b"deep: 1\n"
    else:
        text = b"deep:\n" + b"- " * depth + b"x\n"
    return b"".join([*lines[:at], text, *lines[at:]])


def dense(data: bytes, at: int, unit: bytes, count: int) -> bytes:
    """A key whose flow list repeats `unit` as often as the 1 MB budget allows: many values in few bytes."""
    lines = _lines(data)
    at %= len(lines) + 1
    count = min(count, max(0, MAX_BYTES - 1 - len(data) - 64) // len(unit))
    return b"".join([*lines[:at], b"dense: [" + unit * count + b"]\n", *lines[at:]])


def reindent(data: bytes, at: int, indent: bytes) -> bytes:
    """Change one line's indentation (spaces more or fewer, or a tab)."""
    lines = _lines(data)
    if not lines:
        return data
    i = at % len(lines)
    lines[i] = indent + lines[i].lstrip(b" ")
    return b"".join(lines)


def line_endings(data: bytes, newline: bytes) -> bytes:
    """The whole file saved with other line endings."""
    return b"".join(line.rstrip(b"\r\n") + newline for line in _lines(data))


def huge_value(data: bytes, k: int, size: int, fill: bytes) -> bytes:
    """One value as long as the 1 MB budget allows."""
    room = max(0, MAX_BYTES - 1 - len(data) - 64) // max(1, len(fill))
    return set_value(data, k, fill * min(size, room), keep_block=False)


def huge_key(data: bytes, k: int, size: int, fill: bytes) -> bytes:
    """One key as long as the 1 MB budget allows."""
    room = max(0, MAX_BYTES - 1 - len(data) - 64) // max(1, len(fill))
    return rename_key(data, k, fill * min(size, room))


def within_budget(data: bytes) -> bytes:
    """Mutants over 1 MB are cut, which is a mutation of its own."""
    return data[: MAX_BYTES - 1]


# Hypothesis strategies ------------------------------------------------------------------------


class Mutant:
    """A mutant's bytes, shown in a failure report as the calls that rebuild it from BASE.

    Not a dataclass: Hypothesis would report one by its fields, a megabyte of bytes.
    """

    def __init__(self, data: bytes, recipe: str = "BASE") -> None:
        self.data = data
        self.recipe = recipe

    def __repr__(self) -> str:
        return self.recipe

    def then(self, mutation: Callable[..., bytes], *args: object) -> Mutant:
        """This mutant with one more mutation."""
        data = within_budget(mutation(self.data, *args))
        return Mutant(data, f"{mutation.__name__}({self.recipe}, {', '.join(map(repr, args))})")


def replaced(old: bytes, new: bytes) -> Mutant:
    """The bundled file with one change, for the explicit examples."""
    assert old in BASE, old
    return Mutant(BASE.replace(old, new, 1), f"BASE.replace({old!r}, {new!r}, 1)")


indexes = st.integers(min_value=0, max_value=2**20)
texts = st.text(max_size=40).map(str.encode)
values = st.one_of(st.sampled_from(VALUES), texts)
fragments = st.one_of(st.sampled_from(SNIPPETS), st.sampled_from(VALUES), texts, st.binary(min_size=1, max_size=40))
fills = st.sampled_from([b"x", b"x ", "é".encode(), "ع".encode(), "🚓".encode(), b"\\", b"- ", b"a: "])
sizes = st.one_of(st.integers(0, 300), st.integers(10_000, MAX_BYTES))

# Each kind of damage with the strategies for its parameters.
MUTATIONS: list[tuple[Callable[..., bytes], tuple[st.SearchStrategy[Any], ...]]] = [
    (delete_key, (indexes, st.booleans())),
    (rename_key, (indexes, st.one_of(st.sampled_from(KEYS), texts))),
    (duplicate_key, (indexes, st.integers(1, 40), st.none() | indexes)),
    (set_value, (indexes, values, st.booleans())),
    (insert, (indexes, fragments)),
    (overwrite, (indexes, st.binary(min_size=1, max_size=64))),
    (cut, (indexes,)),
    (nest, (indexes, st.integers(1, 3000), st.integers(0, 3))),
    (dense, (indexes, st.sampled_from([b"a,", b"[],", b"{a: b},", b"*title,", b"? ,", b"[[[]]],"]), sizes)),
    (reindent, (indexes, st.sampled_from([b"", b" ", b"   ", b"\t", b"  \t", b" " * 40]))),
    (line_endings, (st.sampled_from([b"\r\n", b"\r", "\u2028".encode(), b"\n\n"]),)),
    (huge_value, (indexes, sizes, fills)),
    (huge_key, (indexes, sizes, fills)),
]


@st.composite
def mutants(draw: st.DrawFn) -> Mutant:
    """The bundled content.yaml after one to four kinds of damage."""
    mutant = Mutant(BASE)
    for _ in range(draw(st.integers(1, 4))):
        mutation, parameters = draw(st.sampled_from(MUTATIONS))
        mutant = mutant.then(mutation, *(draw(p) for p in parameters))
    return mutant
