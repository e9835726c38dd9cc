"""Property-based abuse of the public report form and the status lookup: whatever arrives — random
text in every field, huge values, invalid UTF-8, NUL bytes, random files with random types and
names — the answer is never a server error, and a report is stored completely or not at all."""

import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http.multipartparser import MultiPartParser
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from grievances.cases.models import Case, CaseAttachment, CaseEvent
from grievances.cases.storage import private_storage
from grievances.factories import CaseFactory, jpeg_bytes
from grievances.intake.forms import ReportForm, issue_form_token
from grievances.privacy.requests import ReporterRequest
from grievances.privacy.retention import stored_case_files

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=50,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

REPORT_FIELDS = ReportForm.Meta.fields

# Any code point, NUL and controls included (not lone surrogates: no client can send them).
any_text = st.text(alphabet=st.characters(min_codepoint=0, exclude_categories=["Cs"]), max_size=60)
# Long values without asking hypothesis to draw thousands of characters one by one.
long_text = st.builds(
    lambda char, count: char * count, st.characters(exclude_categories=["Cs"]), st.integers(4000, 70000)
)
# Raw bytes: invalid UTF-8, lone continuation bytes, NULs.
raw_bytes = st.binary(max_size=80)
plausible = st.sampled_from(
    [
        "",
        "0",
        "1",
        "-1",
        "99999999999999999999",
        "2024-02-30",
        "9999-12-31",
        "named",
        "anonymous",
        "confidential",
        "on",
        "pkwt",
        "bhl",
        "woman",
        "whatsapp",
        "a@b.c",
        "1.5",
        "1e9",
        " ",
    ]
)
field_value = st.one_of(any_text, raw_bytes, plausible, long_text)

CONTENT_TYPES = [
    "image/jpeg",
    "application/pdf",
    "audio/ogg",
    "text/html",
    "application/x-msdownload",
    "image/svg+xml",
    "application/octet-stream",
    "",
]
file_content = st.one_of(
    st.binary(max_size=2048),
    st.just(jpeg_bytes()),
    st.builds(lambda body: b"%PDF-1.4\n" + body, st.binary(max_size=512)),
    st.builds(lambda body: b"OggS" + body, st.binary(max_size=512)),
    st.builds(lambda body: jpeg_bytes()[:200] + body, st.binary(max_size=256)),
)
file_name = st.one_of(
    st.text(
        alphabet=st.characters(min_codepoint=32, exclude_categories=["Cs"], exclude_characters='"\\\r\n'),
        min_size=1,
        max_size=120,
    ).filter(lambda name: os.path.basename(name) not in {"", ".", ".."}),  # the test client cannot send these
    st.sampled_from(
        ["bukti.jpg", "x.pdf", "a.exe", "../../etc/passwd", "foto.jpg.html", ".jpg", "suara.opus"]
    ),
)
upload = st.builds(
    lambda name, content, content_type: SimpleUploadedFile(name, content, content_type=content_type),
    file_name,
    file_content,
    st.one_of(st.sampled_from(CONTENT_TYPES), st.text(alphabet="abcdefghij/+-.;= ", max_size=40)),
)


def counts():
    return {
        "cases": Case.objects.count(),
        "events": CaseEvent.objects.count(),
        "attachments": CaseAttachment.objects.count(),
        "files": len(stored_case_files()),
        "requests": ReporterRequest.objects.count(),
    }


def assert_complete_or_nothing(before, response):
    after = counts()
    assert response.status_code < 500
    if after["cases"] == before["cases"]:
        assert after == before, "a refused report left something behind"
        return
    assert after["cases"] == before["cases"] + 1
    case = Case.objects.order_by("-pk").first()
    assert after["events"] == before["events"] + 1
    assert case.events.filter(kind=CaseEvent.Kind.CREATED).count() == 1
    assert after["attachments"] - before["attachments"] == after["files"] - before["files"]
    assert all(private_storage().exists(attachment.file.name) for attachment in case.attachments.all())
    assert case.description.strip()
    assert "\x00" not in "".join(
        [case.description, case.reporter_name, case.employer, case.estate, case.job, case.safe_contact_time]
    )


