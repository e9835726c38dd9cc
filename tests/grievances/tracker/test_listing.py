"""The case listing reads as the case team speaks: full names, one Indonesian date, Ya/Tidak, "Semua"."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from grievances.cases.roles import LEGAL_ADVISOR_GROUP, OPERATOR_GROUP, SYSTEM_OWNER_GROUP
from grievances.factories import CaseFactory, StaffFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(hukatan):
    return StaffFactory(
        username="op-daftar", role=OPERATOR_GROUP, federation=hukatan, first_name="Sri", last_name="Wahyuni"
    )


def listing(client, **query):
    return client.get(reverse("grievances_case:index"), query, HTTP_ACCEPT_LANGUAGE="id").content.decode()


def test_assignees_by_full_name_and_dates_in_one_indonesian_local_format(client, operator, hukatan):
    received = timezone.make_aware(datetime.datetime(2027, 1, 13, 23, 30), datetime.UTC)
    case = CaseFactory(federation=hukatan, responsible_operator=operator, deadline=received)
    type(case).objects.filter(pk=case.pk).update(created_at=received)
    client.force_login(operator)
    html = listing(client)
    assert "Sri Wahyuni" in html and ">op-daftar<" not in html
    # 23:30 UTC is 06:30 the next morning in Jakarta; the month is spelt out.
    assert "14 Januari 2027 06:30" in html
    assert "14 Januari 2027" in html and "14 Jan 2027" not in html


def test_column_headers_are_capitalised(client, operator, hukatan):
    CaseFactory(federation=hukatan)
    client.force_login(operator)
    html = listing(client)
    headers = [
        re.sub(r"<[^>]+>|\s+", " ", header).strip()
        for header in re.findall(r"<th\b[^>]*>(.*?)</th>", html, re.S)
    ]
    named = [header for header in headers if header]
    assert "Belum dibaca" in named and "Tenggat" in named and "Penasihat hukum" in named
    assert all(header[0].isupper() for header in named), named


def test_unset_filters_read_all_not_dashes_or_unknown(client, operator):
    client.force_login(operator)
    html = listing(client)
    assert "---------" not in html
    assert "Tidak diketahui" not in html
    assert html.count(">Semua</option>") >= 6


def test_the_overdue_filter_reads_ya_tidak_and_still_filters(client, operator, hukatan):
    late = CaseFactory(federation=hukatan, deadline=timezone.now() - datetime.timedelta(days=2))
    on_time = CaseFactory(federation=hukatan, deadline=timezone.now() + datetime.timedelta(days=2))
    client.force_login(operator)
    html = listing(client, overdue="true")
    assert '<option value="true" selected>Ya</option>' in html
    assert late.reference in html and on_time.reference not in html
    html = listing(client, overdue="false")
    assert on_time.reference in html and late.reference not in html


def test_wagtails_users_list_says_ya_tidak_not_true_false(client):
    owner = StaffFactory(username="pemilik-daftar", role=SYSTEM_OWNER_GROUP, is_superuser=True)
    StaffFactory(username="nonaktif", is_active=False)
    client.force_login(owner)
    html = client.get(reverse("wagtailusers_users:index"), HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "True" not in html and "False" not in html
    assert "Ya" in html and "Tidak" in html


def test_each_row_opens_its_case_page_and_offers_no_link_the_user_cannot_follow(client, hukatan):
    advisor = StaffFactory(username="pen-daftar", role=LEGAL_ADVISOR_GROUP)
    case = CaseFactory(federation=hukatan, legal_advisor=advisor, employer="PT <Sawit> & Co")
    client.force_login(advisor)
    html = listing(client)
    row = re.search(r"<tr>\s*(<td class=\"bulk-action-checkbox-cell\">.*?)</tr>", html, re.S).group(1)
    # The box for the bulk actions names the case for a screen reader; the reference opens the case page.
    assert f'data-object-id="{case.pk}"' in row and f'aria-describedby="case_{case.pk}_title"' in row
    inspect = reverse("grievances_case:inspect", args=(case.pk,))
    assert f'<a href="{inspect}"><span id="case_{case.pk}_title">{case.reference}</span></a>' in row
    # An advisor may not correct the facts: no edit link, and no menu of links on the row.
    assert "/edit/" not in row and "w-dropdown" not in row
    # What staff or the reporter typed is escaped.
    assert "PT &lt;Sawit&gt; &amp; Co" in row


def test_a_filter_keeps_the_chosen_options_selected(client, operator, hukatan):
    CaseFactory(federation=hukatan, status="handling")
    client.force_login(operator)
    html = listing(client, status=["handling", "referred"], channel="sms")
    assert '<option value="handling" selected>' in html and '<option value="referred" selected>' in html
    assert '<option value="received">' in html
    assert '<option value="sms" selected>SMS</option>' in html
    assert re.search(r'<select name="status" id="id_status" multiple>', html)


def test_the_filters_offer_the_federations_and_staff_as_they_are_now(client, operator, hukatan):
    """The filters' option lists are kept between requests; a change to what they list shows at once."""
    from home.models import Federation

    advisor = StaffFactory(
        username="pen-filter", role=LEGAL_ADVISOR_GROUP, first_name="Dewi", last_name="Lestari"
    )
    client.force_login(operator)
    html = listing(client)
    assert ">Dewi Lestari</option>" in html and ">FSB Baru</option>" not in html

    Federation.objects.create(name="Federasi Serikat Buruh Baru", short_name="FSB Baru", slug="fsb-baru")
    advisor.first_name = "Dewi Ayu"
    advisor.save()
    html = listing(client)
    assert ">FSB Baru</option>" in html
    assert ">Dewi Ayu Lestari</option>" in html and ">Dewi Lestari</option>" not in html

    # Someone who leaves the case team is no longer offered as an assignee.
    advisor.groups.clear()
    assert ">Dewi Ayu Lestari</option>" not in listing(client)


