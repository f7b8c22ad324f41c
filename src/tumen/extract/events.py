"""Human-rights events in English text: triggers from the vocabulary (``data/events.yaml``),
participants and roles from the dependency parse, and modality.

Negated ("did not intend to defect"), hypothetical ("If you give me 20 million won")
and irrealis ("I'll bring your son back", "threatened to deport") triggers are not
events; "tried to cross" is an event with ``attempt``; "failed to cross" one with
``success: false``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from tumen.extract import (
    announced_quotes,
    backdrops,
    captivity,
    charged_crimes,
    collective_parties,
    custody_phrases,
    event_negation,
    event_participants,
    event_places,
    event_requirements,
    event_times,
    genericity,
    listed_kinds,
    modality,
    named_borders,
    next_places,
    recent_periods,
    role_types,
    sentence_events,
    story_time,
    testimony,
    undergone,
    victim_lists,
)
from tumen.extract import event_args as args
from tumen.extract import event_conditions as conditions
from tumen.extract import event_links as links
from tumen.extract import event_syntax as syntax
from tumen.extract.attribution import Attributions
from tumen.extract.coref import Coref
from tumen.extract.entities import Grouping
from tumen.extract.event_lexicon import Trigger, inanimate_words, lexicon
from tumen.extract.nlp import sentence_at, span_text, text_of, token_at
from tumen.extract.role_words import is_person_noun, is_role_word, person_figure
from tumen.extract.token_filter import tokens_with
from tumen.extract.types import Aggregate, AmountMention, Event, Evidence, Participant, Span, TimeMention
from tumen.extract.vocab import load
from tumen.model import Interval

__all__ = ["EventFinder", "Trigger", "find_events", "lexicon"]

NO_ONE = ("place", "facility", "thing")
LISTING = ("including", "like", "among")  # prepositions that list who a plural is: "staff members including A"


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
        self.text = text_of(doc)  # spaCy joins its tokens anew on every access
        self.g = grouping
        self.coref = coref
        self.attributions = attributions
        self.times = [t for t in times if t.kind in ("DATE", "TIME") and t.interval is not None]
        self.durations = [t for t in times if t.kind == "DURATION"]
        self.amounts = amounts
        self.lex = lexicon()
        self.events: list[Event] = []
        self.count: tuple[int, str | None] | None = None  # of the victims or subjects last found
        self.charged = False  # whether the event last found is a crime a charge names ("arrested for kidnapping")
        self.pleaded = False  # … a crime told by a plea, confession or verdict ("pleaded guilty to kidnapping")
        self.described_doer = False  # … alleged against someone described ("two men were arrested for kidnapping")
        self.enforcing: set[int] = set()  # triggers of arrest, detention, trial or sentencing
        self.clauses: dict[int, tuple[Any | None, Any | None, Any | None]] = {}  # subjects() by token
        self.trigger_tokens: set[int] = set()
        self.mood = "asserted"  # of the trigger being added (tumen.extract.modality)
        self.claim: tuple[Any | None, str] | None = None  # its claimant and its mood unclaimed, if a verb claims it
        self.aggregates: list[Aggregate] = []  # generic statements that count (tumen.extract.genericity)
        self.described: set[int] = set()  # events a clause tells of someone described, not named ("a man was shot")

    # -- entity look-ups -------------------------------------------------------------------
    def entity(self, token: Any) -> str | None:
        if token.i in self.coref.tokens:
            return self.coref.tokens[token.i]
        if token.lower_ in ("it", "its", "we", "our", "us"):  # an organisation speaking of itself
            witness = self.attributions.of(token).witness
            if witness is not None and self.g.by_id(witness).kind == "organization":
                return witness
        return self.g.token_entity(token)

    def _person(self, token: Any) -> str | None:
        """The person a token stands for, if it stands for one."""
        found = self.entity(token)
        return found if found is not None and self.g.by_id(found).kind == "person" else None

    def entity_in(
        self, token: Any, kinds: tuple[str, ...] = ("person", "organization", "group"), *, members: bool = False
    ) -> str | None:
        """The entity a phrase refers to: its head first, then the name apposed to it ("Xu's wife, Ana Cruz" is
        Ana Cruz, not Xu), then persons and organisations in the rest of its subtree; a group only as the head
        ("North Koreans", not "South Korean pastor"). With ``members`` (a victim sought), a noun for one of an
        organisation's people is no phrase of the organisation's: "killed a Tarvik Customs agent" kills no Tarvik
        Customs, where "Tarvik Customs agents arrested him" tells the doer's organisation."""
        head = self.entity(token)
        if head is not None and self.g.by_id(head).kind in kinds:
            return head
        for apposed in (c for c in token.children if c.dep_ == "appos" and c.i > token.i):  # "Xu's wife, Ana Cruz"
            found = self.entity(apposed)
            kind = self.g.by_id(found).kind if found is not None else None
            if kind in kinds and kind != "group":
                return found
        ordered = sorted(args.core_subtree(token), key=lambda t: abs(t.i - token.i))
        # "Ana Berg's lawyer", "a Reuters reporter", "a member of the Tarvik Union", "a Tarvik Customs agent": another
        # than Berg, Reuters, the union or Tarvik Customs
        role = token.pos_ == "NOUN" and (
            is_role_word(token) or token.lemma_ == "member" or (members and _member_noun(token))
        )
        for wanted in [k for k in kinds if k != "group"]:
            for candidate in ordered:
                top = next((t for t in [candidate, *candidate.ancestors] if t.head.i == token.i != t.i), candidate)
                if any(args.possessor_of_many(t, token) for t in {candidate, top}) or (  # not "members including A"
                    role and (top.dep_ in ("poss", "compound") or (top.dep_ == "prep" and top.lower_ not in LISTING))
                ):
                    continue  # "almost all my family members", "one of her two brothers": not me, not her
                if wanted != "place" and self._in_event_noun(candidate, token):
                    continue  # "those behind the killing of Ana Berg": the killing's victim, not those
                found = self.entity(candidate)
                if found is not None and self.g.by_id(found).kind == wanted:
                    if members and wanted == "organization" and self._names_members(candidate, found):
                        continue  # "one of the Tarvik Brotherhood bosses arrested": the bosses, not the gang
                    return found
        return None

    def _in_event_noun(self, candidate: Any, phrase: Any) -> bool:
        """Whether ``candidate`` stands inside an event noun's phrase within ``phrase``, between the two ("those
        behind the killing of Ana Berg", "the men responsible for her abduction"): it takes part in that event, and
        the phrase names others by it."""
        between = [t for t in candidate.ancestors if t.i != phrase.i and phrase.is_ancestor(t)]
        return any(t.pos_ == "NOUN" and self.is_trigger(t) for t in between)

    def _names_members(self, token: Any, entity_id: str) -> bool:
        """Whether the organisation's name at ``token`` only modifies a noun for its people, deeper in the phrase
        than its head ("one of the Tarvik Brotherhood bosses", "a suspected Tarvik Brotherhood boss"): the phrase
        names those people, never the organisation as a victim."""
        top = token
        while top.dep_ in ("compound", "flat") and self.entity(top.head) == entity_id:
            top = top.head  # the name's last word
        noun = top.head
        return (
            top.dep_ in ("compound", "nmod")
            and noun.i > top.i
            and (is_role_word(noun) or noun.lemma_ == "member" or _member_noun(noun))
        )

    def person(self, token: Any) -> bool:
        found = self.entity(token)
        return found is not None and self.g.by_id(found).kind == "person"

    def place_name(self, token: Any) -> tuple[str | None, str]:
        found = self.entity_in(token, ("place",))
        if found is not None:
            return found, (self.g.by_id(found).name or "").lower()
        return None, token.text.lower()

    # -- triggers --------------------------------------------------------------------------
    def triggers(self) -> Iterator[tuple[Any, Trigger]]:
        for token in tokens_with(self.doc, "POS", ("VERB", "NOUN", "ADJ")):  # no other word triggers one
            lemma = token.lemma_.lower()
            as_verb = syntax.active_participle(token, self.lex.verbs)  # "Kim informed on …" read as an adjective
            as_verb = as_verb or conditions.predicative(token, self.lex.verbs)  # "went missing"
            lemma = as_verb or syntax.hyphenated(token, lemma, self.lex.verbs, self.lex.nouns) or lemma
            if (token.pos_ == "VERB" or as_verb) and not args.is_title(token):
                told_by_negation = event_negation.sense(self, token, lemma)  # "never came back": disappeared
                if told_by_negation is not None:
                    yield token, told_by_negation
                    continue
                phrase = self._phrase(token, lemma)
                if phrase is not None and self.satisfied(token, phrase.requires):  # "sent across the border"
                    yield token, phrase
                    if not self.told_besides(token, phrase):  # "whisked away to an undisclosed place": the verb too
                        continue
                for trigger in self.lex.verbs.get(lemma, []):
                    if self.satisfied(token, trigger.requires):
                        yield token, trigger
                        if not self.told_besides(token, trigger):
                            break
            elif token.pos_ == "NOUN" and not args.is_title(token) and not role_types.names_a_kind(token):
                if role_types.names_a_provision(token):  # "under section 412 (criminal intimidation)"
                    continue
                senses = self.lex.noun_senses.get(lemma, [])
                sense = next((t for t in senses if self.satisfied(token, t.requires)), None)
                if sense is not None or lemma in self.lex.nouns:
                    yield token, sense or self.lex.nouns[lemma]

    def _phrase(self, token: Any, lemma: str) -> Trigger | None:
        """The phrase of the verb and one of its particles ("sent back"), looked for only when the verb heads one."""
        if lemma not in self.lex.phrase_heads:
            return None
        particles = [c.lemma_.lower() for c in syntax.own_particles(token)]  # not "Back home, he was sent …"
        particles += ["back"] if conditions.stray_back(token) is not None else []  # "sent X who fled … back"
        return next((self.lex.phrases[(lemma, p)] for p in particles if (lemma, p) in self.lex.phrases), None)

    def told_besides(self, token: Any, trigger: Trigger) -> bool:
        """Whether the verb's next sense is tried after this one: ``also`` always, or on its condition."""
        if isinstance(trigger.also, str):
            return self.satisfied(token, trigger.also)
        return trigger.also

    def lemma(self, token: Any) -> str:
        return syntax.active_participle(token, self.lex.verbs) or str(token.lemma_).lower()

    def preps(self, verb: Any) -> Iterator[tuple[str, Any]]:
        stray = conditions.stray_back(verb) if verb.pos_ == "VERB" else None
        theirs = conditions.stray_back(verb.head.head) if verb.dep_ == "relcl" else None  # not the relative's
        for child in [
            *(c for c in verb.children if theirs is None or c.i != theirs.i),
            *([stray] if stray is not None else []),
        ]:
            if child.dep_ in ("prep", "dative", "agent") or (
                child.dep_ in ("prt", "advmod") and child.lower_ == "back"
            ):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        yield child.lower_, pobj
                    elif pobj.dep_ == "prep" and child.lower_ == "back":  # "sent back to North Korea"
                        yield from ((pobj.lower_, o) for o in pobj.children if o.dep_ == "pobj")

    def satisfied(self, verb: Any, requires: str | None) -> bool:
        """Whether a sense's ``requires`` condition holds (:mod:`tumen.extract.event_requirements`)."""
        return event_requirements.satisfied(self, verb, requires)

    # -- participants, time, place, amount --------------------------------------------------
    def subjects(self, verb: Any) -> tuple[Any | None, Any | None, Any | None]:
        """(active subject, object or passive subject, agent) of a verb, looking up the
        clause chain for an implied subject ("after being returned …, the boy was beaten")."""
        if verb.i not in self.clauses:  # asked by add() and participants() for one trigger
            self.clauses[verb.i] = event_participants.clause_arguments(self, verb)
        return self.clauses[verb.i]

    def _own_account(self, participants: list[Participant]) -> str | None:
        """The one who claims the trigger's event, if among those it befell (:mod:`tumen.extract.testimony`); of
        claimants a plural pronoun stands for ("Ana Berg and Karl Vos were detained. They claim they were tortured"),
        the first, when all are among them."""
        said_by = self.claim[0] if self.claim is not None else None
        if said_by is None:
            return None
        claimants = [self.entity(said_by)]
        if claimants[0] is None:  # "they": the persons named before it
            claimants = [self.entity(m) for m in collective_parties.collective_members(said_by, self.entity, self.g)]
        befell = [(p.entity, p.role) for p in participants]
        own = bool(claimants) and all(testimony.own_account(c, befell) for c in claimants)
        return claimants[0] if own else None

    def participants(self, trigger: Any, event_type: str) -> list[Participant]:
        """The participants of a trigger's event (:mod:`tumen.extract.event_participants`); a payment an imperative
        opening an announced quotation asks for has the one it is said to as its payer ("He said: 'Pay me …'"), and
        the one who says it as its recipient when it names none ("'Pay 300 dollars and we will free your son'")."""
        found = event_participants.participants(self, trigger, event_type)
        addressee = announced_quotes.addressed(trigger)[1] if event_type == "payment" else None
        if addressee is not None and not any(p.entity == addressee or p.role == "payer" for p in found):
            found.append(Participant(addressee, "payer"))
        speaker = announced_quotes.demander(trigger) if addressee is not None else None
        if speaker is not None and speaker != addressee and not any(p.role == "recipient" for p in found):
            found.append(Participant(speaker, "recipient"))
        return found

    def is_trigger(self, token: Any) -> bool:
        return token.i in self.trigger_tokens

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

    def time_for(self, trigger: Any, own_only: bool = False, after_only: bool = False) -> TimeMention | None:
        """The time the trigger's own sentence states (:mod:`tumen.extract.event_times`)."""
        return event_times.time_for(self, trigger, own_only, after_only)

    def _same(self, token: Any, existing: Event, participants: list[Participant]) -> bool:
        """Two triggers of one type in a sentence tell one event when one is a noun ("arrest" /
        "arrested") or their participants agree; not "deported 108 … and repatriated 212 …"."""
        other = token_at(self.doc, existing.trigger.start, existing.trigger.end)
        if "NOUN" in (token.pos_, other.pos_ if other is not None else None):
            return True
        ours, theirs = {p.entity for p in participants}, {p.entity for p in existing.participants}
        return not ours or not theirs or ours == theirs

    def place_for(self, trigger: Any, event_type: str) -> str | None:
        return event_places.place_for(self, trigger, event_type)

    def amount_for(self, trigger: Any) -> AmountMention | None:
        sent = sentence_at(trigger, 0)
        inside = [a for a in self.amounts if sent.start_char <= a.start and a.end <= sent.end_char]
        own = [a for a in inside if syntax.span_in_subtree(a.start, a.end, trigger)]
        return own[0] if own else None

    # -- assembly ------------------------------------------------------------------------
    def run(self) -> list[Event]:
        found = list(self.triggers())
        self.trigger_tokens = {token.i for token, _trigger in found}
        self.enforcing = {token.i for token, t in found if t.type in charged_crimes.enforcement_types()}
        for token, trigger in found:  # every trigger kept with its modality, unless generic or in another sense
            self.mood, attributes = modality.settle(self, token, trigger)
            if not role_types.fits(self, token, trigger.type) or genericity.generic(self, token, trigger.type):
                continue
            self.add(token, trigger, attributes)
        modality.paid_to_asker(self.doc, self.events)  # "the broker demanded 3,000 dollars": paid to the broker
        args.attach_ages(self.doc, self.events, self._person)
        links.complete(self.doc, self.g, self.events)  # "The mass deportation took place on …"
        kept = [e for e in self.events if recent_periods.a_fact(e, self.times, id(e) in self.described)]
        listed_kinds.keep(self, self.events, kept)  # "reports of torture and arbitrary arrest": kinds spoken of
        captivity.retype(kept, self.g, self.doc)  # "seized by unidentified men": an abduction, not an arrest
        captivity.in_custody(self.doc, kept)  # "beaten in custody": torture
        undergone.deaths(self.doc, kept)  # "was found dead", "floods killed 40": a death told by its finding, its cause
        charged_crimes.disappearances_charged(kept)  # "went missing … charged with her kidnapping": that crime's
        sentence_events.agents_named(kept, self.g, self.doc)  # "the kidnappers": the doers of the report's kidnapping
        kept = sentence_events.one_death_each(kept, {e.id for e in self.g.entities if e.kind == "person"})
        next_places.complete(self, kept)  # "was arrested on Monday. She was taken to Tarvik police station"
        named_borders.complete(self, kept)  # "shots across the border as a soldier defected. … at the DMZ"
        story_time.assign(self.doc, kept, self.times, self.anchor, self.g, self.coref.tokens, self.durations)
        sentence_events.detentions(kept, self.durations, self.anchor, self.doc)  # "sentenced to two years": held
        for number, event in enumerate(kept, start=1):
            event.id = f"e{number}"
        return kept

    def add(self, token: Any, trigger: Trigger, attributes: dict[str, Any]) -> None:
        sent = sentence_at(token, 0)
        patient = self.subjects(token)[1] if token.pos_ == "VERB" else None
        if (
            patient is not None
            and syntax.inanimate(patient, inanimate_words())  # "a video was released"
            and not victim_lists.lists_persons(patient, self.person)  # not "figures, including Kim"
            and not person_figure(patient)  # nor "opposition figures were detained"
        ):
            return
        attribution = self.attributions.of(token)
        attributes.update({"hearsay": True} if attribution.hearsay else {})
        attributes.update({"backdrop": True} if backdrops.backdrop(token) else {})  # "after the killing of …"
        self.count, self.charged, self.pleaded, self.described_doer = None, False, False, False
        participants = self.participants(token, trigger.type)
        if not participants and trigger.type == "detention" and token.pos_ == "NOUN" and custody_phrases.left(token):
            return  # "he was released from custody", of no one known: no one's detention
        trigger = undergone.dealt(token, trigger)  # "died at the hands of the police": a killing
        if self.count is not None:
            attributes["count"], attributes["count_qualifier"] = self.count
        attributes.update({"charged": True} if self.charged else {})
        attributes.update({"pleaded": True} if self.pleaded else {})
        mood = "alleged" if self.charged and self.mood == "asserted" else self.mood  # a charge is no deed told
        claimant = self._own_account(participants) if self.claim is not None and not self.charged else None
        if self.claim is not None and claimant is not None:  # "Ana Berg claims she was beaten": her testimony, told
            mood = self.claim[1]  # the claimant witnesses it, whoever else the sentence quotes
            attribution = replace(attribution, witness=claimant)
        own_only = self.charged or event_times.topic_of_clause(token, participants)
        time = self.time_for(token, own_only, after_only=event_times.reacted_to(token, participants))
        if time is not None and (clock := args.clock_of(self.text, time.value, time.start)) is not None:
            attributes["clock"], attributes["clock_approximate"] = clock
        place = self.place_for(token, trigger.type) or args.conjoined_place(token, trigger.type, self.events)
        published = Interval(self.anchor, self.anchor, "ongoing") if self.anchor is not None else None
        at_publication = published if time is None and token.pos_ == "VERB" and syntax.present(token) else None
        amount = self.amount_for(token) if trigger.type == "payment" or syntax.priced(token) else None
        if trigger.type == "sentencing" and (term := sentence_events.term_of(token, self.durations)) is not None:
            attributes["duration"] = term  # "sentenced to two years"; "sentenced to life in prison": LIFE
        quote = span_text(sent).strip()
        evidence = Evidence(sent.start_char, sent.end_char, quote, attribution.witness, attribution.hearsay)
        described = trigger.type in self.lex.harms and (self.of_someone(token) or self.described_doer)
        described = described or (trigger.type in self.lex.people_harms and genericity.of_people(self, token))
        described = described or undergone.found_described(self, token, trigger.type)  # "a body was found"
        described = described or undergone.died_described(self, token, trigger.type)  # "the flood killed 12 people"
        for existing in self.events:  # the same event twice in one sentence ("arrest" / "arrested")
            if (
                existing.type == trigger.type
                and existing.modality == mood
                and existing.evidence[0].start == evidence.start
                and existing.attributes.get("count") == attributes.get("count")
                and not (existing.time and time and time.interval and not existing.time.overlaps(time.interval))
                and self._same(token, existing, participants)
            ):
                known = {p.entity for p in existing.participants}
                existing.participants += [p for p in participants if p.entity not in known]
                if existing.time is None and time is not None:  # "handed over …, one of hundreds repatriated in May"
                    existing.time, existing.time_span = time.interval, Span(time.start, time.end, time.text)
                existing.place = existing.place or place
                told = token_at(self.doc, existing.trigger.start, existing.trigger.end)  # "a man who was convicted
                if "duration" in attributes and told is not None and _describes_own(told, token):  # … was sentenced
                    existing.attributes.setdefault("duration", attributes["duration"])  # to five years": the term
                if described:
                    self.described.add(id(existing))
                return
        self.events.append(
            Event(
                id=f"e{len(self.events) + 1}",
                type=trigger.type,
                trigger=Span(token.idx, token.idx + len(token.text), token.text),
                participants=participants,
                time=time.interval if time else at_publication,
                time_span=Span(time.start, time.end, time.text) if time else None,
                place=place,
                amount=amount.money if amount else None,
                amount_span=Span(amount.start, amount.end, amount.text) if amount else None,
                attributes=attributes,
                evidence=[evidence],
                modality=mood,
            )
        )
        if described:
            self.described.add(id(self.events[-1]))

    def of_someone(self, token: Any) -> bool:
        """Whether a verb trigger's clause has a person or people described by a noun as the one who undergoes
        it ("a young man was abducted", "the victim was shot", "the bodies of three farmers showed signs of torture"):
        the clause tells a fact about them."""
        patient = self.subjects(token)[1] if token.pos_ == "VERB" else next(iter(undergone.bearers(token)), None)
        if patient is not None and syntax.attributive(token):  # "the detained lawyer", not "a tortured genius"
            return is_person_noun(patient)
        return patient is not None and role_types.undergoer(self, patient, NO_ONE)

    def described_someone(self, token: Any) -> bool:
        """A noun that describes a person or people ("a young man", "two of the journalists"), not a thing or place."""
        return role_types.describes_someone(self, token, NO_ONE)


def find_events(
    doc: Any,
    grouping: Grouping,
    coref: Coref,
    attributions: Attributions,
    times: list[TimeMention],
    amounts: list[AmountMention],
    anchor: date | None = None,
    aggregates: list[Aggregate] | None = None,
) -> list[Event]:
    """The document's events; its generic statements that count go to ``aggregates``."""
    finder = EventFinder(doc, grouping, coref, attributions, times, amounts, anchor)
    found = finder.run()
    if aggregates is not None:
        aggregates.extend(finder.aggregates)
    return found


@cache
def _member_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load("organisations.yaml")["member_nouns"])


def _member_noun(token: Any) -> bool:
    """A noun for one of an organisation's people ("agent", "technician"): ``member_nouns`` of
    data/organisations.yaml."""
    return token.lower_ in _member_nouns()


def _describes_own(clause: Any, verb: Any) -> bool:
    """Whether ``clause`` is a relative clause on the subject or object of ``verb`` ("a man who was convicted …
    was sentenced …"): the same event told twice, not two sentences ("sentenced two men to death while four were
    sentenced to life")."""
    return clause.dep_ == "relcl" and clause.head.head.i == verb.i and clause.head.dep_ in ("nsubjpass", "dobj")
