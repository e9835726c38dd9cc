"""The mechanism's performance figures on a seeded set with known answers, scoped like every case view."""

import datetime

import pytest
from django.urls import reverse

from grievances.aftercare.performance import performance
from grievances.cases.access import cases_visible_to
from grievances.cases.followup import ReporterRating, RetaliationCheckIn
from grievances.cases.models import Case, CaseEvent
from grievances.factories import CaseFactory, RemedyItemFactory

pytestmark = pytest.mark.django_db
UTC = datetime.UTC
RECEIVED = datetime.datetime(2026, 11, 2, 2, 0, tzinfo=UTC)  # Monday 09:00 in Jakarta
TODAY = datetime.date(2026, 12, 1)


def at(days):
    return RECEIVED + datetime.timedelta(days=days)


def step(case, status_from, status_to, days):
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.STATUS,
        visibility=CaseEvent.Visibility.REPORTER,
        status_from=status_from,
        status_to=status_to,
        created_at=at(days),
    )


@pytest.fixture
def seeded(hukatan, nikeuba):
    # A: answered after 1 day, verified within 3 working days, resolved after 10 days, the reporter
    # objected (reopened); its remedy was delivered; rated 4.
    a = CaseFactory(federation=hukatan, channel="web", created_at=RECEIVED, resolved_at=at(10))
    step(a, "received", "verifying", 1)
    step(a, "verifying", "handling", 3)
    step(a, "handling", "resolved", 10)
    step(a, "resolved", "handling", 12)
    RemedyItemFactory(case=a, due_on=datetime.date(2026, 11, 20), delivered_on=datetime.date(2026, 11, 18))
    ReporterRating.objects.create(case=a, score=4)
    # B: answered after 2 days, verified late (12 days later), resolved after 20 days; its remedy is
    # past due and not delivered; rated 2; the reporter reported threats at a check-in.
    b = CaseFactory(federation=hukatan, channel="phone", created_at=RECEIVED, resolved_at=at(20))
    step(b, "received", "verifying", 2)
    step(b, "verifying", "handling", 14)
    step(b, "handling", "resolved", 20)
    RemedyItemFactory(case=b, due_on=datetime.date(2026, 11, 25))
    RemedyItemFactory(case=b, due_on=datetime.date(2026, 12, 31))  # not yet due: not counted
    ReporterRating.objects.create(case=b, score=2)
    RetaliationCheckIn.objects.create(case=b, due_on=TODAY, answer="threats")
    # C: another federation's case, never answered.
    c = CaseFactory(federation=nikeuba, channel="web", created_at=RECEIVED)
    return a, b, c


def test_the_figures_over_all_cases_have_the_known_answers(seeded):
    rows, overall = performance(Case.objects.all(), by="month", today=TODAY)
    assert overall == {
        "cases": 3,
        "first_response_days": 1.5,
        "verified_on_time": 0.5,
        "median_days_to_resolution": 15.0,
        "reopen_rate": 0.5,
        "remedies_delivered": 0.5,
        "satisfaction": 3.0,
        "ratings": 2,
        "retaliation_reports": 1,
    }
    assert [label for label, _f in rows] == ["2026-11"]


def test_by_channel_and_by_federation(seeded):
    by_channel = dict(performance(Case.objects.all(), by="channel", today=TODAY)[0])
    web = str(Case.Channel.WEB.label)
    assert by_channel[web]["cases"] == 2 and by_channel[web]["first_response_days"] == 1.0
    by_federation = dict(performance(Case.objects.all(), by="federation", today=TODAY)[0])
    assert by_federation["FSB Hukatan"]["verified_on_time"] == 0.5
    assert by_federation["FSB Nikeuba"] == {
        "cases": 1,
        "first_response_days": None,
        "verified_on_time": None,
        "median_days_to_resolution": None,
        "reopen_rate": None,
        "remedies_delivered": None,
        "satisfaction": None,
        "ratings": 0,
        "retaliation_reports": 0,
    }


def test_the_export_covers_only_the_cases_the_user_may_see(client, seeded, team):
    client.force_login(team["coordinator"])
    assert cases_visible_to(team["coordinator"]).count() == 2
    response = client.get(reverse("grievances_performance_export") + "?by=federation")
    body = response.content.decode()
    assert response.status_code == 200 and "FSB Hukatan" in body and "FSB Nikeuba" not in body


def test_writers_get_no_export_and_no_panel(client, seeded, writer):
    client.force_login(writer)
    assert client.get(reverse("grievances_performance_export")).status_code == 404
    assert "case-performance" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_dashboard_panel_shows_the_figures(client, seeded, team):
    client.force_login(team["coordinator"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'data-performance="2026-11"' in html
