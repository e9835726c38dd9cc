"""The public report form: a case stored completely, or nothing stored at all."""

import datetime
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.utils import timezone
from django.utils.html import strip_tags
from PIL import Image

from grievances.cases.models import Case, CaseAttachment, CaseEvent
from grievances.cases.references import normalise_reference
from grievances.factories import jpeg_bytes
from grievances.intake.forms import issue_form_token
from grievances.privacy.retention import stored_case_files
from home.models import Federation, Province, Regency, Topic

pytestmark = pytest.mark.django_db


def post_report(client, form_page, data, files=None):
    payload = dict(data)
    if files:
        payload["attachments"] = files
    return client.post(form_page.url, payload)


def test_a_worker_reports_anonymously_and_gets_a_receipt_once(client, form_page, report_data):
    wages = Topic.objects.get(slug="upah")
    response = post_report(client, form_page, report_data(topics=[wages.pk], workers_affected="40"))

    assert response.status_code == 302
    assert response["Location"].endswith("/tanda-terima/")
    case = Case.objects.get()
    assert case.channel == Case.Channel.WEB
    assert list(case.topics.all()) == [wages]
    assert case.workers_affected == 40
    assert case.identity_mode == "anonymous" and case.phone == "" and case.email == ""
    assert case.events.get().kind == CaseEvent.Kind.CREATED

    receipt = client.get(response["Location"])
    # What the reporter reads (each group of the codes is in its own element, see test_phone.py).
    html = strip_tags(receipt.content.decode())
    secret = receipt.context["secret"]
    assert case.reference in html
    assert secret and secret in html
    assert "no-store" in receipt["Cache-Control"]
    assert secret not in response["Location"]
    # Shown once: a reload shows the reference but not the secret.
    again = strip_tags(client.get(response["Location"]).content.decode())
    assert case.reference in again and secret not in again
    # Stored only as a salted hash.
    assert secret not in case.secret_hash
    assert secret.replace("-", "") not in case.secret_hash
    assert case.check_secret(secret)


def test_references_are_short_readable_and_not_sequential(client, form_page, report_data):
    for _ in range(5):
        post_report(client, form_page, report_data(form_token=issue_form_token()))
    references = list(Case.objects.values_list("reference", flat=True))
    assert len(set(references)) == 5
    for reference in references:
        assert len(reference) == 9 and reference[4] == "-"
        assert not set(reference) & set("01ILOSZB258")
        assert normalise_reference(reference.lower().replace("-", " ")) == reference


def test_the_topic_is_preselected_from_an_article_link(client, form_page):
    html = client.get(form_page.url, {"topic": "k3"}).content.decode()
    k3 = Topic.objects.get(slug="k3")
    assert f'value="{k3.pk}" id="id_topics_' in html
    assert "checked" in html.split(f'value="{k3.pk}"')[1].split(">")[
        0
    ] or f'value="{k3.pk}" checked' in html.replace('" id', '"')


def test_the_empty_form_drawn_once_still_follows_topic_questions_and_never_holds_another_visitors_answers(
    client, form_page, report_data
):
    """The empty form's fields are drawn once per content generation; a form sent back with
    errors is drawn afresh for its own visitor only."""
    k3 = Topic.objects.get(slug="k3")
    checked_k3 = re.compile(rf'<input type="checkbox" name="topics" value="{k3.pk}"[^>]*\bchecked\b')
    for _visit in range(2):
        assert checked_k3.search(client.get(form_page.url, {"topic": "k3"}).content.decode())
        assert not checked_k3.search(client.get(form_page.url).content.decode())

    other_visitor = Client()
    answers = report_data(description="", reporter_name="Sutrisno Wibowo", identity_mode="named")
    sent_back = post_report(other_visitor, form_page, answers).content.decode()
    assert "Sutrisno Wibowo" in sent_back
    html = client.get(form_page.url).content.decode()
    assert "Sutrisno Wibowo" not in html
    # Each visit still gets its own form token.
    tokens = {
        re.search(r'name="form_token" value="([^"]+)"', client.get(form_page.url).content.decode())[1]
        for _ in range(2)
    }
    assert len(tokens) == 2

    # An editor turns the gender question off and publishes: the next empty form follows.
    assert 'name="gender"' in html
    form_page.ask_gender = False
    form_page.save_revision().publish()
    assert 'name="gender"' not in client.get(form_page.url).content.decode()


