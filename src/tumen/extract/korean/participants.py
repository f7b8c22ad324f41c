"""Who takes part in a Korean event and who tells it: the persons of its clause, relatives named by kinship
words ("어머니와 형이 처형당한"), and the source of the sentence (a speaker, "X에 따르면", an organisation)."""

from __future__ import annotations

import re
from functools import cache

from tumen.extract.types import Evidence, Extraction, Span

from . import details
from .kin_phrases import described_relative, kin_in, owner_of_same_kind, relatives
from .mentions import Mentions
from .text import Clause, between, inside
from .vocabulary import Kin, NounEnd, noun_reader, people_word, reporting_pattern, rules, surname_titles

# Active verb forms (the clause's subject acts): 고발했, 북송한, 돌려보낸; passives take 당, 되/됐/된, 받.
_ACTIVE = re.compile(r"(?:했|한|해|하|하였|하고|하며|냈|낸|시켰|줬|건넸|넘)$")
_PASSIVE = re.compile(r"당|됐|되|돼|된|받|혀|혔|힌")
_PLURAL_SUBJECT = re.compile(r"들?(?:이|가)(?![가-힣])")  # "보위원들이": a group as the subject


@cache
def pronoun_object() -> re.Pattern[str]:
    """A personal pronoun marked as an object (``object_pronouns`` of korean_rules.yaml: "그를", "그녀를")."""
    words = "|".join(map(re.escape, rules()["object_pronouns"]))
    return re.compile(rf"(?<![가-힣])(?:{words})(?:을|를)(?![가-힣])")


@cache
def particles() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(subject, object, possessive) particles after a mention, past a title and an age: "강미래 씨(48)는",
    "강미래(48)씨는"."""
    between = _title_gap()
    return (
        re.compile(rf"{between}(?:은|는|이|가|께서|도)(?![가-힣])"),
        re.compile(rf"{between}(?:을|를)(?![가-힣])"),
        re.compile(rf"{between}의(?![가-힣])"),
    )


@cache
def _title_gap() -> str:
    """What may stand between a mention and its particle: a title and an age ("강미래 씨(48)는", "김미래(45)씨는")."""
    anonymised = "|".join(rules()["anonymised_honorifics"])  # 씨, and 양, 군 after 김모, A
    titles = rf"(?:{anonymised}|{surname_titles()})"
    return rf"\s?(?:{titles}?(?:\(\d+\))?|\(\d+\)\s?{titles})"


@cache
def _subject_kind() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(topic, own subject) particles after a mention: 은/는 ("한바다 씨는") and 이/가 ("김민수 씨가")."""
    between = _title_gap()
    return re.compile(rf"{between}(?:은|는|께서는)(?![가-힣])"), re.compile(rf"{between}(?:이|가|께서)(?![가-힣])")


def topic_marked(text: str, end: int) -> bool:
    return _subject_kind()[0].match(text, end) is not None


def own_subject(text: str, end: int) -> bool:
    return _subject_kind()[1].match(text, end) is not None


def subject_or_topic_end(text: str, end: int, at: int) -> bool:
    """Whether the mention ending at ``end`` is marked as topic or subject right before ``at`` (a space between):
    "한바다(30) 씨는 열두 살 때"."""
    marking = _subject_kind()[0].match(text, end) or _subject_kind()[1].match(text, end)
    return marking is not None and text[marking.end() : at].isspace()


def _head_noun(kind: str, part: str | None = None) -> re.Pattern[str]:
    """A noun the trigger's adnominal form describes (``relative_facts``, ``relative_settings``), its particle."""
    if part == "places":
        return noun_reader(kind, part, particles="을|를|이|가|은|는|에|에서|도", end="particle", lead=True)
    return noun_reader(kind, part, particles="을|를|이|가|은|는|에|에서|의|도", end="particle or none", lead=True)


