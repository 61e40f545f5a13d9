"""Views of the Policy & signals section."""
