"""HRDsAttack (Ran et al., Findings of ACL 2023): tumen's extraction scored on attacks on human-rights defenders.

    python benchmarks/hrdsattack.py --data ../shared/eval/hrdsattack/dev.json [--map benchmarks/hrdsattack_map.yaml]
                                    [--limit N] [--details]

Each article's HTML (``Input.article_interface``) becomes text through tumen's HTML reader and goes through
tumen's own extraction with its publication date (``Input.publish_date``). tumen's output is then mapped to the
dataset's fields by the data file ``benchmarks/hrdsattack_map.yaml`` (event types -> violation labels, of events told
as done and not of suspects -- tumen's ``accused`` attribute: an arrest of the attack's suspects is no violation;
torture told only by a claim, "her family alleges she was tortured", is none either;
a sentence to a term -> the detention it imposes, the trial or sentence of one whose arrest or detention is told ->
that detention, a raid told in the sentence of an arrest or abduction -> that harm, a body found -> the label killing
(``hrdsattack_labels``), a report with no violation that names a workers' union -> "other" (labour rights), an
event dated years before a recent one told -> no label (its history, and so the trial or sentence of one whose
arrest is that history), a beating, shot or wound of a person the report tells was killed or kidnapped -> no
label (part of that violation), perpetrators -> perpetrator type, place kinds -> country/region/city, event
times -> year/month/day, victims -> name/population/type/sex/age)
and scored against ``merged_sample`` (the gold) as the dataset's evaluation does (``benchmarks/hrdsattack_scoring.py``):

- perpetrator mention: F1 of the positive class over articles (predicted true when a violation event was found, or
  a violation label without one: a list of abuses, a body found);
- violation types: micro precision/recall/F1 over the labels of all articles;
- perpetrator type, country, region, city, year, month, day: exact-match accuracy over all articles, after
  normalising case, spacing and dots, numbers ("2019.0" = "2019"), month names ("October" = "10", annotators'
  misspellings included), countries in one spelling per state ("United States" = "USA",
  ``hrdsattack_countries.same_country``). An absent gold value (None, "None", "unknown", "N/A") is never
  counted correct;
- victim names: every name is split at commas, semicolons and "and"; micro F1 of exact matches (case and spacing
  normalised) and of fuzzy matches (one name contained in the other), one-to-one;
- victim sex, age group and type: accuracy over the gold victims aligned to a predicted victim by a fuzzy name
  match (victim type: the same set of labels).

How the article's place and date are chosen (settings in the map file, chosen on the train split only; dev was
measured once, afterwards):

- country: the country tumen's extraction mentions most often, the aliases of one country counted together and
  each mention of a city, province or region counted for the country tumen's gazetteer files it under (ties:
  the first mentioned; with ``uk_nations``, a United Kingdom whose places lie in one of its nations is that
  nation, "England" for London, as the annotators write it); region: the place of the first violation event
  that is a region, else the most mentioned region; city: the city of a dateline ("NAIROBI (Reuters) -"), else
  the first city mentioned that the gazetteer knows in the article's country, else in another, else the first
  city; a name the map knows as a country ("U.S") is never taken for a city or region;
- year/month/day: the time of a violation event with a day, month or year precise time (a range within one month or
  year counts as that month or year) -- the attack's own events before judicial follow-ups (trial, sentencing), none
  dated after the publication day, events not dated the publication day before those that are, then
  (``prefer_precise``) a day before a month before a year, then the first in text order -- else the year of
  publication; an event dated only by its year (or a range within one year) takes the month (and day) of the text's
  first time mention within that time (``month_within_year``: "killed in 2018 ... the case dates to March 2018"
  gives March 2018, see ``hrdsattack_dates``); a year that is the publication year still without a month gets the
  publication month (a guess: it raises the official month figure, which never credits an absent month, and lowers
  the corrected one). A violation event with no time of its own ranks after all others with the first day or month
  its sentence states that dates no other event (``sentence_time``: "The paper reported in April that two men had
  been tortured" gives April).

The last line printed is the official score; the line before it (``hrdsattack_corrected:``) is the same score
with one correction: an absent gold value predicted as absent counts as correct (the published scoring never
credits that case, which caps region accuracy at the share of articles with a gold region).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from hrdsattack_dates import month_within, sentence_dated
from hrdsattack_labels import filed_under_past, found_killings, lesser_harms, listed_kinds, past_events, union_report
from hrdsattack_places import article_places, dateline_city
from hrdsattack_scoring import align_victims, format_line, score, split_names
from hrdsattack_victims import has_word, organisations_of, victims_of

DEFAULT_MAP = Path(__file__).resolve().parent / "hrdsattack_map.yaml"

# Published T5-large baseline on the test split (Ran et al. 2023), in percent.
PUBLISHED = {
    "perpetrator_mention_f1": 96.8,
    "perpetrator_type_acc": 62.0,
    "violation_f1": 71.4,
    "country_acc": 66.0,
    "region_acc": 3.0,
    "city_acc": 23.0,
    "year_acc": 46.0,
    "month_acc": 33.0,
    "day_acc": 14.0,
    "victim_name_exact_f1": 47.4,
    "victim_name_fuzzy_f1": 51.2,
    "victim_sex_acc": 89.7,
    "victim_age_acc": 92.5,
    "victim_type_acc": 72.4,
}


# -- from tumen's extraction to the dataset's fields -----------------------------------------------------
@dataclass(frozen=True)
class Mapping:
    data: dict[str, Any]

    @classmethod
    def load(cls, path: Path) -> Mapping:
        return cls(yaml.safe_load(path.read_text(encoding="utf-8")))

    def __getitem__(self, key: str) -> Any:
        return self.data[key]


def predict(extraction: Any, published: date | None, mapping: Mapping, text: str = "") -> dict[str, Any]:
    """The dataset's fields (as in ``merged_sample``) from one tumen :class:`Extraction` (of ``text``)."""
    entities = {e.id: e for e in extraction.entities}
    labels: dict[str, str] = mapping["violations"]
    rule = mapping["violation_rule"]
    told = set(rule.get("modalities") or ())  # what happened, not what was threatened, planned or denied
    plots = rule.get("plotted")  # "the plot to kidnap X": a plot hatched counts as the crime it plots
    events = [
        e
        for e in extraction.events
        if _violation(e, mapping)
        and (not told or e.modality in told or (plots and e.modality == "planned" and e.attributes.get("plotted")))
        and not _claimed(e, rule)
    ]
    events = _without_means(events, rule)
    events = _held_deaths(events, mapping)
    if rule.get("not_accused"):  # an arrest of suspects of a crime is law enforcement, not an attack
        events = [e for e in events if not e.attributes.get("accused")]
    labels = _labels(events, mapping)
    # "protests after the killing of X": an event recalled to set the scene is no violation the report is about
    scene = [e for e in events if not (rule.get("not_backdrop") and e.attributes.get("backdrop"))]
    past = past_events(scene, published, mapping)  # "in 2015 he had been jailed": history, not the report's attack
    past |= filed_under_past(scene, labels, past, mapping)  # the trial of one whose arrest is that history
    past |= lesser_harms(scene, labels, entities, mapping)  # "his captors beat him": part of the kidnapping
    counts = Counter(labels[id(e)] for e in scene if id(e) not in past)
    violations = sorted(label for label, n in counts.items() if n >= rule["min_events"])
    labelled = listed_kinds(extraction, mapping) | found_killings(extraction, mapping)  # without events of their own
    violations = sorted(set(violations) | labelled)
    if not violations:  # "the Tarvik Dockers Union says ...": a report about workers' rights
        violations = [label] if (label := union_report(extraction, mapping)) else violations
    if not violations and rule.get("fallback"):
        violations = [rule["fallback"]]
    kept = set(violations) | {labels[id(e)] for e in scene if id(e) in past}  # only the label: its facts stay
    events = [e for e in events if labels[id(e)] in kept]

    perpetrators = [entities[p.entity] for e in events for p in e.participants if p.role == "perpetrator"]
    result: dict[str, Any] = {
        # an attack told, by an event or by a list of abuses or a body found alone
        "perpetrator_mention": bool(events) or bool(labelled),
        "perpetrator_type": _perpetrator_type(perpetrators, mapping) if events or labelled else None,
        "violation_types": violations,
    }
    result.update(article_places(extraction, events, entities, mapping))
    city = dateline_city(text, extraction, mapping)
    if city is not None:
        result["city"] = city
    dated = sentence_dated(events, extraction) if mapping["date"].get("sentence_time") else events
    result.update(
        article_date(_not_dated_now(dated, extraction, mapping), published, mapping, getattr(extraction, "times", ()))
    )
    result["victims"] = victims_of(events, entities, published, mapping, organisations_of(extraction, entities))
    return result


