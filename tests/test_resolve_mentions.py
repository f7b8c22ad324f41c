"""Generic mention clustering (benchmarks/ecbplus_mentions, the ECB+ benchmark's resolver) on tiny hand-made mentions:
exact clusters."""

from __future__ import annotations

import random

import pytest
from ecbplus_mentions import (
    Mention,
    MentionResolution,
    Span,
    cluster_documents,
    derived,
    describe,
    event_classes,
    resolve_mentions,
)


def m(
    key: str,
    text: str,
    lemma: str | None = None,
    *,
    kind: str = "entity",
    type: str = "person",
    story: str = "s1",
    sentence: int = 1,
    order: int = 0,
    pos: str | None = None,
    plural: bool = False,
    arguments: tuple[tuple[str, str], ...] = (),
    same_as: tuple[tuple[str, str], ...] = (),
) -> Mention:
    """A mention of document ``key``'s prefix ("d1:3" is in document d1)."""
    document = key.split(":")[0]
    words = text.split()
    lemma = lemma or words[-1].lower()
    proper = kind == "entity" and words[-1][:1].isupper()
    pronoun = text.lower() in {"he", "she", "her", "him", "his", "they", "it", "who"}
    return Mention(
        key=key,
        document=document,
        group="t1",
        sentence=f"{document}#{sentence}",
        order=order or sentence * 1000,
        kind=kind,
        type=type,
        text=text,
        lemma=lemma,
        pos=pos or ("PRON" if pronoun else "PROPN" if proper else "NOUN"),
        proper=proper,
        pronoun=pronoun,
        plural=plural,
        name=frozenset(w.lower() for w in words if w[:1].isupper()) if proper else frozenset(),
        arguments=arguments,
        same_as=same_as,
        story=story,
    )


def words(text: str) -> list[str]:
    return text.split()


def clusters(result: MentionResolution) -> set[frozenset[str]]:
    return {frozenset(keys) for keys in result.members.values()}


def resolve(mentions: list[Mention]) -> set[frozenset[str]]:
    return clusters(resolve_mentions(mentions, {x.document: x.story for x in mentions}))


def test_same_head_lemma_merges_within_a_story_only() -> None:
    mentions = [
        m("d1:1", "the actress"),
        m("d2:1", "actress"),
        m("d3:1", "the actress", story="s2"),
        m("d2:2", "police", type="organisation"),
    ]
    assert resolve(mentions) == {
        frozenset({"d1:1", "d2:1"}),
        frozenset({"d3:1"}),
        frozenset({"d2:2"}),
    }


def test_names_merge_by_their_words_and_full_names_across_stories() -> None:
    mentions = [
        m("d1:1", "Tara Reid"),
        m("d2:1", "Reid"),
        m("d3:1", "Tara Reid", story="s2"),  # a full name meets its namesakes in other stories
        m("d4:1", "Reid", story="s3"),  # a single word does not
    ]
    assert resolve(mentions) == {frozenset({"d1:1", "d2:1", "d3:1"}), frozenset({"d4:1"})}


def test_types_and_sentences_keep_mentions_apart() -> None:
    mentions = [
        m("d1:1", "Washington", type="location"),
        m("d2:1", "Washington", type="organisation"),
        m("d3:1", "two men", "man", sentence=1),
        m("d3:2", "another man", "man", sentence=1),
    ]
    assert resolve(mentions) == {frozenset({k}) for k in ("d1:1", "d2:1", "d3:1", "d3:2")}


def test_a_cluster_never_holds_two_different_names() -> None:
    # "the actress" of d1 is Tara Reid and of d2 is Lindsay Lohan (apposition): the lemma link
    # between the two actresses would join two names, so it is refused.
    mentions = [
        m("d1:1", "Tara Reid"),
        m("d1:2", "the actress", same_as=(("d1:1", "apposition"),)),
        m("d2:1", "Lindsay Lohan"),
        m("d2:2", "the actress", same_as=(("d2:1", "apposition"),)),
    ]
    assert resolve(mentions) == {frozenset({"d1:1", "d1:2"}), frozenset({"d2:1", "d2:2"})}


def test_pronouns_take_the_nearest_earlier_compatible_mention() -> None:
    mentions = [
        m("d1:1", "Esther Williams", sentence=1),
        m("d1:2", "the pool", "pool", type="thing", sentence=2),
        m("d1:3", "she", sentence=3),
        m("d1:4", "it", type="thing", sentence=3, order=3001),
        m("d1:5", "they", type="person", sentence=4),  # nothing plural before it
    ]
    assert resolve(mentions) == {
        frozenset({"d1:1", "d1:3"}),
        frozenset({"d1:2", "d1:4"}),
        frozenset({"d1:5"}),
    }


def test_events_by_word_family_and_vocabulary_class() -> None:
    event = {"kind": "event", "type": "event"}
    mentions = [
        m("d1:1", "earthquake", **event),
        m("d2:1", "quake", **event),
        m("d3:1", "shooting", **event),
        m("d4:1", "shot", "shoot", **event),
        m("d5:1", "elected", "elect", **event),
    ]
    assert resolve(mentions) == {
        frozenset({"d1:1", "d2:1"}),
        frozenset({"d3:1", "d4:1"}),
        frozenset({"d5:1"}),
    }


