"""The referral letter: an Indonesian PDF that carries the shared facts of a case and nothing else."""

import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from pypdf import PdfReader
from wagtail.models import Site

from grievances.cases.fields import SHARED_FACTS as SHAREABLE_FACTS
from grievances.cases.models import Case
from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import CaseFactory, ReferralFactory, ReferralPartnerFactory, StaffFactory
from grievances.referrals.letters import format_letter_number, latin1, referral_letter_pdf
from grievances.referrals.models import Referral, ReferralLetterSettings
from home.models import Province, Regency, SiteSettings, Topic

pytestmark = pytest.mark.django_db

DESCRIPTION = "Upah kami dipotong tanpa penjelasan sejak tiga bulan lalu di afdeling 4."


@pytest.fixture
def site_settings():
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation_name = "Jaringan Serikat Pekerja/Serikat Buruh Sawit Indonesia"
    settings.short_name = "JAPBUSI"
    settings.address = "Jl. Contoh No. 1, Jakarta Timur"
    settings.phone = "021-555-0101"
    settings.email = "sekretariat@japbusi.example"
    settings.save()
    return settings


@pytest.fixture
def case():
    return CaseFactory(
        description=DESCRIPTION,
        identity_mode=Case.IdentityMode.NAMED,
        reporter_name="Siti Rahmawati",
        phone="081234567890",
        email="siti.pelapor@example.com",
        consent_contact=True,
        consent_share_with_partners=True,
        employer="PT Sawit Makmur Contoh",
        estate="Kebun Sungai Lestari",
        province=Province.objects.get(code="14"),
        regency=Regency.objects.get(province__code="14", name="Siak"),
        incident_date=datetime.date(2026, 3, 5),
        incident_date_is_approximate=True,
        workers_affected=37,
        employment_status=Case.EmploymentStatus.CONTRACT,
        topics=Topic.objects.filter(slug__in=["upah", "k3"]),
    )


@pytest.fixture
def partner():
    return ReferralPartnerFactory(
        name="LBH Contoh",
        kind="legal_aid",
        contact_person="Budi Santoso",
        address="Jl. Keadilan 7, Pekanbaru",
    )


@pytest.fixture
def refer(case, partner):
    def make(shared_facts, **extra):
        fields = {
            "case": case,
            "partner": partner,
            "reason": "Pemotongan upah sepihak perlu pendampingan hukum.",
            "shared_facts": shared_facts,
            "consent_method": "phone",
            "created_at": timezone.make_aware(datetime.datetime(2026, 11, 28, 10, 0)),
        }
        fields.update(extra)
        return ReferralFactory(**fields)

    return make


def read(data):
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    # Wrapping breaks lines wherever the width runs out; compare on single spaces.
    return " ".join(text.split()), reader


def test_letter_is_a_pdf_with_letterhead_partner_and_subject(refer, case, site_settings):
    data = referral_letter_pdf(refer(["description"]), site_settings)

    assert data.startswith(b"%PDF")
    text, reader = read(data)
    assert "Jaringan Serikat Pekerja/Serikat Buruh Sawit Indonesia" in text
    assert "JAPBUSI" in text
    assert "Jl. Contoh No. 1, Jakarta Timur" in text
    assert "021-555-0101" in text
    assert "sekretariat@japbusi.example" in text
    assert "28 November 2026" in text
    assert "Kepada: LBH Contoh" in text
    assert "u.p. Budi Santoso" in text
    assert f"Perihal: Rujukan kasus {case.reference}" in text
    assert "Dengan hormat" in text
    assert "dengan persetujuan pelapor" in text
    assert "Pemotongan upah sepihak perlu pendampingan hukum." in text
    assert "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi" in text
    assert "Hormat kami, Jaringan Serikat Pekerja/Serikat Buruh Sawit Indonesia" in text
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.5)  # A4


def test_only_the_shared_facts_appear(refer, site_settings):
    data = referral_letter_pdf(refer(["description", "topics", "place"]), site_settings)

    text, _reader = read(data)
    assert DESCRIPTION in text
    assert "Upah" in text
    assert "Keselamatan dan Kesehatan Kerja (K3)" in text
    assert "Riau, Kab. Siak" in text
    for absent in (
        "Siti Rahmawati",
        "081234567890",
        "siti.pelapor@example.com",
        "PT Sawit Makmur Contoh",
        "Kebun Sungai Lestari",
        "37 orang",
        "PKWT",
        "Maret 2026",
        # Not even the labels of what was left out.
        "Nama pelapor",
        "Telepon dan email pelapor",
        "Pemberi kerja",
        "Kebun atau perkebunan",
        "Waktu kejadian",
        "Jumlah pekerja",
        "Status kerja",
    ):
        assert absent not in text, absent


def test_every_fact_when_all_are_shared_in_the_canonical_order(refer, site_settings):
    # Stored in another order: the letter follows SHAREABLE_FACTS all the same.
    data = referral_letter_pdf(refer(list(reversed(SHAREABLE_FACTS))), site_settings)

    text, _reader = read(data)
    for value in (
        DESCRIPTION,
        "Upah, Keselamatan dan Kesehatan Kerja (K3)",
        "5 Maret 2026 (perkiraan)",
        "PT Sawit Makmur Contoh",
        "Kebun Sungai Lestari",
        "Riau, Kab. Siak",
        "37 orang",
        "pekerja kontrak (PKWT)",
        "Siti Rahmawati",
        "081234567890",
        "siti.pelapor@example.com",
    ):
        assert value in text, value
    labels = [
        "Apa yang terjadi",
        "Topik",
        "Waktu kejadian",
        "Pemberi kerja atau perusahaan",
        "Kebun atau perkebunan",
        "Provinsi dan kabupaten/kota",
        "Jumlah pekerja terdampak",
        "Status kerja",
        "Nama pelapor",
        "Telepon dan email pelapor",
    ]
    positions = [text.index(label) for label in labels]
    assert positions == sorted(positions)


