"""Pure computations on numpy arrays: no I/O, no Qt, no SQL."""
