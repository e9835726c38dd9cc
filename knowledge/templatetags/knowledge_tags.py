"""Template tags other apps use to point at the knowledge base (the report form's rights guides)."""

from django import template
from wagtail.models import Locale

from knowledge.models import RightsGuideIndexPage, RightsGuidePage

register = template.Library()


@register.simple_tag
def rights_guides_by_topic():
    """The live rights guide of each topic in the reader's language, by topic id."""
    guides = (
        RightsGuidePage.objects.live()
        .public()
        .filter(locale=Locale.get_active())
        .order_by("topic_id", "title")
    )
    by_topic = {}
    for guide in guides:
        by_topic.setdefault(guide.topic_id, guide)
    return by_topic


@register.simple_tag
def rights_guide_index():
    return RightsGuideIndexPage.objects.live().public().filter(locale=Locale.get_active()).first()


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None
