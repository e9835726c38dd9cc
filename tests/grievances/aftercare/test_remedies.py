"""Remedies: staff record them from the case page (as other case actions), the reporter says whether
each arrived; "not received" after the due date makes the case overdue and tells the team."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from grievances.aftercare.remedies import flag_overdue_remedies
from grievances.cases.followup import RemedyItem
from grievances.cases.models import CaseEvent
from grievances.cases.notifications import overdue_cases_by_assignee, send_overdue_digests
from grievances.factories import RemedyItemFactory, jpeg_bytes

pytestmark = pytest.mark.django_db


def remedy_data(**overrides):
    data = {
        "remedy-kind": "back_pay",
        "remedy-promised": "Kekurangan upah lembur",
        "remedy-amount_rupiah": "1500000",
        "remedy-promised_by": "Manajer kebun",
        "remedy-due_on": "2026-12-20",
        "remedy-delivered_on": "",
        "remedy-delivery_note": "",
    }
    return {**data, **overrides}


def test_the_cases_legal_advisor_records_a_remedy_with_evidence(client, resolved, team):
    client.force_login(team["advisor"])
    response = client.post(
        reverse("grievances_remedy_add", args=(resolved.pk,)),
        remedy_data(
            **{
                "remedy-delivered_on": "2026-12-01",
                "remedy-delivery_note": "Transfer bank",
                "remedy-evidence": [SimpleUploadedFile("bukti.jpg", jpeg_bytes())],
            }
        ),
    )
    assert response.status_code == 302
    remedy = resolved.remedies.get(promised="Kekurangan upah lembur")
    assert remedy.amount_rupiah == 1_500_000 and remedy.created_by == team["advisor"]
    evidence = remedy.evidence.get()
    assert evidence.content_type == "image/jpeg" and len(evidence.original_sha256) == 64
    assert resolved.events.filter(kind=CaseEvent.Kind.NOTE, author=team["advisor"]).exists()

    page = client.get(reverse("grievances_case:inspect", args=(resolved.pk,))).content.decode()
    assert "Rp 1" in page and reverse("grievances_remedy_evidence", args=(evidence.pk,)) in page
    download = client.get(reverse("grievances_remedy_evidence", args=(evidence.pk,)))
    assert download.status_code == 200 and "attachment" in download["Content-Disposition"]


def test_back_pay_without_an_amount_is_refused_and_nothing_is_stored(client, resolved, team):
    client.force_login(team["operator"])
    response = client.post(
        reverse("grievances_remedy_add", args=(resolved.pk,)), remedy_data(**{"remedy-amount_rupiah": ""})
    )
    assert response.status_code == 400
    assert resolved.remedies.count() == 1


def test_another_federations_operator_cannot_see_or_add_remedies(client, resolved, team):
    remedy = resolved.remedies.get()
    client.force_login(team["other_operator"])
    assert (
        client.post(reverse("grievances_remedy_add", args=(resolved.pk,)), remedy_data()).status_code == 404
    )
    assert client.get(reverse("grievances_remedy_edit", args=(resolved.pk, remedy.pk))).status_code == 404
    assert resolved.remedies.count() == 1


def test_an_anonymous_visitor_guessing_the_address_gets_nothing(client, resolved):
    response = client.post(reverse("grievances_remedy_add", args=(resolved.pk,)), remedy_data())
    assert response.status_code in (302, 404) and "login" in response.get("Location", "login")
    assert resolved.remedies.count() == 1


def answer_remedy(reporter, form_page, remedy, answer):
    return reporter.post(
        f"{form_page.url}status/kasus/jawaban/", {"step": "remedy", "remedy": remedy.pk, "answer": answer}
    )


def test_the_reporter_says_a_remedy_arrived(reporter, form_page, resolved):
    remedy = resolved.remedies.get()
    page = reporter.get(f"{form_page.url}status/kasus/").content.decode()
    assert "Kekurangan upah Juni" in page and "3.000.000" in page

    answer_remedy(reporter, form_page, remedy, "received")
    remedy.refresh_from_db()
    assert remedy.reporter_answer == RemedyItem.ReporterAnswer.RECEIVED and remedy.is_delivered


def test_not_received_before_the_due_date_is_noted_but_not_yet_overdue(reporter, form_page, resolved):
    remedy = resolved.remedies.get()
    answer_remedy(reporter, form_page, remedy, "not_received")
    remedy.refresh_from_db()
    assert remedy.reporter_answer == "not_received" and remedy.overdue_since is None


def test_not_received_past_the_due_date_makes_the_case_overdue_and_tells_the_team(
    reporter, form_page, resolved, team, django_capture_on_commit_callbacks
):
    remedy = resolved.remedies.get()
    remedy.due_on = timezone.localdate() - datetime.timedelta(days=1)
    remedy.save()

    with django_capture_on_commit_callbacks(execute=True):
        answer_remedy(reporter, form_page, remedy, "not_received")

    resolved.refresh_from_db()
    assert resolved.is_overdue
    assert team["advisor"] in overdue_cases_by_assignee()
    assert {team["operator"].email, team["advisor"].email, team["coordinator"].email} <= set(
        mail.outbox[0].to
    )
    assert "upah" not in mail.outbox[0].body.lower()


def test_a_not_received_remedy_whose_due_date_passes_later_is_flagged_by_the_daily_task(resolved):
    remedy = resolved.remedies.get()
    remedy.reporter_answer = "not_received"
    remedy.due_on = timezone.localdate() - datetime.timedelta(days=2)
    remedy.save()
    assert flag_overdue_remedies() == 1
    assert flag_overdue_remedies() == 0


def test_another_cases_remedy_cannot_be_answered(reporter, form_page, resolved):
    stranger = RemedyItemFactory()
    answer_remedy(reporter, form_page, stranger, "not_received")
    stranger.refresh_from_db()
    assert stranger.reporter_answer == ""


def test_the_overdue_digest_names_the_dispute_stage_and_its_expected_date(resolved, team):
    resolved.status = "handling"
    resolved.dispute_stage = "mediation"
    resolved.dispute_stage_started_on = datetime.date(2026, 9, 1)
    resolved.deadline = timezone.now() + datetime.timedelta(days=5)
    resolved.save()

    assert send_overdue_digests() >= 1
    body = next(message.body for message in mail.outbox if team["advisor"].email in message.to)
    assert resolved.reference in body and "2026-10-13" in body
