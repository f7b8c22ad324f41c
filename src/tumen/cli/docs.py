"""The command reference (docs/cli.md) is generated from the commands' own help texts."""

from __future__ import annotations

import click

from tumen.cli.app import main

HEADER = """# Command reference

Generated from `tumen --help` by `python -m tumen.cli.docs > docs/cli.md`; a test fails when
this file and the commands disagree. Every command accepts the global options of `tumen`
(`--db PATH_OR_URL`, `-v`), given before the command name.
"""


def _help(args: list[str]) -> str:
    settings = {"terminal_width": 100, "max_content_width": 100, "help_option_names": ["-h", "--help"]}
    with click.Context(main, info_name="tumen", **settings) as ctx:  # type: ignore[arg-type]
        if not args:
            return main.get_help(ctx)
        command = main.get_command(ctx, args[0])
        assert command is not None
        with click.Context(command, info_name=args[0], parent=ctx, **settings) as sub:  # type: ignore[arg-type]
            return command.get_help(sub)


def render() -> str:
    parts = [HEADER, "## tumen\n", "```\n" + _help([]) + "\n```\n"]
    for name in sorted(main.commands):
        parts.append(f"## tumen {name}\n")
        parts.append("```\n" + _help([name]) + "\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(), end="")
