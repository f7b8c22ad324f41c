"""A synthetic news corpus about invented people, generated from templates (nothing copied from real reporting).

    from synthetic import Corpus
    corpus = Corpus(10_000, seed=7)
    corpus.write_jsonl(path)          # one article per line: text, title, outlet, published, language, url
    corpus.extra_article(0)           # one more article about a person the corpus already mentions

Every name, town and outlet is invented; only a few real countries and cities appear (China, Shenyang,
Seoul ...). Each invented person has a story — gender, birth year, home town, relatives and a sequence of
dated events (crossed the border, paid a broker, arrested, detained, repatriated, sentenced) — and appears in a
handful of short articles (60-150 words) that each tell part of it, in a different spelling of their name
(Kang Mi-rae / Gang Mirae / Kang Mirae / Mi-rae Kang, Hangul 강미래 in Korean articles), with relative dates
("two years ago", "in March 2019"), ages ("the 34-year-old"), unnamed relatives ("her son"), amounts in won,
dollars or euros and, now and then, a detail one outlet gets wrong, or another person's arrest, detention or
crossing told without a name. About one article in ten is a wire copy:
another outlet republishing an earlier article nearly verbatim. Everything is decided by the seed.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# Hangul surname -> romanisations, the usual one first.
SURNAMES: dict[str, list[str]] = {
    "김": ["Kim", "Gim"], "이": ["Lee", "Yi", "Rhee"], "박": ["Park", "Pak", "Bak"], "최": ["Choi", "Choe"],
    "정": ["Jung", "Jeong", "Chung"], "강": ["Kang", "Gang"], "조": ["Cho", "Jo"], "윤": ["Yoon", "Yun"],
    "장": ["Jang", "Chang"], "임": ["Lim", "Im"], "한": ["Han"], "오": ["Oh", "O"], "서": ["Seo", "Suh"],
    "신": ["Shin", "Sin"], "권": ["Kwon", "Gwon"], "황": ["Hwang"], "안": ["Ahn", "An"], "송": ["Song"],
    "홍": ["Hong"], "고": ["Ko", "Go"], "문": ["Moon", "Mun"], "양": ["Yang"], "손": ["Son", "Sohn"],
    "백": ["Baek", "Paek"], "남": ["Nam"], "노": ["Noh", "Roh"], "하": ["Ha"], "곽": ["Kwak", "Gwak"],
    "성": ["Sung", "Seong"], "차": ["Cha"], "주": ["Joo", "Ju"], "우": ["Woo"], "민": ["Min"],
    "류": ["Ryu", "Yoo"], "진": ["Jin", "Chin"], "지": ["Ji", "Chi"], "엄": ["Eom", "Um"], "채": ["Chae"],
}  # fmt: skip
SURNAME_WEIGHTS = [21, 15, 8, 5, 4, 2.5, 2, 2, 2, 1.7, 1.5, 1.5, 1.4, 1.4, 1.4, 1.4, 1.3, 1.3, 1.1, 0.9, 0.9,
                   0.8, 0.9, 0.8, 0.6, 0.6, 0.5, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.6, 0.4, 0.3, 0.3, 0.3]  # fmt: skip
# Given-name syllables by the gender they usually go with: Hangul -> romanisations (Revised first).
FEMALE = {
    "미": ["mi"], "래": ["rae"], "소": ["so"], "연": ["yeon", "yon"], "은": ["eun", "un"], "희": ["hee", "hui"],
    "숙": ["sook", "suk"], "순": ["soon", "sun"], "옥": ["ok"], "혜": ["hye"], "경": ["kyung", "gyeong"],
    "지": ["ji"], "화": ["hwa"], "아": ["a"], "나": ["na"], "란": ["ran"], "향": ["hyang"], "선": ["sun", "seon"],
    "주": ["ju", "joo"], "림": ["rim"], "영": ["young", "yeong"], "정": ["jung", "jeong"], "금": ["geum", "kum"],
}  # fmt: skip
MALE = {
    "철": ["cheol", "chol", "chul"], "호": ["ho"], "준": ["jun", "joon"], "혁": ["hyuk", "hyeok"],
    "성": ["sung", "seong"], "남": ["nam"], "일": ["il"], "광": ["kwang", "gwang"], "명": ["myung", "myeong"],
    "국": ["guk", "kook"], "석": ["seok", "sok"], "태": ["tae"], "상": ["sang"], "동": ["dong"], "진": ["jin"],
    "우": ["woo", "u"], "수": ["soo", "su"], "용": ["yong"], "민": ["min"], "현": ["hyun", "hyeon"],
    "길": ["gil", "kil"], "범": ["beom", "bum"], "훈": ["hoon", "hun"], "식": ["sik", "shik"], "만": ["man"],
}  # fmt: skip
# Invented towns of origin and places of detention, and a few real places on the escape routes.
TOWNS = ["Hwangsan", "Oknam", "Sindok", "Pungchon", "Taegwan", "Myongsa", "Kumdang", "Ryongbuk", "Sokhwa",
         "Chondam", "Haksong", "Unpa", "Tongrim", "Pyoldo", "Sanghwa", "Kaemaru", "Orang-ri", "Songbong",
         "Mirim", "Chilgol", "Nadong", "Paegam", "Rakwon", "Sumun"]  # fmt: skip
FACILITIES = ["the Kumdang holding centre", "a detention centre in Sindok", "the Ryongbuk labour camp",
              "a police station in Taegwan", "the Hwangsan interrogation centre",
              "a prison camp near Unpa"]  # fmt: skip
CROSSINGS = ["the Tumen River", "the Yalu River", "the border near Sokhwa", "the frozen river near Chondam"]
ABROAD = ["Shenyang", "Yanji", "Dandong", "Changbai", "Kunming", "Vientiane", "Bangkok"]
# With density="growing": more real cities on the routes, and invented towns made of two syllables, so that the
# places (and the years) a corpus covers grow with it as a monitoring group's archive does.
MORE_ABROAD = ["Tumen", "Hunchun", "Longjing", "Helong", "Changchun", "Harbin", "Jilin", "Mudanjiang", "Tonghua",
               "Dalian", "Qingdao", "Beijing", "Shanghai", "Nanning", "Hanoi", "Phnom Penh", "Ulaanbaatar",
               "Vladivostok", "Khabarovsk", "Chiang Rai", "Luang Prabang", "Kuala Lumpur", "Manila", "Jakarta",
               "Yangon", "Ho Chi Minh City", "Taipei", "Guangzhou", "Shenzhen", "Wuhan", "Chengdu",
               "Xi'an"]  # fmt: skip
TOWN_HEADS = ["Hwa", "Sam", "Ok", "Pung", "Tae", "Myong", "Kum", "Ryong", "Sok", "Chon", "Hak", "Un", "Tong",
              "Pyol", "Sang", "Puk", "Sin", "Ko", "Won", "Chang", "Hung", "Man", "Po", "Rak", "Mi", "Chil", "Pae",
              "Su", "Hyon", "Kyong", "Tan", "Yom", "Ul", "Ma", "Tok", "Sa"]  # fmt: skip
TOWN_TAILS = ["san", "nam", "dok", "chon", "gwan", "sa", "dang", "buk", "hwa", "dam", "pa", "rim", "do", "gol",
              "bong", "am", "won", "mun", "gang", "po", "jin", "ryong", "pyong", "hung"]  # fmt: skip
AGENCIES = ["Chinese police", "Chinese border guards", "public security officers", "Lao immigration police",
            "Thai police"]  # fmt: skip
# Invented outlets, each with its web domain.
OUTLETS = ["Daily Tumen Review", "Northern Ledger", "Yalu Courier", "Harbor Star", "Free Asia Bulletin",
           "East Gate Times", "Seoul Morning Wire", "Han River Herald", "Border Voices", "Pacific Rim Report",
           "Mountain Pass Journal", "New Dawn Korea", "Liberty Signal", "The Escapee Monitor", "Open Gate News",
           "Frontier Dispatch", "Asia Rights Digest", "The Crossing", "Peninsula Observer", "Riverside Post",
           "Korea Freedom Daily", "Northeast Asia Wire", "The Refuge Record", "Silk Road Sentinel",
           "Unification Tribune", "Human Dignity Report", "Compass Weekly", "The Night Train", "Jade Coast Times",
           "Morning Bell Korea", "Haven News Agency", "Lantern Press"]  # fmt: skip
KOREAN_OUTLETS = ["자유북방신문", "두만강소식", "한빛통신", "새벽뉴스"]
WIRE = ["Northeast Asia Wire", "Haven News Agency"]  # the agencies whose copy others republish
GROUPS = ["the Seoul-based group Bridge of Hope", "the rights group Open Doors Korea", "Citizens for Escapees",
          "the Northern Light Foundation", "a Seoul-based rights group"]  # fmt: skip
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
RELATIVES = {"female": ["son", "daughter", "husband", "mother", "sister"],
             "male": ["son", "daughter", "wife", "mother", "brother"]}  # fmt: skip
FILLER = [
    "Rights groups have repeatedly urged Beijing to stop sending escapees back.",
    "China regards most escapees as illegal economic migrants rather than refugees.",
    "Those returned face interrogation and often long terms in labour camps, activists say.",
    "The foreign ministry did not respond to a request for comment.",
    "Such accounts are difficult to verify independently.",
    "Brokers' fees have risen sharply since border controls were tightened.",
    "Several hundred escapees are believed to be held in Chinese detention centres.",
    "The case has drawn renewed attention to the fate of those caught on the way south.",
    "Relatives in the South say they have had no news since then.",
    "Activists say the route through Southeast Asia has become more dangerous.",
]


@dataclass
class Event:
    kind: str  # crossed, paid, arrested, detained, repatriated, sentenced
    when: date
    place: str
    detail: str = ""  # amount, agency, years


@dataclass
class Person:
    index: int
    hangul: str
    surname: str  # Hangul surname
    syllables: tuple[str, str]
    gender: str
    born: int
    home: str
    relative: str  # "son", "wife" ...
    events: list[Event] = field(default_factory=list)

    def english(self, rng: random.Random, style: int | None = None) -> str:
        """The name in one of its romanisations: Kang Mi-rae, Gang Mirae, Kang Mirae, Mi-rae Kang."""
        table = FEMALE if self.gender == "female" else MALE
        a, b = (table[s] for s in self.syllables)
        surnames = SURNAMES[self.surname]
        style = rng.randrange(6) if style is None else style
        surname = surnames[0] if style < 3 or len(surnames) == 1 else surnames[1 + (style % (len(surnames) - 1))]
        first = a[0] if style < 4 else a[-1]
        second = b[0] if style < 4 else b[-1]
        given = f"{first.capitalize()}-{second}" if style in (0, 3) else f"{first}{second}".capitalize()
        return f"{given} {surname}" if style == 5 else f"{surname} {given}"

    def family(self) -> str:
        return SURNAMES[self.surname][0]


@dataclass
class Article:
    text: str
    title: str
    outlet: str
    published: date
    language: str
    url: str
    persons: list[int]
    copy: bool = False  # a wire copy of an earlier article

    def record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published.isoformat(),
            "language": self.language,
            "url": self.url,
        }


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")[:48]


def _ago(event: date, published: date) -> str:
    """The event's date told relative to the publication date, or absolutely."""
    days = (published - event).days
    if days < 45:
        return "last month" if event.month != published.month else "earlier this month"
    if days < 330:
        return f"in {MONTHS[event.month - 1]}"
    years = round(days / 365)
    if years <= 1:
        return "last year"
    if years <= 10:
        return f"{NUMBERS[years - 2]} years ago"
    return f"in {event.year}"


