"""The Korean rules' vocabularies, loaded once from ``tumen/data`` (events, places, kinship, rules)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from tumen.extract.names import surname_table
from tumen.extract.vocab import load

HONORIFICS = (
    r"(?:\s?씨|\s?목사|\s?선교사|\s?변호사|\s?대표|\s?씨의|\s?소장|\s?이사장|\s?교수|\s?의원|\s?기자|\s?병사|\s?군)"
)
REPORTING = re.compile(
    r"(말했다|밝혔다|전했다|증언했다|회상했다|주장했다|설명했다|덧붙였다|강조했다|호소했다|말한다|털어놨다|보도했다"
    r"|말했습니다|밝혔습니다|전했습니다|증언했습니다|주장했습니다|설명했습니다|강조했습니다|정정했|번복했|시인했|인정했)"
)
HEARSAY = re.compile(r"(전해 들었|전해들었|들었다고|전해졌다|전언|것으로 알려졌다|소식을 들었)")


@dataclass(frozen=True)
class Kin:
    word: str
    relation: str
    gender: str | None
    descriptor: str
    ambiguous: bool
    anchor_gender: str | None  # 형 is a man's older brother, 언니 a woman's older sister


@cache
def rules() -> dict[str, Any]:
    data: dict[str, Any] = load("korean_rules.yaml")
    return data


@cache
def kin_words() -> dict[str, Kin]:
    """Kinship word -> what it says, longest words first (남동생 before 동생)."""
    table = load("korean_kinship.yaml")["kin"]
    words = sorted(table, key=len, reverse=True)
    return {
        word: Kin(
            word,
            table[word]["relation"],
            table[word].get("gender"),
            table[word]["descriptor"],
            bool(table[word].get("ambiguous")),
            table[word].get("anchor_gender"),
        )
        for word in words
    }


@cache
def kin_conjunctions() -> list[str]:
    found: list[str] = load("korean_kinship.yaml")["conjunctions"]
    return found


@cache
def event_patterns() -> list[tuple[re.Pattern[str], str, str, str]]:
    """(trigger pattern, event type, role of its subject, role of its object) from the vocabulary."""
    found = []
    for name, spec in load("events.yaml")["types"].items():
        for pattern in spec.get("korean") or []:
            found.append((re.compile(pattern), name, spec["subject_role"], spec["object_role"]))
    return found


@cache
def surnames() -> list[str]:
    return sorted(surname_table(), key=len, reverse=True)


@cache
def place_kinds() -> dict[str, str]:
    kinds: dict[str, str] = load("places.yaml")["korean"]
    return kinds


@cache
def canonical_names() -> dict[str, str]:
    """Korean (or other) alias -> the canonical name it is filed under, from place_aliases.yaml."""
    index: dict[str, str] = {}
    for canonical, aliases in load("place_aliases.yaml").items():
        index[canonical] = canonical
        for alias in aliases:
            index[str(alias)] = canonical
    return index


def canonical(name: str) -> str:
    return canonical_names().get(name, name)
