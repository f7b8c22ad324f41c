"""Whether a trigger's sense holds in its clause: the ``requires`` conditions of ``data/events.yaml``
(voice, a harm someone inflicted and no accident, a word of the verb's own phrase, a destination in North Korea, a
safe or a third country, a border, a camp, an amount of money, a person as object, whom one informed on, an agent
that apprehends, a handing over into custody, a duration, a dismissal in reprisal and wages withheld from workers —
:mod:`tumen.extract.labour`).
The conditions beyond these, and the places they give an event, are :mod:`tumen.extract.event_conditions`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tumen.extract import (
    burnings,
    event_places,
    firing,
    labour,
    modality,
    role_types,
    role_words,
    sentence_events,
    suicides,
    survivors,
    threats,
    undergone,
)
from tumen.extract import collective_parties as parties
from tumen.extract import event_args as args
from tumen.extract import event_conditions as conditions
from tumen.extract import event_syntax as syntax
from tumen.extract import indirect_arguments as indirect
from tumen.extract.event_lexicon import condition_words, kin_nouns, modality_words, person_nouns, place_words
from tumen.extract.phrasal_particles import misread_particles

if TYPE_CHECKING:
    from tumen.extract.events import EventFinder


def satisfied(finder: EventFinder, verb: Any, requires: str | None) -> bool:
    """Whether a trigger meets the ``requires`` condition of one of its senses (None: no condition)."""
    if requires is None:
        return True
    places = place_words()
    if requires == "passive":
        return syntax.passive(verb)
    if requires == "kept_held":
        return _kept_held(finder, verb)
    if requires == "inflicted":  # "she was injured by the guards", not "injured in a car crash"
        inflicted = syntax.passive(verb) or firing.wounded_actively(finder, verb)
        return inflicted and not conditions.accidental(verb)  # nor "a driver accidentally injured five"
    if requires == "fired_at":  # "opened fire on the protesters", "fired tear gas at the crowd"
        return firing.fired_at(finder, verb)
    if requires in (
        "accidental",
        "deliberate",
    ):  # "was killed in a car crash" is a death; "killed by soldiers" a killing; "killed herself" a death
        no_killer = (syntax.passive(verb) and conditions.accidental(verb)) or conditions.self_inflicted(verb)
        no_killer = no_killer or undergone.cause(verb) is not None  # "floods killed 40 people": a death
        return no_killer == (requires == "accidental")
    if requires in ("hanged", "hanged_self"):  # "were hanged", "hanged two men"; "hanged himself" (a death)
        own = conditions.self_inflicted(verb)
        hanged = verb.lower_ == "hanged" and (own or satisfied(finder, verb, "people_object"))
        return hanged and own == (requires == "hanged_self")
    if requires == "caused":  # "the fire claimed the lives of seven children", "the storm left 12 people dead"
        return undergone.cause(verb) is not None or suicides.own_life(verb)  # "took her own life"
    if requires == "in_view":  # "disappeared in May"; not "disappeared from public view"
        out_of_view = condition_words()["out_of_view"]
        return not any(p == "from" and str(o.lemma_).lower() in out_of_view for p, o in finder.preps(verb))
    if requires == "not_survivors":  # "he leaves behind a wife": a dead man's family, no separation
        return not survivors.survived(verb)
    if requires.startswith("without:"):  # "paid tribute", "paid her respects", "paid a visit": an idiom, no payment
        words = requires[8:].split("|")
        # ... nor "locked in litigation" (the object of its "in"), nor "locked down the town" (its particle)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "prt")]
        objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
        objects = [c for c in objects if c.dep_ in ("dobj", "nsubjpass", "pobj", "prt")]
        described = verb.dep_ in ("amod", "acl") and verb.tag_ == "VBN"  # "a professionally executed search action"
        return not any(c.lemma_.lower() in words for c in [*objects, *([verb.head] if described else [])])
    if requires.startswith("with:"):  # "held hostage", "condemned to death": a word of the verb's own phrase
        # (not the infinitive's marker: "continued to condemn the abduction" is no "condemned to")
        return any(child.lower_ in requires[5:].split("|") and child.dep_ != "aux" for child in verb.children)
    if requires in burnings.CONDITIONS:  # "was burnt alive", "Dara Loman burned to death"
        return burnings.holds(finder, verb, requires)
    if requires in conditions.NAMES:  # "escaped from the camp", "shot dead", "changed his story"
        return conditions.holds(finder, verb, requires)
    if requires in ("destination", "passive_or_destination"):
        destinations = [finder.place_name(o) for p, o in finder.preps(verb) if p in ("to", "into")]
        if any(entity_id and name in places["north_korea"] for entity_id, name in destinations):
            return True
        safe = any(entity_id and name in places["safe"] for entity_id, name in destinations)
        forced = any(c.lower_ in ("forcibly", "forcefully", "involuntarily") for c in verb.children)
        return requires == "passive_or_destination" and (syntax.passive(verb) or forced) and not safe
    if requires == "border":
        targets = [o for _p, o in finder.preps(verb)] + syntax.objects(verb)
        return any(finder.place_name(t)[0] or any(w in t.text.lower() for w in places["border_words"]) for t in targets)
    if requires == "taken_across":  # "a broker took her across the river", "took Ana Ruiz to Thailand"
        if not satisfied(finder, verb, "person_object"):
            return False  # not "took the money across the river"
        for preposition, target in finder.preps(verb):
            named, name = finder.place_name(target)
            if preposition in ("across", "over") and (named or any(w in target.lower_ for w in places["border_words"])):
                return True
            if preposition in ("to", "into") and named and finder.g.by_id(named).place_kind == "country":
                return name not in places["north_korea"]  # taken back there: a return, not a crossing of hers
        return False
    if requires == "safe_arrival":  # "defected to South Korea in 2009": arrived; "tried to defect to …": no
        mood, _attributes = modality.classify(verb, finder.lex.verbs, "resettlement", False)
        return mood == "asserted" and satisfied(finder, verb, "safe_destination")
    if requires == "crossing_point":  # "defected to South Korea via the JSA": crossed there as well
        return event_places.crossing_point(finder, verb) is not None
    if requires in ("safe_destination", "third_country"):
        targets = [o for p, o in finder.preps(verb) if p in ("in", "to", "into")] + syntax.objects(verb)
        for target in targets:
            entity_id, name = finder.place_name(target)
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
            any(w in t.lower_ for t in _head_words(o) for w in places["camp_words"])
            or (finder.place_name(o)[0] and finder.g.by_id(finder.place_name(o)[0] or "").place_kind == "camp")
            for p, o in finder.preps(verb)
            if p in ("to", "into")
        )
    if requires == "money":
        return finder.amount_for(verb) is not None
    if requires in ("person_object", "people_object"):  # "… tried to cross, was caught": the shared subject
        # … or a passive infinitive's understood one ("it took a month after I crossed to be sold")
        shared = [finder.subjects(verb)[1]] if syntax.passive(verb) and syntax.shares_subject(verb) else []
        return any(  # "they were caught": "they" standing for the party named before; not "the bag of X"
            ((p := finder.entity_in(o, ("person", "group"))) is not None and not args.thing_of(o, p, finder.entity))
            or bool(parties.collective_members(o, finder.entity, finder.g))
            # "three girls were sold", also a part of them: "sold two of the women"
            or (requires == "people_object" and _described_people(role_types.partitive_whole(o), verb))
            # "a North Korean soldier was shot": someone only described is a person too
            or (requires == "person_object" and _described_person(o))
            for o in [*syntax.objects(verb), *shared, indirect.shared_object(verb)]  # "shot and injured Kim"
            if o is not None
            and o.dep_ != "dative"  # "sold the videos to his users": the buyers are not sold
            and not _part_of_things(finder, o)  # "sold one of their Tarvik oil fields": no one
        )
    if requires == "questioned":  # "was interrogated by the police": held; "during their detention": that custody's
        said = modality_words()
        preps = finder.preps(verb)
        told = any(finder.lex.nouns.get(o.lemma_.lower()) for p, o in preps if p in said["questioning_during"])
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        agents += [o for p, o in preps if p == "by"]
        by_civilians = any(o.lemma_.lower() in said["questioners_holding_no_one"] for o in agents)
        return syntax.passive(verb) and not told and not by_civilians and satisfied(finder, verb, "people_object")
    if requires == "people_of":  # "the trafficking of Ana Cruz", "her trafficking"; not "drug trafficking"
        whose = [o for preposition, o in finder.preps(verb) if preposition == "of"]
        whose += [c for c in verb.children if c.dep_ == "poss"]
        whose += undergone.bearers(verb)  # "Ana Cruz was a victim of trafficking"
        return any(finder.entity_in(o, ("person", "group")) is not None or _described_people(o, verb) for o in whose)
    if requires == "received":  # "Ana Berg received death threats"; not "the threat of war"
        return bool(threats.receivers(verb))
    if requires == "charge":  # "was charged", "charged Ana Ruiz with murder": not "charged patients a fee"
        return syntax.passive(verb) or (
            satisfied(finder, verb, "person_object") and satisfied(finder, verb, "with:with")
        )
    if requires == "reprisal":  # "fired for joining a union", "sacked three union organisers"
        return labour.reprisal(finder, verb)
    if requires == "wage_earners":  # "the crew had not been paid since March"
        return labour.wage_earners(finder, verb)
    if requires == "failed_wages":  # "failed to pay the crew"
        return labour.failed_wages(finder, verb)
    if requires == "held_in":  # "Kim is in jail", "spent two years in prison": not "the prison's gate"
        return bool(args.held_in(verb))
    if requires == "on_or_of":
        return bool(args.informed_about(verb, finder.entity, finder.g))
    if requires == "sent_back":  # "their forced return", "his return to Norland", "the return of the refugees"
        return _sent_back(finder, verb)  # not "the striker's return", "a return on investment"
    if requires == "handed_over":  # "handed over to the police", not "turned the boy over to a neighbour"
        over = any(c.lower_ == "over" for c in [*verb.children, *misread_particles(verb)])
        return over and not _to_private_person(finder, verb)
    if requires == "apprehended":  # "was detained by police", not "were detained in Kunming"
        return syntax.passive(verb) and args.apprehended(verb)
    if requires != "duration":
        return False
    return sentence_events.term_of(verb, finder.durations) is not None  # "jailed for life": a term without an end


def _described_person(noun: Any) -> bool:
    """A singular noun of a person with no possessor: someone only described ("a soldier", "the man"), not a relative
    of someone the text does not resolve ("her daughter" with no "her" known)."""
    owned = any(c.dep_ == "poss" for c in noun.children)
    return noun.tag_ == "NN" and not owned and role_words.is_person_noun(noun)


def _sent_back(finder: EventFinder, noun: Any) -> bool:
    """The noun "return" as a sending back: forced ("their forced return"), to or from a place ("his return to
    Norland", "from Valdor"), of someone ("the return of the refugees"), or wanted of others ("demanded the boy's
    return", "pressed for her return"); not "the striker's return" to play, "a return on investment"."""
    words = condition_words()
    if any(c.dep_ in ("amod", "compound") and c.lower_ in words["forced_returns"] for c in noun.children):
        return True
    for preposition, pobj in finder.preps(noun):
        if preposition in ("to", "into", "from") and finder.place_name(pobj)[0]:
            return True
        if preposition == "of" and pobj.pos_ in ("NOUN", "PROPN"):
            return True
    node = noun
    for _ in range(3):  # "demanded his return", "rallied to press for the boy's return"
        if node.dep_ not in ("dobj", "pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in words["return_wanted"]:
            return True
    return False


def _head_words(phrase: Any) -> list[Any]:
    """A noun and the words that make its name or kind: "the Tarvik Detention Facility", "immigration detention"."""
    return [phrase, *(c for c in phrase.children if c.dep_ in ("compound", "amod"))]


def _part_of_things(finder: EventFinder, phrase: Any) -> bool:
    """A part taken of things ("one of their Tarvik oil fields", "two of his farms"): the whole a noun that is no
    person, no noun of kinship or description, and names no one (not "one of her daughters", "one of the Vos
    brothers")."""
    whole = role_types.partitive_whole(phrase)
    return bool(
        whole.i != phrase.i
        and whole.pos_ == "NOUN"
        and whole.lemma_.lower() not in person_nouns()
        and finder.entity(whole) is None
    )


def _described_people(phrase: Any, verb: Any) -> bool:
    """A noun of kinship or description that names people, not one name ("three girls were sold", "sold the
    women to farmers"), also through the relative pronoun that stands for it ("girls who had been sold")."""
    if phrase.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        phrase = verb.head
    return bool(phrase.pos_ == "NOUN" and phrase.lemma_.lower() in person_nouns())


def _to_private_person(finder: EventFinder, verb: Any) -> bool:
    """Whether what is handed over goes to one person ("turned the child over to a woman", "handed him over to
    his aunt"): a handing over between people, not into the custody of a state ("to the police", "to the
    border guards", "to China")."""
    private = condition_words()["private_recipients"] | kin_nouns()
    for preposition, recipient in finder.preps(verb):
        if preposition != "to":
            continue
        entity_id = finder.entity(recipient)
        if recipient.lemma_.lower() in private or (entity_id and finder.g.by_id(entity_id).kind == "person"):
            return True
    return False


def _kept_held(finder: EventFinder, verb: Any) -> bool:
    """ "She was kept in a cell", "the guards kept him in handcuffs": a person held. Passive, unless the one kept is
    a thing kept nowhere ("these matters should be kept between the people concerned"); active, with a person as
    object and a place or restraint of custody after in/inside/under (``kept_in``; not "kept him in mind")."""
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "inside", "at", "under")]
    if syntax.passive(verb):  # a thing kept somewhere no one holds anyone: "kept between the people concerned"
        things = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and not _person_noun(c)]
        return not things or bool(preps) or satisfied(finder, verb, "people_object")
    places = condition_words()["kept_in"]
    kept_in = any(
        p.lower_ != "at"
        and any(o.lemma_.lower() in places or o.lower_ in places for o in p.children if o.dep_ == "pobj")
        for p in preps
    ) or any(c.lower_ in places and c.dep_ in ("advmod", "oprd") for c in verb.children)
    people = [o for o in syntax.objects(verb) if o.dep_ == "dobj" and _person_noun(o)]  # "the prisoners"
    return kept_in and bool(
        people or satisfied(finder, verb, "person_object") or satisfied(finder, verb, "people_object")
    )


def _person_noun(noun: Any) -> bool:
    return bool(role_words.is_person_noun(noun) or role_words.is_role_word(noun))
