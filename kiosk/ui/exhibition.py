"""The exhibition as QML reads it: texts in the current language, photos as URLs, typed parts (items.py)."""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QDate, QLocale, QObject, QUrl, Signal, Slot

from kiosk.content import Exhibition, Link, Photo, Speech, Text
from kiosk.content.limits import LIMITS, MOST_FACTS
from kiosk.services.rendering import software_renderer
from kiosk.ui import qml_type
from kiosk.ui.items import FactData, LinkData, PanelData, PhotoData, QuoteData, SpeechData, TimelineData, new_set
from kiosk.ui.videoframes import VideoFrames

# The services below are imported where first used: this module is imported to register its
# types before QML compiles the window, while Python's imports after that overlap the compile
# (photos alone, with its crash guard, is 11 ms of the start).
if TYPE_CHECKING:
    from kiosk.services.media import MediaSupport

log = logging.getLogger(__name__)


RLM = "\u200f"  # RIGHT-TO-LEFT MARK


def _rtl_letter(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _first_strong(text: str) -> str:
    """The bidirectional class of the first letter with a direction of its own ("L", "R", "AL"), or ""."""
    return next((d for d in map(unicodedata.bidirectional, text) if d in ("L", "R", "AL")), "")


LINES = {path: limit.lines for path, limit in LIMITS.items()}
NBSP = "\u00a0"
# A weekday before the date ("dddd, "), and a year after it with its joining words (" 'de' yyyy").
_WEEKDAY = re.compile(r"^d{4}\W*")
_YEAR = re.compile(r"\W*('[^']*'\W*)?y+\W*$")


def date_pattern(locale: QLocale) -> str:
    """The language's long date without the weekday, the day first: 5 November 2014, 5 de noviembre de 2014."""
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat))
    # English's own long date is American ("November 5, 2014"); the hall's is international.
    return "d MMMM yyyy" if pattern.startswith("MMMM") else pattern


def dates(locale: QLocale, opens: dt.date, closes: dt.date) -> str:
    """A day or a run of days, never broken across lines within a date: "12 June – 30 September 2026"."""
    pattern = date_pattern(locale)

    def day(date: dt.date, form: str) -> str:
        return locale.toString(QDate(date.year, date.month, date.day), form).replace(" ", NBSP)

    if opens == closes:
        return day(opens, pattern)
    # The first day's year goes where both share it: "12 June – 30 September 2026".
    first = _YEAR.sub("", pattern) if opens.year == closes.year else pattern
    return f"{day(opens, first)}{NBSP}– {day(closes, pattern)}"


