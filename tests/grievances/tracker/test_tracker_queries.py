"""The case listing and case page cost the same number of queries with 20 or 500 cases."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from grievances.cases.models import Case, CaseEvent
from grievances.cases.references import new_reference
from grievances.cases.roles import LEGAL_ADVISOR_GROUP, OPERATOR_GROUP
from grievances.factories import CaseFactory, StaffFactory
from home.models import Province

pytestmark = pytest.mark.django_db


def add_cases(count, federation, operator, advisor):
    """`count` cases in one insert: built by the factory, given references here, no secret."""
    province = Province.objects.get(code="14")
    references = set(Case.objects.values_list("reference", flat=True))
    cases = []
    while len(cases) < count:
        reference = new_reference()
        if reference in references:
            continue
        references.add(reference)
        cases.append(
            CaseFactory.build(
                reference=reference,
                secret_hash="not-used-here",
                federation=federation,
                province=province,
                employer="PT Contoh",
                responsible_operator=operator,
                legal_advisor=advisor,
            )
        )
    created = Case.objects.bulk_create(cases)
    CaseEvent.objects.bulk_create(
        [
            CaseEvent(case=case, kind=CaseEvent.Kind.MESSAGE, from_reporter=True, is_unread=True)
            for case in created
        ]
    )
    return created


def count_queries(client, url, params=None):
    client.get(url, params or {})
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(captured)


def test_listing_and_case_page_queries_do_not_grow_with_the_number_of_cases(client, hukatan):
    operator = StaffFactory(username="op", role=OPERATOR_GROUP, federation=hukatan)
    advisor = StaffFactory(username="adv", role=LEGAL_ADVISOR_GROUP)
    first = add_cases(20, hukatan, operator, advisor)[0]
    client.force_login(operator)
    listing = reverse("grievances_case:index")
    case_page = reverse("grievances_case:inspect", args=(first.pk,))

    with_20 = [
        count_queries(client, listing),
        count_queries(client, listing, {"overdue": "false", "q": "PT"}),
    ]
    page_20 = count_queries(client, case_page)
    add_cases(480, hukatan, operator, advisor)
    with_500 = [
        count_queries(client, listing),
        count_queries(client, listing, {"overdue": "false", "q": "PT"}),
    ]
    page_500 = count_queries(client, case_page)

    assert with_500 == with_20
    assert page_500 == page_20
