"""A reader who recognises their problem in an article reports it with the topic already chosen,
and reads the network's case figures."""

from urllib.parse import parse_qs, urlparse

import pytest

from articles.factories import ArticlePageFactory
from grievances.cases.states import Status
from grievances.factories import CaseFactory
from grievances.intake.pages import GrievanceFormPage
from grievances.publication.refresh import refresh_figures
from grievances.publication.statistics import CaseStatisticsPage
from home.models import SiteSettings, Topic
from tests.browser.helpers import BROWSER_TEST, CHROMIUM, CHROMIUM_ARGS, PHONE, serious_violations

pytestmark = BROWSER_TEST


@pytest.fixture
def article_on_wages(home_page, article_index, site):
    wages = Topic.objects.get(slug="upah")
    form = GrievanceFormPage(title="Laporkan masalah", slug="lapor")
    home_page.add_child(instance=form)
    settings = SiteSettings.for_site(site)
    settings.report_problem_page = form
    settings.save()
    home_page.add_child(instance=CaseStatisticsPage(title="Angka kasus", slug="angka-kasus"))
    CaseFactory.create_batch(6, status=Status.HANDLING, topics=[wages])
    refresh_figures()
    return ArticlePageFactory(
        parent=article_index, title="Premi panen dipotong tanpa alasan", topics=[wages]
    ).url


def test_report_this_problem_from_an_article_opens_the_form_with_the_topic_chosen(
    live_server, article_on_wages
):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    axe = Axe()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(**PHONE).new_page()
        try:
            page.goto(live_server.url + article_on_wages)
            figures = page.get_by_role("complementary", name="Kasus tentang Upah")
            assert figures.is_visible()
            assert "sedang ditangani" in figures.inner_text()
            assert serious_violations(axe, page) == []

            page.get_by_role("link", name="Laporkan masalah").last.click()
            page.wait_for_load_state()

            assert urlparse(page.url).path == "/lapor/"
            assert parse_qs(urlparse(page.url).query) == {"topic": ["upah"]}
            assert page.get_by_label("Upah", exact=True).is_checked()
            assert page.locator("input[name=topics]:checked").count() == 1

            # The statistics page: charts with their tables, a filter that works without script.
            page.goto(live_server.url + "/angka-kasus/")
            assert serious_violations(axe, page) == []
            page.get_by_label("Topik", exact=True).select_option("upah")
            page.get_by_role("button", name="Tampilkan").click()
            page.wait_for_load_state()
            assert parse_qs(urlparse(page.url).query) == {"topik": ["upah"]}
            assert page.locator("h1").inner_text() == "Kasus tentang Upah"
            assert page.get_by_role("table").count() == 3
            assert serious_violations(axe, page) == []
        finally:
            browser.close()
