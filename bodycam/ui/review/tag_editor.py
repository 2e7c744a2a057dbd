"""The editor of the selected tag, inside the tags panel.

The form shows the tag as it was when the reviewer opened it (a snapshot kept in the session),
and a save is checked against that version. So when someone else saves the same tag in another
browser meanwhile, this reviewer's typing is not reset and the save is not lost: it is refused
with ``StaleEdit`` and the conflict is shown field by field, with a deliberate choice to reload
the other version or overwrite it.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...annotate import codebook_store, tags
from ...core.errors import BodycamError, StaleEdit
from ...models.identities import mask_for
from ...models.transcripts import speaker_display
from ...models.transcripts import speakers as list_speakers
from ..formatting import clock, md_text
from ..resources import current_account
from . import state as page_state
from .actions import ReviewState
from .data import tag_rows
from .state import NONE

#: The fields the editor changes, in the order the conflict table lists them.
FIELDS = ("code", "start", "end", "subject", "speaker_id", "intensity", "confidence", "notes")
_LOADED = page_state.key("tag_loaded")
_CONFLICT = page_state.key("tag_conflict")


def forget_loaded() -> None:
    """Drop the editor's snapshot after this session changed the tag another way (a key that
    ends an interval, End/Cancel): the next render loads the new version."""
    st.session_state.pop(_LOADED, None)
    st.session_state.pop(_CONFLICT, None)


def _loaded(current: dict[str, Any]) -> dict[str, Any]:
    """The version of the tag the reviewer opened; a new one when another tag is selected."""
    loaded = st.session_state.get(_LOADED)
    if not loaded or loaded["id"] != current["id"]:
        loaded = st.session_state[_LOADED] = dict(current)
        st.session_state.pop(_CONFLICT, None)
    return loaded


def tag_editor(store, footage_id: int, state: ReviewState) -> None:
    if state.selected_tag_id is None:
        st.caption("Select a tag on the timeline or in the list to edit it.")
        return
    try:
        current = tags.get_tag(store, state.selected_tag_id)
    except BodycamError:
        state.selected_tag_id = None
        forget_loaded()
        return
    tag = _loaded(current)
    conflict = st.session_state.get(_CONFLICT)
    if conflict:
        _show_conflict(store, footage_id, tag, current, conflict)
    values, saved, deleted = _form(store, footage_id, tag)
    try:
        if saved:
            _save(store, footage_id, tag, tag["version"], values)
        if deleted:
            tags.delete_tag(store, tag["id"], tag["version"], current_account())
            # Nothing is selected and the playhead stays: the next tag is not put under the
            # cursor, so a second click cannot delete it too. Undo is offered above the list.
            state.selected_tag_id = None
            forget_loaded()
            st.toast(f"Tag {tag['id']} deleted. “Undo delete” above the list restores it.")
            st.rerun()
    except StaleEdit as error:
        st.session_state[_CONFLICT] = {"message": str(error), "mine": values}
        page_state.rerun_panel()
    except BodycamError as error:
        st.error(md_text(error))


def _save(store, footage_id: int, tag, version: int, values: dict[str, Any]) -> None:
    updated = tags.update_tag(store, tag["id"], version, current_account(), **values)
    st.session_state[_LOADED] = dict(updated)
    st.session_state.pop(_CONFLICT, None)
    page_state.remember_tag_rows(footage_id, tag_rows(store, footage_id, current_account()))
    st.toast(f"Tag {tag['id']} saved (version {updated['version']}).")
    page_state.rerun_panel()


def _show(field: str, value: Any) -> str:
    if value is None or value == "":
        return NONE
    if field in ("start", "end"):
        return clock(float(value))
    return str(value)


def _show_conflict(store, footage_id: int, loaded, current, conflict) -> None:
    """What changed since the reviewer opened the tag, and the two deliberate ways out."""
    mask = mask_for(store, current_account(), footage_id)
    who = mask.person(current["updated_by"] or current["created_by"])
    st.error(
        f"Not saved: {md_text(who)} changed tag {current['id']} while you were editing it "
        f"(now version {current['version']}, you opened version {loaded['version']}). "
        "Compare below, then reload their version or overwrite it with yours."
    )
    mine = conflict["mine"]

    def seen(values: dict[str, Any]) -> dict[str, Any]:
        return mask.tag({**values, "created_by": current["created_by"]})

    rows = [
        {
            "field": field,
            "when you opened": _show(field, seen(loaded)[field]),
            f"now (by {who})": _show(field, seen(current)[field]),
            "yours": _show(field, seen(mine)[field]),
        }
        for field in FIELDS
        if loaded[field] != current[field] or mine[field] != current[field]
    ]
    st.table(rows)
    reload, overwrite = st.columns(2)
    if reload.button("Reload their version", key=page_state.key("conflict_reload")):
        forget_loaded()
        page_state.rerun_panel()
    if overwrite.button("Overwrite with mine", key=page_state.key("conflict_overwrite")):
        try:
            _save(store, footage_id, current, current["version"], mine)
        except BodycamError as error:
            st.error(md_text(error))


def _form(store, footage_id: int, tag) -> tuple[dict[str, Any], bool, bool]:
    _, codebook = codebook_store.current(store)
    speakers = list_speakers(store, footage_id, current_account())
    # Who made it and another's notes as this user may see them (models/identities.py).
    shown = mask_for(store, current_account(), footage_id).tag(tag)
    codes = [c.id for c in codebook.active_codes()]
    if tag["code"] not in codes:
        codes.insert(0, tag["code"])
    labels = {c.id: f"{md_text(c.label)} ({c.polarity})" for c in codebook.codes}
    speaker_ids = [None, *[s["id"] for s in speakers]]
    speaker_names = {s["id"]: md_text(speaker_display(s)) for s in speakers}
    prefix = page_state.key(f"tag_{tag['id']}_{tag['version']}")
    title, jump = st.columns([3, 1], vertical_alignment="center")
    title.markdown(
        f"**Tag {tag['id']}** · {clock(tag['start'])} · by {md_text(shown['created_by'])} · "
        f"version {tag['version']}"
    )
    if jump.button("Jump to tag", key=f"{prefix}_jump"):
        page_state.request_seek(footage_id, tag["start"])
        st.rerun()
    subjects = [None, *tags.TAG_SUBJECTS]
    # Three fields a row, so the whole editor fits under the list on one screen.
    with st.form(f"{prefix}_form", border=False):
        row1 = st.columns([3, 2])
        code = row1[0].selectbox(
            "Code",
            codes,
            index=codes.index(tag["code"]),
            format_func=lambda c: labels.get(c, md_text(c)),
        )
        subject = row1[1].selectbox(
            "Subject",
            subjects,
            index=subjects.index(tag["subject"]),
            format_func=lambda a: a or NONE,
            help="Who the tag is about (not who made it).",
        )
        row2 = st.columns(3)
        start = row2[0].number_input(
            "Start (s)", value=float(tag["start"]), min_value=0.0, step=0.1, format="%.2f"
        )
        is_interval = tag["kind"] == "interval"
        end = row2[1].number_input(
            "End (s)",
            value=float(tag["end"] or tag["start"]),
            min_value=0.0,
            step=0.1,
            format="%.2f",
            disabled=not is_interval,
        )
        speaker = row2[2].selectbox(
            "Speaker",
            speaker_ids,
            index=speaker_ids.index(tag["speaker_id"]) if tag["speaker_id"] in speaker_ids else 0,
            format_func=lambda s: NONE if s is None else speaker_names[s],
        )
        row3 = st.columns([1, 1, 2])
        intensity = row3[0].selectbox(
            "Intensity",
            [None, 1, 2, 3, 4, 5],
            index=[None, 1, 2, 3, 4, 5].index(tag["intensity"]),
            format_func=lambda i: NONE if i is None else str(i),
        )
        confidence = row3[1].selectbox(
            "Confidence",
            [None, *tags.CONFIDENCES],
            index=[None, *tags.CONFIDENCES].index(tag["confidence"]),
            format_func=lambda c: NONE if c is None else c.replace("_", " "),
        )
        notes = row3[2].text_area("Notes", value=shown["notes"] or "", height=68)
        save, delete = st.columns(2)
        saved = save.form_submit_button("Save", type="primary", width="stretch")
        deleted = delete.form_submit_button("Delete", width="stretch")
    values = {
        "code": code,
        "start": start,
        "end": end if is_interval else None,
        "subject": subject,
        "speaker_id": speaker,
        "intensity": intensity,
        "confidence": confidence,
        # Redacted notes left as shown keep the real ones: a save never writes the redaction.
        "notes": tag["notes"] if (notes or None) == shown["notes"] else (notes or None),
    }
    return values, saved, deleted
