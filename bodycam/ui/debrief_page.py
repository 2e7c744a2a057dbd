"""Debrief page (trainers and admins): find tagged moments across all footage, build a session,
edit and reorder its items, queue clip renders and the export (jobs; this script never cuts
video), preview clips, and present the session full width (bodycam/ui/debrief_present.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import streamlit as st

from ..annotate import codebook_store
from ..core.errors import BodycamError
from ..core.vocabulary import POLARITIES
from ..debrief import sessions
from ..models import jobs, permissions
from ..models.store import utc_now
from ..models.users import User
from .debrief_present import present, show_clip
from .resources import current_account, current_user, ensure_worker, get_store


def _user() -> User:
    # The signed-in account itself (units included): every action below is checked with it.
    return current_account()


def _guard(action, *args, **kwargs):
    """Run a library call; show its error instead of a traceback. Returns None on error."""
    try:
        return action(*args, **kwargs)
    except BodycamError as error:
        st.error(str(error))
        return None


def _session_picker(store) -> int | None:
    rows = sessions.list_sessions(store)
    with st.expander("New session", expanded=not rows), st.form("debrief_new"):
        title = st.text_input("Title")
        audience = st.text_input("Audience")
        objectives = st.text_area("Learning objectives (one per line)")
        if st.form_submit_button("Create session"):
            created = _guard(
                sessions.create_session, store, _user(), title, audience,
                [line for line in objectives.splitlines() if line.strip()],
            )  # fmt: skip
            if created:
                st.session_state["debrief_session"] = created
                st.rerun()
    if not rows:
        return None
    ids = [r["id"] for r in rows]
    titles = {r["id"]: f"{r['title']} ({r['items']} items)" for r in rows}
    chosen = st.session_state.get("debrief_session")
    return st.selectbox(
        "Session",
        ids,
        index=ids.index(chosen) if chosen in ids else len(ids) - 1,
        format_func=titles.get,
        key="debrief_session_pick",
    )


def _find(store, session_id: int) -> None:
    _, codebook = codebook_store.current(store)
    footage = store.query("SELECT DISTINCT officer, incident_id FROM footage")
    reviewers = [r["created_by"] for r in store.query("SELECT DISTINCT created_by FROM tags")]
    cols = st.columns(3)
    codes = cols[0].multiselect("Codes", [c.id for c in codebook.codes if not c.retired])
    polarity = cols[1].selectbox("Polarity", ["", *POLARITIES])
    reviewer = cols[2].selectbox("Reviewer", ["", *sorted(reviewers)])
    cols = st.columns(4)
    officer = cols[0].selectbox("Officer", ["", *sorted({f["officer"] or "" for f in footage})])
    incident = cols[1].selectbox(
        "Incident", ["", *sorted({f["incident_id"] or "" for f in footage})]
    )
    date_from = cols[2].date_input("From", value=None)
    date_to = cols[3].date_input("To", value=None)
    found = sessions.find_tags(
        store, codes=codes, polarity=polarity or None, officer=officer or None,
        incident=incident or None, date_from=date_from, date_to=date_to,
        reviewer=reviewer or None,
    )  # fmt: skip
    if not found:
        st.info("No tags match these filters.")
        return
    table = pd.DataFrame(found).drop(columns=["codebook_id"])
    st.dataframe(table, hide_index=True, width="stretch")
    with st.form("debrief_add"):
        chosen = st.multiselect("Tags to add", [r["id"] for r in found], key="debrief_add_tags")
        cols = st.columns(3)
        before = cols[0].number_input("Seconds before", 0.0, 120.0, 10.0, 1.0)
        after = cols[1].number_input("Seconds after", 0.0, 120.0, 5.0, 1.0)
        captions = cols[2].selectbox("Captions", ["vtt", "burn", "none"])
        if st.form_submit_button("Add to session") and chosen:
            from ..debrief.clips import ClipOptions

            added = _guard(
                sessions.add_items, store, _user(), session_id, chosen,
                ClipOptions(before, after, captions),
            )  # fmt: skip
            if added:
                st.success(f"Added {len(added)} item(s).")


def _clip_job(store, item_id: int) -> dict | None:
    return store.one(
        "SELECT id, state, progress, progress_detail, error FROM jobs WHERE kind = 'clip'"
        " AND json_extract(payload, '$.item_id') = ? ORDER BY id DESC LIMIT 1",
        [item_id],
    )


def queue_clip(store, item: dict) -> None:
    """Enqueue the item's clip render; the worker records the clip and links the item."""
    permissions.require(_user(), "debrief.build")
    payload = {
        "tag_id": item["tag_id"],
        "options": item["clip_options"],
        "user": current_user(),
        "item_id": item["id"],
    }
    jobs.request(store, _user(), "clip", None, payload)
    ensure_worker(store)


