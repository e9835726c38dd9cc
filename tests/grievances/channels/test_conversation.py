"""The whole conversation as a worker has it, by WhatsApp and by SMS, and following the case after."""

import datetime
import re

import pytest
from django.utils import timezone

from grievances.cases.models import Case, CaseEvent
from grievances.channels.conversation import forget_unfinished_reports
from grievances.channels.delivery import deliver_pending
from grievances.channels.models import Conversation, OutboundMessage
from grievances.channels.numbers import decrypt_number
from grievances.factories import jpeg_bytes
from home.models import Province, Topic

from .conftest import whatsapp_envelope

pytestmark = pytest.mark.django_db


def last_reply(fake):
    call = fake.calls[-1]
    payload = call["json"]
    return payload["text"]["body"] if "messaging_product" in payload else payload["text"]


def report_by(phone, fake, description="Upah panen kami dipotong sejak Mei tanpa penjelasan dari mandor."):
    """The answers a worker gives, one message each; returns every reply they received."""
    replies = []
    for answer in [
        "Halo",
        "1",
        description,
        "1",
        "PT Sawit Contoh",
        "riau",
        "ya",
        "2",
        "Siti",
        "1",
        "ya",
        "tidak",
    ]:
        before = len(fake.calls)
        phone.send(answer)
        replies.append([c["json"].get("text") for c in fake.calls[before:]])
    return replies


def credentials(text):
    reference = re.search(r"([A-Z0-9]{4}-[A-Z0-9]{4})", text).group(1)
    secret = re.search(r"([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})", text).group(1)
    return reference, secret


def test_a_worker_reports_by_whatsapp_and_gets_reference_and_secret(whatsapp, channels_on):
    report_by(whatsapp, channels_on)

    case = Case.objects.get()
    receipt = last_reply(channels_on)
    reference, secret = credentials(receipt)
    assert case.reference == reference and case.check_secret(secret)
    assert case.channel == Case.Channel.WHATSAPP
    assert case.description.startswith("Upah panen kami dipotong")
    assert list(case.topics.all()) == [Topic.objects.order_by("sort_order", "name").first()]
    assert case.employer == "PT Sawit Contoh"
    assert case.province == Province.objects.get(code="14")
    assert case.risk_retaliation is True
    assert case.identity_mode == Case.IdentityMode.CONFIDENTIAL and case.reporter_name == "Siti"
    assert case.consent_contact and case.consent_share_with_partners
    assert not case.consent_anonymised_publication
    assert decrypt_number(case.sender_number) == "6281355667788"
    assert "6281355667788" not in case.sender_number
    # The receipt's warnings, in Indonesian.
    assert "Tidak ada seorang pun dari jaringan kami yang akan meminta kode rahasia" in receipt
    assert "hanya ditampilkan sekali" in receipt
    assert "HAPUS NOMOR" in receipt
    # Every message went to the worker's number through the Graph API, and the outbox forgot them.
    assert all(call["json"]["to"] == "6281355667788" for call in channels_on.sent())
    assert OutboundMessage.objects.exclude(recipient="").count() == 0
    assert not Conversation.objects.get().answers


def test_the_menu_says_who_sees_the_messages_and_offers_the_web_form(whatsapp, channels_on):
    whatsapp.send("selamat pagi")

    menu = last_reply(channels_on)
    assert "1" in menu and "STATUS" in menu
    assert "WhatsApp" in menu and "operator seluler" in menu


def test_bad_answers_get_a_short_clear_answer_and_the_question_again(whatsapp, channels_on):
    for answer in ["LAPOR", "Upah kami dipotong tanpa alasan yang jelas."]:
        whatsapp.send(answer)
    whatsapp.send("99")
    assert "angka" in last_reply(channels_on).lower()
    whatsapp.send("1")
    whatsapp.send("PT Contoh")
    whatsapp.send("Atlantis")
    assert "Riau" in last_reply(channels_on)
    whatsapp.send("kalimantan")
    assert "Yang mana?" in last_reply(channels_on) and "Kalimantan Utara" in last_reply(channels_on)
    whatsapp.send("kalimantan utara")
    assert "5/8" in last_reply(channels_on)
    assert Case.objects.count() == 0


