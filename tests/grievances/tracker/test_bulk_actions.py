"""Bulk actions from the listing: each case handled as on its own page, never one the user may not see."""

import pytest
from django.urls import reverse

from grievances.cases.models import CaseEvent, CaseGroup
from grievances.cases.roles import LEGAL_ADVISOR_GROUP, OPERATOR_GROUP
from grievances.cases.states import Status
from grievances.factories import CaseFactory, StaffFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(hukatan, nikeuba):
    operator = StaffFactory(username="op-massal", role=OPERATOR_GROUP, federation=hukatan)
    return {
        "operator": operator,
        "colleague": StaffFactory(
            username="op-rekan",
            role=OPERATOR_GROUP,
            federation=hukatan,
            first_name="Budi",
            last_name="Santoso",
        ),
        "advisor": StaffFactory(username="ph-massal", role=LEGAL_ADVISOR_GROUP, first_name="Rina"),
        "own": CaseFactory.create_batch(2, federation=hukatan),
        "handling": CaseFactory(federation=hukatan, status=Status.HANDLING),
        "other": CaseFactory(federation=nikeuba, employer="PT Lain Federasi"),
        "other_group": CaseGroup.objects.create(name="Kelompok federasi lain"),
    }


def url(action, *cases):
    query = "&".join(f"id={case.pk}" for case in cases)
    return reverse("wagtail_bulk_action", args=("grievances", "case", action)) + "?" + query


def test_the_listing_offers_the_three_actions_on_ticked_cases(client, world):
    client.force_login(world["operator"])
    html = client.get(reverse("grievances_case:index")).content.decode()
    own, other = world["own"][0], world["other"]
    assert f'data-object-id="{own.pk}" data-bulk-action-checkbox' in html
    assert f'data-object-id="{other.pk}"' not in html
    for action in ("assign", "start_verification", "add_to_group"):
        assert f"/grievances/case/{action}/" in html


def test_assigning_in_bulk_writes_each_timeline_and_skips_another_federations_case(client, world):
    own, other = world["own"], world["other"]
    client.force_login(world["operator"])
    page = client.get(url("assign", *own, other)).content.decode()
    assert own[0].reference in page and own[1].reference in page
    assert other.reference not in page, "another federation's case is not even named"

    response = client.post(
        url("assign", *own, other),
        {"responsible_operator": world["colleague"].pk, "legal_advisor": world["advisor"].pk},
    )
    assert response.status_code == 302
    for case in own:
        case.refresh_from_db()
        assert case.responsible_operator == world["colleague"] and case.legal_advisor == world["advisor"]
        (event,) = case.events.filter(kind=CaseEvent.Kind.ASSIGNMENT)
        assert "Budi Santoso" in event.text and event.author == world["operator"]
        assert event.visibility == CaseEvent.Visibility.INTERNAL
    other.refresh_from_db()
    assert other.responsible_operator is None and not other.events.exists()


def test_assigning_needs_someone_and_stores_nothing_otherwise(client, world):
    client.force_login(world["operator"])
    response = client.post(url("assign", *world["own"]), {})
    assert response.status_code == 200
    assert "Pilih operator penanggung jawab" in response.content.decode()
    assert not CaseEvent.objects.exists()


def test_starting_verification_in_bulk_goes_through_the_lifecycle(client, world):
    own, handling, other = world["own"], world["handling"], world["other"]
    client.force_login(world["operator"])
    page = client.get(url("start_verification", *own, handling, other)).content.decode()
    assert handling.reference in page.split('id="left-alone-heading"')[1], "listed as left alone"

    client.post(url("start_verification", *own, handling, other), {})
    for case in own:
        case.refresh_from_db()
        assert case.status == Status.VERIFYING and case.deadline is not None
        (event,) = case.events.filter(kind=CaseEvent.Kind.STATUS)
        assert (event.status_from, event.status_to) == (Status.RECEIVED, Status.VERIFYING)
    handling.refresh_from_db()
    other.refresh_from_db()
    assert handling.status == Status.HANDLING and not handling.events.exists()
    assert other.status == Status.RECEIVED and not other.events.exists()


def test_adding_to_a_collective_case_in_bulk(client, world):
    own, other = world["own"], world["other"]
    client.force_login(world["operator"])
    page = client.get(url("add_to_group", *own)).content.decode()
    assert "Kelompok federasi lain" not in page, "another federation's collective case is not offered"

    client.post(url("add_to_group", *own, other), {"new_group_name": "Potongan upah PT Contoh"})
    group = CaseGroup.objects.get(name="Potongan upah PT Contoh")
    assert set(group.cases.all()) == set(own)
    for case in own:
        assert case.events.filter(text__contains="Potongan upah PT Contoh").count() == 1
    other.refresh_from_db()
    assert other.group is None

    # Posting another federation's group by its id is refused like an unknown choice.
    client.post(url("add_to_group", *own), {"group": world["other_group"].pk})
    assert not world["other_group"].cases.exists()


def test_a_legal_advisor_changes_nothing_in_bulk(client, world):
    case = world["own"][0]
    case.legal_advisor = world["advisor"]
    case.save()
    client.force_login(world["advisor"])
    for action, data in (
        ("assign", {"responsible_operator": world["colleague"].pk}),
        ("start_verification", {}),
        ("add_to_group", {"new_group_name": "X"}),
    ):
        client.post(url(action, case), data)
    case.refresh_from_db()
    assert case.status == Status.RECEIVED and case.responsible_operator is None and case.group is None
    assert not case.events.exists() and not CaseGroup.objects.filter(name="X").exists()


def test_writers_and_anonymous_visitors_get_nothing(client, writer, world):
    case = world["own"][0]
    client.force_login(writer)
    response = client.post(url("start_verification", case), {})
    assert case.reference not in response.content.decode()
    client.logout()
    response = client.post(url("start_verification", case), {})
    assert response.status_code == 302 and "/login/" in response["Location"]
    case.refresh_from_db()
    assert case.status == Status.RECEIVED and not case.events.exists()
