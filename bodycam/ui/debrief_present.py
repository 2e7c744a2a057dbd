"""Present mode of the Debrief page: one item at a time, full width, with its notes and
prompts; Previous/Next step through the session and "Loop this clip" repeats the item (a
repeatable scenario loop)."""

from __future__ import annotations

import html

import streamlit as st

from .media import signed_url
from .resources import current_user


def clip_url(store, clip_id: int) -> str:
    """A signed URL of a clip (media kind ``clip``: the id in the URL is the clip's id)."""
    return signed_url(store.layout, clip_id, "clip", current_user())


def show_clip(store, clip_id: int, loop: bool = False) -> None:
    """A full-width player. ``st.video`` would read a relative URL as a file on the server; a
    plain ``<video>`` element fetches it from the media route with range requests."""
    url = html.escape(clip_url(store, clip_id), quote=True)
    st.html(
        f'<video src="{url}" controls preload="metadata"{" loop" if loop else ""} '
        'style="width:100%;max-height:70vh;background:#000"></video>'
    )


def present(store, session: dict, items: list[dict]) -> None:
    if not items:
        st.info("This session has no items yet.")
        return
    count = len(items)
    index = min(st.session_state.get("debrief_present_index", 0), count - 1)
    cols = st.columns([1, 1, 2, 4])
    if cols[0].button("Previous", disabled=index == 0, key="debrief_prev"):
        index -= 1
    if cols[1].button("Next", disabled=index == count - 1, key="debrief_next"):
        index += 1
    loop = cols[2].toggle("Loop this clip", key="debrief_loop")
    st.session_state["debrief_present_index"] = index
    item = items[index]
    cols[3].markdown(f"**{index + 1} / {count}** · {session['title']}")
    if item["clip_id"]:
        show_clip(store, item["clip_id"], loop)
    else:
        st.warning("This item's clip is not rendered yet: render it on the Build tab.")
    st.subheader(f"{item['position']}. {item['code']}")
    if item["notes"]:
        st.text(item["notes"])
    for prompt in item["prompts"]:
        st.markdown(f"- {_plain(prompt)}")


def _plain(text: str) -> str:
    """Prompts are the trainer's text, shown as text: Markdown and HTML characters escaped."""
    return "".join("\\" + c if c in "\\`*_{}[]()#+-.!<>|~" else c for c in text)
