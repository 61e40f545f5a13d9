"""Command-line sub-commands, one module per capability; no Qt."""
