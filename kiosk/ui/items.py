"""The exhibition's parts as QML reads them: typed objects, so qmllint checks every name a screen reads.

Each object holds texts already in the screen's language; the view-model makes a new set when the
language or the content changes, and none changes afterwards (every property is constant). A set
has one parent (new_set), which goes when the next set is shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Property, QObject

from kiosk.ui import qml_type


@contextmanager
def new_set(owner: QObject, old: QObject | None) -> Iterator[QObject]:
    """A parent for the next set of objects QML reads; `old`, the set before, goes on leaving.

    Leave after emitting the owner's change signal: deleteLater() then queues the old set behind
    the delegates QML is deleting with it, which may read it until they go. (Deleted at once,
    a second language switch in one turn left delegates reading null.)
    """
    made = QObject(owner)
    yield made
    if old is not None:
        old.deleteLater()


@qml_type
class LinkData(QObject):
    """A take-away link (TakeAway.qml); an empty url when there is none."""

    def __init__(self, url: str, label: str, address: str, code: str, parent: QObject) -> None:
        super().__init__(parent)
        self._url, self._label, self._address, self._code = url, label, address, code

    @Property(str, constant=True)
    def url(self) -> str:
        return self._url

    @Property(str, constant=True)
    def label(self) -> str:
        return self._label

    # As a visitor would type it, under the code for those who cannot scan.
    @Property(str, constant=True)
    def address(self) -> str:
        return self._address

    # The QR code's image URL.
    @Property(str, constant=True)
    def code(self) -> str:
        return self._code


@qml_type
class PhotoData(QObject):
    """A photo with its caption, credit and description for screen readers."""

    def __init__(
        self, source: str, caption: str, credit: str, alt: str, slide: int, link: LinkData, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._source, self._caption, self._credit, self._alt = source, caption, credit, alt
        self._slide, self._link = slide, link

    @Property(str, constant=True)
    def source(self) -> str:
        return self._source

    @Property(str, constant=True)
    def caption(self) -> str:
        return self._caption

    @Property(str, constant=True)
    def credit(self) -> str:
        return self._credit

    @Property(str, constant=True)
    def alt(self) -> str:
        return self._alt

    # Its position in the slideshow, or -1: a tap on it opens the slideshow there.
    @Property(int, constant=True)
    def slide(self) -> int:
        return self._slide

    @Property(LinkData, constant=True)
    def link(self) -> LinkData:
        return self._link


@qml_type
class SpeechData(QObject):
    """A speech of a panel: its text, or its PDF or video as a file URL ("" when it has none)."""

    def __init__(
        self,
        who: tuple[str, str, str],
        kind: str,
        paragraphs: list[str],
        markdown: bool,
        files: tuple[str, str],
        link: LinkData,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        (self._speaker, self._role, self._title), self._kind = who, kind
        self._paragraphs, self._markdown = paragraphs, markdown
        (self._pdf, self._video), self._link = files, link

    @Property(str, constant=True)
    def speaker(self) -> str:
        return self._speaker

    @Property(str, constant=True)
    def role(self) -> str:
        return self._role

    @Property(str, constant=True)
    def title(self) -> str:
        return self._title

    @Property(str, constant=True)
    def kind(self) -> str:
        return self._kind

    @Property(list, constant=True)
    def paragraphs(self) -> list[str]:
        return self._paragraphs

    @Property(bool, constant=True)
    def markdown(self) -> bool:
        return self._markdown

    @Property(str, constant=True)
    def pdf(self) -> str:
        return self._pdf

    @Property(str, constant=True)
    def video(self) -> str:
        return self._video

    @Property(LinkData, constant=True)
    def link(self) -> LinkData:
        return self._link


@qml_type
class PanelData(QObject):
    """A panel: its texts, speeches (SpeechData) and photos (PhotoData)."""

    def __init__(
        self,
        key: tuple[str, int, str],
        texts: tuple[str, str, list[str]],
        speeches: list[SpeechData],
        photos: list[PhotoData],
        link: LinkData,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        (self._id, self._number, self._accent), (self._title, self._summary, self._body) = key, texts
        self._speeches, self._photos, self._link = speeches, photos, link

    @Property(str, constant=True)
    def id(self) -> str:
        return self._id

    @Property(int, constant=True)
    def number(self) -> int:
        return self._number

    @Property(str, constant=True)
    def accent(self) -> str:
        return self._accent

    @Property(str, constant=True)
    def title(self) -> str:
        return self._title

    @Property(str, constant=True)
    def summary(self) -> str:
        return self._summary

    @Property(list, constant=True)
    def body(self) -> list[str]:
        return self._body

    @Property(list, constant=True)
    def speeches(self) -> list[SpeechData]:
        return self._speeches

    @Property(list, constant=True)
    def photos(self) -> list[PhotoData]:
        return self._photos

    @Property(LinkData, constant=True)
    def link(self) -> LinkData:
        return self._link


@qml_type
class TimelineData(QObject):
    """A year on the timeline, with its photo (or null) and link.

    `when` is the year's form (kiosk.content.YearForm's value), its first year and its last (a
    span's, else ""), in the language's digits; the screen words them ("c. 1881") in the language.
    """

    def __init__(
        self,
        when: tuple[str, str, str],
        title: str,
        text: str,
        photo: PhotoData | None,
        link: LinkData,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        (self._form, self._year, self._end_year), self._title, self._text = when, title, text
        self._photo, self._link = photo, link

    # "exact", "about", "decade" or "span".
    @Property(str, constant=True)
    def form(self) -> str:
        return self._form

    # The first year, digits only: a decade's first year (1990 for the 1990s).
    @Property(str, constant=True)
    def year(self) -> str:
        return self._year

    @Property(str, constant=True)
    def endYear(self) -> str:
        return self._end_year

    @Property(str, constant=True)
    def title(self) -> str:
        return self._title

    @Property(str, constant=True)
    def text(self) -> str:
        return self._text

    @Property(PhotoData, constant=True)
    def photo(self) -> PhotoData | None:
        return self._photo

    @Property(LinkData, constant=True)
    def link(self) -> LinkData:
        return self._link


@qml_type
class FactData(QObject):
    """One of the home screen's facts: a figure and what it counts."""

    def __init__(self, value: str, label: str, parent: QObject) -> None:
        super().__init__(parent)
        self._value, self._label = value, label

    @Property(str, constant=True)
    def value(self) -> str:
        return self._value

    @Property(str, constant=True)
    def label(self) -> str:
        return self._label


@qml_type
class QuoteData(QObject):
    """The home screen's quote; an empty text when the content has none."""

    def __init__(self, text: str, speaker: str, role: str, parent: QObject) -> None:
        super().__init__(parent)
        self._text, self._speaker, self._role = text, speaker, role

    @Property(str, constant=True)
    def text(self) -> str:
        return self._text

    @Property(str, constant=True)
    def speaker(self) -> str:
        return self._speaker

    @Property(str, constant=True)
    def role(self) -> str:
        return self._role


@qml_type
class DayData(QObject):
    """A day of the week on the closed card: its name, its hours ("" when closed), and whether it is today."""

    def __init__(self, day: str, hours: str, today: bool, parent: QObject) -> None:
        super().__init__(parent)
        self._day, self._hours, self._today = day, hours, today

    @Property(str, constant=True)
    def day(self) -> str:
        return self._day

    @Property(str, constant=True)
    def hours(self) -> str:
        return self._hours

    @Property(bool, constant=True)
    def today(self) -> bool:
        return self._today


@qml_type
class OpeningData(QObject):
    """When the kiosk's hall opens next: in days from today (-1: no opening ahead), on a date, at a time."""

    def __init__(self, days: int, date: str, time: str, parent: QObject) -> None:
        super().__init__(parent)
        self._days, self._date, self._time = days, date, time

    @Property(int, constant=True)
    def days(self) -> int:
        return self._days

    @Property(str, constant=True)
    def date(self) -> str:
        return self._date

    @Property(str, constant=True)
    def time(self) -> str:
        return self._time


@qml_type
class LanguageData(QObject):
    """A language the visitor can choose: its code and its name in itself ("Français")."""

    def __init__(self, code: str, name: str, parent: QObject) -> None:
        super().__init__(parent)
        self._code, self._name = code, name

    @Property(str, constant=True)
    def code(self) -> str:
        return self._code

    @Property(str, constant=True)
    def name(self) -> str:
        return self._name
