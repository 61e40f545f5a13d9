"""Use cases that report progress through a callback and honour cancel; no Qt."""
