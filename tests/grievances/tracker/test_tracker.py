"""The case tracker screens, tried from every side: own federation, other federation, writers."""

import re

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from grievances.cases.models import CaseEvent
from grievances.cases.roles import LEGAL_ADVISOR_GROUP, OPERATOR_GROUP
from grievances.cases.states import Status
from grievances.factories import CaseFactory, StaffFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(hukatan, nikeuba):
    return {
        "own": CaseFactory(federation=hukatan, employer="PT Hukatan Contoh"),
        "other": CaseFactory(federation=nikeuba, employer="PT Nikeuba Contoh"),
        "operator": StaffFactory(username="op-hukatan", role=OPERATOR_GROUP, federation=hukatan),
        "advisor": StaffFactory(username="advisor", role=LEGAL_ADVISOR_GROUP),
    }


CASE_URLS = ["inspect", "edit", "history", "delete", "usage"]


def test_the_listing_shows_only_the_operators_federation(client, world):
    client.force_login(world["operator"])
    html = client.get(reverse("grievances_case:index")).content.decode()
    assert world["own"].reference in html
    assert world["other"].reference not in html


def test_a_reference_in_the_listing_opens_the_case_page_not_the_edit_form(client, world):
    client.force_login(world["operator"])
    html = client.get(reverse("grievances_case:index")).content.decode()
    case_page = reverse("grievances_case:inspect", args=(world["own"].pk,))
    link = re.search(
        r'<a\b[^>]*\bhref="([^"]+)"[^>]*>\s*(?:<span[^>]*>)?' + re.escape(world["own"].reference), html
    )
    assert link and link.group(1) == case_page


@pytest.mark.parametrize("typed", ["lower", "no dash", "spaces"])
def test_the_listing_finds_a_reference_typed_in_lower_case_or_without_its_dash(client, world, typed):
    reference = world["own"].reference
    query = {
        "lower": reference.lower(),
        "no dash": reference.replace("-", ""),
        "spaces": reference.replace("-", " "),
    }
    client.force_login(world["operator"])
    html = client.get(reverse("grievances_case:index"), {"q": query[typed]}).content.decode()
    assert reference in html
    # Still only within what the operator may see: the other federation's reference finds nothing.
    other = client.get(
        reverse("grievances_case:index"), {"q": world["other"].reference.lower()}
    ).content.decode()
    assert world["other"].reference not in other


def test_the_admin_sends_no_staff_email_hash_to_an_avatar_service(client, world):
    client.force_login(world["operator"])
    for url in (reverse("wagtailadmin_home"), reverse("grievances_case:index")):
        html = client.get(url).content.decode()
        assert "gravatar" not in html, url


@pytest.mark.parametrize("view", CASE_URLS)
def test_another_federations_case_by_url_is_a_404_and_is_logged(client, world, view):
    client.force_login(world["operator"])
    response = client.get(reverse(f"grievances_case:{view}", args=(world["other"].pk,)))
    assert response.status_code == 404
    assert ModelLogEntry.objects.filter(
        action="grievances.denied", object_id=str(world["other"].pk), user=world["operator"]
    ).exists()


def test_transitions_and_messages_on_another_federations_case_are_refused(client, world):
    client.force_login(world["operator"])
    other = world["other"]
    assert (
        client.post(reverse("grievances_case:transition", args=(other.pk, "start_verification"))).status_code
        == 404
    )
    assert (
        client.post(
            reverse("grievances_case:message", args=(other.pk,)), {"visibility": "internal", "text": "x"}
        ).status_code
        == 404
    )
    other.refresh_from_db()
    assert other.status == Status.RECEIVED and not other.events.exists()


@pytest.mark.parametrize("view", ["index"] + CASE_URLS)
def test_writers_see_no_case_at_all(client, writer, world, view):
    client.force_login(writer)
    args = () if view == "index" else (world["own"].pk,)
    response = client.get(reverse(f"grievances_case:{view}", args=args))
    assert response.status_code in (302, 403, 404)
    assert world["own"].reference not in response.content.decode()


def test_export_holds_only_permitted_rows_and_is_logged_per_case(client, world):
    client.force_login(world["operator"])
    response = client.get(reverse("grievances_case:index"), {"export": "csv"})
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert world["own"].reference in body
    assert world["other"].reference not in body
    assert (
        ModelLogEntry.objects.filter(action="grievances.export", object_id=str(world["own"].pk)).count() == 1
    )
    assert not ModelLogEntry.objects.filter(
        action="grievances.export", object_id=str(world["other"].pk)
    ).exists()