def setting_head(text: str, end: int) -> bool:
    """Whether an adnominal trigger ending at ``end`` describes a time or a place (``relative_settings``: "체포한
    날을", "납치한 곳에서"; not a bare place before the one described, "마을 주민"), no doer and no participant."""
    return any(_head_noun("relative_settings", part).match(text, end) for part in ("times", "places"))


def role_less_head(text: str, end: int) -> str | None:
    """The part of ``role_less_heads`` (korean_rules.yaml: "things", "cases") of the noun an adnominal trigger ending
    at ``end`` describes ("도망친 개를", "체포된 사건을"), else None: a noun that fills no role of people."""
    at = end + 1 if text[end : end + 1] == " " else end
    for part in ("things", "cases"):
        particles = "|".join(rules()["role_less_particles"][part])
        end_as: NounEnd = "particle or none" if part == "things" else "particle"
        if noun_reader("role_less_heads", part, particles=particles, end=end_as).match(text, at):
            return part
    return None


def outside_topic(
    text: str, found: Mentions, clause: Clause, start: int, who: list[tuple[str, str]], undergoer: str | None = None
) -> list[tuple[str, str]]:
    """``who`` without the sentence's topic (은/는) when the reported clause of the trigger at ``start`` has a subject
    of its own (이/가: a person, a group, an organ of a state) after it: "한바다 씨는 김민수 씨가 경찰에 체포됐다고
    주장했다" (김민수 was arrested, not the claimant); not when a reflexive or pronoun object refers back to the topic
    ("한바다 씨는 보위원들이 자신을 고문했다고 주장했다"), nor for 자신이 (no subject of its own). A group counted
    before its particle is a subject too ("탈북민 5명이"); with ``undergoer`` (the role of a passive trigger's
    subject) that group, when it is the first subject of its own, takes the role the topic is denied: "한바다
    대표는 "탈북민 5명이 공안에 체포됐다"고 말했다" (the five were arrested, not the speaker)."""
    groups = between(found.groups, clause.start, start)
    people = sorted(persons_in(found, clause.start, start) + groups)
    topics = [m for m in people if topic_marked(text, m[1])]
    if not topics:
        return who
    own = [m for m in people if m[0] > topics[0][1] and (own_subject(text, m[1]) or _group_subject(text, m[1]))]
    agent = _agent_subject_pattern().search(text, topics[0][1], start)
    at = min([m[0] for m in own] + ([agent.start()] if agent is not None else []), default=None)
    if at is None or _reflexive().search(text, at, start):
        return who
    outside = {pid for s, _e, pid in topics if s < at}
    kept = [(pid, role) for pid, role in who if pid not in outside]
    first = own[0] if own and own[0][0] == at else None
    if undergoer is not None and first in groups and not any(pid == first[2] for pid, _r in kept):
        kept.append((first[2], undergoer))
    return kept


def _sought(text: str, kin: tuple[list[tuple[Kin, Span]], str | None, int]) -> bool:
    """Whether a relative marked as object is the one a verb of seeking right after it seeks (``sought``)."""
    words, particle, _start = kin
    if particle not in ("을", "를"):
        return False
    verbs = "|".join(map(re.escape, rules()["sought"]))
    return re.match(rf"(?:님|들)?[을를]\s(?:{verbs})(?![가-힣])", text[words[-1][1].end :]) is not None


def _group_subject(text: str, end: int) -> bool:
    """A group's mention ending at ``end`` is a subject: "보위원들이", and counted: "탈북민 5명이"."""
    if _PLURAL_SUBJECT.match(text, end):
        return True
    counted = [c for c in details.counts(text, end, min(len(text), end + 16)) if c.start <= end + 1]
    return bool(counted) and _PLURAL_SUBJECT.match(text, counted[0].end) is not None


def is_active(trigger: str) -> bool:
    trigger = trigger.rstrip()  # "고문한 ": the space the pattern took after the adnominal form
    return bool(_ACTIVE.search(trigger)) and not _PASSIVE.search(trigger)


