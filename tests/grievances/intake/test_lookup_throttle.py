"""Nobody's wrong guesses lock a reporter out of their own case (issue 21): attackers wait, reporters don't."""

import pytest
from django.core.cache import cache
from django.test import Client, override_settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from grievances.conf import conf
from grievances.factories import CaseFactory
from grievances.intake import throttle

pytestmark = pytest.mark.django_db

WRONG = "aaaa-bbbb-cccc-dddd"


@pytest.fixture
def case(db):
    return CaseFactory()


@pytest.fixture
def clock(monkeypatch):
    """The throttle's clock, moved by hand: no test waits for real time."""
    moment = [1_900_000_000.0]
    monkeypatch.setattr(throttle, "now", lambda: moment[0])
    return moment


def lookup(client, form_page, reference, secret, **headers):
    return client.post(f"{form_page.url}status/", {"reference": reference, "secret": secret}, **headers)


def test_after_1000_wrong_lookups_from_one_client_a_reporter_still_opens_at_once(form_page, case, clock):
    attacker = Client(REMOTE_ADDR="203.0.113.7")
    answers = [lookup(attacker, form_page, case.reference, WRONG).status_code for _ in range(1000)]

    reporter = Client(REMOTE_ADDR="198.51.100.20")
    opened = lookup(reporter, form_page, case.reference, case._secret)

    assert opened.status_code == 302 and opened["Location"].endswith("/status/kasus/")
    assert answers[:5] == [400] * 5
    assert set(answers[5:]) == {429}
    refused = lookup(attacker, form_page, case.reference, case._secret)
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_after_30_wrong_lookups_from_each_of_50_clients_a_reporter_still_opens_at_once(
    form_page, case, clock
):
    def behind_proxy(address):
        return {"HTTP_X_FORWARDED_FOR": address, "REMOTE_ADDR": "10.0.0.1"}

    attacker = Client()
    answers = []
    for n in range(50):
        for guess in range(30):
            reference = case.reference if guess % 2 else f"ZZZZ-ZZ{n % 10}{guess % 10}"
            answers.append(lookup(attacker, form_page, reference, WRONG, **behind_proxy(f"192.0.2.{n}")))
        clock[0] += 10

    opened = lookup(Client(), form_page, case.reference, case._secret, **behind_proxy("198.51.100.20"))

    assert opened.status_code == 302
    assert answers[-1].status_code == 429 and int(answers[-1]["Retry-After"]) > 0
    # The site is under attack: a new client gets one free guess, then waits; it is never refused
    # a correct pair before it has failed.
    newcomer = Client()
    assert lookup(newcomer, form_page, "QQQQ-QQQQ", WRONG, **behind_proxy("198.51.100.99")).status_code == 400
    assert lookup(newcomer, form_page, "QQQQ-QQQQ", WRONG, **behind_proxy("198.51.100.99")).status_code == 429


def test_the_wait_grows_and_ends_rather_than_locking(form_page, case, clock):
    attacker = Client(REMOTE_ADDR="203.0.113.7")
    waits = []
    for n in range(12):
        response = lookup(attacker, form_page, f"ZZZZ-ZZ{n:02d}", WRONG)
        assert response.status_code == 400  # each guess waited for its turn
        waits.append(throttle.wait_seconds(throttle.client_key(response.wsgi_request), "ANY"))
        clock[0] += waits[-1]

    assert waits[:4] == [0, 0, 0, 0]
    assert waits[4:9] == [1, 2, 4, 8, 16]
    assert max(waits) <= 300
    # The client's own correct pair opens once its wait is over.
    clock[0] += 300
    assert lookup(attacker, form_page, case.reference, case._secret).status_code == 302


def test_an_ipv6_phone_cannot_escape_its_wait_by_changing_address(form_page, case, clock):
    for n in range(6):
        lookup(Client(REMOTE_ADDR=f"2001:db8:1:2::{n + 1:x}"), form_page, "ZZZZ-ZZZZ", WRONG)
    assert lookup(Client(REMOTE_ADDR="2001:db8:1:2::99"), form_page, "ZZZZ-ZZZY", WRONG).status_code == 429
    assert lookup(Client(REMOTE_ADDR="2001:db8:1:3::1"), form_page, "ZZZZ-ZZZY", WRONG).status_code == 400


def test_nothing_of_the_client_address_is_kept(form_page, case, clock):
    lookup(Client(REMOTE_ADDR="203.0.113.77"), form_page, case.reference, WRONG)
    stored = repr([(key, cache.get(key)) for key in cache._cache]) if hasattr(cache, "_cache") else ""
    assert stored and "203.0.113.77" not in stored and case.reference not in stored


def test_the_key_of_a_client_changes_with_the_rotation(rf, clock):
    request = rf.post("/", REMOTE_ADDR="203.0.113.7")
    today = throttle.client_key(request)
    clock[0] += conf.LOOKUP_KEY_ROTATION_SECONDS
    assert throttle.client_key(request) != today


@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    attack=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=60),  # which attacking client
            st.sampled_from(["REAL", "ZZZZ-ZZZZ", "KKKK-KKKK"]),  # which reference it guesses
            st.integers(min_value=0, max_value=400),  # seconds before its next guess
        ),
        max_size=300,
    )
)
def test_whatever_attackers_do_a_reporter_who_has_not_failed_is_checked_at_once(clock, attack):
    cache.clear()
    for attacker, reference, pause in attack:
        client = f"attacker-{attacker}"
        if not throttle.wait_seconds(client, reference):
            throttle.record_failure(client, reference)
        clock[0] += pause
    assert throttle.wait_seconds("the-reporter", "REAL") == 0
    for attacker, _reference, _pause in attack:
        # An attacker past its free guesses waits, for at most the cool-off.
        assert throttle.wait_seconds(f"attacker-{attacker}", "REAL") <= 15 * 60
