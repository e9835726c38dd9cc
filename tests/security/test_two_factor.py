"""Two-step sign-in from the attacker's side: a password alone opens nothing, codes work once, reset is no way round."""

import re
from pathlib import Path

import pytest
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from wagtail.models import ModelLogEntry

from accounts import audit
from accounts.two_factor import DEMO_SECRET, new_recovery_codes
from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import StaffFactory
from tests.test_settings import PRODUCTION, run_manage
from tests.two_factor import ORIGINAL_FORCE_LOGIN, authenticator, unused_code

pytestmark = pytest.mark.django_db

PASSWORD = "kebun-sawit-aman-2026"
VERIFY = "/admin/two-factor/verify/"
SETUP = "/admin/two-factor/setup/"


@pytest.fixture
def operator(db):
    return StaffFactory(username="operator-2fa", role=OPERATOR_GROUP, password=PASSWORD)


def sign_in_with_password(client, user, password=PASSWORD):
    return client.post(
        "/admin/login/", {"username": user.get_username(), "password": password, "next": "/admin/"}
    )


def enter_code(client, code, next_url="/admin/"):
    return client.post(VERIFY, {"code": code, "next": next_url})


def is_refused(response):
    return response.status_code == 302 and response["Location"].startswith((VERIFY, SETUP, "/admin/login/"))


def actions_of(user):
    return list(
        ModelLogEntry.objects.filter(object_id=str(user.pk)).order_by("pk").values_list("action", flat=True)
    )


def test_password_then_code_signs_an_operator_in(client, operator):
    device = authenticator(operator)

    password_step = sign_in_with_password(client, operator)
    before_code = client.get("/admin/")
    code_step = enter_code(client, unused_code(device))

    assert password_step.status_code == 302
    assert password_step["Location"] == f"{VERIFY}?next=%2Fadmin%2F"
    assert is_refused(before_code) and before_code["Location"].startswith(VERIFY)
    assert code_step.status_code == 302 and code_step["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert actions_of(operator) == [audit.LOGIN, audit.SECOND_FACTOR_PASSED]


def test_the_second_step_page_speaks_indonesian(client, operator):
    authenticator(operator)
    sign_in_with_password(client, operator)

    html = client.get(VERIFY).content.decode()

    assert "Langkah kedua" in html
    assert "kode pemulihan" in html


def test_a_new_operator_sets_up_the_app_in_indonesian_and_sees_recovery_codes_once(client, operator):
    sign_in_with_password(client, operator)
    first_admin_visit = client.get("/admin/kasus/daftar/")
    page = client.get(first_admin_visit["Location"])
    html = page.content.decode()
    from django_otp.plugins.otp_totp.models import TOTPDevice

    pending = TOTPDevice.objects.get(user=operator, confirmed=False)
    wrong = client.post(SETUP, {"code": "000000", "next": "/admin/kasus/daftar/"})
    confirmed = client.post(SETUP, {"code": unused_code(pending), "next": "/admin/kasus/daftar/"})
    codes = confirmed.context["codes"]

    assert first_admin_visit["Location"].startswith(SETUP)
    assert "Siapkan masuk dua langkah" in html
    assert "<svg" in html  # the QR code is drawn here, not fetched from anywhere
    assert page.context["secret"].replace(" ", "") in html.replace(" ", "")
    assert "tidak cocok" in wrong.content.decode()
    assert confirmed.status_code == 200
    assert "Kode pemulihan Anda" in confirmed.content.decode()
    assert len(codes) == 10 and len(set(codes)) == 10
    assert "no-store" in confirmed["Cache-Control"]
    assert client.get("/admin/kasus/daftar/").status_code == 200
    assert TOTPDevice.objects.get(user=operator).confirmed
    later = client.get("/admin/account/").content.decode() + client.get(SETUP).content.decode()
    assert not any(code in later for code in codes)
    assert audit.AUTHENTICATOR_SET_UP in actions_of(operator)


def admin_endpoints():
    """A concrete address for every URL pattern of the admin, placeholders filled with sample values."""
    found = []

    def walk(patterns, prefix):
        for entry in patterns:
            if isinstance(entry.pattern, RoutePattern):
                route = re.sub(
                    r"<(?:(\w+):)?\w+>", lambda m: "1" if m.group(1) == "int" else "x", str(entry.pattern)
                )
            else:
                route = str(entry.pattern).lstrip("^").rstrip("$")
                if "(" in route or "\\" in route:
                    continue
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + route)
            elif isinstance(entry, URLPattern):
                found.append((prefix + route, entry.name))

    walk(get_resolver().url_patterns, "/")
    return [(path, name) for path, name in found if path.startswith("/admin/")]


