"""Language codes and translated texts: the codes a content file may use, and what it says of a mistyped one.

`languages: [en, fe]` once passed with 78 warnings, none at the line of the mistake: every text
lacked its 'fe' translation. An unknown code is now an error at its own line with the code meant
(fe: fr; FR: fr), and while the settings' languages cannot be read no text is judged against them.
"""

from __future__ import annotations

import re
from typing import Protocol

import yaml

from .model import Text
from .parse import YAML_TAG
from .problems import child, shown

# ISO 639-1: the two-letter codes. Three-letter codes (ISO 639-2 and -3, thousands of them) are let
# through unchecked, for the languages that have no two-letter code.
# fmt: off
ISO_639_1 = frozenset((
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh",
    "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da",
    "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr",
    "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz",
    "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj",
    "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln",
    "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb",
    "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi",
    "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk",
    "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti",
    "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo",
    "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
))
# fmt: on
# The languages the kiosk's own words are translated into (kiosk/i18n; a test keeps the two the
# same): the likeliest meaning of a mistyped code.
INTERFACE = ("en", "fr", "es", "ar")
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
# Country codes written for a language's: the commonest mistake after a typo (not codes themselves).
COUNTRY_CODES = {
    "cn": "zh",
    "cz": "cs",
    "dk": "da",
    "gb": "en",
    "gr": "el",
    "jp": "ja",
    "sp": "es",
    "ua": "uk",
    "us": "en",
}


def _distance(a: str, b: str) -> int:
    """Edit distance (Levenshtein) of two short words."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, start=1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def known(code: str) -> bool:
    """Whether this is a language code the content may use."""
    return bool(LANGUAGE_CODE.fullmatch(code)) and (len(code) == 3 or code in ISO_639_1)


def code_problem(code: str) -> tuple[str, str] | None:
    """Why `code` is no language code, and the code likely meant; None for a good one."""
    if known(code):
        return None
    message = f"'{shown(code)}' is not a language code"
    lower = code.strip().lower()
    if lower != code and known(lower):
        return message, f"did you mean '{lower}'? Codes are written in small letters"
    meant = COUNTRY_CODES.get(lower) or next((c for c in INTERFACE if _distance(lower, c) == 1), None)
    if meant is not None:
        return message, f"did you mean '{meant}'? Codes are ISO 639-1, such as en, fr, es or ar"
    return message, "write a two-letter code (ISO 639-1) such as en, fr, es or ar"


class Reading(Protocol):
    """What reading a translated text needs of the reader (kiosk/content/reader.py)."""

    language: str
    languages: tuple[str, ...]  # empty while the settings' cannot be read: no text is judged by them

    def report(self, node: yaml.Node, path: str, message: str, hint: str = "", *, warning: bool = False) -> None:
        """Record a problem at the node's position."""

    def string(self, node: yaml.Node, path: str, expected: str) -> str | None:
        """A text value, or None (reported)."""


def language_code(r: Reading, node: yaml.Node, path: str) -> str | None:
    """A language code of the settings; None (reported at its line, with the code meant) when it is none."""
    value = r.string(node, path, "a language code")
    if value is None:
        return None
    if (problem := code_problem(value)) is not None:
        r.report(node, path, *problem)
        return None
    return value


def translations(r: Reading, node: yaml.MappingNode, path: str, *, partial: bool = False) -> Text | None:
    """A text given per language: each code checked, and the default language required unless `partial`."""
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    mistyped = False
    for key_node, value in node.value:
        code = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
        where = child(path, code)
        if key_node.tag == YAML_TAG + "bool":
            message = f"the language code '{shown(code)}' is read as true/false"
            r.report(key_node, where, message, f'put it in quotes: "{shown(code)}"')
            continue
        if not LANGUAGE_CODE.fullmatch(code.lower()):  # a key is not stripped: "en\n" is no code
            hint = "write the text directly, or one line per language such as 'en: ...'"
            r.report(key_node, where, f"'{shown(code)}' is not a language code", hint)
            continue
        if (problem := code_problem(code)) is not None:
            r.report(key_node, where, *problem)
            mistyped = True  # the text is not judged further: its missing translation is this one
            continue
        if code in seen:
            r.report(key_node, where, "duplicate language", "keep only one of them")
            continue
        seen.add(code)
        if r.languages and code not in r.languages:  # (none while the settings' cannot be read)
            message = f"language '{code}' is not offered in settings.languages"
            r.report(key_node, where, message, "add it to settings.languages, or remove this translation", warning=True)
        text = r.string(value, where, "text")
        if text is not None:
            pairs.append((code, text))
    if r.languages and r.language not in seen and not partial:
        hint = f"add '{r.language}: ...': the default language is shown when a translation is missing"
        r.report(node, path, f"has no '{r.language}' text", hint)
        return None
    return Text(tuple(pairs)) if len(pairs) == len(seen) and not mistyped else None
