"""Contract tests of the providers' webhooks with recorded real-shape payloads: signatures, the
verification handshake, replays, media, unknown types, and no address while unconfigured."""

import json

import pytest
from PIL import Image

from grievances.cases.models import Case, CaseAttachment, CaseEvent
from grievances.channels.messages import DeliveryError
from grievances.channels.models import ChannelHealth, SeenMessage
from grievances.channels.providers import http
from grievances.factories import jpeg_bytes
from tests.grievances.intake.test_uploads import make_pdf

from .conftest import VERIFY_TOKEN, whatsapp_envelope
from .test_conversation import report_by

pytestmark = pytest.mark.django_db


def test_no_channel_configured_means_no_address(client):
    assert client.get("/kanal/whatsapp/", {"hub.mode": "subscribe"}).status_code == 404
    assert client.post("/kanal/whatsapp/", "{}", content_type="application/json").status_code == 404
    assert client.post("/kanal/sms/", {"id": "1", "from": "0812", "text": "halo"}).status_code == 404


def test_a_channel_without_a_key_for_numbers_does_not_exist(client, channels_on, settings):
    settings.GRIEVANCE_CHANNEL_NUMBER_KEYS = ""
    assert client.post("/kanal/sms/", {"id": "1", "from": "0812", "text": "halo"}).status_code == 404


def test_meta_registers_the_webhook_with_the_verify_token(client, channels_on):
    params = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"}
    response = client.get("/kanal/whatsapp/", params)
    assert response.status_code == 200 and response.content == b"1158201444"
    wrong = client.get("/kanal/whatsapp/", params | {"hub.verify_token": "tebakan"})
    assert wrong.status_code == 403


@pytest.mark.parametrize("signature", [None, "sha256=" + "0" * 64, "sha1=abc", "sha256="])
def test_a_webhook_without_a_valid_signature_is_refused_and_does_nothing(whatsapp, channels_on, signature):
    payload = whatsapp_envelope([whatsapp.message("text", body="LAPOR")])
    response = whatsapp.post(payload, signature=signature)
    assert response.status_code == 403
    assert not SeenMessage.objects.exists() and channels_on.calls == []


def test_a_signed_webhook_is_answered(whatsapp, channels_on):
    response = whatsapp.post(whatsapp_envelope([whatsapp.message("text", body="halo")]))
    assert response.status_code == 200
    assert len(channels_on.sent()) == 1
    assert ChannelHealth.objects.get(provider="whatsapp").last_inbound_at


def test_a_replayed_message_id_is_ignored(whatsapp, channels_on):
    payload = whatsapp_envelope([whatsapp.message("text", body="LAPOR")])
    whatsapp.post(payload)
    assert whatsapp.post(payload).status_code == 200
    assert len(channels_on.sent()) == 1  # the intro with the first question, once
    # The id is kept only as a keyed hash: WhatsApp ids carry the sender's number.
    assert "wamid" not in SeenMessage.objects.get().key


def test_an_unknown_message_type_gets_a_short_answer(whatsapp, channels_on):
    whatsapp.post(whatsapp_envelope([whatsapp.message("location", latitude=0.5, longitude=101.4)]))
    assert "tidak dapat dibaca" in channels_on.sent()[-1]["json"]["text"]["body"]


def test_delivery_failures_reported_by_whatsapp_show_in_the_channel_health(whatsapp, channels_on):
    status = {
        "id": "wamid.keluar",
        "status": "failed",
        "timestamp": "1764840000",
        "recipient_id": "6281355667788",
        "errors": [{"code": 131026, "title": "Message undeliverable"}],
    }
    whatsapp.post(whatsapp_envelope(statuses=[status]))
    health = ChannelHealth.objects.get(provider="whatsapp")
    assert health.last_failure_at and health.last_failure == "whatsapp: code 131026"
    assert "6281355667788" not in health.last_failure


@pytest.fixture
def reported_case(client, form_page, report_data):
    response = client.post(form_page.url, report_data())
    secret = client.get(response["Location"]).context["secret"]
    return Case.objects.get(), secret


