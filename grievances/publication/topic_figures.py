"""The public case figures of one topic, as the HTML fragment topic pages of any app show.

Registered under home's topic-panel hook (grievances.wagtail_hooks), so articles and the knowledge
base show the figures without knowing of this module. Read from the stored figures: one query per
content generation, however often a page uses it.
"""

from django.template.loader import render_to_string
from django.utils.translation import get_language

from .figures import latest_figures

TEMPLATE = "grievances/includes/topic_case_figures.html"


def topic_case_figures_html(topic, request):
    """How many cases on the topic the network has received, is handling and has resolved; "" when
    fewer cases than the publication threshold concern it, or no figures exist yet."""
    figures = latest_figures(request) if topic else None
    row = figures.topic(topic) if figures else None
    if row is None or row["received"] is None:
        return ""
    language = (get_language() or "id").split("-")[0]
    context = {
        "row": row,
        "topic": topic,
        "minimum": figures.data["threshold"],
        "statistics_url": figures.data.get("statistics_urls", {}).get(language, ""),
    }
    return render_to_string(TEMPLATE, context, request=request)
