"""What events are called: classes of words for one kind of happening (a small WordNet of news events),
tumen's event vocabulary (``data/events.yaml``), families of classes, derivations (shoot/shooting,
quake/earthquake) and the reporting verbs."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from tumen.extract.vocab import load

EVENT_CLASSES = """
death: die death dead pass passing succumb perish fatal fatality demise decease deceased lose_life
killing: kill killing murder slay slaying homicide assassinate assassination massacre slaughter manslaughter
shooting: shoot shooting shot gunfire gunshot gun fire_on open_fire
stabbing: stab stabbing knife
earthquake: earthquake quake temblor tremor shake jolt seism aftershock
fire: blaze inferno burn burning flame arson torch gut
explosion: explode explosion blast bomb bombing detonate detonation
attack: attack assault raid ambush strike offensive
arrest: arrest detain detention apprehend capture nab catch custody collar
charge: charge accuse indict indictment prosecute prosecution allegation
conviction: convict conviction guilty verdict
sentence: sentence sentencing jail imprison imprisonment
trial: trial try hearing arraignment arraign
escape: escape flee breakout abscond getaway
robbery: rob robbery heist steal theft snatch grab loot burglary burglarize hold-up stickup
win: win victory beat defeat triumph clinch lose loss rout edge top
injury: injure injury wound hurt sprain tear
riot: riot rioting unrest clash protest violence demonstration uprising turmoil
release: release issue launch unveil roll_out rush_out ship debut introduce
fix: fix patch plug repair update mend
resignation: resign resignation quit step_down
hiring: hire rehire appoint appointment name nominate nomination tap sign
firing: sack dismiss oust ouster fire
election: elect election vote poll
acquisition: acquire acquisition buy purchase takeover merge merger
crash: crash collide collision accident wreck derail
damage: damage sever cut break disrupt disruption destroy destruction devastate rupture
outage: outage downtime blackout failure disruption
enter: enter check admit check_in check_into
rehab: rehab rehabilitation treatment
negotiation: negotiate negotiation talk
announcement: announce announcement
statement: say tell state statement comment remark
report: report reporting
find: find discover discovery locate
kidnap: kidnap kidnapping abduct abduction seize hostage
hijack: hijack hijacking commandeer
sinking: sink capsize
rescue: rescue save
flood: flood flooding deluge inundate
storm: storm hurricane typhoon cyclone tornado
hang: hang hanging
suicide: suicide
meeting: meet meeting summit talks
visit: visit trip tour
record: record mark milestone
overturn: overturn reverse overrule quash
retain: retain keep defend
investigation: investigate investigation probe inquiry
stop: stop halt stoppage
playoff: playoff playoffs postseason
"""

# families of classes that reports use for one happening to one participant ("found dead" for a hanging)
FAMILIES = {
    "death": frozenset({"death", "killing", "shooting", "stabbing", "hang", "suicide"})
    | frozenset({"tumen:death", "tumen:killing", "tumen:execution"}),
}

# classes whose members are only near each other: an argument or the setting must agree too
LOOSE_CLASSES = frozenset({"win", "damage", "outage", "enter", "statement", "attack", "release", "find"})


@cache
def _event_classes() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = defaultdict(set)
    for line in EVENT_CLASSES.strip().splitlines():
        name, _colon, words = line.partition(":")
        for word in words.split():
            classes[word.replace("_", " ")].add(name.strip())
    from tumen.extract.events import lexicon

    vocabulary = lexicon()
    for lemma, triggers in vocabulary.verbs.items():
        for trigger in triggers:
            classes[lemma].add("tumen:" + trigger.type)
    for lemma, trigger in vocabulary.nouns.items():
        classes[lemma].add("tumen:" + trigger.type)
    return {word: frozenset(names) for word, names in classes.items()}


def event_classes(lemma: str) -> frozenset[str]:
    return _event_classes().get(lemma, frozenset())


_SUFFIXES = (
    "ations",
    "ation",
    "ings",
    "ing",
    "ions",
    "ion",
    "ments",
    "ment",
    "ages",
    "age",
    "ers",
    "er",
    "ed",
    "es",
    "s",
)


def stem(word: str) -> str:
    """A crude derivational stem: "shooting" and "shoot", "stoppage" and "stop" meet."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    word = word.removesuffix("e") if len(word) > 3 else word
    return re.sub(r"([^aeiou])\1$", r"\1", word)


def derived(a: str, b: str) -> bool:
    """Two lemmas of one word family: same stem ("explosion", "explode"), or one ends with the other
    ("quake", "earthquake")."""
    if a == b:
        return True
    sa, sb = stem(a), stem(b)
    if sa == sb and len(sa) >= 3:
        return True
    short, long = sorted((sa, sb), key=len)
    if len(short) >= 5 and long.startswith(short):
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.endswith(short) and long[: -len(short)].isalpha()


def families(lemma: str) -> frozenset[str]:
    classes = event_classes(lemma)
    return frozenset(name for name, members in FAMILIES.items() if classes & members)


@cache
def reporting_verbs() -> frozenset[str]:
    return frozenset(load("events.yaml")["modality"]["reporting_verbs"])
