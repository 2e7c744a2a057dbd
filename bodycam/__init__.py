"""Bodycam Review: review police body-worn camera footage."""

__version__ = "0.1.0"
