"""A report on a sensitive topic, or one the reporter says is sensitive, is restricted from the moment
it is stored: an operator of the federation who is not a named handler never sees it (issue 21)."""

import pytest
from django.urls import reverse

from grievances.cases.models import Case
from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import StaffFactory
from home.models import Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(hukatan):
    return StaffFactory(username="op-hukatan", role=OPERATOR_GROUP, federation=hukatan)


def report_and_look(client, form_page, report_data, operator, **answers):
    response = client.post(form_page.url, report_data(**answers))
    assert response.status_code == 302
    case = Case.objects.get()
    client.force_login(operator)
    listing = client.get(reverse("grievances_case:index")).content.decode()
    page = client.get(reverse("grievances_case:inspect", args=(case.pk,)))
    return case, listing, page


@pytest.mark.parametrize(
    "slug, flag", [("perempuan-dan-kbg", "risk_gbv"), ("pekerja-anak", "risk_child_labour")]
)
def test_a_report_on_a_sensitive_topic_is_hidden_from_the_federation_at_once(
    client, form_page, report_data, operator, hukatan, slug, flag
):
    topic = Topic.objects.get(slug=slug)
    assert topic.sensitive
    case, listing, page = report_and_look(
        client, form_page, report_data, operator, topics=[topic.pk], federation=hukatan.pk
    )

    assert getattr(case, flag) and case.is_sensitive
    assert case.reference not in listing
    assert page.status_code == 404


@pytest.mark.parametrize("question", ["risk_gbv", "risk_child_labour"])
def test_a_report_the_reporter_says_is_sensitive_is_hidden_from_the_federation_at_once(
    client, form_page, report_data, operator, hukatan, question
):
    form = client.get(form_page.url).content.decode()
    assert f'name="{question}"' in form

    case, listing, page = report_and_look(
        client, form_page, report_data, operator, federation=hukatan.pk, **{question: "on"}
    )

    assert case.is_sensitive
    assert case.reference not in listing and page.status_code == 404


def test_an_ordinary_report_is_seen_by_the_federation(client, form_page, report_data, operator, hukatan):
    wages = Topic.objects.get(slug="upah")
    case, listing, page = report_and_look(
        client, form_page, report_data, operator, topics=[wages.pk], federation=hukatan.pk
    )
    assert not case.is_sensitive
    assert case.reference in listing and page.status_code == 200
