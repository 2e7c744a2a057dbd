"""How times, people and user-supplied text are shown in the app."""

from __future__ import annotations

import math
import re
import string

SPEAKER_COLORS = (
    "#1f77b4",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#17becf",
    "#bcbd22",
    "#e377c2",
    "#7f7f7f",
)


def clock(seconds: float | None) -> str:
    """``1:02:03.4`` or ``2:03.4``: tenths, because tags are placed to a tenth of a second."""
    if seconds is None:
        return "-"
    # Half up, as the player's clockText does with the same float arithmetic (Python's round()
    # goes half to even and would disagree with the browser on 0.25 s).
    tenths = math.floor(max(seconds, 0.0) * 10 + 0.5)
    hours, rest = divmod(tenths, 36000)
    minutes, rest = divmod(rest, 600)
    secs, tenth = divmod(rest, 10)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}.{tenth}"
    return f"{minutes}:{secs:02d}.{tenth}"


def speaker_color(index: int) -> str:
    return SPEAKER_COLORS[index % len(SPEAKER_COLORS)]


# Every ASCII punctuation character may be backslash-escaped in CommonMark, and an escaped one
# is always shown as itself: so escaping all of them turns any text into literal text, whatever
# syntax it holds (images, links, emphasis, headings, tables, Streamlit's $math$ and :color[]).
_MARKDOWN_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")


def md_text(text: object) -> str:
    """User-supplied text (a file, speaker, reviewer or incident name, a transcript snippet)
    made safe for anything Streamlit renders as Markdown: ``st.markdown``, ``st.write``,
    ``st.caption``, ``st.info`` and the other alerts, ``st.progress`` text, widget labels and
    ``format_func`` results. ``![x](http://host/pixel)`` in a speaker name would otherwise
    make every reviewer's browser fetch that URL (#9). None is shown as an empty string.

    Not needed for ``st.text``, ``st.code`` or dataframe cells, which never render Markdown.
    """
    if text is None:
        return ""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", str(text))
