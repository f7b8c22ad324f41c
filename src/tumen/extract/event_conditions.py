"""Conditions a sense of a trigger needs beyond voice and destination (``requires`` in
``data/events.yaml``; words under ``conditions:``), and the place such a sense gives its event.

- **custody** — out of a place of custody, not out of a country: *escaped from the camp*, *fled
  Camp 14*, *broke out of prison*; also an escape that ends a stay in one: *she lived in Camp 14
  until her escape*, *he was held in the prison until he escaped* (the place left is the escape's).
- **barrier** — past the fence or wall of a place of custody: *crawled beneath the camp's fence*.
- **camp_birth** — born in a place of custody, so held from birth: *born in a prison camp*.
- **fatal** — a shooting of a person that kills: *shot dead*, *shot to death*, *shot and killed*.
- **testimony** — what is changed or retracted is one's own account: *changed key parts of his story*.
- **untrue_account** — what is admitted is that one's own account was untrue: *admitted that her account was
  wrong*, *confessed that the story he had told was not true* (:func:`untrue_account`).
- **legal** — a conviction that is a verdict, not a belief held: not *true to her convictions*, *his political
  convictions* (:func:`held_belief`).
- **gunshot** — a wound from a gun: *suffered gunshot wounds*.
- **from_abroad** — coming back from another country, of one's own accord: *he returned from China*
  (crossing back; *was returned from China* and *returned from China to Hyesan* are other senses).
- **abroad** — a journey noun going to a country: *made several food runs to China*.
- **hidden** — held where no one may find the one held: *held at an undisclosed location*, *detained in a secret
  prison* (a disappearance besides the detention); *held incommunicado* is held without contact, a detention only,
  unless the text speaks of the held one's whereabouts (*his family asked about his whereabouts*).
- **electric** — a shock given by electricity: *electric shocks*, *shocked him with electricity* (torture).
- **accidental** (:func:`accidental`, for ``requires: inflicted``) — a harm told as an accident is no attack:
  *injured in a car crash*, *wounded in the fire* (a blaze; *by fire* may be gunfire).
- **menaced** — a threat to a person: the verb's own person object (*threatened the reporter*), or the person
  object of the harm threatened (*threatened to send her to jail*, *threatened to arrest and beat him*: the one
  threatened, :func:`menaced`), or people described when someone threatens them (*the police threatened the
  reporter*, *guards threatened to rape their wives*); not *threatened to close the plant*, *threatened to involve
  the police*, *the new law threatened journalists*.
- **premises** — what is searched is a home, an office or other premises: *police searched her home*, *the offices
  were ransacked*, *searches of their apartments*, *house searches* (a raid); not *searched the area*, *searched him*.
- **no_destination**, **since** — conditions of senses a negation tells (:mod:`tumen.extract.event_negation`):
  *never came back* with nowhere after it, *has not seen her since*.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tumen.extract import event_negation
from tumen.extract import event_syntax as syntax
from tumen.extract.event_lexicon import condition_words, lexicon, modality_words, place_words
from tumen.extract.nlp import sentence_at
from tumen.extract.role_words import is_person_noun
from tumen.extract.undergone import found_body
from tumen.extract.untrue_accounts import untrue_account

NAMES = frozenset(
    {
        "custody",
        "barrier",
        "camp_birth",
        "fatal",
        "aflame",
        "seized",
        "found_dead",
        "testimony",
        "untrue_account",
        "gunshot",
        "no_destination",
        "since",
        "from_abroad",
        "abroad",
        "country_left",
        "unknown",
        "missing",
        "undisclosed",
        "hidden",
        "electric",
        "menaced",
        "premises",
        "held_captive",
        "legal",
        "proceedings",
        "sex_compelled",
        "unaccounted",
    }
)
STAY_PREPOSITIONS = ("in", "at", "inside", "into")
BIRTH_REACH = 10  # tokens after "born" where its place may stand
PAST = ("beneath", "under", "underneath", "over", "through", "across", "past")
REFLEXIVE_OBJECTS = frozenset(["himself", "herself", "themselves", "themself", "myself", "yourself", "ourselves"])


def headline_predicate(word: Any) -> bool:
    """A headline's predicate without its copula: "Activist Karl Vos missing after arrest", "Karl Vos's whereabouts
    unknown" — the root of its sentence, with a subject and no auxiliary (a participle in -ing or an adjective
    alone states nothing in running prose)."""
    return bool(
        word.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" for c in word.children)
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in word.children)
    )


def threatened_acts(verb: Any) -> list[Any]:
    """The harms a verb of menace threatens ("threatened to send her to jail", "to arrest and beat him"): its
    infinitive complement and the verbs joined to it that are triggers of a harm (not "threatened to involve the
    police", "threatened to revoke his bail")."""
    if verb.lemma_.lower() not in condition_words()["menace"]:
        return []
    lex = lexicon()
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)]
    acts = [t for act in infinitives for t in (act, *act.conjuncts) if t.pos_ == "VERB"]
    return [t for t in acts if any(s.type in lex.harms for s in lex.verbs.get(t.lemma_.lower(), []))]


