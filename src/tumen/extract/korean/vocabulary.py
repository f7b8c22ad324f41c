"""The Korean rules' vocabularies, loaded once from ``tumen/data`` (events, places, kinship, rules)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from tumen.extract.names import surname_table
from tumen.extract.vocab import load


@dataclass(frozen=True)
class Kin:
    word: str
    relation: str
    gender: str | None
    descriptor: str
    ambiguous: bool
    anchor_gender: str | None  # 형 is a man's older brother, 언니 a woman's older sister
    possessed: bool = False  # a family (가족): someone's only after a possessive ("그의 가족은")


@cache
def rules() -> dict[str, Any]:
    data: dict[str, Any] = load("korean_rules.yaml")
    return data


@cache
def honorifics_pattern() -> str:
    """The honorifics and titles after a name (씨, 목사 …, a space before them optional), as a regular
    expression to embed in others."""
    return rf"\s?(?:{'|'.join(map(re.escape, rules()['honorifics']))})"


@cache
def anonymised_honorific() -> str:
    """An age and an honorific after an anonymised name (김모(35)씨, A씨는, 박모 양의): a regular expression
    to embed in others, the honorific in the group ``honorific``; not 군 before a noun of an army ("A군 부대")."""
    honorifics = "|".join(map(re.escape, rules()["anonymised_honorifics"]))
    particles = "는|가|의|도|를|을|와|과|에게|은|이|로|부터"
    army = "|".join(map(re.escape, rules()["army_nouns"]))  # "A군 부대": an army's unit, no boy
    return (
        rf"(?:\s?\(\d{{1,3}}\))?\s?(?P<honorific>{honorifics})(?=[^가-힣]|$|(?:{particles})(?![가-힣]))"
        rf"(?!(?<=군)\s?(?:{army}))"
    )


@cache
def young_end() -> str:
    """What may follow 군 or 양 after a name or a surname: a particle (``young_particles``) or no more Hangul
    ("서군은", "이하늘 양과"), as a lookahead to embed in other expressions."""
    particles = "|".join(map(re.escape, rules()["young_particles"]))
    return rf"(?=[^가-힣]|$|(?:{particles})(?![가-힣]))"


@cache
def young_after() -> re.Pattern[str]:
    """군 or 양 right after a name, an age between them optional ("이하늘(19)양", "서도윤 군은"), the honorific in
    the group ``honorific``; not 군 before a noun of an army ("A군 부대": an army's unit, no boy)."""
    young = "|".join(map(re.escape, rules()["young_honorifics"]))
    army = "|".join(map(re.escape, rules()["army_nouns"]))
    return re.compile(rf"(?:\(\d{{1,3}}\))?\s?(?P<honorific>{young}){young_end()}(?!(?<=군)\s?(?:{army}))")


@cache
def young_honorific_genders() -> dict[str, str]:
    """The gender each of 군 and 양 tells (from ``anonymised_honorifics``: 군 a boy, 양 a girl)."""
    genders: dict[str, str] = rules()["anonymised_honorifics"]
    return {h: genders[h] for h in rules()["young_honorifics"]}


def young_gender(text: str, end: int) -> str | None:
    """The gender 군 (a boy) or 양 (a girl) right after a name ending at ``end`` tells (:func:`young_after`:
    "서도윤 군은", "이하늘(19)양"), None when neither follows: the one rule both the back-references to the young
    (mentions.py) and the genders of names (named_kin.py) read."""
    after = young_after().match(text, end)
    return young_honorific_genders()[after["honorific"]] if after is not None else None


@cache
def surname_titles() -> str:
    """The titles after a surname alone (대표, 목사 …), as an alternation to embed in other expressions."""
    return "|".join(map(re.escape, rules()["surname_titles"]))


@cache
def reporting_pattern() -> re.Pattern[str]:
    """Verbs that report speech (말했다, 밝혔다, 정정했 …)."""
    return re.compile("|".join(map(re.escape, rules()["reporting_verbs"])))


@cache
def hearsay_pattern() -> re.Pattern[str]:
    """What makes a sentence hearsay (전해 들었, 것으로 알려졌다 …)."""
    return re.compile("|".join(map(re.escape, rules()["hearsay"])))


@cache
def heard_pattern() -> re.Pattern[str]:
    """What says someone heard what the sentence tells (소식을 들은 …): they are its source."""
    return re.compile("|".join(map(re.escape, rules()["heard"])))


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
            bool(table[word].get("possessed")),
        )
        for word in words
    }