OPEN = {
    "accounts_login",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "accounts_verify",
    "accounts_setup",
}


@pytest.mark.parametrize("enrolled", [False, True], ids=["no-authenticator", "code-not-entered"])
def test_an_operator_with_only_the_password_reaches_no_admin_page_or_endpoint(client, operator, enrolled):
    if enrolled:
        authenticator(operator)
    sign_in_with_password(client, operator)
    endpoints = [(path, name) for path, name in admin_endpoints() if name not in OPEN]

    opened = []
    for path, _name in endpoints:
        for response in (
            client.get(path),
            client.post(path, {}),
            client.get(path, HTTP_ACCEPT="application/json"),
        ):
            if not is_refused(response) or not response["Location"].startswith(VERIFY if enrolled else SETUP):
                opened.append((path, response.status_code))

    assert len(endpoints) > 200  # every page, chooser, API and JSON endpoint of the admin
    assert opened == []


def test_a_force_logged_in_session_without_the_second_step_is_refused(client, operator):
    ORIGINAL_FORCE_LOGIN(client, operator)

    assert client.get("/admin/").status_code == 302
    assert client.get("/admin/kasus/daftar/")["Location"].startswith(SETUP)


def test_a_code_used_once_does_not_work_again(client, operator):
    device = authenticator(operator)
    sign_in_with_password(client, operator)
    code = unused_code(device)
    enter_code(client, code)
    client.post("/admin/logout/")

    attacker = Client()
    sign_in_with_password(attacker, operator)
    replay = enter_code(attacker, code)

    assert replay.status_code == 200
    assert "tidak berlaku" in replay.content.decode()
    assert is_refused(attacker.get("/admin/"))
    assert actions_of(operator)[-1] == audit.SECOND_FACTOR_FAILED


def test_a_recovery_code_works_once(client, operator):
    authenticator(operator)
    codes = new_recovery_codes(operator)
    sign_in_with_password(client, operator)

    first_use = enter_code(client, codes[3].upper().replace("-", " "))
    client.post("/admin/logout/")
    again = Client()
    sign_in_with_password(again, operator)
    second_use = enter_code(again, codes[3])

    assert first_use.status_code == 302
    assert second_use.status_code == 200
    assert is_refused(again.get("/admin/"))


def test_a_password_reset_does_not_skip_the_second_step(client, operator, mailoutbox):
    authenticator(operator)

    client.post("/admin/password_reset/", {"email": operator.email})
    link = re.search(r"https?://[^/]+(/admin/password_reset/confirm/\S+/)", mailoutbox[0].body).group(1)
    form_url = client.get(link)["Location"]
    reset = client.post(
        form_url, {"new_password1": "sandi-baru-kebun-2026", "new_password2": "sandi-baru-kebun-2026"}
    )

    assert reset.status_code == 302
    assert client.get("/admin/")["Location"].startswith("/admin/login/")  # the reset signs nobody in
    sign_in_with_password(client, operator, "sandi-baru-kebun-2026")
    assert client.get("/admin/")["Location"].startswith(VERIFY)


def test_a_verified_user_can_renew_recovery_codes_and_old_ones_stop_working(client, operator):
    old = new_recovery_codes(operator)
    client.force_login(operator)

    renewed = client.post("/admin/two-factor/recovery-codes/")
    client.post("/admin/logout/")
    sign_in_with_password(client, operator)

    assert len(renewed.context["codes"]) == 10
    assert enter_code(client, old[0]).status_code == 200
    assert enter_code(client, renewed.context["codes"][0]).status_code == 302


def test_the_system_owner_removes_a_lost_second_step_and_the_user_sets_up_anew(client, operator):
    from io import StringIO

    from django.core.management import call_command

    authenticator(operator)
    call_command("remove_second_factor", operator.username, stdout=StringIO())
    sign_in_with_password(client, operator)

    assert client.get("/admin/")["Location"].startswith(SETUP)
    assert audit.SECOND_FACTOR_REMOVED in actions_of(operator)


def test_outside_the_admin_a_password_alone_is_not_a_sign_in(client, operator, home_page):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=home_page, restriction_type=PageViewRestriction.LOGIN)
    authenticator(operator)
    sign_in_with_password(client, operator)

    assert client.get("/").status_code == 302  # the members-only page still asks for a sign-in


