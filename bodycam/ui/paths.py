from pathlib import Path

# Absolute, so the app starts the same from the repository root or an installed package.
MAIN_SCRIPT = str(Path(__file__).with_name("main.py"))