def _item(store, item: dict, count: int) -> None:
    where = f"{item['tag_start']:.1f} s, {item['original_name']}"
    with st.expander(f"{item['position']}. {item['code']} at {where}"):
        if item["clip_id"]:
            show_clip(store, item["clip_id"])
            st.caption(f"clip {item['clip_id']} ({item['clip_mode']})")
        else:
            job = _clip_job(store, item["id"])
            if job and job["state"] in ("queued", "running"):
                st.progress(job["progress"], text=job["progress_detail"] or job["state"])
            elif job and job["state"] == "failed":
                st.error(f"clip job {job['id']} failed: {job['error']}")
            if st.button("Render clip", key=f"debrief_render_{item['id']}"):
                _guard(queue_clip, store, item)
                st.rerun()
        _clip_options(store, item)
        with st.form(f"debrief_item_{item['id']}"):
            notes = st.text_area("Notes", item["notes"])
            prompts = st.text_area("Prompts (one per line)", "\n".join(item["prompts"]))
            position = st.number_input("Position", 1, count, item["position"])
            cols = st.columns(2)
            if cols[0].form_submit_button("Save"):
                _guard(
                    sessions.edit_item, store, _user(), item["id"], notes=notes,
                    prompts=prompts.splitlines(),
                )  # fmt: skip
                if position != item["position"]:
                    _guard(sessions.move_item, store, _user(), item["id"], int(position))
                st.rerun()
            if cols[1].form_submit_button("Remove"):
                _guard(sessions.remove_item, store, _user(), item["id"])
                st.rerun()


def _clip_options(store, item: dict) -> None:
    """How the item's clip is cut; saving new options unlinks the old clip (render again)."""
    from ..debrief.clips import ClipOptions, parse_span

    current = ClipOptions.from_dict(item["clip_options"])
    with st.form(f"debrief_options_{item['id']}"):
        cols = st.columns(3)
        before = cols[0].number_input("Seconds before", 0.0, 120.0, float(current.before), 1.0)
        after = cols[1].number_input("Seconds after", 0.0, 120.0, float(current.after), 1.0)
        choices = ["vtt", "burn", "none"]
        captions = cols[2].selectbox("Captions", choices, choices.index(current.captions))
        cols = st.columns(3)
        blur = cols[0].checkbox("Blur faces", current.blur_faces)
        lower_third = cols[1].checkbox("Lower-third (code and time)", current.lower_third)
        mute = cols[2].text_input(
            "Mute (footage seconds, e.g. 11-12.5, 30-31)",
            ", ".join(f"{a:g}-{b:g}" for a, b in current.mute),
        )
        if st.form_submit_button("Save clip options"):
            spans = _guard(
                lambda: tuple(parse_span(m.strip()) for m in mute.split(",") if m.strip())
            )
            if spans is not None:
                options = ClipOptions(before, after, captions, blur, spans, lower_third)
                _guard(sessions.set_clip_options, store, _user(), item["id"], options)
                st.rerun()
    if current.blur_faces and st.button(
        "Preview face detection", key=f"debrief_faces_{item['id']}"
    ):
        _guard(_preview_faces, store, item)


def _preview_faces(store, item: dict) -> None:
    """One frame at the tag with every detection boxed, before a blurred clip is rendered
    (one frame: fast enough for the page; the clip itself renders in a job)."""
    from ..debrief.redaction import preview_detections

    permissions.require(_user(), "debrief.build")
    footage = store.get("footage", item["footage_id"])
    image, found = preview_detections(
        store.layout.absolute(footage["original_path"]), item["tag_start"]
    )
    st.image(image, caption=f"{len(found)} face(s) detected at {item['tag_start']:.1f} s")


def _export(store, session_id: int) -> None:
    if st.button("Export session (zip)", key="debrief_export"):
        try:
            permissions.require(_user(), "debrief.export")
            if not sessions.items(store, session_id):
                raise BodycamError(f"debrief session {session_id} has no items: add tags first")
        except BodycamError as error:
            st.error(str(error))
            return
        folder = store.root / "exports"
        folder.mkdir(exist_ok=True)
        out = folder / f"debrief-{session_id}-{utc_now()[:19].replace(':', '')}.zip"
        payload = {"session_id": session_id, "out": str(out), "user": current_user()}
        jobs.request(store, _user(), "debrief_export", None, payload)
        ensure_worker(store)
        st.success("Export queued.")
    for job in store.query(
        "SELECT id, state, progress, progress_detail, error, payload FROM jobs"
        " WHERE kind = 'debrief_export' AND json_extract(payload, '$.session_id') = ?"
        " ORDER BY id DESC LIMIT 3",
        [session_id],
    ):
        out = json.loads(job["payload"])["out"]
        if job["state"] in ("queued", "running"):
            st.progress(job["progress"], text=f"export {job['id']}: {job['progress_detail'] or ''}")
        elif job["state"] == "failed":
            st.error(f"export {job['id']} failed: {job['error']}")
        elif Path(out).is_file():
            with open(out, "rb") as bundle:
                st.download_button(
                    f"Download {Path(out).name}",
                    bundle,
                    file_name=Path(out).name,
                    key=f"debrief_download_{job['id']}",
                )


def render() -> None:
    st.title("Debrief")
    store = get_store()
    try:
        permissions.require(_user(), "debrief.build")
    except BodycamError as error:
        st.error(str(error))
        return
    session_id = _session_picker(store)
    if session_id is None:
        st.info("Create a session, then add tagged moments to it.")
        return
    session = sessions.get_session(store, session_id)
    items = sessions.items(store, session_id)
    st.caption(
        f"Audience: {session['audience'] or '-'} · objectives: "
        + ("; ".join(session["objectives"]) or "-")
    )
    build, present_tab = st.tabs(["Build", "Present"])
    with build:
        st.subheader("Find tagged moments")
        _find(store, session_id)
        st.subheader("Items")
        for item in items:
            _item(store, item, len(items))
        missing = [i for i in items if not i["clip_id"]]
        if missing and st.button(f"Render all {len(missing)} missing clips"):
            for item in missing:
                _guard(queue_clip, store, item)
            st.rerun()
        _export(store, session_id)
    with present_tab:
        present(store, session, items)
