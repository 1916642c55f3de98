"""Reload: a saved content file replaces the content on screen, or, when broken, leaves it and tells staff."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content import Exhibition
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


class Reload:
    """Watches the content file and its photos' folders (when there is a file) and applies what loads."""

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
    ) -> None:
        self._content, self._status, self._navigator = content, status, navigator
        self._slideshow, self._preferences, self._hours = slideshow, preferences, hours
        self._fixed_slide_ms = fixed_slide_ms
        self.watcher: ContentWatcher | None = None
        if content_path is not None:
            self.watcher = ContentWatcher(content_path)
            self.watcher.watch_folders({p.image.parent for p in content.exhibition.slideshow})
            self.watcher.reloaded.connect(self.apply)
            status.reloadRequested.connect(self.watcher.reload)

    def apply(self, result: LoadResult) -> None:
        """Show valid content in place of the old, or keep the old and tell staff."""
        self._status.set_problems(result.problems, rejected=result.exhibition is None)
        new = result.exhibition
        if new is None:
            return
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
        if self.watcher is not None:
            self.watcher.watch_folders({p.image.parent for p in new.slideshow})
