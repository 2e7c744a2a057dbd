"""The review stage: the Review and Codebook pages and the transcript commands."""

from ..registry import Page, register_cli, register_page

register_cli("bodycam.cli.transcript")
register_cli("bodycam.cli.segment")
register_cli("bodycam.cli.tags")  # `bodycam tag add|list|delete`
register_page(
    Page(
        "Review",
        "bodycam.ui.review:render",
        "review",
        icon=":material/play_circle:",
        opens_footage=True,
    )
)
register_page(
    Page(
        "Codebook",
        "bodycam.ui.codebook_page:render",
        "codebook",
        roles=("admin", "researcher"),
        icon=":material/menu_book:",
    )
)
