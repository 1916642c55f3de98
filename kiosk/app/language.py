"""The visitor's language: the content's texts, the opening hours and the interface's own strings follow it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtQml import QQmlEngine

from kiosk.assets import I18N
from kiosk.ui.exhibition import ExhibitionViewModel
from kiosk.ui.hours import OpeningHours
from kiosk.ui.preferences import Preferences

log = logging.getLogger(__name__)


class Language:
    """Puts the texts, the hours and the interface strings in the preferred language, and keeps them there."""

    def __init__(
        self, preferences: Preferences, content: ExhibitionViewModel, hours: OpeningHours, engine: QQmlEngine
    ) -> None:
        self._preferences, self._content, self._hours, self._engine = preferences, content, hours, engine
        self._translator: QTranslator | None = None
        self._translated = ""  # the language the interface strings are in
        preferences.changed.connect(self.apply)
        self.apply()

    def apply(self) -> None:
        """Language or accessibility mode changed: texts and interface strings follow."""
        language = str(self._preferences.property("language"))
        self._content.set_language(language)
        self._hours.set_language(language)
        if language == self._translated:  # the accessibility toggle leaves the strings alone
            return
        self._translated = language
        self._remove()
        self._translator = load_translator(language)
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.installTranslator(self._translator)
        self._engine.retranslate()

    def _remove(self) -> None:
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)

    def close(self) -> None:
        """Take the interface's translation away with the kiosk."""
        self._remove()


def load_translator(language: str) -> QTranslator | None:
    """The interface strings' translation for this language, from kiosk/i18n (None for English)."""
    translator = QTranslator()
    if translator.load(f"kiosk_{language}", str(I18N)):
        return translator
    if language != "en":
        log.warning("no interface translation for %r: interface strings stay in English", language)
    return None
