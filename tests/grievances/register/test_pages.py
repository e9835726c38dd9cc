"""Company and estate pages: counts for every case, cases opened only within the access rules;
the register is for case staff, never for writers or the public."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from grievances.cases.followup import RemedyItem
from grievances.cases.models import CaseEvent
from grievances.cases.states import Status
from grievances.factories import RemedyItemFactory
from grievances.register.models import CaseRegisterLink

from .conftest import linked_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def cases(makmur, rasau, wages, hukatan, nikeuba):
    return {
        "own": linked_case(makmur, rasau, wages, federation=hukatan),
        "other": linked_case(makmur, rasau, wages, federation=nikeuba, status=Status.HANDLING),
    }


def test_a_coordinator_sees_every_case_counted_but_opens_only_their_federations(client, staff, makmur, cases):
    client.force_login(staff["coordinator_a"])
    html = client.get(reverse("grievances_register_company:inspect", args=(makmur.pk,))).content.decode()
    assert "2 kasus" in html and "1 dari 2 kasus" in html
    assert cases["own"].reference in html
    assert cases["other"].reference not in html
    assert reverse("grievances_case:inspect", args=(cases["other"].pk,)) not in html
    # Typing the other federation's case address from the company page: it does not exist for them.
    assert client.get(reverse("grievances_case:inspect", args=(cases["other"].pk,))).status_code == 404


def test_the_estate_page_counts_its_divisions_and_lists_only_visible_cases(client, staff, rasau, cases):
    client.force_login(staff["operator_b"])
    html = client.get(reverse("grievances_register_estate:inspect", args=(rasau.pk,))).content.decode()
    assert "1 dari 2 kasus" in html
    assert cases["other"].reference in html and cases["own"].reference not in html


@pytest.mark.parametrize("who", ["anonymous", "writer"])
def test_writers_and_visitors_never_reach_the_register(client, writer, makmur, cases, who):
    if who == "writer":
        client.force_login(writer)
    for url in (
        reverse("grievances_register_company:index"),
        reverse("grievances_register_company:inspect", args=(makmur.pk,)),
        reverse("grievances_register_patterns"),
        reverse("grievances_register_import"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert makmur.name not in response.content.decode()


def test_the_register_is_not_in_public_search_or_the_sitemap(client, makmur, home_page):
    assert makmur.name not in client.get("/cari/?q=Makmur").content.decode()
    assert makmur.name not in client.get("/sitemap.xml").content.decode()


def test_the_listing_finds_a_company_by_a_name_it_goes_by(client, staff, makmur):
    makmur.aliases = "Sawit Makmur Group"
    makmur.save()
    client.force_login(staff["operator_a"])
    html = client.get(reverse("grievances_register_company:index"), {"q": "Makmur Group"}).content.decode()
    assert makmur.name in html


def test_the_operator_confirms_a_suggestion_and_the_reporters_words_stay(
    client, staff, makmur, rasau, hukatan
):
    case = linked_case(
        makmur, federation=hukatan, employer="pt. sawit makmur sejahtera tbk", estate="kebun sungai rasau"
    )
    CaseRegisterLink.objects.filter(case=case).delete()
    client.force_login(staff["operator_a"])
    page = client.get(reverse("grievances_case:inspect", args=(case.pk,))).content.decode()
    assert "Sawit Makmur Sejahtera Tbk" in page and f'value="{makmur.pk}"' in page
    response = client.post(
        reverse("grievances_register_case_link", args=(case.pk,)), {"company": makmur.pk, "estate": rasau.pk}
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert (case.register_link.company, case.register_link.estate) == (makmur, rasau)
    assert case.employer == "pt. sawit makmur sejahtera tbk" and case.estate == "kebun sungai rasau"
    assert case.events.filter(kind=CaseEvent.Kind.NOTE, text__contains=makmur.name).exists()


def test_the_operator_creates_a_new_entry_named_as_the_reporter_wrote(client, staff, hukatan):
    case = linked_case(None, federation=hukatan, employer="PT Baru Sekali")
    CaseRegisterLink.objects.filter(case=case).delete()
    client.force_login(staff["operator_a"])
    client.post(
        reverse("grievances_register_case_link", args=(case.pk,)),
        {
            "company": "new",
            "new_company_name": "PT Baru Sekali",
            "estate": "new",
            "new_estate_name": "Kebun Baru",
            "new_estate_kind": "estate",
        },
    )
    case.refresh_from_db()
    assert case.register_link.company.name == "PT Baru Sekali"
    assert case.register_link.estate.company == case.register_link.company


def test_another_federations_operator_cannot_link_a_case(client, staff, makmur, cases):
    client.force_login(staff["operator_b"])
    response = client.post(
        reverse("grievances_register_case_link", args=(cases["own"].pk,)), {"company": makmur.pk}
    )
    assert response.status_code == 404


def test_duplicates_are_suggested_by_the_register_not_the_spelling(client, staff, makmur, wages, hukatan):
    first = linked_case(makmur, topic=wages, federation=hukatan, employer="PT Sawit Makmur")
    second = linked_case(makmur, topic=wages, federation=hukatan, employer="sawit makmoer sejahtera")
    client.force_login(staff["operator_a"])
    html = client.get(reverse("grievances_case:inspect", args=(second.pk,))).content.decode()
    duplicates = html.split('id="group-heading"')[1].split("</section>")[0]
    assert first.reference in duplicates


def page_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_company_and_estate_pages_run_as_many_queries_for_many_cases_as_for_few(
    client, settings, staff, makmur, rasau, wages, hukatan, nikeuba
):
    settings.GRIEVANCE_REPEAT_MIN_REPORTERS = 2  # a repeat flag in both states
    client.force_login(staff["coordinator_a"])
    urls = [
        reverse("grievances_register_company:inspect", args=(makmur.pk,)),
        reverse("grievances_register_estate:inspect", args=(rasau.pk,)),
    ]
    for federation in (hukatan, nikeuba):
        linked_case(makmur, rasau, wages, federation=federation, outcome="won")
    few = [page_queries(client, url) for url in urls]
    for n in range(20):
        linked_case(makmur, rasau, wages, federation=(hukatan, nikeuba)[n % 2], status=Status.HANDLING)
    assert [page_queries(client, url) for url in urls] == few


def test_the_company_page_counts_remedies_promised_and_delivered_across_federations(
    client, staff, makmur, cases
):
    RemedyItemFactory(case=cases["own"], delivered_on=datetime.date(2026, 11, 2))
    RemedyItemFactory(case=cases["other"])  # promised, not delivered yet
    RemedyItemFactory(case=cases["other"], kind=RemedyItem.Kind.BPJS, reporter_answer="received")
    client.force_login(staff["coordinator_a"])

    html = client.get(reverse("grievances_register_company:inspect", args=(makmur.pk,))).content.decode()

    remedies = html.split("Pemulihan dipenuhi")[1].split("</ul>")[0]
    assert "1 dari 2 sudah diterima" in remedies
    assert "1 dari 1 sudah diterima" in remedies
    # Counted, never a case of another federation to open.
    assert cases["other"].reference not in html
