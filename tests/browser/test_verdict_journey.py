"""An operator resolves a case with a back-pay remedy; the reporter objects on their phone and the
case is back in handling; resolved again, the reporter confirms; two weeks later (time moved in the
test) the retaliation check-in appears on the status page."""

import datetime

import pytest
from django.utils import timezone

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
def handled_case(home_page, hukatan):
    home_page.add_child(instance=GrievanceFormPage(title="Laporkan masalah", slug="lapor"))
    operator = StaffFactory(
        username="operator",
        email="op@japbusi.example",
        password="sandi-operator-1",
        role=OPERATOR_GROUP,
        federation=hukatan,
    )
    advisor = StaffFactory(username="penasihat", email="adv@japbusi.example", role=LEGAL_ADVISOR_GROUP)
    case = CaseFactory(
        description="Upah lembur tidak dibayar.",
        federation=hukatan,
        employer="PT Contoh Sawit",
        status="handling",
        responsible_operator=operator,
        legal_advisor=advisor,
    )
    return case, operator


def resolve(staff, url, case, summary):
    staff.goto(f"{url}/admin/kasus/daftar/inspect/{case.pk}/")
    staff.locator("#id_resolve-outcome").select_option("won")
    staff.locator("#id_resolve-outcome_summary").fill(summary)
    staff.locator('[data-transition="resolve"]').click()
    staff.wait_for_load_state()


def test_resolve_object_resolve_confirm_then_the_check_in(live_server, handled_case, tmp_path, monkeypatch):
    # The test reads the case between browser steps; Playwright's loop runs in this thread meanwhile.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    case, operator = handled_case
    url = live_server.url
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            staff = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
            admin_login(staff, url, "operator", "sandi-operator-1")
            staff.goto(f"{url}/admin/kasus/daftar/inspect/{case.pk}/")
            staff.locator(".case-followup summary").click()
            staff.locator("#id_remedy-kind").select_option("back_pay")
            staff.locator("#id_remedy-promised").fill("Upah lembur Juni–Agustus")
            staff.locator("#id_remedy-amount_rupiah").fill("2750000")
            staff.locator("#id_remedy-promised_by").fill("Manajer kebun PT Contoh Sawit")
            staff.locator("#id_remedy-due_on").fill(
                (timezone.localdate() + datetime.timedelta(days=14)).isoformat()
            )
            staff.locator('[data-action="add-remedy"]').click()
            staff.wait_for_load_state()
            assert "2.750.000" in staff.locator(".case-followup").inner_text()
            resolve(staff, url, case, "Perusahaan berjanji membayar upah lembur.")
            case.refresh_from_db()
            assert case.status == "resolved"
            staff.screenshot(path=str(tmp_path / "case-page-resolved.png"), full_page=True)

            reporter = browser.new_context(**PHONE).new_page()
            reporter.goto(f"{url}/lapor/status/")
            reporter.locator("#id_reference").fill(case.reference)
            reporter.locator("#id_secret").fill(case._secret)
            reporter.locator("form button[type=submit]").first.click()
            reporter.wait_for_load_state()
            assert "Perusahaan berjanji membayar upah lembur." in reporter.content()
            assert serious_violations(Axe(), reporter) == []
            reporter.locator("#verdict_verdict_1").check()
            reporter.locator("#verdict_reason").fill("Upah lembur belum dibayar sama sekali.")
            with reporter.expect_navigation():
                reporter.locator("section.followup button[type=submit]").first.click()
            case.refresh_from_db()
            assert case.status == "handling"

            resolve(staff, url, case, "Upah lembur sudah ditransfer.")
            assert "Upah lembur belum dibayar sama sekali." in staff.locator(".case-timeline").inner_text()
            reporter.reload()
            reporter.locator("#verdict_verdict_0").check()
            reporter.locator("#verdict_score_4").check()
            with reporter.expect_navigation():
                reporter.locator("section.followup button[type=submit]").first.click()
            case.refresh_from_db()
            assert case.status == "closed"
            assert "#id_answer" not in reporter.content() and 'value="dismissal"' not in reporter.content()

            # Two weeks later: the check-ins' days move back by 14 days, as if the clock had moved.
            for checkin in case.checkins.all():
                checkin.due_on -= datetime.timedelta(days=14)
                checkin.save()
            reporter.reload()
            reporter.screenshot(path=str(tmp_path / "status-check-in.png"), full_page=True)
            assert 'value="dismissal"' in reporter.content()
            assert serious_violations(Axe(), reporter) == []
        finally:
            browser.close()
