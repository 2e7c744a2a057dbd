"""The vocabulary at the bottom of the project: errors, progress callbacks, audio constants and
the terms (polarities, roles, key rules) that every stage and the player share. Defined once
here and imported everywhere; nothing in this package imports from the rest of ``bodycam``."""
