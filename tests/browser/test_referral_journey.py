"""An operator refers a case and downloads the letter; the partner accepts and later reports the outcome."""

import re

import pytest
from django.core import mail

from grievances.cases.roles import LEGAL_ADVISOR_GROUP, OPERATOR_GROUP
from grievances.cases.states import Status
from grievances.factories import CaseFactory, ReferralPartnerFactory, StaffFactory
from grievances.referrals.models import Referral
from tests.browser.helpers import BROWSER_TEST, CHROMIUM, CHROMIUM_ARGS, PHONE, admin_login

pytestmark = BROWSER_TEST


@pytest.fixture
def handled_case(home_page, hukatan):
    operator = StaffFactory(
        username="operator",
        email="op@japbusi.example",
        password="sandi-operator-1",
        role=OPERATOR_GROUP,
        federation=hukatan,
    )
    advisor = StaffFactory(username="penasihat", email="adv@japbusi.example", role=LEGAL_ADVISOR_GROUP)
    case = CaseFactory(
        description="Ketua serikat di-PHK setelah serikat dicatatkan.",
        federation=hukatan,
        employer="PT Rahasia Sawit",
        consent_share_with_partners=True,
        status=Status.HANDLING,
        responsible_operator=operator,
        legal_advisor=advisor,
    )
    ReferralPartnerFactory(name="LBH Contoh", kind="legal_aid", email="lbh@example.org")
    return case


def test_referral_from_case_page_to_partner_answer(live_server, handled_case, tmp_path):
    from playwright.sync_api import sync_playwright

    case = handled_case
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            staff = browser.new_context(
                viewport={"width": 1280, "height": 900}, accept_downloads=True
            ).new_page()
            admin_login(staff, live_server.url, "operator", "sandi-operator-1")

            staff.goto(f"{live_server.url}/admin/kasus/daftar/inspect/{case.pk}/")
            staff.locator("#id_partner").select_option(label="LBH Contoh")
            staff.locator("#id_reason").fill("Butuh pendampingan hukum untuk PHK.")
            staff.locator("#id_consent_method").select_option("phone")
            staff.locator('[data-action="refer"]').click()
            staff.wait_for_load_state()

            with staff.expect_download() as download_info:
                staff.get_by_role("link", name=re.compile("PDF")).click()
            letter = tmp_path / "surat.pdf"
            download_info.value.save_as(letter)
            assert letter.read_bytes().startswith(b"%PDF")

            staff.locator('form[action$="/link/"] button[value=send]').click()
            staff.wait_for_load_state()
            partner_url = re.search(r"http://\S+/rujukan/\S+", mail.outbox[-1].body).group(0)

            partner = browser.new_context(**PHONE).new_page()
            partner.goto(partner_url)
            assert "Ketua serikat di-PHK" in partner.content()
            assert "PT Rahasia Sawit" not in partner.content()  # not among the shared facts
            partner.locator("input[name=answer][value=accept]").check()
            partner.locator("form button[type=submit]").click()
            partner.wait_for_load_state()
            partner.goto(partner_url)
            partner.locator("input[name=answer][value=complete]").check()
            partner.locator("#id_result").select_option("successful")
            partner.locator("#id_reason").fill("Pekerja dipekerjakan kembali.")
            partner.locator("form button[type=submit]").click()
            partner.wait_for_load_state()

            staff.goto(f"{live_server.url}/admin/kasus/daftar/inspect/{case.pk}/")
            timeline = staff.locator(".case-timeline").inner_text()
        finally:
            browser.close()

    referral = Referral.objects.get()
    case.refresh_from_db()
    assert referral.status == Referral.Status.COMPLETED and referral.result == "successful"
    assert case.status == Status.HANDLING
    assert timeline.count("LBH Contoh") >= 3  # sent, accepted, completed
