from pathlib import Path

# Absolute, so the app starts the same from the repository root or an installed package.
MAIN_SCRIPT = str(Path(__file__).with_name("main.py"))
# The browser tab's icon, a file the app serves itself: a Material icon name would make the
# browser fetch it from fonts.gstatic.com, and the app is used offline.
FAVICON = str(Path(__file__).with_name("favicon.png"))
