"""Review page: the player with its timeline and synced transcript, tagging keys, the tag
editor, speakers and the encounter form for one footage."""

from __future__ import annotations

import contextlib

import streamlit as st

from ..annotate import codebook_store, corrections, encounter, tags
from ..core.errors import BodycamError
from ..core.vocabulary import SPEAKER_ROLES
from ..models.footage import list_footage
from ..models.transcripts import speaker_display
from ..models.transcripts import speakers as list_speakers
from .components.timeline_player import new_seek, timeline_player
from .formatting import clock
from .navigation import opening_footage
from .resources import current_user, ensure_worker, get_store
from .review_actions import ReviewState, handle_event
from .review_data import player_data, tag_rows

NONE = "—"


def _choose_footage(store) -> dict | None:
    rows = list_footage(store)
    if not rows:
        st.info("No footage yet: upload on the Library page or run `bodycam demo`.")
        return None
    by_id = {row["id"]: row for row in rows}
    wanted = st.query_params.get("footage")
    if wanted and wanted.isdigit() and int(wanted) in by_id:
        st.session_state["review_footage"] = int(wanted)
    st.session_state.setdefault("review_footage", opening_footage() or rows[0]["id"])
    if st.session_state["review_footage"] not in by_id:
        st.session_state["review_footage"] = rows[0]["id"]
    footage_id = st.selectbox(
        "Footage",
        list(by_id),
        key="review_footage",
        format_func=lambda i: f"#{i} {by_id[i]['original_name']} ({by_id[i]['status']})",
    )
    st.query_params["footage"] = str(footage_id)
    return store.get("footage", footage_id)


def _state(footage_id: int) -> ReviewState:
    return st.session_state.setdefault(f"review_state_{footage_id}", ReviewState(footage_id))


def _seek_from_query(footage_id: int) -> None:
    """A search hit opens the page at a second: turn ?t= into a one-shot seek."""
    wanted = st.query_params.get("t")
    if not wanted:
        return
    marker = (footage_id, wanted)
    if st.session_state.get("review_applied_t") != marker:
        st.session_state["review_applied_t"] = marker
        with contextlib.suppress(ValueError):
            st.session_state[f"review_seek_{footage_id}"] = new_seek(float(wanted))


def _jump(footage_id: int, t: float) -> None:
    st.session_state[f"review_seek_{footage_id}"] = new_seek(t)


def _show_messages(state: ReviewState) -> None:
    for level, text in state.messages:
        getattr(st, level)(text)
    state.messages.clear()


def _tag_editor(store, footage, state: ReviewState, codebook, speakers) -> None:
    if state.selected_tag_id is None:
        st.caption("Select a tag on the timeline or in the list to edit it.")
        return
    try:
        tag = tags.get_tag(store, state.selected_tag_id)
    except BodycamError:
        state.selected_tag_id = None
        return
    codes = [c.id for c in codebook.active_codes()]
    if tag["code"] not in codes:
        codes.insert(0, tag["code"])
    labels = {c.id: f"{c.label} ({c.polarity})" for c in codebook.codes}
    speaker_ids = [None, *[s["id"] for s in speakers]]
    speaker_names = {s["id"]: speaker_display(s) for s in speakers}
    prefix = f"review_tag_{tag['id']}_{tag['version']}"
    st.markdown(f"**Tag {tag['id']}** · by {tag['created_by']} · version {tag['version']}")
    if st.button("Jump to tag", key=f"{prefix}_jump"):
        _jump(footage["id"], tag["start"])
        st.rerun()
    with st.form(f"{prefix}_form"):
        code = st.selectbox(
            "Code", codes, index=codes.index(tag["code"]), format_func=lambda c: labels.get(c, c)
        )
        left, right = st.columns(2)
        start = left.number_input(
            "Start (s)", value=float(tag["start"]), min_value=0.0, step=0.1, format="%.2f"
        )
        is_interval = tag["kind"] == "interval"
        end = right.number_input(
            "End (s)",
            value=float(tag["end"] or tag["start"]),
            min_value=0.0,
            step=0.1,
            format="%.2f",
            disabled=not is_interval,
        )
        actor = st.selectbox(
            "Actor",
            [None, *tags.ACTORS],
            index=[None, *tags.ACTORS].index(tag["actor"]),
            format_func=lambda a: a or NONE,
        )
        speaker = st.selectbox(
            "Speaker",
            speaker_ids,
            index=speaker_ids.index(tag["speaker_id"]) if tag["speaker_id"] in speaker_ids else 0,
            format_func=lambda s: NONE if s is None else speaker_names[s],
        )
        intensity = st.selectbox(
            "Intensity",
            [None, 1, 2, 3, 4, 5],
            index=[None, 1, 2, 3, 4, 5].index(tag["intensity"]),
            format_func=lambda i: NONE if i is None else str(i),
        )
        confidence = st.selectbox(
            "Confidence",
            [None, *tags.CONFIDENCES],
            index=[None, *tags.CONFIDENCES].index(tag["confidence"]),
            format_func=lambda c: NONE if c is None else c.replace("_", " "),
        )
        notes = st.text_area("Notes", value=tag["notes"] or "")
        save, delete = st.columns(2)
        saved = save.form_submit_button("Save", type="primary")
        deleted = delete.form_submit_button("Delete")
    try:
        if saved:
            tags.update_tag(
                store,
                tag["id"],
                tag["version"],
                current_user(),
                code=code,
                start=start,
                end=end if is_interval else None,
                actor=actor,
                speaker_id=speaker,
                intensity=intensity,
                confidence=confidence,
                notes=notes or None,
            )
            st.rerun()
        if deleted:
            tags.delete_tag(store, tag["id"], tag["version"], current_user())
            state.selected_tag_id = None
            st.rerun()
    except BodycamError as error:
        st.error(str(error))


