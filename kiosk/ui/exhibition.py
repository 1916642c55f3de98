"""The exhibition as QML reads it: texts in the current language, photos as URLs, lists of maps."""

from __future__ import annotations

import logging
import unicodedata
from typing import Any

from PySide6.QtCore import Property, QDate, QLocale, QObject, QUrl, Signal, Slot

from kiosk.content import Exhibition, Link, Photo, Speech, Text
from kiosk.content.limits import LIMITS, MOST_FACTS
from kiosk.services.media import MediaSupport, media_support, quiet_ffmpeg
from kiosk.services.photos import photo_url
from kiosk.services.qr import qr_url
from kiosk.services.rendering import software_renderer
from kiosk.ui.videoframes import VideoFrames

log = logging.getLogger(__name__)


def _field(kind: type, name: str, notify: Signal) -> Property:
    """A read-only QML property backed by one entry of the view-model's data."""
    return Property(kind, lambda self: self._data[name], notify=notify)


RLM = "\u200f"  # RIGHT-TO-LEFT MARK


def _rtl_letter(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _first_strong(text: str) -> str:
    """The bidirectional class of the first letter with a direction of its own ("L", "R", "AL"), or ""."""
    return next((d for d in map(unicodedata.bidirectional, text) if d in ("L", "R", "AL")), "")


LINES = {path: limit.lines for path, limit in LIMITS.items()}


class ExhibitionViewModel(QObject):
    """Read-only view of one Exhibition in one language; replacing either emits `changed`."""

    changed = Signal()
    mediaPlayingChanged = Signal()

    def __init__(
        self, exhibition: Exhibition, media: MediaSupport | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._exhibition = exhibition
        self._media = media if media is not None else media_support()
        self._playing = False
        # Where Qt Quick renders on the CPU, videos reach the screen as images (videoframes.py).
        self.video_frames = VideoFrames(self) if self._media.video and software_renderer() else None
        self._language = exhibition.settings.language
        self._rtl = False
        self._data: dict[str, Any] = {}
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
        return photo_url(str(photo.image), photo.version)

    def _photo(self, photo: Photo, slide: int) -> dict[str, Any]:
        return {
            "source": self._url(photo),
            "caption": self._t(photo.caption),
            "credit": self._t(photo.credit),
            "alt": self._t(photo.alt) or self._t(photo.caption),
            "slide": slide,  # its position in the slideshow, or -1
            "link": self._link(photo.link),
        }

    def _link(self, link: Link | None) -> dict[str, str]:
        """A take-away link for TakeAway.qml; an empty url when there is none."""
        if link is None:
            return {"url": "", "label": "", "address": "", "code": ""}
        # The address as a visitor would type it, under the code for those who cannot scan.
        address = link.url.split("://", 1)[-1].removesuffix("/")
        return {"url": link.url, "label": self._t(link.label), "address": address, "code": qr_url(link.url)}

    def _speech(self, speech: Speech) -> dict[str, Any]:
        return {
            "speaker": self._t(speech.speaker),
            "role": self._t(speech.role),
            "title": self._t(speech.title),
            "kind": speech.kind.value,
            "paragraphs": [self._t(p) for p in speech.text],
            "markdown": speech.markdown,
            "pdf": QUrl.fromLocalFile(str(speech.pdf)).toString() if speech.pdf else "",
            "video": QUrl.fromLocalFile(str(speech.video)).toString() if speech.video else "",
            "link": self._link(speech.link),
        }

    def _rebuild(self) -> None:
        e, t = self._exhibition, self._t
        self._rtl = any(map(_rtl_letter, QLocale(self._language).nativeLanguageName()[:1]))
        slide_of = {id(p): i for i, p in enumerate(e.slideshow)}
        locale = QLocale(self._language)
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # years: 1914, not 1,914
        years = (
            f"{locale.toString(e.first_year)} – {locale.toString(e.last_year)}" if e.first_year and e.last_year else ""
        )
        date = locale.toString(QDate(e.date.year, e.date.month, e.date.day), "d MMMM yyyy") if e.date else ""
        self._data = {
            "title": t(e.title),
            "subtitle": t(e.subtitle),
            "years": years,
            "eventLine": t(e.event),
            "placeAndDate": " · ".join(x for x in (t(e.place), date) if x),
            "quote": {"text": t(e.quote.text), "speaker": t(e.quote.speaker), "role": t(e.quote.role)}
            if e.quote
            else {"text": "", "speaker": "", "role": ""},
            "facts": [{"value": t(f.value), "label": t(f.label)} for f in e.facts[:MOST_FACTS]],
            "credits": [t(c) for c in e.credits],
            "panels": [
                {
                    "id": p.id,
                    "number": n,
                    "title": t(p.title),
                    "summary": t(p.summary),
                    "body": [t(b) for b in p.body],
                    "speeches": [self._speech(s) for s in p.speeches],
                    "photos": [self._photo(ph, slide_of.get(id(ph), -1)) for ph in p.photos],
                    "accent": p.accent or "",
                    "link": self._link(p.link),
                }
                for n, p in enumerate(e.panels, start=1)
            ],
            "slides": [self._photo(p, i) for i, p in enumerate(e.slideshow)],
            "timeline": [
                {
                    "year": locale.toString(entry.year),
                    "title": t(entry.title),
                    "text": t(entry.text),
                    "photo": self._photo(entry.photo, slide_of.get(id(entry.photo), -1)) if entry.photo else None,
                    "link": self._link(entry.link),
                }
                for entry in e.timeline
            ],
            "transition": e.settings.transition.value,
        }
        self.changed.emit()

    title = _field(str, "title", changed)
    subtitle = _field(str, "subtitle", changed)
    years = _field(str, "years", changed)
    eventLine = _field(str, "eventLine", changed)
    placeAndDate = _field(str, "placeAndDate", changed)
    quote = _field(dict, "quote", changed)
    facts = _field(list, "facts", changed)
    credits = _field(list, "credits", changed)
    panels = _field(list, "panels", changed)
    slides = _field(list, "slides", changed)
    timeline = _field(list, "timeline", changed)
    transition = _field(str, "transition", changed)
    # The most lines each text may take (its maximumLineCount), from the table the check warns from.
    lines = Property(dict, lambda self: LINES, constant=True)

    # The players, as installed (constant: installing them takes a restart).
    mediaPdf = Property(bool, lambda self: self._media.pdf, constant=True)
    mediaVideo = Property(bool, lambda self: self._media.video, constant=True)
    # None where the GPU renders: VideoOutput draws the frames there.
    videoFrames = Property(QObject, lambda self: self.video_frames, constant=True)

    def _get_media_playing(self) -> bool:
        return self._playing

    mediaPlaying = Property(bool, _get_media_playing, notify=mediaPlayingChanged)

    @Slot(bool)
    def setMediaPlaying(self, playing: bool) -> None:
        """A video started or stopped; the kiosk holds the idle clock while one plays."""
        if playing != self._playing:
            self._playing = playing
            self.mediaPlayingChanged.emit()
