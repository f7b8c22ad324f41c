"""Who underwent a harm, and at whose hands, as told around its word (docs/extraction.md, "Violations: senses, the
described victim and doers named by the deed"); the words are ``undergoing`` in ``data/events.yaml``.

- Marks on a body (:func:`bearers`): "his body bore marks of torture", "the bodies of three farmers showed signs of
  torture", "a teacher whose body was found bearing signs of torture", "he still has scars of the beatings" — the
  event noun after "of" under a noun of marks, the object of a verb of showing, befell the one the marks are on:
  the owner of the body (its possessor, its "of", or the noun a "whose" stands for), or the person who bears them.
- Having been subject to it (:func:`bearers`): "they have been subject to torture", "she was subject to beatings" —
  the subject of a past or perfect "be subject to" underwent it ("is subject to arrest" is a liability, not an event).
- At the hands of someone (:func:`hands_of`): "beaten at the hands of the police", "torture at the hands of
  soldiers", "suffered abuse at the hands of guards" — the doer; a death told so is a killing they dealt
  (:func:`killers`, :func:`dealt`): "three protesters died at the hands of the police"; so is a death a verdict
  names a killing (:func:`ruled`): "her death was ruled a homicide"; so is a death in a fire someone set
  (:func:`fire_setter`): "he died when attackers set fire to his house" — the ones who set it killed him.
- Found dead (:func:`found_dead`): "the activist was found dead in her flat" — a death told by its finding; so is
  the finding of someone's dead body (:func:`found_body`, :func:`owned`): "the body of the activist was found", "her
  body was discovered", "the bodies of two men were pulled from the river" — the owner of the body died.
- Killed by a thing (:func:`cause`, :func:`caused`): "a fire that killed dozens of migrants", "floods killed 40
  people", "the gas explosion killed three workers" — the ones killed died, of that cause, and no one killed them;
  not a means of attack ("a bomb blast", "a fire set by arsonists", "an airstrike killed ten"), nor an explosion not
  told as a mishap of industry ("the embassy blast that killed ten").
- Deaths of people only counted or described (:func:`died_described`): "a fire that killed dozens of prisoners",
  "three journalists died in the fire" — a death, with no victim named and no doer.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from tumen.extract import event_syntax as syntax
from tumen.extract import suicides
from tumen.extract.event_lexicon import Trigger, condition_words
from tumen.extract.list_heads import list_head
from tumen.extract.nlp import token_at
from tumen.extract.role_words import is_person_noun
from tumen.extract.types import Event
from tumen.extract.victim_lists import list_words
from tumen.extract.vocab import load


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("events.yaml")["undergoing"]
    return {key: frozenset(str(w).lower() for w in values) for key, values in data.items() if key != "dealt"}


def _owner(body: Any) -> Any | None:
    """Whose a body is: "his body" (the possessor), "the bodies of three farmers", "a teacher whose body …"."""
    for child in body.children:
        if child.dep_ == "poss":
            if child.lower_ == "whose":  # "a teacher, whose body was found …": the noun the relative clause is on
                clause = next((t for t in body.ancestors if t.dep_ == "relcl"), None)
                return clause.head if clause is not None else None
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def _shower(verb: Any) -> Any | None:
    """The one who shows marks: the subject of the verb of showing, or of the clause a participle hangs on ("was
    found bearing signs of torture"), or the noun a participle describes ("a body bearing marks of torture")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("advcl", "acl", "xcomp", "oprd") and verb.tag_ == "VBG":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    return subject


def _head_of_list(noun: Any) -> Any:
    noun = list_head(noun)  # "signs of beatings and torture"
    return noun


def _marked(noun: Any) -> list[Any]:
    words = _words()
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return []
    marks = noun.head.head
    if marks.lemma_.lower() not in words["marks"] or marks.dep_ not in ("dobj", "conj"):
        return []
    verb = marks.head
    while verb.dep_ == "conj" and verb.lemma_.lower() not in words["showing"]:  # "bruises and signs of torture"
        verb = verb.head
    if verb.lemma_.lower() not in words["showing"]:
        return []
    subject = _shower(verb)
    if subject is None:
        return []
    if subject.lemma_.lower() in words["bodies"]:
        owner = _owner(subject)
        return [owner] if owner is not None else []
    return [subject]


def _made_subject(noun: Any) -> list[Any]:
    """ "They have been subject to torture": the subject of a past or perfect "be" whose "subject to" the noun is."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return []
    adjective = noun.head.head
    if adjective.lower_ != "subject" or adjective.pos_ != "ADJ" or adjective.head.lemma_ != "be":
        return []
    verb = adjective.head
    done = verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return [subject] if done and subject is not None else []


def _recovering(noun: Any) -> list[Any]:
    """ "He is recovering from gunshot wounds": the subject of a verb of recovering whose "from" the noun is (or,
    for a clause in -ing without one, of the clause it hangs on: "he was in hospital, recovering from …")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "from" or noun.head.head.lemma_.lower() not in _words()["recovering"]:
        return []
    for verb in [noun.head.head, *noun.head.head.ancestors][:4]:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return [subject] if subject.lower_ not in ("who", "which", "that") else [verb.head]
    return []


def _victim_of(noun: Any) -> list[Any]:
    """ "Ana Cruz was a victim of torture", "she became a victim of trafficking": the subject of the past "be" or
    "become" whose complement is a noun of a victim (``undergoing: victims``) with the event noun as its "of" (not
    an apposition, "Ana Cruz, a victim of torture, spoke on Monday", which tells no time of its own)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lemma_.lower() not in _words()["victims"]:
        return []
    victim = noun.head.head
    verb = victim.head
    if victim.dep_ != "attr" or verb.lemma_ not in ("be", "become") or verb.tag_ not in ("VBD", "VBN"):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"][:1]


def bearers(noun: Any) -> list[Any]:
    """Whom an event noun befell, told by its marks, by "been subject to", by recovering from it or by being its
    victim: [] when it is not told so."""
    head = _head_of_list(noun)
    return _marked(head) or _made_subject(head) or _recovering(head) or _victim_of(head)


def doer_named(trigger: Any) -> Any | None:
    """The doer of a harm told around its word: "at the hands of", "subjected to … by", "wounds from", "carried out"."""
    return hands_of(trigger) or subjecter(trigger) or dealt_from(trigger) or carrier(trigger)


def carrier(noun: Any) -> Any | None:
    """The subject of a verb of carrying out whose object the event noun is (``carrying_out``): "gunmen carried out a
    mass abduction of 94 students", "security forces conducted arrests of activists"; not a simple present, which
    tells a practice ("the party commits mass kidnapping of its people")."""
    noun = list_head(noun)  # "carried out arrests and beatings"
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _words()["carrying_out"]:
        return None
    if noun.head.tag_ in ("VBZ", "VBP"):
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def dealt_from(noun: Any) -> Any | None:
    """Who dealt the marks an event noun names: "wounds from border guards", "gunshot wounds obtained from soldiers",
    "wounds inflicted by the guards", "suffered wounds from guards" — a person or people (not a place: "wounds from
    the North")."""
    words = _words()
    if noun.pos_ != "NOUN" or noun.lower_ not in words["marks"]:
        return None
    dealt = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in words["dealing"]]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words["dealing"]:
        dealt.append(noun.head)  # "he suffered two gunshot wounds from border guards"
    for holder in [noun, *dealt]:
        for prep in (c for c in holder.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")):
            if prep.lower_ == "by" and holder.i == noun.i:
                continue  # "wounds by the river": a place
            doer = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if doer is not None and doer.ent_type_ not in ("GPE", "LOC", "FAC") and doer.pos_ in ("NOUN", "PROPN"):
                return doer
    return None


def hands_of(trigger: Any) -> Any | None:
    """The doer "at the hands of" names, on the event word or, for a noun, on the verb it is the object of ("suffered
    torture at the hands of guards", "been subject to beatings at the hands of soldiers")."""
    words = _words()
    places = [trigger]
    if trigger.pos_ == "NOUN":
        head = _head_of_list(trigger)
        places += [head.head] if head.dep_ == "dobj" else []
        places += [head.head.head, head.head.head.head] if head.dep_ == "pobj" else []  # "subject to …": its "be"
    for place in places:
        for prep in (c for c in place.children if c.dep_ == "prep" and c.lower_ in words["hands_prepositions"]):
            for hands in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in words["hands"]):
                for of in (c for c in hands.children if c.dep_ == "prep" and c.lower_ == "of"):
                    return next((o for o in of.children if o.dep_ == "pobj"), None)
    return None


def subjecter(noun: Any) -> Any | None:
    """The doer of a harm someone was subjected to: the subject of the active verb ("police subjected her to
    beatings") or the "by" agent of the passive ("she was subjected to torture by the guards")."""
    head = _head_of_list(noun)
    verb = head.head.head
    subjecting = load("events.yaml")["modality"]["subjected_to"]
    if head.dep_ != "pobj" or head.head.lower_ != "to" or verb.lemma_.lower() not in subjecting:
        return None
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        agents = [c for c in verb.children if c.dep_ == "agent"]
        return next((o for a in agents for o in a.children if o.dep_ == "pobj"), None)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


@cache
def _dealt() -> dict[str, str]:
    return {str(k): str(v) for k, v in (load("events.yaml")["undergoing"].get("dealt") or {}).items()}


def killers(trigger: Any, event_type: str) -> Any | None:
    """The doer of a death told "at the hands of" someone: "three protesters died at the hands of the police", "her
    death at the hands of soldiers" — a death someone dealt, a killing (:func:`dealt`); or by a fire someone set
    (:func:`fire_setter`), as is a killing by burning ("burnt alive when soldiers set the hut on fire"); None for other
    types."""
    if event_type == "killing" and trigger.lemma_.lower() in _words()["burnings"]:
        return fire_setter(trigger)  # "was burnt alive when soldiers set the hut on fire"
    return (hands_of(trigger) or fire_setter(trigger)) if event_type in _dealt() else None


def fire_setter(verb: Any) -> Any | None:
    """The doer of a death in a fire set by people, told by a clause of time on the verb of dying ("died when attackers
    set fire to the house", "died after soldiers set the hut on fire", "died when a mob torched his shop"): the
    active subject of that clause (``arson_marks``, ``arson_verbs``, ``setting`` in the vocabulary, with the fire words
    of ``conditions: aflame``)."""
    words = _words()
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"):
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in words["arson_marks"] for m in clause.children):
            continue
        lemma = clause.lemma_.lower()
        objects = [o for c in clause.children for o in (c, *c.children) if c.dep_ in ("dobj", "prep", "acomp", "oprd")]
        setter = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if (
            setter is None
            or setter.lower_ in words["arson_selves"]
            or any(o.lower_ in words["arson_selves"] for o in objects)
        ):
            continue  # "died when he set fire to himself", "when she set fire to the stove": no one else's fire
        if lemma in words["arson_verbs"] or (
            lemma in words["setting"] and any(o.lower_ in condition_words()["aflame"] for o in objects)
        ):
            return setter
    return None


