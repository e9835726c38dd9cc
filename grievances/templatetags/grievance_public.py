"""Filters for the grievance module's public templates (statistics page, topic case figures)."""

from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def public_count(value, minimum):
    """A stored figure as readers see it: "fewer than 5" for a suppressed count."""
    if value is None:
        return _("fewer than %(count)d") % {"count": minimum}
    return value