def marked(text: str, end: int) -> str | None:
    """How the mention ending at ``end`` is marked: "subject", "object", "possessive" or None."""
    subject, object_, possessive = particles()
    if possessive.match(text, end):
        return "possessive"
    if subject.match(text, end):
        return "subject"
    if object_.match(text, end):
        return "object"
    return None


def persons_in(found: Mentions, start: int, end: int) -> list[tuple[int, int, str]]:
    return [m for m in between(found.persons, start, end) if m[2] not in found.reporters and m[2] not in found.sources]


def witness_of(text: str, sentence: tuple[int, int], found: Mentions, topic: str | None) -> str | None:
    """Who the sentence is attributed to: "X에 따르면" (X), a reporting verb's subject outside the quotation
    (a person, or an organisation when no person speaks), the passage's person when the subject is left out."""
    start, end = sentence
    quotations = [(s + start, e + start) for s, e in double_quoted(text, start, end)]
    according = _according()
    sources = sorted(between(found.persons, start, end) + between(found.organizations, start, end))
    for match in according.finditer(text, start, end):
        before = [m for m in sources if start <= m[0] and m[1] <= match.start() and match.start() - m[1] <= 24]
        if before and before[-1][2] not in found.reporters:
            persons = [m for m in before if m[2].startswith("p") and match.start() - m[1] <= 24]
            return (persons[-1] if persons else before[-1])[2]
    if not reporting_pattern().search(text, start, end):
        return None
    speakers = [
        m for m in sources if start <= m[0] < end and not inside(m[0], quotations) and m[2] not in found.reporters
    ]
    for mention in speakers:
        if marked(text, mention[1]) == "subject":
            return mention[2]
    for mention in speakers:
        if marked(text, mention[1]) != "possessive":
            return mention[2]
    return topic


@cache
def _according() -> re.Pattern[str]:
    """ "X에 따르면", "X에 의하면": X is the source of the sentence."""
    return re.compile(rules()["according_to"])


@cache
def _source_after() -> re.Pattern[str]:
    """ "장세율 전국탈북민연합회 상임대표에 따르면": the person is the source, not a participant."""
    return re.compile(rf"[^\s]*(?:\s[^\s]+){{0,2}}?\s?(?:{rules()['according_to']})")


def double_quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[\"“][^\"“”]*[\"”]", text[start:end])]


def participants(
    text: str,
    result: Extraction,
    found: Mentions,
    clause: Clause,
    trigger: tuple[int, int, str],
    roles: tuple[str, str],
    context: tuple[str | None, bool, bool],
    doer_after: bool = False,
) -> list[tuple[str, str]]:
    """(entity id, role) of the event (:func:`_participants`); persons said together in one word (a couple,
    "50대 부부") take part together. ``doer_after``: an adnominal trigger describes its doer (relative_heads.py:
    "자신을 고문한 보위원"), so the persons before it are the ones it befell, none its doer."""
    out = _participants(text, result, found, clause, trigger, roles, context, doer_after)
    from .event_ages import aged_others

    aged = aged_others(text, found, clause, trigger[0])
    out = [(pid, role) for pid, role in out if pid not in aged]
    if doer_after:
        out = [(pid, role) for pid, role in out if role != roles[0] or roles[0] == roles[1]]
    for pid, role in list(out):
        for partner in found.partners.get(pid, ()):
            if (partner, role) not in out:
                out.append((partner, role))
    return out


