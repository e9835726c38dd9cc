"""A resolved case of FSB Hukatan with its team, and the reporter signed in on the status page."""

import pytest
from django.utils import timezone

from grievances.cases.access import roles_for
from grievances.cases.roles import COORDINATOR_GROUP, LEGAL_ADVISOR_GROUP, OPERATOR_GROUP
from grievances.cases.transitions import apply_transition
from grievances.factories import CaseFactory, RemedyItemFactory, StaffFactory


@pytest.fixture
def team(hukatan, nikeuba):
    return {
        "operator": StaffFactory(username="operator", role=OPERATOR_GROUP, federation=hukatan),
        "coordinator": StaffFactory(username="coordinator", role=COORDINATOR_GROUP, federation=hukatan),
        "advisor": StaffFactory(username="advisor", role=LEGAL_ADVISOR_GROUP),
        "other_operator": StaffFactory(username="other", role=OPERATOR_GROUP, federation=nikeuba),
    }


@pytest.fixture
def resolved(team, hukatan):
    """Handled by the team, resolved as won with a back-pay remedy."""
    case = CaseFactory(
        federation=hukatan,
        employer="PT Contoh",
        status="handling",
        responsible_operator=team["operator"],
        legal_advisor=team["advisor"],
        email="pelapor@example.org",
        consent_contact=True,
    )
    RemedyItemFactory(case=case)
    advisor = team["advisor"]
    apply_transition(
        case,
        "resolve",
        advisor,
        roles_for(advisor, case),
        {"outcome": "won", "outcome_summary": "Upah dibayar kembali."},
    )
    return case


@pytest.fixture
def reporter(client, form_page, resolved):
    """The reporter's browser, signed in to the status page of the resolved case."""
    client.post(f"{form_page.url}status/", {"reference": resolved.reference, "secret": resolved._secret})
    return client


def move_deadline_to_the_past(case):
    case.deadline = timezone.now() - timezone.timedelta(minutes=1)
    case.save(update_fields=["deadline"])
