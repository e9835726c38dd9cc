"""Keys for parts of Wagtail's admin pages that are kept in the cache instead of drawn on each page."""

from django import template

register = template.Library()


@register.filter
def shortcuts_text(shortcuts):
    """Every word and key of the keyboard shortcuts dialog, in the active language: what its table
    is drawn from (the keys differ on a Mac, a shortcut is left out when comments are off)."""
    return "\n".join(
        f"{category[0]}|{category[1]}|" + "|".join(f"{name}={keys}" for name, keys in filter(None, rows))
        for category, rows in shortcuts.items()
    )