def _tag_list(store, footage, state: ReviewState, rows: list[dict]) -> None:
    undo = tags.last_deleted(store, footage["id"], current_user())
    if undo and st.button(f"Undo delete of tag {undo['id']}", key="review_undo"):
        tags.undelete_tag(store, undo["id"], current_user())
        state.selected_tag_id = undo["id"]
        st.rerun()
    if not rows:
        st.caption("No tags yet: press a code's key while the video plays.")
        return
    table = [
        {
            "id": r["id"],
            "time": clock(r["start"]),
            "end": clock(r["end"]) if r["end"] is not None else "",
            "code": r["label"],
            "polarity": r["polarity"],
            "by": r["created_by"],
        }
        for r in rows
    ]
    event = st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        height=260,
        on_select="rerun",
        selection_mode="single-row",
        key=f"review_tags_{footage['id']}",
    )
    if event and event.selection and event.selection.rows:
        chosen = rows[event.selection.rows[0]]
        if chosen["id"] != state.selected_tag_id:
            state.selected_tag_id = chosen["id"]
            _jump(footage["id"], chosen["start"])
            st.rerun()


def _speakers(store, footage, speakers) -> None:
    if not speakers:
        st.caption("Speakers appear once the footage is transcribed.")
        return
    for speaker in speakers:
        with st.container(border=True):
            st.markdown(f"**{speaker['label']}** · {speaker_display(speaker)}")
            if speaker["wearer_confirmed"]:
                st.caption("Camera wearer (confirmed)")
            elif speaker["wearer_suggestion"] is not None:
                st.caption(
                    f"Suggested camera wearer (confidence "
                    f"{speaker['wearer_suggestion']:.0%}): loudest voice, nearest the "
                    "microphone"
                )
                if st.button("Confirm as camera wearer", key=f"review_wearer_{speaker['id']}"):
                    corrections.confirm_wearer(store, speaker["id"], current_user())
                    st.rerun()
            with st.form(f"review_speaker_{speaker['id']}_{speaker['updated_at']}"):
                name = st.text_input("Name", value=speaker["name"] or "")
                role = st.selectbox(
                    "Role",
                    list(SPEAKER_ROLES),
                    index=list(SPEAKER_ROLES).index(speaker["role"]),
                )
                if st.form_submit_button("Save speaker"):
                    try:
                        corrections.update_speaker(
                            store,
                            speaker["id"],
                            current_user(),
                            name=name,
                            role=role,
                            expect={"name": speaker["name"], "role": speaker["role"]},
                        )
                        st.rerun()
                    except BodycamError as error:
                        st.error(str(error))


def _reassign(store, data, speakers) -> None:
    segments = data.get("segments") or []
    if not segments or not speakers:
        return
    with st.form("review_reassign"):
        st.markdown("**Reassign a segment's speaker**")
        by_id = {s["id"]: s for s in segments}
        segment_id = st.selectbox(
            "Segment",
            list(by_id),
            format_func=lambda i: f"{clock(by_id[i]['start'])} {by_id[i]['text'][:60]}",
        )
        names = {s["id"]: speaker_display(s) for s in speakers}
        speaker_id = st.selectbox("Speaker", list(names), format_func=names.get)
        if st.form_submit_button("Reassign"):
            try:
                corrections.reassign_speaker(store, segment_id, speaker_id, current_user())
                st.rerun()
            except BodycamError as error:
                st.error(str(error))