@cache
def unowned_kin_words() -> tuple[str, ...]:
    """The kinship words said without an owner too (not ``possessed``: not 남편, 아내), longest first."""
    return tuple(word for word, kin in kin_words().items() if not kin.possessed)


@cache
def kin_conjunctions() -> list[str]:
    found: list[str] = load("korean_kinship.yaml")["conjunctions"]
    return found


@cache
def joining_endings() -> list[str]:
    """Endings that join a word to the noun after it ("아들과", "어머니랑", "아들하고"; korean_kinship.yaml): the
    kin conjunctions but the comma, and ``joining_endings``."""
    extra: list[str] = load("korean_kinship.yaml")["joining_endings"]
    return [c for c in kin_conjunctions() if c != ","] + extra


@cache
def possessive_pronouns() -> frozenset[str]:
    """ "그의", "그녀의": a possessive that points back to the passage's person (korean_kinship.yaml)."""
    return frozenset(load("korean_kinship.yaml")["possessive_pronouns"])


@cache
def kin_inverses() -> dict[str, str]:
    """Relation -> its inverse (child_of -> parent_of), from kinship.yaml."""
    found: dict[str, str] = load("kinship.yaml")["relations"]
    return found


@dataclass(frozen=True)
class Trigger:
    """A Korean trigger: its pattern, event type, the roles of its subject and object, the modality the
    words say (None: read from the clause) and whether the clause's amount is its price."""

    pattern: re.Pattern[str]
    type: str
    subject_role: str
    object_role: str
    modality: str | None = None
    priced: bool = False
    noun: str | None = None  # told by its noun: "suffered" (고문에 시달렸다) or "after" (고문 끝에); undergone.py
    narrative: bool = False  # a historical present ("탈북한다"): an event only in a sentence that tells a story
    context: str | None = None  # what its clause or text must tell: "flight" (중국으로), "parting" (탈북); .conditions
    subject: str | None = None  # who it may befall: "person" (no thing), "escapee" (탈북민); .conditions


@cache
def event_patterns() -> list[Trigger]:
    """The triggers of events.yaml's ``korean`` lists, then those of korean_events.yaml."""
    types = load("events.yaml")["types"]
    found = []
    for name, spec in types.items():
        for pattern in spec.get("korean") or []:
            for form in filter(None, (pattern, light_verb(pattern))):
                found.append(Trigger(re.compile(form), name, spec["subject_role"], spec["object_role"]))
    for extra in korean_events()["triggers"]:
        spec = types[extra["type"]]
        pattern = (
            extra["pattern"].replace("<fleeing>", korean_events()["fleeing"]).replace("<sum>", korean_events()["sum"])
        )
        if extra.get("not_after") == "custody":  # "감옥에서 탈출했다": an escape, not this trigger
            pattern = custody_lookbehind(bare=False, negative=True) + f"(?:{pattern})"
        found.append(
            Trigger(
                re.compile(_after_kind(extra.get("after")) + pattern),
                extra["type"],
                spec["subject_role"],
                spec["object_role"],
                extra.get("modality"),
                bool(extra.get("amount")),
                extra.get("noun"),
                bool(extra.get("narrative")),
                extra.get("context"),
                extra.get("subject"),
            )
        )
    return found


@cache
def custody_lookbehind(bare: bool, negative: bool = False) -> str:
    """Right after a custody place (``custody_places``) and one of its links (``since.custody_links``: "수용소에서 ")
    — ``bare``: also with no link or a space alone ("수용소 탈출"); ``negative``: not right after one."""
    links = [link for link in rules()["since"]["custody_links"] if bare or link.strip()]
    places = [re.escape(p + link) for p in rules()["custody_places"] for link in links]
    if negative:
        return "".join(f"(?<!{p})" for p in places)
    return "(?:" + "|".join(f"(?<={p})" for p in places) + ")"


def _after_kind(kind: str | None) -> str:
    """What a trigger with ``after: KIND`` (korean_events.yaml) must follow: a place of that kind of places.yaml's
    ``korean`` names, a whole word ("중국으로 넘어갔다"; not "동북으로"), for ``custody`` a custody place with its
    particle, for ``state_agent`` an organ of a state marked as doer; nothing without one."""
    if kind is None:
        return ""
    if kind == "custody":  # "수용소에서 탈출했다": a custody place and its link (since.custody_links)
        return custody_lookbehind(bare=False)
    if kind == "state_agent":  # "보위부에 끌려갔다": an organ of a state (``state_agents``) and a particle of a doer
        plain = [p for p in rules()["agent_particles"]["passive"] if re.fullmatch("[가-힣]+", p)]  # not 에 의해
        links = [f"{plural}{p} " for p in plain for plural in ("", "들")]
        places = [re.escape(a + link) for a in rules()["state_agents"] for link in links]
        return "(?:" + "|".join(f"(?<={p})" for p in places) + ")"
    names = names_of_kind(kind)
    return "(?:" + "|".join(rf"(?<={re.escape(n)})(?<![가-힣].{{{len(n)}}})" for n in names) + ")"


