"""Site search: results in the reader's language, filters, bad input, and Indonesian stemming."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone
from wagtail.models import Page
from wagtail.query import PageQuerySet

from articles.factories import ArticlePageFactory, CampaignPageFactory
from home.factories import StandardPageFactory, TopicFactory
from tests.utils import publish_translation

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming needs PostgreSQL's text-search configurations"
)


def titles(response):
    return [page.title for page in response.context["results"]] if response.context["results"] else []


def test_search_finds_articles_campaigns_and_pages(client, home_page, article_index, campaign_index):
    ArticlePageFactory(parent=article_index, title="Sawit dan upah minimum", standfirst="Upah pemanen.")
    CampaignPageFactory(parent=campaign_index, title="Kampanye sawit lestari", aim="Upah layak.")
    StandardPageFactory(parent=home_page, title="Tentang jaringan sawit", intro="Siapa kami.")
    ArticlePageFactory(parent=article_index, title="Rumah dinas bocor", standfirst="Air hujan masuk.")

    response = client.get("/cari/", {"q": "sawit"})

    assert response.status_code == 200
    assert sorted(titles(response)) == [
        "Kampanye sawit lestari",
        "Sawit dan upah minimum",
        "Tentang jaringan sawit",
    ]
    assert "3 hasil" in response.content.decode() or "3 results" in response.content.decode()


def test_search_filters_by_topic_and_date(client, article_index):
    wages, housing = TopicFactory(slug="upah"), TopicFactory(slug="perumahan")
    recent = ArticlePageFactory(parent=article_index, title="Sawit: upah terbaru", topics=[wages])
    old = ArticlePageFactory(parent=article_index, title="Sawit: upah lama", topics=[wages])
    ArticlePageFactory(parent=article_index, title="Sawit: perumahan", topics=[housing])
    Page.objects.filter(pk=old.pk).update(first_published_at=timezone.now() - datetime.timedelta(days=90))

    by_topic = client.get("/cari/", {"q": "sawit", "topic": "upah"})
    by_topic_and_month = client.get("/cari/", {"q": "sawit", "topic": "upah", "period": "month"})

    assert sorted(titles(by_topic)) == ["Sawit: upah lama", "Sawit: upah terbaru"]
    assert titles(by_topic_and_month) == [recent.title]


def test_only_pages_in_the_readers_language_are_found(client, article_index, english_home, english):
    article = ArticlePageFactory(parent=article_index, title="Sawit di Riau", standfirst="Sawit.")
    publish_translation(article_index, english, title="News")
    publish_translation(article, english, title="Sawit in Riau")

    assert titles(client.get("/cari/", {"q": "sawit"})) == ["Sawit di Riau"]
    assert titles(client.get("/en/cari/", {"q": "sawit"})) == ["Sawit in Riau"]


def test_an_over_long_query_is_refused_and_a_bad_topic_is_ignored(client, article_index):
    ArticlePageFactory(parent=article_index, title="Sawit dan upah")

    too_long = client.get("/cari/", {"q": "upah " * 60})
    bad_topic = client.get("/cari/", {"q": "sawit", "topic": "tidak-ada"})
    empty = client.get("/cari/", {"q": "   "})

    assert too_long.context["results"] is None
    assert too_long.context["form"].errors["q"]
    assert titles(bad_topic) == ["Sawit dan upah"]
    assert bad_topic.context["form"].errors["topic"]
    assert empty.context["results"] is None


def test_search_results_are_paginated_without_errors(client, article_index):
    for n in range(13):
        ArticlePageFactory(parent=article_index, title=f"Sawit laporan {n}")

    first = client.get("/cari/", {"q": "sawit"})
    last = client.get("/cari/", {"q": "sawit", "page": "99"})
    junk = client.get("/cari/", {"q": "sawit", "page": "x"})

    assert len(first.context["results"]) == 10
    assert len(last.context["results"]) == 3
    assert junk.context["results"].number == 1
    assert "q=sawit&amp;page=2" in first.content.decode()


@postgres_only
def test_indonesian_stemming_pekerja_finds_bekerja(client, article_index):
    body = [("paragraph", "<p>Laporan dari kebun.</p>")]
    ArticlePageFactory(
        parent=article_index,
        title="Di kebun sejak subuh",
        standfirst="Mereka bekerja dua belas jam.",
        body=body,
    )
    ArticlePageFactory(parent=article_index, title="Rumah dinas", standfirst="Atap bocor.", body=body)

    assert titles(client.get("/cari/", {"q": "pekerja"})) == ["Di kebun sejak subuh"]


@postgres_only
def test_english_pages_use_english_stemming(client, article_index, english_home, english):
    body = [("paragraph", "<p>Laporan.</p>")]
    article = ArticlePageFactory(
        parent=article_index, title="Kondisi kerja", standfirst="Kondisi.", body=body
    )
    publish_translation(article_index, english, title="News")
    publish_translation(article, english, title="Conditions", standfirst="Harvesters working long hours.")

    assert titles(client.get("/en/cari/", {"q": "works"})) == ["Conditions"]


def test_a_search_is_run_once_per_content_generation_and_finds_a_new_article_at_once(
    client, article_index, settings, monkeypatch
):
    ArticlePageFactory(parent=article_index, title="Upah pemanen dipotong", standfirst="Upah.")
    # What a reader pays when the full-page cache misses: only the results' cache helps.
    settings.PAGE_CACHE_ENABLED = False
    searches = []
    monkeypatch.setattr(PageQuerySet, "search", counted(PageQuerySet.search, searches))

    first = client.get("/cari/", {"q": "upah"}).content.decode()
    again = client.get("/cari/", {"q": "upah"}).content.decode()
    searched_twice = len(searches)
    ArticlePageFactory(parent=article_index, title="Upah lembur dibayar", standfirst="Upah.")
    after_publishing = client.get("/cari/", {"q": "upah"}).content.decode()

    assert "Upah pemanen dipotong" in first
    assert again == first
    assert searched_twice == 1
    assert "Upah lembur dibayar" in after_publishing
    assert "Upah pemanen dipotong" in after_publishing
    # Another query is its own search.
    assert "Upah pemanen" not in client.get("/cari/", {"q": "rumah"}).content.decode()


def counted(function, calls):
    def wrapper(*args, **kwargs):
        calls.append(args)
        return function(*args, **kwargs)

    return wrapper


@postgres_only
def test_pages_whose_title_matches_come_first_then_the_newest(client, article_index):
    body = [("paragraph", "<p>Laporan dari kebun tentang lembur.</p>")]
    titled = ArticlePageFactory(
        parent=article_index, title="Lembur tidak dibayar", standfirst="Kebun.", body=body
    )
    older = ArticlePageFactory(parent=article_index, title="Panen raya", standfirst="Kebun.", body=body)
    newer = ArticlePageFactory(parent=article_index, title="Rumah dinas", standfirst="Kebun.", body=body)

    assert titles(client.get("/cari/", {"q": "lembur"})) == [titled.title, newer.title, older.title]
