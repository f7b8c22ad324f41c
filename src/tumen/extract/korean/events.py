"""Korean events: a trigger from ``data/events.yaml`` and what its clause says — participants, time, clock,
place, count of people, age at the event, and what the sentence corrects ("13살이 아닌 20살 때")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from typing import Any

from tumen.extract import sentence_events, testimony
from tumen.extract.age_dates import AGE_ATTRIBUTES
from tumen.extract.types import Event, Evidence, Extraction, Participant, Span
from tumen.model import Interval

from . import details
from .agents import doers
from .claims import Teller, charge_of, claimant, reported, teller
from .conditions import fits_subject, in_context, last_of_chains, without_custody_places
from .custody import detentions_before_release
from .deeds import charged_with, paying_organisations, titled, with_person_object
from .event_ages import victim_age
from .event_context import Found, found_in
from .event_places import place_of
from .event_times import after_so_long, dates_for_clock_times, enumerated_times, time_during, times_of
from .kin_phrases import kin_in, kin_topic, parted_from
from .mentions import Mentions
from .modality import modality_of, settle_attempts
from .owned import owned_subject, owner_types
from .participants import (
    conjoined,
    is_active,
    outside_topic,
    participants,
    persons_in,
    role_less_head,
    witness_of,
)
from .relative_heads import described_undergoers, identified_head, relative_doer
from .since import since_times, since_triggers, told_before
from .story_time import narrative, narrative_at, of_a_kind, set_reference, told_dates
from .tallies import habitual_tallies, tallied
from .text import Clause, between, clause_of, sentences
from .topics import continued_topic, hearer, kin_of_continued, subject_before, these_people
from .trade import askers, recipients
from .undergone import undergoers
from .vocabulary import Trigger, adnominal_ending, event_patterns, heard_pattern, hearsay_pattern, korean_events, rules

_AFTER_TRIGGER_TIME = re.compile(r"[가-힣]{0,2}\s(?:뒤|후|다음|직후|이후|때|무렵|전)(?![가-힣])")
_WORD_END = re.compile(r"[^가-힣]")
_STATE = re.compile(r"\s?있(?:다|는|었다|습니다)")
# Objects that make 고발/위협 not about a person: "실태를 고발한" (exposed the conditions).
_PERSON_OBJECT_TYPES = ("denunciation", "threat")


def find_events(text: str, result: Extraction, mentions: Mentions, anchor: date | None) -> None:
    found = found_in(text, result, mentions, anchor)
    topic: str | None = None
    head: tuple[str, ...] | None = None  # the relatives a kinship topic names, continued by a subject left out
    for s_start, s_end in sentences(text):
        here = persons_in(mentions, s_start, s_end)
        lists: list[list[str]] = [
            ids for m in here if len(ids := [p for _s, _e, p in conjoined(text, mentions, [m], s_end)]) > 1
        ]
        if lists:
            longest = max(lists, key=lambda ids: len(ids))
            found.parties.append((s_start, list(dict.fromkeys(longest))))
    for sentence in sentences(text):
        s_start, s_end = sentence
        witness = witness_of(text, sentence, mentions, topic)
        hearsay = bool(hearsay_pattern().search(text, s_start, s_end))
        if witness is None and heard_pattern().search(text, s_start, s_end):
            witness = hearer(text, found, sentence) or topic  # "… 소식을 들은 뒤부터다"
        seen: set[tuple[str, int]] = set()
        # "체포된 사람은 한바다 씨였다": a word for people a copula identifies tells of someone, not of a kind
        identified = partial(identified_head, text, result, mentions, end=s_end, topic=topic)
        # "중국에서 붙잡힌 여성들은 대부분 북송된다": a present statement of a kind tells of no event
        if of_a_kind(text, sentence):
            spans = [
                (m.start(), m.end(), t)
                for m, t, _r, how in _triggers(text, sentence, identified)
                if how.trigger.noun is None and _about_a_person(text, mentions, t, m)
            ]
            habitual_tallies(text, result, mentions, sentence, spans, witness)
            triggers = []
        else:
            triggers = _triggers(text, sentence, identified)
        found.told[:] = told_dates(text, found, sentence, [m.start() for m, _t, _r, _h in triggers])
        for match, event_type, roles, how in triggers:
            clause = clause_of(text, sentence, (match.start(), match.end()))
            if (event_type, clause.start) in seen or not _about_a_person(text, mentions, event_type, match):
                continue
            if tallied(text, result, mentions, sentence, (match.start(), match.end(), event_type), witness):
                continue  # "입국한 탈북민은 3만 명이 넘는다": a statistic, an aggregate (tallies)
            if how.trigger.narrative and not narrative_at(text, found, sentence, (match.start(), match.end())):
                continue  # "매년 수천 명이 탈북한다": a present statement of a kind, no event ("2015년 탈북한다": one)
            if titled(text, mentions, match) or not with_person_object(
                text, mentions, event_type, (clause.start, match.start()), match.group(0)
            ):
                continue  # "통일부 고문", "고문을 했다" (was an adviser): no deed
            seen.add((event_type, clause.start))
            # "선양에서 체포된 아들이 북한으로 송환됐다": what comes before an earlier trigger is that event's
            earlier = [m.end() for m, _t, _r, _h in triggers if clause.start <= m.end() <= match.start()]
            floor = max(earlier, default=clause.start)
            # "이 씨는 … 체포됐고, … 풀려났다": a later clause with no subject shares the sentence's
            subject = subject_before(text, found, s_start, clause.start)
            # "한바다 씨의 아들은 2015년 탈북했고, 중국에서 붙잡혔다": a kinship topic continued is the son (kin_topic)
            continued = None if subject else kin_topic(text, result, s_start, clause.start) or head
            said = (witness, hearsay, subject or topic, continued)
            _add_events(text, result, found, clause, (match, event_type, roles, how), said, floor)
        here = persons_in(mentions, s_start, s_end)
        if here:
            topic = here[-1][2]
        # a subject left out continues the topic: of "한바다 씨의 아들은 …", the son (the head of the phrase); the
        # passage's person (``topic``) stays the one a bare kinship word belongs to ("딸은": 한바다's daughter)
        if (kin := kin_topic(text, result, s_start, s_end)) is not None:
            head = kin
        elif here:
            head = None  # a person named: the topic now
        set_reference(text, found, sentence)
        settle_attempts(text, result.events, sentence)
    dates_for_clock_times(result)
    sentence_events.detentions(result.events, [t for t in found.times if t.kind == "DURATION"], found.anchor)
    detentions_before_release(text, result)
    for number, event in enumerate(result.events, 1):
        event.id = f"e{number}"  # the detentions a term implies among the others: all numbered in order, as in English


def _triggers(
    text: str, sentence: tuple[int, int], identified: Callable[[int], bool]
) -> list[tuple[re.Match[str], str, tuple[str, str], _How]]:
    """The sentence's triggers in order, each with its modality and whether its clause's amount is its price;
    negated, unreal and generic ones are left out (:mod:`.modality`) — but not one whose generic head is a word
    for people ``identified`` (from the trigger's end) says who it is."""
    start, end = sentence
    found = []
    for trigger in [*event_patterns(), *since_triggers()]:
        for match in trigger.pattern.finditer(text, start, end):
            told = teller(text, match.end(), end)  # the charge or claim its complement is told by, if any
            if not in_context(text, trigger, sentence, match):
                continue  # "범행 후 도망갔다": no flight told (conditions.py)
            modality = modality_of(text, match, trigger, end, told, identified)
            # its modality unclaimed, if a verb of claiming says it: the claimant's testimony if it befell them
            own = modality_of(text, match, trigger, end, None, identified) if told is not None and told.spoken else None
            if modality is not None:
                roles = (trigger.subject_role, trigger.object_role)
                how = _How(modality, told, own, trigger)
                found.append((match, trigger.type, roles, how))
    found.sort(key=lambda item: item[0].start())
    return last_of_chains(text, found)


@dataclass(frozen=True)
class _How:
    """How a trigger tells its event: its modality, the charge or claim its complement is told by, its modality as
    its claimant's own account (:mod:`tumen.extract.testimony`), and the trigger itself (its ``noun``: a deed told
    by its noun, "suffered" 고문에 시달렸다, "after" 고문 끝에; ``priced``; ``narrative``: a historical present)."""

    modality: str
    told: Teller | None
    own: str | None
    trigger: Trigger


def _about_a_person(text: str, mentions: Mentions, event_type: str, match: re.Match[str]) -> bool:
    if event_type not in _PERSON_OBJECT_TYPES:
        return True
    before = re.search(r"(\S+?)(?:을|를)\s?$", text[max(0, match.start() - 20) : match.start()])
    if before is None:
        return True
    position = match.start() - len(before.group(0))
    if kin_in(text, position, match.start()):
        return True
    return bool(between(mentions.persons, position, match.start()))


def _add_events(
    text: str,
    result: Extraction,
    found: Found,
    clause: Clause,
    trigger: tuple[re.Match[str], str, tuple[str, str], _How],
    said: tuple[str | None, bool, str | None, tuple[str, ...] | None],
    floor: int,
) -> None:
    match, event_type, roles, how = trigger
    noun = how.trigger.noun  # a deed told by its noun: "suffered" (고문에 시달렸다), "after", "since"
    witness, hearsay, topic, continued = said
    start, end = match.start(), match.end()
    # "체포된 아들이": the noun after the trigger is its participant — not "받은 뒤" (after), a time
    # (a trigger may end in its own adnominal ending and the space after it: "탈출한 ")
    last = end - 2 if text[end - 1].isspace() else end - 1
    adnominal = bool(_adnominal().match(text, last)) and not _AFTER_TRIGGER_TIME.match(text, last + 1)
    charge = charge_of(how.told)  # "고문한 혐의로": the noun after it is the charge, no participant
    # "탈북한 지 10년": a since-noun's -한 is its link to the span, describing no one (the passage's person is its own)
    adnominal = adnominal and charge is None and noun != "since"
    described = end  # where the noun an adnominal trigger describes starts
    chained = None if adnominal or charge is not None else _chained_to(text, start, end)
    if chained is not None:  # "붙잡혀 북송된 아들은": the noun the adnominal verb after it describes
        adnominal, described = True, chained
    counts = details.counts(text, clause.start, start)
    if not counts and adnominal:
        counts = details.counts(text, described, min(clause.end, described + 24))[:1]  # "송환된 108명의 노동자들"
    counted = bool(counts) or bool(details.vague_count(text, clause.start, clause.end))
    doer: str | None = None
    if noun not in (None, "since"):  # "고문에 못 이겨", "고문 끝에 숨진 한바다 씨": who underwent it (undergone.py)
        context = (topic, counted, noun == "after")
        who = undergoers(text, result, found.mentions, clause, (start, end, match.group(0)), roles, context)
    else:  # "한바다 씨의 아들은 탈북하면서 어머니와 헤어졌다": the relative is the continued topic's (the son's)
        owner = continued[0] if continued and kin_of_continued(text, found, clause, continued) else topic
        context = (owner, counted, adnominal)
        said_as = (start, described, match.group(0))
        # "자신을 고문한 보위원": the noun the trigger describes did it, the object before it underwent it
        doer = relative_doer(text, result, found.mentions, clause, said_as, adnominal) if roles[0] != roles[1] else None
        who = participants(text, result, found.mentions, clause, said_as, roles, context, doer is not None)
        who += [(doer, roles[0])] if doer is not None else []
        passive = roles[0] == roles[1] or not is_active(match.group(0))
        # "한바다 씨의 집이 압수수색됐다": a thing owned its subject — its owner, if the type allows, or no one
        owned = owned_subject(text, found.mentions, clause, start, topic) if passive and not adnominal else None
        if owned is not None:
            who = [(owned[0], roles[1])] if owned[0] is not None and event_type in owner_types() else []
        # not "인신매매된 여성들은 …한다": a kind (the sentence's tense read last, as the costliest test)
        if (
            adnominal
            and doer is None
            and passive
            and narrative(text, found, (clause.sentence_start, clause.sentence_end))
        ):
            # "체포된 남성은": the man the passive trigger describes underwent it (relative_heads.py)
            described_ones = described_undergoers(text, result, found.mentions, clause, described, topic)
            who = [(p, roles[1]) for p in described_ones] or who
    if continued is not None and not counted:
        who = continued_topic(text, found, clause, (topic, continued), who, roles[1])
    who = these_people(text, found, clause, (start, end, topic), who, roles[1])
    if reported(text, end, clause.sentence_end):  # "한바다 씨는 김민수 씨가 체포됐다고 주장했다": not the claimant
        undergoer = roles[1] if roles[0] == roles[1] or not is_active(match.group(0)) else None
        who = outside_topic(text, found.mentions, clause, start, who, undergoer)
    if noun == "since" and told_before(result, event_type, who):
        return  # "2010년 탈북했다. … 탈북 10년 만에": the span counts from the event told
    if event_type == "payment" and how.modality == "demanded":  # the one who asks is to be paid
        asked = [(p, r) for p, r in who if result.entity(p).anchor is None]  # not "아들을 데려오는 비용"
        who = [(p, "recipient" if r == "payer" else "payer") for p, r in asked]
        who += [(p, "recipient") for p in askers(text, result, clause, start) if (p, "recipient") not in who]
    elif event_type == "payment":
        paid = recipients(text, result, found.mentions, clause, end)  # "브로커에게": the one paid
        payers = paying_organisations(text, found.mentions, clause, start) or [
            (p, "payer") for p, _r in who if p not in paid
        ]
        who = payers + [(p, "recipient") for p in paid]
    if charge is not None and roles[0] != roles[1]:  # "… 혐의로 김민수 씨를 기소했다": the one charged did it
        who += [
            (p, roles[0]) for p in charged_with(text, found.mentions, clause, charge.end()) if (p, roles[0]) not in who
        ]
    elif roles[0] == "perpetrator" != roles[1] and doer is None:  # "중국 공안에 붙잡혀"
        doing = doers(text, result, found.mentions, clause, (start, end, match.group(0)), floor)
        who += [(d, roles[0]) for d in doing if (d, roles[0]) not in who]
    if event_type in rules()["separations"]:  # "아들과 헤어진": the son, and the one parted from him
        who = parted_from(text, result, who, roles, (start, end, clause.sentence_start, clause.sentence_end))
    who = without_custody_places(result, who)
    if not fits_subject(text, result, clause, (start, how.trigger), who):
        return  # "주도권이 중국으로 넘어갔다", "편지는 한국에 도착했다": no one of the kind it befalls
    if not who and adnominal and role_less_head(text, described):
        return  # "도망친 개를 찾았다", "체포된 사건을 조사했다": a thing or a case, no one it befell told
    modality = how.modality
    if how.own is not None:  # "한바다 씨는 구금 중 구타당했다고 주장했다": her testimony, told with her as witness
        sources = sorted(p for p in found.mentions.persons + found.mentions.organizations if p[0] not in found.quoted)
        said_by = claimant(text, sources, clause.sentence_start, start, topic)
        if testimony.own_account(said_by, who):
            modality, witness = how.own, said_by
    attributes: dict[str, Any] = {"hearsay": True} if hearsay else {}
    place, earlier_place = place_of(text, result, found, clause, (start, end), event_type, floor)
    if earlier_place is not None:
        attributes["earlier_account"] = {"place": earlier_place}
    victim_age(text, clause, (start, found.mentions), attributes)
    if event_type == "sentencing":  # "노동교화형 2년을 선고받았다": its term, and the detention it implies
        near = found.times_in(clause.start, min(clause.sentence_end, end + 8))  # "징역 1년| 6개월을"
        if (value := details.term(text, [t for t in near if t.kind == "DURATION"])) is not None:
            attributes["duration"] = value
    times = since_times(text, found, clause, (start, end)) if noun == "since" else times_of(text, found, clause, start)
    clock = next((told for t in reversed(times) if (told := details.clock(text, t))), None)
    if clock is not None:
        attributes["clock"], hedged = clock
        if hedged:
            attributes["clock_approximate"] = True
    times, so_long = (
        after_so_long(text, result, times, {p for p, _ in who}, (clause.start, start), found.anchor)
        if noun != "since"
        else (times, True)
    )  # "탈북 3년 만에"; an event since which a span is told: no story time
    dated = [t for t in times if t.interval is not None]
    during = None if dated else time_during(text, result, clause, start)
    if during is None and not dated and found.anchor is not None and _STATE.match(text, end):
        during = Interval(found.anchor, found.anchor, "day")  # "갇혀 있다": held when the text was written
    basis = "stated" if dated else ("publication" if during is not None else None)
    aged = any(a in attributes for a in AGE_ATTRIBUTES)
    if during is None and not dated and not so_long and found.reference and who and not aged:
        # story time: the date the narrative told last (of someone; an age at the event dates it instead)
        dated = list(found.reference)
        basis = "inherited"
    amounts = found.amounts_in(result, clause.sentence_start, clause.sentence_end)
    priced = [a for a in amounts if clause.start <= a.start < clause.end] or amounts
    amount = priced[0] if priced and (event_type == "payment" or how.trigger.priced) else None
    sentence = text[clause.sentence_start : clause.sentence_end]
    enumerated = enumerated_times(text, found, clause, start)
    if not who and not counted and not dated and during is None and place is None:
        return  # no one, no number, no time, no place: no specific event ("탈북하다 …" in a headline)
    for time, count in enumerated or [(dated[-1] if dated else None, counts[-1] if counts else None)]:
        interval = time.interval if time else during
        if time is not None and interval is not None:
            interval = details.after_then(text, time, start, found.anchor) or interval
        event_attributes = dict(attributes)
        if count is not None:
            event_attributes["count"], event_attributes["count_qualifier"] = count.number, count.qualifier
        result.events.append(
            Event(
                id=f"e{len(result.events) + 1}",
                type=event_type,
                trigger=Span(start, end, match.group(0)),
                participants=[Participant(entity, role) for entity, role in who],
                time=interval,
                time_span=Span(time.start, time.end, time.text) if time else None,
                place=place,
                amount=amount.money if amount else None,
                amount_span=Span(amount.start, amount.end, amount.text) if amount else None,
                attributes=event_attributes,
                evidence=[Evidence(clause.sentence_start, clause.sentence_end, sentence.strip(), witness, hearsay)],
                time_basis=basis if interval is not None else None,
                time_evidence=Span(time.start, time.end, time.text) if time else None,
                modality=modality,
            )
        )


@cache
def _chain_adverb() -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(korean_events()['chain_adverbs'])})\s")


def _chained_to(text: str, start: int, end: int) -> int | None:
    """Where the adnominal verb right after a trigger's -아/어 word (``chain_endings``) ends: "붙잡혀 북송된 "."""
    gap = _WORD_END.search(text, end)
    word_end = gap.start() if gap is not None else len(text)
    if not text[start:word_end].endswith(tuple(korean_events()["chain_endings"])):
        return None
    if text[word_end : word_end + 1] != " ":
        return None
    after = _adnominal().match(text, word_end + 1)  # "체포돼 강제 송환된 ": an adverb may come between
    skipped = _chain_adverb().match(text, word_end + 1)
    after = after or (_adnominal().match(text, skipped.end()) if skipped else None)
    if after is None or _AFTER_TRIGGER_TIME.match(text, after.end() - 1):  # "붙잡혀 북송된 뒤": a time
        return None
    return after.end()


@cache
def _adnominal() -> re.Pattern[str]:
    """A trigger's adnominal ending (``adnominal_endings``) and the space after it, not a quoting 다는/라는
    ("체포된 ", "고문당한 ", "갇혀 있던 ")."""
    return re.compile(rf"[가-힣]*(?<![다라냐])(?:{adnominal_ending()})\s|[가-힣]*\s있(?:던|는)\s")
