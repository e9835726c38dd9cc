"""Fixtures shared by the whole suite: a site tree in Indonesian and English, and editorial users."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from wagtail.models import Locale, Page, Site

from articles.factories import ArticleIndexPageFactory, CampaignIndexPageFactory
from home.roles import EDITOR_GROUP, WRITER_GROUP
from tests.two_factor import authenticator

# Django's own force_login: a session that has passed the password step only.
ORIGINAL_FORCE_LOGIN = Client.force_login


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


@pytest.fixture
def home_page(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def site(home_page):
    site = Site.objects.get(is_default_site=True)
    # The test client asks for "testserver"; the default site answers any host.
    return site


@pytest.fixture
def english(db):
    locale, _created = Locale.objects.get_or_create(language_code="en")
    return locale


@pytest.fixture
def article_index(home_page):
    return ArticleIndexPageFactory(parent=home_page)


@pytest.fixture
def campaign_index(home_page):
    return CampaignIndexPageFactory(parent=home_page)


@pytest.fixture
def english_home(home_page, english):
    translation = home_page.copy_for_translation(english)
    translation.title = "JAPBUSI"
    translation.save_revision().publish()
    return translation


def publish_translation(page, locale, **fields):
    """Translate a page into `locale` with the given fields, and publish it."""
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return Page.objects.get(pk=translation.pk).specific


def make_user(django_user_model, username, group_name=None, **extra):
    user = django_user_model.objects.create_user(username=username, password="sandi-uji-123", **extra)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def writer(django_user_model):
    return make_user(django_user_model, "penulis-uji", WRITER_GROUP)


@pytest.fixture
def editor(django_user_model):
    return make_user(django_user_model, "redaktur-uji", EDITOR_GROUP)
