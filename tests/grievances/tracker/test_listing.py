"""The case listing reads as the case team speaks: full names, one Indonesian date, Ya/Tidak, "Semua"."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from grievances.cases.roles import OPERATOR_GROUP, SYSTEM_OWNER_GROUP
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