def _participants(
    text: str,
    result: Extraction,
    found: Mentions,
    clause: Clause,
    trigger: tuple[int, int, str],
    roles: tuple[str, str],
    context: tuple[str | None, bool, bool],
    doer_after: bool,
) -> list[tuple[str, str]]:
    """(entity id, role) of the event: relatives, persons of the clause, or the passage's person.

    ``context`` is (the passage's person, whether the clause counts people, whether the trigger is adnominal:
    "귀순한 북한군 병사 오청성씨가" names its subject after the trigger)."""
    start, end, keyword = trigger
    topic, counted, adnominal = context
    subject_role, object_role = roles
    active = is_active(keyword) and subject_role != object_role
    owners_all = [m for m in persons_in(found, clause.start, end) if not _source_after().match(text, m[1])]
    here = [m for m in owners_all if marked(text, m[1]) != "possessive"]
    # an active relative clause: its doer is its head or its subject inside it, never the topic (but a fact's
    # clause has no gap: "어머니를 고발했던 일을 털어놨다", the topic did it)
    relative = adnominal and active and _head_noun("relative_facts").match(text, end) is None
    setting = adnominal and setting_head(text, end)  # "체포한 날을": a time or place, no one described
    role_less = role_less_head(text, end) if adnominal else None
    if role_less == "things":  # "도망친 개를": the animal or thing did or underwent it, no person
        return []
    if role_less == "cases":  # "한바다 씨는 체포된 사건을": the topic is outside the clause, the case has no gap
        topic, setting = None, True
    kin = kin_in(text, clause.start, start) or kin_in(text, start, end, own=True)  # "아들을 남겨두고"
    if adnominal:  # "체포된 열다섯 살 아들이": the relative the trigger describes is its subject, not a
        # relative before it that is the object of the same relative clause ("아들을 남겨두고 탈출한 남동생이")
        kin = described_relative(text, end, clause.end) or kin
    if kin is not None and not active and _sought(text, kin):
        kin = None  # "어머니를 찾아 강을 건넜다": the relative sought, not the one who crossed
    if kin is not None and any(
        pid in found.story and e > kin[2] for _s, e, pid in between(found.persons, max(0, kin[2] - 12), kin[2] + 1)
    ):
        kin = None  # a person of the story known by kinship (.story): a participant like a named one
    # "체포된 남성은 한바다 씨의 …": a word for people with its particle is the noun described, no person after it
    word = people_word().match(text, end + 1 if text[end : end + 1] == " " else end) if adnominal else None
    noun = word is not None and word["particle"] is not None
    described = adnominal and not doer_after and not noun and not setting
    head = persons_in(found, end, min(end + 16, clause.end))[:1] if described else []
    if head and not re.search(r"[다고며서]\s", text[end : head[0][0]]) and (kin is None or kin[2] < end):
        # the person an adnominal trigger describes is its participant, not the clause's subject before it
        # ("부부는 … 먼저 탈출한 남동생이 …": the brother escaped) nor a relative that is its object
        here, kin = conjoined(text, found, head, clause.end), None
    elif not here and described:
        here = conjoined(text, found, persons_in(found, end, min(end + 16, clause.end))[:1], clause.end)
        if not here and kin is None and clause.focus is None:
            topic = None  # "귀순한 북한군은": the noun after the trigger is its subject, not the passage's person
    out: list[tuple[str, str]] = []
    if kin is not None:
        words, particle, kin_start = kin
        owners = [m for m in owners_all if m[1] <= kin_start]
        anchor = owners[-1][2] if owners else (here[0][2] if here else topic)
        if not owners and not here and anchor is not None:
            anchor = owner_of_same_kind(result, anchor, words)
        if anchor is not None:
            sentence = text[clause.sentence_start : clause.sentence_end]
            evidence = Evidence(clause.sentence_start, clause.sentence_end, sentence.strip())
            titled = _titled(text, found, words[-1][1].end)
            # "남편 윤대호 씨가": the kinship word is the title of the name after it, not another person
            ids = [titled] if titled is not None else relatives(result, anchor, words, evidence)
            together = _together(text, particle, words[-1][1].end) or (
                titled is not None and _titled_together(text, found, words[-1][1].end)  # "아들 서도윤군과 함께"
            )
            if together:  # "아들과 함께 체포됐다": both, in one role
                # the role the one they belong to has: "경찰은 김씨를 딸과 함께 체포했다" arrests both (김씨를: object)
                said = marked(text, owners[-1][1]) if owners else None
                role = subject_role if active and said in (None, "subject") else object_role
                return [(anchor, role), *((i, role) for i in ids if i != anchor)]
            # "김씨는 아들을 …": not "김씨의 아들을 …", whose owner is no doer, nor "김씨는 경찰이 아들을 …" (a
            # subject of its own between), nor the topic of a relative clause ("김씨는 아들을 체포한 날을 …")
            other = owners and (
                _subject_between(text, found, owners[-1][1], kin_start)
                or _agent_subject(text, owners[-1][1], kin_start)
            )
            doer = not owners or (marked(text, owners[-1][1]) != "possessive" and not other)
            if relative:
                doer = bool(owners) and own_subject(text, owners[-1][1]) and not other
            if active and particle in ("을", "를") and doer:
                out.append((anchor, subject_role))
            out.extend((i, object_role) for i in ids)
            return out
    if not here:
        groups = between(found.groups, clause.start, start)
        if not groups and adnominal:  # "송환된 108명의 북한 해외 노동자들이"
            groups = between(found.groups, end, min(end + 24, clause.end))[:1]
        if groups:
            return [(groups[-1][2], object_role)]
        return [(topic, object_role)] if topic is not None and not counted else []
    outer = _reflexive_antecedent(text, found, clause, (start, adnominal), here) if active else None
    for _s, e, pid in here:
        if outer is not None and pid == outer[0] and not outer[1]:
            continue  # "김민수 씨는 보위원들이 그를 고문했다고 말했다" after his son is named: 그 may be the son
        self_object = outer is not None and pid == outer[0]
        if (relative or role_less) and topic_marked(text, e) and not self_object:
            continue  # "한바다 씨는 김민수 씨를 체포한 날을 기억했다": the topic is outside the relative clause
        role = subject_role if active and marked(text, e) == "subject" and not self_object else object_role
        if (pid, role) not in out:
            out.append((pid, role))
    return out


