"""Invented documents for the reader role's tests, and the spellings of their at-risk person built by hand.

Choi Eun-ha, a teacher arrested in Hyesan and held there (detained: at risk by the rules), is named as Choi Eun-ha,
Ms Choi, Choi's, Choi, Eunha Choi, Choe Eunha, 최은하 and 최 씨 — in texts, titles and URL slugs (one
percent-encoded Hangul); a report giving another age leaves "same person?" pairs to review.
Lim Dae-ho and Han Ji-won, who speak about her from Seoul, are not at risk and keep their names. Every sentence is
invented; the spelling list is written here by hand, not derived from tumen.protect.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote

import pytest

from tumen import Tumen

DOCUMENTS = [
    {
        "text": "Choi Eun-ha, a 41-year-old teacher from Hyesan, was arrested by North Korean security agents in "
        "May 2023, a former colleague told Imaginary Radio. Ms Choi had sent letters to relatives in Seoul. "
        '"Choi\'s pupils still ask about her," the colleague said. Lim Dae-ho, a pastor in Seoul who knew her, '
        "said Choi was a quiet woman.\n\n[Invented test document]",
        "title": "Teacher Choi Eun-ha arrested in Hyesan",
        "url": "https://radio.example.org/2023/06/choi-eun-ha-arrested",
        "outlet": "Imaginary Radio",
        "published": "2023-06-12",
        "language": "en",
    },
    {
        "text": "Eunha Choi, who was arrested in Hyesan in May, is being held in a detention centre in Hyesan, "
        "according to a relative interviewed by the Fictional Times. Eunha Choi taught mathematics before the "
        "arrest. Han Ji-won, a researcher in Seoul, said such arrests were common.\n\n[Invented test document]",
        "title": "Eunha Choi held in Hyesan",
        "url": "https://times.example.com/world/eunha-choi-held",
        "outlet": "Fictional Times",
        "published": "2023-07-02",
        "language": "en",
    },
    {
        "text": "혜산 출신 최은하(41) 씨가 2023년 5월 보위부에 체포됐다고 한 소식통이 전했다. 최 씨는 교사로 "
        "일했다.\n\n[시험용 가상 기사]",
        "title": "최은하 씨 체포",
        "url": "https://ko.example.net/news/" + quote("최은하") + "-arrest",
        "outlet": "Example Korea",
        "published": "2023-06-20",
        "language": "ko",
    },
    {  # another age: the same woman for tumen, with "same person?" pairs left to review (names in their reasons)
        "text": "Choe Eunha, 23, a nurse from Hyesan, was detained by security agents in Hyesan in May 2023, a "
        "relative told the Invented Herald.\n\n[Invented test document]",
        "title": "Nurse detained in Hyesan",
        "url": "https://herald.example.org/hyesan-nurse",
        "outlet": "Invented Herald",
        "published": "2023-08-01",
        "language": "en",
    },
]

FREE_NAMES = ("Lim Dae-ho", "Han Ji-won")


def _spellings() -> list[str]:
    """Every spelling of Choi Eun-ha we can think of: surname romanisations, the given name with and without
    hyphen or space, both orders, slugs, Hangul with and without a space, the family name with an honorific,
    and the Hangul percent-encoded as in a URL."""
    surnames = ["choi", "choe", "chwe", "choy"]
    givens = ["eun-ha", "eunha", "eun ha", "eun_ha", "un-ha", "eun-hah"]
    found = {"최은하", "최 은하", "최씨", "최 씨", "은하", *surnames, *givens}
    for surname in surnames:
        for given in givens:
            for sep in (" ", "-", "", "_"):
                found |= {f"{surname}{sep}{given}", f"{given}{sep}{surname}"}
    found |= {quote(h).lower() for h in ("최", "은하", "최은하")}
    return sorted(found)


SPELLINGS = _spellings()


def readable(body: bytes) -> str:
    """A response as every reader of it sees it: the bytes as text, HTML entities decoded, JSON strings
    unescaped, percent-encoding undone."""
    text = body.decode("utf-8", errors="replace")
    parts = [text, html.unescape(text), unquote(text)]
    with contextlib.suppress(ValueError):
        parts.append(json.dumps(json.loads(text), ensure_ascii=False))
    return "\n".join(parts)


def leaks(body: bytes | str) -> list[str]:
    """The spellings of the at-risk person found in a response, case-insensitively."""
    folded = (readable(body) if isinstance(body, bytes) else body).casefold()
    return [s for s in SPELLINGS if s.casefold() in folded]


PSEUDONYM = re.compile(r"Person [A-Z2-7]{6}")


def private_store(reader_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Tumen]:
    """A private copy of a module's store of these documents, open (its pseudonym key file made beside it on first
    use, whatever the environment names)."""
    for name in ("TUMEN_PSEUDONYM_KEY", "TUMEN_PSEUDONYM_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "tumen.db"
    shutil.copyfile(reader_db, path)
    with Tumen.open(f"sqlite:///{path}") as tumen:
        yield tumen