def _claimed(event: Any, rule: dict[str, Any]) -> bool:
    """An event of a type of ``violation_rule.claimed_not`` told only by a claim (tumen's ``alleged`` without
    ``charged``: "her family alleges she was tortured in custody"), not charged against anyone ("accused of
    torturing activists"): relayed, not a violation the annotators label."""
    kinds = rule.get("claimed_not") or ()
    return event.type in kinds and event.modality == "alleged" and not event.attributes.get("charged")


def _without_means(events: list[Any], rule: dict[str, Any]) -> list[Any]:
    """Without the events of ``violation_rule.means`` (raids) told in the sentence of a harm they are the means of:
    "police arrested him in a raid on his home", "forces raided the office and detained three staff", "gunmen
    raided the school and abducted forty pupils" — the raid is how the arrest or abduction was done, filed by the
    annotators under that harm (or, for the arrest of suspects, not at all)."""
    means: dict[str, list[str]] = rule.get("means") or {}
    if not any(e.type in means for e in events):
        return events
    # every sentence the harm or the raid is told in: one arrest told twice ("arrested on 28 August" … "at the time
    # he was arrested in a raid on his home") is one event with two pieces of evidence
    done = {(kind, ev.start) for e in events for kind, ends in means.items() if e.type in ends for ev in e.evidence}
    return [e for e in events if not any((e.type, ev.start) in done for ev in e.evidence)]


