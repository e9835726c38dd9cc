"""The home page, standard pages, the federation directory and the error pages."""

import pytest
from django.test import override_settings

from articles.factories import ArticlePageFactory, CampaignPageFactory
from articles.models import CampaignPage
from home.factories import StandardPageFactory, TopicFactory
from home.models import Federation, HomeLeadStory, SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def report_page(home_page, site):
    page = StandardPageFactory(parent=home_page, title="Laporkan masalah", slug="laporkan")
    settings = SiteSettings.for_site(site)
    settings.report_problem_page = page
    settings.save()
    return page


def test_home_page_shows_lead_stories_campaigns_topics_federations_and_the_report_button(
    client, home_page, article_index, campaign_index, report_page
):
    wages = TopicFactory(slug="upah", name="Upah")
    chosen = ArticlePageFactory(parent=article_index, title="Berita pilihan redaksi", topics=[wages])
    newest = [
        ArticlePageFactory(parent=article_index, title=f"Berita terbaru {n}", topics=[wages])
        for n in range(8)
    ]
    HomeLeadStory.objects.create(home_page=home_page, page=chosen, sort_order=0)
    CampaignPageFactory(parent=campaign_index, title="Upah layak pemanen", status=CampaignPage.Status.ACTIVE)
    CampaignPageFactory(
        parent=campaign_index, title="Kampanye yang sudah selesai", status=CampaignPage.Status.ENDED
    )

    html = client.get("/").content.decode()

    lead_section = html.split('id="lead-heading"')[1].split("</section>")[0]
    assert "Berita pilihan redaksi" in lead_section.split("card-grid")[0]  # the editors' choice comes first
    assert newest[-1].title in lead_section
    assert "Upah layak pemanen" in html
    assert "Kampanye yang sudah selesai" not in html
    assert 'id="topic-upah"' in html
    for federation in Federation.objects.filter(is_active=True):
        assert federation.short_name in html
    assert f'href="{report_page.url}"' in html
    assert "Laporkan masalah" in html


def test_article_report_button_carries_the_topic(client, article_index, report_page):
    article = ArticlePageFactory(parent=article_index, topics=[TopicFactory(slug="k3")])
    assert f'href="{report_page.url}?topic=k3"' in client.get(article.url).content.decode()


def test_federation_directory_lists_the_member_federations(client, home_page):
    from home.models import FederationDirectoryPage

    directory = FederationDirectoryPage(title="Federasi anggota", slug="federasi")
    home_page.add_child(instance=directory)

    html = client.get(directory.url).content.decode()

    assert Federation.objects.count() == 10
    assert all(name in html for name in Federation.objects.values_list("short_name", flat=True))


@override_settings(DEBUG=False)
def test_unknown_addresses_get_the_sites_own_404_page(client, home_page):
    response = client.get("/tidak-ada-halaman-ini/")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()
    assert 'class="site-header"' in response.content.decode()


def test_server_errors_get_a_plain_500_page_in_indonesian(home_page):
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("id"):
        html = render_to_string("500.html")
    assert "Ada masalah di server kami" in html
    assert '<html lang="id">' in html


def test_the_footer_and_a_pages_description_follow_a_change_at_the_next_page(client, home_page, site):
    """The footer and a page's description are drawn once and kept: a new phone number in the
    site settings, or a page's new description, shows on the very next page."""
    settings = SiteSettings.for_site(site)
    settings.phone = "0812-1111-2222"
    settings.save()
    page = StandardPageFactory(
        parent=home_page, title="Tentang kami", slug="tentang", search_description="Lama"
    )
    html = client.get(page.url).content.decode()
    assert 'href="tel:081211112222"' in html and '<meta name="description" content="Lama">' in html

    settings.phone = "0813-3333-4444"
    settings.save()
    page.search_description = "Baru"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert 'href="tel:081333334444"' in html and "081211112222" not in html
    assert '<meta name="description" content="Baru">' in html
