"""What every browser test shares: Debian's Chromium, a phone, axe-core, the admin login."""

import os
import time
from base64 import b32decode

import pytest

CHROMIUM = "/usr/bin/chromium"

BROWSER_TEST = [
    pytest.mark.browser,
    # The live server needs committed data; the flush afterwards must restore the vocabulary and
    # home page that migrations created, for the tests that follow.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM), reason=f"browser tests need Debian's Chromium at {CHROMIUM}"
    ),
]

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 2,
}


def serious_violations(axe, page):
    results = axe.run(page)
    return [
        (violation["id"], violation["impact"], [node["target"] for node in violation["nodes"]][:3])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


# The authenticator key each test user set up in the browser, and the last time step used.
_AUTHENTICATORS = {}


def authenticator_code(secret, last_step=None):
    """What an authenticator app with this key shows now (the next code, if this one was used)."""
    from django_otp.oath import TOTP

    totp = TOTP(b32decode(secret))
    totp.time = time.time()
    if last_step is not None and totp.t() <= last_step:
        totp.time = (last_step + 1) * totp.step
    return f"{totp.token():06d}", totp.t()


def admin_login(page, base_url, username, password):
    """The password, then the second step as a person does it: at the first sign-in the user sets
    up the authenticator from the key on the page, later they type the code it shows."""
    page.goto(f"{base_url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("button[type=submit]").click()
    page.wait_for_load_state()
    shown_key = page.locator(".account-secret")
    first_time = shown_key.count() > 0
    secret = shown_key.inner_text().replace(" ", "") if first_time else _AUTHENTICATORS[username][0]
    code, step = authenticator_code(secret, None if first_time else _AUTHENTICATORS[username][1])
    _AUTHENTICATORS[username] = (secret, step)
    page.locator("#id_code").fill(code)
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_load_state()
    if first_time:
        page.locator("main a.button").click()  # past the recovery codes
        page.wait_for_load_state()
