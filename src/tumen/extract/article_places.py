"""Place names that open with an article ("Al Ain", "El Minya", "Ad Dawhah"): no person's given name.

The name finder takes a two-word name for a given name and a surname. When its first word is a bare article
(``name_articles`` of ``data/places.yaml``: "Al", "El", and the assimilated forms "Ad", "As", "Ash", … before a
word that begins with their own consonant) and the gazetteer knows the whole name, it is that place. "Al" is an
English given name too: "Al Gore" stays a person, for no place is so called; so does a surname that another name of
the document ends with ("Omar Al Khalil" … "Al Khalil said"), and a name written with a hyphen ("Al-Mutairi").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from tumen.extract import places
from tumen.extract.vocab import load

PLACE_KINDS = ("city", "province", "region", "country")


def _articles() -> dict[str, list[str]]:
    found: dict[str, list[str]] = load("places.yaml")["gazetteer"]["name_articles"]
    return found


def article_of(name: str, articles: dict[str, list[str]] | None = None) -> tuple[str, str] | None:
    """(article, rest) of a name that opens with an article and a space or a hyphen ("El-Minya": ("El", "Minya")),
    the rest capitalised; an assimilated article only before its own consonant ("Ad Dawhah", not "An Son")."""
    table = articles or _articles()
    parts = re.split(r"[\s-]", name, maxsplit=1)
    if len(parts) != 2 or not parts[1][:1].isupper():
        return None
    article, rest = parts[0].capitalize(), parts[1]
    if article in table["any"]:
        return article, rest
    if article in table["assimilated"] and rest[:1].lower() == article[-1].lower():
        return article, rest
    return None


def article_names(name: str, alternates: Iterable[str], articles: dict[str, list[str]]) -> list[str]:
    """The other names of a city that open with an article, written with a space ("El-Minya" -> "El Minya"): those
    of a city whose own name opens with an article, those with an assimilated article (Doha's "Ad Dawhah": the
    city's Arabic name), and its name with an article before it ("Al Minya" of Minya)."""
    own = article_of(name, articles) is not None
    found = []
    for alternate in alternates:
        if not alternate.isascii() or "'" in alternate or "`" in alternate:
            continue
        split = article_of(alternate, articles)
        assimilated = split is not None and split[0] in articles["assimilated"]
        if split is None or not (own or assimilated or places.fold(split[1]) == places.fold(name)):
            continue
        found.append(f"{split[0]} {split[1]}")
    return found


def is_article_place(ent: Any, name: str) -> bool:
    """Whether a person's name the name finder found is a place whose name opens with an article."""
    words = name.split(" ")
    if len(words) != 2 or article_of(name) is None:
        return False
    known = places.lookup(name)
    if known is None or known.kind not in PLACE_KINDS:
        return False
    ending = " " + name
    return not any(e.label_ == "PERSON" and e.text.endswith(ending) for e in ent.doc.ents)