def test_the_letter_is_indonesian_whatever_the_active_language(refer, site_settings):
    referral = refer(["topics", "employment_status"])

    with translation.override("en"):
        text, _reader = read(referral_letter_pdf(referral, site_settings))

    assert "Upah" in text
    assert "Wages" not in text
    assert "pekerja kontrak (PKWT)" in text
    assert "contract worker" not in text
    assert "28 November 2026" in text


def test_exact_incident_date_is_not_marked_approximate(refer, case, site_settings):
    case.incident_date_is_approximate = False
    case.save()

    text, _reader = read(referral_letter_pdf(refer(["incident_date"]), site_settings))

    assert "5 Maret 2026" in text
    assert "perkiraan" not in text


def test_typographic_punctuation_and_other_scripts_do_not_break_the_letter(refer, case, site_settings):
    case.description = (
        "Mandor bilang \u201cpotongan wajib\u201d \u2014 katanya \u2018aturan kebun\u2019\u2026 "
        "\u2022 tanpa slip\u00a0gaji \u6f22\u5b57 \U0001f622 \u00e9t\u00e9"
    )
    case.save()

    data = referral_letter_pdf(refer(["description"]), site_settings)

    assert data.startswith(b"%PDF")
    text, _reader = read(data)
    assert "Mandor bilang \"potongan wajib\" - katanya 'aturan kebun'... - tanpa slip gaji" in text
    assert "?? ?" in text
    assert "\u00e9t\u00e9" in text


def test_latin1_maps_punctuation_and_replaces_the_rest():
    assert (
        latin1("\u201ca\u201d \u2018b\u2019 c\u2013d\u2014e\u2026 f\u00a0g \u2022")
        == "\"a\" 'b' c-d-e... f g -"
    )
    assert latin1("Bu\u0301di \u0416 \U0001f600") == "B\u00fadi ? ?"
    assert latin1("a\x85b\x00c\nd") == "abc\nd"
    assert latin1(None) == ""


def test_metadata_names_the_case_and_sender_but_not_the_reporter(refer, case, site_settings):
    data = referral_letter_pdf(refer(["reporter_name", "reporter_contact"]), site_settings)

    _text, reader = read(data)
    metadata = reader.metadata
    assert metadata.title == f"Surat rujukan {case.reference}"
    assert metadata.author == "Jaringan Serikat Pekerja/Serikat Buruh Sawit Indonesia"
    everything = " ".join(str(value) for value in metadata.values())
    for reporter_data in ("Siti", "081234567890", "siti.pelapor@example.com", "Budi"):
        assert reporter_data not in everything


def test_an_overridden_consent_is_not_claimed_as_consent(refer, site_settings):
    referral = refer(
        ["description"], consent_method=Referral.ConsentMethod.OVERRIDE, override_reason="Darurat"
    )

    text, _reader = read(referral_letter_pdf(referral, site_settings))

    assert "dengan persetujuan pelapor" not in text
    assert "tanpa persetujuan pelapor" in text
    assert "Darurat" not in text


def test_long_text_wraps_onto_further_pages(refer, case, site_settings):
    case.description = " ".join(["Buruh harian lepas tidak menerima premi panen selama musim hujan."] * 80)
    case.save()

    data = referral_letter_pdf(refer(["description", "employer"]), site_settings)

    text, reader = read(data)
    assert len(reader.pages) > 1
    assert "PT Sawit Makmur Contoh" in text
    assert f"Halaman 2 dari {len(reader.pages)}" in text


def test_the_letter_carries_its_number_signatory_and_contact_person(client, refer, case, hukatan):
    """Through the case page's letter link, as an operator prints it: numbered in the network's
    form, sequential per year, the same number on every print; signed and with a contact person."""
    site = Site.objects.get(is_default_site=True)
    letters = ReferralLetterSettings.for_site(site)
    letters.signatory_name = "Siti Rahmawati"
    letters.signatory_role = "Koordinator Nasional"
    letters.contact_name = "Budi Santoso"
    letters.contact_phone = "0812-3456-7890"
    letters.save()
    operator = StaffFactory(username="op-surat", role=OPERATOR_GROUP, federation=hukatan)
    Case.objects.filter(pk=case.pk).update(federation=hukatan, responsible_operator=operator)
    first, second = refer(["description"]), refer(["description"])
    client.force_login(operator)

    def print_letter(referral):
        response = client.get(reverse("grievances_case:referral_letter", args=(referral.pk,)))
        assert response.status_code == 200
        return read(response.content)[0]

    today = timezone.localdate()
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][today.month - 1]
    text = print_letter(first)
    assert f"Nomor: 001/JAPBUSI/RJK/{roman}/{today.year}" in text
    assert "Siti Rahmawati" in text and "Koordinator Nasional" in text
    assert "Narahubung: Budi Santoso (0812-3456-7890)" in text
    assert f"002/JAPBUSI/RJK/{roman}/{today.year}" in print_letter(second)
    assert f"001/JAPBUSI/RJK/{roman}/{today.year}" in print_letter(first)  # the same number again


def test_the_number_follows_the_form_the_network_sets(settings):
    settings.GRIEVANCE_REFERRAL_LETTER_NUMBER = "RJK-{year}-{number:04d}"
    assert format_letter_number(12, datetime.date(2026, 12, 4)) == "RJK-2026-0012"
