"""The bundled open data (regions, gazetteer, region aliases, credits) and the command that rebuilds it."""