def test_opening_a_case_marks_reporter_messages_read_and_is_logged(client, world):
    case = world["own"]
    CaseEvent.objects.create(
        case=case, kind=CaseEvent.Kind.MESSAGE, from_reporter=True, is_unread=True, text="Halo"
    )
    client.force_login(world["operator"])

    response = client.get(reverse("grievances_case:inspect", args=(case.pk,)))

    assert response.status_code == 200
    assert "Halo" in response.content.decode()
    assert not case.events.filter(is_unread=True).exists()
    assert ModelLogEntry.objects.filter(action="grievances.view", object_id=str(case.pk)).exists()
    assert 'data-transition="start_verification"' in response.content.decode()
    assert 'data-transition="close"' not in response.content.decode()


def test_the_operator_verifies_assigns_and_messages_and_the_reporter_reads_it(client, world, form_page):
    case = world["own"]
    operator, advisor = world["operator"], world["advisor"]
    client.force_login(operator)

    client.post(reverse("grievances_case:transition", args=(case.pk, "start_verification")))
    client.post(
        reverse("grievances_case:assign", args=(case.pk,)),
        {"responsible_operator": operator.pk, "legal_advisor": advisor.pk},
    )
    client.post(
        reverse("grievances_case:checklist", args=(case.pk,)),
        {"items": ["reporter_reached", "employer_identified", "evidence_seen", "federation_confirmed"]},
    )
    client.post(reverse("grievances_case:transition", args=(case.pk, "verify")))
    client.post(
        reverse("grievances_case:message", args=(case.pk,)),
        {"visibility": "reporter", "text": "Kami sudah menghubungi perusahaan."},
    )
    client.post(
        reverse("grievances_case:message", args=(case.pk,)),
        {"visibility": "internal", "text": "Catatan rahasia"},
    )

    case.refresh_from_db()
    assert case.status == Status.HANDLING
    assert (case.responsible_operator, case.legal_advisor) == (operator, advisor)
    assert case.events.filter(kind=CaseEvent.Kind.ASSIGNMENT).exists()
    # The advisor now sees the case they were assigned to.
    client.force_login(advisor)
    assert client.get(reverse("grievances_case:inspect", args=(case.pk,))).status_code == 200

    # The reporter reads the message, not the internal note.
    reporter = client.__class__()
    reporter.post(f"{form_page.url}status/", {"reference": case.reference, "secret": case._secret})
    html = reporter.get(f"{form_page.url}status/kasus/").content.decode()
    assert "Kami sudah menghubungi perusahaan." in html
    assert "Catatan rahasia" not in html


def test_the_site_history_report_shows_only_cases_the_user_may_see(client, world):
    client.force_login(world["operator"])
    client.get(reverse("grievances_case:inspect", args=(world["own"].pk,)))
    owner = client.__class__()
    from django.contrib.auth import get_user_model

    boss = get_user_model().objects.create_superuser("boss", "boss@japbusi.example", "x")
    owner.force_login(boss)
    owner.get(reverse("grievances_case:inspect", args=(world["other"].pk,)))

    html = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert world["other"].reference not in html
    # The case's own history page, scoped like every case view, shows who opened it.
    history = client.get(reverse("grievances_case:history", args=(world["own"].pk,))).content.decode()
    assert "operator" in history.lower() or "op-hukatan" in history


def test_only_system_owners_manage_federation_memberships(client, world):
    url = reverse("grievances_membership:index")
    client.force_login(world["operator"])
    assert client.get(url).status_code in (302, 403)

    from grievances.cases.roles import SYSTEM_OWNER_GROUP

    owner = StaffFactory(username="pemilik-uji", email="p@japbusi.example", role=SYSTEM_OWNER_GROUP)
    client.force_login(owner)
    assert client.get(url).status_code == 200
    assert "op-hukatan" in client.get(url).content.decode()


