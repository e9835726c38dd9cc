"""Fixtures for the grievance module: a published report form page and form data."""

import io

import pytest
from PIL import Image

from grievances.intake.forms import issue_form_token
from grievances.intake.pages import GrievanceFormPage


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

    from grievances.cases.models import FederationMembership

    user = get_user_model().objects.create_user(username, f"{username}@japbusi.example", "x")
    user.groups.add(Group.objects.get(name=group))
    if federation:
        FederationMembership.objects.create(user=user, federation=federation)
    return user


def make_full_case(federation=None, *, closed_at=None, **fields):
    """A case holding every kind of personal data: identity, contacts, free text naming people, a
    file in private storage, notes and messages, a referral sharing the reporter's name. Closed at
    `closed_at` when given."""
    import datetime

    from django.core.files.base import ContentFile
    from django.utils import timezone

    from grievances.cases.models import Case, CaseAttachment, CaseEvent
    from grievances.cases.states import Status
    from grievances.referrals.models import Referral, ReferralPartner
    from home.models import Province, Regency, Topic

    province = Province.objects.order_by("pk").first()
    values = {
        "description": "Mandor Budi memotong upah Sari Wulandari sejak Juli.",
        "federation": federation,
        "identity_mode": Case.IdentityMode.NAMED,
        "reporter_name": "Sari Wulandari",
        "phone": "081234567890",
        "email": "sari@contoh.example",
        "safe_contact_channel": Case.ContactChannel.WHATSAPP,
        "safe_contact_time": "Sesudah jam 5 sore",
        "employment_status": Case.EmploymentStatus.DAILY,
        "gender": Case.Gender.WOMAN,
        "job": "pemanen di afdeling 3",
        "employer": "PT Sawit Contoh",
        "estate": "Kebun Sei Contoh",
        "province": province,
        "regency": Regency.objects.filter(province=province).order_by("pk").first(),
        "incident_date": datetime.date(2024, 7, 1),
        "workers_affected": 12,
        "consent_contact": True,
        "consent_share_with_partners": True,
        "status": Status.CLOSED if closed_at else Status.HANDLING,
        "outcome": Case.Outcome.PARTLY if closed_at else "",
        "outcome_summary": "Sari menerima sebagian upah." if closed_at else "",
        "closed_at": closed_at,
    }
    values.update(fields)
    case = Case(**values)
    secret = case.assign_reference_and_secret()
    case.save()
    case.topics.set(Topic.objects.order_by("pk")[:2])
    case._secret = secret
    created = CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.CREATED, from_reporter=True)
    CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.NOTE, text="Budi pernah mengancam Sari.")
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.MESSAGE,
        visibility=CaseEvent.Visibility.REPORTER,
        from_reporter=True,
        text="Saya Sari, nomor baru saya 0899111222.",
    )
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.STATUS,
        visibility=CaseEvent.Visibility.REPORTER,
        status_from=Status.HANDLING,
        status_to=case.status,
    )
    attachment = CaseAttachment(
        case=case,
        event=created,
        original_name="foto-sari.jpg",
        kind="image",
        content_type="image/jpeg",
        size=len(jpeg_bytes()),
        original_sha256="0" * 64,
    )
    attachment.file.save(
        f"bukti-{case.pk}.jpg", ContentFile(jpeg_bytes() + case.reference.encode()), save=False
    )
    attachment.save()
    partner = ReferralPartner.objects.get_or_create(name="LBH Contoh", kind="legal_aid")[0]
    Referral.objects.create(
        case=case,
        partner=partner,
        reason="Sari butuh pendampingan.",
        shared_facts=["description", "reporter_name"],
        consent_method="phone",
        partner_reference="LBH-2024-77",
        status=Referral.Status.COMPLETED,
        result="successful",
        result_reason="Sari didampingi di mediasi.",
        created_at=timezone.now(),
    )
    return case