def dealt(trigger: Any, sense: Trigger) -> Trigger:
    """The sense of a death told at someone's hands (:func:`killers`) as the killing it is (``undergoing: dealt``),
    else ``sense`` itself."""
    if killers(trigger, sense.type) is None and not (sense.type in _dealt() and ruled(trigger)):
        return sense
    return replace(sense, type=_dealt().get(sense.type, sense.type))


def found_body(verb: Any) -> Any | None:
    """Whose dead body the passive subject of a verb of finding is ("the body of Dara Loman was found", "her body was
    discovered", "the bodies of two men were pulled from the river", "a teacher whose body was recovered"): the
    owner of one of the ``corpses``, or None. A body coordinated with the living is the one found dead ("two women
    and the body of a man were found": the man died)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    found = [subject, *subject.conjuncts] if subject is not None else []
    body = next((t for t in found if t.lower_ in _words()["corpses"]), None)
    return _owner(body) if body is not None else None


def found_described(finder: Any, token: Any, event_type: str) -> bool:
    """Whether a death told by its finding is of someone only described ("the body of a teenage girl was found in the
    house", "a young woman was found dead", "the bodies of two more victims were found": a noun for a person or of
    victims; not a thing, "the remains of the building were recovered", nor a finding that judges, "the body of the
    committee was found to be biased"): the finding of one body is an occasion, a fact about that one person even
    with no name, time or place (as a harm done to someone described is)."""
    if event_type != "death" or token.pos_ != "VERB" or token.lemma_.lower() not in _words()["finding"]:
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in token.children):  # "was found to be biased": a judgement
        return False
    patient = owned(finder.subjects(token), event_type)[1]
    return patient is not None and (is_person_noun(patient) or patient.lower_ in list_words("victim_nouns"))


@cache
def _vague_counts() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("events.yaml")["genericity"]["vague_counts"])


def people_described(noun: Any | None) -> bool:
    """Whether a noun tells people only described or counted: a noun for persons or of victims ("three journalists",
    "a young man", "the victims"), or a count of people ("12 people", "dozens of prisoners", "hundreds"); not a thing
    ("dozens of cars"), nor someone's own ("my second child", "their workers": a person known by whose they are, an
    entity of their own when tumen makes one)."""
    if noun is None or any(c.dep_ == "poss" for c in noun.children):
        return False
    if is_person_noun(noun) or noun.lower_ in list_words("victim_nouns"):
        return True
    members = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    counted = noun.like_num or noun.lower_ in _vague_counts()
    people = _words()["counted_people"]
    if noun.lower_ in people:  # "12 people", not "people die every day"
        return any(c.dep_ == "nummod" for c in noun.children)
    return counted and all(is_person_noun(m) or m.lower_ in people for m in members if m.dep_ == "pobj")


def _lasting(thing: Any | None) -> bool:
    """A thing that kills over a long time ("famine", "the outbreak"): its toll of people counted is a statistic."""
    return thing is not None and thing.lower_ in _words()["lasting_causes"]


def the_dead(finder: Any, token: Any) -> Any | None:
    """The noun of those a death verb tells died: its object or passive subject ("a fire killed 12 prisoners",
    "two men were killed in a crash"), the owner of a body found or of the lives a thing claimed, else its subject
    ("three journalists died in the fire")."""
    subject, patient, _agent = owned(finder.subjects(token), "death")
    return patient if patient is not None else subject


def died_described(finder: Any, token: Any, event_type: str) -> bool:
    """Whether a death is told of people only described or counted, by its verb, with what killed them: a thing
    that killed ("a fire that killed dozens of prisoners", "the flood killed 12 people"), a phrase of its cause
    ("three journalists died in the fire", "a prisoner who died after being tortured"), or a harm its victims
    underwent ("the third victim died on the way to hospital") — an occasion, a fact about them even with no name,
    time or place (as a harm done to someone described is); not a death told bare ("a young man died": it still
    needs one of those), nor of a thing ("the engine died"). In the simple present only of people counted ("three
    journalists die in blast", a headline): "the workers get sick and die" tells what befalls them by habit."""
    if event_type != "death" or token.pos_ != "VERB" or _lasting(thing := cause(token)):
        return False
    dead = the_dead(finder, token)
    verb = token
    while verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.i != verb.i:  # "get sick and die": as "get"
        verb = verb.head
    if verb.tag_ in ("VBP", "VBZ") and not (dead is not None and (dead.like_num or syntax.count_of(dead))):
        return False
    victims = dead is not None and dead.lower_ in list_words("victim_nouns")
    return people_described(dead) and (thing is not None or victims or _cause_phrase(finder, verb))


def _cause_phrase(finder: Any, verb: Any) -> bool:
    """A phrase of the verb that tells what killed: a preposition of cause (``cause_prepositions``) with a thing that
    kills or an event in its phrase ("in the fire", "from COVID-19", "after being tortured", "in the attack")."""
    words = _words()
    things = words["causes"] | words["explosions"]
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in words["cause_prepositions"]]
    told = [t for p in phrases for t in p.subtree if t.i != p.i]
    if any(_lasting(t) or t.lemma_.lower() in words["lasting_causes"] for t in told):
        return False  # "hundreds of thousands died in the famine": the toll of a lasting cause, a statistic
    return any(t.lemma_.lower() in things or t.lower_ in things or finder.is_trigger(t) for t in told)