_VERBAL_NOUN = re.compile(r"([가-힣]+)\(\?:([^()]*)\)")


def light_verb(pattern: str) -> str | None:
    """A verbal noun's 하다 may take the object particle first: 탈북했다 is 탈북을 했다 ("defected"), 귀순한 is 귀순을
    한. Of a trigger written as a noun and its endings (``탈북(?:했|해|한 뒤)``), the same noun with the particle
    and the endings of 하다 (``탈북(?:을|를)\\s?(?:했|해|한 뒤)``); none when it has no ending of 하다."""
    whole = _VERBAL_NOUN.fullmatch(pattern)
    if whole is None:
        return None
    words = rules()["light_verb"]
    endings = [e for e in whole[2].split("|") if e.startswith(tuple(words["endings"]))]
    if not endings:
        return None
    return rf"{whole[1]}(?:{'|'.join(words['particles'])})\s?(?:{'|'.join(endings)})"


@cache
def korean_events() -> dict[str, Any]:
    data: dict[str, Any] = load("korean_events.yaml")
    return data


@cache
def adnominal_ending() -> str:
    """The last syllable of a verb describing the noun after it (``adnominal_endings`` of korean_events.yaml:
    "체포된", "고문한"), as an alternation to embed in other expressions."""
    return "|".join(korean_events()["adnominal_endings"])


@cache
def surnames() -> list[str]:
    return sorted(surname_table(), key=len, reverse=True)


@cache
def place_kinds() -> dict[str, str]:
    kinds: dict[str, str] = load("places.yaml")["korean"]
    return kinds


@cache
def names_of_kind(kind: str) -> tuple[str, ...]:
    """The Korean names of places.yaml of places of ``kind`` ("country": 북한, 중국), longest first."""
    return tuple(sorted((n for n, k in place_kinds().items() if k == kind), key=len, reverse=True))


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


NounEnd = Literal["space or particle", "particle ahead", "particle", "particle or none"]


@cache
def noun_reader(
    kind: str,
    part: str | None = None,
    *,
    particles: str,
    end: NounEnd,
    lead: bool = False,
    plural: bool = False,
    counted: bool = False,
) -> re.Pattern[str]:
    """One reader of a noun listed in korean_rules.yaml (``kind``, or its ``part``), longest words first, as
    ``noun``: the words of a noun phrase before it (``lead``: "탈북한 그 날을"), its plural 들 (``plural``, as
    ``plural``), a count of people after it (``counted``: "여성 3명은", the number as ``n``), and how it ends
    (``end``), with one of ``particles`` (an alternation) as ``particle``: followed by a space or a particle
    ("space or particle": "남성들", "남성에게"), by a particle that ends the word ("particle ahead": "남성은"),
    or taking that particle ("particle": "곳에서"; "particle or none": "날", "날을")."""
    listed = rules()[kind] if part is None else rules()[kind][part]
    words = "|".join(map(re.escape, sorted(listed, key=len, reverse=True)))
    before = r"[가-힣]*\s?" if lead else ""
    many = "(?P<plural>들)?" if plural else ""
    count = r"(?:\s?(?P<n>\d+|[가-힣]{1,3})\s?명)?" if counted else ""
    particle = f"(?P<particle>{particles})"
    tails = {
        "space or particle": rf"(?=\s|$|{particle})",
        "particle ahead": rf"(?={particle}(?![가-힣]))",
        "particle": rf"{particle}(?![가-힣])",
        "particle or none": rf"{particle}?(?![가-힣])",
    }
    return re.compile(rf"{before}(?P<noun>{words}){many}{count}{tails[end]}")


def people_word() -> re.Pattern[str]:
    """A word for people (``relative_doers`` of korean_rules.yaml: "남성들"), the particle after it (if any) as
    ``particle``."""
    particles = "은|는|이|가|을|를|의|에|도|와|과"
    return noun_reader("relative_doers", particles=particles, end="space or particle", plural=True)
