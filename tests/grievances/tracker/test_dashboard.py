"""The dashboard panel counts only the cases each user may see."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import CaseFactory, StaffFactory

pytestmark = pytest.mark.django_db


def test_dashboard_counts_are_scoped_to_the_user(client, writer, hukatan, nikeuba):
    operator = StaffFactory(username="op", role=OPERATOR_GROUP, federation=hukatan)
    CaseFactory(federation=hukatan, description="x")
    CaseFactory(
        federation=hukatan,
        description="x",
        responsible_operator=operator,
        status="handling",
        deadline=timezone.now() - timezone.timedelta(days=1),
    )
    CaseFactory.create_batch(5, federation=nikeuba, description="x")

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


def test_the_monthly_chart_draws_bars_the_browser_can_read_in_indonesian(client, hukatan):
    operator = StaffFactory(username="op-grafik", role=OPERATOR_GROUP, federation=hukatan)
    CaseFactory.create_batch(3, federation=hukatan, description="x")
    client.force_login(operator)
    html = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="id").content.decode()
    chart = html.split('aria-labelledby="case-trend-title"')[1].split("</svg>")[0]
    bars = re.findall(r'<rect x="([^"]*)" y="([^"]*)" width="([^"]*)" height="([^"]*)"', chart)
    assert len(bars) == 12
    # SVG reads only a decimal dot: with the Indonesian comma ("34,5") nothing is drawn.
    for coordinates in bars:
        for value in coordinates:
            float(value)
    assert float(bars[-1][3]) > 0, "this month's bar has a height"
