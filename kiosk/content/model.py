"""The exhibition as immutable data: what the screens show, with no Qt and no file access."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Text:
    """A visitor-facing string in one or more languages, as (language, text) pairs."""

    translations: tuple[tuple[str, str], ...]

    @classmethod
    def plain(cls, text: str, language: str = "en") -> Text:
        """Text in a single language."""
        return cls(((language, text),))

    @property
    def languages(self) -> frozenset[str]:
        """The languages this text is written in."""
        return frozenset(lang for lang, _ in self.translations)

    def get(self, language: str, fallback: str) -> str:
        """The text in `language`, else in `fallback`, else in whichever language it has."""
        first = ""
        for lang, text in self.translations:
            if lang == language:
                return text
            if lang == fallback:
                first = text
        return first or (self.translations[0][1] if self.translations else "")


class Transition(enum.Enum):
    """How the slideshow moves from one photo to the next."""

    NONE = "none"
    FADE = "fade"
    KENBURNS = "kenburns"


class Attract(enum.Enum):
    """Where the kiosk goes when nobody has touched it for a while."""

    HOME = "home"
    SLIDESHOW = "slideshow"


@dataclass(frozen=True)
class Link:
    """A web page for visitors to take away on their phones: shown as a QR code with its label."""

    url: str
    label: Text


@dataclass(frozen=True)
class Photo:
    """A photograph with its caption and credit; `image` is an absolute path."""

    image: Path
    caption: Text
    credit: Text
    alt: Text | None = None
    # The file's modification time in ns when loaded (0 when missing): a photo replaced on disk
    # gets a new version, so the screens do not show a cached copy of the old one.
    version: int = 0
    link: Link | None = None


class SpeechKind(enum.Enum):
    """How much of a speech the content gives: visitors are told which."""

    EXCERPT = "excerpt"
    SUMMARY = "summary"
    FULL = "full"


@dataclass(frozen=True)
class Speech:
    """A speech given during a panel, with what the content has of it: text, document, video, link."""

    speaker: Text
    role: Text | None
    title: Text
    kind: SpeechKind = SpeechKind.SUMMARY
    text: tuple[Text, ...] = ()  # paragraphs; a Markdown file is one Text
    markdown: bool = False
    pdf: Path | None = None  # absolute paths, like a photo's image
    video: Path | None = None
    link: Link | None = None


@dataclass(frozen=True)
class Panel:
    """One exhibition panel: a topic with its text, speeches and photos."""

    id: str
    title: Text
    summary: Text
    body: tuple[Text, ...] = ()
    speeches: tuple[Speech, ...] = ()
    photos: tuple[Photo, ...] = ()
    accent: str | None = None
    link: Link | None = None


@dataclass(frozen=True)
class Quote:
    """A quotation and who said it."""

    text: Text
    speaker: Text
    role: Text | None = None


@dataclass(frozen=True)
class Fact:
    """A key figure shown large, such as "166" countries."""

    value: Text
    label: Text


class YearForm(enum.Enum):
    """How a timeline entry's year is written, as museums do: 1914, c. 1881, 1990s, 1914–1918."""

    EXACT = "exact"
    ABOUT = "about"
    DECADE = "decade"  # `year` is the decade's first year: 1990 for the 1990s
    SPAN = "span"  # from `year` to `end_year`


@dataclass(frozen=True)
class TimelineEntry:
    """One dated step in the exhibition's history."""

    year: int  # the first year, whatever the form: entries are in date order by it
    title: Text
    text: Text | None = None
    photo: Photo | None = None
    link: Link | None = None
    form: YearForm = YearForm.EXACT
    end_year: int | None = None  # a span's last year; None for every other form


class Outside(enum.Enum):
    """What the screen shows outside the opening hours."""

    BLACK = "black"
    CLOSED_CARD = "closed-card"


@dataclass(frozen=True)
class Span:
    """One opening span of a day, in minutes from midnight: 10:00-18:00 is Span(600, 1080)."""

    start: int
    end: int  # up to 1440: "24:00", open until midnight


@dataclass(frozen=True)
class Hours:
    """Opening hours: the spans of each weekday (Monday first) and the dates closed all day."""

    week: tuple[tuple[Span, ...], ...]
    closed: frozenset[dt.date] = frozenset()
    outside: Outside = Outside.CLOSED_CARD
    wake_on_touch: bool = True

    def spans(self, day: dt.date) -> tuple[Span, ...]:
        """When the kiosk is open on this day (none on a closed date)."""
        return () if day in self.closed else self.week[day.weekday()]


@dataclass(frozen=True)
class Settings:
    """How the kiosk behaves for this content."""

    slide_seconds: float = 8.0
    transition: Transition = Transition.FADE
    idle_seconds: int = 90
    attract: Attract = Attract.SLIDESHOW
    language: str = "en"
    languages: tuple[str, ...] = ("en",)
    hours: Hours | None = None  # None: always open


# The interface's own words that an exhibition may rename (`labels:`): what it calls its parts.
LABELS = ("panels", "panel", "photos", "timeline", "speeches")


@dataclass(frozen=True)
class Exhibition:
    """Everything one content file describes."""

    title: Text
    subtitle: Text
    place: Text
    event: Text
    panels: tuple[Panel, ...]
    first_year: int | None = None
    last_year: int | None = None
    opens: dt.date | None = None  # the same day as `closes` for a one-day event
    closes: dt.date | None = None
    introduction: tuple[Text, ...] = ()
    quote: Quote | None = None
    facts: tuple[Fact, ...] = ()
    credits: tuple[Text, ...] = ()
    slideshow: tuple[Photo, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    settings: Settings = Settings()
    cover: tuple[Photo, ...] = ()  # the home screen's photos; none: the slideshow's
    labels: tuple[tuple[str, Text], ...] = ()  # (one of LABELS, its words): the interface's others

    def panel(self, panel_id: str) -> Panel | None:
        """The panel with this id, if there is one."""
        return next((p for p in self.panels if p.id == panel_id), None)


@dataclass(frozen=True)
class ContentFiles:
    """The files a content file names besides itself: all of them, and those that were not there.

    A content folder filled by a sync tool (docs/fleet.md) can hold a new content.yaml before the
    photos it names: the kiosk follows these files to notice them arrive, change or go.
    """

    named: frozenset[Path] = frozenset()
    missing: frozenset[Path] = frozenset()

    @classmethod
    def of(cls, exhibition: Exhibition) -> ContentFiles:
        """The exhibition's photos, documents and videos as they are now (for content given without its load)."""
        photos = (*exhibition.slideshow, *(photo for panel in exhibition.panels for photo in panel.photos))
        media = (f for panel in exhibition.panels for s in panel.speeches for f in (s.pdf, s.video) if f is not None)
        named = frozenset((*(photo.image for photo in photos), *media))
        return cls(named, frozenset(path for path in named if not path.exists()))
