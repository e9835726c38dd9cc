"""The retaliation watch: check-ins after closure on the status page, emailed without content when
the reporter consented; any answer but "no" opens a linked case the team sees at once."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from grievances.cases.followup import RetaliationCheckIn
from grievances.cases.models import Case
from grievances.cases.states import Status
from grievances.intake.checkin_mail import send_due_checkins
from grievances.privacy.retention import cases_due

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed(reporter, form_page, resolved):
    reporter.post(f"{form_page.url}status/kasus/jawaban/", {"step": "verdict", "verdict": "confirm"})
    resolved.refresh_from_db()
    assert resolved.status == Status.CLOSED
    return resolved


def two_weeks_pass(case):
    """Move the case's clock: it closed a fortnight ago, so the first check-in is due today."""
    first = case.checkins.first()
    shift = first.due_on - timezone.localdate()
    for checkin in case.checkins.all():
        checkin.due_on -= shift
        checkin.save()
    return case.checkins.first()


def status_page(reporter, form_page):
    return reporter.get(f"{form_page.url}status/kasus/").content.decode()


def answer(reporter, form_page, checkin, value, details=""):
    return reporter.post(
        f"{form_page.url}status/kasus/jawaban/",
        {"step": "checkin", "checkin": checkin.pk, "answer": value, "details": details},
    )


def test_no_question_before_its_day_then_it_appears(reporter, form_page, closed):
    assert 'name="answer" value="dismissal"' not in status_page(reporter, form_page)
    two_weeks_pass(closed)
    html = status_page(reporter, form_page)
    assert 'value="dismissal"' in html and 'value="no"' in html


def test_answering_no_opens_nothing(reporter, form_page, closed):
    checkin = two_weeks_pass(closed)
    answer(reporter, form_page, checkin, "no")
    checkin.refresh_from_db()
    assert checkin.answer == "no" and checkin.retaliation_case is None
    assert Case.objects.count() == 1
    assert 'value="dismissal"' not in status_page(reporter, form_page)


@pytest.mark.parametrize("value", ["dismissal", "transfer", "not_renewed", "wage_cut", "threats", "other"])
def test_any_other_answer_opens_a_linked_urgent_case_for_the_same_team(
    reporter, form_page, closed, team, value, django_capture_on_commit_callbacks
):
    checkin = two_weeks_pass(closed)
    with django_capture_on_commit_callbacks(execute=True):
        answer(reporter, form_page, checkin, value, details="Saya dipindah ke afdeling jauh.")

    checkin.refresh_from_db()
    linked = checkin.retaliation_case
    assert linked is not None and linked.pk != closed.pk
    assert linked.risk_retaliation and linked.is_urgent
    assert (linked.federation, linked.responsible_operator, linked.legal_advisor) == (
        closed.federation,
        team["operator"],
        team["advisor"],
    )
    assert closed.reference in linked.description and "afdeling jauh" in linked.description
    # The reporter follows it with the secret they already have.
    assert linked.check_secret(closed._secret)
    assert linked.reference in status_page(reporter, form_page)
    # The coordinator is told, without content.
    assert team["coordinator"].email in mail.outbox[0].to
    assert linked.reference not in mail.outbox[0].body


def test_the_linked_case_is_seen_by_the_team_and_hidden_from_other_federations(
    client, reporter, form_page, closed, team
):
    answer(reporter, form_page, two_weeks_pass(closed), "threats")
    linked = Case.objects.exclude(pk=closed.pk).get()

    client.force_login(team["coordinator"])
    listing = client.get(reverse("grievances_case:index")).content.decode()
    assert linked.reference in listing
    assert client.get(reverse("grievances_case:inspect", args=(linked.pk,))).status_code == 200

    client.force_login(team["other_operator"])
    assert client.get(reverse("grievances_case:inspect", args=(linked.pk,))).status_code == 404
    assert linked.reference not in client.get(reverse("grievances_case:index")).content.decode()


def test_a_check_in_cannot_be_answered_twice_or_before_its_day(reporter, form_page, closed):
    later = closed.checkins.last()
    answer(reporter, form_page, later, "dismissal")
    later.refresh_from_db()
    assert later.answer == "" and Case.objects.count() == 1


def test_the_check_in_is_emailed_once_without_content_when_contact_was_consented(closed):
    two_weeks_pass(closed)
    assert send_due_checkins() == 1
    assert send_due_checkins() == 0
    message = mail.outbox[-1]
    assert message.to == ["pelapor@example.org"]
    assert closed.reference not in message.body and "PT Contoh" not in message.body


def test_no_email_without_consent_to_contact(closed):
    Case.objects.filter(pk=closed.pk).update(consent_contact=False)
    two_weeks_pass(closed)
    assert send_due_checkins() == 0


def test_retention_starts_after_the_last_check_in(closed, settings):
    settings.GRIEVANCE_RETENTION_MONTHS = 1
    Case.objects.filter(pk=closed.pk).update(closed_at=timezone.now() - datetime.timedelta(days=60))
    assert closed.checkins.count() == 4
    assert closed not in cases_due()  # the 3- and 6-month check-ins are still to come
    for days_ago, checkin in enumerate(RetaliationCheckIn.objects.filter(case=closed), start=35):
        checkin.due_on = timezone.localdate() - datetime.timedelta(days=days_ago)
        checkin.save()
    assert closed in cases_due()
