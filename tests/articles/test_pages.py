"""Article, campaign and index pages as readers and editors meet them."""

import re

import pytest
from wagtail.models import Page

from articles import models as articles_models
from articles.factories import ArticlePageFactory, CampaignPageFactory
from articles.models import ArticleIndexPage, ArticlePage, CampaignPage
from home.factories import TopicFactory
from home.models import FederationDirectoryPage, HomePage, StandardPage
from tests.utils import third_party_loads

pytestmark = pytest.mark.django_db


def test_page_types_can_only_be_created_where_they_belong(home_page, article_index, campaign_index):
    root = Page.get_first_root_node()
    assert HomePage.can_create_at(root)
    assert ArticleIndexPage.can_create_at(home_page)
    assert ArticlePage.can_create_at(article_index)
    assert not ArticlePage.can_create_at(home_page)
    assert not ArticlePage.can_create_at(campaign_index)
    assert CampaignPage.can_create_at(campaign_index)
    assert not CampaignPage.can_create_at(article_index)
    assert StandardPage.can_create_at(home_page)
    assert not StandardPage.can_create_at(article_index)
    assert FederationDirectoryPage.can_create_at(home_page)
    assert not HomePage.can_create_at(home_page)


def test_article_page_shows_its_content_and_related_reading(client, article_index):
    wages, housing = TopicFactory(slug="upah", name="Upah"), TopicFactory(slug="perumahan", name="Perumahan")
    article = ArticlePageFactory(parent=article_index, title="Pemanen menuntut upah layak", topics=[wages])
    related = [
        ArticlePageFactory(parent=article_index, title=f"Upah pemanen bagian {n}", topics=[wages])
        for n in range(4)
    ]
    ArticlePageFactory(parent=article_index, title="Air bersih di perumahan kebun", topics=[housing])

    response = client.get(article.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Pemanen menuntut upah layak" in html
    assert article.standfirst in html
    reading = html.split('id="related-heading"')[1]
    # The three newest articles on the same topic; never the article itself, never another topic.
    newest = sorted(related, key=lambda page: page.date, reverse=True)[:3]
    for page in newest:
        assert page.title in reading
    assert "Air bersih di perumahan kebun" not in reading
    assert "Pemanen menuntut upah layak" not in reading


def test_topic_and_tag_listings_show_only_their_articles(client, article_index):
    wages, housing = TopicFactory(slug="upah"), TopicFactory(slug="perumahan")
    on_wages = ArticlePageFactory(parent=article_index, title="Upah di bawah UMP", topics=[wages])
    on_housing = ArticlePageFactory(parent=article_index, title="Rumah bocor di emplasemen", topics=[housing])
    on_housing.tags.add("air-bersih")
    on_housing.save_revision().publish()

    topic_page = client.get(f"{article_index.url}topik/upah/")
    tag_page = client.get(f"{article_index.url}tag/air-bersih/")

    assert topic_page.status_code == 200
    assert on_wages.title in topic_page.content.decode()
    assert on_housing.title not in topic_page.content.decode()
    assert on_housing.title in tag_page.content.decode()
    assert on_wages.title not in tag_page.content.decode()
    assert client.get(f"{article_index.url}topik/tidak-ada/").status_code == 404


@pytest.mark.parametrize("page_param", ["abc", "0", "-3", "999", "1.5", "%00"])
def test_bad_page_numbers_give_the_first_or_last_page(client, article_index, page_param):
    articles = [ArticlePageFactory(parent=article_index) for _ in range(14)]  # two pages of 12

    response = client.get(article_index.url, {"page": page_param})

    assert response.status_code == 200
    shown = response.context["articles"]
    assert shown.number in (1, 2)
    assert len(shown) in (12, 2)
    # Whole titles: "… nomor 1" is also the start of "… nomor 12".
    html = response.content.decode()
    assert sum(1 for a in articles if re.search(rf">\s*{re.escape(a.title)}\s*<", html)) == len(shown)


def test_rss_feeds_list_articles_site_wide_and_per_topic(client, article_index):
    wages, housing = TopicFactory(slug="upah"), TopicFactory(slug="perumahan")
    ArticlePageFactory(parent=article_index, title="Upah pemanen naik", topics=[wages])
    ArticlePageFactory(parent=article_index, title="Air bersih untuk emplasemen", topics=[housing])

    site_feed = client.get(f"{article_index.url}feed/")
    topic_feed = client.get(f"{article_index.url}topik/upah/feed/")

    assert site_feed["Content-Type"].startswith("application/rss+xml")
    assert site_feed.content.decode().count("<item>") == 2
    topic_xml = topic_feed.content.decode()
    assert "Upah pemanen naik" in topic_xml
    assert "Air bersih" not in topic_xml
    assert re.search(r"<link>http://[^<]+/berita/[^<]+</link>", topic_xml)


def test_sitemap_lists_live_pages_and_topic_listings(client, article_index):
    wages = TopicFactory(slug="upah")
    article = ArticlePageFactory(parent=article_index, topics=[wages])
    draft = ArticlePageFactory(parent=article_index, live=False, title="Draf rahasia")

    xml = client.get("/sitemap.xml").content.decode()

    assert article.full_url in xml
    assert "/berita/topik/upah/" in xml
    assert draft.slug not in xml


def test_campaign_page_gathers_articles_on_its_topics(client, home_page, campaign_index, article_index):
    wages, housing = TopicFactory(slug="upah"), TopicFactory(slug="perumahan")
    campaign = CampaignPageFactory(parent=campaign_index, title="Upah layak pemanen", topics=[wages])
    ArticlePageFactory(parent=article_index, title="Premi panen dipotong", topics=[wages])
    ArticlePageFactory(parent=article_index, title="Rumah tanpa air", topics=[housing])

    html = client.get(campaign.url).content.decode()

    assert "Upah layak pemanen" in html
    assert "Premi panen dipotong" in html
    assert "Rumah tanpa air" not in html
    assert campaign.action_label in html


def test_video_embed_loads_nothing_from_its_host_until_clicked(client, article_index):
    article = ArticlePageFactory(
        parent=article_index,
        body=[
            ("paragraph", "<p>Tonton wawancara berikut.</p>"),
            ("embed", {"url": "https://www.youtube.com/watch?v=abcDEF12345", "title": "Wawancara pemanen"}),
        ],
    )

    html = client.get(article.url).content.decode()

    assert third_party_loads(html) == []
    assert "https://www.youtube-nocookie.com/embed/abcDEF12345" in html  # inert, inside <template>
    assert 'href="https://www.youtube.com/watch?v=abcDEF12345"' in html  # a plain link still works
    assert "Wawancara pemanen" in html


def test_no_public_page_loads_anything_from_another_host(client, home_page, article_index, campaign_index):
    topic = TopicFactory(slug="upah")
    article = ArticlePageFactory(parent=article_index, topics=[topic])
    campaign = CampaignPageFactory(parent=campaign_index, topics=[topic])
    for url in ["/", article_index.url, article.url, campaign.url, campaign_index.url, "/cari/?q=upah"]:
        assert third_party_loads(client.get(url).content.decode()) == [], url


def test_a_topic_listing_is_read_once_per_content_generation_and_shows_a_new_article_at_once(
    client, article_index, settings, monkeypatch
):
    wages = TopicFactory(slug="upah")
    ArticlePageFactory(parent=article_index, title="Upah di bawah UMP", topics=[wages])
    # What a reader pays when the full-page cache misses: only the fragments help.
    settings.PAGE_CACHE_ENABLED = False
    listings = []
    original = articles_models.article_listing
    monkeypatch.setattr(articles_models, "article_listing", lambda q: listings.append(q) or original(q))
    url = f"{article_index.url}topik/upah/"

    first = client.get(url).content.decode()
    again = client.get(url).content.decode()
    read_twice = len(listings)
    ArticlePageFactory(parent=article_index, title="Upah lembur dibayar penuh", topics=[wages])
    after_publishing = client.get(url).content.decode()

    assert "Upah di bawah UMP" in first
    assert again == first
    assert read_twice == 1
    assert "Upah lembur dibayar penuh" in after_publishing
    assert "Upah di bawah UMP" in after_publishing


def test_a_page_number_too_long_to_be_real_reads_as_the_first_page(client, article_index):
    for _ in range(14):
        ArticlePageFactory(parent=article_index)

    response = client.get(article_index.url, {"page": "1" * 40})

    assert response.status_code == 200
    assert response.context["articles"].number == 1
