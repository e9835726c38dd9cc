"""The paths a worker on a phone waits for, in a bounded number of database queries (counts, never
timings), and the session rules those counts rest on: a new session key whenever a case opens, but
no empty session row written only to be rewritten."""

import pytest
from django.conf import settings
from django.test import Client

from accounts.models import UserSession
from accounts.sessions import SessionStore
from grievances.cases.models import Case
from grievances.intake.views import STATUS_SESSION_KEY

pytestmark = pytest.mark.django_db

# Measured on the test database, where every transaction is a savepoint inside the test's own (two
# statements more each): a status lookup 5 (it took 11 when each new session was written three times).
LOOKUP_QUERIES = 6


@pytest.fixture
def page_cache_off(settings):
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def reported(client, form_page, report_data):
    response = client.post(form_page.url, report_data())
    secret = client.get(response["Location"]).context["secret"]
    client.cookies.clear()
    return Case.objects.get(), secret


def lookup(client, form_page, reference, secret):
    return client.post(f"{form_page.url}status/", {"reference": reference, "secret": secret})


def session_cookie(response):
    return response.cookies[settings.SESSION_COOKIE_NAME].value


# Measured on the test database, where every transaction is a savepoint inside the test's own
# (two statements more each): a status lookup 5.
LOOKUP_QUERIES = 6


def test_the_status_lookup_opens_in_a_bounded_number_of_queries(
    client, form_page, reported, page_cache_off, django_assert_max_num_queries
):
    case, secret = reported
    lookup(Client(), form_page, case.reference, secret)  # the first lookup finds the page's route

    with django_assert_max_num_queries(LOOKUP_QUERIES):
        response = lookup(client, form_page, case.reference, secret)

    assert response.status_code == 302 and response["Location"].endswith("/status/kasus/")
    assert case.reference in client.get(response["Location"]).content.decode()


def test_a_session_planted_on_the_phone_is_replaced_when_the_case_opens(client, form_page, reported):
    case, secret = reported
    planted = SessionStore()
    planted["planted"] = True
    planted.save()
    client.cookies[settings.SESSION_COOKIE_NAME] = planted.session_key

    response = lookup(client, form_page, case.reference, secret)

    assert response.status_code == 302
    key = session_cookie(response)
    assert key != planted.session_key
    assert not UserSession.objects.filter(session_key=planted.session_key).exists()
    # Whoever planted the old key opens nothing with it.
    attacker = Client()
    attacker.cookies[settings.SESSION_COOKIE_NAME] = planted.session_key
    assert attacker.get(f"{form_page.url}status/kasus/").status_code == 302
    assert case.reference not in attacker.get(f"{form_page.url}status/kasus/", follow=True).content.decode()
    # The reporter's own new session is the one that holds the case.
    assert SessionStore(key).load()[STATUS_SESSION_KEY]["case"] == case.pk


def test_a_session_key_the_server_never_issued_is_not_taken_over(client, form_page, reported):
    case, secret = reported
    client.cookies[settings.SESSION_COOKIE_NAME] = "chosenbyanattacker0000000000000"

    response = lookup(client, form_page, case.reference, secret)

    key = session_cookie(response)
    assert key != "chosenbyanattacker0000000000000"
    assert UserSession.objects.filter(session_key=key).count() == 1
    assert not UserSession.objects.filter(session_key="chosenbyanattacker0000000000000").exists()