def test_a_photo_is_fetched_through_the_media_endpoint_and_cleaned(whatsapp, channels_on, reported_case):
    case, secret = reported_case
    exif = Image.Exif()
    exif[0x010F] = "PonselMerekX"  # the camera's make
    photo = jpeg_bytes(exif=exif)
    channels_on.media["4490709327384033"] = (photo, "image/jpeg")
    message = whatsapp.message(
        "image",
        caption=f"{case.reference} {secret} foto slip gaji",
        mime_type="image/jpeg",
        sha256="x",
        id="4490709327384033",
    )

    whatsapp.post(whatsapp_envelope([message]))

    attachment = CaseAttachment.objects.get(case=case)
    assert attachment.kind == "image" and attachment.from_reporter
    assert attachment.event.text == "foto slip gaji"
    gets = [call for call in channels_on.calls if call["method"] == "GET"]
    assert [call["path"] for call in gets] == ["/v21.0/4490709327384033", "/v21.0/files/4490709327384033"]
    assert all(call["headers"]["Authorization"] == "Bearer uji-token" for call in gets)
    assert b"PonselMerekX" in photo and b"PonselMerekX" not in attachment.file.read()


def test_a_voice_note_that_is_not_audio_is_refused_like_a_web_upload(whatsapp, channels_on, reported_case):
    case, secret = reported_case
    channels_on.media["777"] = (b"MZ\x90\x00 not a voice note", "audio/ogg")
    message = whatsapp.message("audio", mime_type="audio/ogg; codecs=opus", sha256="x", id="777", voice=True)
    message["audio"]["caption"] = f"{case.reference} {secret}"

    whatsapp.post(whatsapp_envelope([message]))

    assert not CaseAttachment.objects.exists()
    assert not case.events.filter(from_reporter=True, kind=CaseEvent.Kind.ATTACHMENT).exists()
    assert "tidak" in channels_on.sent()[-1]["json"]["text"]["body"].lower()


def test_sms_gateway_needs_the_shared_secret(sms, channels_on):
    assert sms.send("halo", secret=None).status_code == 403
    assert sms.send("halo", secret="tebakan").status_code == 403
    assert channels_on.calls == []
    assert sms.send("halo").status_code == 200
    call = channels_on.sent("/sms/send")[0]
    assert call["json"]["to"] == "6285299113344" and call["json"]["from"] == "JAPBUSI"


def test_sms_gateway_replay_is_ignored_and_json_is_read(
    client, channels_on, django_capture_on_commit_callbacks
):
    body = json.dumps({"id": "sms-77", "from": "081299990000", "text": "LAPOR"})
    for _attempt in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/kanal/sms/",
                body,
                content_type="application/json",
                HTTP_X_GATEWAY_SECRET="uji-gateway-secret",
            )
        assert response.status_code == 200
    assert len(channels_on.sent("/sms/send")) == 1  # the intro with the first question, once


def test_an_address_that_is_not_http_is_never_opened(channels_on):
    # A media answer could name any address; only http(s) is fetched.
    with pytest.raises(DeliveryError) as refused:
        http.request("GET", "file:///etc/passwd")
    assert refused.value.permanent


def test_a_document_in_the_thread_that_reported_is_added_to_the_case_with_its_name(whatsapp, channels_on):
    report_by(whatsapp, channels_on)
    case = Case.objects.get()
    channels_on.media["8880001"] = (make_pdf(), "application/pdf")
    message = whatsapp.message(
        "document", filename="slip-gaji-mei.pdf", mime_type="application/pdf", sha256="x", id="8880001"
    )

    whatsapp.post(whatsapp_envelope([message]))

    attachment = case.attachments.get()
    assert attachment.kind == "pdf" and attachment.original_name == "slip-gaji-mei.pdf"
    assert attachment.event.kind == CaseEvent.Kind.ATTACHMENT and attachment.event.is_unread
    assert case.reference in channels_on.sent()[-1]["json"]["text"]["body"]


def test_a_failed_sms_reported_by_the_gateway_shows_in_the_channel_health(client, channels_on):
    response = client.post(
        "/kanal/sms/", {"status": "failed", "error": "EXPIRED"}, HTTP_X_GATEWAY_SECRET="uji-gateway-secret"
    )
    assert response.status_code == 200
    health = ChannelHealth.objects.get(provider="sms")
    assert health.last_failure_at and health.last_failure == "sms: EXPIRED"
