"""Fixtures shared by more than one test package, registered by tests/conftest.py as a plugin: the
site tree in Indonesian and English, editorial users, the grievance report form and its data, the
federations case staff belong to, and the database task queue. A package's own fixtures stay in its
conftest; helpers that are not fixtures live in tests/utils.py, and test data in the apps' factories."""

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings
from wagtail.models import Locale, Site

from articles.factories import ArticleIndexPageFactory, CampaignIndexPageFactory
from grievances.intake.forms import issue_form_token
from grievances.intake.pages import GrievanceFormPage
from home.models import Federation
from home.roles import EDITOR_GROUP, WRITER_GROUP

# The site tree ------------------------------------------------------------------------------------


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


# Editorial users ----------------------------------------------------------------------------------


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


# The grievance report form ------------------------------------------------------------------------


@pytest.fixture
def form_page(home_page):
    """The published report form, under the home page."""
    page = GrievanceFormPage(title="Laporkan masalah", slug="laporkan", intro="<p>Laporan aman.</p>")
    home_page.add_child(instance=page)
    return page


@pytest.fixture
def report_data():
    """Makes the form data of an anonymous report; keyword arguments change or (None) drop fields."""

    def make(**overrides):
        data = {
            "description": "Upah kami dipotong tanpa penjelasan sejak tiga bulan lalu.",
            "identity_mode": "anonymous",
            "form_token": issue_form_token(),
            "website": "",
        }
        data.update(overrides)
        return {key: value for key, value in data.items() if value is not None}

    return make


# Federations (from the migrations) ----------------------------------------------------------------


@pytest.fixture
def hukatan(db):
    return Federation.objects.get(short_name="FSB Hukatan")


@pytest.fixture
def nikeuba(db):
    return Federation.objects.get(short_name="FSB Nikeuba")


# Background work ----------------------------------------------------------------------------------


@pytest.fixture
def queue():
    """TASKS_BACKEND=database for this test: tasks become rows for a worker to run."""
    with override_settings(
        TASKS_BACKEND="database", TASKS={"default": {"BACKEND": "operations.queue.QueueBackend"}}
    ):
        yield
