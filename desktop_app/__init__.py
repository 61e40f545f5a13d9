"""Anticipa: anticipate the future of a region's industries, offline."""

__version__ = "0.1.0"
APP_NAME = "Anticipa"