def test_overdue_cases_and_unread_messages_stand_out_in_the_listing(client, world):
    from django.utils import timezone

    late = world["own"]
    late.deadline = timezone.now() - timezone.timedelta(days=2)
    late.save()
    CaseEvent.objects.create(
        case=late, kind=CaseEvent.Kind.MESSAGE, from_reporter=True, is_unread=True, text="?"
    )
    client.force_login(world["operator"])

    html = client.get(reverse("grievances_case:index")).content.decode()
    row = html.split(late.reference, 1)[1].split("</tr>")[0]
    assert "⚠" in row
    assert re.search(r"<td[^>]*>\s*1\s*</td>", row)  # one unread message

    only_overdue = client.get(reverse("grievances_case:index"), {"overdue": "true"}).content.decode()
    assert late.reference in only_overdue


@pytest.mark.parametrize(
    "filters", [{"status": "received"}, {"channel": "web"}, {"risk": "gbv"}, {"q": "PT Hukatan"}]
)
def test_listing_filters_and_search_never_reach_beyond_the_users_cases(client, world, filters):
    client.force_login(world["operator"])
    html = client.get(reverse("grievances_case:index"), filters).content.decode()
    assert world["other"].reference not in html


def test_a_collective_case_acts_on_its_visible_members_only(client, world):
    hukatan = world["own"].federation
    second = CaseFactory(federation=hukatan, employer="PT Hukatan Contoh")
    client.force_login(world["operator"])
    client.post(
        reverse("grievances_case:group", args=(world["own"].pk,)), {"new_group_name": "Kebun Sungai Rasau"}
    )
    world["own"].refresh_from_db()
    group = world["own"].group
    client.post(reverse("grievances_case:group", args=(second.pk,)), {"group": group.pk})
    # Another federation's case in the same group stays out of reach.
    world["other"].group = group
    world["other"].save()

    page = client.get(reverse("grievances_case:collective", args=(group.pk,)))
    assert world["other"].reference not in page.content.decode()
    # Slipping the other federation's case id into the form refuses the whole action.
    refused = client.post(
        reverse("grievances_case:collective", args=(group.pk,)),
        {"cases": [world["own"].pk, second.pk, world["other"].pk], "action": "start_verification"},
    )
    assert refused.status_code == 200 and refused.context["form"].errors["cases"]
    world["own"].refresh_from_db()
    assert world["own"].status == Status.RECEIVED
    client.post(
        reverse("grievances_case:collective", args=(group.pk,)),
        {"cases": [world["own"].pk, second.pk], "action": "start_verification"},
    )
    client.post(
        reverse("grievances_case:collective", args=(group.pk,)),
        {
            "cases": [world["own"].pk, second.pk],
            "action": "message",
            "text": "Kami menangani laporan ini bersama.",
        },
    )

    for case in (world["own"], second):
        case.refresh_from_db()
        assert case.status == Status.VERIFYING
        assert case.events.filter(kind=CaseEvent.Kind.MESSAGE, visibility="reporter").exists()
    world["other"].refresh_from_db()
    assert world["other"].status == Status.RECEIVED and not world["other"].events.exists()


def test_a_collective_case_with_no_visible_member_is_a_404(client, world):
    from grievances.cases.models import CaseGroup

    group = CaseGroup.objects.create(name="Grup lain")
    world["other"].group = group
    world["other"].save()
    client.force_login(world["operator"])
    assert client.get(reverse("grievances_case:collective", args=(group.pk,))).status_code == 404


@pytest.mark.parametrize("view", CASE_URLS)
def test_an_unassigned_legal_advisor_and_an_unnamed_operator_of_a_sensitive_case_get_404(client, world, view):
    client.force_login(world["advisor"])
    assert client.get(reverse(f"grievances_case:{view}", args=(world["own"].pk,))).status_code == 404

    sensitive = CaseFactory(federation=world["own"].federation, risk_gbv=True)
    client.force_login(world["operator"])
    assert client.get(reverse(f"grievances_case:{view}", args=(sensitive.pk,))).status_code == 404
    sensitive.handlers.add(world["operator"])
    named = client.get(reverse(f"grievances_case:{view}", args=(sensitive.pk,))).status_code
    # Once named, the operator sees the case; deleting stays with system owners.
    assert named == (302 if view == "delete" else 200)


def test_no_grievance_model_is_exposed_through_an_api(client, world):
    for url in ("/api/v2/pages/", "/api/cases/", "/admin/api/main/pages/?type=grievances.Case"):
        response = client.get(url)
        assert world["own"].reference not in response.content.decode()
