"""The look-ups and writes of :class:`tumen.store.casebase.CaseTables` and
:class:`tumen.store.relay_tables.RelayTables`, each statement built once.

An update runs these thousands of times (a few per document, one per place and month of its statements); a
statement built anew for each call is walked again for its SQL cache key, which cost about as much CPU as the
queries themselves. Here what varies is bound when a statement runs: the ``IN`` lists as ``values``
(:func:`tumen.store.tables.any_of`, a bounded chunk at a time), everything else under the names given below.
Each statement is the one the methods built before, word for word but for the names of its parameters.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from tumen.store import case_schema as t
from tumen.store.documents import _INFO_COLUMNS
from tumen.store.schema import documents, extractions, judgements
from tumen.store.tables import any_of

P = sa.bindparam
cd, cr, rk, p, r = t.case_documents, t.case_records, t.record_keys, t.persons, t.redirects
s, se, f, fe, n, nm = t.statements, t.statement_entities, t.facts, t.fact_entities, t.named, t.named_mentions
d, sb, sg, c, dep = documents.c, t.signature_bands, t.signatures, t.citations, t.dependencies

# -- documents ----------------------------------------------------------------------------------------------
infos = sa.select(*_INFO_COLUMNS).where(any_of(d.id))
text = sa.select(d.sha256, d.text).where(d.id == P("doc"))
extraction = sa.select(extractions.c.version, extractions.c.data).where(extractions.c.document_id == P("doc"))
forget = (
    t.statement_entities.delete().where(
        t.statement_entities.c.statement.in_(sa.select(s.c.id).where(any_of(s.c.document_id)))
    ),
    rk.delete().where(rk.c.record.in_(sa.select(cr.c.key).where(any_of(cr.c.document_id)))),
    *(table.delete().where(any_of(table.c.document_id)) for table in (cd, cr, s, nm, t.relation_statements, sg, sb, c)),
    dep.delete().where(sa.or_(any_of(dep.c.document_id), any_of(dep.c.depends_on))),
)

# -- records -------------------------------------------------------------------------------------------------
records_of_documents = sa.select(cr.c.key, cr.c.person_id).where(any_of(cr.c.document_id))
keys_of_records = sa.select(rk.c.key).where(any_of(rk.c.record))
given_only_active = sa.select(rk.c.key).where(any_of(rk.c.key), rk.c.surname.is_(False)).distinct()
records_with_keys = sa.select(rk.c.record).where(any_of(rk.c.key))
anchored_to = sa.select(cr.c.key).where(any_of(cr.c.anchor))
anchors_of = sa.select(cr.c.anchor).where(any_of(cr.c.key))
members = sa.select(cr.c.key).where(any_of(cr.c.person_id))
records = sa.select(cr.c.key, cr.c.person_id, cr.c.data).where(any_of(cr.c.key))
person_of = sa.select(cr.c.key, cr.c.person_id).where(any_of(cr.c.key))
set_person = cr.update().where(cr.c.key == P("record")).values(person_id=P("person"))
j = judgements
_judged = sa.select(j.c.id, j.c.left_record, j.c.right_record, j.c.judgement, j.c.decided_by)
judgements_of = tuple(_judged.where(any_of(column)) for column in (j.c.left_record, j.c.right_record))

# -- persons -------------------------------------------------------------------------------------------------
person_names = sa.select(p.c.id, p.c.name).where(any_of(p.c.id))
named_names = sa.select(n.c.id, n.c.name).where(any_of(n.c.id))
person_rows = sa.select(p.c.id, p.c.data).where(any_of(p.c.id))
anonymous_persons = sa.select(p.c.id).where(p.c.anonymous.is_(True)).where(any_of(p.c.id))
person_origins = sa.select(p.c.id, p.c.origin).where(any_of(p.c.id))
redirects_to = sa.select(r.c.id, r.c.target).where(any_of(r.c.target))
redirect = r.update().where(r.c.id == P("old")).values(target=P("new"))
retired = sa.select(r.c.id).where(any_of(r.c.id))

# -- statements and facts ------------------------------------------------------------------------------------
statements_of_documents = sa.select(s.c.id).where(any_of(s.c.document_id))
statements_naming = sa.select(se.c.statement).where(any_of(se.c.entity))
statements_of_facts = sa.select(s.c.id).where(any_of(s.c.fact_id))
statement_rows = sa.select(s.c.id, s.c.fact_id, s.c.data).where(any_of(s.c.id))
statement_facts = sa.select(s.c.id, s.c.fact_id, s.c.principal).where(any_of(s.c.id))


def _windowed(query: Any, dated: bool = True) -> Any:
    """A look-up of statements whose window overlaps the one bound as ``start`` and ``end``."""
    if dated:
        query = query.where(s.c.dated.is_(True))
    return query.where(s.c.lo <= P("end"), s.c.hi >= P("start"))


_of_type_at = (s.c.type == P("kind"), s.c.place == P("place"))
statements_at = _windowed(sa.select(s.c.id).where(*_of_type_at))
_anonymous = sa.exists().where(cr.c.key == s.c.principal, p.c.id == cr.c.person_id, p.c.anonymous.is_(True))
_at = sa.select(s.c.id, s.c.principal).where(*_of_type_at)
# the condition of the partial index ix_statements_open, word for word (see case_schema.OPEN_STATEMENT)
told_of_no_one_at = _windowed(_at.where(sa.text(t.OPEN_STATEMENT), sa.or_(s.c.principal.is_(None), _anonymous)))
unsettled_of_at = _windowed(
    _at.where(sa.or_(s.c.candidates.is_(None), s.c.candidates < 2)).where(any_of(s.c.principal))
)
unattributed_on = (
    sa.select(s.c.id, s.c.lo, s.c.hi, s.c.document_id)
    .where(*_of_type_at, s.c.principal.is_(None), s.c.dated.is_(True))
    .where(any_of(s.c.lo))
)
_of_principal = sa.select(s.c.id).where(s.c.type == P("kind"), s.c.principal == P("principal"))
of_principal = _of_principal
of_principal_when = _windowed(_of_principal, dated=False)
collective_tally = sa.select(s.c.id).where(
    s.c.type == P("kind"), s.c.tally == P("count"), sa.or_(s.c.principal.is_(None), s.c.principal.like("G%"))
)
anonymous_among = (
    sa.select(cr.c.key).join(p, p.c.id == cr.c.person_id).where(p.c.anonymous.is_(True)).where(any_of(cr.c.key))
)
fact_origins = sa.select(f.c.id, f.c.origin).where(any_of(f.c.id))
assign_fact = s.update().where(s.c.id == P("sid")).values(fact_id=P("fid"))
assign_fact_counted = assign_fact.values(candidates=P("n"), candidate_a=P("a"), candidate_b=P("b"))
_settled = sa.select(s.c.id).where(s.c.candidates >= 2)
settled_on_statements = _settled.where(sa.or_(any_of(s.c.candidate_a), any_of(s.c.candidate_b)))
settled_on_document = _settled.where(  # statement ids are "<document>:e<event>:<n>"; ";" follows ":"
    sa.or_(
        sa.and_(s.c.candidate_a >= P("first"), s.c.candidate_a < P("after")),
        sa.and_(s.c.candidate_b >= P("first"), s.c.candidate_b < P("after")),
    )
)
_facts = sa.select(f.c.id, f.c.data).join(fe, fe.c.fact_id == f.c.id)
facts_of = _facts.where(any_of(fe.c.entity))
facts_of_in_roles = _facts.where(fe.c.role.in_(P("roles", expanding=True))).where(any_of(fe.c.entity))

# -- organisations, places, relations ------------------------------------------------------------------------
_mentions = sa.select(nm.c.document_id, nm.c.data).where(nm.c.entity == P("entity"))
named_mention_rows = _mentions
named_mention_rows_in = _mentions.where(any_of(nm.c.document_id))
named_mentions_of_documents = sa.select(nm.c.entity, nm.c.document_id, nm.c.data).where(any_of(nm.c.document_id))
named_rows = sa.select(n.c.id, n.c.kind, n.c.name, n.c.place_kind, n.c.aliases).where(any_of(n.c.id))
first_named_documents = (
    sa.select(nm.c.entity, sa.func.min(nm.c.document_id)).group_by(nm.c.entity).where(any_of(nm.c.entity))
)
_rs = t.relation_statements
relation_statements_of = tuple(
    sa.select(_rs.c.id, _rs.c.data).where(any_of(column)) for column in (_rs.c.subject, _rs.c.object)
)
relation_statements_in = sa.select(_rs.c.id, _rs.c.data).where(any_of(_rs.c.document_id))

# -- copies and relays (RelayTables) -------------------------------------------------------------------------
documents_with_bands = sa.select(sb.c.document_id).where(any_of(sb.c.band))
signatures = sa.select(sg.c.document_id, sg.c.signature).where(any_of(sg.c.document_id))
outlet_has_others = sa.select(d.id).where(any_of(d.outlet), d.id != P("exclude")).limit(1)
citations_of = sa.select(c.c.outlet).where(c.c.document_id == P("doc"))
dependencies = sa.select(dep.c.document_id, dep.c.depends_on, dep.c.why).where(any_of(dep.c.document_id))
_text_like = d.text.ilike(P("pattern"), escape="\\")
texts_mentioning = sa.select(d.id, d.outlet, d.published, d.text).where(_text_like, d.id != P("exclude"))


def _in_window(windowed: bool, undated: bool) -> Any:
    """Published between ``start`` and ``end`` (anything without ``windowed``), or not dated when ``undated``."""
    if not windowed:
        return sa.true() if undated else d.published.is_not(None)
    inside = d.published.between(P("start"), P("end"))
    return sa.or_(inside, d.published.is_(None)) if undated else inside


_WINDOWS = ((False, False), (False, True), (True, False), (True, True))
outlet_documents = {
    (w, u): sa.select(d.id, d.published, d.published_precision)
    .where(d.id != P("exclude"))
    .where(_in_window(w, u))
    .where(any_of(d.outlet))
    for w, u in _WINDOWS
}
citing = {
    (w, u): sa.select(c.c.document_id, d.published, d.published_precision)
    .join(documents, d.id == c.c.document_id)
    .where(c.c.outlet == P("outlet"), _in_window(w, u))
    .order_by(c.c.document_id)
    for w, u in _WINDOWS
}
