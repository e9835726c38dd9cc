"""The catalogue of case fields: complete, and read by everything that shows or removes a case's data."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation
from pypdf import PdfReader
from wagtail.models import Site

from grievances.cases.fields import (
    CATALOGUE,
    FIELDS,
    FORM_GROUPS,
    KEEP,
    SHARED_FACTS,
    correctable_fields,
    display_value,
    exported_fields,
    report_form_fields,
    value_readers,
)
from grievances.cases.models import Case
from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import CaseFactory, StaffFactory
from grievances.intake.forms import ReportForm
from grievances.intake.pages import GrievanceFormPage
from grievances.privacy.retention import anonymise_case
from grievances.privacy.views import CorrectionForm
from grievances.referrals.actions import snapshot_facts
from grievances.referrals.admin import ReferralForm
from grievances.referrals.letters import referral_letter_pdf
from grievances.referrals.links import partner_link_token
from grievances.referrals.models import Referral, ReferralPartner
from grievances.tracker.viewsets import EXPORT_FIELDS
from home.models import Province, Regency, SiteSettings, Topic


def model_fields():
    # Its own columns and its many-to-many fields; not the relations other models point at it.
    return {
        field.name
        for field in Case._meta.get_fields()
        if field.concrete or (field.many_to_many and not field.auto_created)
    }


def test_every_field_of_a_case_is_in_the_catalogue_once():
    names = [entry.name for entry in CATALOGUE]
    assert len(names) == len(set(names)), "a field is declared twice"
    missing = model_fields() - set(names)
    assert not missing, f"declare these Case fields in grievances/cases/fields.py: {sorted(missing)}"
    unknown = set(names) - model_fields()
    assert not unknown, f"the catalogue names fields Case does not have: {sorted(unknown)}"


def test_personal_data_is_wiped_when_a_case_is_anonymised(case):
    kept = [entry.name for entry in CATALOGUE if entry.personal and entry.anonymised is KEEP]
    assert not kept, f"personal fields that anonymising would keep: {kept}"
    anonymise_case(case)
    case.refresh_from_db()
    for entry in CATALOGUE:
        if entry.anonymised is not KEEP:
            assert getattr(case, entry.name) == entry.anonymised, entry.name
    # What statistics need stays.
    assert case.employer == "PT Sawit Contoh" and case.province.code == "14"


def test_every_shared_fact_is_made_of_catalogued_fields_and_every_shared_field_has_a_fact():
    for fact in SHARED_FACTS.values():
        assert fact.fields, f"the shared fact {fact.key} carries no field"
    assert {entry.shared_as for entry in CATALOGUE if entry.shared_as} == set(SHARED_FACTS)
    # The reporter's identity and contact are shared only as identity facts.
    for name in ("reporter_name", "phone", "email"):
        assert SHARED_FACTS[FIELDS[name].shared_as].identity


def test_the_forms_and_the_export_ask_and_show_exactly_what_the_catalogue_says(case):
    form = ReportForm()
    asked = [name for name in form.fields if name in FIELDS]
    assert asked == report_form_fields()
    assert {entry.form_group for entry in CATALOGUE if entry.form_group} == {
        group.key for group in FORM_GROUPS
    }
    assert list(CorrectionForm().fields) == correctable_fields()
    assert exported_fields() == EXPORT_FIELDS
    referral_choices = [key for key, _label in ReferralForm(case=case).fields["shared_facts"].choices]
    assert referral_choices == list(SHARED_FACTS)


@pytest.fixture
def form_page(home_page):
    page = GrievanceFormPage(title="Laporkan masalah", slug="laporkan")
    home_page.add_child(instance=page)
    return page


def test_the_report_form_asks_each_section_s_questions_under_its_heading(client, form_page):
    html = client.get(form_page.url).content.decode()
    with translation.override("id"):
        form = ReportForm()
        for section in form.sections:
            start = html.index(f'id="part-{section["key"]}"')
            end = html.find("</section>", start)
            for field, _before, _notice in section["fields"]:
                assert f'name="{field.name}"' in html[start:end], (section["key"], field.name)
        # Every question the catalogue words is worded so on the page.
        for name in report_form_fields():
            if FIELDS[name].question:
                assert str(FIELDS[name].question) in html or name == "topics", name


@pytest.fixture
def case(db):
    riau = Province.objects.get(code="14")
    return CaseFactory(
        description="Upah dipotong tanpa penjelasan.",
        identity_mode=Case.IdentityMode.NAMED,
        reporter_name="Siti Rahmawati",
        phone="081234567890",
        email="siti@example.com",
        consent_contact=True,
        consent_share_with_partners=True,
        employer="PT Sawit Contoh",
        estate="",
        province=riau,
        regency=Regency.objects.get(province=riau, name="Siak"),
        incident_date=datetime.date(2026, 3, 5),
        incident_date_is_approximate=True,
        workers_affected=0,
        employment_status=Case.EmploymentStatus.CONTRACT,
        status="handling",
        topics=Topic.objects.filter(slug="upah"),
    )


def letter_text(referral):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    reader = PdfReader(io.BytesIO(referral_letter_pdf(referral, site_settings)))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_the_letter_and_the_partner_page_show_the_same_words_for_every_fact(client, case):
    partner = ReferralPartner.objects.create(name="LBH Contoh", kind="legal_aid")
    referral = Referral.objects.create(
        case=case,
        partner=partner,
        reason="Perlu pendampingan.",
        shared_facts=list(SHARED_FACTS),
        shared_snapshot=snapshot_facts(case, list(SHARED_FACTS)),
        link_issued_at=timezone.now(),
        consent_method="phone",
    )
    page = client.get(
        reverse("referral_partner_answer", args=(referral.pk, partner_link_token(referral))), follow=True
    )
    html = " ".join(page.content.decode().split())
    letter = letter_text(referral)
    expected = {
        "Jumlah pekerja terdampak": "0 orang",
        "Waktu kejadian": "5 Maret 2026 (perkiraan)",
        "Kebun atau perkebunan": "(tidak diisi)",
        "Provinsi dan kabupaten/kota": "Riau, Kab. Siak",
        "Status kerja": "pekerja kontrak (PKWT)",
    }
    for label, value in expected.items():
        assert f"<dt>{label}</dt><dd>{value}</dd>" in html, label
        assert label in letter and value in letter, label


def test_the_export_shows_labels_and_local_dates_not_stored_values(client, case, django_user_model):
    operator = django_user_model.objects.create_user("operator-ekspor", "op@japbusi.example", "x")
    operator.groups.add(Group.objects.get(name=OPERATOR_GROUP))
    Case.objects.filter(pk=case.pk).update(
        risk_retaliation=True, created_at=timezone.make_aware(datetime.datetime(2027, 1, 13, 14, 2, 48))
    )
    client.force_login(operator)
    response = client.get(reverse("grievances_case:index") + "?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    header, row = rows[0], rows[1]
    values = dict(zip(header, row, strict=True))
    assert values["Status"] == "penanganan"
    assert values["Saluran"] == "formulir web"
    assert (
        values["Takut pembalasan"] == "Ya" and values["Keadaan darurat keselamatan atau kesehatan"] == "Tidak"
    )
    assert values["Waktu diterima"] == "13 Januari 2027 14:02"
    stored = {"handling", "web", "True", "False", "pkwt"}
    assert not stored & set(row)


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("time_zone", ["Asia/Jakarta", "Asia/Jayapura"])
def test_the_exports_readers_write_each_field_exactly_as_the_case_page_does(case, language, time_zone):
    """The export looks labels, month names and people up once; every cell stays the same text."""
    advisor = StaffFactory(first_name="Rudi", last_name="Hartono")
    nameless = StaffFactory(username="tanpa-nama")
    Case.objects.filter(pk=case.pk).update(
        legal_advisor=advisor,
        responsible_operator=nameless,
        risk_retaliation=True,
        deadline=timezone.make_aware(datetime.datetime(2027, 1, 31, 23, 30)),
        created_at=timezone.make_aware(datetime.datetime(2027, 1, 13, 14, 2, 48)),
        dispute_stage_started_on=datetime.date(2027, 12, 1),
    )
    case.handlers.add(advisor)
    unknown = Case.objects.get(pk=case.pk)
    unknown.channel = "telegram"  # a stored value the choices do not (or no longer) know
    empty = CaseFactory()
    names = [entry.name for entry in CATALOGUE]
    with translation.override(language), timezone.override(time_zone):
        readers = value_readers(names)
        read = []
        for subject in (Case.objects.get(pk=case.pk), unknown, empty):
            read.append({name: reader(subject) for name, reader in zip(names, readers, strict=True)})
            assert read[-1] == {name: display_value(subject, name) for name in names}
    full, unknown_read, _empty_read = read
    hour = {"Asia/Jakarta": "14:02", "Asia/Jayapura": "16:02"}[time_zone]
    assert full["created_at"] == {"id": f"13 Januari 2027 {hour}", "en": f"13 January 2027 {hour}"}[language]
    assert full["legal_advisor"] == "Rudi Hartono" and full["responsible_operator"] == "tanpa-nama"
    assert full["risk_retaliation"] == {"id": "Ya", "en": "Yes"}[language]
    assert full["channel"] != "telegram" and unknown_read["channel"] == "telegram"
