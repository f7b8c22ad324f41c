"""Human-rights events in English text: triggers from the vocabulary (``data/events.yaml``),
participants and roles from the dependency parse, and modality.

Negated ("did not intend to defect"), hypothetical ("If you give me 20 million won")
and irrealis ("I'll bring your son back", "threatened to deport") triggers are not
events; "tried to cross" is an event with ``attempt``; "failed to cross" one with
``success: false``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from tumen.extract.attribution import Attributions
from tumen.extract.coref import Coref
from tumen.extract.entities import Grouping
from tumen.extract.types import AmountMention, Event, Evidence, Participant, Span, TimeMention
from tumen.extract.vocab import load
from tumen.model import Interval

PLACE_PREPOSITIONS = ("in", "at", "to", "into", "from", "across", "near", "inside", "outside", "on")


@dataclass(frozen=True)
class Trigger:
    type: str
    requires: str | None
    kind: str  # verb | noun


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, list[Trigger]]
    phrases: dict[tuple[str, str], Trigger]
    nouns: dict[str, Trigger]
    roles: dict[str, tuple[str, str]]  # type -> (subject role, object role)


@cache
def lexicon() -> Lexicon:
    data = load("events.yaml")["types"]
    verbs: dict[str, list[Trigger]] = {}
    phrases: dict[tuple[str, str], Trigger] = {}
    nouns: dict[str, Trigger] = {}
    roles: dict[str, tuple[str, str]] = {}
    for name, spec in data.items():
        roles[name] = (spec["subject_role"], spec["object_role"])
        for lemma, options in (spec.get("verbs") or {}).items():
            verbs.setdefault(lemma, []).append(Trigger(name, (options or {}).get("requires"), "verb"))
        for phrase, options in (spec.get("phrases") or {}).items():
            head, _space, particle = phrase.partition(" ")
            phrases[(head, particle)] = Trigger(name, (options or {}).get("requires"), "verb")
        for noun in spec.get("nouns") or []:
            nouns.setdefault(noun, Trigger(name, None, "noun"))
    return Lexicon(verbs, phrases, nouns, roles)


@cache
def _places() -> dict[str, frozenset[str]]:
    data = load("events.yaml")["places"]
    return {key: frozenset(v.lower() for v in values) for key, values in data.items()}


@cache
def _modality() -> dict[str, frozenset[str]]:
    data = load("events.yaml")["modality"]
    return {key: frozenset(str(v).lower() for v in values) for key, values in data.items()}


QUALIFIERS = {
    "more than": "more than",
    "over": "more than",
    "as many as": "up to",
    "up to": "up to",
    "at least": "at least",
    "about": "about",
    "around": "about",
    "nearly": "about",
    "almost": "about",
    "some": "about",
    "roughly": "about",
    "approximately": "about",
    "fewer than": "less than",
    "less than": "less than",
    "under": "less than",
}


def _count(noun: Any) -> tuple[int, str | None] | None:
    """How many people a group noun counts, and how exactly: "as many as 600 refugees" -> (600, "up to")."""
    for child in noun.children:
        if child.dep_ == "nummod" and child.pos_ == "NUM":
            digits = child.text.replace(",", "")
            if not digits.isdigit():
                return None
            before = " ".join(t.lower_ for t in child.doc[max(0, child.i - 3) : child.i])
            qualifier = next((q for words, q in QUALIFIERS.items() if before.endswith(words)), None)
            return int(digits), qualifier
    return None


def _purpose(verb: Any) -> bool:
    """An infinitive of purpose or plan: "(in order) to arrange", not a tried or forced one."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "acl", "relcl"):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


