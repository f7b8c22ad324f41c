"""``tumen protect`` / ``tumen unprotect``: an analyst decides who is at risk, over the rules.

At-risk persons are pseudonymised in every public output (``tumen export --public``, ``tumen report --public``).
The rules of ``data/protection.yaml`` decide by default; an analyst's flag decides over them, both ways, and is
kept with who decided, when and why.
"""

from __future__ import annotations

import click

from tumen.cli.app import Context, main
from tumen.cli.cases import _one_person
from tumen.cli.render import plain


@main.command()
@click.argument("person")
@click.option("--reason", help="Why this person is at risk (kept with the decision).")
@click.option("--by", help="Who decides (default: TUMEN_USER or the login name).")
@click.pass_obj
def protect(obj: Context, /, person: str, reason: str | None, by: str | None) -> None:
    """Flag PERSON as at risk (a person id, a record DOC:pN or a name, as for `tumen person`): from now on
    every public export and report shows them only under their pseudonym, whatever the rules say."""
    who = _one_person(obj, person)
    obj.tumen().protect(who, reason, by)
    click.echo(plain(f"{who.id} {who.name} is protected: public outputs show a pseudonym instead of every name"))


@main.command()
@click.argument("person")
@click.option("--reason", required=True, help="Why this person is not at risk (required; kept with the decision).")
@click.option("--by", help="Who decides (default: TUMEN_USER or the login name).")
@click.pass_obj
def unprotect(obj: Context, /, person: str, reason: str, by: str | None) -> None:
    """Lift the protection of PERSON, over the rules too (a detained person an analyst knows to be free and
    named publicly by their own choice): public outputs show their name again. The reason is kept."""
    if not reason.strip():
        raise click.BadParameter("give the reason why this person is not at risk", param_hint="'--reason'")
    who = _one_person(obj, person)
    obj.tumen().unprotect(who, reason, by)
    click.echo(plain(f"{who.id} {who.name} is not protected: public outputs show their name"))


@main.command("protected")
@click.option("--all", "everyone", is_flag=True, help="List every person, at risk or not.")
@click.pass_obj
def protected(obj: Context, /, everyone: bool) -> None:
    """List the persons at risk now, with why: the rules that matched and the analyst's flag in force."""
    tumen = obj.tumen()
    decisions = tumen.protection()
    names = tumen.entity_names(decisions)
    for pid, decision in sorted(decisions.items(), key=lambda x: (not x[1].at_risk, names.get(x[0], ""), x[0])):
        if not (decision.at_risk or everyone):
            continue
        mark = "at risk" if decision.at_risk else "not at risk"
        why = "; ".join(decision.reasons) or "no rule matches"
        click.echo(plain(f"{pid}  {names.get(pid, pid)}  {mark}: {why}"))
