"""Generic mention clustering: which mentions of participants, places, times and events are one thing.

The mention resolver the ECB+ benchmark (``benchmarks/ecbplus.py``) measures; it lives beside that benchmark,
not in the ``tumen`` package, because no part of the product calls it (facts are built by
:mod:`tumen.corroborate.facts` from extracted events).

tumen's person resolver (:mod:`tumen.resolve.resolver`) knows Korean names; this package clusters any
mention — "Tara Reid", "the actress", "she", "Promises Treatment Center", "Friday", "checked into" —
in the same explainable way: records with features, blocking, weighted features that each give a
reason, and union-find.

1. :func:`describe` (:mod:`.describe`) turns mention spans of tokenised sentences into :class:`Mention`
   records (:mod:`.records`) with tumen's spaCy pipeline: head word and lemma (headlines in title case are
   read in running-text case, :mod:`.casing`), proper-name words, number, the sentence's content lemmas,
   identity links the syntax states (appositions, "actress Esther Williams", relative pronouns, "X is a
   Y") and, for events, their arguments (the entity mentions in subject, object and prepositional
   positions of the trigger, and the sentence's times and places) (:mod:`.syntax`).
2. :func:`cluster_documents` (:mod:`.stories`) groups the documents of a group (a topic) into stories:
   reports of one seminal event share its rare words in their headline and lead. Mentions of different
   stories meet only through a full name (entities) or a named event ("Watergate").
3. :func:`resolve_mentions` (:mod:`.resolution`) clusters entities first: syntax links and pronoun
   antecedents within a document (:mod:`.within_document`, :mod:`.pronouns`), then pairs that share a
   block (head lemma, a name word, a full name; :mod:`.blocking`) scored by features (same head lemma,
   same or different names, similar wording, type, same sentence, story; :mod:`.entity_features`). Then
   events: blocks by trigger lemma, stem, word class (a small lexicon of news events plus tumen's event
   vocabulary, ``data/events.yaml``; :mod:`.event_words`) and named event; features
   (:mod:`.event_features`): same word, word family, class, a happening of one family to the same
   participant (tumen's rule for facts), shared participants, times and places, similar sentences,
   reports by different speakers, negation. Then entities again: the same participant slot (doer,
   undergoer) of one event cluster is one participant (:mod:`.roles`); events and participants alternate
   :data:`ROUNDS` times.

The strongest pairs merge first; a pair merges at :data:`MERGE_AT` (:data:`EVENT_MERGE_AT` for events)
or more, and never when it would put two different names in one cluster (:mod:`.clusters`). Every merge
keeps its reasons (:attr:`MentionResolution.links`). The weights and thresholds were tuned on the ECB+
training topics (``benchmarks/ecbplus.py``, ``docs/accuracy.md``). Deterministic: the same mentions, in
any order, give the same clusters.
"""

from __future__ import annotations

from .blocking import MAX_BLOCK
from .describe import NOMINAL, PREDICATES, describe
from .entity_features import ENTITY_FEATURES, WORDING_SIMILARITY, f_head, f_name, f_types, f_wording
from .event_features import (
    CONTEXT_OVERLAP,
    EVENT_FEATURES,
    FAMILY_WEIGHT,
    PARTICIPANT_ROLES,
    f_arguments,
    f_context,
    f_family,
    f_named,
    f_negation,
    f_reporting,
    f_setting,
    f_trigger,
)
from .event_words import EVENT_CLASSES, FAMILIES, LOOSE_CLASSES, derived, event_classes, families, stem
from .pronouns import NEUTER_PRONOUNS, OTHER_PRONOUNS, PERSONAL, PLURAL_PRONOUNS, PRONOUNS, RELATIVE_PRONOUNS
from .records import Link, Mention, MentionResolution, Span
from .resolution import EVENT_MERGE_AT, MERGE_AT, ROUNDS, resolve_mentions, same_head_baseline
from .roles import JOINT_ROLES, ROLE_WEIGHT
from .scoring import Context, Feature, f_sentence, f_story, score_pair
from .stories import LEAD_SENTENCES, SMALL_STORY, STORY_ATTACH, STORY_SIMILARITY, cluster_documents
from .syntax import OBJECT_DEPS, SUBJECT_DEPS

__all__ = [
    "CONTEXT_OVERLAP",
    "ENTITY_FEATURES",
    "EVENT_CLASSES",
    "EVENT_FEATURES",
    "EVENT_MERGE_AT",
    "FAMILIES",
    "FAMILY_WEIGHT",
    "JOINT_ROLES",
    "LEAD_SENTENCES",
    "LOOSE_CLASSES",
    "MAX_BLOCK",
    "MERGE_AT",
    "NEUTER_PRONOUNS",
    "NOMINAL",
    "OBJECT_DEPS",
    "OTHER_PRONOUNS",
    "PARTICIPANT_ROLES",
    "PERSONAL",
    "PLURAL_PRONOUNS",
    "PREDICATES",
    "PRONOUNS",
    "RELATIVE_PRONOUNS",
    "ROLE_WEIGHT",
    "ROUNDS",
    "SMALL_STORY",
    "STORY_ATTACH",
    "STORY_SIMILARITY",
    "SUBJECT_DEPS",
    "WORDING_SIMILARITY",
    "Context",
    "Feature",
    "Link",
    "Mention",
    "MentionResolution",
    "Span",
    "cluster_documents",
    "derived",
    "describe",
    "event_classes",
    "f_arguments",
    "f_context",
    "f_family",
    "f_head",
    "f_name",
    "f_named",
    "f_negation",
    "f_reporting",
    "f_sentence",
    "f_setting",
    "f_story",
    "f_trigger",
    "f_types",
    "f_wording",
    "families",
    "resolve_mentions",
    "same_head_baseline",
    "score_pair",
    "stem",
]
