"""The mistakes a curator made building a two-language exhibition from the docs, each with the message it now gets.

Every mistake is one error at the line where it was made, in plain words, and is not buried: a
mistyped language code no longer brings a warning for every text that lacks that language.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.assets import I18N
from kiosk.content import Severity, load
from kiosk.content.languages import INTERFACE, code_problem
from tests.conftest import make_jpeg

GOOD = """\
exhibition:
  title:
    en: Turn Back Crime
    fr: Inverser le crime
  subtitle: {en: 100 years of police cooperation, fr: 100 ans de coopération policière}
  place: {en: Monaco, fr: Monaco}
  event: {en: INTERPOL Ministerial Meeting, fr: Réunion ministérielle d'INTERPOL}
panels:
  - id: one
    title: {en: The first panel, fr: Le premier panneau}
    summary: {en: A short summary., fr: Un court résumé.}
    photos:
      - image: photo.jpg
        caption: {en: A caption, fr: Une légende}
        credit: {en: A credit, fr: Un crédit}
timeline:
  - year: 1914
    title: {en: The first congress, fr: Le premier congrès}
settings:
  languages: [en, fr]
"""
NEXT_PHOTO = "        credit: {en: A credit, fr: Un crédit}\n"
NO_DASH = NEXT_PHOTO + "        image: photo.jpg\n        caption: {en: Another, fr: Une autre}\n" + NEXT_PHOTO

# (what the curator did, the edit, the line it is at, the message, the hint's start)
MISTAKES = [
    (
        "an unknown language code",
        ("[en, fr]", "[en, fe]"),
        "  languages: [en, fe]",
        "settings.languages[1]: 'fe' is not a language code",
        "did you mean 'fr'?",
    ),
    (
        "a language code in capitals",
        ("[en, fr]", "[en, FR]"),
        "  languages: [en, FR]",
        "settings.languages[1]: 'FR' is not a language code",
        "did you mean 'fr'? Codes are written in small letters",
    ),
    (
        "a translation indented too far",
        ("    fr: Inverser", "      fr: Inverser"),
        "      fr: Inverser le crime",
        "this line is further right than the lines above it",
        "line it up with the line above",
    ),
    (
        "a line indented too little",
        ("  subtitle:", " subtitle:"),
        " subtitle: {en: 100 years of police cooperation, fr: 100 ans de coopération policière}",
        "this line is further left than the lines above it",
        "line it up with the keys it belongs with",
    ),
    (
        "a photo without its '- '",
        (NEXT_PHOTO, NO_DASH),
        "        image: photo.jpg",
        "panels[0].photos[0]: this looks like a photo without its '- '",
        "start it with '- ' lined up with the one above",
    ),
    (
        "typographic quotes",
        ("caption: {en: A caption, fr: Une légende}", "caption: “Monaco: the meeting”"),
        "        caption: “Monaco: the meeting”",
        "typographic quotes “ ” are not quotes in YAML",
        'type straight quotes around the text: "..."',
    ),
    (
        "a backslash in double quotes",
        ("image: photo.jpg", 'image: "photos\\Monaco.jpg"'),
        '      - image: "photos\\Monaco.jpg"',
        "a backslash in double quotes starts an escape",
        "use / in file paths",
    ),
    (
        # A timeline's year may be text ("c. 1881"), so a quoted one is fine there; the years the
        # exhibition covers are whole numbers.
        "a quoted year",
        ("  place:", '  first_year: "1914"\n  place:'),
        '  first_year: "1914"',
        "exhibition.first_year: '1914' is in quotes, which makes it text, not a whole number",
        "write it without the quotes: 1914",
    ),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    make_jpeg(tmp_path / "photo.jpg")
    return tmp_path


def test_the_exhibition_before_the_mistakes_is_clean(folder: Path) -> None:
    (folder / "content.yaml").write_text(GOOD)
    assert [str(p) for p in load(folder / "content.yaml").problems] == []


@pytest.mark.parametrize(("mistake", "edit", "at", "message", "hint"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_each_mistake_is_one_error_at_its_line_in_plain_words(
    folder: Path, mistake: str, edit: tuple[str, str], at: str, message: str, hint: str
) -> None:
    text = GOOD.replace(*edit)
    assert text != GOOD, f"the edit for {mistake} changed nothing"
    (folder / "content.yaml").write_text(text)
    problems = load(folder / "content.yaml", "content.yaml").problems
    line = text.splitlines().index(at) + 1
    errors = [p for p in problems if p.severity is Severity.ERROR]
    assert [(p.line, p.text.split("; ", 1)[0]) for p in errors] == [(line, message)], [str(p) for p in problems]
    assert errors[0].hint.startswith(hint), errors[0].hint
    assert [str(p) for p in problems if p.severity is Severity.WARNING] == [], "nothing buries it"


def test_a_mistyped_code_in_a_text_is_an_error_at_its_own_line(folder: Path) -> None:
    (folder / "content.yaml").write_text(GOOD.replace("    fr: Inverser", "    fe: Inverser"))
    problems = load(folder / "content.yaml", "content.yaml").problems
    assert [str(p) for p in problems] == [
        "content.yaml:4:5: error: exhibition.title.fe: 'fe' is not a language code; did you mean 'fr'? "
        "Codes are ISO 639-1, such as en, fr, es or ar"
    ]


@pytest.mark.parametrize(
    ("code", "meant"),
    [("fe", "fr"), ("FR", "fr"), ("En", "en"), ("sp", "es"), ("ep", "en"), ("jp", "ja"), ("dk", "da"), ("zz", None)],
)
def test_the_code_meant_is_the_kiosks_own_languages_first(code: str, meant: str | None) -> None:
    problem = code_problem(code)
    assert problem is not None
    assert problem[1].startswith(f"did you mean '{meant}'?" if meant else "write a two-letter code")


def test_real_codes_pass() -> None:
    assert [code for code in ("en", "fr", "es", "ar", "de", "zh", "fil", "yue") if code_problem(code)] == []


def test_the_kiosks_own_languages_are_those_it_has_translations_for() -> None:
    assert sorted(INTERFACE) == sorted({"en"} | {p.stem.removeprefix("kiosk_") for p in I18N.glob("kiosk_*.ts")})
