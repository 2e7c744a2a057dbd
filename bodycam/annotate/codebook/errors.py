"""The two ways a codebook can fail: an invalid file or edit, and an unknown code id."""

from __future__ import annotations


class CodebookError(ValueError):
    "The codebook file is invalid"


class UnknownCode(KeyError):
    "No code with this id in the codebook"

    def __str__(self) -> str:
        # KeyError quotes its message; this one is meant to be read.
        return str(self.args[0]) if self.args else ""