def owned(roles: tuple[Any, Any, Any], event_type: str) -> tuple[Any, Any, Any]:
    """The (subject, patient, agent) of a death verb, its patient the owner of the dead body found (:func:`found_body`)
    rather than the body itself, or of the lives a thing claimed (:func:`cause`) rather than the lives; the thing that
    killed is no subject ("the pandemic, which claimed the lives of …")."""
    subject, patient, agent = roles
    owner = found_body(patient.head) if event_type == "death" and patient is not None else None
    if event_type == "death" and patient is not None and patient.dep_ == "dobj" and cause(patient.head) is not None:
        lives = patient.lemma_.lower() in _words()["lives"]  # "the fire claimed the lives of seven children"
        return None, _owner(patient) if lives else patient, agent  # the thing is no one who died
    return subject, owner if owner is not None and patient.dep_ == "nsubjpass" else patient, agent


def ruled(trigger: Any) -> bool:
    """Whether a death noun is named a killing by a verdict on it (``undergoing: verdicts``): "her death was ruled a
    homicide", "the coroner ruled his death a murder", "the death was a murder" — not "was not a murder", "may have
    been a murder" or "whether the death was a murder"."""
    words, verdict = _words(), trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass", "dobj") or verdict.i == trigger.i:
        return False
    if verdict.lemma_.lower() not in words["verdicts"] or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") or c.lower_ in words["verdict_doubts"]
        for c in verdict.children
    ):
        return False
    named = [c for c in verdict.children if c.dep_ in words["verdict_complements"] and c.i != trigger.i]
    return any(c.lemma_.lower() in words["killing_names"] for c in named)


