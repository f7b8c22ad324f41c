"""A realistic population of documented North Koreans for the resolution benchmark (``--generator realistic``).

Every choice below was made from what is known about Korean naming and about how human-rights
documentation mentions people, before any F1 figure was looked at; none is tuned to help tumen.

* **Surnames** by their real shares (Kim 21.5%, Lee/Ri 14.7%+1.5%, Park 8.4% ... every other
  surname of tumen's table 0.2%), as in the simple generator: Korea has few surnames, so
  namesakes come from the given names.
* **Given names are tied to gender and birth cohort.** Korean given names are two syllables
  taken from inventories that differ by sex and by generation: women born before 1960 are
  often -순, -옥, -숙, -자 (a colonial-era fashion), -녀, -희; women born 1960-84 -영, -미, -경,
  -향, -련; women born from 1985 -지, -은, -서, -현, -민, -유. Men carry 철, 남, 국, 광, 성, 일,
  룡 in the older cohorts and 준, 민, 현, 우, 혁, 진 in the younger. Each of the six inventories
  (gender x cohort) has 44-48 syllables, 134 distinct ones in all; weights fall with rank
  (Zipf-like, 1 / (1 + rank / 4)), since a few syllables dominate every cohort. The two
  syllables of a name are distinct. Single-syllable given names (rare) are left out.
* **Romanisations come from tumen's own jamo table** (``korean_romanisation.yaml``): each syllable
  has its McCune-Reischauer form (Chol, Hyok: North Korean usage and most NGO reports), its Revised
  form (Cheol, Hyeok) and the popular South Korean form where one exists (Chul, Hyuk, Young,
  Soo). A person has a usual system (McCune-Reischauer 55%, popular 25%, Revised 20%); each
  mention keeps the person's spelling 75% of the time and otherwise takes another form of
  each part. Then, as in the simple generator: Hangul 5%, the given name alone 5%,
  hyphenated / fused / spaced / upper-case forms, Western order 25%.
* **Families.** People are documented as members of families: a father (born 1925-1990,
  mean 1960), a mother two years younger on average with her own surname (Korean women keep
  theirs), and one to five children (more for older parents) born 22-38 years after their father,
  two to four years apart, who take their father's surname. Brothers share a generation syllable
  (돌림자) in one position in half of the families, sisters in a third: Kim Chol-jin and Kim
  Chol-su are siblings, not one man. One to four members of a family are documented (55% one,
  25% two, 12% three, 8% four), the others never appear.
* **Mentions per person are heavy-tailed**: Zipf with exponent 2.3, capped at 80 (70% of people
  once, 90% at most three times, a few in dozens of reports: the detainee every outlet follows).
* **Documents.** A family's reports are its own documents: its most-mentioned member is in all of
  them, each other member in as many as they have mentions (70% in a family document, 30% in a
  document about them alone). One family document in six is a group report (a repatriation, a
  trial) that also carries other families' people. A document names places: the family's home
  town (60%), one place of its story (70%: a crossing point, a Chinese town, a detention
  facility, a transit country), the country or Seoul (50%); every person of the document gets
  the document's places, as an extraction does.
* **Places.** Home towns are about 150 North Korean cities and counties, weighted by province
  as defector origins are (North Hamgyong 45%, Ryanggang 25%, the rest 30%) and by rank within
  a province (the big towns first); stories go through a border town, Chinese towns (Yanji,
  Shenyang, ...), detention facilities (Onsong, Chongori, Yodok, Kaechon ...) and transit
  countries, each also rank-weighted, so a few places are named by many families.
* **Gender** is stated in 80% of mentions, **birth** in 50%: half a stated year, half an
  age-derived two-year range, which in one case in ten misses the true year by one (ages
  are often reported Korean-style or rounded).

Namesakes are not set by hand: they come from the surname and syllable frequencies.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from functools import cache

from tumen.extract.names import fold_given, surname_table
from tumen.extract.vocab import load
from tumen.model import Interval

SURNAME_WEIGHTS = {
    "김": 21.5, "이": 14.7, "박": 8.4, "최": 4.7, "정": 4.3, "강": 2.3, "조": 2.1, "윤": 2.0, "장": 2.0,
    "임": 1.7, "한": 1.5, "오": 1.5, "서": 1.4, "신": 1.4, "권": 1.4, "황": 1.4, "안": 1.3, "송": 1.3,
    "류": 1.0, "유": 1.0, "전": 1.1, "홍": 1.1, "리": 1.5, "고": 0.9, "문": 0.9, "양": 0.8, "손": 0.9,
}  # fmt: skip

# Given-name syllables by (gender, cohort), commonest first. Cohorts: born before 1960, 1960-84, from 1985.
POOLS = {
    ("female", 0): "순옥숙자희녀금화선복실분영정애례춘월단인덕봉매연남길혜경귀임은명심녕향란미주송성수진점말필계엽을",
    ("female", 1): "영미경희정숙옥순혜향련선금은주화란심명실성일애진연아림윤수설국송복단해월춘례파양류매나리지효",
    ("female", 2): "지은현민유서혜수진예아윤나향송설별하연경미주빈솔령정영희원채다소금련옥리해린름효인가담비람온새",
    ("male", 0): "철남국광성석일용명학룡만덕봉길춘갑근호수동태종원환무진식삼기선록창혁준상현영팔칠구복순오풍훈섭택",
    ("male", 1): "철혁호준일남국광성석태수동용명진영민정현훈범식웅기경학룡길천규건환창주송봉덕삼원승근위필평무",
    ("male", 2): "준민현우진혁성철훈윤재건도한주일광명송범국호석동수영태원상빈강찬규용지서시결율휘경룡은향",
}  # fmt: skip
# The popular South Korean spelling where it is neither the Revised nor the McCune-Reischauer one.
POPULAR = {
    "철": "chul", "현": "hyun", "영": "young", "수": "soo", "희": "hee", "숙": "sook", "순": "soon",
    "준": "joon", "우": "woo", "경": "kyung", "명": "myung", "성": "sung", "정": "jung", "혁": "hyuk",
    "석": "suk", "선": "sun", "국": "kook", "주": "joo", "윤": "yoon", "훈": "hoon", "연": "yun",
    "춘": "choon", "용": "yong", "종": "jong", "덕": "duk", "근": "keun",
}  # fmt: skip
SYSTEMS = {"mr": 0.55, "popular": 0.25, "rr": 0.20}

# Home towns: North Korean cities and counties by province, the larger and the usual origins first.
PROVINCES = {
    "north hamgyong": (45, "Chongjin Hoeryong Musan Onsong Kimchaek Kyongwon Kyonghung Rason Kilju Puryong Myonggan "
                           "Hwasong Orang Kyongsong Yonsa Hwadae Myongchon Undok Saeppyol"),
    "ryanggang": (25, "Hyesan Samjiyon Pochon Kimjongsuk Kimhyongjik Paegam Unhung Kapsan Pungso Taehongdan "
                      "Samsu Pungsan"),
    "south hamgyong": (8, "Hamhung Tanchon Sinpo Hongwon Pukchong Yonggwang Kowon Yodok Kumya Riwon Toksong "
                          "Hochon Sinhung Jongpyong Hamju Jangjin Pujon"),
    "chagang": (4, "Kanggye Manpo Huichon Chasong Junggang Chosan Wiwon Sijung Songgan Janggang Hwapyong Rangrim "
                   "Jonchon Usi Kopung Songwon"),
    "north pyongan": (5, "Sinuiju Jongju Kusong Sakju Uiju Yongchon Pyokdong Changsong Taegwan Pakchon Nyongbyon "
                         "Unsan Kujang Hyangsan Ryongchon Sonchon Cholsan Tongrim Pihyon"),
    "south pyongan": (5, "Pyongsong Anju Kaechon Sunchon Tokchon Nampo Songchon Maengsan Yangdok Sukchon Mundok "
                         "Jungsan Taehung Hoechang Nyongwon Pyongwon"),
    "pyongyang": (3, "Pyongyang Sadong Mangyongdae Sunan Ryokpo"),
    "hwanghae": (3, "Haeju Sariwon Songnim Kaesong Ongjin Yonan Pyongsan Kangryong Pongsan Unryul Anak Sinchon "
                    "Chaeryong Kumchon Sinwon Pyoksong Changyon Singye Suan Koksan"),
    "kangwon": (2, "Wonsan Munchon Chonnae Kosong Kimhwa Cholwon Pyonggang Anbyon Tongchon Hoeyang Sepo Ichon"),
}  # fmt: skip
CROSSINGS = ["Hyesan", "Musan", "Hoeryong", "Onsong", "Sinuiju", "Kyongwon", "Samjiyon", "Manpo", "Namyang", "Sambong"]
CHINA = [
    "Yanji", "Shenyang", "Tumen", "Helong", "Longjing", "Dandong", "Changbai", "Hunchun", "Changchun", "Harbin",
    "Qingdao", "Beijing", "Dalian", "Antu", "Wangqing", "Mudanjiang", "Kunming", "Jilin",
]  # fmt: skip
FACILITIES = [
    "Onsong", "Chongori", "Yodok", "Kaechon", "Jongori", "Hwasong", "Pukchang", "Hoeryong", "Hyesan", "Chongjin",
    "Sinuiju", "Hamhung", "Tanchon",
]  # fmt: skip
TRANSIT = ["Laos", "Thailand", "Vientiane", "Bangkok", "Mongolia", "Ulaanbaatar", "Vietnam", "Cambodia", "Chiang Rai"]
COMMON = ["North Korea", "China", "Seoul"]


@cache
def spellings(syllable: str) -> dict[str, str]:
    """A syllable's McCune-Reischauer, Revised and popular spelling, read off tumen's jamo table."""
    table = load("korean_romanisation.yaml")
    code = ord(syllable) - 0xAC00
    initial, rest = divmod(code, 588)
    medial, final = divmod(rest, 28)
    parts = table["initials"][initial], table["medials"][medial], table["finals"][final]
    mr = fold_given("".join(str(p["mr"]) for p in parts))
    rr = fold_given("".join(str(p["rr"]) for p in parts))
    return {"mr": mr, "rr": rr, "popular": POPULAR.get(syllable, rr)}


def syllable_forms(syllable: str) -> list[str]:
    return list(dict.fromkeys(spellings(syllable).values()))


def cohort(born: int) -> int:
    return 0 if born < 1960 else 1 if born < 1985 else 2


def _zipf(items: list[str] | str, rng: random.Random, k: int = 1) -> list[str]:
    return rng.choices(list(items), [1 / (1 + i / 4) for i in range(len(items))], k=k)


@dataclass
class Person:
    pid: int
    family: int
    role: str  # "father", "mother" or "child"
    surname: str  # Hangul
    syllables: tuple[str, str]  # Hangul
    system: str  # the usual romanisation: "mr", "rr" or "popular"
    surname_spelling: int
    gender: str
    born: int


@dataclass
class Mention:
    pid: int
    doc: int
    text: str
    gender: str | None
    birth: Interval | None
    context: frozenset[str]


def given_name(rng: random.Random, gender: str, born: int, shared: tuple[str, int] | None = None) -> tuple[str, str]:
    """Two distinct syllables of the gender's and cohort's inventory; ``shared`` = (generation syllable, position)."""
    pool = POOLS[(gender, cohort(born))]
    while True:
        first, second = _zipf(pool, rng, 2)
        if shared:
            first, second = (shared[0], second) if shared[1] == 0 else (first, shared[0])
        if first != second:
            return first, second


def _surname(rng: random.Random) -> str:
    surnames = list(surname_table())
    return rng.choices(surnames, [SURNAME_WEIGHTS.get(s, 0.2) for s in surnames])[0]


def make_family(rng: random.Random, family: int, first_pid: int) -> list[Person]:
    """A family's documented members (one to four of father, mother, children)."""
    father_born = min(1990, max(1925, round(rng.gauss(1960, 13))))
    mother_born = min(1995, father_born + round(rng.gauss(2, 2)))
    surname = _surname(rng)
    members = [("father", surname, "male", father_born), ("mother", _surname(rng), "female", mother_born)]
    sizes = [1, 2, 3, 4, 5] if father_born < 1955 else [1, 2, 3]
    weights = [1, 2, 3, 2, 1] if father_born < 1955 else [3, 4, 2]
    born = father_born + round(rng.gauss(28, 4))
    for _ in range(rng.choices(sizes, weights)[0]):
        if born > 2012:
            break
        members.append(("child", surname, rng.choice(["male", "female"]), born))
        born += rng.randint(2, 4)
    generation: dict[str, tuple[str, int] | None] = {}
    for gender, share in (("male", 0.5), ("female", 1 / 3)):
        children = [b for _, _, g, b in members[2:] if g == gender]
        if children and rng.random() < share:
            generation[gender] = (_zipf(POOLS[(gender, cohort(children[0]))], rng)[0], rng.randint(0, 1))
    documented = min(len(members), rng.choices([1, 2, 3, 4], [55, 25, 12, 8])[0])
    people = []
    for i, (role, sname, gender, year) in enumerate(rng.sample(members, documented)):
        shared = generation.get(gender) if role == "child" else None
        syllables = given_name(rng, gender, year, shared)
        system = rng.choices(list(SYSTEMS), list(SYSTEMS.values()))[0]
        spelling = 0 if rng.random() < 0.6 else _variant(rng, len(surname_table()[sname]))
        people.append(Person(first_pid + i, family, role, sname, syllables, system, spelling, gender, year))
    return people


