"""Wagtail's reference index and its usage screens never list cases: the usage page of a province,
federation or topic is open to staff who may not see the cases that point at it."""

import io

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import ReferenceIndex

from grievances.cases.models import Case
from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import CaseFactory, StaffFactory
from home.models import Province
from home.roles import WRITER_GROUP

pytestmark = pytest.mark.django_db


@pytest.fixture
def riau_case(hukatan):
    province = Province.objects.order_by("pk").first()
    # Saved (the index follows saves) and the index rebuilt, as `rebuild_references_index` does.
    case = CaseFactory(federation=hukatan, province=province, employer="PT Sawit Rahasia")
    call_command("rebuild_references_index", stdout=io.StringIO())
    return case


def usage_pages(case):
    return [
        reverse("wagtailsnippets_home_province:usage", args=(case.province_id,)),
        reverse("wagtailsnippets_home_federation:usage", args=(case.federation_id,)),
    ]


def test_cases_are_not_in_the_reference_index(riau_case):
    case_type = ContentType.objects.get_for_model(Case)
    assert not ReferenceIndex.get_references_for_object(riau_case).exists()
    assert not ReferenceIndex.objects.filter(base_content_type=case_type).exists()


@pytest.mark.parametrize("who", ["other_operator", "writer"])
def test_usage_pages_show_no_case_to_staff_who_may_not_see_it(client, riau_case, nikeuba, who):
    if who == "other_operator":
        user = StaffFactory(username="op-nikeuba", role=OPERATOR_GROUP, federation=nikeuba)
    else:
        user = StaffFactory(username="penulis", role=WRITER_GROUP)
    # Allowed to keep the shared vocabulary, as a system owner may let them: the usage page opens.
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="home", codename__in=["change_province", "change_federation"]
        ),
        Permission.objects.get(codename="access_admin"),
    )
    client.force_login(user)
    for url in usage_pages(riau_case):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert riau_case.reference not in html, url
        assert "PT Sawit Rahasia" not in html, url