@cache
def _reflexive() -> re.Pattern[str]:
    words = "|".join(map(re.escape, rules()["reflexives"] + rules()["outer_pronouns"]))
    return re.compile(rf"(?<![가-힣])(?:{words})(?:을|를)(?![가-힣])")


def _reflexive_antecedent(
    text: str, found: Mentions, clause: Clause, trigger: tuple[int, bool], here: list[tuple[int, int, str]]
) -> tuple[str, bool] | None:
    """The person a reflexive object (자신을) of an active trigger means, when that is not the trigger's own
    subject: "한바다 씨는 보위원들이 자신을 고문했다고 주장했다" (another subject, 보위원들이, stands between),
    "한바다 씨는 자신을 고문한 보위원을 만났다" (the trigger describes the noun after it, its doer) — the
    person marked as subject before the reflexive, who is then its object; with no subject between the last one
    and the reflexive, the one before ("김민수 씨는 한바다 씨가 그를 고문했다고 증언했다": 한바다 the doer). So is a
    personal pronoun (``outer_pronouns``: "북한 당국이 그를 고문했다고 주장했다") — surely (the second of the
    pair), under a subject of its own, only when no other person is named in its sentence or the one before (a
    son named: 그 may be him)."""
    start, adnominal = trigger
    reflexive = [m for m in _reflexive().finditer(text, clause.start, start)]
    if not reflexive:
        return None
    at = reflexive[-1].start()
    subjects = [m for m in here if m[1] <= at and marked(text, m[1]) == "subject"]
    if len(subjects) > 1 and not adnominal and not _subject_between(text, found, subjects[-1][1], at):
        subjects.pop()  # "김민수 씨는 한바다 씨가 그를 …": 한바다 is the clause's own subject, 그 the one before
    if not subjects:
        return None
    outer = subjects[-1]
    if not (_subject_between(text, found, outer[1], at) or adnominal or _agent_subject(text, outer[1], at)):
        return None
    pronoun = reflexive[-1].group(0)[:-1] not in rules()["reflexives"]
    surely = not pronoun or adnominal or not _others_named(text, found, outer, (clause.sentence_start, at))
    return outer[2], surely