def _menacer(finder: Any, verb: Any) -> bool:
    """Whether a verb of menace is done by someone: a person, group or organisation, a pronoun for people, or a
    noun for persons or for an agent of force ("the police", "guards", "the kidnappers")."""
    subject, _patient, agent = finder.subjects(verb)
    doer = agent if agent is not None else subject
    if doer is None:
        return False
    if finder.entity_in(doer) is not None or doer.lower_ in ("he", "she", "they", "we", "i", "who"):
        return True
    return force_agent(doer) or is_person_noun(doer)


def force_agent(noun: Any) -> bool:
    """ "the police", "secret police", "gunmen", "security forces": a noun for an agent of force."""
    words = [*(c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod")), noun.lower_]
    phrases = {" ".join(words[k:]) for k in range(len(words))} | {noun.lemma_.lower()}
    return bool(phrases & condition_words()["force_agents"])


def menaced(verb: Any) -> Any | None:
    """The one a verb of menace with no object of its own threatens: the object of the act threatened ("the guard
    threatened to send her to jail": her)."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    return next((c for act in threatened_acts(verb) for c in act.children if c.dep_ == "dobj"), None)


def accidental(trigger: Any) -> bool:
    """A harm told as an accident, not as done by anyone: a mishap it happened in ("injured in a car crash",
    "wounded in the fire", "hurt during a stampede"), also as the passive's doer ("injured by the quake")."""
    words = condition_words()
    if any(c.dep_ == "advmod" and c.lower_ in words["accidental"] for c in trigger.children):
        return True  # "accidentally injured"
    doers = [("by", o) for c in trigger.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(
        (p in words["accident_prepositions"] and o.lemma_.lower() in words["accidents"])
        or (p in words["blaze_prepositions"] and o.lemma_.lower() in words["blazes"])
        for p, o in [*_preps(trigger), *doers]
    )


def held_belief(noun: Any) -> bool:
    """A noun such as "conviction" told as a belief held: described by a word of ``belief_kinds`` ("his political
    convictions") or the "of" or "to" of a word of ``belief_heads`` ("true to her convictions", "the courage of his
    convictions")."""
    words = condition_words()
    if any(c.dep_ in ("amod", "compound") and c.lower_ in words["belief_kinds"] for c in noun.children):
        return True
    link = noun.head
    return noun.dep_ == "pobj" and link.lower_ in ("of", "to") and link.head.lower_ in words["belief_heads"]


def self_inflicted(trigger: Any) -> bool:
    """A harm done to oneself, its object a reflexive pronoun: "she killed herself", "before killing himself", "the
    workers who killed themselves" — a death, no one killed by another."""
    return any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE_OBJECTS for c in trigger.children)


def holds(finder: Any, trigger: Any, requires: str) -> bool:
    words = condition_words()
    if requires == "custody":
        return custody_place(finder, trigger) is not None
    if requires == "unknown":  # "her whereabouts remain unknown": the subject of a verb of being said unknown
        said = [c for c in trigger.head.children if c.dep_ == "acomp"] if trigger.dep_ == "nsubj" else []
        said += [trigger.head] if trigger.dep_ == "nsubj" and headline_predicate(trigger.head) else []
        return any(c.lemma_.lower() in words["unknown"] for c in [*said, *trigger.children] if c.dep_ != "prep")
    if requires == "missing":  # "she is still missing", "reported missing", "went missing": not "missing a deadline"
        if trigger.lower_ != "missing" or any(c.dep_ == "dobj" for c in trigger.children):
            return False
        missing = any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in trigger.children) or (
            trigger.dep_ in ("acomp", "oprd", "advcl", "xcomp") and trigger.head.lemma_.lower() in words["missing"]
        )  # of a person: not "a fifth of them are missing"
        missing = missing or headline_predicate(trigger)  # "Activist Karl Vos missing after arrest"
        return missing and any(t is not None and finder.entity_in(t, ("person",)) for t in finder.subjects(trigger)[:2])
    if requires == "unaccounted":  # "arrested and still unaccounted for": of people taken or held, not of a flood's
        return _taken(finder, trigger)
    if requires == "undisclosed":  # "taken to an undisclosed location": held where no one knows
        return any(
            p in ("to", "into", "away")
            and o.lemma_.lower() in words["unknown_places"]
            and any(c.lower_ in words["undisclosed"] for c in o.children if c.dep_ == "amod")
            for p, o in _preps(trigger)
        )
    if requires == "hidden":  # "held at an undisclosed location", "kept in a secret prison"
        if any(c.lower_ in words["cut_off"] and c.dep_ != "aux" for c in trigger.children):
            return any(t.lower_ in words["whereabouts"] for t in trigger.doc)  # "incommunicado": where is he?
        return any(
            p in words["hidden_prepositions"]
            and o.lemma_.lower() in words["unknown_places"] | words["hidden_custody"]
            and any(c.lower_ in words["undisclosed"] for c in o.children if c.dep_ in ("amod", "compound"))
            for p, o in _preps(trigger)
        )
    if requires == "electric":  # "electric shocks", "shocked him with electricity", "shocked her with a stun gun"
        if any(c.dep_ in ("amod", "compound") and c.lower_ in words["electric"] for c in trigger.children):
            return True
        return any(p == "with" and o.lemma_.lower() in words["electric"] for p, o in _preps(trigger))
    if requires == "barrier":
        return any(
            pobj.lemma_.lower() in words["barriers"] and any(_custody(finder, t) for t in pobj.subtree)
            for preposition, pobj in _preps(trigger)
            if preposition in PAST
        )
    if requires == "camp_birth":
        return trigger.lemma_.lower() == "bear" and _birthplace(finder, trigger) is not None
    if requires == "fatal":  # and of a person: "shot dead", not "a tyre shot to pieces"
        near = [*trigger.children, *(t for c in trigger.children if c.dep_ == "prep" for t in c.children)]
        fatal = any(t.lower_ in words["fatal"] or (t.dep_ == "conj" and t.lemma_ == "kill") for t in near)
        undergone = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]  # "shot two villagers dead"
        # "a worker who was stabbed to death": the "who" stands for the noun the relative clause describes
        undergone = [syntax.described(trigger, c) or c for c in undergone]
        # ... and "Ana Berg, who was shot dead": the person the "who" stands for
        someone = any(finder.person(u) or finder.described_someone(u) for u in undergone)
        return fatal and (finder.satisfied(trigger, "person_object") or someone)
    if requires == "seized":  # "was taken by secret police from a hotel room"; not "taken by ambulance to hospital"
        agents = [o for p, o in finder.preps(trigger) if p == "by"]  # ("taken into custody": a custody phrase's)
        custody = any(p == "into" for p, _o in finder.preps(trigger))
        seized = syntax.passive(trigger) and not custody and any(map(force_agent, agents))
        return seized and finder.satisfied(trigger, "people_object")
    if requires == "aflame":  # "set him on fire", "was set ablaze"; not "set the car on fire", "set himself alight"
        on = [t for c in trigger.children if c.dep_ == "prep" and c.lower_ == "on" for t in c.children]
        near = [*trigger.children, *on]
        undergone = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        reflexive = any(c.lower_.endswith(("self", "selves")) for c in undergone)
        burning = any(t.lower_ in words["aflame"] and t.dep_ != "dobj" for t in near)
        return burning and not reflexive and finder.satisfied(trigger, "person_object")
    if requires == "found_dead":  # "she was found dead": passive, with a word of death; not "police found him dead"
        dead = any(c.lower_ in words["fatal"] and c.dep_ != "prep" for c in trigger.children)
        dead = dead or _someone(finder, found_body(trigger))  # "the body of Dara Loman was found", "her body was …"
        return dead and syntax.passive(trigger)
    if requires == "menaced":  # "threatened the reporter", "threatened to send her to jail"
        acts = (trigger, *threatened_acts(trigger))
        if any(finder.satisfied(t, "person_object") for t in acts):
            return True  # a person named or referred to; one only described ("threatened the reporter", "to
        # arrest his wife") is menaced by someone, not by a thing ("the new law threatened journalists")
        described = any(is_person_noun(o) for t in acts for o in syntax.objects(t) if o.pos_ == "NOUN")
        return (described or any(finder.satisfied(t, "people_object") for t in acts)) and _menacer(finder, trigger)
    if requires == "premises":  # "searched her home", "the offices were ransacked", "a search of the offices"
        kinds = ("dobj", "nsubjpass", "compound") if trigger.pos_ == "NOUN" else ("dobj", "nsubjpass")
        targets = [*(c for c in trigger.children if c.dep_ in kinds), *(o for p, o in _preps(trigger) if p == "of")]
        return any(t.lemma_.lower() in words["premises"] for t in targets)
    if requires == "sex_compelled":  # "forced her to have sex", "coerced him into sex", "forced into sexual acts"
        made = [c for c in trigger.children if c.dep_ == "xcomp"]
        made += [c for p in trigger.children if p.dep_ == "prep" and p.lower_ == "into" for c in p.children]
        things = [*made, *(c for a in made for c in a.children if c.dep_ in ("dobj", "pobj"))]
        return any(
            t.pos_ == "NOUN"
            and (
                t.lemma_.lower() in words["compelled_sex"]
                or any(c.dep_ == "amod" and c.lower_ in words["compelled_sex_marks"] for c in t.children)
            )
            for t in things
        )
    if requires == "held_captive":  # passive, and not an occasion: "was held by police", not "the strike was held"
        held = [c for c in trigger.children if c.dep_ == "nsubjpass"]
        held += [trigger.head] if trigger.dep_ == "acl" else []  # "the strike held on Monday"
        return syntax.passive(trigger) and not any(t.lemma_.lower() in words["occasions"] for t in held)
    if requires == "proceedings":  # "the prosecution of Cruz began", "prosecutions loomed"; not "the prosecution said"
        side = trigger.dep_ == "nsubj" and trigger.tag_ == "NN" and any(c.lower_ == "the" for c in trigger.children)
        side = side and not any(c.dep_ == "prep" and c.lower_ in ("of", "against") for c in trigger.children)
        return not side or trigger.head.lemma_.lower() in words["proceedings_courses"]
    if requires == "legal":  # "his conviction for fraud", not "true to her convictions" (a belief)
        return not held_belief(trigger)
    if requires == "testimony":
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(t.lemma_.lower() in words["testimony"] for o in objects for t in o.subtree)
    if requires == "untrue_account":
        return untrue_account(trigger)
    if requires in ("from_abroad", "abroad"):
        wanted = ("from",) if requires == "from_abroad" else ("to", "into")
        if requires == "from_abroad" and (
            finder.satisfied(trigger, "passive") or any(p in ("to", "into") for p, _o in _preps(trigger))
        ):
            return False
        if requires == "abroad" and not _made_journey(trigger):  # "a trip to Geneva in October" is nobody's yet
            return False
        return any(p in wanted and _country(finder, o) for p, o in _preps(trigger))
    if requires == "country_left":  # "Ri left Norland in 2003", "left the country with her son"; not "left the room",
        # nor a company's "left Norland" (people leave a country: one with no person as subject tells no crossing)
        if _time_bound(trigger) or _left_in_a_state(trigger, words["left_states"]):
            return False  # "before she left Norland for good"; "left the country divided", "… deeply in debt"
        subject = finder.subjects(trigger)[0]
        if subject is None or (subject.pos_ != "PRON" and finder.entity_in(subject, ("person", "group")) is None):
            return False
        left = [c for c in trigger.children if c.dep_ == "dobj"]
        homes = words["homelands"]
        named = [o for o in left if o.pos_ == "PROPN"]  # "Norland" itself, not "much of Norland's army"
        return any(_country(finder, o) for o in named) or any(
            o.lemma_.lower() in homes and _determined(o) for o in left
        )
    if requires == "no_destination":
        return event_negation.no_destination(trigger)
    if requires == "since":
        return event_negation.seen_since(finder, trigger)
    if requires == "gunshot":
        return any(c.dep_ in ("compound", "amod") and c.lower_ in words["gunshot"] for c in trigger.children)
    return False