def found_dead(doc: Any, events: list[Event]) -> None:
    """A death told by its finding ("the activist was found dead in her flat", "police found him dead in his cell":
    a verb of ``undergoing: finding``) has the attribute ``found``; those who found the dead did not deal the death
    (no perpetrators)."""
    for event in events:
        trigger = token_at(doc, event.trigger.start, event.trigger.end) if event.type == "death" else None
        if trigger is not None and trigger.lemma_.lower() in _words()["finding"]:
            event.attributes["found"] = True
            event.participants = [p for p in event.participants if p.role != "perpetrator"]


def cause(verb: Any) -> Any | None:
    """The thing that killed, as the subject of an active verb of killing ("floods killed 40 people", "a fire that
    killed dozens", "a quake struck, killing 200"): a noun of ``causes`` with no mark of an attack by someone
    (``attack_marks``: "a bomb blast", "a fire set by arsonists", "the militants' blast"), else None."""
    words = _words()
    if verb.pos_ != "VERB" or syntax.passive(verb) or not _killing(verb, words):
        return None
    subject = syntax.described(verb, next((c for c in verb.children if c.dep_ == "nsubj"), None))
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "a quake struck, killing 200"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    subject = named_cause(subject, words["causes"]) or subject  # "Cyclone Idai killed hundreds": the cyclone
    if subject is None or not {subject.lemma_.lower(), subject.lower_} & (words["causes"] | words["explosions"]):
        return None
    if subject.lower_ in words["explosions"] and not _mishap(subject, words):
        return None  # "the embassy blast that killed ten": most often a bomb's
    marks = [c for c in subject.children if c.dep_ in ("compound", "amod", "nmod", "acl", "poss", "relcl")]
    marks += [g for c in marks if c.dep_ in ("acl", "relcl") for g in c.children if g.dep_ == "agent"]
    if any(c.dep_ in ("poss", "agent") or c.lemma_.lower() in words["attack_marks"] for c in marks):
        return None
    return subject if not any(c.lower_ in words["attack_marks"] for c in subject.lefts) else None


