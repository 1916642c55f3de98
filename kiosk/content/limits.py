"""How much text each screen holds: the one table the check warns from and the layout is built to.

Each limit is a number of characters that the screen shows whole, in the visitor's language, at
every supported size (1280x720 up to 3840x2160, and portrait), with the accessibility mode's larger
type. The screens read `lines` from here (their maximumLineCount), and tests/ui/test_fit.py renders
texts of exactly these lengths in every language to prove that they fit. Beyond a limit the
layout still holds: the text steps down in size, and what still does not fit ends in "…".
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import LABELS


@dataclass(frozen=True)
class Limit:
    """At most `characters` show whole, on at most `lines` lines of the screen named in `where`."""

    characters: int
    lines: int
    where: str


LIMITS: dict[str, Limit] = {
    "exhibition.title": Limit(40, 2, "the home screen's title"),
    "exhibition.subtitle": Limit(90, 2, "the home screen"),
    "exhibition.event": Limit(100, 2, "the home screen, with the place and date"),
    "exhibition.place": Limit(30, 1, "the home screen, with the event and date"),
    "exhibition.credits": Limit(140, 2, "the foot of the timeline"),
    "quote.text": Limit(180, 4, "the home screen's quote"),
    "quote.speaker": Limit(40, 1, "the home screen, under the quote"),
    "quote.role": Limit(50, 1, "the home screen, under the quote"),
    "fact.value": Limit(8, 1, "the home screen's large numerals"),
    "fact.label": Limit(60, 3, "the home screen, under a numeral"),
    "panel.title": Limit(110, 4, "a card of the panels screen"),
    "panel.summary": Limit(90, 3, "a card of the panels screen, under the title"),
    "speech.title": Limit(60, 2, "a speech card and the speech's page"),
    "speech.speaker": Limit(60, 2, "a speech card and the speech's page"),
    "speech.role": Limit(60, 2, "the speech's page, under the speaker"),
    "timeline.title": Limit(80, 3, "a timeline card"),
    "timeline.text": Limit(160, 5, "a timeline card"),
    "photo.caption": Limit(200, 4, "the slideshow's caption"),
    "photo.credit": Limit(80, 2, "the slideshow, under the caption"),
    "link.label": Limit(60, 3, "a take-away card, beside its QR code"),
    # The interface's words a content renames: on a home tile, a screen's title, a card's overline.
    **{f"labels.{key}": Limit(16, 2, "a home tile and a screen's title") for key in LABELS},
}
# What a list in the content file holds, by the list's name: "panels[2].title" is a panel's title.
OWNERS = {"panels": "panel", "speeches": "speech", "facts": "fact", "photos": "photo", "slideshow": "photo"}
# The home screen shows the key facts four across; more would crowd out the way in.
MOST_FACTS = 4


def limit_for(path: str) -> Limit | None:
    """The limit of a text at a content path such as "panels[2].title" or "exhibition.quote.text"."""
    parts = path.replace("]", "").split(".")
    owner = parts[-2].split("[")[0] if len(parts) > 1 else ""
    owner = OWNERS.get(owner, owner)
    return LIMITS.get(f"{owner}.{parts[-1].split('[')[0]}")


def too_long(path: str, translations: tuple[tuple[str, str], ...]) -> tuple[str, str, str] | None:
    """The longest translation beyond its limit, as (language, message, hint), or None when all fit."""
    limit = limit_for(path)
    if limit is None:
        return None
    language, text = max(translations, key=lambda t: len(t[1]))
    if len(text) <= limit.characters:
        return None
    lines = "1 line" if limit.lines == 1 else f"{limit.lines} lines"
    named = f" ({language})" if len(translations) > 1 else ""
    return (
        language,
        f"{len(text)} characters{named}; {limit.characters} fit whole on {lines} of {limit.where}",
        "shorten it: beyond that the type gets smaller and the end is cut off with …",
    )