def test_the_form_page_is_never_cached_and_works_without_javascript(client, form_page):
    response = client.get(form_page.url)
    html = response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert '<form method="post" action="#form-errors" enctype="multipart/form-data"' in html
    assert "<script" not in html.split("<main")[1].split("</main>")[0]


def test_a_named_report_keeps_contact_and_consents(client, form_page, report_data):
    riau = Province.objects.get(code="14")
    regency = Regency.objects.filter(province=riau).first()
    federation = Federation.objects.first()
    post_report(
        client,
        form_page,
        report_data(
            identity_mode="named",
            reporter_name="Sari",
            phone="0812 3456 7890",
            email="sari@example.org",
            safe_contact_channel="whatsapp",
            safe_contact_time="setelah jam 5 sore",
            consent_contact="on",
            consent_share_with_partners="on",
            province=riau.pk,
            regency=regency.pk,
            federation=federation.pk,
            employer="PT Contoh Sawit",
            employment_status="bhl",
            incident_date="2026-10-01",
            incident_date_is_approximate="on",
            risk_retaliation="on",
        ),
    )
    case = Case.objects.get()
    assert (case.reporter_name, case.phone, case.email) == ("Sari", "0812 3456 7890", "sari@example.org")
    assert (
        case.consent_contact and case.consent_share_with_partners and not case.consent_anonymised_publication
    )
    assert case.consent_recorded_at is not None
    assert (case.province, case.regency, case.federation) == (riau, regency, federation)
    assert case.incident_date_is_approximate and case.risk_retaliation and case.is_urgent


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"description": ""}, "description", "Ceritakan apa yang terjadi"),
        ({"description": "x" * 5001}, "description", "5000"),
        (
            {"incident_date": (timezone.localdate() + datetime.timedelta(days=2)).isoformat()},
            "incident_date",
            "masa depan",
        ),
        ({"phone": "08123456789", "consent_contact": "on"}, "phone", "anonim"),
        ({"identity_mode": "confidential", "phone": "08123456789"}, "consent_contact", "centang"),
        ({"identity_mode": "named"}, "reporter_name", "nama"),
        ({"workers_affected": "0"}, "workers_affected", None),
    ],
)
def test_bad_input_gets_a_clear_indonesian_message_and_nothing_is_stored(
    client, form_page, report_data, overrides, field, message
):
    response = post_report(client, form_page, report_data(**overrides))

    assert response.status_code == 400
    errors = response.context["form"].errors
    assert field in errors
    if message:
        assert message.lower() in " ".join(errors[field]).lower()
    assert (
        "Periksa kembali formulir" in response.content.decode()
        or "periksa" in response.content.decode().lower()
    )
    assert Case.objects.count() == 0
    # What the reporter typed is still in the form.
    assert response.context["form"].data["description"] == report_data(**overrides).get("description")


def test_a_regency_must_lie_in_the_chosen_province(client, form_page, report_data):
    riau, jambi = Province.objects.get(code="14"), Province.objects.get(code="15")
    response = post_report(
        client,
        form_page,
        report_data(province=riau.pk, regency=Regency.objects.filter(province=jambi).first().pk),
    )
    assert "regency" in response.context["form"].errors
    assert Case.objects.count() == 0


