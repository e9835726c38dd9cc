"""An anonymous request cannot occupy the server by making it decode huge pictures (issue 21)."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageFile

from grievances.cases.models import Case
from grievances.intake.forms import issue_form_token

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def huge_png():
    """A 6300 × 6300 PNG: 40 kB on the wire, 40 megapixels once decoded."""
    buffer = io.BytesIO()
    Image.new("L", (6300, 6300)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def no_decoding(monkeypatch):
    decoded = []

    def refuse_to_decode(image, *args, **kwargs):
        decoded.append(image.size)
        raise AssertionError("a picture was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse_to_decode)
    return decoded


def five(png):
    return [SimpleUploadedFile(f"foto{n}.png", png, content_type="image/png") for n in range(5)]


def test_five_huge_pngs_are_refused_with_a_clear_message_without_being_decoded(
    client, form_page, report_data, huge_png, no_decoding
):
    response = client.post(form_page.url, {**report_data(), "attachments": five(huge_png)})

    assert response.status_code == 400
    assert "terlalu banyak piksel" in response.content.decode()
    assert no_decoding == []
    assert Case.objects.count() == 0


def test_huge_pngs_on_a_form_without_a_valid_token_are_not_even_read(
    client, form_page, report_data, huge_png, no_decoding, monkeypatch
):
    from grievances.intake import uploads

    read = []
    monkeypatch.setattr(uploads, "_detect", lambda data: read.append(len(data)))
    for token in ("forged", issue_form_token(issued=0)):
        response = client.post(
            form_page.url, {**report_data(form_token=token), "attachments": five(huge_png)}
        )
        assert response.status_code == 400
    assert read == [] and no_decoding == []
    assert Case.objects.count() == 0


def test_an_ordinary_phone_photo_is_still_accepted(client, form_page, report_data):
    buffer = io.BytesIO()
    Image.new("RGB", (4000, 3000), "green").save(buffer, "JPEG")
    photos = [
        SimpleUploadedFile(f"foto{n}.jpg", buffer.getvalue(), content_type="image/jpeg") for n in (1, 2)
    ]

    response = client.post(form_page.url, {**report_data(), "attachments": photos})

    assert response.status_code == 302, response.context["form"].errors
    assert Case.objects.get().attachments.count() == 2
