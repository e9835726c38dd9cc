"""Staff hear that a case waits, with no case content; a mail failure loses nothing and is retried."""

import pytest
from django.core import mail

from grievances.cases.models import Case, StaffNotification
from grievances.cases.notifications import send_pending_notifications
from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import CaseFactory, StaffFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def operators(hukatan, nikeuba):
    return {
        "hukatan": StaffFactory(username="op-hukatan", role=OPERATOR_GROUP, federation=hukatan),
        "niba": StaffFactory(username="op-nikeuba", role=OPERATOR_GROUP, federation=nikeuba),
        "secretariat": StaffFactory(username="sekretariat", role=OPERATOR_GROUP),
        "federation": hukatan,
    }


def test_operators_of_the_federation_get_an_email_without_case_content(
    client, form_page, report_data, operators, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            form_page.url,
            report_data(
                description="Mandor Budi memotong upah kami di Kebun Sungai Rasau.",
                federation=operators["federation"].pk,
            ),
        )

    case = Case.objects.get()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["op-hukatan@japbusi.example"]
    body = message.subject + message.body
    for private in ("Budi", "Sungai Rasau", "upah", case.reference):
        assert private not in body
    assert "/admin/" in message.body
    assert StaffNotification.objects.get().sent_at is not None


def test_a_case_without_federation_goes_to_the_secretariat(
    client, form_page, report_data, operators, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(form_page.url, report_data())
    assert mail.outbox[0].to == ["sekretariat@japbusi.example"]


def test_the_next_report_reaches_whoever_operates_the_federation_now(
    client, form_page, report_data, operators, nikeuba, django_capture_on_commit_callbacks
):
    """Who is told of a new case is kept between reports; a change of staff is followed at once."""
    from grievances.cases.models import FederationMembership

    def recipients_of_a_report():
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            client.post(form_page.url, report_data(federation=operators["federation"].pk))
        return sorted(address for message in mail.outbox for address in message.to)

    assert recipients_of_a_report() == ["op-hukatan@japbusi.example"]

    newcomer = StaffFactory(username="op-baru", role=OPERATOR_GROUP, federation=operators["federation"])
    assert recipients_of_a_report() == ["op-baru@japbusi.example", "op-hukatan@japbusi.example"]

    FederationMembership.objects.filter(user=operators["hukatan"]).update(federation=nikeuba)
    FederationMembership.objects.get(user=operators["hukatan"]).save()  # as the membership screen saves it
    assert recipients_of_a_report() == ["op-baru@japbusi.example"]

    newcomer.is_active = False
    newcomer.save()
    FederationMembership.objects.create(user=operators["niba"], federation=operators["federation"])
    assert recipients_of_a_report() == ["op-nikeuba@japbusi.example"]

    FederationMembership.objects.filter(user=operators["niba"], federation=operators["federation"]).delete()
    operators["hukatan"].federation_memberships.all().delete()
    FederationMembership.objects.create(user=operators["hukatan"], federation=operators["federation"])
    assert recipients_of_a_report() == ["op-hukatan@japbusi.example"]


def test_a_mail_failure_keeps_the_case_and_is_retried(
    client, form_page, report_data, operators, django_capture_on_commit_callbacks, monkeypatch
):
    import grievances.cases.notifications as notifications

    def broken(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(notifications, "send_mail", broken)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_page.url, report_data(federation=operators["federation"].pk))

    assert response.status_code == 302
    assert Case.objects.count() == 1
    pending = StaffNotification.objects.get()
    assert pending.sent_at is None and pending.attempts == 1 and "ConnectionRefused" in pending.last_error

    monkeypatch.undo()
    assert send_pending_notifications() == 1
    assert len(mail.outbox) == 1
    assert send_pending_notifications() == 0


def test_each_assignee_gets_a_digest_of_overdue_cases_with_references_only(mailoutbox):
    from django.core.management import call_command
    from django.utils import timezone

    advisor = StaffFactory(username="adv")
    operator = StaffFactory(username="opr")
    late = timezone.now() - timezone.timedelta(days=3)
    # Every case names the foreman: no digest may carry it.
    naming = "Mandor Budi memotong upah."

    overdue_both = CaseFactory(
        description=naming,
        responsible_operator=operator,
        legal_advisor=advisor,
        status="handling",
        deadline=late,
    )
    overdue_operator = CaseFactory(
        description=naming, responsible_operator=operator, status="verifying", deadline=late
    )
    CaseFactory(
        description=naming,
        responsible_operator=operator,
        status="handling",
        deadline=timezone.now() + timezone.timedelta(days=3),
    )
    CaseFactory(description=naming, responsible_operator=operator, status="closed", deadline=late)

    call_command("send_overdue_digests", stdout=__import__("io").StringIO())

    by_recipient = {message.to[0]: message for message in mailoutbox}
    assert set(by_recipient) == {"adv@japbusi.example", "opr@japbusi.example"}
    operator_mail = by_recipient["opr@japbusi.example"].body
    assert overdue_both.reference in operator_mail and overdue_operator.reference in operator_mail
    assert operator_mail.count("/admin/kasus/daftar/inspect/") == 2
    assert overdue_operator.reference not in by_recipient["adv@japbusi.example"].body
    assert "Budi" not in operator_mail and "upah" not in operator_mail
