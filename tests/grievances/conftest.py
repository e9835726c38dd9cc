"""Fixtures for the grievance module: a published report form page and form data."""

import io

import pytest
from PIL import Image

from grievances.forms import issue_form_token
from grievances.models import GrievanceFormPage


@pytest.fixture
def form_page(home_page):
    page = GrievanceFormPage(title="Laporkan masalah", slug="laporkan", intro="<p>Laporan aman.</p>")
    home_page.add_child(instance=page)
    return page


@pytest.fixture
def report_data():
    def make(**overrides):
        data = {
            "description": "Upah kami dipotong tanpa penjelasan sejak tiga bulan lalu.",
            "identity_mode": "anonymous",
            "form_token": issue_form_token(),
            "website": "",
        }
        data.update(overrides)
        return {key: value for key, value in data.items() if value is not None}

    return make


def jpeg_bytes(size=(64, 48), exif=None):
    buffer = io.BytesIO()
    Image.new("RGB", size, (120, 160, 90)).save(buffer, format="JPEG", exif=exif or Image.Exif())
    return buffer.getvalue()
