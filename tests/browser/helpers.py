"""What every browser test shares: Debian's Chromium, a phone, axe-core, the admin login."""

import os

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


def _authenticator_code(username):
    """What the user's app shows. Playwright's sync API keeps an event loop in this thread, where
    Django refuses database calls unless told it is safe: nothing else runs on that loop meanwhile."""
    from django.contrib.auth import get_user_model

    from tests.two_factor import authenticator, unused_code

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        return unused_code(authenticator(get_user_model().objects.get(username=username)))
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def admin_login(page, base_url, username, password):
    """The password, then the code of the user's authenticator app (set up for them if they have none)."""
    _authenticator_code(username)
    page.goto(f"{base_url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("button[type=submit]").click()
    page.wait_for_load_state()
    page.locator("#id_code").fill(_authenticator_code(username))
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_load_state()
