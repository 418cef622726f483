"""One module per ``python -m geo`` sub-command (see :data:`geo.cli.COMMANDS`)."""
