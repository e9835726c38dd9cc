"""Staff sessions end on the server: on logout, on deactivation, on a new password, after idle and absolute time-outs."""

import time

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client

from accounts.models import UserSession
from accounts.sessions import SEEN_KEY, STARTED_KEY
from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import StaffFactory
from tests.test_settings import run_manage

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(db):
    return StaffFactory(username="operator-sesi", role=OPERATOR_GROUP)


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def session_key(client):
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def is_signed_out(client):
    response = client.get("/admin/")
    return response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_a_signed_in_session_is_stored_with_its_user(operator):
    client = signed_in(operator)

    assert UserSession.objects.get(session_key=session_key(client)).user_id == operator.pk
    assert client.get("/admin/").status_code == 200


def test_logging_out_deletes_the_session_row_on_the_server(operator):
    client = signed_in(operator)
    key = session_key(client)

    client.post("/admin/logout/")

    assert not UserSession.objects.filter(session_key=key).exists()
    # Replaying the old cookie opens nothing.
    replay = Client()
    replay.cookies[settings.SESSION_COOKIE_NAME] = key
    assert is_signed_out(replay)


def test_deactivating_a_user_in_code_ends_every_session_of_theirs(operator):
    laptop, phone = signed_in(operator), signed_in(operator)
    colleague = signed_in(StaffFactory(username="operator-lain", role=OPERATOR_GROUP))

    operator.is_active = False
    operator.save()

    assert not UserSession.objects.filter(user_id=operator.pk).exists()
    assert is_signed_out(laptop) and is_signed_out(phone)
    assert colleague.get("/admin/").status_code == 200


def test_deactivating_users_from_the_admin_ends_their_sessions(admin_client, operator):
    phone = signed_in(operator)

    response = admin_client.post(
        f"/admin/bulk/auth/user/set_active_state/?id={operator.pk}", {"mark_as_active": "False"}
    )

    assert response.status_code == 302
    operator.refresh_from_db()
    assert not operator.is_active
    assert not UserSession.objects.filter(user_id=operator.pk).exists()
    assert is_signed_out(phone)


def test_deactivating_a_user_on_their_edit_page_ends_their_sessions(admin_client, operator):
    phone = signed_in(operator)
    form = admin_client.get(f"/admin/users/edit/{operator.pk}/").context["form"]
    data = {field.html_name: field.value() for field in form if field.value() is not None}
    data.update(
        {"first_name": "Sari", "last_name": "Operator", "groups": [Group.objects.get(name=OPERATOR_GROUP).pk]}
    )
    data.pop("is_active", None)  # an unticked box is not sent

    response = admin_client.post(f"/admin/users/edit/{operator.pk}/", data)

    assert response.status_code == 302, response.context["form"].errors
    assert not UserSession.objects.filter(user_id=operator.pk).exists()
    assert is_signed_out(phone)


def test_changing_the_password_ends_the_other_sessions_and_keeps_this_one(operator):
    operator.set_password("sandi-lama-12345")
    operator.save()
    here, elsewhere = signed_in(operator), signed_in(operator)
    page = here.get("/admin/account/")
    data = {}
    for panels in page.context["panels_by_tab"].values():
        for panel in panels:
            for field in panel.get_form():
                value = field.value()
                if value not in (None, False) and not hasattr(value, "field"):  # no file fields
                    data[field.html_name] = value
    data.update(
        {
            "name_email-first_name": "Sari",
            "name_email-last_name": "Operator",
            "password-old_password": "sandi-lama-12345",
            "password-new_password1": "kebun-sawit-baru-2026",
            "password-new_password2": "kebun-sawit-baru-2026",
        }
    )

    response = here.post("/admin/account/", data)

    assert response.status_code == 302
    assert is_signed_out(elsewhere)
    assert here.get("/admin/").status_code == 200
    assert list(UserSession.objects.filter(user_id=operator.pk).values_list("session_key", flat=True)) == [
        session_key(here)
    ]


def set_clock(client, **moments):
    session = client.session
    for key, value in moments.items():
        session[key] = value
    session.save()


def test_a_session_idle_longer_than_the_limit_ends(operator):
    client = signed_in(operator)
    key = session_key(client)
    set_clock(client, **{SEEN_KEY: int(time.time()) - settings.STAFF_SESSION_IDLE_SECONDS - 1})

    assert is_signed_out(client)
    assert not UserSession.objects.filter(session_key=key).exists()


def test_a_session_used_within_the_idle_limit_goes_on(operator):
    client = signed_in(operator)
    set_clock(client, **{SEEN_KEY: int(time.time()) - settings.STAFF_SESSION_IDLE_SECONDS + 120})

    assert client.get("/admin/").status_code == 200
    assert client.session[SEEN_KEY] >= int(time.time()) - 60  # the request counted as activity


def test_a_busy_session_still_ends_at_the_absolute_limit(operator):
    client = signed_in(operator)
    now = int(time.time())
    set_clock(client, **{STARTED_KEY: now - settings.STAFF_SESSION_ABSOLUTE_SECONDS - 1, SEEN_KEY: now})

    assert is_signed_out(client)


def test_the_limits_come_from_the_environment_with_sensible_defaults():
    defaults = run_manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.STAFF_SESSION_IDLE_SECONDS, s.STAFF_SESSION_ABSOLUTE_SECONDS)",
        DJANGO_SETTINGS_MODULE="japbusi.settings.test",
    )
    chosen = run_manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.STAFF_SESSION_IDLE_SECONDS, s.STAFF_SESSION_ABSOLUTE_SECONDS, s.SESSION_COOKIE_AGE)",
        DJANGO_SETTINGS_MODULE="japbusi.settings.test",
        STAFF_SESSION_IDLE_MINUTES="10",
        STAFF_SESSION_ABSOLUTE_HOURS="8",
    )

    assert defaults.stdout.split()[-2:] == ["1800", "43200"]
    assert chosen.stdout.split()[-3:] == ["600", "28800", "28800"]
