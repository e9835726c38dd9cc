"""Saved filters: named by their user, reused from the listing, seen and deleted by nobody else."""

import pytest
from django.urls import reverse

from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import CaseFactory, StaffFactory
from grievances.tracker.saved_filters import SavedCaseFilter

pytestmark = pytest.mark.django_db

NAME = "Verifikasi lewat tenggat di Riau"


@pytest.fixture
def operators(hukatan):
    return (
        StaffFactory(username="op-simpan", role=OPERATOR_GROUP, federation=hukatan),
        StaffFactory(username="op-lain", role=OPERATOR_GROUP, federation=hukatan),
    )


def save(client, name, **query):
    path = reverse("grievances_case:save_filter") + "?" + "&".join(f"{k}={v}" for k, v in query.items())
    return client.post(path, {"name": name})


def test_a_saved_filter_is_named_reused_and_private(client, operators, hukatan):
    verifying = CaseFactory(federation=hukatan, status="verifying")
    received = CaseFactory(federation=hukatan)
    mine, colleague = operators
    client.force_login(mine)
    response = save(client, NAME, status="verifying", overdue="true", export="csv", p="3")
    assert response.status_code == 302
    saved = SavedCaseFilter.objects.get(user=mine)
    assert saved.name == NAME and saved.query == "status=verifying&overdue=true", "no export, no page"

    listing = client.get(reverse("grievances_case:index")).content.decode()
    assert NAME in listing and saved.url.replace("&", "&amp;") in listing
    html = client.get(reverse("grievances_case:index") + "?status=verifying").content.decode()
    assert verifying.reference in html and received.reference not in html

    client.force_login(colleague)
    assert NAME not in client.get(reverse("grievances_case:index")).content.decode()
    response = client.post(reverse("grievances_case:delete_filter", args=(saved.pk,)))
    assert response.status_code == 404
    assert SavedCaseFilter.objects.filter(pk=saved.pk).exists()

    client.force_login(mine)
    client.post(reverse("grievances_case:delete_filter", args=(saved.pk,)))
    assert not SavedCaseFilter.objects.exists()


def test_a_filter_without_a_name_or_without_any_filtering_is_not_saved(client, operators):
    client.force_login(operators[0])
    save(client, "", status="received")
    save(client, "Semua kasus")
    assert not SavedCaseFilter.objects.exists()


def test_writers_cannot_save_filters(client, writer):
    client.force_login(writer)
    assert save(client, NAME, status="received").status_code == 404
    assert not SavedCaseFilter.objects.exists()
