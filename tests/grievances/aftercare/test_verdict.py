"""The reporter's verdict on a resolved case: confirm, object, or silence past the reply window."""

import pytest
from django.core import mail
from django.utils import timezone

from grievances.aftercare.verdict import close_silent_cases, close_silent_cases_task
from grievances.cases.calendar import WorkingCalendar
from grievances.cases.deadlines import working_days_for
from grievances.cases.followup import ReporterRating, ReporterVerdict
from grievances.cases.models import CaseEvent
from grievances.cases.states import Status

from .conftest import move_deadline_to_the_past

pytestmark = pytest.mark.django_db


def answer(reporter, form_page, **data):
    return reporter.post(f"{form_page.url}status/kasus/jawaban/", {"step": "verdict", **data})


def test_the_status_page_says_when_silence_will_close_the_case(reporter, form_page, resolved):
    html = reporter.get(f"{form_page.url}status/kasus/").content.decode()
    expected = WorkingCalendar().add_working_days(resolved.resolved_at, 10)
    assert "Upah dibayar kembali." in html
    assert f"{expected.day} " in html and str(expected.year) in html
    assert 'name="verdict"' in html


def test_confirming_closes_the_case_keeps_the_rating_apart_and_schedules_check_ins(
    reporter, form_page, resolved
):
    response = answer(reporter, form_page, verdict="confirm", score="4", comment="Cepat ditangani.")

    assert response.status_code == 302
    resolved.refresh_from_db()
    assert resolved.status == Status.CLOSED and resolved.closed_at
    assert resolved.verdicts.get().answer == ReporterVerdict.Answer.CONFIRMED
    rating = ReporterRating.objects.get(case=resolved)
    assert (rating.score, rating.comment) == (4, "Cepat ditangani.")
    assert "Cepat" not in resolved.outcome_summary
    # Counted from the day the case closed on Jakarta's calendar (after 17:00 UTC that is already
    # the next day), whatever the hour the suite runs.
    closed_on = timezone.localdate(resolved.closed_at)
    assert [(c.due_on - closed_on).days for c in resolved.checkins.all()] == [14, 30, 91, 182]


def test_an_objection_needs_a_reason_and_stores_nothing_without_one(reporter, form_page, resolved):
    response = answer(reporter, form_page, verdict="object", reason="  ")
    page = reporter.get(response["Location"]).content.decode()

    resolved.refresh_from_db()
    assert resolved.status == Status.RESOLVED
    assert not resolved.verdicts.exists()
    assert "Beri tahu tim mengapa Anda tidak setuju" in page or "Tell the team why you disagree" in page


def test_an_objection_sends_the_case_back_to_handling_and_tells_operator_and_coordinator(
    reporter, form_page, resolved, team, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answer(reporter, form_page, verdict="object", reason="Upah belum dibayar penuh.")

    resolved.refresh_from_db()
    assert resolved.status == Status.HANDLING
    assert resolved.verdicts.get().answer == ReporterVerdict.Answer.OBJECTED
    entry = resolved.events.filter(kind=CaseEvent.Kind.MESSAGE, from_reporter=True).last()
    assert entry.text == "Upah belum dibayar penuh." and entry.is_unread
    status = resolved.events.filter(kind=CaseEvent.Kind.STATUS).last()
    assert (status.status_from, status.status_to) == ("resolved", "handling")
    assert len(mail.outbox) == 1
    assert set(mail.outbox[0].to) == {team["operator"].email, team["coordinator"].email}
    assert "Upah" not in mail.outbox[0].body and resolved.reference not in mail.outbox[0].body


def test_silence_closes_the_case_only_after_the_window_and_only_once(resolved):
    assert close_silent_cases() == 0
    move_deadline_to_the_past(resolved)

    assert close_silent_cases_task.enqueue().return_value == 1
    assert close_silent_cases() == 0  # idempotent: nothing left to close

    resolved.refresh_from_db()
    assert resolved.status == Status.CLOSED
    assert resolved.verdicts.get().answer == ReporterVerdict.Answer.SILENT
    assert resolved.checkins.count() == 4


def test_the_reply_window_cannot_be_switched_off(settings, resolved):
    settings.GRIEVANCE_VERDICT_REPLY_WORKING_DAYS = 0
    settings.GRIEVANCE_DEADLINE_WORKING_DAYS = {"resolved": None}
    assert working_days_for(Status.RESOLVED) == 1


def test_a_closed_case_no_longer_takes_a_verdict(reporter, form_page, resolved):
    answer(reporter, form_page, verdict="confirm")
    answer(reporter, form_page, verdict="object", reason="Berubah pikiran.")
    resolved.refresh_from_db()
    assert resolved.status == Status.CLOSED and resolved.verdicts.count() == 1
