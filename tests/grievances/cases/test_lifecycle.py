"""The case lifecycle: every transition, who may take it, what it requires, what it records."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.models import ModelLogEntry

from grievances.cases.access import roles_for
from grievances.cases.deadlines import add_working_days
from grievances.cases.handling import VerificationCheck, record_checks
from grievances.cases.models import Case, CaseEvent
from grievances.cases.roles import COORDINATOR_GROUP, LEGAL_ADVISOR_GROUP, OPERATOR_GROUP
from grievances.cases.states import Status
from grievances.cases.transitions import (
    CASE_TRANSITIONS as TRANSITIONS,
)
from grievances.cases.transitions import (
    TransitionNotAllowed,
    apply_transition,
    available_transitions,
)
from grievances.factories import CaseFactory, RemedyItemFactory, StaffFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(django_user_model, hukatan, nikeuba):
    return {
        "operator": StaffFactory(username="operator", role=OPERATOR_GROUP, federation=hukatan),
        "coordinator": StaffFactory(username="coordinator", role=COORDINATOR_GROUP, federation=hukatan),
        "advisor": StaffFactory(username="advisor", role=LEGAL_ADVISOR_GROUP),
        "owner": django_user_model.objects.create_superuser("owner", "owner@japbusi.example", "x"),
        "other_operator": StaffFactory(username="other", role=OPERATOR_GROUP, federation=nikeuba),
    }


@pytest.fixture
def case(hukatan):
    return CaseFactory(federation=hukatan, employer="PT Contoh")


def take(case, name, user, **data):
    return apply_transition(case, name, user, roles_for(user, case), data)


def test_the_full_path_from_received_to_closed_writes_timeline_and_audit_log(case, staff):
    operator, advisor, coordinator = staff["operator"], staff["advisor"], staff["coordinator"]
    take(case, "start_verification", operator)
    assert case.status == Status.VERIFYING and case.deadline is not None

    with pytest.raises(ValidationError) as missing:
        take(case, "verify", operator)
    assert missing.value.messages[0] == gettext("Assign a responsible operator before handling starts.")
    assert str(VerificationCheck.Item.REPORTER_REACHED.label) in missing.value.messages[1]
    case.responsible_operator, case.legal_advisor = operator, advisor
    case.save()
    with pytest.raises(ValidationError) as unchecked:
        take(case, "verify", operator)
    assert len(unchecked.value.messages) == 1
    record_checks(case, operator, VerificationCheck.Item.values)
    take(case, "verify", operator)
    assert case.status == Status.HANDLING

    with pytest.raises(ValidationError):
        take(case, "resolve", advisor, outcome="won")
    with pytest.raises(ValidationError) as no_remedy:
        take(case, "resolve", advisor, outcome="partly", outcome_summary="Upah dibayar sebagian.")
    assert no_remedy.value.messages == [
        gettext("Record at least one remedy (what was promised, by whom, when) before resolving as won.")
    ]
    RemedyItemFactory(case=case)
    take(case, "resolve", advisor, outcome="partly", outcome_summary="Upah dibayar sebagian.")
    assert case.status == Status.RESOLVED and case.resolved_at

    with pytest.raises(TransitionNotAllowed):
        take(case, "close", operator)  # closing needs a coordinator
    with pytest.raises(ValidationError):
        take(case, "close", coordinator)  # the reporter has not answered and the window is open
    case.deadline = timezone.now() - datetime.timedelta(minutes=1)
    take(case, "close", coordinator)
    assert case.status == Status.CLOSED and case.closed_at

    statuses = list(case.events.filter(kind=CaseEvent.Kind.STATUS).values_list("status_from", "status_to"))
    assert statuses == [
        ("received", "verifying"),
        ("verifying", "handling"),
        ("handling", "resolved"),
        ("resolved", "closed"),
    ]
    assert all(e.author_id for e in case.events.filter(kind=CaseEvent.Kind.STATUS))
    entries = ModelLogEntry.objects.filter(action="grievances.transition", object_id=str(case.pk))
    assert entries.count() == 4
    for entry in entries:
        assert set(entry.data) == {"transition", "from", "to"}
        assert "Upah" not in str(entry.data) and "PT Contoh" not in str(entry.data)


def test_rejecting_needs_a_reason_and_an_explanation_and_a_link_for_duplicates(case, staff):
    operator = staff["operator"]
    with pytest.raises(ValidationError):
        take(case, "reject", operator)
    with pytest.raises(ValidationError) as no_link:
        take(case, "reject", operator, rejection_reason="duplicate", reporter_explanation="Sudah dilaporkan.")
    assert no_link.value.messages == [gettext("Name the case this one duplicates.")]

    original = CaseFactory(description="Laporan pertama", federation=case.federation)
    take(
        case,
        "reject",
        operator,
        rejection_reason="duplicate",
        duplicate_of=original,
        reporter_explanation="Sudah dilaporkan.",
    )

    assert case.status == Status.REJECTED and case.duplicate_of == original
    explanation = case.events.get(kind=CaseEvent.Kind.MESSAGE)
    assert explanation.visibility == CaseEvent.Visibility.REPORTER and explanation.text == "Sudah dilaporkan."


def test_only_a_coordinator_or_owner_reopens_and_with_a_note(case, staff):
    take(
        case,
        "reject",
        staff["operator"],
        rejection_reason="not_enough",
        reporter_explanation="Kurang informasi.",
    )
    with pytest.raises(TransitionNotAllowed):
        take(case, "reopen", staff["operator"], note="Pelapor menambah bukti.")
    with pytest.raises(ValidationError):
        take(case, "reopen", staff["coordinator"])
    take(case, "reopen", staff["coordinator"], note="Pelapor menambah bukti.")
    assert case.status == Status.HANDLING
    assert case.events.filter(kind=CaseEvent.Kind.NOTE, visibility=CaseEvent.Visibility.INTERNAL).exists()


@pytest.mark.parametrize("who", ["other_operator", "advisor"])
def test_staff_outside_the_case_can_take_no_transition(case, staff, who):
    user = staff[who]
    assert roles_for(user, case) == frozenset()
    for transition in TRANSITIONS:
        with pytest.raises(TransitionNotAllowed):
            apply_transition(case, transition.name, user, roles_for(user, case), {})
    assert Case.objects.get(pk=case.pk).status == Status.RECEIVED


def test_writers_and_editors_have_no_role_on_any_case(case, writer, editor):
    assert roles_for(writer, case) == frozenset()
    assert roles_for(editor, case) == frozenset()


def test_the_buttons_offered_match_the_table(case, staff):
    names = {t.name for t in available_transitions(case, roles_for(staff["operator"], case))}
    assert names == {"start_verification", "reject"}
    case.status = Status.RESOLVED
    assert {t.name for t in available_transitions(case, roles_for(staff["operator"], case))} == set()
    assert {t.name for t in available_transitions(case, roles_for(staff["coordinator"], case))} == {
        "close",
        "reopen",
    }


def test_sensitive_cases_are_seen_only_by_named_handlers_and_owners(case, staff):
    case.risk_gbv = True
    case.save()
    assert roles_for(staff["operator"], case) == frozenset()
    assert roles_for(staff["owner"], case)
    case.handlers.add(staff["operator"])
    assert roles_for(staff["operator"], case)


def test_deadlines_count_working_days():
    friday = datetime.datetime(2026, 11, 27, 10, 0)
    assert add_working_days(friday, 3) == datetime.datetime(2026, 12, 2, 10, 0)  # Mon, Tue, Wed
