"""Filters for the grievance module's public templates (statistics page, topic case figures, receipt)."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def public_count(value, minimum):
    """A stored figure as readers see it: "fewer than 5" for a suppressed count."""
    if value is None:
        return _("fewer than %(count)d") % {"count": minimum}
    return value


@register.filter
def code_groups(value):
    """A reference or secret ("abcd-efgh-…") whose groups never break inside on a narrow screen:
    each group unbreakable, a line may break only after a dash."""
    groups = [format_html('<span class="code__group">{}</span>', group) for group in str(value).split("-")]
    return mark_safe("-<wbr>".join(groups))  # noqa: S308 - every group is escaped by format_html