def test_the_regency_list_is_grouped_by_province_keeps_the_choice_and_follows_renames(
    client, form_page, report_data
):
    riau, jambi = Province.objects.get(code="14"), Province.objects.get(code="15")
    chosen = Regency.objects.filter(province=jambi).first()
    response = post_report(client, form_page, report_data(province=riau.pk, regency=chosen.pk))
    html = response.content.decode()
    select = html[
        html.index('<select name="regency"') : html.index("</select>", html.index('<select name="regency"'))
    ]
    assert f'<optgroup label="{jambi.name}">' in select
    assert f'<option value="{chosen.pk}" selected>{chosen}</option>' in select
    assert select.count("<option") == Regency.objects.count() + 1
    # The list says which message describes it, and that message carries that id.
    assert 'aria-describedby="id_regency_error"' in select and 'aria-invalid="true"' in select
    assert 'id="id_regency_error"' in html

    # A regency renamed in the admin (with a character that must be escaped) shows in the list.
    chosen.name = "Muaro <Jambi> & Batang"
    chosen.save()
    html = client.get(form_page.url).content.decode()
    assert "Kab. Muaro &lt;Jambi&gt; &amp; Batang" in html or "Kota Muaro &lt;Jambi&gt; &amp; Batang" in html


def test_odd_unicode_and_control_characters_are_cleaned(client, form_page, report_data):
    post_report(
        client, form_page, report_data(description="Upah\u0000 dipotong\u200b\u202e sejak Mei\r\nKebun A")
    )
    assert Case.objects.get().description == "Upah dipotong sejak Mei\nKebun A"


