"""An operator's day on the case page, never opening the edit form: a new case from the dashboard,
assignment, the verification checklist, verified, a message to the reporter, the dispute stage;
the legal advisor records mediation, the promised back pay and resolves; once the reporter's reply
window is over the coordinator closes after confirming. The reporter reads the message on their
phone."""

import datetime
import os

import pytest
from django.utils import timezone

from grievances.cases.models import Case
from grievances.cases.roles import COORDINATOR_GROUP, LEGAL_ADVISOR_GROUP, OPERATOR_GROUP
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
# Set to a folder to keep screenshots of the case page along the way (for people looking at it).
SCREENSHOTS = os.environ.get("CASE_PAGE_SCREENSHOTS")
STAFF_SCREEN = {"viewport": {"width": 1366, "height": 768}}


@pytest.fixture
def new_case(home_page, hukatan):
    home_page.add_child(instance=GrievanceFormPage(title="Laporkan masalah", slug="lapor"))
    people = {
        "operator": StaffFactory(
            username="operator",
            first_name="Ani",
            password="sandi-operator-1",
            role=OPERATOR_GROUP,
            federation=hukatan,
        ),
        "advisor": StaffFactory(
            username="penasihat", first_name="Rina", password="sandi-penasihat-1", role=LEGAL_ADVISOR_GROUP
        ),
        "coordinator": StaffFactory(
            username="koordinator", password="sandi-koordinator-1", role=COORDINATOR_GROUP, federation=hukatan
        ),
    }
    case = CaseFactory(
        description="Upah lembur tidak dibayar.",
        federation=hukatan,
        employer="PT Contoh Sawit",
        workers_affected=40,
        risk_retaliation=True,
    )
    return case, people


def shot(page, name):
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, f"{name}.png"), full_page=True)


def submit(page, selector):
    page.locator(selector).click()
    page.wait_for_load_state()


def test_an_operators_day_from_arrival_to_closure_on_the_case_page(live_server, new_case, monkeypatch):
    # The test moves the case's resolution date between browser steps.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    case, people = new_case
    case_page = f"{live_server.url}/admin/kasus/daftar/inspect/{case.pk}/"
    visited = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            staff = browser.new_context(**STAFF_SCREEN).new_page()
            staff.on("framenavigated", lambda frame: visited.append(frame.url))
            admin_login(staff, live_server.url, "operator", "sandi-operator-1")

            # From the dashboard: the cases awaiting verification, then the new one.
            staff.goto(f"{live_server.url}/admin/")
            submit(staff, '[data-figure="awaiting"]')
            submit(staff, f"a:has-text('{case.reference}') >> nth=0")
            assert staff.url == case_page
            assert "⚠" in staff.locator(".case-risks").inner_text()
            shot(staff, "1-new-case")

            submit(staff, '[data-transition="start_verification"]')
            staff.locator("#assign-responsible_operator").select_option(str(people["operator"].pk))
            staff.locator("#assign-legal_advisor").select_option(str(people["advisor"].pk))
            submit(staff, '[data-action="assign"]')
            assert "Ani" in staff.locator('[data-glance="operator"]').inner_text()

            # Verified is refused until the checklist is recorded.
            submit(staff, '[data-transition="verify"]')
            assert staff.locator('[data-glance="status"]').inner_text().strip() != "penanganan"
            for checkbox in staff.locator("input[name=items]").all():
                checkbox.check()
            staff.locator("#check-note").fill("Pelapor ditelepon; slip gaji dilihat.")
            submit(staff, '[data-action="checklist"]')
            submit(staff, '[data-transition="verify"]')
            assert staff.locator('[data-glance="status"]').inner_text().strip() == "penanganan"

            staff.locator("#message-text").fill("Kami sedang menghubungi perusahaan.")
            submit(staff, '[data-action="message-reporter"]')
            staff.locator("#stage-stage").select_option("bipartite")
            staff.locator("#stage-started_on").fill("2026-11-02")
            submit(staff, '[data-action="dispute-stage"]')
            assert "bipartit" in staff.locator('[data-glance="dispute-stage"]').inner_text()
            shot(staff, "2-operator-done")

            advisor = browser.new_context(**STAFF_SCREEN).new_page()
            advisor.on("framenavigated", lambda frame: visited.append(frame.url))
            admin_login(advisor, live_server.url, "penasihat", "sandi-penasihat-1")
            advisor.goto(case_page)
            assert advisor.locator('[data-action="assign"]').count() == 0
            advisor.locator("#stage-stage").select_option("mediation")
            advisor.locator("#stage-started_on").fill("2026-12-01")
            advisor.locator("#stage-note").fill("Risalah bipartit gagal; dicatatkan ke Disnaker.")
            submit(advisor, '[data-action="dispute-stage"]')
            assert advisor.locator(".case-dispute-history li").count() == 2
            # Won needs at least one remedy on record: the back pay the company promised.
            advisor.locator(".case-followup summary").click()
            advisor.locator("#id_remedy-kind").select_option("back_pay")
            advisor.locator("#id_remedy-promised").fill("Upah lembur Juni–Agustus")
            advisor.locator("#id_remedy-amount_rupiah").fill("2750000")
            advisor.locator("#id_remedy-promised_by").fill("Manajer kebun")
            advisor.locator("#id_remedy-due_on").fill(
                (timezone.localdate() + datetime.timedelta(days=14)).isoformat()
            )
            submit(advisor, '[data-action="add-remedy"]')
            advisor.locator("[name=resolve-outcome]").select_option("won")
            advisor.locator("[name=resolve-outcome_summary]").fill("Upah lembur dibayar penuh.")
            submit(advisor, '[data-transition="resolve"]')
            assert advisor.locator('[data-glance="status"]').inner_text().strip() == "selesai"

            # The reporter did not answer within the reply window (time moved): the coordinator may close.
            long_ago = timezone.now() - datetime.timedelta(days=60)
            Case.objects.filter(pk=case.pk).update(resolved_at=long_ago, deadline=long_ago)
            coordinator = browser.new_context(**STAFF_SCREEN).new_page()
            admin_login(coordinator, live_server.url, "koordinator", "sandi-koordinator-1")
            coordinator.goto(case_page)
            submit(coordinator, '[data-transition="close"]')
            shot(coordinator, "3-confirm-closure")
            submit(coordinator, '[data-confirm="close"]')
            assert coordinator.url == case_page
            assert coordinator.locator('[data-glance="status"]').inner_text().strip() == "ditutup"
            shot(coordinator, "4-closed")

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

    assert not [address for address in visited if "/edit/" in address]
    case.refresh_from_db()
    assert case.status == "closed"
    assert (case.responsible_operator, case.legal_advisor) == (people["operator"], people["advisor"])
    assert case.verification_checks.count() == 4
    assert list(case.dispute_stage_records.values_list("stage", flat=True)) == ["bipartite", "mediation"]
