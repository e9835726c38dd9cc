"""What the team gets from the channels: the channel on the case and in the listing filter, a
content-free notification, another federation's operator kept out, a warning when a key is missing."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from grievances.cases.models import Case
from grievances.cases.roles import OPERATOR_GROUP
from grievances.channels.numbers import decrypt_number, encrypt_number
from grievances.channels.providers import check_channels_have_a_key
from grievances.factories import CaseFactory, StaffFactory

from .test_conversation import report_by

pytestmark = pytest.mark.django_db


def test_an_sms_report_is_in_the_listing_filter_and_on_the_case_page(sms, channels_on, client):
    operator = StaffFactory(username="op-sekretariat", role=OPERATOR_GROUP)
    report_by(sms, channels_on)
    web_case = CaseFactory(federation=None)
    sms_case = Case.objects.get(channel=Case.Channel.SMS)
    client.force_login(operator)

    listing = client.get(reverse("grievances_case:index"), {"channel": "sms"}).content.decode()
    assert sms_case.reference in listing and web_case.reference not in listing

    page = client.get(reverse("grievances_case:inspect", args=(sms_case.pk,))).content.decode()
    assert "SMS" in page and "+6285299113344" in page  # confidential, consented to contact


def test_new_channel_reports_notify_the_operators_without_content(
    whatsapp, channels_on, django_capture_on_commit_callbacks
):
    StaffFactory(username="op-sekretariat", role=OPERATOR_GROUP)
    with django_capture_on_commit_callbacks(execute=True):
        report_by(whatsapp, channels_on)
    case = Case.objects.get()
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert case.reference not in body and "Upah" not in body and "62813" not in body


def test_another_federations_operator_cannot_open_a_whatsapp_case(
    whatsapp, channels_on, client, hukatan, nikeuba
):
    report_by(whatsapp, channels_on)
    case = Case.objects.get()
    Case.objects.update(federation=hukatan)
    client.force_login(StaffFactory(username="op-nikeuba", role=OPERATOR_GROUP, federation=nikeuba))
    response = client.get(reverse("grievances_case:inspect", args=(case.pk,)))
    assert response.status_code in (403, 404) and "6281355667788" not in response.content.decode()


def test_a_configured_channel_without_a_key_is_reported_at_start(channels_on, settings):
    assert check_channels_have_a_key() == []
    settings.GRIEVANCE_CHANNEL_NUMBER_KEYS = ""
    assert {warning.id for warning in check_channels_have_a_key()} == {"grievances.W101"}


def test_the_channel_key_command_prints_a_usable_key(capsys, settings):
    call_command("channel_key")
    settings.GRIEVANCE_CHANNEL_NUMBER_KEYS = capsys.readouterr().out.strip()
    assert decrypt_number(encrypt_number("0813 1111 2222")) == "6281311112222"
