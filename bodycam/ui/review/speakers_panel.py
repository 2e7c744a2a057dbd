"""Speakers panel: name and role of each voice, and confirming the camera wearer. A speaker's
name shows in the player's lanes and transcript, so a save reruns the whole page."""

from __future__ import annotations

import streamlit as st

from ...annotate import corrections
from ...core.errors import BodycamError
from ...core.vocabulary import SPEAKER_ROLES
from ...models import permissions
from ...models.transcripts import speaker_display
from ...models.transcripts import speakers as list_speakers
from ..formatting import md_text
from ..resources import current_account, get_store
from . import state as page_state


@st.fragment
def speakers_panel(footage_id: int) -> None:
    store = get_store()
    account = current_account()
    speakers = list_speakers(store, footage_id, account)
    if not speakers:
        st.caption("Speakers appear once the footage is transcribed.")
        return
    roles = list(SPEAKER_ROLES)
    resource = permissions.footage_resource(store, footage_id)
    may_edit = permissions.allowed(account, "speaker.edit", resource)
    for speaker in speakers:
        with st.container(border=True):
            st.markdown(f"**{md_text(speaker['label'])}** · {md_text(speaker_display(speaker))}")
            if speaker["wearer_confirmed"]:
                st.caption("Camera wearer (confirmed)")
            elif speaker["wearer_suggestion"] is not None:
                st.caption(
                    f"Suggested camera wearer (confidence "
                    f"{speaker['wearer_suggestion']:.0%}): loudest voice, nearest the "
                    "microphone"
                )
                if st.button(
                    "Confirm as camera wearer", key=page_state.key(f"wearer_{speaker['id']}")
                ):
                    try:
                        corrections.confirm_wearer(store, speaker["id"], current_account())
                    except BodycamError as error:  # e.g. a trainer: PermissionDenied
                        st.error(md_text(error))
                    else:
                        st.rerun()
            if not may_edit:
                continue  # only who may edit speakers; a researcher sees a pseudonym, no name
            with st.form(page_state.key(f"speaker_{speaker['id']}_{speaker['updated_at']}")):
                name = st.text_input("Name", value=speaker["name"] or "")
                role = st.selectbox("Role", roles, index=roles.index(speaker["role"]))
                if st.form_submit_button("Save speaker"):
                    try:
                        corrections.update_speaker(
                            store,
                            speaker["id"],
                            current_account(),
                            name=name,
                            role=role,
                            expect={"name": speaker["name"], "role": speaker["role"]},
                        )
                        st.rerun()
                    except BodycamError as error:
                        st.error(md_text(error))
