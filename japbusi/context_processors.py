"""Links every public page carries: the site-wide RSS feed in its head, the statistics page and
"how your report is handled" in its footer. Found here, in the project's wiring, so the base
templates (which must not reach into the grievance module) only read three addresses."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from articles.models import ArticleIndexPage
from grievances.publication.statistics import statistics_urls
from home.cache import content_generation

# The links last found by this process, under the content generation they were found in: a
# published or moved page starts a new generation, so they are looked up again then.
_found = {}


def site_links(request):
    language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    key = (content_generation(), language)
    if key not in _found:
        _found.clear()
        _found[key] = _links(language)
    return _found[key]


def _links(language):
    indexes = ArticleIndexPage.objects.live().public().select_related("locale")
    index = indexes.filter(locale__language_code=language).first() or indexes.first()
    index_url = index.get_url() if index else None
    statistics = statistics_urls()
    return {
        "site_feed_url": index_url + index.reverse_subpage("feed") if index_url else None,
        "site_feed_title": index.title if index else "",
        "statistics_url": statistics.get(language) or next(iter(statistics.values()), None),
        "handling_url": reverse("handling_process"),
    }
