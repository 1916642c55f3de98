"""`kiosk new DIR`: an exhibition folder a curator can start from, passing `kiosk check` as it is.

Every key of the content format is in its content.yaml, written with a short example or shown in
a comment, so the file itself is the reference to hand. No stand-in photos: a new exhibition's
are the curator's own (`kiosk add-photos`), and the bundled exhibition's carry its own texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

TEMPLATE = """\
# A new exhibition. Every key the kiosk knows is here, with an example, or shown in a comment
# (remove the # to use it). The whole format: docs/content-format.md. After each edit:
#   kiosk check content.yaml

exhibition:
  title: The exhibition's title
  subtitle: One line under the title
  place: Where it is shown
  event: What the occasion is
  # first_year: 1914            # the years the exhibition spans, shown on the home screen
  # last_year: 2014
  # opens: 2026-06-12           # the exhibition's first and last days, shown on the home screen
  # closes: 2026-09-30
  # date: 2026-06-12            # or, instead of opens and closes, the day of a one-day event
  # introduction:               # paragraphs at the head of the panels screen
  #   - A first paragraph.
  # cover: photos/01.jpg        # the home screen's photo (or a list); else the slideshow's
  # quote:
  #   text: A sentence someone said.
  #   speaker: Who said it
  #   role: What they were
  # facts:                      # figures for the home screen, each value in quotes
  #   - {value: "100", label: years}
  # credits:                    # who made the exhibition, where its texts come from
  #   - Texts and photos by ...

settings:
  language: en                  # the language shown first, and where a translation is missing
  languages: [en]               # those visitors can choose, e.g. [en, fr, es, ar]
  # slide_seconds: 8
  # transition: fade            # none, fade or kenburns
  # idle_seconds: 90            # untouched this long, the kiosk returns to its attract screen
  # attract: slideshow          # or home
  # hours:                      # outside them the screen goes dark
  #   daily: "10:00-18:00"      # or per day: monday: closed, tuesday: "10:00-18:00", ...
  #   closed: [2026-12-25]      # whole days
  #   outside: closed-card      # or black
  #   wake_on_touch: true

# slideshow:                    # the slideshow's photos, if not the panels' photos in order
#   - image: photos/01.jpg
#     caption: What the photo shows.
#     credit: Who took it

# timeline:
#   - year: 1914
#     title: What happened
#     text: A sentence more.
#     photo: photos/01.jpg
#     link: {url: "https://example.org/", label: More}

# labels:                      # the interface's words for the exhibition's parts, per language
#   panels: {en: Rooms, fr: Salles}
#   panel: {en: Room, fr: Salle}
#   photos: Photographs
#   timeline: Chronology
#   speeches: Addresses

panels:
  - id: first-panel             # small letters, digits and hyphens; unique
    title: The first panel
    summary: One or two sentences on the panel's card.
    # accent: "#E0B84B"         # the panel's colour, in quotes
    # body:                     # the panel's text, one paragraph per item
    #   - A paragraph.
    # link:                     # a web page visitors take away as a QR code
    #   url: https://example.org/
    #   label: Read more
    # speeches:
    #   - speaker: Who spoke
    #     role: What they were
    #     title: What the speech is called
    #     kind: excerpt         # excerpt, summary or full
    #     text: What was said.  # or text_file: speeches/name.txt (or .md)
    #     pdf: speeches/name.pdf
    #     video: speeches/name.mp4
    #     link: {url: "https://example.org/", label: The full speech}
    # Each photo (add them with: kiosk add-photos content.yaml PHOTOS... --panel first-panel):
    #   - image: photos/01.jpg
    #     caption: What the photo shows.
    #     credit: Who took it
    #     alt: What a screen reader says, where the caption does not describe the photo
    #     link: {url: "https://example.org/", label: More on this photo}
    photos: []
"""

NEXT_STEPS = """\
What to do next

1. Add your photos, with their captions and credits taken from the files themselves:
     kiosk add-photos content.yaml PHOTOS_FOLDER --panel first-panel
   (or copy them into photos/ and add each under photos: by hand).
2. Edit content.yaml: the titles, the panels, the languages. Any text can be given per
   language:  title: {en: Turn Back Crime, fr: Inverser le crime}
3. Check it after each edit:       kiosk check content.yaml
4. See every screen without a kiosk:  kiosk preview content.yaml --sheet proof.pdf
5. Show it:                         kiosk content.yaml

The format, key by key: docs/content-format.md; the workflow: docs/curators.md.
"""


def new(folder: Path) -> int:
    """Make the exhibition folder; 1 (saying so) where a content.yaml is there already."""
    content = folder / "content.yaml"
    if content.exists():
        print(f"kiosk new: {content} exists already; it is left as it is (choose another folder)", file=sys.stderr)
        return 1
    try:
        (folder / "photos").mkdir(parents=True, exist_ok=True)
        content.write_text(TEMPLATE, encoding="utf-8")
        (folder / "NEXT-STEPS.txt").write_text(NEXT_STEPS, encoding="utf-8")
    except OSError as error:
        print(f"kiosk new: cannot write in {folder}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"made {content}, {folder / 'photos'}/ and {folder / 'NEXT-STEPS.txt'}: start with NEXT-STEPS.txt")
    return 0
