"""What the case-safety tests share: an operator of FSB Hukatan, a case that consents to an
anonymised story, and the draft article "case to story" makes of it."""

import pytest

from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import CaseFactory, StaffFactory
from grievances.publication.stories import start_story


@pytest.fixture
def operator(hukatan):
    return StaffFactory(username="op-hukatan", role=OPERATOR_GROUP, federation=hukatan)


@pytest.fixture
def case(hukatan):
    return CaseFactory(federation=hukatan, consent_anonymised_publication=True, employer="PT Sawit Rahasia")


@pytest.fixture
def story(case, operator, article_index):
    """The draft article "case to story" made, linked to the case; its title names the employer."""
    return start_story(case, operator)