def _variant(rng: random.Random, n: int) -> int:
    """An index into a list of spellings, the earlier (more conventional) ones likelier."""
    return rng.choices(range(n), [1 / (i + 1) ** 1.5 for i in range(n)])[0]


def mention_count(rng: random.Random) -> int:
    return rng.choices(range(1, 81), [k**-2.3 for k in range(1, 81)])[0]


def _part(rng: random.Random, syllable: str, system: str) -> str:
    if rng.random() < 0.75:
        return spellings(syllable)[system]
    return rng.choice(syllable_forms(syllable))


def styled(rng: random.Random, surname: str, a: str, b: str) -> str:
    """The full name as a report writes it: the given name's two syllables hyphenated, fused or spaced, or in
    capitals; the family name first, or (a quarter of the time) last."""
    style = rng.random()
    if style < 0.45:
        given = f"{a.capitalize()}-{b}"
    elif style < 0.65:
        given = f"{a}{b}".capitalize()
    elif style < 0.80:
        return f"{surname} {a.capitalize()} {b.capitalize()}"  # spaced: family name first only
    elif style < 0.90:
        given = f"{a.capitalize()}-{b.capitalize()}"
    else:
        surname, given = surname.upper(), f"{a}-{b}".upper()
    return f"{given} {surname}" if rng.random() < 0.25 else f"{surname} {given}"


