"""Public case figures: precomputed, rounded, small counts suppressed, never worked out per request."""

import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.factories import ArticlePageFactory, CampaignPageFactory
from grievances.cases.states import Status
from grievances.factories import CaseFactory
from grievances.publication.figures import PublicCaseFigures, latest_figures, possible_counts, publishable
from grievances.publication.refresh import refresh_figures
from grievances.publication.statistics import CaseStatisticsPage
from home.factories import TopicFactory
from home.models import Province

pytestmark = pytest.mark.django_db


@pytest.fixture
def provinces():
    first, second = Province.objects.order_by("pk")[:2]
    return first, second


@pytest.fixture
def statistics_page(home_page):
    page = CaseStatisticsPage(title="Angka kasus", slug="angka-kasus")
    home_page.add_child(instance=page)
    return page


def test_counts_below_the_threshold_are_suppressed_and_the_rest_rounded():
    assert [publishable(n, 5) for n in (0, 1, 4, 5, 7, 8, 12, 13)] == [None, None, None, 5, 5, 10, 10, 15]
    assert list(possible_counts(10, 5)) == [8, 9, 10, 11, 12]
    assert list(possible_counts(None, 5)) == [0, 1, 2, 3, 4]


def test_differencing_two_filters_cannot_reveal_a_small_count(client, statistics_page, provinces):
    """All cases in a province minus those on one topic there would give, exactly, the 2 cases on
    other topics; the published figures leave every count from 0 to 4 possible."""
    riau, _other = provinces
    wages, housing = (
        TopicFactory(slug="upah-uji", name="Upah"),
        TopicFactory(slug="perumahan", name="Perumahan"),
    )
    CaseFactory.create_batch(11, topics=[wages], province=riau)
    CaseFactory.create_batch(2, topics=[housing], province=riau)
    refresh_figures()
    figures = latest_figures()

    all_riau = next(row["value"] for row in figures.data["province"] if row["name"] == riau.name)
    wages_riau = next(row["value"] for row in figures.topic(wages)["province"] if row["name"] == riau.name)
    housing_riau = next(
        row["value"] for row in figures.topic(housing)["province"] if row["name"] == riau.name
    )

    assert (all_riau, wages_riau, housing_riau) == (15, 10, None)
    # What a reader can infer about the cases on other topics in that province, from the two
    # filtered figures and from its own suppressed figure:
    candidates = {
        total - part
        for total in possible_counts(all_riau)
        for part in possible_counts(wages_riau)
        if total - part in possible_counts(housing_riau)
    }
    assert 2 in candidates and len(candidates) >= 4
    # The page shows only the stored figures; neither filter shows 13, 11 or 2.
    for query in ("", "?topik=upah-uji", "?topik=perumahan"):
        html = client.get(statistics_page.url + query).content.decode()
        assert ">13<" not in html and ">11<" not in html and ">2<" not in html
        assert "kurang dari 5" in html


def test_topic_figures_received_handling_resolved_minus_each_other_leave_small_counts_hidden(provinces):
    wages = TopicFactory(slug="upah-uji", name="Upah")
    CaseFactory.create_batch(9, topics=[wages], status=Status.HANDLING)
    CaseFactory.create_batch(6, topics=[wages], status=Status.RESOLVED)
    CaseFactory.create_batch(2, topics=[wages], status=Status.RECEIVED)
    row = refresh_figures().topic(wages)
    assert (row["received"], row["handling"], row["resolved"]) == (15, 10, 5)
    # received − handling − resolved would be the 2 new cases; the figures allow 0 to 4 and more.
    candidates = {
        received - handling - resolved
        for received in possible_counts(row["received"])
        for handling in possible_counts(row["handling"])
        for resolved in possible_counts(row["resolved"])
        if received - handling - resolved >= 0
    }
    assert {0, 1, 2, 3, 4} <= candidates


def test_the_command_counts_the_figures():
    call_command("refresh_case_figures", stdout=io.StringIO())
    assert PublicCaseFigures.objects.count() == 1


def test_pages_read_stored_figures_and_never_count_cases(client, article_index, campaign_index):
    wages = TopicFactory(slug="upah-uji", name="Upah")
    CaseFactory.create_batch(12, topics=[wages], status=Status.HANDLING)
    refresh_figures()
    article = ArticlePageFactory(parent=article_index, topics=[wages])
    campaign = CampaignPageFactory(parent=campaign_index, topics=[wages])
    CaseFactory.create_batch(
        30, topics=[wages]
    )  # not yet refreshed: pages must still show the stored figures

    figure_queries = []
    for url in (article.url, f"{article_index.url}topik/upah-uji/", campaign.url):
        with CaptureQueriesContext(connection) as captured:
            html = client.get(url).content.decode()
        assert "Kasus tentang Upah" in html, url
        assert "sedang ditangani" in html
        counted = [q["sql"] for q in captured if '"grievances_case"' in q["sql"]]
        assert counted == [], url
        figure_queries += [q["sql"] for q in captured if "grievances_publiccasefigures" in q["sql"]]
    # Read once, then kept in memory until the content generation changes.
    assert len(figure_queries) == 1

    handling = re.compile(r"<dt>sedang ditangani</dt><dd>(\d+)</dd>")
    assert handling.search(html)[1] == "10"
    CaseFactory.create_batch(10, topics=[wages], status=Status.HANDLING)
    refresh_figures()  # new figures: a new generation, so the next page reads them
    assert handling.search(client.get(article.url).content.decode())[1] == "20"


def test_the_tag_renders_nothing_for_a_topic_with_few_cases(client, article_index):
    from django.template import Context, Template
    from django.test import RequestFactory

    wages, rare = TopicFactory(slug="upah-uji", name="Upah"), TopicFactory(slug="langka", name="Langka")
    CaseFactory.create_batch(3, topics=[rare])
    CaseFactory.create_batch(5, topics=[wages])
    refresh_figures()
    template = Template("{% load site_tags %}[{% topic_panels topic %}]")
    request = RequestFactory().get("/")
    assert template.render(Context({"topic": rare, "request": request})).strip() == "[]"
    assert "Kasus tentang Upah" in template.render(Context({"topic": wages, "request": request}))


def test_the_statistics_page_shows_each_chart_beside_its_table_and_handles_a_wrong_filter(
    client, statistics_page, provinces
):
    wages = TopicFactory(slug="upah-uji", name="Upah")
    CaseFactory.create_batch(7, topics=[wages], province=provinces[0])
    refresh_figures()
    html = client.get(statistics_page.url).content.decode()
    assert html.count("<svg") == html.count("<table") == 4
    # Indonesian number formatting writes 196,5; a chart drawn from that would collapse.
    coordinates = re.findall(r' (?:x|y|width|height)="([^"]*)"', html)
    assert coordinates and all(re.fullmatch(r"\d+(\.\d)?", value) for value in coordinates)
    assert 'href="?topik=upah-uji"' in html
    wrong = client.get(statistics_page.url + "?topik=tidak-ada").content.decode()
    assert "Topik itu tidak ada" in wrong
