"""A reader on a phone: home → article → English → search, accessible and with no request to other hosts."""

from urllib.parse import urlparse

import pytest

from articles.factories import ArticlePageFactory, ImageFactory
from home.factories import StandardPageFactory, TopicFactory
from home.models import SiteSettings
from tests.browser.helpers import BROWSER_TEST, CHROMIUM, CHROMIUM_ARGS, PHONE, serious_violations
from tests.utils import publish_translation

pytestmark = BROWSER_TEST


@pytest.fixture
def bilingual_site(home_page, article_index, english_home, english, site):
    wages = TopicFactory(slug="upah", name="Upah", name_en="Wages")
    report = StandardPageFactory(parent=home_page, title="Laporkan masalah", slug="laporkan")
    settings = SiteSettings.for_site(site)
    settings.report_problem_page = report
    settings.save()
    publish_translation(report, english, title="Report a problem")
    publish_translation(article_index, english, title="News")
    image = ImageFactory()
    article = ArticlePageFactory(
        parent=article_index,
        title="Pemanen dibayar di bawah upah minimum",
        standfirst="Para pemanen bekerja dua belas jam sehari.",
        lead_image=image,
        topics=[wages],
    )
    ArticlePageFactory(parent=article_index, title="Premi panen dipotong tanpa alasan", topics=[wages])
    publish_translation(
        article,
        english,
        title="Harvesters paid below the minimum wage",
        standfirst="Harvesters work twelve hours a day.",
    )
    english_home.refresh_from_db()
    return article


def test_reader_journey_on_a_phone(live_server, bilingual_site):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    own_host = urlparse(live_server.url).hostname
    requested_hosts = set()
    axe = Axe()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(**PHONE)
        page = context.new_page()
        page.on("request", lambda request: requested_hosts.add(urlparse(request.url).hostname))
        try:
            page.goto(live_server.url + "/")
            assert page.locator("html").get_attribute("lang") == "id"
            assert page.get_by_role("link", name="Laporkan masalah").first.is_visible()
            assert serious_violations(axe, page) == []

            page.get_by_role("link", name="Pemanen dibayar di bawah upah minimum").first.click()
            page.wait_for_load_state()
            assert page.locator("h1").inner_text() == "Pemanen dibayar di bawah upah minimum"
            assert serious_violations(axe, page) == []

            page.get_by_role("link", name="English").click()
            page.wait_for_load_state()
            assert urlparse(page.url).path.startswith("/en/")
            assert page.locator("h1").inner_text() == "Harvesters paid below the minimum wage"
            assert page.locator("html").get_attribute("lang") == "en"

            page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Search").click()
            page.wait_for_load_state()
            page.get_by_label("Search for").fill("harvesters")
            page.get_by_role("button", name="Search").click()
            page.wait_for_load_state()
            assert "1 result" in page.get_by_role("status").inner_text()
            assert page.get_by_role("link", name="Harvesters paid below the minimum wage").is_visible()
            assert serious_violations(axe, page) == []
        finally:
            browser.close()

    assert requested_hosts == {own_host}