def test_batal_cancels_and_deletes_what_was_sent(whatsapp, channels_on):
    whatsapp.send("LAPOR")
    whatsapp.send("Mandor Xelvoran memukul pekerja di afdeling tujuh.")
    assert "Xelvoran" in str(Conversation.objects.get().answers)

    whatsapp.send("BATAL")

    assert Conversation.objects.get().answers == {}
    assert Case.objects.count() == 0
    assert "dihapus" in last_reply(channels_on)


def test_ulang_starts_again(whatsapp, channels_on):
    whatsapp.send("LAPOR")
    whatsapp.send("Upah kami dipotong tanpa alasan yang jelas.")
    whatsapp.send("ULANG")
    conversation = Conversation.objects.get()
    assert conversation.step == "what" and conversation.answers == {}


def test_english_on_request(whatsapp, channels_on):
    whatsapp.send("ENGLISH")
    assert "Report a problem" in last_reply(channels_on)
    whatsapp.send("1")
    assert "What happened?" in channels_on.calls[-1]["json"]["text"]["body"]


def test_a_worker_reports_by_sms_too(sms, channels_on):
    report_by(sms, channels_on)

    case = Case.objects.get()
    assert case.channel == Case.Channel.SMS
    reference, _secret = credentials(last_reply(channels_on))
    assert case.reference == reference
    sent = channels_on.sent("/sms/send")
    assert sent and all(call["json"]["to"] == "6285299113344" for call in sent)
    assert sent[0]["headers"]["Authorization"] == "Bearer uji-sms-key"


def test_status_in_the_same_thread_gives_status_and_new_staff_messages(whatsapp, channels_on):
    report_by(whatsapp, channels_on)
    case = Case.objects.get()
    CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.NOTE, text="Catatan internal rahasia")
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.MESSAGE,
        visibility=CaseEvent.Visibility.REPORTER,
        text="Kapan mulai dipotong?",
    )

    whatsapp.send("status")
    reply = last_reply(channels_on)
    assert "diterima" in reply.lower() and "Kapan mulai dipotong?" in reply
    assert "Catatan internal" not in reply

    whatsapp.send("STATUS")
    assert "Kapan mulai dipotong?" not in last_reply(channels_on)


def test_a_reply_in_the_thread_is_added_to_the_case(whatsapp, channels_on):
    report_by(whatsapp, channels_on)

    whatsapp.send("Mulai bulan Mei, Pak.")

    event = Case.objects.get().events.get(from_reporter=True, kind=CaseEvent.Kind.MESSAGE)
    assert event.text == "Mulai bulan Mei, Pak." and event.is_unread
    assert event.visibility == CaseEvent.Visibility.REPORTER


def test_a_case_reported_by_whatsapp_is_followed_on_the_web(whatsapp, channels_on, client, form_page):
    report_by(whatsapp, channels_on)
    reference, secret = credentials(last_reply(channels_on))

    response = client.post(f"{form_page.url}status/", {"reference": reference, "secret": secret})
    page = client.get(response["Location"])

    assert page.status_code == 200 and reference in page.content.decode()


def test_a_case_reported_on_the_web_is_followed_and_answered_by_whatsapp(
    whatsapp, channels_on, client, form_page, report_data
):
    response = client.post(form_page.url, report_data())
    secret = client.get(response["Location"]).context["secret"]
    case = Case.objects.get()
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.MESSAGE,
        visibility=CaseEvent.Visibility.REPORTER,
        text="Di kebun mana?",
    )

    whatsapp.send(f"STATUS {case.reference} {secret}")
    assert "Di kebun mana?" in last_reply(channels_on)

    whatsapp.send(f"{case.reference.lower()} {secret} Kebun Lumut, afdeling 3.")
    assert case.events.filter(from_reporter=True, text="Kebun Lumut, afdeling 3.").exists()
    # The web case keeps no number, not even hashed: staff messages stay on the web status page.
    case.refresh_from_db()
    assert case.sender_number == "" and case.sender_key == "" and case.channel == Case.Channel.WEB
    assert Conversation.objects.get().case is None
    whatsapp.send("Satu lagi tanpa kode.")
    assert "1 Laporkan masalah" in last_reply(channels_on)  # not added to the case: the menu


