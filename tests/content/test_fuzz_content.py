"""Fuzzing the loader and `kiosk check` with mutants of the bundled content.yaml.

A curator's editor, a half-copied file or a hostile one: whatever the file holds, the kiosk either
loads it or says where it went wrong, and neither the loader nor `kiosk check` raises, hangs or
eats memory. `make fuzz` runs this file with many more examples (HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.assets import BUNDLED_CONTENT
from kiosk.cli import main
from kiosk.content import LoadResult, Severity, load
from tests.conftest import ROOT
from tests.content_mutants import (
    BASE,
    MAX_BYTES,
    SNIPPETS,
    Mutant,
    cut,
    dense,
    duplicate_key,
    insert,
    line_endings,
    mutants,
    overwrite,
    replaced,
    set_value,
    within_budget,
)

# Profiles -------------------------------------------------------------------------------------
# "ci" (the default): a seed fixed per test and no example database, so that every run tries the
# same mutants and writes nothing into the checkout. "fuzz" (make fuzz): a fresh seed each run and
# FUZZ_EXAMPLES examples per test; a failure prints a blob for @reproduce_failure.
# The deadline is a bound, not a benchmark: a mutant typically takes a few milliseconds and the
# densest 1 MB one half a second, while what the bound is there to catch (an alias expanding,
# quadratic or exponential work, a hang, a megabyte built into 200 MB of nodes) takes seconds to
# forever. Hypothesis allows a quarter more while it searches, so a busy machine's hiccup has to
# be large to fail a run.
DEADLINE = timedelta(seconds=1)
CI_EXAMPLES = 200  # per fuzz test: two tests, 400 mutants, a few seconds
settings.register_profile("ci", max_examples=CI_EXAMPLES, derandomize=True, database=None, deadline=DEADLINE)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "10000")),
    database=None,
    deadline=DEADLINE,
    print_blob=True,
)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

Mutate = Callable[[bytes], bytes]

# The properties ---------------------------------------------------------------------------------

YAML_BREAKS = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")


def _lines_as_read(data: bytes) -> list[str] | list[bytes]:
    """The file's lines as a problem's line and column count them: YAML's line breaks in text,
    or bytes between newlines in a file that is not UTF-8."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.split(b"\n")
    return YAML_BREAKS.split(text)


NAMED = re.compile(r"\((?:character #x|byte 0x)([0-9a-f]+)\)")


