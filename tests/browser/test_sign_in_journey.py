"""A new operator on a phone: password, setting up the authenticator in Indonesian, recovery codes, then the code."""

import pytest

from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import StaffFactory
from tests.browser.helpers import (
    BROWSER_TEST,
    CHROMIUM,
    CHROMIUM_ARGS,
    PHONE,
    authenticator_code,
    serious_violations,
)

pytestmark = BROWSER_TEST


@pytest.fixture
def operator(db):
    return StaffFactory(username="operator-baru", role=OPERATOR_GROUP, password="kebun-sawit-aman-2026")


def sign_in_with_password(page, base_url):
    page.goto(f"{base_url}/admin/login/")
    page.locator("#id_username").fill("operator-baru")
    page.locator("#id_password").fill("kebun-sawit-aman-2026")
    page.locator("button[type=submit]").click()
    page.wait_for_load_state()


def test_a_new_operator_sets_up_two_step_sign_in_and_signs_in_again(live_server, operator):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    axe = Axe()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(**PHONE).new_page()
        try:
            sign_in_with_password(page, live_server.url)
            assert "/admin/two-factor/setup/" in page.url
            assert page.locator("h1").inner_text() == "Siapkan masuk dua langkah"
            assert page.locator(".account-qr-code svg").count() == 1
            assert serious_violations(axe, page) == []
            secret = page.locator(".account-secret").inner_text().replace(" ", "")
            code, step = authenticator_code(secret)
            page.locator("#id_code").fill(code)
            page.locator("form.login-form button[type=submit]").click()
            page.wait_for_load_state()

            assert page.locator("h1").inner_text() == "Kode pemulihan Anda"
            assert page.locator(".account-recovery-codes li").count() == 10
            assert serious_violations(axe, page) == []
            page.locator("main a.button").click()
            page.wait_for_load_state()
            assert page.url.rstrip("/").endswith("/admin")

            page.context.clear_cookies()
            sign_in_with_password(page, live_server.url)
            assert "/admin/two-factor/verify/" in page.url
            assert page.locator("h1").inner_text() == "Langkah kedua"
            assert serious_violations(axe, page) == []
            page.locator("#id_code").fill(authenticator_code(secret, step)[0])
            page.locator("form.login-form button[type=submit]").click()
            page.wait_for_load_state()
            assert page.url.rstrip("/").endswith("/admin")
        finally:
            browser.close()
