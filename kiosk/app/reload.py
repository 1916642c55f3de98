"""Reload: a saved content file replaces the content on screen, or, when broken, leaves it and tells staff.

Content that names files not there yet (a sync tool delivering content.yaml before its photos) is
held too: the screen keeps the last good content, the staff badge names what is awaited, and the
watcher reloads by itself as the files arrive. Files the content on screen already lacked (a photo
missing since the start, shown as a placeholder) do not hold back an edit.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.content import ContentFiles, Exhibition
from kiosk.services.watcher import ContentWatcher
from kiosk.ui.exhibition import ExhibitionViewModel
from kiosk.ui.hours import OpeningHours
from kiosk.ui.navigation import Navigator
from kiosk.ui.preferences import Preferences
from kiosk.ui.slideshow import Slideshow
from kiosk.ui.status import KioskStatus

if TYPE_CHECKING:  # the loader (with PyYAML) is not needed to show content
    from kiosk.content import LoadResult


def slide_ms(exhibition: Exhibition, fixed: int | None) -> int:
    """How long each photo stays: the one given, or the content's."""
    return fixed if fixed is not None else round(exhibition.settings.slide_seconds * 1000)


class Reload(QObject):
    """Watches the content file and the files it names (when there is a file) and applies what loads."""

    tried = Signal(object, bool)  # each load (a LoadResult) and whether it is now on screen

    def __init__(
        self,
        content_path: str | Path | None,
        content: ExhibitionViewModel,
        status: KioskStatus,
        navigator: Navigator,
        slideshow: Slideshow,
        preferences: Preferences,
        hours: OpeningHours,
        fixed_slide_ms: int | None = None,
        files: ContentFiles | None = None,
    ) -> None:
        super().__init__()
        self._content, self._status, self._navigator = content, status, navigator
        self._slideshow, self._preferences, self._hours = slideshow, preferences, hours
        self._fixed_slide_ms = fixed_slide_ms
        self._files = files if files is not None else ContentFiles.of(content.exhibition)  # what is on screen names
        self._folder = Path(content_path).absolute().parent if content_path is not None else Path()
        self.watcher: ContentWatcher | None = None
        if content_path is not None:
            self.watcher = ContentWatcher(content_path)
            self.watcher.follow(self._files)
            self.watcher.reloaded.connect(self.apply)
            status.reloadRequested.connect(self.watcher.reload)

    @Slot(object)
    def apply(self, result: LoadResult) -> None:
        """Show valid content in place of the old, or keep the old and tell staff."""
        new = result.exhibition
        awaited = sorted(result.files.missing - self._files.missing)  # not what the screen already lacks
        headline = self._awaiting(awaited) if new is not None else ""  # an error says more than a missing file
        self._status.set_problems(result.problems, rejected=new is None or bool(awaited), headline=headline)
        if new is None or awaited:
            self.tried.emit(result, False)
            return
        self._files = result.files
        old, slideshow = self._content.exhibition, self._slideshow
        # The visitor stays on the same panel and photo where the new content still has them.
        positions = {p.id: i for i, p in enumerate(new.panels)}
        self._navigator.remap_panels({i: positions[p.id] for i, p in enumerate(old.panels) if p.id in positions})
        current = old.slideshow[slideshow.property("index")].image if old.slideshow else None
        images = [p.image for p in new.slideshow]
        self._content.set_exhibition(new)
        self._preferences.set_languages(new.settings.languages, new.settings.language)
        slideshow.set_interval(slide_ms(new, self._fixed_slide_ms))
        slideshow.set_count(len(new.slideshow))
        if current in images:
            slideshow.move_to(images.index(current))
        if self._hours.property("dark"):
            slideshow.stop()  # set_count() restarts it
        self._hours.set_hours(new.settings.hours)
        self.tried.emit(result, True)

    def _awaiting(self, files: list[Path]) -> str:
        """The badge's line while the content waits for files: the first few, as the content names them."""
        if not files:
            return ""
        names = [os.path.relpath(f, self._folder) for f in files[:3]] + ["…"] * (len(files) > 3)
        count = f"{len(files)} files arrive" if len(files) > 1 else "a file arrives"
        return f"Held back until {count}: {', '.join(names)}"
