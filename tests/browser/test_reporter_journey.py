"""A worker on a phone: report with a photo, keep the receipt, come back, read and answer."""

import re

import pytest

from grievances.cases.models import Case, CaseAttachment, CaseEvent
from grievances.factories import jpeg_bytes
from tests.browser.helpers import BROWSER_TEST, CHROMIUM, CHROMIUM_ARGS, PHONE, serious_violations

pytestmark = BROWSER_TEST


@pytest.fixture
def report_form(home_page):
    from grievances.intake.pages import GrievanceFormPage

    page = GrievanceFormPage(title="Laporkan masalah", slug="lapor")
    home_page.add_child(instance=page)
    return page


def test_a_worker_reports_with_a_photo_and_follows_the_case(live_server, report_form, tmp_path, settings):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    settings.GRIEVANCE_MIN_FILL_SECONDS = 0
    photo = tmp_path / "foto-kebun.jpg"
    photo.write_bytes(jpeg_bytes(size=(800, 600)))
    axe = Axe()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(**PHONE).new_page()
        try:
            page.goto(f"{live_server.url}/lapor/?topic=upah")
            assert serious_violations(axe, page) == []
            assert page.get_by_label("Upah", exact=True).is_checked()
            page.locator("#id_description").fill("Premi panen kami dipotong sejak Juli tanpa penjelasan.")
            page.locator("#id_attachments").set_input_files(str(photo))
            page.locator("button[type=submit].button--report").click()
            page.wait_for_load_state()

            # The form posts to its own error summary (#form-errors); the redirect keeps the anchor.
            assert page.url.split("#")[0].endswith("/lapor/tanda-terima/")
            reference = page.locator("#receipt-reference").inner_text().strip()
            secret = page.locator("#receipt-secret").inner_text().strip()
            assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", reference)
            assert secret not in page.url
            assert serious_violations(axe, page) == []

            page.goto(f"{live_server.url}/lapor/status/")
            page.locator("#id_reference").fill(reference.lower())
            page.locator("#id_secret").fill(secret)
            page.locator("form button[type=submit]").first.click()
            page.wait_for_load_state()
            assert page.url.split("#")[0].endswith("/lapor/status/kasus/")
            assert reference in page.locator("h1").inner_text()
            assert serious_violations(axe, page) == []

            page.locator("#id_text").fill("Kejadian pertama tanggal 3 Juli.")
            page.locator("section[aria-labelledby=reply-heading] button[type=submit]").click()
            page.wait_for_load_state()
            assert "Kejadian pertama tanggal 3 Juli." in page.locator(".timeline").inner_text()
        finally:
            browser.close()

    case = Case.objects.get(reference=reference)
    assert CaseAttachment.objects.filter(case=case).count() == 1
    assert case.events.filter(kind=CaseEvent.Kind.MESSAGE, from_reporter=True, is_unread=True).count() == 1