def _labels(events: list[Any], mapping: Mapping) -> dict[int, str]:
    """Each violation event's label (by ``id``): its own (:func:`violation_label`), except for the proceedings
    (``violation_rule.custody_proceedings``: trials, sentencings) of persons whose arrest or detention the report also
    tells: the annotators file the charges and trial of one held under that detention, not as a harm of their own."""
    own = {id(e): violation_label(e, mapping) for e in events}
    kinds = set(mapping["violation_rule"].get("custody_proceedings") or ())
    custody = str(mapping["violations"]["detention"])
    held = {
        p.entity
        for e in events
        if e.type not in kinds and own[id(e)] == custody
        for p in e.participants
        if p.role == "victim"
    }
    for event in events:
        befell = {p.entity for p in event.participants if p.role == "victim"}
        if event.type in kinds and befell and befell <= held:
            own[id(event)] = custody
    return own


def _violation(event: Any, mapping: Mapping) -> bool:
    """An event of a type the map labels, or a death in custody (tumen's ``in_custody``) when the map files those
    (``violation_rule.custody_deaths``)."""
    if event.type in mapping["violations"]:
        return True
    return bool(event.type == "death" and event.attributes.get("in_custody") and _custody_death(mapping))


def _custody_death(mapping: Mapping) -> str | None:
    label = mapping["violation_rule"].get("custody_deaths")
    return str(label) if label else None


def _held_deaths(events: list[Any], mapping: Mapping) -> list[Any]:
    """The events without the deaths in custody of persons no arrest or detention of the report holds."""
    custody = str(mapping["violations"]["detention"])
    held = {
        p.entity
        for e in events
        if e.type in mapping["violations"] and violation_label(e, mapping) == custody
        for p in e.participants
        if p.role == "victim"
    }
    return [
        e
        for e in events
        if e.type in mapping["violations"] or {p.entity for p in e.participants if p.role == "victim"} & held
    ]


def _tried(event: Any) -> bool:
    """Told as tried and not done, also inside a claim ("he alleges he was the victim of an attempted lynching":
    alleged, with the attribute ``attempt``)."""
    return event.modality in ("attempted", "failed") or bool(
        event.modality == "alleged" and event.attributes.get("attempt")
    )