def custody_place(finder: Any, trigger: Any) -> Any | None:
    """The phrase naming the place of custody an escape leaves: its object or what follows "from"/"out
    of" (*escaped from the camp*), else where the clause it ends was spent (*in Camp 14 until his escape*)."""
    words = condition_words()
    left = [c for c in trigger.children if c.dep_ == "dobj"]
    left += [pobj for preposition, pobj in _preps(trigger) if preposition in words["custody_prepositions"]]
    for phrase in left:
        if _custody(finder, phrase):
            return phrase
    stay = _ended_stay(trigger)
    if stay is None:
        return None
    if stay.dep_ == "relcl" and _custody(finder, stay.head):  # "Camp 14, where he was born, until his escape"
        return stay.head
    return next(
        (p for preposition, p in _preps(stay) if preposition in STAY_PREPOSITIONS and _custody(finder, p)), None
    )


def place_of(finder: Any, trigger: Any, event_type: str) -> str | None:
    """The place entity of the custody an escape leaves, or of the camp one was born in, when the text names it."""
    if event_type == "escape":
        phrase = custody_place(finder, trigger)
    elif event_type == "detention" and trigger.lemma_.lower() == "bear":
        phrase = _birthplace(finder, trigger)
    else:
        return None
    return finder.place_name(phrase)[0] if phrase is not None else None