def test_rows_name_the_federation_and_people_as_they_are_now(client, operator, hukatan):
    """The rows' federations, provinces and people are kept between requests; a renamed person or
    federation reads renamed at the next page, and someone who left the case team is still named."""
    from home.models import Province

    advisor = StaffFactory(
        username="pen-baris", role=LEGAL_ADVISOR_GROUP, first_name="Rina", last_name="Siregar"
    )
    province = Province.objects.order_by("pk").first()
    CaseFactory(federation=hukatan, legal_advisor=advisor, responsible_operator=operator, province=province)
    client.force_login(operator)

    def row():
        html = listing(client)
        return re.search(r"<tbody>(.*?)</tbody>", html, re.S).group(1)

    first = row()
    assert "Rina Siregar" in first and "Sri Wahyuni" in first
    assert f"<td>{hukatan.short_name}</td>" in first and f"<td>{province.name}</td>" in first

    advisor.first_name = "Rina Maria"
    advisor.save()
    hukatan.short_name = "FSB Hukatan Baru"
    hukatan.save()
    province.name = "Provinsi Uji"
    province.save()
    renamed = row()
    assert "Rina Maria Siregar" in renamed and "Rina Siregar" not in renamed
    assert "<td>FSB Hukatan Baru</td>" in renamed and "<td>Provinsi Uji</td>" in renamed

    advisor.groups.clear()
    assert "Rina Maria Siregar" in row()


def test_a_province_in_the_filter_reads_in_each_users_admin_language(client, operator, hukatan):
    from wagtail.users.models import UserProfile

    from home.models import Province

    Province.objects.create(
        name="Kalimantan Utara Uji", name_en="North Kalimantan Test", code="99", slug="kaltara-uji"
    )
    english_speaker = StaffFactory(username="op-english", role=OPERATOR_GROUP, federation=hukatan)
    profile = UserProfile.get_for_user(english_speaker)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(operator)
    assert ">Kalimantan Utara Uji</option>" in listing(client)
    client.force_login(english_speaker)
    assert ">North Kalimantan Test</option>" in listing(client)
    client.force_login(operator)
    assert ">Kalimantan Utara Uji</option>" in listing(client)


def test_the_listings_header_is_each_users_own_and_follows_their_query_and_role(client, operator, hukatan):
    """The header (buttons, search box, filters) is kept between requests: never shown to another
    user, and drawn again when the query or the user's role changes."""
    from django.contrib.auth.models import Group

    advisor = StaffFactory(username="pen-kepala", role=LEGAL_ADVISOR_GROUP)

    def header(user, **query):
        client.force_login(user)
        return re.search(r'<header class="w-slim-header.*?</header>', listing(client, **query), re.S).group(0)

    assert "Tambah kasus" in header(operator)
    assert "Tambah kasus" not in header(advisor)
    assert "Tambah kasus" in header(operator)

    assert '<option value="true" selected>Ya</option>' not in header(operator)
    filtered = header(operator, overdue="true", q="Sawit")
    assert '<option value="true" selected>Ya</option>' in filtered and 'value="Sawit"' in filtered
    assert 'value="Sawit"' not in header(operator)

    # Made a legal advisor, the operator may no longer add cases: the button goes at the next page.
    operator.groups.set([Group.objects.get(name=LEGAL_ADVISOR_GROUP)])
    assert "Tambah kasus" not in header(operator)


def test_page_links_and_sorting_follow_the_cases_and_the_chosen_order(client, operator, hukatan):
    """Page links and column headers are kept between requests: a 51st case brings a second page
    at once, and the header marks the order the user chose."""
    CaseFactory.create_batch(50, federation=hukatan)
    client.force_login(operator)
    assert "?p=2" not in listing(client)
    CaseFactory(federation=hukatan)
    assert "?p=2" in listing(client)

    def deadline_link(html):
        head = re.search(r"<thead>.*?</thead>", html, re.S).group(0)
        return re.search(r'href="[^"]*ordering=(-?deadline)"', head).group(1)

    # Each header links to the other order of its column.
    assert deadline_link(listing(client, ordering="deadline")) == "-deadline"
    assert deadline_link(listing(client, ordering="-deadline")) == "deadline"


def test_words_searched_for_are_not_kept_in_the_cache(client, operator, hukatan):
    """The listing's header and links are kept in the cache (Redis in production), but not while
    searching: what an operator types may be a reporter's name."""
    from django.core.cache import cache

    CaseFactory(federation=hukatan, reporter_name="Siti Rahayu")
    client.force_login(operator)
    html = listing(client, q="Siti Rahayu", status="received")
    assert 'value="Siti Rahayu"' in html
    listing(client, status="received")
    kept = list(cache._cache.values())
    assert kept and not any(b"Siti Rahayu" in value for value in kept)
