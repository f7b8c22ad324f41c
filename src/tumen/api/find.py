"""Finding persons in the stored case base by id, record key or name (:meth:`tumen.api.Tumen.find_persons`)."""

from __future__ import annotations

from tumen.cases import codec
from tumen.extract.names import parse
from tumen.model import is_person_id
from tumen.resolve.keys import normal_name
from tumen.resolve.persons import Person
from tumen.resolve.resolver import name_keys
from tumen.store import Store


def find_persons(store: Store, query: str) -> list[Person]:
    """Persons matching a person id (also a retired one), a record key ("12:p1") or a name
    (every spelling and script tumen knows for them), most mentioned first."""
    query = query.strip()
    with store.reading() as r:
        ids: list[str] = []
        if is_person_id(query):
            ids = [r.follow(query)]
        elif ":" in query:
            ids = list(r.person_of([query]).values())
        if not ids:
            ids = r.person_ids_named(normal_name(query))
        if not ids:  # another spelling or script of the full name
            for key in name_keys(parse(query)):
                ids += [i for i in r.person_ids_named(key) if i not in ids] if key.startswith("F|") else []
        if not ids:  # "Kang" or "Mi-rae Kang": names compatible with the query
            wanted = parse(query)
            tokens = [t for t in normal_name(query).split() if len(t) >= 2] or [normal_name(query)]
            candidates = r.person_ids_like(max(tokens, key=len))
            names = r.person_names_of(candidates)
            ids = [
                pid
                for pid in candidates
                if any(parse(n).compatible(wanted) and parse(n).given_key for n in names.get(pid, []))
            ]
        found = [codec.to_person(d) for d in r.list_persons(ids=ids)] if ids else []
    return found
