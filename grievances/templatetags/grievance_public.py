"""Public case figures for the templates of any app.

    {% load grievance_public %}{% topic_case_figures topic %}

shows how many cases on the topic the network has received, is handling and has resolved, from
the stored figures (one query per page, however often it is used). It renders nothing when
fewer cases than the publication threshold concern the topic, or when no figures exist yet.
"""

from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from grievances.figures import latest_figures

register = template.Library()


@register.filter
def public_count(value, minimum):
    """A stored figure as readers see it: "fewer than 5" for a suppressed count."""
    if value is None:
        return _("fewer than %(count)d") % {"count": minimum}
    return value


@register.inclusion_tag("grievances/includes/topic_case_figures.html", takes_context=True)
def topic_case_figures(context, topic):
    figures = latest_figures(context.get("request")) if topic else None
    row = figures.topic(topic) if figures else None
    if row is None or row["received"] is None:
        return {"row": None}
    language = (get_language() or "id").split("-")[0]
    return {
        "row": row,
        "topic": topic,
        "minimum": figures.data["threshold"],
        "statistics_url": figures.data.get("statistics_urls", {}).get(language, ""),
    }
