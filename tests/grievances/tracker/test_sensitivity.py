"""Marking a case as sensitive and lifting the mark, tried from every side (issue 21)."""

import pytest
from django.urls import reverse

from grievances.cases.models import CaseEvent
from grievances.cases.roles import COORDINATOR_GROUP, LEGAL_ADVISOR_GROUP, OPERATOR_GROUP, SYSTEM_OWNER_GROUP
from grievances.factories import CaseFactory, StaffFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(hukatan, nikeuba):
    return {
        "operator": StaffFactory(username="op-hukatan", role=OPERATOR_GROUP, federation=hukatan),
        "coordinator": StaffFactory(username="coord-hukatan", role=COORDINATOR_GROUP, federation=hukatan),
        "other_operator": StaffFactory(username="op-nikeuba", role=OPERATOR_GROUP, federation=nikeuba),
        "advisor": StaffFactory(username="advisor", role=LEGAL_ADVISOR_GROUP),
        "handler": StaffFactory(username="handler", role=OPERATOR_GROUP, federation=hukatan),
        "owner": StaffFactory(username="owner", role=SYSTEM_OWNER_GROUP),
    }


def mark(client, case, **flags):
    data = {f"sensitive-{name}": "on" for name in flags}
    return client.post(reverse("grievances_case:sensitivity", args=(case.pk, "mark")), data)


def lift(client, case, reason="Kasus ternyata tentang upah, bukan kekerasan."):
    return client.post(
        reverse("grievances_case:sensitivity", args=(case.pk, "lift")), {"sensitive-reason": reason}
    )


def test_an_operator_of_the_federation_marks_a_case_sensitive_and_keeps_it(client, people, hukatan):
    case = CaseFactory(federation=hukatan)
    client.force_login(people["operator"])
    page = client.get(reverse("grievances_case:inspect", args=(case.pk,))).content.decode()
    assert "Tandai sebagai sensitif" in page or "Mark as sensitive" in page

    mark(client, case, risk_gbv=True)

    case.refresh_from_db()
    assert case.risk_gbv and case.is_sensitive
    assert people["operator"] in case.handlers.all()
    event = case.events.get(kind=CaseEvent.Kind.NOTE)
    assert event.visibility == CaseEvent.Visibility.INTERNAL and event.author == people["operator"]
    # The rest of the federation no longer sees it.
    client.force_login(people["coordinator"])
    assert client.get(reverse("grievances_case:inspect", args=(case.pk,))).status_code == 404


def test_another_federations_operator_cannot_mark_or_lift_by_id(client, people, hukatan):
    case = CaseFactory(federation=hukatan)
    sensitive = CaseFactory(federation=hukatan, risk_child_labour=True)
    client.force_login(people["other_operator"])

    assert mark(client, case, risk_gbv=True).status_code == 404
    assert lift(client, sensitive).status_code == 404
    case.refresh_from_db(), sensitive.refresh_from_db()
    assert not case.is_sensitive and sensitive.is_sensitive


def test_an_anonymous_visitor_cannot_mark_or_lift(client, hukatan):
    case = CaseFactory(federation=hukatan, risk_gbv=True)
    assert lift(client, case).status_code in (302, 403, 404)
    case.refresh_from_db()
    assert case.risk_gbv


def test_a_legal_advisor_of_the_case_may_not_mark_it(client, people, hukatan):
    case = CaseFactory(federation=hukatan, legal_advisor=people["advisor"])
    client.force_login(people["advisor"])
    refused = mark(client, case, risk_gbv=True)
    # Wagtail answers a refused admin action by sending the user back to the dashboard.
    assert refused.status_code == 403 or refused["Location"] == reverse("wagtailadmin_home")
    case.refresh_from_db()
    assert not case.is_sensitive


def test_only_a_named_handler_or_a_system_owner_lifts_the_mark_with_a_reason(client, people, hukatan):
    case = CaseFactory(federation=hukatan, risk_gbv=True)
    case.handlers.add(people["handler"])

    # The coordinator of the federation does not even see it; an advisor not named neither.
    for name in ("coordinator", "operator", "advisor"):
        client.force_login(people[name])
        assert lift(client, case).status_code == 404
    case.refresh_from_db()
    assert case.risk_gbv

    client.force_login(people["handler"])
    page = client.get(reverse("grievances_case:inspect", args=(case.pk,))).content.decode()
    assert "sensitive-reason" in page
    lift(client, case, reason="")
    case.refresh_from_db()
    assert case.risk_gbv  # no reason, no lifting

    lift(client, case)
    case.refresh_from_db()
    assert not case.is_sensitive
    note = case.events.get(kind=CaseEvent.Kind.NOTE)
    assert "Kasus ternyata tentang upah" in note.text and note.author == people["handler"]
    assert note.visibility == CaseEvent.Visibility.INTERNAL


def test_a_handler_of_the_federation_who_is_not_named_cannot_lift(client, people, hukatan):
    # Named on another case only: seeing the federation's cases is not enough.
    case = CaseFactory(federation=hukatan, risk_child_labour=True)
    CaseFactory(federation=hukatan, risk_child_labour=True).handlers.add(people["handler"])
    client.force_login(people["handler"])
    assert lift(client, case).status_code == 404


def test_a_system_owner_lifts_the_mark(client, people, hukatan):
    case = CaseFactory(federation=hukatan, risk_child_labour=True)
    client.force_login(people["owner"])
    lift(client, case)
    case.refresh_from_db()
    assert not case.is_sensitive


def test_the_edit_form_cannot_untick_the_mark(client, people, hukatan):
    case = CaseFactory(federation=hukatan, risk_gbv=True)
    case.handlers.add(people["handler"])
    client.force_login(people["handler"])
    form = client.get(reverse("grievances_case:edit", args=(case.pk,))).content.decode()
    assert 'name="risk_gbv"' not in form and 'name="risk_child_labour"' not in form