def violation_label(event: Any, mapping: Mapping) -> str:
    """The label of a violation event: its type's (``violations``), or, for a type of ``term_labels`` with a term
    (tumen's ``duration``: "sentenced to two years"), the label of the custody that term imposes; for a type of
    ``attempt_labels`` told as tried and not done ("an attempted murder"), that label (an attack); with
    ``charged_crimes``, a disappearance tumen tells is charged as a crime (``charged_as``) takes that crime's label."""
    terms: dict[str, str] = mapping["violation_rule"].get("term_labels") or {}
    if event.type in terms and event.attributes.get("duration"):
        return terms[event.type]
    if event.type not in mapping["violations"]:  # a death in custody (:func:`_violation`)
        return str(_custody_death(mapping))
    tried: dict[str, str] = mapping["violation_rule"].get("attempt_labels") or {}
    if event.type in tried and _tried(event):  # "an attempted murder": an attack
        return tried[event.type]
    charged_as = event.attributes.get("charged_as")  # a disappearance whose kidnapping is charged: that crime's
    if charged_as and mapping["violation_rule"].get("charged_crimes") and charged_as in mapping["violations"]:
        return str(mapping["violations"][charged_as])
    return str(mapping["violations"][event.type])


def _perpetrator_type(perpetrators: list[Any], mapping: Mapping) -> str:
    spec = mapping["perpetrator_types"]
    for rule in spec["rules"]:
        for entity in perpetrators:
            described = " ".join(filter(None, [entity.name, entity.descriptor, *entity.titles]))
            if has_word(described, rule["words"]):
                return str(rule["type"])
    if any(e.kind == "place" and e.place_kind == "country" for e in perpetrators):
        return str(spec["country"])
    return str(spec["default"])


def article_date(
    events: list[Any], published: date | None, mapping: Mapping, times: Sequence[Any] = ()
) -> dict[str, Any]:
    """Year, month and day of the violation event with a precise enough time that ranks first: events of the
    attack itself before its judicial follow-ups (``date.follow_ups``: a trial or sentence comes after the attack),
    events not dated the publication day before those that are (the report's own day is rarely the attack's; with
    ``written_publication_day``, only when the text does not write that day out as a date: "On March 27, soldiers
    shot …" in a report of March 27 tells the attack's day, "on Saturday" or "today" the report's), with
    ``prefer_precise`` the more precise time first, then text order. Without one, the publication year. With
    ``ranges_within_unit``, a range within one month counts as that month, one within one year as that year
    (:func:`_precision`). With ``month_within_year``, an event dated only by its year (or a range within one year)
    takes the month (and day) of the first time mention of ``times`` (the extraction's, in text order) within it
    ("killed in 2018 … the case dates to March 2018": March; :mod:`hrdsattack_dates`). With ``month_fallback:
    publication_month``, a year that is the publication year and still has no month gets the publication month. An
    event whose time its sentence lends it (``sentence_time``, :func:`hrdsattack_dates.sentence_dated`) ranks after
    all others."""
    spec = mapping["date"]
    follow_ups = set(spec.get("follow_ups") or [])
    ranges = bool(spec.get("ranges_within_unit"))
    written = bool(spec.get("written_publication_day"))
    timed = [e for e in events if e.time is not None and _precision(e.time, ranges) in spec["precisions"]]
    if spec.get("not_after_publication") and published is not None:  # a report tells what happened before it
        timed = [e for e in timed if e.time.earliest <= published]
    result: dict[str, Any] = {"year": None, "month": None, "date": None}
    if timed:
        event = min(
            timed,
            key=lambda e: (
                getattr(e, "time_basis", None) == "sentence",  # a time borrowed from the sentence comes last
                e.type in follow_ups,
                published is not None
                and _precision(e.time, ranges) == "day"
                and e.time.earliest == published
                and not (written and _written_date(e)),
                spec.get("prefer_precise", False) and spec["precisions"].index(_precision(e.time, ranges)),
            ),
        )
        when, precision = event.time.earliest, _precision(event.time, ranges)
        result = {
            "year": str(when.year),
            "month": str(when.month) if precision in ("day", "month") else None,
            "date": str(when.day) if precision == "day" else None,
        }
        if result["month"] is None and spec.get("month_within_year"):
            result.update(month_within(event.time, times, published) or {})
    elif spec.get("fallback") == "publication_year" and published is not None:
        result["year"] = str(published.year)
    if (
        spec.get("month_fallback") == "publication_month"
        and published is not None
        and result["month"] is None
        and result["year"] == str(published.year)
    ):
        result["month"] = str(published.month)
    return result


