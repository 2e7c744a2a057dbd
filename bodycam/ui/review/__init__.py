"""Review page: the player with its timeline and synced transcript, tagging keys, and side
panels (tags, speakers, transcript corrections, encounter form, history, settings) for one
footage. The page registry needs only :func:`render`.

Layout: ``page`` lays the page out; each ``*_panel`` module is one side panel, an
``st.fragment`` so its own saves rerun only itself, except that the player and the Tags tab
are one fragment (``player_panel``, drawing ``tags_panel``): a key press reruns only those;
``state`` holds the page's session keys;
``actions`` applies the player's events and ``data`` assembles what the player draws (both
plain functions, tested without a browser). The logic they call lives in ``annotate/`` and
``models/``.
"""

from __future__ import annotations

from .page import render

__all__ = ["render"]
