"""What every test shares: the fixtures of tests/fixtures.py, a second sign-in step already passed,
and empty caches."""

import pytest
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY

from tests.two_factor import ORIGINAL_FORCE_LOGIN, authenticator

pytest_plugins = ["tests.fixtures"]


@pytest.fixture(autouse=True)
def _force_login_passes_the_second_step(monkeypatch):
    """`client.force_login` (and `admin_client`) sign in with the second step passed, as after
    typing a code: tests of other screens are not about it. Tests of the second step itself sign
    in through the forms or with ORIGINAL_FORCE_LOGIN. This exists only in the test suite."""

    def force_login(self, user, backend=None):
        ORIGINAL_FORCE_LOGIN(self, user, backend)
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = authenticator(user).persistent_id
        session.save()

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
