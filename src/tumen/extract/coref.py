"""In-document coreference: pronouns, kinship ("her son"), descriptions ("the boy"), gender.

Gender is decided by the kind of evidence, not by counting pronouns: explicit cues — titles (Ms, Mr), kin nouns
(mother, son), descriptions (the boy, a woman) — decide whenever there are any, however many pronouns say otherwise;
pronouns decide only a person nobody describes, and in a machine translation (``translated``) they weigh next to
nothing and choose no antecedent by gender. Pronoun votes are kept apart (``gender_votes["pronoun:female"]``) so
that resolution knows a gender resting on pronouns alone is weak and never lets it block a merge. A kin anchor never
resolves to the relative it introduces: "his son", where "his" would be the unnamed son himself, is that son again
(anchored to his parent), not the son's son. A pronoun with no antecedent of its gender means no one named when an
unnamed person of its gender is in view (:mod:`tumen.extract.unnamed_in_view`).

An unnamed couple ("a couple in their 40s", "the husband and wife") is two persons of the story, a husband and a
wife (:mod:`tumen.extract.story_people`); "their nephew" is the couple's relative and "the wife's brother" the wife's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tumen.extract import (
    age_nouns,
    anonymous_sources,
    cataphora,
    described_convicts,
    first_person_kin,
    foretold_speakers,
    kin_anchors,
    kin_counts,
    kin_heads,
    kin_relatives,
    narrators,
    public_figures,
    quotation_marks,
    role_descriptions,
    spokespersons,
    unnamed_doers,
)
from tumen.extract import story_people as people
from tumen.extract import unnamed_speakers as speakers
from tumen.extract.age_nouns import link as link_age_nouns
from tumen.extract.antecedents import either_gender, recent_person
from tumen.extract.capital_names import add_capitalised_names
from tumen.extract.clause_subjects import own_subject
from tumen.extract.entities import Grouping
from tumen.extract.event_syntax import calling_read_as_naming
from tumen.extract.gender import decide_gender, spouse_votes
from tumen.extract.gender_votes import PRONOUNS, guiding_gender, kinship_vocab, pronoun_vote, vote, vote_titles
from tumen.extract.headline_minors import link as link_headline_minors
from tumen.extract.headline_parse import bare_role, story_person
from tumen.extract.named_descriptions import earlier_mentions, introduced_apart
from tumen.extract.nlp import sentence_at, span_text, text_of
from tumen.extract.prep_objects import objects_of
from tumen.extract.previous_sentence import fits
from tumen.extract.pronoun_roles import describe as describe_by_pronoun
from tumen.extract.types import Entity, Evidence, Relation, Span
from tumen.extract.unnamed_in_view import common_noun
from tumen.extract.vocab import load

REFLEXIVES = frozenset({"himself", "herself"})
WALKED_POS = frozenset({"PRON", "NOUN", "PROPN"})  # the words :meth:`Resolver.visit` reads beyond names
FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
# Descriptions that may refer to any recent person of the right gender or age (data/kinship.yaml).
GENERIC_DESCRIPTORS = frozenset(load("kinship.yaml")["generic_descriptors"])
WINDOW_SENTENCES = 4


@dataclass
class Coref:
    """Token index -> entity id for every token that refers to a person or thing."""

    tokens: dict[int, str] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a couple's member -> both members
    narrator: str | None = None  # the person who tells a first-person account (tumen.extract.narrators)
    parties: set[str] = field(default_factory=set)  # parties of relatives (tumen.extract.kin_heads)


def _sentence_evidence(doc: Any, token: Any) -> Evidence:
    sent = sentence_at(token, 0)
    return Evidence(sent.start_char, sent.end_char, span_text(sent).strip())


class Resolver:
    """Walks a parsed document once, in order, linking every referring token to an entity."""

    def __init__(self, doc: Any, grouping: Grouping, translated: bool = False) -> None:
        self.doc = doc
        self.translated = translated  # a translation: pronoun gender is near-worthless
        self.text: str = text_of(doc)  # built once: Doc.text joins every token each time it is read
        self.g = grouping
        self.coref = Coref()
        self.coref.narrator = narrators.add_narrator(doc, grouping, self.coref.tokens)  # "I was born in …"
        self.last_seen: dict[str, int] = {}  # entity id -> token index of its last mention
        self.last_subject: dict[str, int] = {}  # entity id -> token index of its last mention as a subject
        self.sentence_of: dict[str, int] = {}
        self.kin_index: dict[tuple[str, str, str], list[str]] = {}  # (relation, anchor, noun) -> entity ids
        self.named_later: dict[int, str] = {}  # "a soldier … The soldier, X,": the soldier's token -> X
        self.leads: list[Any] = []  # "a South Korean pastor" before the pastor is named
        self.couple: tuple[str, str] | None = None  # the unnamed couple's (husband, wife)
        self.quoted_kin: list[Any] = []  # "my son" in a quotation, settled once the walk knows the speakers
        self.spoken: dict[int, str] = {}  # such a kin noun's token -> its speaker
        self.told_outside: set[str] = set()  # persons met outside quotations: only they can be a "she said"
        self.foretold: dict[int, str | None] = {}  # a "…,” she said" known from its quotation on (foretold_speakers)
        self.unsure_speakers: set[int] = set()  # such a pronoun two fit: its quotation's "my mother" is no one's
        self.told_of: set[str] = set()  # persons met other than as a speaker (tumen.extract.spokespersons)
        self.told: list[tuple[Any, Any, str]] = []  # "a witness said he saw": (he, witness, gender), settled last
        self.visited: set[int] = set()  # tokens the walk has read (:meth:`visit`)
        self.vocab = kinship_vocab()
        self.sources = anonymous_sources.Sources(grouping)  # persons quoted without a name
        self.doers = unnamed_doers.Doers()  # "a soldier shot her": doers without a name
        vote_titles(grouping.entities)  # Ms, Mr

    # -- helpers -------------------------------------------------------------------------
    def known_gender(self, entity: Entity) -> str | None:
        """The gender that guides the choice of an antecedent: explicit cues; else, outside a
        translation, pronouns once they add up to as much as one explicit cue."""
        return guiding_gender(entity, self.translated)

    def name_entity(self, token: Any) -> str | None:
        return self.g.token_entity(token)

    def person_of(self, token: Any) -> str | None:
        """The entity a token refers to: one the walk resolved it to, else the name it is part of."""
        return self.coref.tokens.get(token.i) or self.name_entity(token)

    def speaker_of(self, token: Any, at: Any, before: Any = None) -> str | None:
        """The person ``token``, a word that may tell the speaker of the quotation holding ``at``, means: one named,
        one a speaking pronoun after the quotation means (:mod:`foretold_speakers`), else, before ``at``, the one
        ``before`` (default: the walk's) gives it."""
        named = self.name_entity(token)
        if named is not None or token.i < at.i:
            return named or (before or self.person_of)(token)
        return foretold_speakers.foretold(self, token, at) if first_person_kin.speaks(token, self.text) else None

    def _sure_person(self, token: Any) -> str | None:
        """The person a word means, unless it is a speaking pronoun two persons fit (:mod:`foretold_speakers`)."""
        return None if token.i in self.unsure_speakers else self.person_of(token)

    def see(self, entity_id: str, token: Any) -> None:
        self.last_seen[entity_id] = token.i
        self.coref.tokens[token.i] = entity_id
        if entity_id not in self.told_outside and (
            not quotation_marks.in_double(self.text, token.idx) or first_person_kin.names_speaker(token)
        ):
            self.told_outside.add(entity_id)  # "“I am Mina Park …,” she said": Park speaks
        if entity_id not in self.told_of and not spokespersons.as_speaker(token):
            self.told_of.add(entity_id)
        head = token
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        called = any(calling_read_as_naming(c) for c in head.children)  # "A broker called Mira Tenzin.": he phoned
        if head.dep_ in ("nsubj", "nsubjpass") or role_descriptions.subject_by_apposition(head) or called:
            self.last_subject[entity_id] = token.i

    def window_start(self, token: Any) -> int:
        return int(sentence_at(token, -WINDOW_SENTENCES).start)

    def relate(self, relation: str, subject: str, obj: str, token: Any) -> None:
        evidence = _sentence_evidence(self.doc, token)
        symmetric = self.vocab["relations"][relation] == relation
        for r in self.coref.relations:
            if r.type == relation and (
                (r.subject, r.object) == (subject, obj) or (symmetric and (r.subject, r.object) == (obj, subject))
            ):
                return
        self.coref.relations.append(Relation(relation, subject, obj, evidence))

    # -- the walk ------------------------------------------------------------------------
    def run(self) -> Coref:
        self.named_later = earlier_mentions(
            self.doc, self.vocab["descriptors"], self.named_apposition, self._named_person
        )
        for token in self.doc:
            self.visit(token)
        for noun in self.leads:
            self._lead_description(noun)
        for noun in self.quoted_kin:  # "my son" in a quotation: the speaker's, once every speaker is known
            owner = first_person_kin.speaker(noun, self.text, self._sure_person)
            if owner is not None and self.g.by_id(owner).kind == "person":
                self.spoken[noun.i] = owner
                kin_relatives.kin_noun(self, noun)
        for gone, into in kin_anchors.other_parents(self.g, self.coref.relations, self.known_gender):
            self.absorb(gone, into)  # "her son … his father": her husband
        for pronoun, noun, gender in self.told:  # the unnamed speaker's own entity, if it has one at last
            if (meant := self.coref.tokens.get(noun.i) or self.named_apposition(noun)) is not None:
                self.coref.tokens[pronoun.i] = meant
                pronoun_vote(self.g.by_id(meant), gender, self.translated)
        return self.coref

    def visit(self, token: Any) -> None:
        """Reads one word of the walk, once: a word read ahead ("the relatives of the wife of …": the wife before her
        relatives, :mod:`kin_heads`) is not read again."""
        if token.i in self.visited:
            return
        self.visited.add(token.i)
        entity_id = self.name_entity(token)
        if entity_id is not None:
            return self.see(entity_id, token)
        pos = token.pos_
        if pos not in WALKED_POS:
            return  # each step below reads a pronoun or a (common) noun only
        if pos == "PRON" and (lower := token.text.lower()) in PRONOUNS:
            self._pronoun(token, PRONOUNS[lower])
        elif people.is_couple(token):
            self.couple_noun(token)
        elif kin_heads.relatives_of(self, token):
            pass  # "the family of Ana Berg": her relatives, not her
        elif common_noun(token) and token.lemma_.lower() in self.vocab["kin"]:
            kin_relatives.kin_noun(self, token)
        elif anonymous_sources.is_source_noun(token):
            self._source(token)
        elif described_convicts.introduce(self, token) or public_figures.introduce(self, token):
            pass  # "a man who was convicted of sedition was sentenced …": the one sentenced, unnamed
        elif unnamed_doers.is_doer_noun(token) and self._doer(token):
            pass  # "a soldier shot Ana Berg": an unnamed doer (not a description of someone named)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in self.vocab["descriptors"]:
            self.descriptor_noun(token)

    def read_ahead(self, noun: Any, owner: Any) -> None:
        """Reads the words of the phrase ``owner`` heads that follow ``noun``, up to ``owner``, before ``noun`` is
        settled: "the relatives of her sister" reads "her", then "sister"."""
        for word in sorted((t for t in owner.subtree if noun.i < t.i <= owner.i), key=lambda t: t.i):
            self.visit(word)

    def _lead_description(self, noun: Any) -> None:
        """ "A court sentenced a South Korean pastor … . Park Jin-ho, a pastor with …" (:mod:`role_descriptions`)."""
        persons = [e for e in self.g.entities if e.kind == "person"]
        found = story_person(noun, persons, self.g)  # "Activist shot dead in Tarvik": the story's activist
        found = found or role_descriptions.lead_target(noun, persons, sentence_at(noun, 2).end_char)
        if found is not None and not introduced_apart(noun, found, self.named_later):  # "another soldier" is
            self.coref.tokens[noun.i] = found

    def _pronoun(self, token: Any, gender: str) -> None:
        if either_gender(token, PRONOUNS):
            return  # "until he or she dies": anyone at all
        if (told := self.foretold.get(token.i)) is not None:  # “… my father …,” she said: known at “my father”
            self.see(told, token)
            return pronoun_vote(self.g.by_id(told), gender, self.translated)
        choose_by = None if self.translated else gender  # a translation's "he" may be the mother
        # “He was shot,” Vos said (or she said, of Vos): not Vos
        speaker = first_person_kin.speaker(token, self.text, lambda t: self.speaker_of(t, token, self.name_entity))
        forward, unsaid = self._cataphora(token, choose_by), {speaker} if speaker else set()
        unsaid |= {self.coref.narrator} if self.coref.narrator else set()  # "I met Berg. He told me …": Berg
        own = own_subject(token, self.person_of)  # "Vos denounced him": not Vos; "Vos hid himself": Vos
        agrees = own is not None and (choose_by is None or fits(self.g.by_id(own), gender))
        reflexive = own if token.lower_ in REFLEXIVES and agrees else None
        if own is not None and reflexive is None:
            unsaid.add(own)
        spoken: set[str] = set()  # "…, police spokesman Dan Keefe said. He was charged": rather not Keefe
        if spokespersons.undergoes(token):
            spoken = {
                e for e in self.last_seen.keys() - self.told_of if spokespersons.speaks_for_an_office(self.g.by_id(e))
            }
            if (teller := spokespersons.reporter(token)) is not None:  # "Keefe said that he was attacked": Keefe
                spoken.discard(self.person_of(teller) or "")
        if first_person_kin.speaks(token, self.text):  # “… my wife Ana …” … “…,” she added: not Ana
            unsaid |= self.last_seen.keys() - self.told_outside
        forward = forward if forward != speaker else None
        unnamed = None if reflexive or forward else speakers.meant(token, gender, self._named_person)
        if unnamed is not None:  # "a witness said he saw": the witness, not one named (unnamed_speakers)
            return self.told.append((token, unnamed, gender))
        # a pronoun never means an unnamed doer of a harm (unnamed_doers): "a policeman shot Vos as he left" is Vos
        doers = self.doers.unmeant(
            token, self.last_seen, self.person_of, lambda e: self._may_mean(e, gender), self.window_start(token)
        )
        target = reflexive or forward or recent_person(self, token, choose_by, exclude=unsaid | spoken | doers)
        if target is None and spoken and not (reflexive or forward):  # the spokesperson is the only one there
            target = recent_person(self, token, choose_by, exclude=unsaid | doers)
        if target is not None:
            self.see(target, token)
            pronoun_vote(self.g.by_id(target), gender, self.translated)

    def _may_mean(self, entity_id: str, gender: str) -> bool:
        """Whether a pronoun of ``gender`` may mean the person ``entity_id``: nothing gives it the other gender."""
        entity = self.g.by_id(entity_id)
        return entity.kind == "person" and entity_id not in self.doers.ids and fits(entity, gender)

    def _cataphora(self, token: Any, gender: str | None) -> str | None:
        """ "After his release, Han says, …", "Before she was sold …, Ri said …" (:mod:`cataphora`)."""
        return cataphora.forward_person(token, gender, self._named_person, lambda e: self.known_gender(self.g.by_id(e)))

    def possessor(self, noun: Any) -> str | None:
        if noun.i in self.spoken:
            return self.spoken[noun.i]
        if noun.dep_ == "compound" and self.name_entity(noun.head):  # "her older sister Kum-hui Ri"
            return self.possessor(noun.head)
        their = people.plural_possessor(noun)
        if their is not None:  # "their nephew": the couple's, while the couple is in view
            husband = self.couple[0] if self.couple else None
            seen = self.last_seen.get(husband) if husband else None
            if seen is not None and seen >= self.window_start(noun):
                return husband
            in_view = {entity for entity, at in self.last_seen.items() if at >= self.window_start(noun)}
            relation = self.vocab["kin"].get(noun.lemma_.lower(), {}).get("relation", "")  # "their mother"
            return kin_anchors.siblings_relative(noun, relation, self.kin_index, self.coref.relations, in_view)
        for child in noun.children:
            if child.dep_ == "poss":
                if child.i in self.coref.tokens:
                    return self.coref.tokens[child.i]
                named = self.name_entity(child) or kin_anchors.whose_owner(child, self.name_entity)
                if named:
                    return named
        for pobj in objects_of(noun):  # "the son of Lee So-yeon"
            self.read_ahead(noun, pobj)  # "the son of the wife of Lee So-yeon": the wife first
            named = self.name_entity(pobj) or self.coref.tokens.get(pobj.i)
            if named:
                return named
        # "his mother and brother", "her mother, father, two sisters and grandmother" (list items the
        # parser made appositions of each other): every kin noun of a list shares its possessor
        if noun.dep_ in ("conj", "appos") and {noun.head.lemma_.lower(), noun.head.lower_} & set(self.vocab["kin"]):
            listed = self.g.by_id(self.coref.tokens[noun.head.i]) if noun.head.i in self.coref.tokens else None
            return listed.anchor[1] if listed and listed.anchor else self.possessor(noun.head)  # the head's, settled
        return kin_anchors.owner_by_have(noun, self.person_of)

    def named_apposition(self, noun: Any) -> str | None:
        """ "her son, Ri Chol-jin," / "his wife Lee So-yeon" (:func:`kin_anchors.named_apposition`)."""
        return kin_anchors.named_apposition(noun, self._named_person)

    def _named_person(self, token: Any) -> str | None:
        named = self.name_entity(token)
        return named if named is not None and self.g.by_id(named).kind == "person" else None

    def absorb(self, gone: str | None, into: str) -> None:
        """ "two older sisters … her older sister Jinhye": the counted sister is Jinhye (:mod:`kin_counts`)."""
        if gone is None or gone == into:
            return
        maps = (self.coref.tokens, self.coref.relations, self.coref.groups, self.kin_index)
        kin_counts.absorb(gone, into, self.g, maps)
        for seen in (self.last_seen, self.last_subject):
            if gone in seen:
                seen[into] = max(seen.pop(gone), seen.get(into, -1))
        for met in (self.told_outside, self.told_of):  # met outside quotations, or other than as a speaker
            if gone in met:
                met.discard(gone)
                met.add(into)
        for speakers_of in (self.foretold, self.spoken):  # a speaker known ahead is no dropped entity
            speakers_of.update({k: into for k, v in speakers_of.items() if v == gone})

    def _source(self, noun: Any) -> None:
        """ "a resident of Musan … told the radio": an anonymous source (:mod:`anonymous_sources`)."""
        if self.named_apposition(noun) is None and (found := self.sources.meant(noun, self.last_seen)):
            self.met_as(found.id, noun)

    def _doer(self, noun: Any) -> bool:
        """ "A soldier shot Ana Berg": an unnamed doer, and "the soldier" after it (:mod:`unnamed_doers`)."""
        if self.named_here(noun):
            self.doers.named(noun)  # "Park Min-su, a broker, …": a later "the broker" is no new person
            return False
        meant = self.doers.again(noun)
        if meant is None:
            if not self.doers.introduces(noun):
                return False
            entity = self.g.new("person", None, descriptor=noun.lemma_.lower())
            vote(entity, unnamed_doers.gender_of(noun), self.vocab["strong_gender_weight"])
            self.doers.add(noun, entity.id)
            meant = entity.id
        self.met_as(meant, noun)  # "a guard from the night shift"
        return True

    def named_here(self, noun: Any) -> bool:
        """Whether a name is told of ``noun``: apposed to it, or given later ("a soldier … The soldier, X,")."""
        return self.named_apposition(noun) is not None or self.named_later.get(noun.i) is not None

    def met_as(self, entity_id: str, noun: Any) -> None:
        """``noun``'s whole phrase ("a guard from the night shift") is a mention of ``entity_id``, seen there."""
        start, end = anonymous_sources.phrase(noun)
        self.g.add_span(self.g.by_id(entity_id), start, end, self.text[start:end])
        self.see(entity_id, noun)

    def couple_noun(self, noun: Any) -> None:
        """An unnamed couple: a husband and a wife, spouses of each other; "the husband" (or "the
        wife") of a known couple is that member, "the couple" both (the husband stands for them)."""
        if self.named_apposition(noun) is not None:
            return  # "Kim and Lee, a couple from Hyesan": named already
        if self.couple is None:
            strong = self.vocab["strong_gender_weight"]
            husband = self.g.new("person", None, descriptor="husband")
            wife = self.g.new("person", None, descriptor="wife")
            vote(husband, "male", strong)
            vote(wife, "female", strong)
            self.couple = (husband.id, wife.id)
            self.coref.groups[husband.id] = self.coref.groups[wife.id] = self.couple
            self.relate("spouse_of", husband.id, wife.id, noun)
        self.mention_members(people.members_meant(noun, self.couple), noun, *people.noun_phrase(noun))

    def mention_members(self, members: list[str], noun: Any, start: int, end: int) -> None:
        """Persons said together in one phrase: one span, one entity (the first); the others are
        mentioned there but not found by position."""
        for index, member in enumerate(members):
            if index == 0:
                self.g.add_span(self.g.by_id(member), start, end, self.text[start:end])
                self.see(member, noun)
            else:
                self.g.by_id(member).mentions.append(Span(start, end, self.text[start:end]))
                self.last_seen[member] = noun.i

    def descriptor_noun(self, noun: Any) -> None:
        if noun.tag_ in ("NNS", "NNPS"):
            return self._one_of(noun)
        info = self.vocab["descriptors"][noun.lemma_.lower()]
        determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
        named = self.named_apposition(noun) or self.named_later.get(noun.i)  # "a soldier … The soldier, X,"
        strong = self.vocab["strong_gender_weight"]
        if named is not None:
            target = self.g.by_id(named)
            if "the" in determiners:  # "her son … The son, Lee Chul, …": the unnamed son is Lee Chul
                self._names_relative(noun, target)
        elif "the" in determiners or "this" in determiners or "that" in determiners:
            found = self._recent_described(noun, info)
            if found is None:
                return
            target = found
        else:
            if (determiners & {"a", "an"} or bare_role(noun)) and noun.lemma_.lower() not in GENERIC_DESCRIPTORS:
                self.leads.append(noun)  # resolved once every role is known
            return
        vote(target, info.get("gender"), strong)
        if target.descriptor is None:
            target.descriptor = noun.lemma_.lower()
        self.see(target.id, noun)

    def _names_relative(self, noun: Any, named: Entity) -> None:
        """The one unnamed relative in view described by the kin noun (``noun``: "the son") is ``named``."""
        lemma = noun.lemma_.lower()
        if lemma not in self.vocab["kin"] or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return  # "X — the son of Y —": another's relative, told by its own "of"
        start = self.window_start(noun)
        meant = [
            entity
            for entity_id, at in self.last_seen.items()
            if start <= at < noun.i and entity_id != named.id
            if (entity := self.g.by_id(entity_id)).name is None and entity.descriptor == lemma and entity.anchor
        ]
        if len(meant) != 1 or meant[0].anchor is None or meant[0].anchor[0] == "spouse_of":
            return  # of two spouses over the years, "the husband, X" may be the later one
        last = self.last_seen[meant[0].id]
        if any(
            last < at < noun.i for entity_id, at in self.last_seen.items() if entity_id not in (meant[0].id, named.id)
        ):
            return  # someone else spoken of since ("… she gave birth to a daughter; the father, X"): not sure whose
        named.anchor = named.anchor or meant[0].anchor
        self.absorb(meant[0].id, named.id)

    def _one_of(self, plural: Any) -> None:
        """ "Kim, one of the best-known defectors, said …": Kim is a defector (:mod:`role_descriptions`)."""
        role_descriptions.one_of(plural, lambda t: self.g.by_id(p) if (p := self._named_person(t)) else None)

    def _recent_described(self, noun: Any, info: dict[str, Any]) -> Entity | None:
        """ "the boy": the most recent person who fits (a minor for boy/girl/teenager)."""
        gender = info.get("gender")
        lemma = noun.lemma_.lower()
        window_start = self.window_start(noun) if not info.get("minor") else 0
        if lemma not in GENERIC_DESCRIPTORS:  # "the pastor": only someone called a pastor
            before = [e for e in self.g.entities if e.kind == "person" and self.last_seen.get(e.id, noun.i) < noun.i]
            roles = [e for e in before if role_descriptions.has_role(e, lemma)]
            return max(roles, key=lambda e: self.last_seen[e.id]) if roles else None
        aged = age_nouns.age_of_modifier(noun)  # "the then 15-year-old girl": the one given that age, if she fits
        if aged is not None and (given := age_nouns.given_person(noun, aged, self.g, beside=True)) is not None:
            person = self.g.by_id(given)
            known = self.known_gender(person)
            if not gender or not ((known and known != gender) or not fits(person, gender)):
                return person
        ordered = sorted(((i, eid) for eid, i in self.last_seen.items() if window_start <= i < noun.i), reverse=True)
        for _i, eid in ordered:
            entity = self.g.by_id(eid)
            if entity.kind != "person":
                continue
            known = self.known_gender(entity)
            if gender and ((known and known != gender) or not fits(entity, gender)):  # not one a pronoun gave the other
                continue
            if info.get("minor") and not people.may_be_a_minor(entity, self.text):
                continue
            return entity
        return None


def resolve(doc: Any, grouping: Grouping, translated: bool = False) -> Coref:
    add_capitalised_names(text_of(doc), grouping)  # "PAK Un-hui": the name finders miss the capitals
    role_descriptions.describe(doc, grouping)  # "X, a novelist", "Journalist X", "four men – A, B"
    coref = Resolver(doc, grouping, translated).run()
    describe_by_pronoun(doc, grouping, coref.tokens, translated)  # "Police arrested Cruz. She is a journalist"
    link_age_nouns(doc, grouping, coref.tokens)  # "The 41-year-old was caught"
    link_headline_minors(doc, grouping, coref.tokens, text_of(doc))  # "Death of little girl …": the named child
    spouse_votes(grouping.entities, coref.relations)  # "Tallis's wife": Tallis a man, weakly
    for entity in grouping.entities:
        if entity.kind == "person":
            decide_gender(entity)  # tumen.extract.gender
    return coref