def assert_loaded_or_located(result: LoadResult, path: Path, data: bytes) -> None:
    """The kiosk can show the file, or the curator is told at least once, in the file, what is wrong."""
    errors = [p for p in result.problems if p.severity is Severity.ERROR and not p.recoverable]
    if result.exhibition is None:
        assert errors, f"refused without a reason: {[str(p) for p in result.problems]}"
    else:
        assert not errors, f"loaded despite {errors[0]}"
    lines = _lines_as_read(data)
    for problem in result.problems:
        assert problem.file == str(path)
        assert problem.message, problem
        assert "Node(" not in problem.text, f"{problem} shows the loader's insides"
        assert 1 <= problem.line <= len(lines), f"{problem} is outside the file's {len(lines)} lines"
        # One past the end of a line is where a missing character would go.
        line = lines[problem.line - 1]
        assert 1 <= problem.column <= len(line) + 1, f"{problem} is outside its line"
        # A problem that names a character or byte points at it.
        named = NAMED.search(problem.message)
        if named:
            at = line[problem.column - 1 : problem.column]
            expected = int(named[1], 16)
            assert at in (chr(expected), bytes([expected])), f"{problem} points at {at!r}"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder beside the bundled photos: valid mutants load with every photo found.

    One folder for all of a test's examples (each overwrites content.yaml): function-scoped
    fixtures are not reset between Hypothesis examples.
    """
    path = tmp_path_factory.mktemp("fuzz")
    (path / "photos").symlink_to(BUNDLED_CONTENT.parent / "photos", target_is_directory=True)
    return path


def _write(folder: Path, data: bytes) -> Path:
    assert len(data) < MAX_BYTES
    path = folder / "content.yaml"
    path.write_bytes(data)
    return path


def test_mutants_start_from_a_file_that_loads_and_change_what_they_say(folder: Path) -> None:
    # So that every refusal below is a mutation's doing.
    assert load(_write(folder, BASE)).problems == ()
    assert load(_write(folder, set_value(BASE, 1, b"9", keep_block=False))).exhibition is not None
    assert duplicate_key(BASE, 0, 1, None).count(b"slide_seconds:") == 2
    assert load(_write(folder, line_endings(BASE, b"\r\n"))).problems == ()


@PROFILE
@given(mutant=mutants())
@example(mutant=Mutant(BASE)).via("the bundled file loads")
@example(mutant=replaced(b"slide_seconds: 8 ", b"slide_seconds: 0b_ ")).via("an int with no digits")
@example(mutant=replaced(b"idle_seconds: 90 ", b"idle_seconds: !!int abc ")).via("a tagged non-number")
@example(mutant=replaced(b"slide_seconds: 8 ", b"slide_seconds: !!float abc ")).via("a tagged non-number")
@example(mutant=replaced(b"slide_seconds: 8 ", b"slide_seconds: !!bool maybe ")).via("a tagged non-bool")
@example(mutant=replaced(b"first_year: 1914", b"first_year: " + b"1" * 5000)).via("too many digits")
@example(mutant=replaced(b"slide_seconds: 8 ", b"slide_seconds: " + b"9" * 400)).via("too big for a float")
@example(mutant=replaced(b"image: photos/01-prince-albert-ii-and-president-ballestrazzi.jpg", b'image: "\\0.jpg"')).via(
    "a NUL"
)
@example(mutant=replaced("es: Mónaco".encode(), "es: Mónaco\x07".encode())).via("a control character")
@example(mutant=Mutant(BASE).then(line_endings, b"\r").then(insert, 2000, b"\x07")).via("old Mac line ends")
@example(mutant=Mutant(BASE).then(cut, 1240)).via("a last line without a line break")
@example(mutant=replaced(b"transition: fade", b"transition: !!bool [a]")).via("a tagged list")
@example(mutant=Mutant(BASE).then(dense, 0, b"a,", 500_000)).via("a value every two bytes")
@example(mutant=Mutant(BASE).then(dense, 0, b"[" * 990 + b"]" * 990 + b",", 500)).via("deep lists")
def test_the_loader_loads_a_mutant_or_says_where_it_is_wrong(folder: Path, mutant: Mutant) -> None:
    path = _write(folder, mutant.data)
    assert_loaded_or_located(load(path), path, mutant.data)


PROBLEM_LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning): .+$")
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@PROFILE
@given(mutant=mutants(), options=st.sampled_from([(), ("--strict",), ("--format", "json")]))
@example(mutant=replaced(b"slide_seconds: 8 ", b"slide_seconds: |\n    fast\n    slow\n"), options=()).via(
    "a value of two lines"
)
@example(mutant=replaced(b"  place:", b'  "pla\\nce":'), options=()).via("a key of two lines")
@example(mutant=replaced(b"slide_seconds: 8 ", b'slide_seconds: "\\e[2J" '), options=()).via("a terminal escape")
@example(mutant=replaced(b"transition: fade", b'transition: !!bool "a\\nb"'), options=()).via("a tagged choice")
@example(mutant=replaced(b"    en: &title", b'    "en\\n": &title'), options=()).via("a language code of two lines")
def test_kiosk_check_prints_one_located_line_per_problem(
    folder: Path, mutant: Mutant, options: tuple[str, ...]
) -> None:
    path = _write(folder, mutant.data)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["check", *options, str(path)])
    assert code in (0, 1)
    if options == ("--format", "json"):
        problems = json.loads(out.getvalue())
        assert all(p["file"] == str(path) and p["line"] >= 1 and p["column"] >= 1 for p in problems)
        severities = [p["severity"] for p in problems]
    else:
        # Tools and editors read one problem per line: no message may break the line, and no
        # file may clear the curator's terminal or colour a line of its own.
        assert not CONTROL.search(out.getvalue().replace("\n", "")), repr(out.getvalue())
        matches = [PROBLEM_LINE.match(line) for line in out.getvalue().splitlines()]
        assert all(matches), out.getvalue()
        severities = [m["severity"] for m in matches if m]
        assert all(m["file"] == str(path) for m in matches if m)
    assert code == (1 if "error" in severities else 0)


# Hostile files ----------------------------------------------------------------------------------

ACCENT = b'accent: "#E0B84B"'


def _line_and_column(data: bytes, needle: bytes) -> tuple[int, int]:
    """Where `needle` first starts, counted as a problem counts (characters, from 1)."""
    before = data[: data.index(needle)].decode()
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


@pytest.mark.parametrize(
    ("prefix", "value", "shown"),
    [
        ("", "!!python/object/apply:os.system ['touch {marker}']", "!!python/object/apply:os.system"),
        ("", "!!python/object/new:os.system ['touch {marker}']", "!!python/object/new:os.system"),
        ("", "!!python/name:os.system", "!!python/name:os.system"),
        ("", "!!python/module:os", "!!python/module:os"),
        (
            "",
            "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']",
            "!!python/object/apply:os.system",
        ),
        (
            "%TAG !py! tag:yaml.org,2002:python/\n---\n",
            "!py!object/apply:os.system ['touch {marker}']",
            "!!python/object/apply:os.system",
        ),
        ("", "!!set {a, b}", "!!set"),
        ("", "!!omap [a: 1]", "!!omap"),
        ("", "!colour gold", "!colour"),
        ("", "!<tag:example.com,2000:colour> gold", "tag:example.com,2000:colour"),
    ],
)
def test_unknown_tags_are_refused_where_they_are_written_and_never_run(
    folder: Path, prefix: str, value: str, shown: str, capsys: pytest.CaptureFixture[str]
) -> None:
    marker = folder / "ran"
    tag = value.replace("{marker}", str(marker)).encode()
    data = prefix.encode() + BASE.replace(ACCENT, b"accent: " + tag, 1)
    path = _write(folder, data)
    line, column = _line_and_column(data, tag)
    message = f"the tag '{shown}' is not allowed; remove it: the kiosk reads plain YAML only"
    expected = f"{path}:{line}:{column}: error: {message}"

    result = load(path)
    assert result.exhibition is None
    assert [str(p) for p in result.problems] == [expected]
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out == expected + "\n"
    assert not marker.exists()


def _nested_lists(levels: int, width: int) -> str:
    return (
        "bomb0: &b0 ["
        + ", ".join(["lol"] * width)
        + "]\n"
        + "".join(f"bomb{i}: &b{i} [" + ", ".join([f"*b{i - 1}"] * width) + "]\n" for i in range(1, levels))
    )


def _nested_mappings(levels: int, width: int) -> str:
    return (
        "bomb0: &b0 {"
        + ", ".join(f"k{j}: lol" for j in range(width))
        + "}\n"
        + "".join(
            f"bomb{i}: &b{i} {{" + ", ".join(f"k{j}: *b{i - 1}" for j in range(width)) + "}\n" for i in range(1, levels)
        )
    )


BOMBS = {
    # The billion laughs: nine levels of nine, 387 million values from 90 written.
    "lists": _nested_lists(9, 9),
    "mappings": _nested_mappings(9, 9),
    # Two levels only, but wide: a million values from two thousand written.
    "wide": "bomb0: &b0 [" + ", ".join(["lol"] * 1000) + "]\nbomb1: [" + ", ".join(["*b0"] * 1000) + "]\n",
    # Merge keys repeat a mapping's keys wherever they are merged.
    "merges": _nested_mappings(1, 9)
    + "".join(f"bomb{i}: &b{i} {{<<: [" + ", ".join([f"*b{i - 1}"] * 9) + "]}\n" for i in range(1, 9)),
    # Under a key the kiosk reads, not only under an unknown one.
    "slideshow": _nested_lists(8, 9) + "slideshow: [" + ", ".join(["*b7"] * 9) + "]\n",
}


@pytest.mark.parametrize("shape", list(BOMBS))
def test_alias_bombs_are_refused_where_they_go_off_well_under_a_second(folder: Path, shape: str) -> None:
    data = BASE.replace(b"\nexhibition:", b"\n" + BOMBS[shape].encode() + b"exhibition:", 1)
    path = _write(folder, data)
    first, _ = _line_and_column(data, b"bomb0:")
    last = first + BOMBS[shape].count("\n") - 1

    start = time.process_time()
    result = load(path)
    # A bound, not a benchmark: refusing takes milliseconds; expanding takes minutes and gigabytes.
    assert time.process_time() - start < 0.5
    assert result.exhibition is None
    [problem] = result.problems
    assert "looks like an alias bomb" in problem.text
    assert first <= problem.line <= last, problem


# Memory -------------------------------------------------------------------------------------------


def _between(start: bytes, end: bytes) -> bytes:
    """The bundled file's lines from `start` up to `end`."""
    return BASE[BASE.index(start) : BASE.index(end)]


