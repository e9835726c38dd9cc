"""An operator verifies a new case, assigns a legal advisor and writes to the reporter, who reads it."""

import pytest

from grievances.cases.roles import LEGAL_ADVISOR_GROUP, OPERATOR_GROUP
from grievances.factories import CaseFactory, StaffFactory
from grievances.intake.pages import GrievanceFormPage
from tests.browser.helpers import (
    BROWSER_TEST,
    CHROMIUM,
    CHROMIUM_ARGS,
    PHONE,
    admin_login,
    serious_violations,
)

pytestmark = BROWSER_TEST


@pytest.fixture
def new_case(home_page, hukatan):
    home_page.add_child(instance=GrievanceFormPage(title="Laporkan masalah", slug="lapor"))
    operator = StaffFactory(
        username="operator",
        email="op@japbusi.example",
        password="sandi-operator-1",
        role=OPERATOR_GROUP,
        federation=hukatan,
    )
    advisor = StaffFactory(
        username="penasihat", email="adv@japbusi.example", first_name="Rina", role=LEGAL_ADVISOR_GROUP
    )
    case = CaseFactory(
        description="Upah lembur tidak dibayar.", federation=hukatan, employer="PT Contoh Sawit"
    )
    return case, operator, advisor


def test_operator_handles_a_case_and_the_reporter_reads_the_message(live_server, new_case):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    case, operator, advisor = new_case
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            staff = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
            admin_login(staff, live_server.url, "operator", "sandi-operator-1")

            staff.goto(f"{live_server.url}/admin/kasus/daftar/inspect/{case.pk}/")
            staff.locator('[data-transition="start_verification"]').click()
            staff.wait_for_load_state()

            staff.goto(f"{live_server.url}/admin/kasus/daftar/edit/{case.pk}/")
            staff.locator("#id_responsible_operator").select_option(str(operator.pk))
            staff.locator("#id_legal_advisor").select_option(str(advisor.pk))
            staff.locator("#w-editor-form button[type=submit].button-longrunning").click()
            staff.wait_for_load_state()

            staff.goto(f"{live_server.url}/admin/kasus/daftar/inspect/{case.pk}/")
            staff.locator('[data-transition="verify"]').click()
            staff.wait_for_load_state()
            staff.locator("input[name=visibility][value=reporter]").check()
            staff.locator("textarea[name=text]").last.fill("Kami sedang menghubungi perusahaan.")
            staff.locator("textarea[name=text]").last.evaluate("el => el.form.requestSubmit()")
            staff.wait_for_load_state()

            reporter = browser.new_context(**PHONE).new_page()
            reporter.goto(f"{live_server.url}/lapor/status/")
            reporter.locator("#id_reference").fill(case.reference)
            reporter.locator("#id_secret").fill(case._secret)
            reporter.locator("form button[type=submit]").first.click()
            reporter.wait_for_load_state()
            assert "Kami sedang menghubungi perusahaan." in reporter.locator(".timeline").inner_text()
            assert serious_violations(Axe(), reporter) == []
        finally:
            browser.close()

    case.refresh_from_db()
    assert case.status == "handling"
    assert (case.responsible_operator, case.legal_advisor) == (operator, advisor)
