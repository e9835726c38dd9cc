"""Cleaning of free text typed by reporters: odd Unicode and control characters."""

import unicodedata

# Line breaks and tabs are kept; every other control, format or private-use character goes.
KEPT_CONTROLS = {"\n", "\t"}
DROPPED_CATEGORIES = {"Cc", "Cf", "Co", "Cs", "Cn"}


def clean_text(value):
    value = unicodedata.normalize("NFC", value or "").replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        ch for ch in value if ch in KEPT_CONTROLS or unicodedata.category(ch) not in DROPPED_CATEGORIES
    ).strip()
