"""User text shown through Streamlit's Markdown renders as the literal text (#9 defect 5)."""

from __future__ import annotations

import pytest

from bodycam.ui.formatting import md_text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Ofc. Diaz", "Ofc\\. Diaz"),
        ("![x](http://h/p.png)", "\\!\\[x\\]\\(http\\:\\/\\/h\\/p\\.png\\)"),
        ("<img src=x>", "\\<img src\\=x\\>"),
        (
            "$\\pi$ :red[alarm] **b** `c` # h",
            "\\$\\\\pi\\$ \\:red\\[alarm\\] \\*\\*b\\*\\* \\`c\\` \\# h",
        ),
        ("Zoë – 24/7", "Zoë – 24\\/7"),
        (None, ""),
    ],
)
def test_md_text_escapes_every_markdown_character(text, shown):
    assert md_text(text) == shown
