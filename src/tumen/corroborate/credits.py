"""Which outlets a report credits as its source, and the names one outlet goes by.

A report that credits an outlet ("told RFA", "according to Yonhap", "연합뉴스에 따르면", "SEOUL (AP) —",
"appeared on MBN's programme") relays that outlet's report: it is no source of its own for what it
tells. An outlet is recognised by every name it goes by: the name it was ingested under without what
follows it in brackets or after a comma ("Radio Free Asia, Korean service (자유아시아방송)" is Radio Free
Asia), that name without a leading "The" when two or more words remain, the initials of a name of three or
more words, and the aliases of ``data/outlets.yaml`` (RFA, 자유아시아방송). The cues are data too
(``relay_cues`` there), in English and Korean.

An outlet field may also say where its report comes from: "Star-Advertiser (Associated Press)",
"Open Source Investigations (summarising Human Rights Watch)", "a blog (republication of Fox News)".
Those origins are credits like the ones in the text.

Everything here works on plain strings; the pipeline stores the keys (:func:`outlet_key`) it returns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from tumen.extract.vocab import load

# Two reports crediting one outlet within this many days relay the same report of it.
SAME_REPORT_DAYS = 3
# A report crediting an outlet relays that outlet's reports of this many days before it (or the same day).
RELAY_DAYS = 31

_ORIGIN_PHRASE = re.compile(
    r"(?:republication|republished|reprint|copy|rewrite|translation|adaptation|summary|summarising|summarizing"
    r"|citing|quoting)(?:\s+(?:of|from|by))?\s+(?:the\s+)?([^;,()]+)",
    re.IGNORECASE,
)
_POSSESSIVE_TAIL = re.compile(r"['’]s\b.*$")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def normal(name: str) -> str:
    """A name compared: NFC, case folded, curly quotes straightened, a leading "the" and extra spaces gone."""
    text = unicodedata.normalize("NFC", name).casefold().replace("’", "'")
    text = re.sub(r"[\s\-‐‑–]+", " ", text).strip(" .")
    return re.sub(r"^the ", "", text)


@cache
def _known() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """alias (normalised) -> canonical name, and canonical name -> every name, of the known outlets."""
    canonical_of: dict[str, str] = {}
    names: dict[str, tuple[str, ...]] = {}
    for item in load("outlets.yaml")["outlets"]:
        every = (str(item["name"]), *(str(a) for a in item.get("aliases") or []))
        names[str(item["name"])] = every
        for alias in every:
            canonical_of.setdefault(normal(alias), str(item["name"]))
    return canonical_of, names


def main_name(outlet: str) -> str:
    """The name an outlet field leads with: what precedes brackets, a comma, a semicolon or a dash."""
    head = re.split(r"\s*(?:[(\[,;|]|\s[-–—]\s)", outlet, maxsplit=1)[0].strip()
    return head or outlet.strip()


def _initials(name: str) -> str | None:
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in ("of", "for", "the", "and", "in", "on")]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words).upper()


@lru_cache(maxsize=4096)
def outlet_key(name: str) -> str:
    """The key one outlet files under, whichever of its names is written (RFA, Radio Free Asia,
    "Radio Free Asia, Korean service", 자유아시아방송 are one key)."""
    head = main_name(name)
    canonical_of, _names = _known()
    for candidate in (name, head):
        found = canonical_of.get(normal(candidate))
        if found is not None:
            return normal(found)[:200]
    return normal(head)[:200]


@lru_cache(maxsize=4096)
def outlet_names(outlet: str) -> tuple[str, ...]:
    """Every name an outlet goes by, as it may be written in a report."""
    head = main_name(outlet)
    found = [head]
    if head.lower().startswith("the ") and len(head.split()) >= 3:
        found.append(head[4:])
    if (initials := _initials(head)) is not None:
        found.append(initials)
    canonical_of, names = _known()
    canonical = canonical_of.get(normal(head)) or canonical_of.get(normal(outlet))
    if canonical is not None:
        found += names[canonical]
    return tuple(dict.fromkeys(n for n in found if len(n) >= 2))


def origins(outlet: str) -> set[str]:
    """Keys of the outlets an outlet field names as its report's origin (not the outlet itself)."""
    head = main_name(outlet)
    rest = outlet[len(head) :] if outlet.startswith(head) else ""
    if not rest.strip():
        return set()
    found = {outlet_key(name) for name in _names_in(rest, _known_names())}
    for match in _ORIGIN_PHRASE.finditer(rest):
        named = _POSSESSIVE_TAIL.sub("", match.group(1)).strip()
        if named and (named[:1].isupper() or _HANGUL.match(named)):
            found.add(outlet_key(named))
    return found - {outlet_key(outlet)}


@cache
def _known_names() -> tuple[str, ...]:
    return tuple(name for every in _known()[1].values() for name in every)