def test_a_wrong_secret_gets_the_same_answer_and_is_throttled(whatsapp, channels_on, settings):
    settings.GRIEVANCE_LOOKUP_MAX_FAILURES_PER_REFERENCE = 2
    report_by(whatsapp, channels_on)
    case = Case.objects.get()
    whatsapp.send(f"STATUS {case.reference} aaaa-aaaa-aaaa-aaaa")
    wrong = last_reply(channels_on)
    whatsapp.send("STATUS ACDE-FGHJ aaaa-aaaa-aaaa-aaaa")
    assert last_reply(channels_on) == wrong
    whatsapp.send(f"STATUS {case.reference} aaaa-aaaa-aaaa-aaab")
    whatsapp.send(f"STATUS {case.reference} aaaa-aaaa-aaaa-aaac")
    assert "Terlalu banyak" in last_reply(channels_on)


def test_a_staff_message_is_delivered_on_whatsapp_with_nothing_but_the_message(
    whatsapp, channels_on, django_capture_on_commit_callbacks
):
    report_by(whatsapp, channels_on)
    case = Case.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.MESSAGE,
            visibility=CaseEvent.Visibility.REPORTER,
            text="Kami akan datang Senin.",
        )
        CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.NOTE, text="Catatan internal")

    call = channels_on.calls[-1]
    assert call["json"]["to"] == "6281355667788"
    assert call["json"]["text"]["body"] == "JAPBUSI: Kami akan datang Senin."
    assert "Upah" not in str(call["json"]) and case.reference not in str(call["json"])


def test_outside_the_24_hour_window_the_approved_template_goes(
    whatsapp, channels_on, django_capture_on_commit_callbacks
):
    report_by(whatsapp, channels_on)
    case = Case.objects.get()
    Conversation.objects.update(last_inbound_at=timezone.now() - datetime.timedelta(hours=25))

    with django_capture_on_commit_callbacks(execute=True):
        CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.MESSAGE,
            visibility=CaseEvent.Visibility.REPORTER,
            text="Ada kabar baru.",
        )

    payload = channels_on.calls[-1]["json"]
    assert payload["type"] == "template"
    assert payload["template"] == {"name": "japbusi_pesan_baru", "language": {"code": "id"}}
    # The reporter answers the template with STATUS and reads the message.
    whatsapp.send("STATUS")
    assert "Ada kabar baru." in last_reply(channels_on)


def test_a_provider_that_says_outside_window_gets_the_template_instead(
    whatsapp, channels_on, django_capture_on_commit_callbacks
):
    report_by(whatsapp, channels_on)
    case = Case.objects.get()
    channels_on.failures = [(400, {"error": {"code": 131047, "message": "Re-engagement message"}})]

    with django_capture_on_commit_callbacks(execute=True):
        CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.MESSAGE,
            visibility=CaseEvent.Visibility.REPORTER,
            text="Ada kabar.",
        )

    assert [call["json"]["type"] for call in channels_on.calls[-2:]] == ["text", "template"]
    assert OutboundMessage.objects.filter(sent_at__isnull=False, use_template=True).exists()


def test_failed_deliveries_are_retried_then_given_up(
    whatsapp, channels_on, settings, django_capture_on_commit_callbacks
):
    settings.GRIEVANCE_CHANNEL_DELIVERY_ATTEMPTS = 3
    report_by(whatsapp, channels_on)
    case = Case.objects.get()
    channels_on.failures = [(503, {"error": {"code": 2}}), (500, {})]

    with django_capture_on_commit_callbacks(execute=True):
        CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.MESSAGE,
            visibility=CaseEvent.Visibility.REPORTER,
            text="Coba lagi.",
        )
    outbound = OutboundMessage.objects.get(event__isnull=False)
    assert outbound.sent_at is None and outbound.attempts == 1 and outbound.recipient

    assert deliver_pending() == 0  # the second failure
    assert deliver_pending() == 1
    outbound.refresh_from_db()
    assert outbound.sent_at and outbound.attempts == 3 and outbound.recipient == "" and outbound.body == ""

    channels_on.failures = [(500, {})] * 3
    with django_capture_on_commit_callbacks(execute=True):
        CaseEvent.objects.create(
            case=case, kind=CaseEvent.Kind.MESSAGE, visibility=CaseEvent.Visibility.REPORTER, text="Lagi."
        )
    deliver_pending()
    deliver_pending()
    given_up = OutboundMessage.objects.get(event__text="Lagi.")
    assert given_up.given_up_at and given_up.recipient == "" and given_up.last_error == "whatsapp: HTTP 500"


