"""Terms shared by the codebook, the tags, the transcript and the player.

The player's JavaScript receives these values from Python (see the timeline player component),
so a rule changed here changes in the browser too.
"""

from __future__ import annotations

#: How a coded moment bears on tension.
POLARITIES = ("escalation", "de-escalation", "context", "outcome")
#: A code marks a moment (point) or a span (interval).
CODE_KINDS = ("point", "interval")
#: Who a code is about: the subject of a tag (never the user who made it).
SUBJECTS = ("officer", "civilian", "other", "any")
#: The part a voice plays in an encounter (never a user's role in the app).
SPEAKER_ROLES = ("officer", "civilian", "dispatch", "other", "unknown")
#: What a signed-in person may do in the app (never a speaker's role).
USER_ROLES = ("supervisor", "trainer", "researcher", "admin")

# Keys the review player keeps for itself, in the usual video-player layout: space/k
# play-pause, j/l skip, ,/. frame step, </> speed, +/=/-/_ zoom, ? help, arrows seek, [/]
# previous/next tag (so a reviewer can select, edit and delete tags with keys only). Bindings
# ignore case (the player lower-cases every key), so both cases of a letter are reserved.
RESERVED_KEYS = frozenset(
    {" ", ",", ".", "<", ">", "+", "=", "-", "_", "?", "[", "]", "j", "k", "l"}
    | {"ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"}
)


def normalize_key(key: str) -> str:
    """Return the form in which the player compares a key: lower case."""
    return key.lower()


def key_problem(key: object) -> str | None:
    """Return why ``key`` cannot be bound to a code, with the fix, or None if it can."""
    if not isinstance(key, str):
        return f'{key!r} is not a string. Fix: quote the key in YAML, e.g. key: "{key}".'
    if normalize_key(key) in RESERVED_KEYS:
        return (
            f"{key!r} is reserved by the player for playback control. Fix: choose a digit or a "
            f"letter other than j, k, l, J, K, L."
        )
    if len(key) != 1 or not (key.isascii() and key.isalnum()):
        return (
            f"{key!r} is not a single digit or letter. Fix: use one character from 0-9, a-z or A-Z."
        )
    return None
