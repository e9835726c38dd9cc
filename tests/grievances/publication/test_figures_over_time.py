"""The public figures over time and across categories, as someone watching them for one report
would see them: every category listed, zero shown like any small count, sensitive topics only
nationally, and nothing changing until the daily time (grievances.publication.refresh)."""

import datetime

import pytest
from django.utils import timezone

from grievances.factories import CaseFactory
from grievances.publication.figures import PublicCaseFigures, latest_figures
from grievances.publication.refresh import (
    next_publish_moment,
    publish_moment,
    refresh_figures,
    refresh_if_stale,
)
from grievances.publication.statistics import CaseStatisticsPage
from home.factories import TopicFactory
from home.models import Province

pytestmark = pytest.mark.django_db


@pytest.fixture
def child_labour():
    return TopicFactory(slug="pekerja-anak-uji", name="Pekerja anak", sensitive=True)


def response_ok(html):
    return 'id="heading-status"' in html


def province_rows(table):
    return {row["name"]: row["value"] for row in table}


def test_every_province_is_listed_and_an_empty_one_reads_like_a_small_one():
    busy, empty = Province.objects.order_by("pk")[:2]
    CaseFactory.create_batch(7, province=busy)
    rows = province_rows(refresh_figures().data["province"])

    assert set(rows) >= {province.name for province in Province.objects.all()}
    assert rows[empty.name] is None  # zero: shown as "fewer than 5", like 1 to 4
    assert rows[busy.name] == 5


def test_a_sensitive_topic_has_no_figures_by_province(client, home_page, child_labour):
    page = CaseStatisticsPage(title="Angka kasus", slug="angka-kasus")
    home_page.add_child(instance=page)
    CaseFactory.create_batch(6, topics=[child_labour], province=Province.objects.order_by("pk").first())
    row = refresh_figures().topic(child_labour)

    assert row["province"] is None and row["received"] == 5
    html = client.get(page.url + f"?topik={child_labour.slug}").content.decode()
    assert response_ok(html) and 'id="heading-province"' not in html


def test_one_child_labour_report_from_a_small_province_shows_nowhere_until_the_daily_time(
    django_capture_on_commit_callbacks, child_labour
):
    small = Province.objects.order_by("-pk").first()
    other = Province.objects.order_by("pk").first()
    with django_capture_on_commit_callbacks(execute=True):
        CaseFactory.create_batch(10, province=other, created_at=timezone.now() - datetime.timedelta(days=3))
    before = refresh_figures(cutoff=publish_moment()).data

    with django_capture_on_commit_callbacks(execute=True):
        CaseFactory(province=small, topics=[child_labour])

    # Before the next daily time: nothing visible changes, whoever asks and however often.
    assert latest_figures().data == before
    assert refresh_if_stale() is None
    assert PublicCaseFigures.objects.get().data == before

    # At the daily time the report is counted, and no category singles it out.
    after = refresh_if_stale(now=next_publish_moment() + datetime.timedelta(minutes=1)).data
    assert after["total"] == before["total"] == 10
    assert province_rows(after["province"])[small.name] is None
    assert province_rows(before["province"])[small.name] is None
    topic_after = next(row for row in after["topics"] if row["id"] == child_labour.pk)
    assert topic_after["received"] is None and topic_after["province"] is None
    # Every row of every table is there before and after: no row appears with the report.
    assert set(province_rows(before["province"])) == set(province_rows(after["province"]))
    assert [row["key"] for row in before["status"]] == [row["key"] for row in after["status"]]
    assert [row["id"] for row in before["topics"]] == [row["id"] for row in after["topics"]]


def test_a_recount_that_runs_late_counts_only_the_reports_before_the_daily_time(
    django_capture_on_commit_callbacks,
):
    moment = publish_moment()
    CaseFactory.create_batch(5, created_at=moment - datetime.timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        CaseFactory.create_batch(5, created_at=moment + datetime.timedelta(minutes=1))
    figures = refresh_figures(cutoff=moment)
    assert figures.data["total"] == 5


def test_reports_after_a_count_are_counted_at_the_next_daily_time_too(django_capture_on_commit_callbacks):
    """The figures' stale mark is remembered between reports; a count clears it, and the next
    report marks them again."""
    refresh_figures(cutoff=publish_moment())
    tomorrow = next_publish_moment() + datetime.timedelta(minutes=1)
    day_after = tomorrow + datetime.timedelta(days=1)

    for _report in range(10):  # small totals are not shown: ten reports, each its own transaction
        with django_capture_on_commit_callbacks(execute=True):
            CaseFactory()
    assert refresh_if_stale(now=tomorrow).data["total"] == 10

    with django_capture_on_commit_callbacks(execute=True):
        CaseFactory.create_batch(5)
    assert refresh_if_stale(now=day_after).data["total"] == 15
