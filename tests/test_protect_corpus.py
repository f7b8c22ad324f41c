"""Invented test documents naming at-risk persons in several spellings, and an independent list of those
spellings (built here by hand, not by tumen.protect) to search public outputs for.

Kang Mi-rae (arrested in Hoeryong, held in Chongjin) is named as Kang Mi-rae, Ms Kang, Kang's, Kang, Mirae Kang,
강미래 and 강 씨, in titles and in URL slugs (one percent-encoded Hangul). Yoon Seo-yeon speaks publicly about
her son, arrested in China and sent back: he is "her son", "the son of Yoon Seo-yeon", "Yoon Seo-yeon's son".
Park Sung-chol and Yoon Seo-yeon are not at risk and keep their names. Every sentence is invented.
"""

from __future__ import annotations

import contextlib
import html
import json
import zipfile
from pathlib import Path
from urllib.parse import quote

DOCUMENTS = [
    {
        "text": "Kang Mi-rae, a 34-year-old woman from Hoeryong, was arrested by North Korean security agents in "
        "March 2024, a neighbour told Free Voice Radio. Ms Kang had tried to cross the Tumen River into China twice. "
        '"Kang\'s family has not heard from her since the arrest," the neighbour said. Park Sung-chol, a pastor in '
        "Seoul who met her in 2019, said Kang was a nurse.\n\n[Invented test document]",
        "title": "Kang Mi-rae detained in Hoeryong",
        "url": "https://news.example.org/2024/03/kang-mi-rae-detained",
        "outlet": "Free Voice Radio",
        "published": "2024-04-02",
        "language": "en",
    },
    {
        "text": "Mirae Kang, who was arrested in Hoeryong in March, is being held in a detention centre in Chongjin, "
        "according to a relative interviewed by Morning Post. Mirae Kang worked as a nurse before the arrest. "
        "Park Sung-chol said he feared for her.\n\n[Invented test document]",
        "title": "Nurse Mirae Kang held in Chongjin",
        "url": "https://post.example.com/world/mirae-kang-held",
        "outlet": "Morning Post",
        "published": "2024-05-10",
        "language": "en",
    },
    {
        "text": "회령 출신 강미래(34) 씨가 2024년 3월 보위부에 체포됐다고 한 소식통이 전했다. 강 씨는 중국으로 "
        "넘어가려다 붙잡힌 것으로 알려졌다.\n\n[시험용 가상 기사]",
        "title": "강미래 씨 체포",
        "url": "https://ko.example.net/news/" + quote("강미래") + "-arrest",
        "outlet": "Example Korea",
        "published": "2024-04-05",
        "language": "ko",
    },
    {
        "text": "Yoon Seo-yeon, a North Korean escapee who lives in Seoul, said her son was arrested by Chinese police "
        "in Shenyang in January 2023 and sent back to North Korea. The son of Yoon Seo-yeon is now held in "
        "Onsong, she told East Wire. Yoon Seo-yeon's son is 16 years old.\n\n[Invented test document]",
        "title": "Mother appeals for son held in Onsong",
        "url": "https://eastwire.example.org/2023/yoon-appeal",
        "outlet": "East Wire",
        "published": "2023-03-01",
        "language": "en",
    },
]

FREE_NAMES = ("Park Sung-chol", "Yoon Seo-yeon")


def _kang_spellings() -> list[str]:
    """Every spelling of Kang Mi-rae we can think of, by hand: surname romanisations, given name with and
    without hyphen or space, both orders, slugs, Hangul with and without space, the family name with an
    honorific, and the Hangul percent-encoded as in a URL."""
    surnames = ["kang", "gang", "khang"]
    givens = ["mi-rae", "mirae", "mi rae", "mi_rae", "mee-rae", "mi-lae"]
    found = {"kang", "khang", "강", "미래", "강미래", "강 미래", "강씨", "강 씨"}
    for surname in surnames:
        for given in givens:
            for sep in (" ", "-", "", "_"):
                found |= {f"{surname}{sep}{given}", f"{given}{sep}{surname}"}
    found |= set(givens)
    encoded = {quote(h).lower() for h in ("강", "미래", "강미래")}
    return sorted(found | encoded)


def _son_spellings() -> list[str]:
    """The son is named only through his mother: those descriptions identify him."""
    mothers = ["yoon seo-yeon", "yoon seoyeon", "yoon seo yeon", "seo-yeon yoon"]
    found: set[str] = set()
    for mother in mothers:
        found |= {f"son of {mother}", f"{mother}'s son", f"{mother}’s son"}
    return sorted(found)


AT_RISK_SPELLINGS = _kang_spellings() + _son_spellings()


def readable(path: Path) -> str:
    """A file's text as a reader sees it: HTML entities decoded, JSON strings unescaped (FollowTheMoney
    writes \\uXXXX), every member of a zip; a PDF must be passed through pdftotext first."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    text = path.read_bytes().decode("utf-8")
    if path.suffix.lower() in (".json", ".ftm") or path.name.endswith(".ftm.json"):
        lines = []
        for line in text.splitlines():
            try:
                lines.append(json.dumps(json.loads(line), ensure_ascii=False))
            except json.JSONDecodeError:
                lines.append(line)
        with contextlib.suppress(json.JSONDecodeError):
            lines.append(json.dumps(json.loads(text), ensure_ascii=False))
        text = "\n".join([text, *lines])
    if path.suffix.lower() in (".html", ".htm"):
        text = text + "\n" + html.unescape(text)
    return text


def leaks(text: str, spellings: list[str] | None = None) -> list[str]:
    """The at-risk spellings found in ``text``, case-insensitively."""
    folded = text.casefold()
    return [s for s in spellings or AT_RISK_SPELLINGS if s.casefold() in folded]