def _birthplace(finder: Any, born: Any) -> Any | None:
    """The place of custody after "born in/at/into", also where the parser lost the preposition's attachment to
    "born" (*born Kim In Su at the Hwasong camp*: "In" read as a preposition): the first such phrase of the
    clause, before any other verb, though the parser took "In" for a new sentence."""
    for preposition, pobj in _preps(born):
        if preposition in STAY_PREPOSITIONS and _custody(finder, pobj):
            return pobj
    if born.dep_ == "relcl" and _custody(finder, born.head):  # "Camp 14, where he was born"
        return born.head
    for token in born.doc[born.i + 1 : born.i + BIRTH_REACH]:
        if token.pos_ in ("VERB", "AUX") or token.text in (";", ".", "—"):
            return None
        if token.lower_ in STAY_PREPOSITIONS and token.pos_ == "ADP":
            found = next((c for c in token.children if c.dep_ == "pobj" and _custody(finder, c)), None)
            if found is not None:
                return found
    return None


def _ended_stay(trigger: Any) -> Any | None:
    """The clause an escape ends: *[lived in Camp 14] until his escape*, *[being in the camp] until he escaped*."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "until":
        return trigger.head.head
    if any(c.dep_ == "mark" and c.lower_ == "until" for c in trigger.children) and trigger.head.i != trigger.i:
        return trigger.head
    return None


def _custody(finder: Any, token: Any) -> bool:
    """A place of custody: a camp or prison word, or a place the gazetteer knows as a camp (also "one of the camps")."""
    if token.lower_ in ("one", "some", "any", "each"):
        token = next((o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), token)
    if token.lemma_.lower() in place_words()["camp_words"] or token.lower_ in place_words()["camp_words"]:
        return True
    found = finder.entity(token)
    return found is not None and finder.g.by_id(found).place_kind == "camp"


def _made_journey(noun: Any) -> bool:
    """A journey someone made or took ("her parents made several food runs", "his trip"), not one planned
    for others ("will lead defectors on a trip to the United States")."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in modality_words()["journey_verbs"]