def named_cause(subject: Any | None, causes: frozenset[str]) -> Any | None:
    """The word for a thing that kills which a name is given to ("Cyclone Idai", "Hurricane Marla": the storm's
    name after it), else None."""
    if subject is None or subject.pos_ != "PROPN":
        return None
    return next((c for c in subject.lefts if c.dep_ == "compound" and c.lower_ in causes), None)


def _mishap(explosion: Any, words: dict[str, frozenset[str]]) -> bool:
    """An explosion told as a mishap of industry: "a gas explosion", "an explosion at the chemical plant"."""
    places = [o for p in explosion.children if p.dep_ == "prep" and p.lower_ in ("at", "in") for o in p.children]
    told = [explosion, *places]
    return any(t.lemma_.lower() in words["mishaps"] for o in told for t in (o, *o.children) if t.i != explosion.i)


def _killing(verb: Any, words: dict[str, frozenset[str]]) -> bool:
    """A verb that kills: "killed", "claimed the lives of", "left 12 people dead"."""
    lemma = verb.lemma_.lower()
    if lemma in words["claiming"]:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in words["lives"] for c in verb.children)
    if lemma in words["leaving"]:
        return any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in words["dead"] for c in verb.children)
    return lemma in words["killing_verbs"]


def caused(doc: Any, events: list[Event]) -> None:
    """A death a thing dealt (:func:`cause`) keeps the thing as its attribute ``cause`` ("fire", "gas explosion")."""
    for event in events:
        trigger = token_at(doc, event.trigger.start, event.trigger.end) if event.type == "death" else None
        thing = cause(trigger) if trigger is not None else None
        if thing is not None:
            modifiers = [c for c in thing.lefts if c.dep_ == "compound" and doc[c.i - 1].text != "-"]  # "6.7-strength"
            event.attributes["cause"] = " ".join(t.lower_ for t in [*modifiers, thing])


def deaths(doc: Any, events: list[Event]) -> None:
    """How a death is told: by its finding (:func:`found_dead`), by the thing that dealt it (:func:`caused`), by the
    person's own hand (:func:`tumen.extract.suicides.mark`)."""
    found_dead(doc, events)
    caused(doc, events)
    suicides.mark(doc, events)
