"""The visitor's own choices, language and accessibility mode, which reset for the next visitor."""

from __future__ import annotations

from PySide6.QtCore import Property, QLocale, QObject, Signal, Slot

from kiosk.ui import qml_type
from kiosk.ui.items import LanguageData, new_set

# Each language is offered in its own script, so that every visitor can find theirs.
NATIVE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}


def native_name(code: str) -> str:
    """The language's name in itself ("Français"), from Qt's locale data when not listed here."""
    name = NATIVE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


def choices(languages: tuple[str, ...], parent: QObject) -> list[LanguageData]:
    """The languages as the picker offers them, each named in itself."""
    return [LanguageData(code, native_name(code), parent) for code in languages]


@qml_type
class Preferences(QObject):
    """Language and accessibility mode, and whether the language picker is open."""

    changed = Signal()
    pickerChanged = Signal()

    def __init__(self, languages: tuple[str, ...], default: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._languages, self._default = languages, default
        self._made = QObject(self)  # the parent of the choices (items.new_set)
        self._choices = choices(languages, self._made)
        self._language = default
        self._accessible = False
        self._picking = False

    def set_languages(self, languages: tuple[str, ...], default: str) -> None:
        """After a reload: the languages the content now offers (keeping the visitor's if it is one)."""
        self._languages, self._default = languages, default
        with new_set(self, self._made) as made:
            self._made, self._choices = made, choices(languages, made)
            if self._language not in languages:
                self._language = default
            self.changed.emit()

    @Property(str, notify=changed)
    def language(self) -> str:
        return self._language

    # LanguageData, in the content's order.
    @Property(list, notify=changed)
    def choices(self) -> list[LanguageData]:
        return self._choices

    @Property(bool, notify=changed)
    def accessible(self) -> bool:
        return self._accessible

    @Property(bool, notify=pickerChanged)
    def picking(self) -> bool:
        return self._picking

    @Slot(str)
    def choose(self, code: str) -> None:
        """Show everything in this language, from the next frame on."""
        if code in self._languages and code != self._language:
            self._language = code
            self.changed.emit()

    @Slot()
    def pick(self) -> None:
        """Open the language picker."""
        self._set_picking(True)

    @Slot()
    def closePicker(self) -> None:
        """Close the language picker."""
        self._set_picking(False)

    def _set_picking(self, picking: bool) -> None:
        if picking != self._picking:
            self._picking = picking
            self.pickerChanged.emit()

    @Slot()
    def toggleAccessible(self) -> None:
        """Larger text, high contrast, reduced motion and more time: on or off."""
        self._accessible = not self._accessible
        self.changed.emit()

    @Slot()
    def reset(self) -> None:
        """Back to the content's default language and the standard mode (a new visitor)."""
        self._set_picking(False)
        if (self._language, self._accessible) != (self._default, False):
            self._language, self._accessible = self._default, False
            self.changed.emit()