def mention_text(rng: random.Random, p: Person) -> str:
    roll = rng.random()
    if roll < 0.05:  # Hangul
        return p.surname + "".join(p.syllables)
    a, b = (_part(rng, s, p.system) for s in p.syllables)
    if roll < 0.10:  # the given name alone
        return f"{a.capitalize()}-{b}"
    forms = surname_table()[p.surname]
    surname = forms[p.surname_spelling] if rng.random() < 0.75 else forms[_variant(rng, len(forms))]
    return styled(rng, surname, a, b)


def mention_birth(rng: random.Random, born: int) -> Interval | None:
    if rng.random() >= 0.5:
        return None
    if rng.random() < 0.5:
        return Interval(date(born, 1, 1), date(born, 12, 31), "year")
    start = born - rng.randint(0, 1)  # from an age: two calendar years, one of them the true one ...
    if rng.random() < 0.1:
        start += rng.choice([-1, 1])  # ... or one year off
    return Interval(date(start, 1, 1), date(start + 1, 12, 31), "range")


def _homes() -> tuple[list[str], list[float]]:
    towns: list[str] = []
    weights: list[float] = []
    for share, names in PROVINCES.values():
        listed = names.split()
        ranks = [1 / (1 + i / 2) for i in range(len(listed))]
        towns += listed
        weights += [share * r / sum(ranks) for r in ranks]
    return towns, weights