def _subject_between(text: str, found: Mentions, start: int, end: int) -> bool:
    others = between(found.persons, start, end) + between(found.groups, start, end)
    return any(marked(text, e) == "subject" or _PLURAL_SUBJECT.match(text, e) for _s, e, _p in others)


def _others_named(text: str, found: Mentions, outer: tuple[int, int, str], span: tuple[int, int]) -> bool:
    """Whether a person other than ``outer`` (or the subject of the pronoun's own clause, after ``outer``) is named
    in the sentence span[0]..span[1] or the sentence before, by name or by a kinship word."""
    size = span[0]  # the text before the sentence, without its trailing spaces (no copy of it)
    while size > 0 and text[size - 1].isspace():
        size -= 1
    begin = max(text.rfind(mark, 0, size - 1) for mark in ".!?\n") + 1 if size else span[0]
    named = [
        m
        for m in persons_in(found, begin, span[1])
        if m[2] != outer[2] and not (m[0] > outer[1] and marked(text, m[1]) == "subject")
    ]
    later = kin_in(text, outer[1], span[1])  # a relative after the subject not itself a subject: "아들을 두고 …"
    kin = kin_in(text, begin, outer[0]) is not None or (later is not None and later[1] in ("을", "를", "의"))
    return bool(named) or kin


@cache
def _agent_subject_pattern() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, sorted(rules()["state_agents"], key=len, reverse=True)))
    return re.compile(rf"(?<![가-힣])(?:{nouns})(?:들)?(?:이|가)(?![가-힣])")


def _agent_subject(text: str, start: int, end: int) -> bool:
    """Whether an organ of a state is a subject in start..end ("보위원들이"): made a doer after the persons."""
    return _agent_subject_pattern().search(text, start, end) is not None


def _together(text: str, particle: str | None, end: int) -> bool:
    """ "딸과 함께", "아들과 같이": the relatives with the one they belong to (the comitative), who takes part too."""
    return particle in ("와", "과") and _comitative().match(text, end) is not None


def _titled_together(text: str, found: Mentions, end: int) -> bool:
    """Whether the name titled by a kinship word ending at ``end`` is followed by the comitative, past its
    honorific and age: "아들 서도윤(15)군과 함께"."""
    named = [e for start, e, _p in persons_in(found, end, end + 2) if not text[end:start].strip()]
    words = "|".join(rules()["comitative"])
    together = rf"(?:{_title_gap()})?[와과]\s?(?:{words})(?![가-힣])"
    return bool(named) and re.match(together, text[named[0] :]) is not None


@cache
def _comitative() -> re.Pattern[str]:
    words = "|".join(rules()["comitative"])
    return re.compile(rf"[와과]\s?(?:{words})(?![가-힣])")


def _titled(text: str, found: Mentions, end: int) -> str | None:
    """The person whose name starts right after ``end`` (a space at most between them), if any."""
    return next((pid for start, _e, pid in persons_in(found, end, end + 2) if not text[end:start].strip()), None)


def conjoined(text: str, found: Mentions, first: list[tuple[int, int, str]], limit: int) -> list[tuple[int, int, str]]:
    """The persons listed with the first one: "50대 부부와 10대의 미성년 학생", "A 씨와 B 씨"."""
    out = list(first)
    while out:
        join = re.match(r"\s?(?:씨)?(?:와|과|및|,)\s?", text[out[-1][1] : limit])
        if join is None:
            break
        at = out[-1][1] + join.end()
        following = [m for m in persons_in(found, at, at + 1) if m not in out]
        if not following:
            break
        out.append(following[0])
    return out