def test_a_photo_with_gps_is_stored_without_it_and_outside_public_media(
    client, form_page, report_data, settings
):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "S", 2: (0.0, 30.0, 0.0), 3: "E", 4: (101.0, 27.0, 0.0)}
    original = jpeg_bytes(exif=exif)
    photo = SimpleUploadedFile("IMG_2041.jpg", original, content_type="image/jpeg")

    post_report(client, form_page, report_data(), files=[photo])

    attachment = CaseAttachment.objects.get()
    stored = attachment.file.read()
    reopened = Image.open(io.BytesIO(stored))
    assert not reopened.getexif()
    assert b"PhoneMaker" not in stored
    import hashlib

    assert attachment.original_sha256 == hashlib.sha256(original).hexdigest()
    assert "IMG_2041" not in attachment.file.name
    with pytest.raises(ValueError):
        _ = attachment.file.url  # no public address exists for a case file
    # Not reachable by anyone under the public media address or by guessing the name.
    for url in (f"/media/{attachment.file.name}", f"{settings.MEDIA_URL}cases/{attachment.file.name}"):
        assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "files, message",
    [
        ([("a.exe", b"MZ\x90\x00" + b"\x00" * 200)], "tidak diizinkan"),
        ([("page.jpg", b"<!DOCTYPE html><html><script>alert(1)</script></html>")], None),
        ([("logo.svg", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>')], None),
        ([(f"f{n}.jpg", jpeg_bytes()) for n in range(6)], "5"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(client, form_page, report_data, files, message):
    uploads = [SimpleUploadedFile(name, content) for name, content in files]

    response = post_report(client, form_page, report_data(), files=uploads)

    assert response.status_code == 400
    assert "attachments" in response.context["form"].errors
    if message:
        assert message in " ".join(response.context["form"].errors["attachments"])
    assert (
        "pilih lagi berkas" in response.content.decode().lower()
        or "choose your files again" in response.content.decode()
    )
    assert Case.objects.count() == 0
    assert CaseAttachment.objects.count() == 0


@override_settings(GRIEVANCE_UPLOAD_MAX_BYTES=1000)
def test_a_file_over_the_size_limit_is_refused(client, form_page, report_data):
    big = SimpleUploadedFile("big.jpg", jpeg_bytes(size=(400, 400)))
    response = post_report(client, form_page, report_data(), files=[big])
    assert response.status_code == 400
    assert Case.objects.count() == 0


def test_a_failure_while_saving_leaves_no_case_and_no_file(client, form_page, report_data, monkeypatch):

    import grievances.intake.creation as services

    def explode(case):
        raise RuntimeError("database went away")

    monkeypatch.setattr(services, "notify_staff_of_new_case", explode)
    before = stored_case_files()
    with pytest.raises(RuntimeError):
        post_report(client, form_page, report_data(), files=[SimpleUploadedFile("p.jpg", jpeg_bytes())])

    assert Case.objects.count() == 0
    assert CaseAttachment.objects.count() == 0
    assert stored_case_files() == before


def test_a_filled_honeypot_is_dropped_silently(client, form_page, report_data):
    honeypot = post_report(client, form_page, report_data(website="http://spam.example"))

    assert honeypot.status_code == 302
    assert honeypot["Location"].endswith("/terkirim/")
    assert Case.objects.count() == 0


def test_a_double_submit_makes_one_case_and_the_same_receipt(client, form_page, report_data):
    data = report_data()
    first = post_report(client, form_page, data)
    second = post_report(client, form_page, data)

    assert Case.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert Case.objects.get().reference in strip_tags(client.get(second["Location"]).content.decode())


def test_a_forged_or_missing_form_token_asks_to_send_again(client, form_page, report_data):
    response = post_report(client, form_page, report_data(form_token="forged"))
    assert response.status_code == 400
    assert "kedaluwarsa" in response.content.decode() or "expired" in response.content.decode()
    assert Case.objects.count() == 0


def test_a_missing_csrf_token_on_the_status_lookup_is_refused_with_a_clear_message(form_page):
    client = Client(enforce_csrf_checks=True)
    response = client.post(form_page.url + "status/", {"reference": "ABCD-EFGH", "secret": "x"})
    assert response.status_code == 403
    assert (
        "Tidak ada yang disimpan" in response.content.decode()
        or "Nothing was saved" in response.content.decode()
    )


def test_the_database_never_holds_the_secret_in_clear(client, form_page, report_data):
    from django.db import connection

    response = post_report(client, form_page, report_data(email=None))
    secret = client.get(response["Location"]).context["secret"]
    assert secret

    with connection.cursor() as cursor:
        found = []
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')
            for row in cursor.fetchall():
                text = " ".join(str(value) for value in row)
                if secret in text or secret.replace("-", "") in text:
                    found.append(table)
    assert found == []


def test_the_receipt_can_be_emailed_to_the_reporter_once(client, form_page, report_data, mailoutbox):
    data = report_data(identity_mode="confidential", email="pelapor@example.org", consent_contact="on")
    receipt_url = post_report(client, form_page, data)["Location"]
    secret = client.get(receipt_url).context["secret"]

    client.post(receipt_url)
    client.post(receipt_url)

    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["pelapor@example.org"]
    assert secret in mailoutbox[0].body
    assert Case.objects.get().reference in mailoutbox[0].body


def test_each_consent_notice_states_the_retention_period(client, form_page, settings):
    settings.GRIEVANCE_RETENTION_MONTHS = 18
    html = client.get(form_page.url).content.decode()
    consent_section = html.split('id="part-consent"')[1].split("</section>")[0]
    assert consent_section.count("18") >= 4  # the section note and each of the three notices


def test_the_secret_is_stored_with_the_reporter_secret_hasher(client, form_page, report_data):
    post_report(client, form_page, report_data())
    assert Case.objects.get().secret_hash.startswith("pbkdf2_sha256_reporter_secret$20000$")


def test_every_message_a_field_points_to_exists_on_the_form(client, form_page, report_data):
    """A screen reader reads a field's help and error through aria-describedby: each id it names
    must be on the page, on the first view and when the form comes back with errors."""
    for response in (
        client.get(form_page.url),
        post_report(
            client, form_page, report_data(description="", identity_mode="named", workers_affected=0)
        ),
    ):
        html = response.content.decode()
        references = {ref for refs in re.findall(r'aria-describedby="([^"]+)"', html) for ref in refs.split()}
        assert references
        missing = {ref for ref in references if f'id="{ref}"' not in html}
        assert missing == set()
