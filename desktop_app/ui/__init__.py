"""Everything that imports Qt lives here."""
