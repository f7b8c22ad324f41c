"""Who takes part in an English event: the subject, object or passive subject and agent of a trigger's clause (also
one implied up the clause chain), and the participants with their roles — owners and experiencers of an event noun,
its complements, the members of a party, the state for a government — that :class:`tumen.extract.events.EventFinder`
gives each event."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tumen.extract import (
    charged_crimes,
    custody_phrases,
    event_lists,
    firing,
    partitive_doers,
    payees,
    role_types,
    threats,
    undergone,
    victim_lists,
)
from tumen.extract import collective_parties as parties
from tumen.extract import event_args as args
from tumen.extract import event_conditions as conditions
from tumen.extract import event_syntax as syntax
from tumen.extract import indirect_arguments as indirect
from tumen.extract.commissioned_doers import commissioned_doer, commissioned_patient
from tumen.extract.escaped_harms import escapers
from tumen.extract.event_lexicon import modality_words
from tumen.extract.held_parties import held_antecedent
from tumen.extract.purpose_clauses import arranged_for, binder, intending_owner
from tumen.extract.types import Participant

if TYPE_CHECKING:
    from tumen.extract.events import EventFinder


def clause_arguments(finder: EventFinder, verb: Any) -> tuple[Any | None, Any | None, Any | None]:
    """(active subject, object or passive subject, agent) of a verb, looking up the clause chain for an implied
    subject ("after being returned …, the boy was beaten")."""
    subject = syntax.past_dateline(syntax.nearest(verb, "nsubj"))  # "[Alpha= Kim] SEOUL — The government has …"
    patient = syntax.passive_subject(verb)  # "A, a leader from Tarvik, Holm was arrested": A
    main = syntax.main_verb_read_as_participle(verb)
    if main and subject is None and patient is None:
        subject = verb.head  # "A policeman arrested Vos.": the parser's "a policeman (who was) arrested"
    if subject is None and patient is None:
        patient = indirect.set_off_participle_bearer(verb, finder.person)  # "his son, Ivo, also convicted of …"
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and subject is None and patient is None:
        patient = verb.head  # "a report released on Saturday", "a son, arrested …, repatriated in October"
        patient = indirect.copula_subject(patient) or patient  # "Kim is the latest worker arrested": Kim
    if syntax.attributive(verb) and subject is None and patient is None:
        patient = syntax.named_head(verb.head)  # "the detained lawyer Karl Vos": he was detained, by no one told
    participle = verb.tag_ == "VBN" or indirect.perceived(verb)  # "has seen the reporter arrested" (read as VBD)
    if subject is not None and patient is None and participle and not syntax.auxiliaries(verb) and not main:
        patient, subject = subject, None  # "270 women detained in China were …": a reduced relative
    if patient is None and subject is None and syntax.passive(verb) and syntax.auxiliaries(verb):
        patient = indirect.reduced_relative_subject(verb)  # "… women detained in China were sent back"
        patient = patient or indirect.inverted_passive_subject(verb)  # "Also arrested were two missionaries"
    if subject is None and patient is None and (bearer := indirect.infinitive_bearer(verb, finder.person)) is not None:
        subject, patient = (None, bearer) if syntax.passive(verb) else (bearer, None)  # "two men thought to have …"
    subject = subject or indirect.gerund_doer(verb)  # "arrested for crossing the border": the one arrested
    if subject is None and patient is None:  # "Oh defected": a surname the parser took for an interjection
        subject = next((c for c in verb.lefts if c.dep_ in ("intj", "dep") and finder.person(c)), None)
    passive_subject = patient is not None
    subject, patient = syntax.described(verb, subject), indirect.among_those(syntax.described(verb, patient))
    if patient is None:
        objects = [c for c in verb.children if c.dep_ == "dobj"]  # a "that" beside the clause's own object: its mark
        stray = syntax.stray_that(verb)  # ("claimed in an
        patient = next((c for c in objects if stray is None or c.i != stray.i), None)
        patient = patient or indirect.shared_object(verb)  # interview with X that police beat Ana": Ana)
        patient = patient or indirect.misparsed_object(verb, finder.person) or conditions.menaced(verb)  # shot dead X
    agent = next((o for p, o in finder.preps(verb) if p == "by"), None) or indirect.shared_agent(verb)
    owner = intending_owner(verb, modality_words()["intentions"]) if subject is None and not passive_subject else None
    if owner is not None and finder.entity(owner) is None:  # "Laos is criticised for its decision to …"
        owner = binder(owner)
    if owner is not None and finder.entity(owner) is not None:  # "Norland's decision to deport them": Norland
        subject = owner
    head = verb
    steps = 0
    is_passive = False
    while subject is None and not passive_subject and head.head.i != head.i and steps < 4:
        if head.dep_ in ("ccomp", "parataxis") or syntax.quoted_from(head):  # "HRW reported that … were sent back":
            break  # its own subject; "he said: 'Pay me …'": the one addressed, not "he"
        steps += 1
        if head.pos_ in ("VERB", "AUX"):  # "after being arrested": a preposition keeps the verb's voice
            is_passive = syntax.passive(head)
        clause, head = head, head.head
        if not is_passive and (hired := commissioned_doer(clause, head)) is not None:
            subject = syntax.described(head, hired)  # "hired a gunman to kill her": the gunman, not who hired him
            break
        if head.dep_ == "parataxis" and head.lemma_.lower() in modality_words()["reporting_verbs"]:
            head = head.head  # "Her father died, Ms Jo says, after being arrested": the aside is not the clause
        inherited_subject = syntax.described(head, next((c for c in head.children if c.dep_ == "nsubj"), None))
        inherited_patient = syntax.described(head, next((c for c in head.children if c.dep_ == "nsubjpass"), None))
        ordered = commissioned_patient(clause, head) if is_passive else None  # "ordered her to be held": her
        if is_passive:
            patient = patient or syntax.described(head, ordered) or inherited_patient or inherited_subject
            passive_subject = patient is not None
        else:
            subject = inherited_subject
            patient = patient or inherited_patient
    return subject, patient, agent


def participants(finder: EventFinder, trigger: Any, event_type: str) -> list[Participant]:
    """The entities that take part in a trigger's event, with their roles; a group's count goes to ``finder.count``."""
    subject_role, object_role = finder.lex.roles[event_type]
    found: list[Participant] = []

    def add(token: Any | None, role: str) -> None:
        if token is None:
            return
        entity_id = finder.entity_in(token, members=role == "victim") or finder.group_of(token)
        if role == "perpetrator" and (entity_id is None or finder.g.by_id(entity_id).kind == "group"):
            entity_id = partitive_doers.body_of(token, finder.entity_in) or entity_id  # "members of the Guard"
        state = args.state_of(finder.entity(token), finder.g) if entity_id is None and role == "perpetrator" else None
        if state is not None:  # "China returned them", "Beijing returned them": a state
            entity_id = state
        crossing = event_type == "border_crossing"
        if entity_id and crossing and finder.g.by_id(entity_id).kind not in ("person", "group"):
            return  # "crossed the DMZ", "defected via the Joint Security Area": a place, not who crossed
        if entity_id and not any(p.entity == entity_id for p in found):
            members = args.party_members(token, entity_id, finder.coref.groups, finder.g)  # "her two brothers"
            found.extend(Participant(m, role) for m in members if not any(p.entity == m for p in found))
            counted = syntax.count_of(token) if role in ("victim", "subject") else None
            if counted is not None and finder.g.by_id(entity_id).kind == "group":
                finder.count = counted

    if trigger.pos_ == "NOUN":
        owners = [c for c in trigger.children if c.dep_ == "poss"]
        for child in owners + event_lists.shared_owners(trigger, finder.is_trigger):  # "Kim's arrest and torture"
            add(syntax.owner(child), custody_phrases.owner_role(trigger, subject_role, object_role))  # "her escape"
        journeys = modality_words()["journey_verbs"] if event_type == "border_crossing" else frozenset()
        experiencers = args.experiencers(trigger, modality_words()["experiencers"] | journeys)  # "endured torture"
        experiencers += undergone.bearers(trigger)  # "his body bore marks of torture", "been subject to torture"
        experiencers += threats.receivers(trigger)  # "Ana Berg received death threats"
        for sender in threats.senders(trigger):  # "received threats from the police"
            add(sender, subject_role)
        experiencers += arranged_for(trigger, modality_words()["arranged_for"]) if journeys else []
        for doer in [*experiencers, *args.own_bare_event(trigger)]:  # "after resettlement, I …": its subject
            for member in parties.collective_members(doer, finder.entity, finder.g) or [doer]:  # "they were subjected"
                add(member, object_role)
        if experiencers and experiencers[0].tag_ in ("NNS", "NNPS"):  # "writers are serving life sentences,
            for named in victim_lists.listed(experiencers[0]) or victim_lists.listed(trigger):  # including A"
                if finder.person(named):
                    add(named, object_role)
        for token, holds in custody_phrases.held(trigger, event_type, finder.subjects):  # "taken into custody"
            add(token, subject_role if holds else object_role)
        charged_crimes.alleged_doer(finder, trigger, event_type, add, found)  # "arrested for kidnapping"
        shared = event_lists.shared_complements(trigger, finder.is_trigger)  # "the arrest and torture of Kim"
        for preposition, pobj in [*finder.preps(trigger), *shared]:
            if preposition in ("of", "against") and not custody_phrases.holders_of(trigger):  # "the arrest of A"
                for member in victim_lists.of_members(pobj, lambda t: finder.entity_in(t, ("person",))):
                    add(member, object_role)
            elif preposition == "by":
                add(pobj, subject_role)
        if subject_role == "perpetrator":
            add(undergone.doer_named(trigger), subject_role)  # "at the hands of", "subjected … by", "wounds from"
        add(undergone.killers(trigger, event_type), "perpetrator")  # "her death at the hands of soldiers"
        return found
    if charged_crimes.alleged_doer(finder, trigger, event_type, add, found):  # "arrested for beating a neighbour"
        for victim in (c for c in trigger.children if c.dep_ == "dobj"):  # "of torturing activists A and B"
            listed = [*victim_lists.apposed_names(victim), *victim_lists.clause_listed(victim, trigger)]
            for member in [victim, *victim.conjuncts, *(m for m in listed if finder.person(m))]:
                add(member, object_role)
        return found
    subject, patient, agent = undergone.owned(finder.subjects(trigger), event_type)  # "her body was found"
    if syntax.attributive(trigger) and patient is not None:  # "the detained lawyer Kim": the noun or its name,
        named = [patient, *(c for c in patient.children if c.dep_ == "appos")]  # not deeper in its phrase, nor
        add(next((t for t in named if finder.entity(t)), None), object_role)  # what is joined to it ("and others")
        patient = None
    if event_type == "payment":
        add(subject, "payer")
        for child in trigger.children:
            if child.dep_ in ("dative", "dobj") and child.lower_ != "for":  # "paid 300 yuan for her": not to her
                add(child, "recipient")
            for misread in (c for c in child.subtree if child.dep_ == "dobj" and syntax.misread_dative(c)):
                add(misread, "recipient")  # "paid a broker 8,000 euros"
        for preposition, pobj in finder.preps(trigger):
            if preposition == "to":
                add(pobj, "recipient")
        for pobj in syntax.sum_payees(trigger):  # "paid 3 million won to the broker": the "to" on the sum
            add(pobj, "recipient")
        if not any(p.role == "recipient" for p in found):  # "'Pay 300 dollars for the guards'": to the guards
            for payee in payees.named_for(trigger, lambda t: role_types.kind_of(finder, t)):
                add(payee, "recipient")
        return found
    if event_type == "denunciation" and finder.lemma(trigger) == "inform":  # "informed a guard of a plan by …"
        patient = None
        for victim in args.informed_about(trigger, finder.entity, finder.g):
            add(victim, object_role)
    if event_type == "shooting" and firing.fires(finder, trigger):  # "opened fire on the protesters"
        patient = None
        for victim in firing.targets(finder, trigger):
            add(victim, object_role)
    if agent is None and subject_role == "perpetrator":
        agent = undergone.hands_of(trigger)  # "beaten at the hands of the police"
    held = patient is not None and finder.entity_in(patient, ("person", "group")) is not None  # not "the winter"
    made = held or (agent is not None and syntax.passive(trigger))  # "dozens were disappeared by the army"
    doer = "perpetrator" if made and subject_role == object_role == "victim" else subject_role
    dealt = undergone.killers(trigger, event_type)  # "three protesters died at the hands of the police"
    for token, role in ((patient, object_role), (agent, doer), (subject, doer), (dealt, "perpetrator")):
        if token is None:
            continue
        members = parties.collective_members(token, finder.entity, finder.g)  # "… and both were executed"
        if (
            not members
            and patient is not None
            and token.i == patient.i
            and (kept := held_antecedent(finder, token, event_type)) is not None
        ):
            members = [kept]  # "officials said … they had been handed over": the refugees (held_parties)
        stray = victim_lists.stray_objects(token, trigger)  # "detained A, and the journalist C"
        apposed = [m for m in victim_lists.apposed_names(token, trigger) if finder.person(m)]  # "the leader, A, B"
        owner = victim_lists.owner_set_apart(token, trigger, finder.entity)  # "A, her son and her parents were …"
        for member in members or [token, *token.conjuncts, *stray, *apposed, *owner]:  # "X and Y were executed"
            add(member, role)
            for named in victim_lists.clause_listed(member, trigger):  # "arrested seven activists, namely A, B"
                if finder.entity_in(named, ("person",)):
                    add(named, role)
    if held:  # "A was arrested with three others, including B", "A, along with her son, was caught": they were too
        passive = syntax.passive(trigger)  # not the doer's: "Park, along with his colleague Lee, arrested A"
        joined = victim_lists.subject_companions(trigger, [patient], on_verb=passive)
        for companion in [*(c for c in victim_lists.companions(trigger) if c.i > trigger.i), *joined]:
            if finder.person(companion):
                add(companion, object_role)
    elif event_type in victim_lists.list_words("joint_events") and _a_person(finder, subject, patient):
        joined = victim_lists.subject_companions(trigger, [subject, patient])  # "A, along with her son, fled"
        for companion in [*victim_lists.companions(trigger), *joined]:  # "fled to China with her mother": she too
            if finder.person(companion):
                add(companion, subject_role)
    if found and (spared := escapers(trigger, event_type, finder.entity)):  # "though the boy escaped execution"
        found = [p for p in found if p.entity not in spared]
    return found


def _a_person(finder: EventFinder, *tokens: Any | None) -> bool:
    return any(t is not None and finder.person(t) for t in tokens)
