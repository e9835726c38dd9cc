"""Collective complaints: only consenting reporters counted, counts not identities, never fewer
than the public minimum; the letter read back from its PDF."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import Site

from grievances.factories import BuyerFactory
from grievances.register.complaints import ComplaintRefused, complaint_pdf, create_complaint
from grievances.register.models import CollectiveComplaint
from home.models import SiteSettings

from .conftest import linked_case

pytestmark = pytest.mark.django_db

SECRET_WORDS = "Mandor Budi memotong upah kami di blok 7"


@pytest.fixture
def reports(settings, makmur, rasau, wages, hukatan):
    settings.GRIEVANCE_PUBLIC_MIN_COUNT = 3
    settings.GRIEVANCE_REPEAT_MIN_REPORTERS = 3
    consenting = [
        linked_case(
            makmur,
            rasau,
            wages,
            federation=hukatan,
            consent_share_with_partners=True,
            reporter_name=f"Siti Pelapor {n}",
            phone=f"08123456700{n}",
            description=SECRET_WORDS,
            workers_affected=10,
            employer="pt makmur (tulisan pelapor)",
        )
        for n in range(3)
    ]
    refusing = linked_case(
        makmur, rasau, wages, federation=hukatan, reporter_name="Rahasia Sekali", workers_affected=99
    )
    return consenting, refusing


def pdf_text(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_complaint_counts_only_consenting_reporters_and_reads_back_without_identities(
    reports, rasau, wages, staff
):
    consenting, refusing = reports
    buyer = BuyerFactory(name="Pembeli Global Oils")
    rasau.company.buyers.add(buyer)
    complaint = create_complaint(
        rasau, wages, staff["operator_a"], addressee=CollectiveComplaint.Addressee.RSPO
    )
    assert complaint.reporter_count == 3
    assert set(complaint.cases.all()) == set(consenting)
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    text = pdf_text(complaint_pdf(complaint, settings))
    # Indonesian and English, from the register.
    assert "Pengaduan kolektif kepada Panel Pengaduan RSPO" in text
    assert "Collective complaint to the RSPO Complaints Panel" in text
    assert "PT Sawit Makmur Sejahtera Tbk" in text and "Kebun Sei Rasau" in text
    assert "1-0123-45-000-00" in text and "Pembeli Global Oils" in text
    assert "3 pekerja melapor secara terpisah" in text and "3 workers reported separately" in text
    assert "sekurang-kurangnya 30 orang" in text  # the refusing reporter's 99 workers are not counted
    # No names, no contact, no references, no description, not the reporters' own words.
    for secret in ("Siti", "Rahasia", "0812345", "Budi", "blok 7", "tulisan pelapor", "99"):
        assert secret not in text
    for case in [*consenting, refusing]:
        assert case.reference not in text


def test_disnaker_gets_an_indonesian_letter_only(reports, makmur, wages, staff):
    complaint = create_complaint(
        makmur, wages, staff["operator_a"], addressee=CollectiveComplaint.Addressee.DISNAKER
    )
    text = pdf_text(complaint_pdf(complaint, SiteSettings.for_site(Site.objects.get(is_default_site=True))))
    assert "Dinas Tenaga Kerja" in text and "Collective complaint" not in text


def test_fewer_consenting_reporters_than_the_public_minimum_is_refused(
    settings, reports, makmur, wages, staff
):
    settings.GRIEVANCE_PUBLIC_MIN_COUNT = 4
    with pytest.raises(ComplaintRefused):
        create_complaint(makmur, wages, staff["operator_a"], addressee=CollectiveComplaint.Addressee.RSPO)
    assert not CollectiveComplaint.objects.exists()


def test_a_complaint_is_drafted_from_the_pattern_page_and_tracked(client, reports, makmur, wages, staff):
    from grievances.register.patterns import sweep_patterns

    sweep_patterns()
    pattern = makmur.patterns.get(estate=None)
    client.force_login(staff["operator_a"])
    response = client.post(
        reverse("grievances_register_pattern", args=(pattern.pk,)),
        {"action": "complaint", "addressee": "disnaker"},
    )
    complaint = CollectiveComplaint.objects.get()
    assert response.url == reverse("grievances_register_complaint:edit", args=(complaint.pk,))
    letter = client.get(reverse("grievances_register_complaint:letter", args=(complaint.pk,)))
    assert letter["Content-Type"] == "application/pdf"
    client.post(
        reverse("grievances_register_complaint:edit", args=(complaint.pk,)),
        {
            "status": "acknowledged",
            "sent_on": "2026-11-02",
            "acknowledged_on": "2026-11-20",
            "recipient_reference": "DN-77",
            "outcome": "",
            "outcome_summary": "",
        },
    )
    complaint.refresh_from_db()
    assert complaint.status == "acknowledged" and complaint.recipient_reference == "DN-77"
    # Every counted case records it on its timeline (internal).
    for case in reports[0]:
        assert case.events.filter(visibility="internal", text__contains="pengaduan kolektif").exists()
