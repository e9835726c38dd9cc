"""The demo content command: a realistic site on first run, nothing changed on the second."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.images.models import Image
from wagtail.models import Page, Revision

from articles.models import ArticlePage, CampaignPage
from home.models import SiteSettings

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": Image.objects.count(),
        "users": get_user_model().objects.count(),
        "live": Page.objects.live().count(),
    }


def test_demo_content_loads_a_bilingual_site_and_a_second_run_changes_nothing(client):
    call_command("load_demo_content", stdout=StringIO())
    first = snapshot()
    output = StringIO()
    call_command("load_demo_content", stdout=output)

    assert snapshot() == first
    assert "nothing changed" in output.getvalue()
    assert ArticlePage.objects.filter(locale__language_code="id").count() >= 20
    assert ArticlePage.objects.filter(locale__language_code="en").count() >= 20
    assert CampaignPage.objects.filter(locale__language_code="id").count() == 3
    assert SiteSettings.objects.get().report_problem_page is not None
    usernames = set(get_user_model().objects.values_list("username", flat=True))
    assert {"pemilik", "redaktur", "penulis"} <= usernames
    for url in ["/", "/en/", "/berita/", "/en/berita/", "/kampanye/", "/cari/?q=upah"]:
        assert client.get(url).status_code == 200, url


@override_settings(DEMO_ACCOUNTS_ALLOWED=False)
def test_demo_content_and_accounts_are_refused_under_production_settings():
    with pytest.raises(CommandError, match="development machines only"):
        call_command("load_demo_content", stdout=StringIO())
    assert not get_user_model().objects.filter(username="pemilik").exists()


def test_grievance_demo_loads_a_form_staff_and_cases_once():
    from grievances.cases.models import Case
    from grievances.intake.pages import GrievanceFormPage

    call_command("load_demo_content", stdout=StringIO())
    call_command("load_grievance_demo", stdout=StringIO())
    first = (Case.objects.count(), GrievanceFormPage.objects.count(), get_user_model().objects.count())
    output = StringIO()
    call_command("load_grievance_demo", stdout=output)

    assert (
        Case.objects.count(),
        GrievanceFormPage.objects.count(),
        get_user_model().objects.count(),
    ) == first
    assert "nothing changed" in output.getvalue()
    assert GrievanceFormPage.objects.filter(locale__language_code="en").exists()
    assert isinstance(SiteSettings.objects.get().report_problem_page.specific, GrievanceFormPage)
    assert Case.objects.filter(status="handling").count() == 1
    assert {"operator", "sekretariat", "koordinator", "penasihat"} <= set(
        get_user_model().objects.values_list("username", flat=True)
    )


def test_grievance_demo_publishes_the_statistics_page_with_figures(client):
    from grievances.publication.statistics import CaseStatisticsPage

    call_command("load_demo_content", stdout=StringIO())
    call_command("load_grievance_demo", stdout=StringIO())
    call_command("load_grievance_demo", stdout=StringIO())

    assert CaseStatisticsPage.objects.live().count() == 2  # Indonesian and English
    html = client.get("/angka-kasus/").content.decode()
    assert "Kasus menurut topik" in html and "kurang dari 5" in html
    assert client.get("/en/angka-kasus/").status_code == 200