@qml_type
class ExhibitionViewModel(QObject):
    """Read-only view of one Exhibition in one language; replacing either emits `changed`."""

    changed = Signal()
    mediaPlayingChanged = Signal()

    def __init__(
        self, exhibition: Exhibition, media: MediaSupport | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._exhibition = exhibition
        from kiosk.services.media import media_support

        self._media = media if media is not None else media_support()
        self._playing = False
        # Where Qt Quick renders on the CPU, videos reach the screen as images (videoframes.py).
        self.video_frames = VideoFrames(self) if self._media.video and software_renderer() else None
        self._language = exhibition.settings.language
        self._rtl = False
        self._texts: dict[str, str] = {}
        self._made: QObject | None = None  # the parent of the set below (items.new_set)
        self._no_link = LinkData("", "", "", "", self)  # most photos have none: one object for all
        self._quote: QuoteData
        self._facts: list[FactData]
        self._credits: list[str]
        self._introduction: list[str]
        self._labels: dict[str, str]
        self._cover: list[PhotoData]
        self._panels: list[PanelData]
        self._slides: list[PhotoData]
        self._timeline: list[TimelineData]
        self._rebuild()
        self._note_missing_media()

    def _names_videos(self) -> bool:
        return any(s.video for panel in self._exhibition.panels for s in panel.speeches)

    def prepare_media(self) -> None:
        """Load QtMultimedia now, on the GUI thread, when the content names a video this kiosk can play.

        Left to QML, it loads on QML's loader thread while the GUI thread waits, and its first
        warnings (no VA-API, no PipeWire) wait there for Python's lock, which the GUI thread holds
        when a Python call opened the speech: a deadlock (seen: a test's QQuickView.setSource hung).
        FFmpeg's own printing is turned down to errors here too (media.quiet_ffmpeg).
        """
        if self._media.video and self._names_videos():
            from PySide6.QtMultimedia import QVideoSink

            # A sink loads the FFmpeg plugin (the kiosk's own, where the CPU draws the frames).
            if self.video_frames is not None:
                self.video_frames.prepare()
            else:
                QVideoSink()
            from kiosk.services.media import quiet_ffmpeg

            if not quiet_ffmpeg():
                log.info("FFmpeg's own messages stay on: its library was not found among those loaded")

    def set_language(self, language: str) -> None:
        """Show the texts in this language (falling back to the content's default)."""
        if language != self._language:
            self._language = language
            self._rebuild()

    def set_exhibition(self, exhibition: Exhibition) -> None:
        """Show other content (a reload), in the same language when it still offers it."""
        self._exhibition = exhibition
        if self._language not in exhibition.settings.languages:
            self._language = exhibition.settings.language
        self._rebuild()
        self._note_missing_media()
        self.prepare_media()

    def _note_missing_media(self) -> None:
        # Visitors see a plain note where a player would be; staff find why, and the fix, in the log.
        named = any(s.pdf or s.video for panel in self._exhibition.panels for s in panel.speeches)
        if named and self._media.missing:
            log.warning("%s", self._media.missing)

    @property
    def exhibition(self) -> Exhibition:
        """The content shown."""
        return self._exhibition

    def _t(self, text: Text | None) -> str:
        value = text.get(self._language, self._exhibition.settings.language) if text else ""
        # A paragraph reads in the direction of its first letter: "Turn Back Crime: قرن ..." would
        # read left to right on an Arabic screen. The mark makes such a text read right to left; a
        # text all in Latin letters keeps its own direction (its full stop stays at its end).
        mixed = self._rtl and _first_strong(value) == "L" and any(_rtl_letter(c) for c in value)
        return RLM + value if mixed else value

    @staticmethod
    def _url(photo: Photo) -> str:
        """The photo's URL; the version query makes Qt's image cache miss when the file changed."""
        from kiosk.services.photos import photo_url

        return photo_url(str(photo.image), photo.version)

    def _photo(self, photo: Photo, slide: int, made: QObject) -> PhotoData:
        # One object per photo, whether a panel or the slideshow shows it (a hall's 1000 photos).
        shown = self._photos.get(id(photo))
        if shown is None:
            t = self._t
            alt = t(photo.alt) or t(photo.caption)
            link = self._link(photo.link, made)
            shown = PhotoData(self._url(photo), t(photo.caption), t(photo.credit), alt, slide, link, made)
            self._photos[id(photo)] = shown
        return shown

    def _link(self, link: Link | None, made: QObject) -> LinkData:
        if link is None:
            return self._no_link
        address = link.url.split("://", 1)[-1].removesuffix("/")
        from kiosk.services.qr import qr_url

        return LinkData(link.url, self._t(link.label), address, qr_url(link.url), made)

    def _speech(self, speech: Speech, made: QObject) -> SpeechData:
        t = self._t
        files = tuple(QUrl.fromLocalFile(str(f)).toString() if f else "" for f in (speech.pdf, speech.video))
        return SpeechData(
            (t(speech.speaker), t(speech.role), t(speech.title)),
            speech.kind.value,
            [t(p) for p in speech.text],
            speech.markdown,
            (files[0], files[1]),
            self._link(speech.link, made),
            made,
        )

    def _locale(self) -> QLocale:
        locale = QLocale(self._language)
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # years: 1914, not 1,914
        return locale

    def _texts_of(self, e: Exhibition) -> dict[str, str]:
        t, locale = self._t, self._locale()
        years = (
            f"{locale.toString(e.first_year)} – {locale.toString(e.last_year)}" if e.first_year and e.last_year else ""
        )
        date = dates(locale, e.opens, e.closes) if e.opens and e.closes else ""
        return {
            "title": t(e.title),
            "subtitle": t(e.subtitle),
            "years": years,
            "eventLine": t(e.event),
            "placeAndDate": " · ".join(x for x in (t(e.place), date) if x),
            "transition": e.settings.transition.value,
        }

    def _rebuild(self) -> None:
        e, t = self._exhibition, self._t
        self._rtl = any(map(_rtl_letter, QLocale(self._language).nativeLanguageName()[:1]))
        slide_of = {id(p): i for i, p in enumerate(e.slideshow)}
        locale = self._locale()
        self._texts = self._texts_of(e)
        with new_set(self, self._made) as made:
            self._photos: dict[int, PhotoData] = {}
            q = e.quote
            self._quote = QuoteData(t(q.text), t(q.speaker), t(q.role), made) if q else QuoteData("", "", "", made)
            self._facts = [FactData(t(f.value), t(f.label), made) for f in e.facts[:MOST_FACTS]]
            self._credits = [t(c) for c in e.credits]
            self._introduction = [t(p) for p in e.introduction]
            # Only the visitor's language: elsewhere the interface's own translation stays.
            labels = ((key, dict(text.translations).get(self._language)) for key, text in e.labels)
            self._labels = {key: words for key, words in labels if words}
            self._panels = [
                PanelData(
                    (p.id, n, p.accent or ""),
                    (t(p.title), t(p.summary), [t(b) for b in p.body]),
                    [self._speech(s, made) for s in p.speeches],
                    [self._photo(ph, slide_of.get(id(ph), -1), made) for ph in p.photos],
                    self._link(p.link, made),
                    made,
                )
                for n, p in enumerate(e.panels, start=1)
            ]
            self._slides = [self._photo(p, i, made) for i, p in enumerate(e.slideshow)]
            self._cover = [self._photo(p, slide_of.get(id(p), -1), made) for p in e.cover] or self._slides
            self._timeline = [
                TimelineData(
                    (
                        entry.form.value,
                        locale.toString(entry.year),
                        locale.toString(entry.end_year) if entry.end_year is not None else "",
                    ),
                    t(entry.title),
                    t(entry.text),
                    self._photo(entry.photo, slide_of.get(id(entry.photo), -1), made) if entry.photo else None,
                    self._link(entry.link, made),
                    made,
                )
                for entry in e.timeline
            ]
            self._made = made
            self.changed.emit()

    @Property(str, notify=changed)
    def title(self) -> str:
        return self._texts["title"]

    @Property(str, notify=changed)
    def subtitle(self) -> str:
        return self._texts["subtitle"]

    # "1914 – 2014" in the language's digits, or "" when the content gives no years.
    @Property(str, notify=changed)
    def years(self) -> str:
        return self._texts["years"]

    @Property(str, notify=changed)
    def eventLine(self) -> str:
        return self._texts["eventLine"]

    @Property(str, notify=changed)
    def placeAndDate(self) -> str:
        return self._texts["placeAndDate"]

    # The slideshow's transition: "fade", "slide" or "none".
    @Property(str, notify=changed)
    def transition(self) -> str:
        return self._texts["transition"]

    @Property(QuoteData, notify=changed)
    def quote(self) -> QuoteData:
        return self._quote

    # FactData, at most MOST_FACTS of them (kiosk check warns of more).
    @Property(list, notify=changed)
    def facts(self) -> list[FactData]:
        return self._facts

    # One string for each line of the credits.
    @Property(list, notify=changed)
    def credits(self) -> list[str]:
        return self._credits

    # The introduction's paragraphs, at the head of the panels.
    @Property(list, notify=changed)
    def introduction(self) -> list[str]:
        return self._introduction

    # The words the content gives the interface in this language, by name ("panels": "Salles").
    @Property(dict, notify=changed)
    def labels(self) -> dict[str, str]:
        return self._labels

    # PhotoData the home screen shows in turn: the content's cover, else the slideshow's.
    @Property(list, notify=changed)
    def cover(self) -> list[PhotoData]:
        return self._cover

    # PanelData, in the content's order.
    @Property(list, notify=changed)
    def panels(self) -> list[PanelData]:
        return self._panels

    # PhotoData, in the slideshow's order.
    @Property(list, notify=changed)
    def slides(self) -> list[PhotoData]:
        return self._slides

    # TimelineData, in the content's order.
    @Property(list, notify=changed)
    def timeline(self) -> list[TimelineData]:
        return self._timeline

    # The most lines each text may take (its maximumLineCount), from the table the check warns from.
    @Property(dict, constant=True)
    def lines(self) -> dict[str, int]:
        return LINES

    # The players, as installed (constant: installing them takes a restart).
    @Property(bool, constant=True)
    def mediaPdf(self) -> bool:
        return self._media.pdf

    @Property(bool, constant=True)
    def mediaVideo(self) -> bool:
        return self._media.video

    # None where the GPU renders: VideoOutput draws the frames there.
    @Property(VideoFrames, constant=True)
    def videoFrames(self) -> VideoFrames | None:
        return self.video_frames

    @Property(bool, notify=mediaPlayingChanged)
    def mediaPlaying(self) -> bool:
        return self._playing

    @Slot(bool)
    def setMediaPlaying(self, playing: bool) -> None:
        """A video started or stopped; the kiosk holds the idle clock while one plays."""
        if playing != self._playing:
            self._playing = playing
            self.mediaPlayingChanged.emit()