def _country(finder: Any, token: Any) -> bool:
    found = finder.place_name(token)[0]
    return found is not None and finder.g.by_id(found).place_kind == "country"


def _time_bound(verb: Any) -> bool:
    """A clause that only bounds another event's time: "before she left", "until he left"."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("before", "until", "till") for c in verb.children
    )


def _left_in_a_state(verb: Any, states: frozenset[str]) -> bool:
    """ "left the country divided", "left the country deeply in debt": the state a country was left in, no journey."""
    if any(c.dep_ in ("oprd", "xcomp", "acomp") for c in verb.children):
        return True
    return any(p == "in" and o.lemma_.lower() in states for p, o in _preps(verb))


def _determined(noun: Any) -> bool:
    """A noun with a determiner or a possessor: "the country", "her homeland" (not "a country")."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in noun.children)


def _preps(token: Any) -> Iterator[tuple[str, Any]]:
    """(preposition, object) under a word, also through a particle: *out of prison*, *born into a camp*."""
    for child in token.children:
        if child.dep_ in ("prep", "prt", "advmod"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    yield child.lower_, grandchild
                elif grandchild.dep_ == "prep":  # "out of the camp"
                    yield from ((child.lower_, o) for o in grandchild.children if o.dep_ == "pobj")


def left_behind(finder: Any, trigger: Any) -> str | None:
    """Where one stayed after failing to leave it: *tortured after a failed attempt to flee Camp 14* — in
    Camp 14 (an attempt that failed leaves its subject where it began)."""
    words = condition_words()
    for token in trigger.subtree:
        if token.lower_ != "after" or token.dep_ != "prep":
            continue
        for attempt in (c for c in token.children if c.dep_ in ("pobj", "pcomp")):
            failed = attempt.lemma_.lower() == "fail" or any(
                c.dep_ in ("amod", "advmod") and c.lemma_.lower() in words["failure"] for c in attempt.children
            )
            if not failed:
                continue
            for flight in (c for c in attempt.children if c.dep_ in ("acl", "xcomp")):
                if flight.lemma_.lower() not in words["leaving"]:
                    continue
                left = [c for c in flight.children if c.dep_ == "dobj"]
                left += [o for p, o in _preps(flight) if p in words["custody_prepositions"]]
                for phrase in left:
                    found = finder.place_name(phrase)[0]
                    if found is not None:
                        return str(found)
    return None


def stray_back(verb: Any) -> Any | None:
    """ "Laos has sent nine North Koreans who fled their homeland last month back to China": the parser hung
    "back" on the verb of leaving in the object's relative clause, where it cannot belong (one does not flee
    a homeland back to China); it is the outer verb's particle (sent … back)."""
    words = condition_words()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for clause in (c for c in obj.children if c.dep_ == "relcl" and c.lemma_.lower() in words["leaving"]):
            if not any(c.dep_ == "dobj" for c in clause.children):
                continue
            back = next((c for c in clause.children if c.lower_ == "back" and c.dep_ in ("advmod", "prt")), None)
            if back is not None:
                return back
    return None


def predicative(token: Any, verbs: dict[str, Any]) -> str | None:
    """An adjective after a verb of being read as the verb the vocabulary lists: a form in -ing ("Kim went missing",
    :func:`event_syntax.predicative_ing`), or an adjective listed whole (``adjectives``: "they remain unaccounted
    for", not "she had been free for years")."""
    if token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT") and token.lower_ in condition_words()["adjectives"]:
        return str(token.lower_)
    return syntax.predicative_ing(token, verbs)


def _someone(finder: Any, owner: Any | None) -> bool:
    """Whether the owner of a dead body found is someone: a person's pronoun ("her body"), a person or people named
    or described ("the body of the activist", "the bodies of two men"), not a thing ("the body of the report")."""
    if owner is None:
        return False
    if owner.pos_ == "PRON":  # "…, inspector Karl Vos said. His body was recovered": not the one who spoke
        return owner.lower_ != "its" and finder.entity_in(owner, ("person",)) not in _speakers(finder, owner)
    kinds = ("person", "group")
    return is_person_noun(owner) or finder.entity_in(owner, kinds) is not None or finder.described_someone(owner)


def _speakers(finder: Any, token: Any) -> set[str | None]:
    """The persons said to speak (the subject of a verb of ``reporting_verbs``) in the sentence before a token's."""
    saying = modality_words()["reporting_verbs"]
    verbs = [t for t in sentence_at(token, -1) if t.pos_ == "VERB" and t.lemma_.lower() in saying and t.i < token.i]
    return {finder.entity_in(c, ("person",)) for v in verbs for c in v.children if c.dep_ == "nsubj"} - {None}


def _taken(finder: Any, trigger: Any) -> bool:
    """Whether those said unaccounted for are told taken or held in its sentence or the one before: the patient of
    a verb of ``taken`` ("Dara Loman, who was abducted in March, remains unaccounted for") or the owner of its noun
    ("after his arrest")."""
    kinds = ("person", "group")
    people = {finder.entity_in(t, kinds) for t in finder.subjects(trigger)[:2] if t is not None} - {None}
    for word in (t for s in (-1, 0) for t in sentence_at(trigger, s) if t.lemma_.lower() in condition_words()["taken"]):
        held = [finder.subjects(word)[1]] if word.pos_ == "VERB" else [c for c in word.children if c.dep_ == "poss"]
        held += [o for p, o in _preps(word) if p == "of"] if word.pos_ == "NOUN" else []
        if any(t is not None and finder.entity_in(t, kinds) in people for t in held):
            return True
    return False
