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


def make_staff(username, group, federation=None):
    """A case-staff user in the named group, optionally a member of a federation."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from grievances.models import FederationMembership

    user = get_user_model().objects.create_user(username, f"{username}@japbusi.example", "x")
    user.groups.add(Group.objects.get(name=group))
    if federation:
        FederationMembership.objects.create(user=user, federation=federation)
    return user