def _encounter_form(store, footage) -> None:
    fields = encounter.form_fields(store)
    saved = encounter.get_form(store, footage["id"])
    answers = dict(saved["answers"]) if saved else {}
    version = saved["version"] if saved else None
    if saved:
        st.caption(f"Saved by {saved['updated_by'] or saved['created_by']} · version {version}")
    with st.form(f"review_encounter_{footage['id']}_{version}"):
        values = {}
        for field in fields:
            label, kind = field["label"], field["type"]
            current = answers.get(field["id"])
            if kind in ("single_choice", "multi_choice"):
                options = [o["id"] for o in field["options"]]
                names = {o["id"]: o["label"] for o in field["options"]}
                if kind == "single_choice":
                    values[field["id"]] = st.selectbox(
                        label,
                        [None, *options],
                        index=[None, *options].index(current) if current in options else 0,
                        format_func=lambda o, names=names: NONE if o is None else names[o],
                        help=field.get("help"),
                    )
                else:
                    values[field["id"]] = st.multiselect(
                        label,
                        options,
                        default=current or [],
                        format_func=names.get,
                        help=field.get("help"),
                    )
            elif kind == "rating":
                scale = list(range(field.get("min", 1), field.get("max", 7) + 1))
                anchors = field.get("anchors") or {}
                help_text = "\n".join(f"{k}: {v}" for k, v in anchors.items())
                values[field["id"]] = st.select_slider(
                    label,
                    [None, *scale],
                    value=current,
                    format_func=lambda v: "not rated" if v is None else str(v),
                    help=help_text or field.get("help"),
                )
            else:
                values[field["id"]] = st.text_area(label, value=current or "")
        if st.form_submit_button("Save encounter form", type="primary"):
            try:
                encounter.save_form(store, footage["id"], values, current_user(), version)
                st.rerun()
            except BodycamError as error:
                st.error(str(error))


def _history(store, footage) -> None:
    revisions = corrections.revision_history(store, footage["id"])
    deleted = tags.deleted_tags(store, footage["id"])
    if not revisions and not deleted:
        st.caption("No corrections or deletions yet.")
    for revision in revisions:
        st.write(
            f"{revision['created_at'][:19]} · {revision['author']} · "
            f"transcript {revision['kind']} (revision {revision['id']})"
        )
    for tag in deleted:
        cols = st.columns([5, 1])
        cols[0].write(
            f"{tag['deleted_at'][:19]} · {tag['deleted_by']} deleted tag {tag['id']} "
            f"({tag['code']} at {clock(tag['start'])})"
        )
        if cols[1].button("Restore", key=f"review_restore_{tag['id']}"):
            tags.undelete_tag(store, tag["id"], current_user())
            st.rerun()


def render() -> None:
    store = get_store()
    footage = _choose_footage(store)
    if footage is None:
        return
    footage_id = footage["id"]
    state = _state(footage_id)
    _seek_from_query(footage_id)
    _, codebook = codebook_store.current(store)
    lag = st.session_state.setdefault("review_lag", tags.DEFAULT_LAG)
    if footage["status"] in ("queued", "processing"):
        ensure_worker(store)
        st.info(f"Transcription {footage['status']}: the transcript appears when it is done.")
    elif footage["status"] == "failed":
        st.error(f"Processing failed: {footage['status_detail']}")
    header = st.columns([3, 2, 2, 2])
    header[0].markdown(f"**{footage['original_name']}** · {clock(footage['duration'])}")
    header[1].markdown(f"Incident: {footage['incident_id'] or NONE}")
    header[2].markdown(f"Officer: {footage['officer'] or NONE}")
    codes = [c.id for c in codebook.active_codes()]
    labels = {c.id: c.label for c in codebook.codes}
    keyed = [code.id for _, code in sorted(codebook.keymap().items())]
    st.session_state.setdefault("review_segment_code", (keyed or codes)[0])
    state.segment_code = header[3].selectbox(
        "Code for “Tag this”", codes, key="review_segment_code", format_func=labels.get
    )

    def on_event(event: dict) -> None:
        handle_event(store, state, event, current_user(), st.session_state["review_lag"])

    rows = tag_rows(store, footage_id)
    data = player_data(store, footage, lag=lag, tags=rows)
    data["seek"] = st.session_state.get(f"review_seek_{footage_id}")
    data["selected_tag_id"] = state.selected_tag_id
    if not data["video_url"]:
        st.error("This footage has no browser proxy.")
        return
    # The player's callbacks run before this script does, so the tags they create are already
    # in `data` above.
    timeline_player(data=data, key=f"review_player_{footage_id}", on_event=on_event)
    _show_messages(state)
    speakers = list_speakers(store, footage_id)
    left, right = st.columns([3, 2])
    with left:
        st.subheader("Tags")
        _tag_list(store, footage, state, rows)
        _tag_editor(store, footage, state, codebook, speakers)
    with right:
        tab_speakers, tab_form, tab_history, tab_settings = st.tabs(
            ["Speakers", "Encounter form", "History", "Settings"]
        )
        with tab_speakers:
            _speakers(store, footage, speakers)
            _reassign(store, data, speakers)
        with tab_form:
            _encounter_form(store, footage)
        with tab_history:
            _history(store, footage)
        with tab_settings:
            st.number_input(
                "Reaction lag (s)",
                min_value=0.0,
                max_value=5.0,
                step=0.1,
                key="review_lag",
                help="A key press tags this long before the playhead (ELAN's "
                "delayed mode): the time it takes to see and press.",
            )