def _written_date(event: Any) -> bool:
    """Whether the expression that dates ``event`` writes out a calendar date, a month and a number ("On March 27",
    "28 February 2021"), not only a day of the week, "today" or a holiday ("May Day")."""
    from tumen.extract.time.words import MONTHS

    span = getattr(event, "time_evidence", None) or getattr(event, "time_span", None)
    words = span.text.lower().replace(",", " ").split() if span is not None else []
    return any(w.rstrip(".") in MONTHS for w in words) and any(w.rstrip("stndrh").isdigit() for w in words)


def _not_dated_now(events: list[Any], extraction: Any, mapping: Mapping) -> list[Any]:
    """With ``date.not_present_reference``, the events whose time is the present reference of their sentence ("the
    military has now killed 1,026 people", "rape cases these days") left undated: "now" is the report's day, not the
    attack's."""
    spans = [getattr(e, "time_span", None) for e in events]  # (the tests' stand-ins may have none)
    if not mapping["date"].get("not_present_reference") or not any(spans):
        return events
    present = {(t.start, t.end) for t in extraction.times if t.value == "PRESENT_REF"}
    return [
        replace(e, time=None) if span is not None and (span.start, span.end) in present else e
        for e, span in zip(events, spans, strict=True)
    ]


def _precision(time: Any, ranges: bool) -> str:
    """The time's precision; with ``ranges``, a range within one month ("the end of June last year", "last
    week") gives its month, and one within one year its year."""
    if not ranges or time.precision != "range":
        return str(time.precision)
    first, last = time.earliest, time.latest
    if (first.year, first.month) == (last.year, last.month):
        return "month"
    return "year" if first.year == last.year else "range"


# -- running tumen on the articles -------------------------------------------------------------------------
def article_text(html: str) -> str:
    from tumen.errors import InputError
    from tumen.ingest.readers.html import read

    try:
        return read(html.encode("utf-8"), "article_interface").text
    except InputError:
        return ""


def publication_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def run(items: list[dict[str, Any]], mapping: Mapping) -> list[dict[str, Any]]:
    from tumen.extract.document import Source, extract_many

    sources = []
    for number, item in enumerate(items):
        sample = item["sample"]
        published = publication_date(sample.get("Input.publish_date"))
        sources.append(Source(article_text(sample.get("Input.article_interface") or ""), number, "en", published))
    return [
        predict(extraction, source.published, mapping, source.text)
        for source, extraction in zip(sources, extract_many(sources), strict=True)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="an HRDsAttack split (train.json, dev.json)")
    parser.add_argument("--map", type=Path, default=DEFAULT_MAP, help="the mapping data file")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--details", action="store_true", help="print each article's gold and prediction")
    args = parser.parse_args(argv)
    items = json.loads(args.data.read_text(encoding="utf-8"))[: args.limit]
    mapping = Mapping.load(args.map)
    started = time.perf_counter()
    preds = run(items, mapping)
    golds = [item["merged_sample"] for item in items]
    if args.details:
        for number, (gold, pred) in enumerate(zip(golds, preds, strict=True)):
            print(json.dumps({"article": number, "gold": gold, "pred": pred}, ensure_ascii=False))
    pairs = sum(
        len(align_victims(g.get("victims") or [], p.get("victims") or [])) for g, p in zip(golds, preds, strict=True)
    )
    named = sum(len(split_names(v.get("victim_name") for v in g.get("victims") or [])) for g in golds)
    elapsed = time.perf_counter() - started
    print(f"{len(items)} articles in {elapsed:.0f} s; {pairs} of {named} named gold victims aligned to a prediction")
    print("published T5-large (test split):")
    print(format_line("published", {k: v / 100 for k, v in PUBLISHED.items()}))
    print(format_line("hrdsattack_corrected", score(golds, preds, corrected=True)))
    print(format_line("hrdsattack", score(golds, preds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