def test_reports_merge_only_with_the_same_speaker() -> None:
    event = {"kind": "event", "type": "event"}
    mentions = [
        m("d1:1", "Police"),
        m("d2:1", "police"),
        m("d3:1", "Smith"),
        m("d1:2", "said", "say", arguments=(("A0", "d1:1"),), **event),
        m("d2:2", "said", "say", arguments=(("A0", "d2:1"),), **event),
        m("d3:2", "said", "say", arguments=(("A0", "d3:1"),), **event),
    ]
    result = resolve(mentions)
    assert frozenset({"d1:2", "d2:2"}) in result
    assert frozenset({"d3:2"}) in result


def test_the_same_participant_of_one_event_is_one_participant() -> None:
    event = {"kind": "event", "type": "event"}
    mentions = [
        m("d1:1", "Tara Reid"),
        m("d2:1", "the actress"),
        m("d1:2", "checked into", "check", arguments=(("A0", "d1:1"),), **event),
        m("d2:2", "checked into", "check", arguments=(("A0", "d2:1"),), **event),
    ]
    assert resolve(mentions) == {frozenset({"d1:1", "d2:1"}), frozenset({"d1:2", "d2:2"})}


def test_clusters_do_not_depend_on_input_order() -> None:
    event = {"kind": "event", "type": "event"}
    mentions = [
        m("d1:1", "Tara Reid"),
        m("d1:2", "she", sentence=2),
        m("d2:1", "the actress"),
        m("d2:2", "Reid", sentence=2),
        m("d3:1", "Friday", type="time"),
        m("d4:1", "Friday", type="time"),
        m("d1:3", "checked into", "check", arguments=(("A0", "d1:1"), ("TIME", "d3:1")), **event),
        m("d2:3", "entered", "enter", arguments=(("A0", "d2:1"),), **event),
    ]
    expected = resolve(mentions)
    for seed in range(5):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert resolve(shuffled) == expected


def test_merges_carry_their_reasons() -> None:
    result = resolve_mentions([m("d1:1", "Tara Reid"), m("d2:1", "Reid")], {"d1": "s", "d2": "s"})
    assert len(result.links) == 1
    assert any("same name" in reason for reason in result.links[0].reasons)


def test_word_families_and_classes() -> None:
    assert derived("shooting", "shoot")
    assert derived("quake", "earthquake")
    assert derived("negotiation", "negotiate")
    assert not derived("car", "cartoon")
    assert "killing" in event_classes("murder") & event_classes("slay")
    assert "tumen:arrest" in event_classes("apprehend")


def test_documents_cluster_into_stories() -> None:
    reid = words("Tara Reid checks into Promises rehab centre in Malibu")
    lohan = words("Lindsay Lohan checks into Betty Ford rehab clinic")
    texts = {
        "a1": [reid, words("The actress Tara Reid entered Promises on Friday")],
        "a2": [reid, words("Reid , 33 , is at Promises in Malibu")],
        "b1": [lohan, words("Lohan arrived at Betty Ford on Thursday")],
        "b2": [lohan, words("Lindsay Lohan is at the Betty Ford clinic")],
    }
    stories = cluster_documents(texts, dict.fromkeys(texts, "t1"))
    assert stories["a1"] == stories["a2"] != stories["b1"] == stories["b2"]


@pytest.mark.slow
def test_describe_reads_heads_names_links_and_arguments() -> None:
    sentences = {
        "d1#0": words("Tara Reid Checks Into Rehab"),
        "d1#1": words("Actress Tara Reid checked into Promises Treatment Center in Malibu on Friday ."),
        "d1#2": words("The Endangered Species Act protects wolves ."),  # names in running text
    }
    spans = [
        Span("d1:1", "d1", "t1", "d1#0", 0, (0, 1), "entity", "person"),
        Span("d1:2", "d1", "t1", "d1#0", 2, (2, 3), "event", "event"),
        Span("d1:3", "d1", "t1", "d1#1", 1000, (0,), "entity", "person"),
        Span("d1:4", "d1", "t1", "d1#1", 1001, (1, 2), "entity", "person"),
        Span("d1:5", "d1", "t1", "d1#1", 1003, (3, 4), "event", "event"),
        Span("d1:6", "d1", "t1", "d1#1", 1005, (5, 6, 7), "entity", "location"),
        Span("d1:7", "d1", "t1", "d1#1", 1009, (8, 9), "entity", "location"),
        Span("d1:8", "d1", "t1", "d1#1", 1011, (10, 11), "entity", "time"),
    ]
    records = {r.key: r for r in describe(sentences, spans)}
    assert records["d1:2"].lemma == "check"  # the headline's "Checks" is a verb, not a name
    assert records["d1:4"].name == {"tara", "reid"} and records["d1:4"].lemma == "reid"
    assert records["d1:7"].lemma == "malibu"  # "in Malibu": the head is the name, not the preposition
    assert ("d1:4", "title before a name") in records["d1:3"].same_as
    arguments = dict((key, role) for role, key in records["d1:5"].arguments)
    assert arguments["d1:4"] == "A0"
    assert arguments["d1:8"] == "TIME" and arguments["d1:7"] == "LOC"
