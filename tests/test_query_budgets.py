"""Every public page runs at most MAX_QUERIES queries, and the same number with 10 or 300 articles.

(300, not 1,000: creating a thousand pages through Wagtail takes four minutes here; the
benchmark, `make bench`, counts the same pages' queries over 1,000 articles.)

Measured with the full-page cache off (what a reader pays on a miss), after one warm-up request
(image renditions and the content generation's object cache are filled by the first visit).
A new public page type gets one line in PUBLIC_PAGES: a name and a function from the site built
by `public_site` to the page's address.
"""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from articles.factories import ArticlePageFactory, AuthorFactory, CampaignPageFactory, ImageFactory
from grievances.intake.pages import GrievanceFormPage
from home.cache import bump_content_generation
from home.factories import FederationFactory, TopicFactory
from home.models import SiteSettings
from knowledge.factories import (
    ResourceIndexPageFactory,
    ResourcePageFactory,
    RightsGuideIndexPageFactory,
    RightsGuidePageFactory,
    TopicHubPageFactory,
)

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
FEW_ARTICLES, MANY_ARTICLES = 10, 300

PUBLIC_PAGES = {
    "home": lambda site: "/",
    "article": lambda site: site.article.url,
    "article index": lambda site: site.article_index.url,
    "topic": lambda site: f"{site.article_index.url}topik/{site.topics[1].slug}/",
    "campaign index": lambda site: site.campaign_index.url,
    "campaign": lambda site: site.campaign.url,
    "search": lambda site: "/cari/?q=sawit",
    "grievance form": lambda site: site.form_page.url,
    "status lookup": lambda site: f"{site.form_page.url}status/",
    "resource library": lambda site: site.library.url,
    "resource": lambda site: site.resource.url,
    "rights guide index": lambda site: site.guide_index.url,
    "rights guide": lambda site: site.guide.url,
    "topic hub": lambda site: site.hub.url,
    "topic hub of a topic": lambda site: f"{site.hub.url}{site.topics[1].slug}/",
    "how your report is handled": lambda site: "/cara-penanganan/",
}


def add_articles(site, count, start=0):
    topics = site.topics
    return [
        ArticlePageFactory(
            parent=site.article_index,
            title=f"Sawit laporan {start + n}",
            lead_image=site.image,
            topics=[topics[n % len(topics)], topics[(n + 1) % len(topics)]],
            authors=[site.author],
        )
        for n in range(count)
    ]


@pytest.fixture
def public_site(home_page, article_index, campaign_index, settings):
    settings.PAGE_CACHE_ENABLED = False
    site = SimpleNamespace(
        home_page=home_page,
        article_index=article_index,
        campaign_index=campaign_index,
        topics=[TopicFactory(slug=f"topik-{n}") for n in range(5)],
        image=ImageFactory(),
        author=AuthorFactory(),
    )
    FederationFactory.create_batch(3)
    site.campaign = CampaignPageFactory(parent=campaign_index, topics=site.topics[:2], lead_image=site.image)
    site.form_page = GrievanceFormPage(title="Laporkan masalah", slug="lapor")
    home_page.add_child(instance=site.form_page)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.report_problem_page = site.form_page
    site_settings.save()
    site.library = ResourceIndexPageFactory(parent=home_page)
    site.resource = ResourcePageFactory(parent=site.library, topics=site.topics[:2])
    site.guide_index = RightsGuideIndexPageFactory(parent=home_page)
    site.guide = RightsGuidePageFactory(parent=site.guide_index, topic=site.topics[1])
    site.hub = TopicHubPageFactory(parent=home_page)
    site.article = add_articles(site, FEW_ARTICLES)[0]
    return site


def queries_for(client, url):
    # Django keeps at most 9,000 queries in its log; once it is full a capture counts nothing.
    connection.queries_log.clear()
    bump_content_generation()
    with CaptureQueriesContext(connection) as cold:
        # The first view fills the renditions and the object cache: measure the steady state.
        client.get(url)
    assert len(cold) > 0, f"{url}: no query captured on a cold cache: the count would prove nothing"
    client.get(url)
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def test_public_pages_stay_within_budget_whatever_the_number_of_articles(client, public_site):
    pages = {name: address(public_site) for name, address in PUBLIC_PAGES.items()}

    with_few = {name: queries_for(client, url) for name, url in pages.items()}
    over = {name: count for name, count in with_few.items() if count > MAX_QUERIES}
    assert not over, f"over the budget of {MAX_QUERIES} queries: {over}"

    add_articles(public_site, MANY_ARTICLES - FEW_ARTICLES, start=FEW_ARTICLES)
    with_many = {name: queries_for(client, url) for name, url in pages.items()}
    assert with_many == with_few


def test_a_page_served_from_the_page_cache_runs_no_query(client, public_site, settings):
    settings.PAGE_CACHE_ENABLED = True
    for name, address in PUBLIC_PAGES.items():
        url = address(public_site)
        if name in {"grievance form", "status lookup"}:
            continue  # never cached: see tests/home/test_page_cache.py
        client.get(url)
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        assert response["X-Page-Cache"] == "hit", name
        assert len(captured) == 0, name
