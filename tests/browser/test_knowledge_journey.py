"""A worker on a phone: topic page → rights guide → report the problem with the topic chosen."""

import io

import pytest
from pypdf import PdfReader

from grievances.cases.models import Case
from home.factories import TopicFactory
from home.models import SiteSettings
from knowledge.factories import (
    RightsGuideIndexPageFactory,
    RightsGuidePageFactory,
    TopicHubPageFactory,
)
from tests.browser.helpers import BROWSER_TEST, CHROMIUM, CHROMIUM_ARGS, PHONE, serious_violations

pytestmark = BROWSER_TEST


@pytest.fixture
def knowledge_site(home_page, site):
    from grievances.intake.pages import GrievanceFormPage

    form = GrievanceFormPage(title="Laporkan masalah", slug="lapor")
    home_page.add_child(instance=form)
    settings = SiteSettings.for_site(site)
    settings.report_problem_page = form
    settings.save()
    wages = TopicFactory(slug="upah", name="Upah", name_en="Wages")
    TopicHubPageFactory(parent=home_page)
    guides = RightsGuideIndexPageFactory(parent=home_page)
    RightsGuidePageFactory(parent=guides, title="Hakmu soal upah", topic=wages)
    return wages


def test_from_a_topic_page_read_the_guide_then_report_with_the_topic_chosen(
    live_server, knowledge_site, settings
):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    settings.GRIEVANCE_MIN_FILL_SECONDS = 0
    axe = Axe()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(**PHONE).new_page()
        try:
            page.goto(f"{live_server.url}/topik/upah/")
            assert page.locator("h1").inner_text() == "Upah"
            assert serious_violations(axe, page) == []

            page.get_by_role("link", name="Hakmu soal upah").click()
            page.wait_for_load_state()
            assert page.locator("h1").inner_text() == "Hakmu soal upah"
            assert "Apakah buruh harian lepas berhak atas upah minimum?" in page.locator("main").inner_text()
            assert serious_violations(axe, page) == []
            # Printed, the guide leaves out the menus and the call to action and fits on A4 paper.
            printed = page.pdf(format="A4")

            page.locator(".report-cta a").click()
            page.wait_for_load_state()
            assert "/lapor/" in page.url
            assert page.get_by_label("Upah", exact=True).is_checked()
            # The guide is one tap away from the form too, in a new tab so nothing typed is lost.
            guide_link = page.locator("a.guide-link")
            assert guide_link.get_attribute("target") == "_blank"
            assert serious_violations(axe, page) == []

            page.locator("#id_description").fill("Upah harian kami di bawah upah minimum sejak Januari.")
            page.locator("button[type=submit].button--report").click()
            page.wait_for_load_state()
            # The form posts to its own error summary (#form-errors); the redirect keeps the anchor.
            assert page.url.split("#")[0].endswith("/lapor/tanda-terima/")
            reference = page.locator("#receipt-reference").inner_text().strip()
            assert "Kenali Hakmu" in page.locator("main").inner_text()
        finally:
            browser.close()

    pages = PdfReader(io.BytesIO(printed)).pages
    assert len(pages) <= 2
    printed_text = " ".join(pdf_page.extract_text() for pdf_page in pages)
    assert "Apakah buruh harian lepas berhak atas upah minimum?" in printed_text
    assert "Laporkan masalah" not in printed_text

    case = Case.objects.get(reference=reference)
    assert list(case.topics.values_list("slug", flat=True)) == ["upah"]
