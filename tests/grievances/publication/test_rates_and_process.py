"""Public rates with the small-count rule, the page "how your report is handled" generated from
the lifecycle and the calendar, and the links every public page carries."""

import datetime

import pytest
from django.utils import timezone

from grievances.cases.models import CaseEvent
from grievances.cases.states import CASE_STATES
from grievances.factories import CaseFactory, RemedyItemFactory
from grievances.publication.rates import compute_rates, publishable_rate
from grievances.publication.refresh import refresh_figures
from grievances.publication.statistics import CaseStatisticsPage

pytestmark = pytest.mark.django_db


def verified_case(days_to_verify):
    case = CaseFactory(status="handling")
    start = timezone.now() - datetime.timedelta(days=60)
    for status_from, status_to, at in (
        ("received", "verifying", start),
        ("verifying", "handling", start + datetime.timedelta(days=days_to_verify)),
    ):
        CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.STATUS,
            visibility=CaseEvent.Visibility.REPORTER,
            status_from=status_from,
            status_to=status_to,
            created_at=at,
        )
    return case


def test_a_rate_over_fewer_cases_than_the_threshold_is_not_published():
    assert publishable_rate(3, 4, minimum=5) == {"percent": None, "base": None}
    assert publishable_rate(0, 4, minimum=5) == {"percent": None, "base": None}


def test_a_published_rate_is_rounded_and_its_base_rounded_like_a_count():
    assert publishable_rate(5, 7, minimum=5) == {"percent": 70, "base": 5}
    assert publishable_rate(6, 7, minimum=5) == {"percent": 85, "base": 5}


def test_rates_are_computed_with_the_figures(settings):
    settings.GRIEVANCE_PUBLIC_MIN_COUNT = 5
    for _n in range(4):
        verified_case(days_to_verify=1)
    assert compute_rates()["verified_on_time"]["percent"] is None
    verified_case(days_to_verify=30)
    assert compute_rates()["verified_on_time"] == {"percent": 80, "base": 5}
    for _n in range(5):
        RemedyItemFactory(due_on=datetime.date(2026, 1, 1), delivered_on=datetime.date(2025, 12, 20))
    assert compute_rates()["remedies_delivered"] == {"percent": 100, "base": 5}


def test_the_statistics_page_shows_the_rates_or_says_there_are_too_few(client, home_page):
    page = CaseStatisticsPage(title="Angka kasus", slug="angka-kasus")
    home_page.add_child(instance=page)
    verified_case(days_to_verify=1)
    refresh_figures()
    html = client.get(page.url).content.decode()
    assert 'data-rate="verified_on_time"' in html and 'data-rate="remedies_delivered"' in html
    assert "100%" not in html


def test_the_handling_page_lists_every_stage_with_its_time_limit_from_the_settings(
    client, home_page, settings
):
    settings.GRIEVANCE_VERDICT_REPLY_WORKING_DAYS = 7
    html = client.get("/cara-penanganan/").content.decode()
    for status, state in CASE_STATES.items():
        assert f'data-state="{status}"' in html
        assert str(state.reporter_label) in html
    assert " 7 " in html
    assert "UU 2/2004 pasal 103" in html
    assert "50" in html


def test_the_handling_page_lists_the_coming_days_off_including_cuti_bersama(client, home_page):
    html = client.get("/cara-penanganan/").content.decode()
    if timezone.localdate() <= datetime.date(2027, 3, 9):
        assert 'datetime="2027-03-09"' in html and "Cuti Bersama" in html


def test_every_public_page_advertises_the_site_feed_and_links_statistics_and_handling(client, article_index):
    page = CaseStatisticsPage(title="Angka kasus", slug="angka-kasus")
    article_index.get_parent().add_child(instance=page)
    html = client.get("/").content.decode()
    head = html.split("</head>")[0]
    assert 'type="application/rss+xml"' in head and f"{article_index.url}feed/" in head
    footer = html.split('class="site-footer"')[1]
    assert page.url in footer and "/cara-penanganan/" in footer
