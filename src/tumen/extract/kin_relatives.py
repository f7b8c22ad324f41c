"""The relative a kin noun means, for the coreference walk (:class:`tumen.extract.coref.Resolver`): "her son" is a
son of the person "her" stands for — one already known of that kind and rank, else a new person anchored to her, with
the relation between them; a name beside the noun says who he is ("his father, Juan Tarvo"); "her two younger
brothers" are that many relatives (:mod:`tumen.extract.kin_counts`); "my son" in a quotation is its speaker's, told
before it ("Ri told us: “My son …”") or after it, once the walk has read the whole text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tumen.extract import first_person_kin, kin_anchors, kin_counts, quotation_marks
from tumen.extract import story_people as people
from tumen.extract.gender_votes import PRONOUNS, pronoun_vote, vote
from tumen.extract.kin_ranks import later_spouse, listed_with, rank_of, ranked, ranks_differ, split
from tumen.extract.types import Entity

if TYPE_CHECKING:
    from tumen.extract.coref import Resolver


def kin_noun(r: Resolver, noun: Any) -> None:
    """A kin noun ("her son", "his two brothers", "my mother" in a quotation): the relative of its possessor it
    means, a new one or one known, with the relation between them."""
    info = r.vocab["kin"][noun.lemma_.lower()]
    counted = kin_counts.count_of(noun) if noun.tag_ == "NNS" and not info.get("plural") else None
    if info.get("plural") or (noun.tag_ == "NNS" and not counted):
        return
    mine = first_person_kin.first_person(noun) or (noun.dep_ == "conj" and first_person_kin.first_person(noun.head))
    if mine and noun.i not in r.spoken:
        # a speaker named before or after ("Ri told us: “My father …”", "“My father …,” Ri said") or told by a
        # pronoun after it that one person fits (“…,” she said: foretold_speakers): Ri's father, from here on; else
        # once the walk has resolved that pronoun
        told = first_person_kin.speaker(noun, r.text, lambda t: r.speaker_of(t, noun), first=True)
        if told is None and r.coref.narrator and not quotation_marks.in_double(r.text, noun.idx):
            told = r.coref.narrator  # "my father" in a first-person account: the narrator's
        if told is None or r.g.by_id(told).kind != "person":
            r.quoted_kin.append(noun)
            return
        r.spoken[noun.i] = told
    if people.joined_spouse(noun) or (r.couple is not None and people.definite_spouse(noun)):
        r.couple_noun(noun)
        return
    anchor = r.possessor(noun)
    if anchor is None:
        if noun.lemma_.lower() in r.vocab["descriptors"]:
            r.descriptor_noun(noun)
        return
    relation, gender = info["relation"], info.get("gender")
    own = None  # a name beside the noun ("his father, Juan Tarvo") says who it is
    if not r.translated and r.named_apposition(noun) is None:
        own = kin_anchors.spoken_of(noun, anchor, relation, gender, r.g, r.known_gender)
    if own is not None:  # "His mother said her son was innocent": the son is the one she is the mother of
        _mark_kin_gender_of_anchor(r, noun, anchor)
        vote(r.g.by_id(own), gender, r.vocab["strong_gender_weight"])
        r.g.by_id(own).descriptor = r.g.by_id(own).descriptor or noun.lemma_.lower()
        start = min(t.idx for t in noun.subtree if t.i == noun.i or (t.i < noun.i and t.dep_ in ("poss", "det")))
        r.g.add_span(r.g.by_id(own), start, noun.idx + len(noun.text), r.text[start : noun.idx + len(noun.text)])
        return r.see(own, noun)
    start = r.window_start(noun)
    in_view = {entity_id for entity_id, at in r.last_seen.items() if at >= start}
    anchor = kin_anchors.protagonist(noun, anchor, r.g, in_view, r.known_gender, r.translated)
    possessor, anchor = anchor, kin_anchors.not_itself(r.g, anchor, relation, noun.lemma_.lower())
    if counted:
        return _counted_kin(r, noun, counted, relation, anchor)
    named = r.named_apposition(noun)
    if named is not None and gender and r.known_gender(r.g.by_id(named)) not in (None, gender):
        named = None  # "her sister Sunok Pak, her younger brother and …": a list, not an apposition
    strong = r.vocab["strong_gender_weight"]
    if named is not None and named != anchor:
        entity = r.g.by_id(named)
        if entity.anchor is None:
            entity.anchor = (relation, anchor)
        entity.descriptor = entity.descriptor or noun.lemma_.lower()
        known = r.kin_index.setdefault((relation, anchor, noun.lemma_.lower()), [])
        earlier = kin_counts.stand_in(known, r.coref.groups, r.g)
        if earlier is None and not kin_anchors.another(noun) and rank_of(noun) is None:  # not "her other son, X"
            earlier = kin_counts.named_at_last(known, r.g, noun, r.coref.groups, relation)
        r.absorb(earlier, entity.id)
        known.append(entity.id)
    else:  # "the boy's father … his sister": perhaps a member of the couple (kin_anchors.couple_sibling)
        entity = kin_anchors.couple_sibling(r.g, anchor, relation, gender, r.couple) or _kin_entity(
            r, noun, relation, anchor, gender, noun.lemma_.lower()
        )
    vote(entity, gender, strong)
    if anchor == possessor:  # a pronoun that went to the wrong person says nothing of the right one
        _mark_kin_gender_of_anchor(r, noun, anchor)
    left = [t for t in noun.subtree if t.i == noun.i or (t.i < noun.i and t.dep_ in ("poss", "case", "det"))]
    start = min(t.idx for t in left)
    r.g.add_span(entity, start, noun.idx + len(noun.text), r.text[start : noun.idx + len(noun.text)])
    r.see(entity.id, noun)
    inverse = r.vocab["relations"][relation]
    r.relate(inverse, anchor, entity.id, noun)


def _kin_entity(r: Resolver, noun: Any, relation: str, anchor: str, gender: str | None, descriptor: str) -> Entity:
    """The relative a kin noun means: a known one of its kind and rank, else a new one (never the
    one it is listed with: "her older son and her infant son" are two)."""
    key = (relation, anchor, noun.lemma_.lower())
    rank = rank_of(noun)
    listed = listed_with(noun)
    apart = r.coref.tokens.get(listed) if listed is not None else None
    wanted = ranked(rank, descriptor)
    known_kind = [r.g.by_id(i) for i in r.kin_index.get(key, [])]
    later = later_spouse(rank, relation)  # "her Chinese husband": not the husband known (kin_ranks)
    if kin_anchors.another(noun) or later:  # "another sister": none of those known
        apart, known_kind = None, [e for e in known_kind if later and e.descriptor == wanted]
    fitting = [
        e
        for e in known_kind
        if e.id != apart
        and not ranks_differ(e.descriptor, wanted)
        and not (rank and e.name and e.descriptor == descriptor)
    ]  # a named relative is not re-described by a rank ("her sister Kum-hui … her eldest sister")
    if fitting:
        chosen = max(fitting, key=lambda e: r.last_seen.get(e.id, -1))
        if rank and split(chosen.descriptor)[0] is None:
            chosen.descriptor = ranked(rank, split(chosen.descriptor)[1] or descriptor)
        return chosen
    fresh = kin_anchors.another(noun) or bool(known_kind) or later
    known = _already_related(r, relation, anchor) if not fresh else None
    if (
        known is not None
        and known.id != apart
        and not ranks_differ(known.descriptor, wanted)
        and (gender is None or r.known_gender(known) in (None, gender))
    ):
        return known  # "her brother" is not the sister already known
    entity = r.g.new("person", None, anchor=(relation, anchor), descriptor=wanted)
    r.kin_index.setdefault(key, []).append(entity.id)
    return entity


def _already_related(r: Resolver, relation: str, anchor: str) -> Entity | None:
    """ "her husband" when "his wife" already linked the two: the known relative."""
    symmetric = r.vocab["relations"][relation] == relation
    for known in r.coref.relations:
        if known.type == relation and known.object == anchor:
            return r.g.by_id(known.subject)
        # one spouse, but many siblings: "her sister … her brother" are two persons
        if symmetric and relation == "spouse_of" and known.type == relation and known.subject == anchor:
            return r.g.by_id(known.object)
    anchor_entity = r.g.by_id(anchor)
    if anchor_entity.anchor and anchor_entity.anchor[0] == r.vocab["relations"][relation]:
        return r.g.by_id(anchor_entity.anchor[1])
    return None


def _counted_kin(r: Resolver, noun: Any, count: int, relation: str, anchor: str) -> None:
    """ "her two younger brothers": that many relatives of the anchor (:mod:`tumen.extract.kin_counts`)."""
    lemma = noun.lemma_.lower()
    key = (relation, anchor, lemma)

    def new() -> str:
        fresh = r.g.new("person", None, anchor=(relation, anchor), descriptor=lemma)
        r.kin_index.setdefault(key, []).append(fresh.id)
        return fresh.id

    chosen = kin_counts.members(r.kin_index.get(key, []), count, new)
    for member in chosen:
        vote(r.g.by_id(member), r.vocab["kin"][lemma].get("gender"), r.vocab["strong_gender_weight"])
        r.relate(r.vocab["relations"][relation], anchor, member, noun)
        r.coref.groups[member] = tuple(chosen)
    r.mention_members(chosen, noun, kin_counts.phrase_start(noun), noun.idx + len(noun.text))
    one = kin_counts.ranked_one(noun)  # "one of her two brothers, the youngest": that brother
    ranked_member = kin_counts.member_of_rank(chosen, one[1], lemma, r.g) if one is not None else None
    if one is not None and ranked_member is not None:
        r.see(ranked_member, one[0])


def _mark_kin_gender_of_anchor(r: Resolver, noun: Any, anchor: str) -> None:
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in PRONOUNS:
            pronoun_vote(r.g.by_id(anchor), PRONOUNS[child.lower_], r.translated)