@FUZZ
@given(
    values=st.dictionaries(st.sampled_from(REPORT_FIELDS), field_value, max_size=3),
    files=st.one_of(st.just([]), st.lists(st.one_of(upload, st.just("photo")), max_size=6)),
    token=st.one_of(st.just("valid"), st.just("valid"), any_text, raw_bytes),
    honeypot=st.one_of(st.just(""), st.just(""), any_text),
    valid_base=st.booleans(),
)
# A topic id beyond what SQLite can hold once reached the database and failed there.
@example(values={"topics": "1" * 25}, files=[], token="valid", honeypot="", valid_base=True)
def test_the_report_form_never_fails_and_never_half_stores(
    client, form_page, values, files, token, honeypot, valid_base
):
    # Half the examples start from a valid report, so that random values and files also reach
    # the saving of a case, not only the validation.
    data = {"description": "Upah kami dipotong.", "identity_mode": "anonymous"} if valid_base else {}
    data.update(values)
    data["form_token"] = issue_form_token() if token == "valid" else token
    data["website"] = honeypot
    if files:
        data["attachments"] = [
            SimpleUploadedFile("foto.jpg", jpeg_bytes(), content_type="image/jpeg")
            if item == "photo"
            else item
            for item in files
        ]
    before = counts()
    response = client.post(form_page.url, data)
    assert_complete_or_nothing(before, response)


@FUZZ
@given(
    files=st.lists(st.one_of(upload, st.just("photo"), st.just("photo")), min_size=1, max_size=6),
    description=st.one_of(st.just("Upah kami dipotong."), any_text),
)
@example(
    files=[SimpleUploadedFile("\x7f", jpeg_bytes(), content_type="image/jpeg")], description="Upah dipotong."
)
def test_random_files_on_a_valid_report_are_stored_all_or_none(client, form_page, files, description):
    data = {
        "description": description,
        "identity_mode": "anonymous",
        "form_token": issue_form_token(),
        "website": "",
        "attachments": [
            SimpleUploadedFile("foto.jpg", jpeg_bytes(), content_type="image/jpeg")
            if item == "photo"
            else item
            for item in files
        ],
    }
    before = counts()
    response = client.post(form_page.url, data)
    assert_complete_or_nothing(before, response)
    after = counts()
    if after["cases"] > before["cases"]:
        # Every file that reached the form was accepted and stored: a report is never saved with
        # some files dropped. (Django's request parser itself discards a file part whose name is
        # empty once path separators and unprintable characters are removed, e.g. "\x7f" or "a/",
        # before any of the project's code sees it; no phone's file picker sends such names.)
        arrived = [item for item in files if item == "photo" or kept_by_django(item.name)]
        assert after["attachments"] - before["attachments"] == len(arrived)


def kept_by_django(name):
    return bool(MultiPartParser.sanitize_file_name(None, name))


@FUZZ
@given(
    body=st.binary(max_size=3000),
    content_type=st.sampled_from(
        [
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=xyz",
            "multipart/form-data",
            "text/plain",
            "application/json",
        ]
    ),
)
def test_a_raw_body_to_the_report_form_never_fails(client, form_page, body, content_type):
    before = counts()
    response = client.generic("POST", form_page.url, body, content_type=content_type)
    assert_complete_or_nothing(before, response)


@FUZZ
@given(
    reference=st.one_of(any_text, raw_bytes, long_text, st.just("real")),
    secret=st.one_of(any_text, raw_bytes, long_text),
)
def test_the_status_lookup_never_fails_writes_nothing_and_opens_nothing(client, form_page, reference, secret):
    case = Case.objects.filter(reference__isnull=False).first()
    if case is None:
        case = CaseFactory()
    data = {"reference": case.reference if reference == "real" else reference, "secret": secret}
    before = counts()
    response = client.post(form_page.url + "status/", data)
    assert response.status_code in (200, 400, 429)
    assert counts() == before
    assert "grievances.status" not in client.session


def test_a_topic_id_no_table_can_hold_is_a_wrong_choice_in_the_reporters_language(client, form_page):
    data = {
        "description": "Upah kami dipotong.",
        "identity_mode": "anonymous",
        "topics": ["9" * 25],
        "form_token": issue_form_token(),
        "website": "",
    }
    response = client.post(form_page.url, data, HTTP_ACCEPT_LANGUAGE="id")
    # The form comes back (400, as for any mistake) with the choice marked wrong, nothing stored.
    assert response.status_code == 400
    assert "bukan nilai yang valid" in response.content.decode()
    assert not Case.objects.exists()
