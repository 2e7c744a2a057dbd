"""ASGI entry of the app inside the package: ``bodycam serve`` runs this file."""

import streamlit as st

from bodycam.ui.media import media_middleware, media_routes
from bodycam.ui.paths import MAIN_SCRIPT
from bodycam.ui.session_cookie import session_routes
from bodycam.ui.uploads import upload_routes

app = st.App(
    MAIN_SCRIPT,
    routes=[*media_routes(), *upload_routes(), *session_routes()],
    middleware=media_middleware(),
)