@lru_cache(maxsize=16)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of the names, longest first; Latin letters and digits may not follow a name's Latin end (iMBC is not
    MBC: the start is checked by :func:`_whole`, so that every alternative begins with its name's first letter and
    the regular-expression engine can skip at once the positions where no name starts); Korean particles may
    follow a name ("연합뉴스에")."""
    parts = []
    for name in sorted(set(names), key=len, reverse=True):
        right = r"(?![A-Za-z0-9])" if name[-1:].isascii() else ""
        parts.append(re.escape(name) + right)
    return re.compile("|".join(parts)) if parts else None


def _whole(text: str, match: re.Match[str]) -> bool:
    """Whether a name found starts a word: no Latin letter or digit before a name that starts with one, no
    letter, digit or underscore before any other."""
    start = match.start()
    if start == 0:
        return True
    before, first = text[start - 1], match.group(0)[:1]
    if first.isascii() and first.isalnum():
        return not (before.isascii() and before.isalnum())
    return not (before.isalnum() or before == "_")


def _matches(pattern: re.Pattern[str], text: str, start: int = 0) -> Iterator[re.Match[str]]:
    """The names found that start a word, each where the scan first found one (a name inside a word is passed
    over and the scan goes on after it)."""
    position = start
    while True:
        match = pattern.search(text, position)
        if match is None:
            return
        if _whole(text, match):
            yield match
            position = match.end()
        else:
            position = match.start() + 1


def _names_in(text: str, names: tuple[str, ...]) -> list[str]:
    pattern = _name_pattern(names)
    return [m.group(0) for m in _matches(pattern, text)] if pattern is not None else []


@cache
def _cues(name: str) -> tuple[re.Pattern[str], ...]:
    """The relay cues for one name: the name itself matched exactly (with its other name in brackets after
    it, if any), the cue words in any case."""
    cues: dict[str, list[str]] = load("outlets.yaml")["relay_cues"]
    escaped = "(?-i:" + re.escape(name) + r")(?:\s*\([^()\n]{1,40}\))?"  # "HRW (Human Rights Watch)"
    found = [re.compile(c.replace("{name}", escaped), re.IGNORECASE | re.MULTILINE) for c in cues["english"]]
    found += [re.compile(c.replace("{name}", escaped)) for c in cues["korean"]]
    return tuple(found)


def credited(text: str, outlets: Iterable[str] = (), known: bool = True) -> set[str]:
    """Keys of the outlets a text credits as its source: the given outlet fields (those of the store) and,
    unless ``known`` is false, the known outlets of ``data/outlets.yaml``, each by any of its names
    followed or preceded by a cue."""
    by_name, pattern = _index(tuple(sorted(set(outlets))), known)
    if pattern is None:
        return set()
    found: set[str] = set()
    for match in _matches(pattern, text):
        key = by_name[match.group(0)]
        if key in found:
            continue
        start, end = match.span()
        around = (max(0, start - 200), min(len(text), end + 200))  # a cue is near the name it credits
        for cue in _cues(match.group(0)):
            if any(m.start() <= start < m.end() for m in cue.finditer(text, *around)):
                found.add(key)
                break
    return found


@lru_cache(maxsize=16)
def _index(outlets: tuple[str, ...], known: bool) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """Each name of the outlets (and of the known ones) with its outlet's key, and the pattern finding them."""
    by_name: dict[str, str] = {}
    for outlet in outlets:
        key = outlet_key(outlet)
        for name in outlet_names(outlet):
            by_name.setdefault(name, key)
    for name in _known_names() if known else ():
        by_name.setdefault(name, outlet_key(name))
    return by_name, _name_pattern(tuple(sorted(by_name)))


def published_span(published: date | None, precision: str | None) -> tuple[date, date] | None:
    """The days a publication date stands for: the day, or the whole month or year."""
    if published is None:
        return None
    if precision == "year":
        return published, date(published.year, 12, 31)
    if precision == "month":
        following = date(published.year + published.month // 12, published.month % 12 + 1, 1)
        return published, following - timedelta(days=1)
    return published, published


def no_later(source: tuple[date, date] | None, relaying: tuple[date, date] | None) -> bool:
    """Could the source have been published no later than the relaying report? (unknown: yes)"""
    return source is None or relaying is None or source[0] <= relaying[1]


def relayed(source: tuple[date, date] | None, relaying: tuple[date, date] | None) -> bool:
    """Could the relaying report carry this report of the outlet it credits: published no later, and no more
    than :data:`RELAY_DAYS` before it (a relay carries a recent report; an outlet's older reports, of which a
    big store holds thousands, are not all its source). Unknown dates: yes."""
    if source is None or relaying is None:
        return True
    return source[0] <= relaying[1] and (relaying[0] - source[1]).days <= RELAY_DAYS


def close_in_time(left: tuple[date, date] | None, right: tuple[date, date] | None) -> bool:
    """Published within :data:`SAME_REPORT_DAYS` of each other (unknown dates: no)."""
    if left is None or right is None:
        return False
    gap = max(left[0], right[0]) - min(left[1], right[1])
    return gap.days <= SAME_REPORT_DAYS


def span_of(meta: Any) -> tuple[date, date] | None:
    """The publication span of a document's metadata (``published`` and ``published_precision``)."""
    return published_span(meta.published, meta.published_precision)
