"""A register with one company, its estate, and reports about it from two federations."""

import datetime

import pytest
from django.utils import timezone

from grievances.cases.roles import COORDINATOR_GROUP, OPERATOR_GROUP
from grievances.factories import CaseFactory, CompanyFactory, EstateFactory, StaffFactory
from grievances.register.models import CaseRegisterLink
from home.models import Topic


@pytest.fixture
def wages(db):
    return Topic.objects.get(slug="upah")


@pytest.fixture
def makmur(db):
    return CompanyFactory(
        name="PT Sawit Makmur Sejahtera Tbk", rspo_member=True, rspo_member_number="1-0123-45-000-00"
    )


@pytest.fixture
def rasau(makmur):
    return EstateFactory(name="Kebun Sei Rasau", company=makmur)


def linked_case(company, register_estate=None, topic=None, **fields):
    fields.setdefault("employer", "pt sawit makmur")
    fields.setdefault("created_at", timezone.now() - datetime.timedelta(days=10))
    case = CaseFactory(topics=[topic] if topic else None, **fields)
    CaseRegisterLink.objects.create(case=case, company=company, estate=register_estate)
    return case


@pytest.fixture
def staff(hukatan, nikeuba):
    return {
        "coordinator_a": StaffFactory(username="koor-hukatan", role=COORDINATOR_GROUP, federation=hukatan),
        "operator_a": StaffFactory(username="op-hukatan", role=OPERATOR_GROUP, federation=hukatan),
        "operator_b": StaffFactory(username="op-nikeuba", role=OPERATOR_GROUP, federation=nikeuba),
    }
