"""The sender's number: only in the encrypted column, never in another table, the logs, exports,
notifications or the audit log; shown to staff only when the reporter allowed it; gone with HAPUS
NOMOR and with retention."""

import logging

import pytest
from django.apps import apps
from django.core import mail
from django.db import connection
from django.urls import reverse

from grievances.cases.models import Case, CaseEvent, StaffNotification
from grievances.cases.roles import OPERATOR_GROUP, SYSTEM_OWNER_GROUP
from grievances.channels.models import Conversation, OutboundMessage
from grievances.channels.staff import number_for_staff
from grievances.factories import StaffFactory
from grievances.privacy.retention import anonymise_case

from .conftest import WORKER
from .test_conversation import report_by

pytestmark = pytest.mark.django_db

NUMBER_FORMS = [WORKER, WORKER[2:], "0" + WORKER[2:], "+62 813-5566-7788", "813556677"]
ENCRYPTED_COLUMNS = {("grievances_case", "sender_number"), ("grievances_outboundmessage", "recipient")}


def every_text_value():
    """(table, column, value) of every text-like value in every table of the database."""
    found = []
    with connection.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            table = model._meta.db_table
            # A child page's table holds only its own columns; the parent's are scanned with the parent.
            columns = [field.column for field in model._meta.local_concrete_fields]
            cursor.execute(
                f"SELECT {', '.join(connection.ops.quote_name(c) for c in columns)} FROM {connection.ops.quote_name(table)}"
            )
            for row in cursor.fetchall():
                for column, value in zip(columns, row, strict=True):
                    if value is not None:
                        found.append((table, column, str(value)))
    return found


def test_the_number_is_in_no_table_but_the_encrypted_column_nor_in_the_logs(whatsapp, channels_on, caplog):
    StaffFactory(username="op-sekretariat", role=OPERATOR_GROUP)
    caplog.set_level(logging.DEBUG)
    report_by(whatsapp, channels_on)
    whatsapp.send("Satu pesan lagi untuk tim.")
    whatsapp.send("STATUS")
    case = Case.objects.get()
    CaseEvent.objects.create(
        case=case, kind=CaseEvent.Kind.MESSAGE, visibility="reporter", text="Balasan tim"
    )

    leaks = [
        (table, column)
        for table, column, value in every_text_value()
        if any(form in value.replace("-", "").replace(" ", "") for form in NUMBER_FORMS)
        and (table, column) not in ENCRYPTED_COLUMNS
    ]
    assert leaks == []
    # The scan did look at the rows: the case and its encrypted number are there.
    assert case.sender_number and Conversation.objects.exists()
    assert not any(form in caplog.text for form in NUMBER_FORMS)
    # The staff notification is content-free and carries no number.
    assert StaffNotification.objects.filter(case=case).exists()
    assert all(WORKER not in message.body and "Upah" not in message.body for message in mail.outbox)


def test_staff_see_the_number_only_for_a_named_or_confidential_reporter_who_consented(
    whatsapp, channels_on, admin_client
):
    report_by(whatsapp, channels_on)  # confidential, consents to contact
    case = Case.objects.get()
    assert number_for_staff(case) == "+" + WORKER
    page = admin_client.get(reverse("grievances_case:inspect", args=(case.pk,)))
    assert "+" + WORKER in page.content.decode()

    Case.objects.update(consent_contact=False)
    case.refresh_from_db()
    page = admin_client.get(reverse("grievances_case:inspect", args=(case.pk,)))
    assert number_for_staff(case) == "" and WORKER[2:] not in page.content.decode()

    Case.objects.update(consent_contact=True, identity_mode=Case.IdentityMode.ANONYMOUS)
    case.refresh_from_db()
    assert number_for_staff(case) == ""


def test_the_export_has_no_number(whatsapp, channels_on, admin_client):
    report_by(whatsapp, channels_on)
    response = admin_client.get(reverse("grievances_case:index"), {"export": "csv"})
    content = b"".join(response.streaming_content) if response.streaming else response.content
    assert response.status_code == 200 and WORKER[2:].encode() not in content
    assert Case.objects.get().reference.encode() in content


def test_retention_wipes_the_number_and_the_thread_with_the_case(whatsapp, channels_on):
    report_by(whatsapp, channels_on)
    case = Case.objects.get()

    anonymise_case(case)

    case.refresh_from_db()
    assert case.sender_number == "" and case.sender_key == ""
    assert not Conversation.objects.filter(case=case).exists()
    assert not OutboundMessage.objects.exclude(recipient="").exists()


def test_the_channel_health_screen_is_for_the_system_owner_only(client, channels_on, whatsapp):
    whatsapp.send("halo")
    operator = StaffFactory(username="op-kanal", role=OPERATOR_GROUP)
    client.force_login(operator)
    assert client.get("/admin/kasus/kanal/").status_code in (302, 403)
    owner = StaffFactory(username="pemilik-kanal", role=SYSTEM_OWNER_GROUP)
    client.force_login(owner)
    page = client.get("/admin/kasus/kanal/")
    html = page.content.decode()
    assert page.status_code == 200 and "WhatsApp" in html and "SMS" in html
    assert WORKER[2:] not in html
