"""The dashboard panel counts only the cases each user may see."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from grievances.cases.models import Case, FederationMembership
from grievances.cases.roles import OPERATOR_GROUP
from home.models import Federation

pytestmark = pytest.mark.django_db


def make_case(federation, **fields):
    case = Case(description="x", federation=federation, **fields)
    case.assign_reference_and_secret()
    case.save()
    return case


def test_dashboard_counts_are_scoped_to_the_user(client, django_user_model, writer):
    hukatan, nikeuba = (
        Federation.objects.get(short_name="FSB Hukatan"),
        Federation.objects.get(short_name="FSB Nikeuba"),
    )
    operator = django_user_model.objects.create_user("op", "op@japbusi.example", "x")
    operator.groups.add(Group.objects.get(name=OPERATOR_GROUP))
    FederationMembership.objects.create(user=operator, federation=hukatan)
    make_case(hukatan)
    make_case(
        hukatan,
        responsible_operator=operator,
        status="handling",
        deadline=timezone.now() - timezone.timedelta(days=1),
    )
    for _ in range(5):
        make_case(nikeuba)

    client.force_login(operator)
    panel = client.get(reverse("wagtailadmin_home")).context["panels"]
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    summary = html.split('id="case-summary-heading"')[1]

    assert 'data-figure="awaiting">1<' in summary
    assert 'data-figure="mine">1<' in summary
    assert 'data-figure="overdue" style="color:#cd4444">1<' in summary
    this_month = timezone.localdate().strftime("%Y-%m")
    assert f'data-month-count="{this_month}">2<' in summary
    assert "FSB Nikeuba" not in summary
    assert any(getattr(p, "name", "") == "case_summary" for p in panel)

    client.force_login(writer)
    assert 'id="case-summary-heading"' not in client.get(reverse("wagtailadmin_home")).content.decode()