def big_mutants(count: int, seed: int) -> Iterator[bytes]:
    """Mutants that fill the 1 MB budget with what the loader must read to the end: many panels,
    timeline entries, keys or aliases, a long text, deep lists; a few then take some damage."""
    rng = random.Random(seed)
    # Without their anchors: an anchor defined twice is refused before anything else is read.
    panel = re.sub(rb"&[\w-]+ ?", b"", _between(b"  - id: evolution", b"  - id: empowering"))
    entry = _between(b"  - year: 1914", b"  - year: 1923")

    def room(data: bytes) -> int:
        return MAX_BYTES - 1 - len(data) - 64

    def repeat(data: bytes, before: bytes, block: bytes) -> bytes:
        return data.replace(before, block * (room(data) // len(block)) + before, 1)

    def listed(data: bytes, item: bytes, most: int = MAX_BYTES) -> bytes:
        return data + b"x: [" + b", ".join([item] * min(most, room(data) // (len(item) + 2))) + b"]\n"

    shapes: list[Mutate] = [
        lambda d: repeat(d, b"\n# No `slideshow:`", panel),  # after the panels their aliases name
        lambda d: repeat(d, b"  - year: 1914", entry),
        lambda d: d + b"x:\n" + b"".join(b"  k%d: v\n" % i for i in range(room(d) // 12)),
        lambda d: listed(d, b"a"),  # the densest: a value every two bytes
        lambda d: listed(d, b"*title", 90_000),  # aliases of one value each, just short of a bomb
        lambda d: listed(d, b"[" * 990 + b"]" * 990),  # just within libyaml's nesting limit
        lambda d: d.replace(b"en: HSH Prince", b"en: " + b"x" * room(d) + b" HSH Prince", 1),
    ]
    damage: list[Mutate] = [
        lambda d: cut(d, rng.randrange(len(d))),
        lambda d: overwrite(d, rng.randrange(len(d)), rng.randbytes(8)),
        lambda d: insert(d, rng.randrange(len(d)), rng.choice(SNIPPETS)),
    ]
    for _ in range(count):
        data = within_budget(rng.choice(shapes)(BASE))
        if rng.random() < 0.2:
            data = within_budget(rng.choice(damage)(data))
        yield data


MEASURE = """\
import contextlib, io, sys
from kiosk.cli import main

def peak():
    # This process's own high-water mark in KiB (VmHWM): ru_maxrss would start at the size of
    # the pytest that forked it, and growth below that would never show.
    return int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM:")).split()[1])

main(["check", sys.argv[1]])  # the bundled file first: Qt's image plugins are loaded once, not per file
before = peak()
for path in sys.argv[2:]:
    with contextlib.redirect_stdout(io.StringIO()):
        main(["check", path])
print((peak() - before) // 1024)
"""


@pytest.mark.slow
def test_fifty_big_mutants_grow_memory_by_less_than_200_mb(tmp_path: Path) -> None:
    (tmp_path / "photos").symlink_to(BUNDLED_CONTENT.parent / "photos", target_is_directory=True)
    paths = []
    for i, data in enumerate(big_mutants(50, seed=7)):
        paths.append(tmp_path / f"mutant-{i:02}.yaml")
        paths[-1].write_bytes(data)
    assert sum(p.stat().st_size > MAX_BYTES // 2 for p in paths) >= 40  # big ones, bar a few cut short
    # A fresh interpreter, so that its peak is these files' alone; measured from after the bundled
    # file's check, which loads Qt's image plugins. The timeout only guards against a hang.
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(BUNDLED_CONTENT), *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) < 200, f"peak memory grew by {result.stdout.strip()} MB"