def test_production_settings_have_no_way_round_the_second_step():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings as s; "
        "m = s.MIDDLEWARE; "
        "print(m.index('django_otp.middleware.OTPMiddleware') < m.index('accounts.middleware.SecondFactorMiddleware'), "
        "s.DEMO_ACCOUNTS_ALLOWED)",
        **PRODUCTION,
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="japbusi.example",
    )

    assert result.stdout.split()[-2:] == ["True", "False"], result.stderr


def test_a_configuration_without_the_second_step_fails_the_system_check():
    from django.conf import settings

    from accounts.checks import check_second_factor_middleware

    without = [name for name in settings.MIDDLEWARE if name != "accounts.middleware.SecondFactorMiddleware"]
    with override_settings(MIDDLEWARE=without):
        errors = check_second_factor_middleware(None)

    assert [error.id for error in errors] == ["accounts.E001"]
    assert check_second_factor_middleware(None) == []


@override_settings(DEMO_ACCOUNTS_ALLOWED=False)
def test_the_published_demo_key_is_refused_outside_a_developers_machine(operator):
    from django.core.exceptions import ImproperlyConfigured

    from accounts.two_factor import enrol_demo_account

    with pytest.raises(ImproperlyConfigured):
        enrol_demo_account(operator)


def test_demo_accounts_sign_in_with_the_published_key(client):
    from io import StringIO

    from django.core.management import call_command

    call_command("load_demo_content", stdout=StringIO())
    call_command("load_grievance_demo", stdout=StringIO())
    output = StringIO()
    call_command("demo_code", stdout=output)
    code = output.getvalue().split()[0]

    client.post("/admin/login/", {"username": "operator", "password": "operator-demo-2026"})
    assert enter_code(client, code).status_code == 302
    assert client.get("/admin/kasus/daftar/").status_code == 200
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert DEMO_SECRET in readme.replace(" ", "")


def test_an_account_that_never_set_up_the_app_cannot_be_taken_by_whoever_learns_its_password(
    client, operator, settings
):
    """After the set-up window, the password alone shows no key and confirms no authenticator,
    even one whose key was shown earlier; a system owner opens the set-up again."""
    from io import StringIO

    from django.core.management import call_command
    from django.utils import timezone
    from django_otp.plugins.otp_totp.models import TOTPDevice

    settings.SECOND_FACTOR_SETUP_HOURS = 72
    sign_in_with_password(client, operator)
    client.get(SETUP)  # the key shown once, inside the window, but never confirmed
    pending = TOTPDevice.objects.get(user=operator, confirmed=False)
    client.logout()
    type(operator).objects.filter(pk=operator.pk).update(
        date_joined=timezone.now() - timezone.timedelta(hours=73)
    )

    attacker = Client()
    sign_in_with_password(attacker, operator)
    page = attacker.get(attacker.get("/admin/")["Location"])
    html = page.content.decode()
    assert page.status_code == 403
    assert "tidak dapat disiapkan sekarang" in html
    assert "<svg" not in html and "account-secret" not in html
    confirm = attacker.post(SETUP, {"code": unused_code(pending), "next": "/admin/"})
    assert confirm.status_code == 403
    assert not TOTPDevice.objects.filter(user=operator, confirmed=True).exists()
    assert is_refused(attacker.get("/admin/kasus/daftar/"))
    assert audit.SECOND_FACTOR_SETUP_REFUSED in actions_of(operator)

    call_command("allow_second_factor_setup", operator.username, stdout=StringIO())
    assert audit.SECOND_FACTOR_SETUP_OPENED in actions_of(operator)
    owner_of_account = Client()
    sign_in_with_password(owner_of_account, operator)
    setup_page = owner_of_account.get(SETUP)
    assert setup_page.status_code == 200 and "<svg" in setup_page.content.decode()


def test_a_removed_second_step_can_be_set_up_again_only_within_the_window(client, operator, settings):
    from io import StringIO

    from django.core.management import call_command
    from django.utils import timezone

    from accounts.models import SecondFactorSetup

    settings.SECOND_FACTOR_SETUP_HOURS = 72
    type(operator).objects.filter(pk=operator.pk).update(
        date_joined=timezone.now() - timezone.timedelta(days=400)
    )
    authenticator(operator)
    call_command("remove_second_factor", operator.username, stdout=StringIO())
    sign_in_with_password(client, operator)
    assert client.get(SETUP).status_code == 200

    SecondFactorSetup.objects.filter(user=operator).update(
        opened_at=timezone.now() - timezone.timedelta(hours=73)
    )
    assert client.get(SETUP).status_code == 403
