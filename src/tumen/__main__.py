"""``python -m tumen`` runs the command-line interface."""

from tumen.cli import main

main()