def make_mentions(size: int, seed: int, population: dict[int, Person] | None = None) -> tuple[list[Mention], int]:
    """``size`` mentions of a realistic population, shuffled; and how many people they mention.
    ``population``, if given, receives every documented person by id."""
    rng = random.Random(seed * 1_000_003 + size)
    towns, town_weights = _homes()
    context: dict[int, set[str]] = {}
    pending: list[tuple[Person, int]] = []  # (person, document)
    recent: list[int] = []  # family documents others' group reports may join
    next_doc = next_pid = family = 0
    while len(pending) < size:
        people = make_family(rng, family, next_pid)
        if population is not None:
            population.update((p.pid, p) for p in people)
        family += 1
        next_pid += len(people)
        home = rng.choices(towns, town_weights)[0]
        story = [*_zipf(CROSSINGS, rng), *_zipf(CHINA, rng), *_zipf(FACILITIES, rng), *_zipf(TRANSIT, rng)]
        counts = [mention_count(rng) for _ in people]
        docs = []
        for _ in range(max(counts)):
            others = [d for d in recent if d not in docs]
            if others and rng.random() < 1 / 6:
                doc = rng.choice(others)  # a group report (a family is in a document once)
            else:
                doc, next_doc = next_doc, next_doc + 1
                recent = [*recent[-49:], doc]
            docs.append(doc)
        for person, count in zip(people, counts, strict=True):
            own = docs if count == len(docs) else rng.sample(docs, count)
            for doc in own:
                if count < len(docs) and rng.random() < 0.3:
                    doc, next_doc = next_doc, next_doc + 1  # a report about this member alone
                places = context.setdefault(doc, set())
                if rng.random() < 0.6:
                    places.add(home)
                if rng.random() < 0.7:
                    places.add(rng.choice(story))
                if rng.random() < 0.5:
                    places.add(rng.choice(COMMON))
                pending.append((person, doc))
    mentions = [
        Mention(
            p.pid,
            doc,
            mention_text(rng, p),
            p.gender if rng.random() < 0.8 else None,
            mention_birth(rng, p.born),
            frozenset(context[doc]),
        )
        for p, doc in pending[:size]
    ]
    rng.shuffle(mentions)
    return mentions, len({m.pid for m in mentions})
