"""Password and code guessing: a cool-off per username and address together, never a permanent lock, all in the audit log."""

import json
import logging
import time

import pytest
from django.conf import settings
from django.test import Client, override_settings
from wagtail.models import ModelLogEntry

from accounts import audit
from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import StaffFactory
from tests.two_factor import authenticator, unused_code

pytestmark = pytest.mark.django_db

PASSWORD = "kebun-sawit-aman-2026"
GUESS = "tebakan-sandi-777"
VERIFY = "/admin/two-factor/verify/"


@pytest.fixture
def operator(db):
    user = StaffFactory(username="operator-sandi", role=OPERATOR_GROUP, password=PASSWORD)
    authenticator(user)
    return user


def sign_in(client, username, password, address="198.51.100.7", **extra):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address, **extra
    )


def guess_until_cool_off(client, username, address="198.51.100.7"):
    for _ in range(settings.LOGIN_MAX_FAILURES):
        sign_in(client, username, GUESS, address)


def test_after_too_many_wrong_passwords_even_the_right_one_waits_with_a_clear_message(client, operator):
    guess_until_cool_off(client, operator.username)

    response = sign_in(client, operator.username, PASSWORD)

    assert response.status_code == 200
    assert "Terlalu banyak percobaan gagal" in response.content.decode()
    assert "15 menit" in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated


def test_the_real_user_elsewhere_is_not_locked_out(client, operator):
    guess_until_cool_off(client, operator.username, address="203.0.113.66")

    response = sign_in(Client(), operator.username, PASSWORD, address="198.51.100.7")

    assert response.status_code == 302 and response["Location"].startswith(VERIFY)


def test_a_colleague_at_the_same_address_is_not_held_up(client, operator):
    other = StaffFactory(username="operator-lain", role=OPERATOR_GROUP, password=PASSWORD)
    authenticator(other)
    guess_until_cool_off(client, operator.username)

    assert sign_in(Client(), other.username, PASSWORD)["Location"].startswith(VERIFY)


def test_the_cool_off_ends_and_nothing_is_locked_for_good(client, operator, monkeypatch):
    guess_until_cool_off(client, operator.username)
    later = time.time() + settings.LOGIN_COOL_OFF_SECONDS + 1
    monkeypatch.setattr(time, "time", lambda: later)

    response = sign_in(client, operator.username, PASSWORD)

    assert response.status_code == 302 and response["Location"].startswith(VERIFY)


def test_wrong_codes_count_too(client, operator):
    device = authenticator(operator)
    sign_in(client, operator.username, PASSWORD)
    for _ in range(settings.LOGIN_MAX_FAILURES):
        client.post(VERIFY, {"code": "12345x"}, REMOTE_ADDR="198.51.100.7")

    response = client.post(VERIFY, {"code": unused_code(device)}, REMOTE_ADDR="198.51.100.7")

    assert "Terlalu banyak percobaan gagal" in response.content.decode()
    assert client.get("/admin/").status_code == 302


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_the_proxy_the_forwarded_client_address_counts(client, operator):
    proxy = "10.0.0.2"
    guess_until_cool_off_via = [
        sign_in(client, operator.username, GUESS, proxy, HTTP_X_FORWARDED_FOR="spoofed, 203.0.113.66")
        for _ in range(settings.LOGIN_MAX_FAILURES)
    ]

    blocked = sign_in(Client(), operator.username, PASSWORD, proxy, HTTP_X_FORWARDED_FOR="203.0.113.66")
    elsewhere = sign_in(Client(), operator.username, PASSWORD, proxy, HTTP_X_FORWARDED_FOR="198.51.100.7")

    assert len(guess_until_cool_off_via) == settings.LOGIN_MAX_FAILURES
    assert blocked.status_code == 200
    assert elsewhere.status_code == 302


def test_sign_ins_and_failures_are_in_the_audit_log_without_the_password(client, operator):
    sign_in(client, operator.username, GUESS)
    sign_in(client, operator.username, PASSWORD)
    client.post(VERIFY, {"code": unused_code(authenticator(operator))}, REMOTE_ADDR="198.51.100.7")
    client.post("/admin/logout/", REMOTE_ADDR="198.51.100.7")

    entries = list(ModelLogEntry.objects.filter(object_id=str(operator.pk)).order_by("pk"))

    assert [entry.action for entry in entries] == [
        audit.LOGIN_FAILED,
        audit.LOGIN,
        audit.SECOND_FACTOR_PASSED,
        audit.LOGOUT,
    ]
    assert all(entry.data["address"] == "198.51.100.7" for entry in entries)
    assert entries[1].user_id == operator.pk and entries[0].user_id is None
    stored = json.dumps([entry.data for entry in ModelLogEntry.objects.all()])
    assert GUESS not in stored and PASSWORD not in stored


def test_a_failure_for_an_unknown_username_is_logged_without_that_username(client, caplog):
    with caplog.at_level(logging.WARNING, logger="accounts.audit"):
        sign_in(client, "kata-sandi-salah-ketik", GUESS)

    assert "unknown username" in caplog.text
    assert "kata-sandi-salah-ketik" not in caplog.text
    assert not ModelLogEntry.objects.filter(action=audit.LOGIN_FAILED).exists()


def test_the_sign_in_entries_read_in_indonesian_in_the_site_history(admin_client, operator):
    sign_in(Client(), operator.username, GUESS)

    html = admin_client.get("/admin/reports/site-history/").content.decode()

    assert "Gagal masuk" in html
    assert "198.51.100.7" in html
