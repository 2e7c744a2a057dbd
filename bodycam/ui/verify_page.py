"""Verify page (supervisors and admins): the detectors' suggestions, one at a time, each playing
its moment with a few seconds of lead-in beside its evidence; ``y`` confirm, ``n`` reject,
``s`` skip, ``e`` edit then confirm. A queue across all footage, or one footage with its summary
(counts per code, opening move, talk share, commands with and without explanation).

Nothing here counts as a tag until a person confirms it (see ``suggest/inbox.py``).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from ..annotate import codebook_store
from ..core.errors import BodycamError
from ..models import jobs, permissions
from ..models.footage import derived_file
from ..models.transcripts import speaker_display
from ..models.transcripts import speakers as footage_speakers
from ..suggest import inbox
from .components.verify_keys import clip, verify_keys
from .media import signed_url
from .resources import current_account, current_user, ensure_worker, get_store

ALL = 0  # the footage filter's "every footage" entry
_EDITING = "verify_editing"
_NOTICE = "verify_notice"


def _acting_user():
    # The signed-in account, so the inbox itself checks suggestion.decide (hiding the page
    # from other roles is not enforcement).
    return current_account()


def _decide(action: str, suggestion_id: int) -> None:
    """Run one action from a key or a button; a second press on a decided suggestion is a
    no-op, not an error, because keys can arrive after the page moved on."""
    store = get_store()
    try:
        row = inbox.get_suggestion(store, suggestion_id)
        if row["status"] in ("confirmed", "rejected"):
            return
        if action == "confirm":
            tag_id = inbox.confirm(store, suggestion_id, _acting_user())
            st.session_state[_NOTICE] = f"Suggestion {suggestion_id} confirmed as tag {tag_id}."
        elif action == "reject":
            inbox.reject(store, suggestion_id, _acting_user())
            st.session_state[_NOTICE] = f"Suggestion {suggestion_id} rejected."
        elif action == "skip":
            inbox.skip(store, suggestion_id, _acting_user())
            st.session_state[_NOTICE] = f"Suggestion {suggestion_id} skipped."
        elif action == "edit":
            st.session_state[_EDITING] = suggestion_id
            return
        st.session_state.pop(_EDITING, None)
    except BodycamError as error:
        st.session_state[_NOTICE] = f"Error: {error}"


def _footage_choice(store) -> int:
    rows = store.query(
        "SELECT f.id, f.original_name FROM footage f WHERE EXISTS"
        " (SELECT 1 FROM transcripts t WHERE t.footage_id = f.id) ORDER BY f.id"
    )
    rows = permissions.only_visible(store, current_account(), rows)  # a supervisor's units
    names = {
        ALL: "All footage (queue)",
        **{r["id"]: f"#{r['id']} {r['original_name']}" for r in rows},
    }
    wanted = st.query_params.get("footage")
    default = int(wanted) if wanted and wanted.isdigit() and int(wanted) in names else ALL
    chosen = st.selectbox(
        "Footage", list(names), index=list(names).index(default), format_func=names.get
    )
    if chosen == ALL:
        st.query_params.pop("footage", None)
    else:
        st.query_params["footage"] = str(chosen)
    return chosen


def _summary(store, footage_id: int) -> None:
    facts = inbox.summary(store, footage_id)
    with st.expander("Summary of this footage", expanded=True):
        if facts["run_at"] is None:
            st.info("The detectors have not run on this footage yet.")
            return
        for notice in facts["notices"]:
            st.caption(notice)
        measures, opening = facts["measures"], facts["opening"]
        cols = st.columns(4)
        share = measures.get("officer_talk_share")
        cols[0].metric("Officer talk share", "-" if share is None else f"{share:.0%}")
        cols[1].metric("Commands explained", measures.get("commands_explained", 0))
        cols[2].metric("Commands unexplained", measures.get("commands_unexplained", 0))
        first = measures.get("seconds_to_first_explanation")
        cols[3].metric("First explanation", "none" if first is None else f"{first:.1f} s")
        if opening:
            st.caption(
                "Opening move: "
                + ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in opening.items())
            )
        if facts["counts"]:
            table = pd.DataFrame([{"code": code, **per} for code, per in facts["counts"].items()])
            st.dataframe(table, hide_index=True, width="stretch")
        if facts["tension"]:
            st.caption("Tension over the encounter (positive: escalation), per second")
            st.line_chart(pd.DataFrame({"tension": facts["tension"]}), height=140)


def _queue_run(footage_id: int) -> None:
    store = get_store()
    jobs.request(store, current_account(), "suggest", footage_id, {"on_demand": True})
    ensure_worker(store)
    st.session_state[_NOTICE] = "Detectors queued: refresh in a moment."


def _run_button(footage_id: int) -> None:
    # A callback, so the notice shows in the run the click starts.
    st.button(
        "Run the detectors again",
        help="Queues a suggest job for this footage.",
        on_click=_queue_run,
        args=(footage_id,),
    )


def _edit_form(store, row: dict[str, Any]) -> None:
    _, codebook = codebook_store.current(store)
    codes = [c for c in codebook.codes if not c.retired]
    ids = [c.id for c in codes]
    speakers = footage_speakers(store, row["footage_id"])
    speaker_ids = [None, *(s["id"] for s in speakers)]
    names = {None: "-", **{s["id"]: speaker_display(s) for s in speakers}}
    with st.form(f"verify_edit_{row['id']}"):
        st.markdown("**Edit, then confirm**")
        cols = st.columns(4)
        code = cols[0].selectbox(
            "Code",
            ids,
            index=ids.index(row["code"]) if row["code"] in ids else 0,
            format_func=lambda i: f"{codebook.code(i).label} ({i})",
        )
        start = cols[1].number_input("Start (s)", 0.0, value=float(row["start"]), step=0.1)
        end = cols[2].number_input("End (s)", 0.0, value=float(row["end"]), step=0.1)
        speaker = cols[3].selectbox(
            "Speaker",
            speaker_ids,
            index=speaker_ids.index(row["speaker_id"]) if row["speaker_id"] in speaker_ids else 0,
            format_func=names.get,
        )
        confirmed = st.form_submit_button("Confirm edited", type="primary")
    if st.button("Cancel edit"):
        st.session_state.pop(_EDITING, None)
        st.rerun()
    if confirmed:
        try:
            tag_id = inbox.confirm(
                store,
                row["id"],
                _acting_user(),
                code=code,
                start=start,
                end=end,
                speaker_id=speaker,
            )
        except BodycamError as error:
            st.error(str(error))
            return
        st.session_state[_NOTICE] = f"Suggestion {row['id']} confirmed (edited) as tag {tag_id}."
        st.session_state.pop(_EDITING, None)
        st.rerun()


def _current(store, row: dict[str, Any], remaining: int) -> None:
    left, right = st.columns([3, 2])
    with left:
        proxy = derived_file(store, row["footage_id"], "proxy")
        url = (
            signed_url(store.layout, row["footage_id"], "proxy", current_user()) if proxy else None
        )
        if url is None:
            st.warning(f"Footage {row['footage_id']} has no playable proxy: re-ingest it.")
        verify_keys(
            suggestion_id=row["id"],
            clip_data=clip(url, row["start"], row["end"]),
            key="verify_keys",
            on_action=_decide,
        )
    with right:
        st.subheader(row["label"])
        st.caption(
            f"Suggestion {row['id']} · footage #{row['footage_id']} · {row['polarity']} · "
            f"{row['start']:.1f}-{row['end']:.1f} s · {row['speaker'] or 'no speaker'} · "
            f"score {row['score']:.2f} · {row['detector']} · {remaining} to verify"
        )
        st.markdown(f"> {row['evidence']}")
        cols = st.columns(4)
        for col, (label, action) in zip(
            cols,
            (
                ("Confirm (y)", "confirm"),
                ("Reject (n)", "reject"),
                ("Skip (s)", "skip"),
                ("Edit (e)", "edit"),
            ),
            strict=True,
        ):
            col.button(label, key=f"verify_{action}", on_click=_decide, args=(action, row["id"]))
    if st.session_state.get(_EDITING) == row["id"]:
        _edit_form(store, row)


def render() -> None:
    store = get_store()
    st.title("Verify")
    st.caption(
        "Machine suggestions are not tags: each becomes one only when you confirm it. "
        "Keys: y confirm, n reject, s skip, e edit then confirm, r replay."
    )
    notice = st.session_state.pop(_NOTICE, None)
    if notice:
        (st.error if notice.startswith("Error") else st.success)(notice)
    footage_id = _footage_choice(store)
    show_skipped = st.toggle("Include skipped", value=False)
    statuses = ("pending", "skipped") if show_skipped else ("pending",)
    queue = inbox.list_suggestions(store, footage_id or None, statuses, viewer=current_account())
    # The moment to decide comes first; the footage's summary below it.
    if queue:
        _current(store, queue[0], len(queue))
        if queue[1:]:
            st.caption("Up next")
            st.dataframe(
                pd.DataFrame([inbox.as_json(r) | {"footage": r["footage_id"]} for r in queue[1:]]),
                hide_index=True,
                width="stretch",
            )
    else:
        st.info("Nothing to verify here.")
    if footage_id:
        _summary(store, footage_id)
        _run_button(footage_id)
