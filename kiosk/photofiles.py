"""A photographer's file as the kiosk ships it: its caption and credit from its own metadata, and a clean JPEG.

Captions and credits are where Lightroom, Photo Mechanic and cameras write them: IPTC first, then
XMP, then EXIF. The file shipped is a JPEG turned upright, no larger than a 4K screen needs, in
its colour profile, and without the rest of its metadata: no GPS position, no camera serial
number, no maker notes. Pillow reads and writes it (the `photos` extra), pillow-heif adds the
iPhone's HEIC (the `heif` extra). For `kiosk add-photos` (kiosk/addphotos.py), not the kiosk.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageFile, ImageOps, IptcImagePlugin

LONG_SIDE = 3840  # px: a 4K screen's width, the largest a supported screen shows
QUALITY = 92
HEIF = (".heic", ".heif")
PHOTO_FILES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", *HEIF)

IPTC_CAPTION, IPTC_BYLINE, IPTC_CREDIT = (2, 120), (2, 80), (2, 110)
EXIF_DESCRIPTION, EXIF_ARTIST, EXIF_COPYRIGHT, EXIF_GPS = 0x010E, 0x013B, 0x8298, 0x8825
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
DC = "{http://purl.org/dc/elements/1.1/}"
PHOTOSHOP = "{http://ns.adobe.com/photoshop/1.0/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class Described:
    """What a photo's metadata says of it, and where each came from (IPTC, XMP or EXIF; "" for nowhere)."""

    caption: dict[str, str] = field(default_factory=dict)  # language ("x-default": the file's own) -> text
    caption_from: str = ""
    credit: str = ""
    credit_from: str = ""


def heif_support() -> str | None:
    """None when HEIC can be read; else one line saying how to get it."""
    try:
        import pillow_heif
    except ImportError:
        return "reading HEIC needs pillow-heif: pip install 'exhibition-kiosk[heif]'"
    pillow_heif.register_heif_opener()
    return None


def _text(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else b""
    if isinstance(value, bytes):
        try:
            text = value.decode("utf-8")
        except UnicodeDecodeError:
            text = value.decode("latin-1")  # IPTC's old default
    else:
        text = str(value or "")
    return " ".join(text.split())


def _joined(*parts: str) -> str:
    """A credit of two fields (a photographer and an agency), each once."""
    return " / ".join(dict.fromkeys(p for p in parts if p))


def _iptc(image: Image.Image, found: Described) -> None:
    info = IptcImagePlugin.getiptcinfo(image) if isinstance(image, ImageFile.ImageFile) else None
    info = info or {}
    if caption := _text(info.get(IPTC_CAPTION)):
        found.caption, found.caption_from = {"x-default": caption}, "IPTC"
    if credit := _joined(_text(info.get(IPTC_BYLINE)), _text(info.get(IPTC_CREDIT))):
        found.credit, found.credit_from = credit, "IPTC"


def _xmp(image: Image.Image, found: Described) -> None:
    packet = image.info.get("xmp")
    if not packet:
        return
    try:
        root = ET.fromstring(packet)
    except ET.ParseError:
        return  # damaged XMP: the other fields may still say something
    if not found.caption:
        captions: dict[str, str] = {}
        for description in root.iter(f"{DC}description"):
            for li in description.iter(f"{RDF}li"):
                if text := _text(li.text):
                    captions.setdefault(li.get(XML_LANG, "x-default"), text)
        if captions:
            found.caption, found.caption_from = captions, "XMP"
    if not found.credit:
        creators = [_text(li.text) for d in root.iter(f"{DC}creator") for li in d.iter(f"{RDF}li")]
        credits = [_text(e.text) for e in root.iter(f"{PHOTOSHOP}Credit")]
        credits += [_text(d.get(f"{PHOTOSHOP}Credit")) for d in root.iter(f"{RDF}Description")]
        if credit := _joined(*creators[:1], *credits):
            found.credit, found.credit_from = credit, "XMP"


def _exif_text(value: object) -> str:
    # EXIF text is ASCII by the standard; cameras and tools write UTF-8 ("©"), which Pillow reads as Latin-1.
    text = _text(value)
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _exif(image: Image.Image, found: Described) -> None:
    exif = image.getexif()
    if not found.caption and (caption := _exif_text(exif.get(EXIF_DESCRIPTION))):
        found.caption, found.caption_from = {"x-default": caption}, "EXIF"
    artist, copyright_ = _exif_text(exif.get(EXIF_ARTIST)), _exif_text(exif.get(EXIF_COPYRIGHT))
    if not found.credit and (credit := _joined(artist, copyright_)):
        found.credit, found.credit_from = credit, "EXIF"


def describe(image: Image.Image) -> Described:
    """The caption and credit the file carries: IPTC, else XMP, else EXIF, for each."""
    found = Described()
    for read in (_iptc, _xmp, _exif):
        read(image, found)
    return found


@dataclass(frozen=True)
class Shipped:
    """What shipping a photo did."""

    size: tuple[int, int]  # as shipped, upright
    resized_from: tuple[int, int] | None
    had_gps: bool


def ship(image: Image.Image, target: Path) -> Shipped:
    """Write the photo upright as a JPEG at `target`: at most LONG_SIDE px, its colour profile kept, nothing else."""
    had_gps = bool(image.getexif().get_ifd(EXIF_GPS))
    profile = image.info.get("icc_profile")
    upright = ImageOps.exif_transpose(image)
    before = upright.size
    if max(before) > LONG_SIDE:
        upright.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS)
    if upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")
    # No exif= and no xmp=: what the file said of the camera and the place stays behind.
    upright.save(target, "JPEG", quality=QUALITY, optimize=True, icc_profile=profile)
    return Shipped(upright.size, before if upright.size != before else None, had_gps)
