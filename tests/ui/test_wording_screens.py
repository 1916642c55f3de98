"""What the content says of itself reaches the screens: renamed interface words, a run of days,
the introduction, the cover photo, and no tile leading nowhere (issue 18)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.content import Exhibition, load
from tests.conftest import make_jpeg
from tests.kiosk_fixtures import tap, visible_texts

MakeKiosk = Callable[..., Kiosk]
NBSP = "\u00a0"

CONTENT = """\
exhibition:
  title: Turn Back Crime
  subtitle: {en: 100 years of international police cooperation, fr: 100 ans de coopération policière}
  place: Monaco
  event: {en: An exhibition, fr: Une exposition}
  opens: 2026-06-12
  closes: 2026-09-30
  introduction:
    - {en: The first paragraph of the introduction., fr: Le premier paragraphe de l'introduction.}
    - {en: The second paragraph., fr: Le second paragraphe.}
  cover: hall.jpg
labels:
  panels: {en: Rooms, fr: Salles}
  panel: {fr: Salle}
panels:
  - id: one
    title: {en: The first room, fr: La première salle}
    summary: {en: What it holds., fr: Ce qu'elle contient.}
    speeches:
      - {speaker: Someone, title: {en: A speech, fr: Une allocution}, kind: summary, text: Words.}
    photos:
      - {image: photo.jpg, caption: A caption, credit: A credit}
  - id: two
    title: {en: The second room, fr: La seconde salle}
    summary: {en: More., fr: Plus.}
settings:
  languages: [en, fr]
"""


@pytest.fixture
def exhibition(tmp_path: Path) -> Exhibition:
    make_jpeg(tmp_path / "photo.jpg", 1600, 1200, "#1D4275")
    make_jpeg(tmp_path / "hall.jpg", 1600, 1200, "#4A2A5A")
    (tmp_path / "content.yaml").write_text(CONTENT, encoding="utf-8")
    result = load(tmp_path / "content.yaml")
    assert result.exhibition is not None, result.problems
    return result.exhibition


def texts(kiosk: Kiosk) -> list[str]:
    return [text for text, _ in visible_texts(kiosk)]


def open_screen(qtbot: QtBot, kiosk: Kiosk, show: Callable[[], None]) -> None:
    with qtbot.waitSignal(kiosk.navigator.changed, timeout=5000):
        show()
    qtbot.waitUntil(kiosk.settled, timeout=10_000)


@pytest.mark.parametrize(
    ("language", "tile", "count", "title", "card", "overline", "heading"),
    [
        ("fr", "Salles", "2", "Salles", "Salle 1", "Salle 1 sur 2", "Allocutions"),
        # English renames only the panels: "panel" keeps the interface's own word there.
        ("en", "Rooms", "2", "Rooms", "Panel 1", "Panel 1 of 2", "Speeches"),
    ],
)
def test_labels_rename_the_interface_words_in_their_language(
    qtbot: QtBot,
    make_kiosk: MakeKiosk,
    exhibition: Exhibition,
    language: str,
    tile: str,
    count: str,
    title: str,
    card: str,
    overline: str,
    heading: str,
) -> None:
    kiosk = make_kiosk(exhibition, language=language)
    shown = texts(kiosk)
    # The interface cannot make the content's word plural: the renamed tile counts in figures.
    assert tile in shown
    assert count in shown
    open_screen(qtbot, kiosk, lambda: tap(kiosk, "homeTile_panels"))
    assert {title, card} <= set(texts(kiosk))
    open_screen(qtbot, kiosk, lambda: tap(kiosk, "panelTile_0"))
    shown = texts(kiosk)
    assert overline in shown
    assert heading in shown, "the speeches' heading (upper case on screen) keeps the interface's word"


def test_without_labels_french_visitors_read_panneaux(
    qtbot: QtBot, make_kiosk: MakeKiosk, exhibition: Exhibition
) -> None:
    kiosk = make_kiosk(dataclasses.replace(exhibition, labels=()), language="fr")
    assert {"Panneaux", "2 panneaux"} <= set(texts(kiosk))
    open_screen(qtbot, kiosk, lambda: kiosk.navigator.showPanel(1))
    assert "Panneau 2 sur 2" in texts(kiosk)


@pytest.mark.parametrize(
    ("language", "dates"),
    [("en", "12 June – 30 September 2026"), ("fr", "12 juin – 30 septembre 2026")],
)
def test_the_home_screen_gives_the_run_of_days_unbroken(
    make_kiosk: MakeKiosk, exhibition: Exhibition, language: str, dates: str
) -> None:
    kiosk = make_kiosk(exhibition, language=language)
    # Within a date the spaces do not break: "12 / June 2026" no longer splits across two lines.
    written = dates.replace(" ", NBSP).replace(f"{NBSP}–{NBSP}", f"{NBSP}– ")
    assert str(kiosk.find("homeEvent").property("text")).endswith(f" · Monaco · {written}")


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_introduction_opens_the_panels(
    qtbot: QtBot, make_kiosk: MakeKiosk, exhibition: Exhibition, size: tuple[int, int]
) -> None:
    kiosk = make_kiosk(exhibition, language="fr", size=size)
    open_screen(qtbot, kiosk, lambda: kiosk.navigator.show("panels"))
    shown = dict(visible_texts(kiosk))
    first, second = shown["Le premier paragraphe de l'introduction."], shown["Le second paragraphe."]
    assert first.bottom() <= second.top(), "the paragraphs in their order"
    card = kiosk.find("panelTile_0")
    card_box = card.mapRectToScene(card.boundingRect())
    if size[0] > size[1]:
        # Beside the panels, which a visitor coming back finds at once, wholly in view.
        assert first.right() < card_box.left()
        assert card_box.bottom() <= size[1]
    else:
        assert card_box.top() > second.bottom(), "above the panels in portrait"


def test_the_home_screen_shows_the_cover_photo(make_kiosk: MakeKiosk, exhibition: Exhibition) -> None:
    kiosk = make_kiosk(exhibition)
    source = str(kiosk.find("homePhoto").property("source"))
    assert "hall.jpg" in source, source
    assert kiosk.content.property("cover")[0].property("source") == source


def test_no_tile_leads_nowhere(make_kiosk: MakeKiosk, exhibition: Exhibition) -> None:
    # This exhibition has no timeline: two tiles, sharing the row.
    kiosk = make_kiosk(exhibition)
    names = {item.objectName() for item in kiosk.items() if item.objectName().startswith("homeTile_")}
    assert names == {"homeTile_panels", "homeTile_slideshow"}
    panels, photos = kiosk.find("homeTile_panels"), kiosk.find("homeTile_slideshow")
    assert panels.width() == photos.width() > 1920 / 4


@pytest.mark.parametrize(
    ("panels", "language", "count"),
    [
        (1, "en", "1 panel"),
        (2, "en", "2 panels"),
        (2, "fr", "2 panneaux"),
        # Arabic's own forms: one, two (no figure), three to ten, eleven up.
        (1, "ar", "لوحة واحدة"),
        (2, "ar", "لوحتان"),
        (3, "ar", "٣ لوحات"),
        (11, "ar", "١١ لوحة"),
    ],
)
def test_the_home_screen_counts_in_the_languages_own_plural_forms(
    make_kiosk: MakeKiosk, exhibition: Exhibition, panels: int, language: str, count: str
) -> None:
    many = tuple(dataclasses.replace(exhibition.panels[0], id=f"panel-{n}") for n in range(panels))
    settings = dataclasses.replace(exhibition.settings, languages=("en", "fr", "ar"))
    kiosk = make_kiosk(dataclasses.replace(exhibition, panels=many, labels=(), settings=settings), language=language)
    assert count in texts(kiosk)
