"""Importing the register from CSV: per-row errors, nothing half-imported."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from grievances.register.importer import import_register_csv
from grievances.register.models import Buyer, Company, CompanyGroup, Estate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """The importer's messages in English here; the screen's test reads them in Indonesian."""
    with translation.override("en"):
        yield


GOOD = """type,name,parent,province,regency,aliases,rspo_member,rspo_member_number,rspo_certified,ispo_certified,buyers,source
group,Grup Makmur,,,,,,,,,,Laporan tahunan 2025
company,PT Sawit Makmur Sejahtera Tbk,Grup Makmur,Riau,,PT SMS,ya,1-0123-45-000-00,,ya,Global Oils;Refinery Satu,rspo.org 2026-11
estate,Kebun Sei Rasau,PT Sawit Makmur Sejahtera Tbk,Riau,,,,,ya,tidak,,kunjungan 2026
afdeling,Afdeling II,Kebun Sei Rasau,,,,,,,,,
mill,PKS Sei Mangkei,PT Sawit Makmur Sejahtera Tbk,,,,,,,,,
"""

BAD = """type,name,parent,province,regency,aliases,rspo_member,rspo_member_number,rspo_certified,ispo_certified,buyers,source
company,PT Baik Sekali,,,,,,,,,,
estate,Kebun Yatim,PT Tidak Ada,,,,,,,,,
company,,,,,,,,,,,
kebun,Kebun Salah Jenis,,,,,,,,,,
company,PT Provinsi Salah,,Atlantis,,,,,,,,
company,PT Bendera Salah,,,,,mungkin,,,,,
"""


def test_a_good_file_is_imported_with_its_sources_and_links():
    result = import_register_csv(GOOD.encode())
    assert result.ok and result.created == 5
    company = Company.objects.get()
    assert company.group == CompanyGroup.objects.get()
    assert company.rspo_member and company.ispo_certified and company.province.name == "Riau"
    assert set(company.buyers.values_list("name", flat=True)) == {"Global Oils", "Refinery Satu"}
    assert "rspo.org 2026-11" in company.sources
    division = Estate.objects.get(kind="afdeling")
    assert division.parent.name == "Kebun Sei Rasau" and division.company == company
    # Importing again updates; a new source is added, not a second company.
    again = import_register_csv(GOOD.replace("rspo.org 2026-11", "rspo.org 2026-12").encode())
    assert again.ok and again.created == 0 and again.updated == 5
    assert Company.objects.get().sources.splitlines() == ["rspo.org 2026-11", "rspo.org 2026-12"]


def test_a_file_with_bad_rows_imports_nothing_and_names_each_bad_row():
    result = import_register_csv(BAD.encode())
    lines = dict(result.errors)
    assert set(lines) == {3, 4, 5, 6, 7}
    assert "PT Tidak Ada" in lines[3]
    assert "empty" in lines[4]
    assert "kebun" in lines[5]
    assert "Atlantis" in lines[6]
    assert "mungkin" in lines[7]
    assert not Company.objects.exists() and not Estate.objects.exists() and not Buyer.objects.exists()


def test_a_published_rspo_member_list_is_read():
    result = import_register_csv(
        b"Name,Member Number,Category\nPT Agro Lestari Nusantara,1-0001-11-000-00,Oil Palm Growers\n"
    )
    assert result.ok
    company = Company.objects.get()
    assert company.rspo_member and company.rspo_member_number == "1-0001-11-000-00"


def test_the_import_screen_reports_the_rows_to_correct(client, staff):
    client.force_login(staff["operator_a"])
    response = client.post(
        reverse("grievances_register_import"),
        {"file": SimpleUploadedFile("daftar.csv", BAD.encode(), "text/csv")},
    )
    html = response.content.decode()
    assert 'data-line="3"' in html and "PT Tidak Ada" in html
    assert not Company.objects.exists()
    response = client.post(
        reverse("grievances_register_import"),
        {"file": SimpleUploadedFile("daftar.csv", GOOD.encode(), "text/csv")},
    )
    assert Company.objects.count() == 1
    assert Company.objects.get().sources.splitlines() == ["rspo.org 2026-11"]


def test_not_utf8_is_refused_clearly():
    result = import_register_csv("type,name\ncompany,PT Café\n".encode("cp1252"))
    assert not result.ok and "UTF-8" in result.errors[0][1]