def test_hapus_nomor_removes_the_number_and_the_case_stays(
    whatsapp, channels_on, django_capture_on_commit_callbacks
):
    report_by(whatsapp, channels_on)

    whatsapp.send("HAPUS NOMOR")

    case = Case.objects.get()
    assert case.sender_number == "" and case.sender_key == ""
    assert not Conversation.objects.exists()
    assert "dihapus" in last_reply(channels_on)
    calls = len(channels_on.calls)
    with django_capture_on_commit_callbacks(execute=True):
        CaseEvent.objects.create(
            case=case, kind=CaseEvent.Kind.MESSAGE, visibility=CaseEvent.Visibility.REPORTER, text="Halo?"
        )
    assert len(channels_on.calls) == calls  # replies now only on the web status page


def test_a_photo_sent_during_the_report_is_attached_cleaned_when_it_is_stored(whatsapp, channels_on):
    channels_on.media["5550001"] = (jpeg_bytes(), "image/jpeg")
    channels_on.media["5550002"] = (b"%!PS-Adobe not a photo", "image/jpeg")
    whatsapp.send("LAPOR")
    whatsapp.post(
        whatsapp_envelope([whatsapp.message("image", mime_type="image/jpeg", sha256="x", id="5550001")])
    )
    assert "Berkas diterima" in last_reply(channels_on)
    answers = ["Upah panen kami dipotong sejak Mei tanpa penjelasan.", "0", "0"]
    for answer in answers:
        whatsapp.send(answer)
    whatsapp.post(
        whatsapp_envelope([whatsapp.message("image", mime_type="image/jpeg", sha256="x", id="5550002")])
    )
    for answer in ["0", "2", "1", "2", "2"]:
        whatsapp.send(answer)

    case = Case.objects.get()
    attachment = case.attachments.get()
    assert attachment.kind == "image" and attachment.event.kind == CaseEvent.Kind.CREATED
    replies = [call["json"]["text"]["body"] for call in channels_on.sent()[-2:]]
    assert case.reference in replies[0]
    assert "tidak dapat dilampirkan" in replies[1]


def test_the_safety_notice_comes_once_before_the_first_question(whatsapp, channels_on):
    whatsapp.send("LAPOR")  # straight to a report: no menu before
    assert "operator seluler" in last_reply(channels_on) and "1/8" in last_reply(channels_on)
    whatsapp.send("BATAL")
    whatsapp.send("LAPOR")
    assert "operator seluler" not in last_reply(channels_on) and "1/8" in last_reply(channels_on)


# The GSM 03.38 alphabet: one character outside it turns a whole SMS into UCS-2, 67 characters a part.
GSM_7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿"
    "abcdefghijklmnopqrstuvwxyzäöñüà"
)


def test_sms_replies_stay_in_the_gsm_alphabet_so_each_part_holds_153_characters(sms, channels_on):
    report_by(sms, channels_on)
    texts = [call["json"]["text"] for call in channels_on.sent("/sms/send")]
    assert len(texts) == 12
    assert {character for text in texts for character in text} <= GSM_7


def test_an_unfinished_report_is_forgotten_after_a_day(whatsapp, channels_on):
    whatsapp.send("LAPOR")
    whatsapp.send("Mandor Xelvoran memotong upah kami semua.")
    Conversation.objects.update(updated_at=timezone.now() - datetime.timedelta(hours=25))

    assert forget_unfinished_reports() == 1

    conversation = Conversation.objects.get()
    assert conversation.answers == {} and conversation.step == ""