def _absolute(event: date, rng: random.Random) -> str:
    return f"in {MONTHS[event.month - 1]} {event.year}" if rng.random() < 0.7 else f"in {event.year}"


class Corpus:
    """``size`` articles about about ``size // 3`` invented persons, deterministic for a seed.

    ``density="fixed"`` (the default, as every earlier benchmark run) puts every story in the same 24 towns, 6
    facilities and 7 foreign cities over 2005-2021, so what shares a place and a month grows in proportion to the
    corpus. ``density="growing"`` lets the places and years grow with it: about one town per 200 articles (a few
    facilities per town), one more foreign city per 2,500 articles, and five more years of events for each tenfold
    growth beyond 1,000 articles (2005 at 1k, 2000 at 10k, 1995 at 100k). Names are drawn the same way in both: the
    commonest full name has about the share of the commonest Korean names (0.04%), so namesakes grow as they do.
    """

    def __init__(self, size: int, seed: int = 7, density: str = "fixed") -> None:
        if density not in ("fixed", "growing"):
            raise ValueError(f"density must be 'fixed' or 'growing', not {density!r}")
        self.size = size
        self.seed = seed
        self.density = density
        self.towns, self.facilities, self.abroad, self.first_year = TOWNS, FACILITIES, ABROAD, 2005
        if density == "growing":
            self._grow_places(size)
        rng = random.Random(seed * 7919 + size)
        self.persons = [self._person(rng, i) for i in range(max(8, size // 3))]
        self._recent: list[int] = []  # persons of the last 50 articles (see _unnamed)

    def _grow_places(self, size: int) -> None:
        made = [h + t for h in TOWN_HEADS for t in TOWN_TAILS]
        random.Random(self.seed).shuffle(made)
        made = [t for t in made if t not in TOWNS]
        self.towns = TOWNS + made[: max(0, size // 200 - len(TOWNS))]
        kinds = ["the {} holding centre", "a detention centre in {}", "the {} labour camp", "a police station in {}",
                 "the {} interrogation centre", "a prison camp near {}"]  # fmt: skip
        self.facilities = FACILITIES + [kinds[i % len(kinds)].format(town) for i, town in
                                        enumerate(self.towns[len(TOWNS) :: 2])]  # fmt: skip
        self.abroad = ABROAD + MORE_ABROAD[: size // 2500]
        self.first_year = 2005 - max(0, round(5 * math.log10(max(size, 1000) / 1000)))

    # -- people --------------------------------------------------------------------------------------------
    def _person(self, rng: random.Random, index: int) -> Person:
        gender = rng.choice(["female", "male"])
        table = FEMALE if gender == "female" else MALE
        surname = rng.choices(list(SURNAMES), SURNAME_WEIGHTS)[0]
        first, second = rng.sample(list(table), 2)
        born = min(2000, max(1940, round(rng.gauss(1978, 13))))
        person = Person(index, surname + first + second, surname, (first, second), gender, born,
                        rng.choice(self.towns), rng.choice(RELATIVES[gender]))  # fmt: skip
        first = min(2021, max(born + 16, self.first_year))
        when = date(rng.randint(first, 2021), rng.randint(1, 12), rng.randint(1, 28))
        person.events.append(Event("crossed", when, rng.choice(CROSSINGS)))
        currency = rng.choice(["won", "dollars", "euros", "yuan"])
        amount = {"won": rng.randint(2, 30) * 1_000_000, "dollars": rng.randint(10, 150) * 100,
                  "euros": rng.randint(10, 120) * 100, "yuan": rng.randint(5, 60) * 1000}[currency]  # fmt: skip
        person.events.append(Event("paid", when - timedelta(days=rng.randint(5, 60)), "", f"{amount:,} {currency}"))
        when += timedelta(days=rng.randint(20, 700))
        person.events.append(Event("arrested", when, rng.choice(self.abroad), rng.choice(AGENCIES)))
        when += timedelta(days=rng.randint(3, 90))
        person.events.append(Event("detained", when, rng.choice(self.facilities)))
        if rng.random() < 0.7:
            when += timedelta(days=rng.randint(10, 200))
            person.events.append(Event("repatriated", when, "North Korea"))
            if rng.random() < 0.6:
                when += timedelta(days=rng.randint(30, 400))
                person.events.append(Event("sentenced", when, rng.choice(self.facilities), str(rng.randint(2, 15))))
        return person

    # -- articles ------------------------------------------------------------------------------------------
    def articles(self) -> Iterator[Article]:
        """The corpus, in publication order of generation (wire copies follow their original)."""
        rng = random.Random(self.seed * 104_729 + self.size)
        recent: list[Article] = []
        made = 0
        while made < self.size:
            if recent and rng.random() < 0.1:
                article = self._copy(rng, rng.choice(recent), made)
            else:
                person = self.persons[rng.randrange(len(self.persons))]
                other = self.persons[rng.randrange(len(self.persons))] if rng.random() < 0.3 else None
                article = self._article(rng, person, other if other is not person else None, made)
            recent = [*recent[-49:], article]
            self._recent = [i for a in recent for i in a.persons]
            made += 1
            yield article

    def extra_article(self, number: int = 0) -> Article:
        """One article beyond the corpus, about a person the corpus already mentions."""
        rng = random.Random(self.seed * 15_485_863 + self.size + number)
        mentioned = self.persons[rng.randrange(min(len(self.persons), max(1, self.size // 3)))]
        return self._article(rng, mentioned, None, self.size + number, tag="follow-up")

    def write_jsonl(self, path: Path) -> int:
        """Write the corpus as a JSONL batch; returns the number of words written."""
        words = 0
        with path.open("w", encoding="utf-8") as out:
            for article in self.articles():
                words += len(article.text.split())
                out.write(json.dumps(article.record(), ensure_ascii=False) + "\n")
        return words

    def _article(self, rng: random.Random, person: Person, other: Person | None, number: int, tag: str = "") -> Article:
        last = person.events[-1].when
        published = last + timedelta(days=rng.randint(5, 1500))
        published = min(published, date(2025, 12, 31))
        if rng.random() < 0.05:
            text, title = self._korean(rng, person, published)
            outlet = rng.choice(KOREAN_OUTLETS)
            language = "ko"
        else:
            text, title = self._english(rng, person, other, published)
            text += self._unnamed(random.Random(self.seed * 7_368_787 + number), published)
            outlet = rng.choice(OUTLETS)
            language = "en"
        if tag:
            title = f"{title} ({tag})"
        url = f"https://news.example.org/{_slug(outlet)}/{published.year}/{number}-{_slug(title)}"
        persons = [person.index] + ([other.index] if other else [])
        return Article(text, title, outlet, published, language, url, persons)

    def _english(self, rng: random.Random, p: Person, other: Person | None, published: date) -> tuple[str, str]:
        name = p.english(rng)
        surname = next(t for t in reversed(name.split()) if t in SURNAMES[p.surname])
        she, her, her_ = ("she", "her", "Her") if p.gender == "female" else ("he", "his", "His")
        woman = "woman" if p.gender == "female" else "man"
        age = published.year - p.born - (1 if rng.random() < 0.5 else 0)
        if rng.random() < 0.08:  # a slip: one outlet gets the age wrong
            age += rng.choice([-3, -2, 2, 3])
        told = rng.sample(p.events, k=min(len(p.events), rng.randint(2, 4)))
        told.sort(key=lambda e: e.when)
        sentences: list[str] = []
        lead = told[0]
        sentences.append(f"{name}, a {age}-year-old {woman} from {p.home}, {self._verb(rng, lead, published, she)}.")
        for event in told[1:]:
            subject = rng.choice([surname, she.capitalize(), f"The {age}-year-old"])
            sentences.append(f"{subject} {self._verb(rng, event, published, she)}.")
        if rng.random() < 0.5:
            relative = p.relative
            fate = rng.choice(["was arrested with " + her, "was detained together with " + her,
                               "crossed the border with " + her, "was sent back with " + her])  # fmt: skip
            sentences.append(f"{her_} {relative} {fate}, according to {rng.choice(GROUPS)}.".replace(
                f"with {her}", "with " + ("her" if p.gender == "female" else "him")))  # fmt: skip
        if other is not None:
            oname = other.english(rng)
            o_she = "she" if other.gender == "female" else "he"
            event = rng.choice(other.events)
            sentences.append(
                f"{oname}, who says {o_she} was held with {surname}, {self._verb(rng, event, published, o_she)}."
            )
        if rng.random() < 0.6:
            speaker = rng.choice([f"{her} {p.relative}", "a relative in Seoul", "a former cellmate", surname])
            quote = rng.choice(["We do not know if they are still alive", "Nobody told us where they were taken",
                                "They beat us every day", "I paid everything I had",
                                "We were treated like criminals"])  # fmt: skip
            sentences.append(f'"{quote}," {speaker} said.')
        target = rng.randint(60, 150)
        fillers = rng.sample(FILLER, k=len(FILLER))
        while sum(len(s.split()) for s in sentences) < target and fillers:
            sentences.append(fillers.pop())
        headline = {"crossed": "fled", "paid": "paid a broker", "arrested": "arrested", "detained": "detained",
                    "repatriated": "sent back", "sentenced": "sentenced"}  # fmt: skip
        first_event = headline[told[-1].kind]
        title = f"{woman.capitalize()} from {p.home} {first_event}, rights group says"
        paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
        return "\n\n".join(paragraphs), title

    def _unnamed(self, rng: random.Random, published: date) -> str:
        """Now and then, the arrest, detention or crossing of a person of a recent article told without their name
        ("Another escapee was arrested in Yanji in March 2015"): a report of no one that may be the same occasion
        as a named one.
        (Its own generator, so the rest of the corpus is what it was before these were added.)"""
        if rng.random() >= 0.3:
            return ""
        chosen = rng.choice(self._recent) if self._recent else rng.randrange(len(self.persons))
        person = self.persons[chosen]
        told = [e for e in person.events if e.kind in ("arrested", "detained", "crossed") and e.when < published]
        if not told:
            return ""
        e = rng.choice(told)
        when = _ago(e.when, published) if rng.random() < 0.5 else _absolute(e.when, rng)
        if e.kind == "arrested":
            group = rng.choice(GROUPS)
            return f"\n\nAnother escapee was arrested by {e.detail} in {e.place} {when}, according to {group}."
        if e.kind == "detained":
            return f"\n\nAnother {'woman' if person.gender == 'female' else 'man'} was held in {e.place} {when}."
        return f"\n\nAn unnamed defector crossed {e.place} into China {when}."

    def _verb(self, rng: random.Random, e: Event, published: date, she: str) -> str:
        when = _ago(e.when, published) if rng.random() < 0.6 else _absolute(e.when, rng)
        if e.kind == "crossed":
            return f"crossed {e.place} into China {when}"
        if e.kind == "paid":
            return f"paid a broker {e.detail} {when} to arrange the escape"
        if e.kind == "arrested":
            return f"was arrested by {e.detail} in {e.place} {when}"
        if e.kind == "detained":
            return f"was held in {e.place} {when}"
        if e.kind == "repatriated":
            verb = rng.choice(["was repatriated to North Korea", "was sent back to North Korea",
                               "was forcibly returned to North Korea"])  # fmt: skip
            return f"{verb} {when}"
        return f"was sentenced {when} to {e.detail} years in {e.place}"

    def _korean(self, rng: random.Random, p: Person, published: date) -> tuple[str, str]:
        age = published.year - p.born
        lines = [f"탈북민 {p.hangul}({age}) 씨가 중국에서 체포된 것으로 알려졌다."]
        for e in p.events:
            when = f"{e.when.year}년 {e.when.month}월"
            if e.kind == "crossed":
                lines.append(f"{p.hangul} 씨는 {when} 두만강을 건너 중국으로 탈북했다.")
            elif e.kind == "paid":
                amount, currency = e.detail.split()
                won = int(amount.replace(",", "")) if currency == "won" else 5_000_000
                lines.append(f"그는 브로커에게 {won // 10_000}만 원을 지불했다.")
            elif e.kind == "arrested":
                lines.append(f"{p.hangul} 씨는 {when} 중국 공안에 체포됐다.")
            elif e.kind == "repatriated":
                lines.append(f"그는 {when} 북한으로 강제송환됐다.")
            elif e.kind == "sentenced":
                lines.append(f"{p.hangul} 씨는 {when} 징역 {e.detail}년을 선고받았다.")
        lines.append("인권단체들은 중국 정부에 강제송환 중단을 촉구했다.")
        return "\n\n".join(lines), f"탈북민 {p.hangul} 씨 소식"

    def _copy(self, rng: random.Random, original: Article, number: int) -> Article:
        """Another outlet republishes an earlier article nearly verbatim."""
        outlet = rng.choice([o for o in (KOREAN_OUTLETS if original.language == "ko" else OUTLETS)
                             if o != original.outlet])  # fmt: skip
        published = original.published + timedelta(days=rng.randint(0, 2))
        source = original.outlet if rng.random() < 0.5 else rng.choice(WIRE)
        if original.language == "ko":
            text = f"{original.text}\n\n({source} 제공)"
        else:
            text = original.text.replace(" said.", " told reporters.", 1) + f"\n\n(Reporting by {source})"
        url = f"https://news.example.org/{_slug(outlet)}/{published.year}/{number}-{_slug(original.title)}"
        return Article(text, original.title, outlet, published, original.language, url, original.persons, True)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Write a synthetic corpus as a JSONL batch.")
    parser.add_argument("size", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--density", choices=["fixed", "growing"], default="fixed")
    args = parser.parse_args()
    words = Corpus(args.size, args.seed, args.density).write_jsonl(args.out)
    print(f"{args.size} articles, {words:,} words -> {args.out}")


if __name__ == "__main__":
    main()
