"""Take-away links: a web address and its label, checked so that a visitor's phone can open it."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import yaml

from .model import Link
from .problems import child, shown
from .reader import Reader

# A QR code for more characters than this has so many modules (version 13 and up at level M) that
# a phone across the hall no longer resolves them at the size the screens give it.
MAX_URL_LENGTH = 300
EXAMPLE = "https://www.interpol.int/"
_ANYTHING = re.compile("")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# One label of a host name: letters (of any script), digits and inner hyphens.
_LABEL = re.compile(r"^[^\W_](?:[\w-]*[^\W_])?$")
_IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")


def read_link(r: Reader, node: yaml.Node, path: str) -> Link | None:
    """A link's `url` and `label`; a malformed address is reported and the link left out."""
    m = r.mapping(node, path, ("url", "label"), required=("url", "label"), what="a link")
    if m is None or not {"url", "label"} <= m.keys():
        return None
    url = r.word(m["url"], child(path, "url"), _ANYTHING, "a web address")
    label = r.text(m["label"], child(path, "label"))
    problem = url_problem(url) if url is not None else None
    if problem is not None:
        # Recoverable: the running kiosk shows the rest without this code rather than refusing
        # the whole file, and never a code that leads a visitor's phone astray.
        r.report(m["url"], child(path, "url"), *problem, recoverable=True)
        return None
    return Link(url, label) if url is not None and label is not None else None


def url_problem(url: str) -> tuple[str, str] | None:
    """What is wrong with a web address for a QR code, as (message, hint); None when it is good."""
    quoted = f"'{shown(url, 60)}'"
    if any(c.isspace() for c in url):
        return f"{quoted} contains a space or line break", "remove it, or write a space inside the address as %20"
    if not url.isprintable():
        return f"{quoted} contains a control character", "retype the address"
    scheme = _SCHEME.match(url)
    if scheme is None or "." in scheme.group(1):  # "www.interpol.int:8080/x" has no scheme either
        return f"{quoted} does not say http:// or https://", f"write the full address, e.g. {EXAMPLE}"
    if scheme.group(1).lower() not in ("http", "https"):
        return (
            f"'{shown(scheme.group(1))}:' addresses are not allowed",
            f"only web pages (http:// or https://) open on a visitor's phone, e.g. {EXAMPLE}",
        )
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018  # raises for a port that is not a number from 0 to 65535
    except ValueError:
        return f"{quoted} has a port that is not a number", "remove the ':' and what follows the site's name"
    host = parts.hostname
    if "@" in parts.netloc:
        # https://www.interpol.int@example.com leads to example.com: a classic way to mislead.
        return f"{quoted} contains a user name before '@'", "remove everything between // and @"
    if not host or not _host_name(host):
        return f"{quoted} has no valid host name", f"write it as https://, then the site's name, e.g. {EXAMPLE}"
    if len(url) > MAX_URL_LENGTH:
        return (
            f"the address is {len(url)} characters long",
            f"a QR code for more than {MAX_URL_LENGTH} characters is too dense to scan: use a shorter address",
        )
    return None


def _host_name(host: str) -> bool:
    """A public host name (www.interpol.int) or IPv4 address: one a visitor's phone can reach."""
    if _IPV4.match(host):
        return all(int(part) <= 255 for part in host.split("."))
    labels = host.split(".")
    return len(labels) >= 2 and all(len(label) <= 63 and _LABEL.match(label) for label in labels)
