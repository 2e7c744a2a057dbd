"""Registers the commands that start the app (`bodycam serve`, `bodycam demo`) and the app's own
pages: sign-in (the one page open to anonymous visitors), Audit and Admin (admins). The pages of
a stage's work are registered by that stage."""

from ..registry import Page, register_cli, register_page

register_cli("bodycam.cli.serve")
register_page(
    Page("Sign in", "bodycam.ui.login_page:render", "login", (), ":material/login:", public=True)
)
register_page(
    Page("Audit", "bodycam.ui.audit_page:render", "audit", ("admin",), icon=":material/policy:")
)
register_page(
    Page(
        "Admin",
        "bodycam.ui.admin_page:render",
        "admin",
        ("admin",),
        icon=":material/admin_panel_settings:",
    )
)