class EventFinder:
    def __init__(
        self,
        doc: Any,
        grouping: Grouping,
        coref: Coref,
        attributions: Attributions,
        times: list[TimeMention],
        amounts: list[AmountMention],
        anchor: date | None = None,
    ) -> None:
        self.anchor = anchor
        self.doc = doc
        self.g = grouping
        self.coref = coref
        self.attributions = attributions
        self.times = [t for t in times if t.kind in ("DATE", "TIME") and t.interval is not None]
        self.durations = [t for t in times if t.kind == "DURATION"]
        self.amounts = amounts
        self.lex = lexicon()
        self.events: list[Event] = []
        self.counts: dict[int, tuple[int, str | None]] = {}

    # -- entity look-ups -------------------------------------------------------------------
    def entity(self, token: Any) -> str | None:
        if token.i in self.coref.tokens:
            return self.coref.tokens[token.i]
        if token.lower_ in ("it", "its", "we", "our", "us"):  # an organisation speaking of itself
            witness = self.attributions.of(token).witness
            if witness is not None and self.g.by_id(witness).kind == "organization":
                return witness
        return self.g.entity_at(token.idx, token.idx + len(token.text))

    def entity_in(self, token: Any, kinds: tuple[str, ...] = ("person", "organization", "group")) -> str | None:
        """The entity a phrase refers to: its head first, then persons and organisations in the
        rest of its subtree; a group only as the head ("North Koreans", not "South Korean pastor")."""
        head = self.entity(token)
        if head is not None and self.g.by_id(head).kind in kinds:
            return head
        ordered = sorted(token.subtree, key=lambda t: abs(t.i - token.i))
        for wanted in [k for k in kinds if k != "group"]:
            for candidate in ordered:
                found = self.entity(candidate)
                if found is not None and self.g.by_id(found).kind == wanted:
                    return found
        return None

    def place_name(self, token: Any) -> tuple[str | None, str]:
        found = self.entity_in(token, ("place",))
        if found is not None:
            return found, (self.g.by_id(found).name or "").lower()
        return None, token.text.lower()

    # -- triggers --------------------------------------------------------------------------
    def triggers(self) -> Iterator[tuple[Any, Trigger]]:
        for token in self.doc:
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB":
                particles = [c.lemma_.lower() for c in token.children if c.dep_ in ("prt", "advmod", "prep")]
                phrase = next((self.lex.phrases[(lemma, p)] for p in particles if (lemma, p) in self.lex.phrases), None)
                if phrase is not None:
                    yield token, phrase
                    continue
                for trigger in self.lex.verbs.get(lemma, []):
                    if self.satisfied(token, trigger.requires):
                        yield token, trigger
                        break
            elif token.pos_ == "NOUN" and lemma in self.lex.nouns:
                yield token, self.lex.nouns[lemma]

    def passive(self, verb: Any) -> bool:
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return True
        has_perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        return verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl", "pcomp", "conj", "xcomp") and not has_perfect

    def present(self, verb: Any) -> bool:
        """A state true at publication: "is being held", "remains in detention"."""
        tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return any(t in ("VBZ", "VBP") for t in tags) and not any(
            c.lemma_ in ("have", "will") for c in verb.children if c.dep_ == "aux"
        )

    def preps(self, verb: Any) -> Iterator[tuple[str, Any]]:
        for child in verb.children:
            if child.dep_ in ("prep", "dative", "agent") or (
                child.dep_ in ("prt", "advmod") and child.lower_ == "back"
            ):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        yield child.lower_, pobj

    def objects(self, verb: Any) -> list[Any]:
        return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative", "attr", "oprd")]

    def satisfied(self, verb: Any, requires: str | None) -> bool:
        if requires is None:
            return True
        places = _places()
        if requires == "passive":
            return self.passive(verb)
        if requires in ("destination", "passive_or_destination"):
            destinations = [self.place_name(o) for p, o in self.preps(verb) if p in ("to", "into")]
            if any(entity_id and name in places["north_korea"] for entity_id, name in destinations):
                return True
            safe = any(entity_id and name in places["safe"] for entity_id, name in destinations)
            forced = any(c.lower_ in ("forcibly", "forcefully", "involuntarily") for c in verb.children)
            return requires == "passive_or_destination" and (self.passive(verb) or forced) and not safe
        if requires == "border":
            targets = [o for _p, o in self.preps(verb)] + self.objects(verb)
            return any(
                self.place_name(t)[0] or any(w in t.text.lower() for w in places["border_words"]) for t in targets
            )
        if requires in ("safe_destination", "third_country"):
            targets = [o for p, o in self.preps(verb) if p in ("in", "to", "into")] + self.objects(verb)
            for target in targets:
                entity_id, name = self.place_name(target)
                if entity_id is None:
                    continue
                safe = name in places["safe"]
                if requires == "safe_destination" and safe:
                    return True
                if requires == "third_country" and not safe and name not in places["north_korea"]:
                    return True
            return False
        if requires == "camp":
            return any(
                any(w in o.text.lower() for w in places["camp_words"])
                or (self.place_name(o)[0] and self.g.by_id(self.place_name(o)[0] or "").place_kind == "camp")
                for p, o in self.preps(verb)
                if p in ("to", "into")
            )
        if requires == "money":
            return self.amount_for(verb) is not None
        if requires == "person_object":
            return any(self.entity_in(o, ("person", "group")) for o in self.objects(verb))
        if requires == "over":
            return any(c.lower_ == "over" for c in verb.children)
        if requires == "duration":
            return any(self._span_in_subtree(d.start, d.end, verb) for d in self.durations)
        return False

    # -- modality ----------------------------------------------------------------------------
    def modality(self, trigger: Any) -> dict[str, Any] | None:
        """Attributes of a real event, or None when the trigger is negated or not real."""
        mod = _modality()
        attributes: dict[str, Any] = {}
        chain = [trigger]
        head = trigger
        while head.dep_ in ("xcomp", "ccomp", "conj", "aux", "advcl") and head.head is not head and len(chain) < 5:
            if head.dep_ in ("ccomp", "advcl") and head.lemma_.lower() not in self.lex.verbs:
                break
            head = head.head
            chain.append(head)
        if trigger.pos_ == "NOUN":  # "the risk of torture", "called for his release", "to arrange his escape"
            node = trigger
            for _ in range(3):
                if node.dep_ not in ("pobj", "prep", "dobj", "compound") or node.head is node:
                    break
                node = node.head
                if node.lemma_.lower() in mod["irrealis_governors"] or _purpose(node):
                    return None
        elif _purpose(trigger):  # "paid a broker to smuggle him out": the purpose, not (yet) an event
            return None
        for advcl in (c for c in trigger.children if c.dep_ == "advcl"):  # "if nobody talks, he disappears"
            if any(m.dep_ == "mark" and m.lower_ in mod["hypothetical_marks"] for m in advcl.children):
                return None
        for link in chain:
            for child in link.children:
                lower = child.lower_
                if child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and lower in ("no", "never")):
                    return None
                if child.dep_ == "mark" and lower in mod["hypothetical_marks"]:
                    return None
                if child.dep_ == "aux" and child.lemma_.lower() in mod["irrealis_governors"]:
                    return None
            if link is trigger:
                continue
            lemma = link.lemma_.lower()
            if lemma in mod["irrealis_governors"]:
                return None
            if lemma in mod["attempt_governors"]:
                attributes["attempt"] = True
            if lemma in mod["failure_governors"]:
                attributes["attempt"] = True
                attributes["success"] = False
        return attributes

    # -- participants, time, place, amount --------------------------------------------------
    def subjects(self, verb: Any) -> tuple[Any | None, Any | None, Any | None]:
        """(active subject, object or passive subject, agent) of a verb, looking up the
        clause chain for an implied subject ("after being returned …, the boy was beaten")."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        passive_subject = patient is not None
        if verb.dep_ == "relcl":  # "Han, who was released": "who" is the noun the clause describes
            if subject is not None and subject.tag_ in ("WP", "WDT"):
                subject = verb.head
            if patient is not None and patient.tag_ in ("WP", "WDT"):
                patient = verb.head
        if patient is None:
            patient = next((c for c in verb.children if c.dep_ == "dobj"), None)
        agent = next((o for p, o in self.preps(verb) if p == "by"), None)
        head = verb
        steps = 0
        while subject is None and not passive_subject and head.head is not head and steps < 4:
            steps += 1
            is_passive = self.passive(head)
            head = head.head
            inherited_subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            inherited_patient = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if is_passive:
                patient = patient or inherited_patient or inherited_subject
                passive_subject = patient is not None
            else:
                subject = inherited_subject
                patient = patient or inherited_patient
        return subject, patient, agent

    def participants(self, trigger: Any, event_type: str) -> list[Participant]:
        subject_role, object_role = self.lex.roles[event_type]
        found: list[Participant] = []

        def add(token: Any | None, role: str) -> None:
            if token is None:
                return
            entity_id = self.entity_in(token) or self.group_of(token)
            if entity_id is None and role == "perpetrator":  # "China forcibly returned them": a state
                place = self.entity(token)
                if place is not None and self.g.by_id(place).place_kind == "country":
                    entity_id = place
            if entity_id and not any(p.entity == entity_id for p in found):
                found.append(Participant(entity_id, role))
                if role in ("victim", "subject") and self.g.by_id(entity_id).kind == "group":
                    counted = _count(token)
                    if counted is not None:
                        self.counts[id(found)] = counted

        if trigger.pos_ == "NOUN":
            for child in trigger.children:
                if child.dep_ == "poss":
                    add(child, object_role)
            for preposition, pobj in self.preps(trigger):
                if preposition == "of":
                    add(pobj, object_role)
                    for conjunct in pobj.conjuncts:
                        add(conjunct, object_role)
                elif preposition == "by":
                    add(pobj, subject_role)
            return found
        subject, patient, agent = self.subjects(trigger)
        if event_type == "payment":
            add(subject, "payer")
            for child in trigger.children:
                if child.dep_ in ("dative", "dobj"):
                    add(child, "recipient")
            for preposition, pobj in self.preps(trigger):
                if preposition == "to":
                    add(pobj, "recipient")
            return found
        for token, role in ((patient, object_role), (agent, subject_role), (subject, subject_role)):
            add(token, role)
            for conjunct in token.conjuncts if token is not None else ():  # "X and Y were executed"
                add(conjunct, role)
        return found

    def group_of(self, token: Any) -> str | None:
        """ "600 North Korean refugees": a plural noun described by a group (nationality)."""
        if token.tag_ not in ("NNS", "NNPS"):
            return None
        for child in token.children:
            if child.dep_ in ("amod", "compound"):
                found = self.entity(child)
                if found is not None and self.g.by_id(found).kind == "group":
                    return found
        return None

    def _span_in_subtree(self, start: int, end: int, token: Any) -> bool:
        left: int = min(t.idx for t in token.subtree)
        right: int = max(t.idx + len(t.text) for t in token.subtree)
        return left <= start and end <= right

    def time_for(self, trigger: Any) -> TimeMention | None:
        sent = trigger.sent
        inside = [t for t in self.times if sent.start_char <= t.start and t.end <= sent.end_char]
        if not inside:
            return None
        own = [t for t in inside if self._span_in_subtree(t.start, t.end, trigger)]
        pool = own or inside
        return min(pool, key=lambda t: abs(t.start - trigger.idx))

    def place_for(self, trigger: Any, event_type: str) -> str | None:
        preferred = {
            "forced_repatriation": ("to", "into"),
            "resettlement": ("to", "in", "into"),
            "border_crossing": ("across", "over", "into", "to"),
        }.get(event_type, ("in", "at", "near", "inside"))
        if event_type in ("border_crossing", "resettlement"):  # "crossed the Tumen", "reached South Korea"
            for obj in (c for c in trigger.children if c.dep_ == "dobj"):
                entity_id, _ = self.place_name(obj)
                if entity_id:
                    return entity_id
        candidates = list(self.preps(trigger))
        for preposition, pobj in candidates:
            if preposition in preferred:
                entity_id, _ = self.place_name(pobj)
                if entity_id:
                    return entity_id
        for preposition, pobj in sorted(candidates, key=lambda c: c[0] == "from"):  # "moved from A to B": B
            if preposition in PLACE_PREPOSITIONS:
                entity_id, _ = self.place_name(pobj)
                if entity_id:
                    return entity_id
        # "arrested by the Ministry of State Security in Chongjin": the parser may hang the
        # place on a noun of the clause; take a place introduced by "in/at" in the verb's phrase.
        for token in trigger.subtree:
            if token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and token.i > trigger.i:
                if any(t.pos_ == "VERB" for t in token.ancestors if t.i > trigger.i):
                    continue
                entity_id, _ = self.place_name(token)
                if entity_id:
                    return entity_id
        return None

    def amount_for(self, trigger: Any) -> AmountMention | None:
        sent = trigger.sent
        inside = [a for a in self.amounts if sent.start_char <= a.start and a.end <= sent.end_char]
        own = [a for a in inside if self._span_in_subtree(a.start, a.end, trigger)]
        return own[0] if own else None

    # -- assembly ------------------------------------------------------------------------
    def run(self) -> list[Event]:
        for token, trigger in self.triggers():
            attributes = self.modality(token)
            if attributes is None:
                continue
            self.add(token, trigger, attributes)
        # An event with no participant, time, place or amount states no fact ("the risk of detention").
        kept = [e for e in self.events if e.participants or e.time or e.place or e.amount]
        for number, event in enumerate(kept, start=1):
            event.id = f"e{number}"
        return kept

    def add(self, token: Any, trigger: Trigger, attributes: dict[str, Any]) -> None:
        sent = token.sent
        attribution = self.attributions.of(token)
        if attribution.hearsay:
            attributes["hearsay"] = True
        self.counts = {}
        participants = self.participants(token, trigger.type)
        for counted in self.counts.values():
            attributes["count"], attributes["count_qualifier"] = counted
        time = self.time_for(token)
        published = Interval(self.anchor, self.anchor, "ongoing") if self.anchor is not None else None
        at_publication = published if time is None and token.pos_ == "VERB" and self.present(token) else None
        amount = self.amount_for(token) if trigger.type == "payment" else None
        if trigger.type == "sentencing":
            duration = next((d for d in self.durations if self._span_in_subtree(d.start, d.end, token)), None)
            if duration is not None:
                attributes["duration"] = duration.value
        evidence = Evidence(sent.start_char, sent.end_char, sent.text.strip(), attribution.witness, attribution.hearsay)
        for existing in self.events:  # the same event twice in one sentence ("arrest" / "arrested")
            if existing.type == trigger.type and existing.evidence[0].start == evidence.start:
                known = {p.entity for p in existing.participants}
                existing.participants += [p for p in participants if p.entity not in known]
                return
        self.events.append(
            Event(
                id=f"e{len(self.events) + 1}",
                type=trigger.type,
                trigger=Span(token.idx, token.idx + len(token.text), token.text),
                participants=participants,
                time=time.interval if time else at_publication,
                time_span=Span(time.start, time.end, time.text) if time else None,
                place=self.place_for(token, trigger.type),
                amount=amount.money if amount else None,
                amount_span=Span(amount.start, amount.end, amount.text) if amount else None,
                attributes=attributes,
                evidence=[evidence],
            )
        )


def find_events(
    doc: Any,
    grouping: Grouping,
    coref: Coref,
    attributions: Attributions,
    times: list[TimeMention],
    amounts: list[AmountMention],
    anchor: date | None = None,
) -> list[Event]:
    return EventFinder(doc, grouping, coref, attributions, times, amounts, anchor).run()
