"""A stress exhibition: every text as long as `kiosk check` accepts in silence, and the most items.

English texts are about 35 % shorter than their limit, as English often is beside German; the
French, Spanish and Arabic ones are exactly at the limit. One panel and one fact go beyond the
limits, for the check to warn about and the layout to cut short on purpose. The Arabic title
mixes Latin and Arabic, as a brand name in an Arabic sentence does.
"""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.content.limits import LIMITS, MOST_FACTS
from kiosk.content.model import LABELS
from tests.conftest import make_jpeg

LANGUAGES = ("en", "fr", "es", "ar")
WORDS = {
    "en": "international police cooperation between member countries strengthens the fight against "
    "transnational crime across every region of the world",
    "fr": "la coopération policière internationale entre les pays membres renforce la lutte contre la "
    "criminalité transnationale dans toutes les régions du monde",
    "es": "la cooperación policial internacional entre los países miembros refuerza la lucha contra la "
    "delincuencia transnacional en todas las regiones del mundo",
    "ar": "تعزيز التعاون الشرطي الدولي بين البلدان الأعضاء في مكافحة الجريمة عبر الوطنية في جميع أنحاء العالم",
}
GERMAN_LIKE = 1.35  # how much longer a translation may be than the English
PANELS = 10
TIMELINE = 8
# The widest ways of writing a year, on entries without a photo or link (a linked entry is wider):
# approximate ("vers 1914", "hacia 1914"), a span, and a decade ("années 1960"); the rest whole years.
YEARS = {0: "c. 1914", 1: "1926–1937", 4: "1960s"}
OVER = 1.5  # the over-long texts: half as long again as their limit


def sentence(language: str, length: int, start: int = 0) -> str:
    """Words of the language, `length` characters exactly, ending in a letter."""
    words = WORDS[language].split()
    text = ""
    i = start
    while len(text) < length:
        text += words[i % len(words)] + " "
        i += 1
    text = text[:length]
    return text[:-1] + text[-2] if text.endswith(" ") else text


def texts(limit: str, start: int = 0, factor: float = 1.0) -> dict[str, str]:
    """One text per language for a limit of kiosk.content.limits: English shorter, the rest at it."""
    characters = round(LIMITS[limit].characters * factor)
    return {
        code: sentence(code, round(characters / GERMAN_LIKE) if code == "en" else characters, start)
        for code in LANGUAGES
    }


def over(limit: str) -> dict[str, str]:
    """Texts beyond their limit in every language: the check warns and the screen cuts them short."""
    characters = round(LIMITS[limit].characters * OVER)
    return {code: sentence(code, characters, 3) for code in LANGUAGES}


def summary(start: int = 0, characters: int = 240) -> dict[str, str]:
    """Running text, which has no limit: it is in a column that scrolls."""
    return {code: sentence(code, characters, start) for code in LANGUAGES}


def photo(image: str, n: int) -> dict[str, object]:
    return {"image": image, "caption": texts("photo.caption", n), "credit": texts("photo.credit", n)}


def link(n: int) -> dict[str, object]:
    return {"url": f"https://www.interpol.int/en/News-and-Events/{n}", "label": texts("link.label", n)}


def stress_content(folder: Path) -> tuple[Path, set[str]]:
    """Write the stress exhibition into `folder`: its content.yaml, and every over-long text."""
    photos = folder / "photos"
    photos.mkdir(parents=True, exist_ok=True)
    make_jpeg(photos / "wide.jpg", 2400, 800, "#2A4A7A")
    make_jpeg(photos / "tall.jpg", 900, 1600, "#4A2A5A")
    make_jpeg(photos / "photo.jpg", 1600, 1200, "#1D4275")
    title = texts("exhibition.title")
    # A brand name in an Arabic title: read right to left, the Latin words come first.
    title["ar"] = ("Turn Back Crime: " + sentence("ar", LIMITS["exhibition.title"].characters))[
        : LIMITS["exhibition.title"].characters
    ]
    speech = {
        "speaker": texts("speech.speaker"),
        "role": texts("speech.role"),
        "title": texts("speech.title"),
        "kind": "summary",
        "text": [summary(n, 600) for n in range(3)],
    }
    everything = {
        "id": "everything",
        "title": texts("panel.title"),
        "summary": texts("panel.summary"),
        "body": [summary(n, 600) for n in range(4)],
        "speeches": [speech, dict(speech, title=texts("speech.title", 2))],
        "photos": [photo("photos/wide.jpg", 0), photo("photos/tall.jpg", 1), photo("photos/photo.jpg", 2)],
        "link": link(0),
    }
    plain = [
        {"id": f"panel-{n}", "title": texts("panel.title", n), "summary": texts("panel.summary", n)}
        | {"photos": [photo("photos/photo.jpg", n)]}
        for n in range(1, PANELS - 1)
    ]
    over_long = over("panel.title")
    too_long = {"id": "too-long", "title": over_long, "summary": texts("panel.summary")}
    content = {
        "settings": {
            "languages": list(LANGUAGES),
            "hours": {
                "daily": "10:00-13:00, 14:00-18:00",
                "thursday": "10:00-12:00, 13:00-15:00, 16:00-21:00",
            },
        },
        "exhibition": {
            "title": title,
            "subtitle": texts("exhibition.subtitle"),
            "first_year": 1914,
            "last_year": 2014,
            # A run across two years: the longest dates the home screen gives.
            "opens": "2026-09-30",
            "closes": "2027-12-31",
            "introduction": [summary(n, 400) for n in range(3)],
            "cover": ["photos/tall.jpg", "photos/wide.jpg"],
            "place": texts("exhibition.place"),
            "event": texts("exhibition.event"),
            "quote": {"text": texts("quote.text"), "speaker": texts("quote.speaker"), "role": texts("quote.role")},
            "facts": [
                {"value": dict.fromkeys(LANGUAGES, "123,456+"), "label": texts("fact.label", n)}
                for n in range(MOST_FACTS + 1)
            ],
            "credits": [texts("exhibition.credits", n) for n in range(3)],
        },
        "labels": {key: texts(f"labels.{key}") for key in LABELS},
        "panels": [everything, *plain, too_long],
        "slideshow": [photo("photos/wide.jpg", 0), photo("photos/tall.jpg", 1), photo("photos/photo.jpg", 2)],
        "timeline": [
            {
                "year": YEARS.get(n, 1914 + 12 * n),
                "title": texts("timeline.title", n),
                "text": texts("timeline.text", n),
            }
            | ({"photo": photo("photos/photo.jpg", n)} if n == 2 else {})
            | ({"link": link(n)} if n == 3 else {})
            for n in range(TIMELINE)
        ],
    }
    path = folder / "content.yaml"
    # JSON is YAML: the file is written as it is read, with no YAML library's line folding.
    path.write_text(json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8")
    return path, set(over_long.values())
