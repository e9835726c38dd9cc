"""The case page is where the team works: every action from it, for every role, from the allowed
and the forbidden side, through the page and by posting directly."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from grievances.cases.fields import report_form_fields
from grievances.cases.handling import FactCorrection, VerificationCheck, record_checks
from grievances.cases.models import Case, CaseEvent
from grievances.cases.roles import (
    COORDINATOR_GROUP,
    LEGAL_ADVISOR_GROUP,
    OPERATOR_GROUP,
    SYSTEM_OWNER_GROUP,
)
from grievances.cases.states import Status
from grievances.factories import CaseFactory, FullCaseFactory, RemedyItemFactory, StaffFactory
from grievances.tracker.forms import CaseEditForm

pytestmark = pytest.mark.django_db

ROLES = ("operator", "coordinator", "advisor", "owner")


@pytest.fixture
def team(hukatan, nikeuba):
    return {
        "operator": StaffFactory(
            username="op-hukatan", first_name="Ani", role=OPERATOR_GROUP, federation=hukatan
        ),
        "coordinator": StaffFactory(username="koord", role=COORDINATOR_GROUP, federation=hukatan),
        "advisor": StaffFactory(username="penasihat", first_name="Rina", role=LEGAL_ADVISOR_GROUP),
        "owner": StaffFactory(username="pemilik", role=SYSTEM_OWNER_GROUP),
        "other_operator": StaffFactory(username="op-nikeuba", role=OPERATOR_GROUP, federation=nikeuba),
        "federation": hukatan,
    }


def make_case(team, status=Status.RECEIVED, **extra):
    # The advisor is assigned, so that they see the case; nobody is responsible yet.
    return CaseFactory(
        federation=team["federation"],
        employer="PT Contoh",
        status=status,
        legal_advisor=team["advisor"],
        **extra,
    )


def with_remedy(case):
    # Won or partly won needs at least one remedy on record.
    RemedyItemFactory(case=case)
    return case


def resolved_and_unanswered(team):
    # The reporter's reply window (the resolved case's deadline) is over: staff may close.
    long_ago = timezone.now() - datetime.timedelta(days=60)
    return make_case(team, Status.RESOLVED, resolved_at=long_ago, deadline=long_ago)


def url(name, case, *args):
    return reverse(f"grievances_case:{name}", args=(case.pk, *args))


def edit_data(case, **changes):
    form = CaseEditForm(instance=case)
    data = {name: form[name].value() for name in form.fields}
    data = {name: value for name, value in data.items() if value not in (None, [], False)}
    data.update(changes)
    return data


# Each action: the state the case is in, the post that takes it, and whether the case changed.
def _verify_ready(team):
    case = make_case(team, Status.VERIFYING, responsible_operator=team["operator"])
    record_checks(case, team["operator"], VerificationCheck.Item.values)
    return case


ACTIONS = {
    "assign": (
        lambda team: make_case(team),
        lambda client, case, team: client.post(
            url("assign", case),
            {"responsible_operator": team["operator"].pk, "legal_advisor": team["advisor"].pk},
        ),
        lambda case: (
            case.responsible_operator_id is not None
            and case.events.filter(kind=CaseEvent.Kind.ASSIGNMENT).exists()
        ),
    ),
    "checklist": (
        lambda team: make_case(team, Status.VERIFYING),
        lambda client, case, team: client.post(url("checklist", case), {"items": ["reporter_reached"]}),
        lambda case: case.verification_checks.exists(),
    ),
    "start_verification": (
        lambda team: make_case(team),
        lambda client, case, team: client.post(url("transition", case, "start_verification")),
        lambda case: case.status == Status.VERIFYING,
    ),
    "verify": (
        _verify_ready,
        lambda client, case, team: client.post(url("transition", case, "verify")),
        lambda case: case.status == Status.HANDLING,
    ),
    "reject": (
        lambda team: make_case(team, Status.VERIFYING),
        lambda client, case, team: client.post(
            url("transition", case, "reject"),
            {"reject-rejection_reason": "out_of_scope", "reject-reporter_explanation": "Di luar cakupan."},
        ),
        lambda case: case.status == Status.REJECTED,
    ),
    "dispute_stage": (
        lambda team: make_case(team, Status.HANDLING),
        lambda client, case, team: client.post(
            url("dispute_stage", case),
            {"stage": "mediation", "started_on": "2026-11-02", "note": "Risalah bipartit gagal."},
        ),
        lambda case: case.dispute_stage == "mediation" and case.dispute_stage_records.exists(),
    ),
    "message": (
        lambda team: make_case(team, Status.HANDLING),
        lambda client, case, team: client.post(
            url("message", case), {"visibility": "reporter", "text": "Kami sudah bertemu perusahaan."}
        ),
        lambda case: case.events.filter(kind=CaseEvent.Kind.MESSAGE, visibility="reporter").exists(),
    ),
    "internal_note": (
        lambda team: make_case(team, Status.HANDLING),
        lambda client, case, team: client.post(
            url("message", case), {"visibility": "internal", "text": "Catatan hukum: pasal 151."}
        ),
        lambda case: case.events.filter(kind=CaseEvent.Kind.NOTE, visibility="internal").exists(),
    ),
    "resolve": (
        lambda team: with_remedy(make_case(team, Status.HANDLING)),
        lambda client, case, team: client.post(
            url("transition", case, "resolve"),
            {"resolve-outcome": "won", "resolve-outcome_summary": "Upah dibayar penuh."},
        ),
        lambda case: case.status == Status.RESOLVED,
    ),
    "close": (
        lambda team: resolved_and_unanswered(team),
        lambda client, case, team: client.post(url("transition", case, "close"), {"confirmed": "1"}),
        lambda case: case.status == Status.CLOSED,
    ),
    "reopen": (
        lambda team: make_case(team, Status.CLOSED),
        lambda client, case, team: client.post(
            url("transition", case, "reopen"), {"reopen-note": "Pembalasan dilaporkan.", "confirmed": "1"}
        ),
        lambda case: case.status == Status.HANDLING,
    ),
    "correct_facts": (
        lambda team: make_case(team),
        lambda client, case, team: client.post(
            url("edit", case), edit_data(case, description="Upah dipotong sejak Juli.")
        ),
        lambda case: case.description == "Upah dipotong sejak Juli.",
    ),
    "collective_case": (
        lambda team: make_case(team),
        lambda client, case, team: client.post(url("group", case), {"new_group_name": "Kebun Rasau"}),
        lambda case: case.group_id is not None,
    ),
}
STAFF_ONLY = {
    "assign",
    "checklist",
    "start_verification",
    "verify",
    "reject",
    "correct_facts",
    "collective_case",
}
COORDINATOR_AND_OWNER = {"close", "reopen"}
ALLOWED = {
    "operator": set(ACTIONS) - COORDINATOR_AND_OWNER,
    "coordinator": set(ACTIONS),
    "owner": set(ACTIONS),
    # A legal advisor records dispute stages, legal notes, messages and outcomes.
    "advisor": {"dispute_stage", "message", "internal_note", "resolve"},
}
CASES = [(action, role) for action in ACTIONS for role in ROLES]


@pytest.mark.parametrize(("action", "role"), CASES)
def test_each_action_by_each_role_is_taken_or_refused_with_nothing_changed(client, team, action, role):
    setup, post, changed = ACTIONS[action]
    case = setup(team)
    events_before = case.events.count()
    client.force_login(team[role])

    response = post(client, case, team)

    case = Case.objects.get(pk=case.pk)
    if action in ALLOWED[role]:
        assert response.status_code == 302 and response["Location"] == url("inspect", case)
        assert changed(case), f"{role} could not {action}"
        assert case.events.count() > events_before  # every change is on the timeline
    else:
        # Refused on the server, whatever the page shows: 403, or the lifecycle's "you cannot".
        assert response.status_code in (302, 403)
        assert not changed(case), f"{role} could {action}"
        assert case.events.count() == events_before


@pytest.mark.parametrize("action", ACTIONS)
def test_another_federations_operator_posting_any_action_gets_404_and_nothing_changes(client, team, action):
    setup, post, changed = ACTIONS[action]
    case = setup(team)
    events_before = case.events.count()
    client.force_login(team["other_operator"])

    assert post(client, case, team).status_code == 404
    case = Case.objects.get(pk=case.pk)
    assert not changed(case) and case.events.count() == events_before


@pytest.mark.parametrize("action", ACTIONS)
def test_an_anonymous_visitor_guessing_an_action_url_is_sent_to_sign_in(client, team, action):
    setup, post, changed = ACTIONS[action]
    case = setup(team)

    response = post(client, case, team)

    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not changed(Case.objects.get(pk=case.pk))


# What the page offers each role: the forms it shows match what the server allows.
PAGE_MARKERS = {
    "assign": 'data-action="assign"',
    "checklist": 'data-action="checklist"',
    "message": 'data-action="message-reporter"',
    "internal_note": 'data-action="internal-note"',
    "correct_facts": "/edit/",
    "collective_case": "/group/",
}


@pytest.mark.parametrize("role", ROLES)
def test_the_page_offers_each_role_only_what_it_may_do(client, team, role):
    case = make_case(team, Status.VERIFYING)
    client.force_login(team[role])
    html = client.get(url("inspect", case)).content.decode()
    for action, marker in PAGE_MARKERS.items():
        assert (marker in html) == (action in ALLOWED[role]), (role, action)
    handling = make_case(team, Status.HANDLING)
    html = client.get(url("inspect", handling)).content.decode()
    assert 'data-action="dispute-stage"' in html
    assert 'data-transition="resolve"' in html


def test_the_case_page_shows_every_fact_the_reporter_gave_and_the_risks_first(client, team):
    case = FullCaseFactory(
        federation=team["federation"],
        risk_retaliation=True,
        risk_emergency=True,
        legal_advisor=team["advisor"],
    )
    client.force_login(team["operator"])
    html = client.get(url("inspect", case)).content.decode()

    for name in report_form_fields():
        assert f'data-fact="{name}"' in html, name
    for value in ("12", "1 Juli 2024", "buruh harian lepas (BHL)", "Sesudah jam 5 sore", "Sari Wulandari"):
        assert value in html
    risks = html.index('class="case-risks"')
    assert risks < html.index('id="facts-heading"') and risks < html.index('id="timeline-heading"')
    assert html.count("data-risk") == 2
    assert gettext("fear of retaliation").capitalize() in html


def test_at_a_glance_the_status_deadline_and_who_is_responsible(client, team):
    case = make_case(
        team,
        Status.HANDLING,
        responsible_operator=team["operator"],
        deadline=timezone.now() - datetime.timedelta(days=1),
    )
    client.force_login(team["advisor"])
    html = client.get(url("inspect", case)).content.decode()
    glance = html[html.index('class="case-glance"') : html.index('id="facts-heading"')]
    assert case.get_status_display() in glance
    assert "Ani" in glance and "Rina" in glance
    assert 'class="case-overdue"' in glance


def test_verified_is_refused_until_every_checklist_item_is_recorded_with_who_and_when(client, team):
    case = make_case(team, Status.VERIFYING, responsible_operator=team["operator"])
    client.force_login(team["operator"])
    client.post(url("checklist", case), {"items": ["reporter_reached", "evidence_seen"], "note": "Lewat WA."})

    response = client.post(url("transition", case, "verify"), follow=True)
    case.refresh_from_db()
    assert case.status == Status.VERIFYING
    html = response.content.decode()
    assert str(VerificationCheck.Item.FEDERATION_CONFIRMED.label) in html  # named as still missing

    checks = case.verification_checks.all()
    assert {check.checked_by for check in checks} == {team["operator"]}
    assert all(check.checked_at and check.note == "Lewat WA." for check in checks)
    client.post(url("checklist", case), {"items": ["employer_identified", "federation_confirmed"]})
    client.post(url("transition", case, "verify"))
    case.refresh_from_db()
    assert case.status == Status.HANDLING


def test_a_checklist_item_keeps_its_first_record(client, team):
    case = make_case(team, Status.VERIFYING)
    client.force_login(team["operator"])
    client.post(url("checklist", case), {"items": ["reporter_reached"], "note": "pertama"})
    client.force_login(team["coordinator"])
    client.post(url("checklist", case), {"items": ["reporter_reached"], "note": "kedua"})
    check = case.verification_checks.get()
    assert (check.checked_by, check.note) == (team["operator"], "pertama")


def test_the_dispute_stage_keeps_its_history_and_the_current_start_date(client, team):
    case = make_case(team, Status.HANDLING)
    client.force_login(team["operator"])
    client.post(url("dispute_stage", case), {"stage": "bipartite", "started_on": "2026-10-01"})
    client.force_login(team["advisor"])
    response = client.post(
        url("dispute_stage", case),
        {"stage": "mediation", "started_on": "2026-11-02", "note": "Anjuran mediator."},
    )
    assert response.status_code == 302

    case.refresh_from_db()
    assert (case.dispute_stage, case.dispute_stage_started_on) == ("mediation", datetime.date(2026, 11, 2))
    history = list(case.dispute_stage_records.values_list("stage", "recorded_by__username"))
    assert history == [("bipartite", "op-hukatan"), ("mediation", "penasihat")]
    html = client.get(url("inspect", case)).content.decode()
    assert "Anjuran mediator." in html and "2 November 2026" in html and "1 Oktober 2026" in html


def test_a_dispute_stage_in_the_future_or_before_handling_is_refused(client, team):
    client.force_login(team["operator"])
    handling = make_case(team, Status.HANDLING)
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    client.post(url("dispute_stage", handling), {"stage": "court", "started_on": tomorrow})
    received = make_case(team)
    client.post(url("dispute_stage", received), {"stage": "court", "started_on": "2026-11-02"})
    for case in (handling, received):
        case.refresh_from_db()
        assert case.dispute_stage == "" and not case.dispute_stage_records.exists()


def test_a_correction_keeps_the_reporters_original_words_and_says_who(client, team):
    case = make_case(team, description="Upah dipotong.", workers_affected=3)
    client.force_login(team["operator"])
    response = client.post(
        url("edit", case), edit_data(case, description="Upah dipotong sejak Juli 2026.", workers_affected=30)
    )
    assert response.status_code == 302 and response["Location"] == url("inspect", case)

    case.refresh_from_db()
    assert case.description == "Upah dipotong sejak Juli 2026."
    original = FactCorrection.objects.get(case=case, field="description")
    assert (original.before, original.corrected_by) == ("Upah dipotong.", team["operator"])
    assert FactCorrection.objects.get(case=case, field="workers_affected").before == "3"
    html = client.get(url("inspect", case)).content.decode()
    assert "Upah dipotong.</" in html or "Upah dipotong. " in html  # the original, on request
    assert "<details" in html and "Ani" in html
    assert case.events.filter(kind=CaseEvent.Kind.NOTE, author=team["operator"]).exists()


def test_the_edit_form_only_corrects_facts_and_leads_back_to_the_case_page(client, team):
    case = make_case(team)
    client.force_login(team["operator"])
    response = client.get(url("edit", case))
    fields = set(response.context["form"].fields)
    for name in (
        "responsible_operator",
        "legal_advisor",
        "handlers",
        "dispute_stage",
        "risk_gbv",
        "risk_child_labour",
    ):
        assert name not in fields
    assert {"description", "risk_retaliation", "workers_affected", "federation"} <= fields
    assert f'href="{url("inspect", case)}"' in response.content.decode()


def test_a_legal_advisor_cannot_open_the_edit_form_nor_sneak_assignees_or_risk_flags_in(client, team):
    case = make_case(team)
    client.force_login(team["advisor"])
    # Wagtail answers a refused admin page by sending the user to the dashboard with a message.
    opened = client.get(url("edit", case))
    assert opened.status_code in (302, 403) and "form" not in (opened.context or {})
    response = client.post(
        url("edit", case),
        edit_data(case, description="Ditulis ulang", risk_gbv="on", responsible_operator=team["advisor"].pk),
    )
    assert response.status_code in (302, 403)
    case.refresh_from_db()
    assert case.description == "Upah dipotong." and not case.risk_gbv and case.responsible_operator is None


def test_an_operator_cannot_set_the_sensitive_marks_through_the_edit_form(client, team):
    case = make_case(team)
    client.force_login(team["operator"])
    client.post(url("edit", case), edit_data(case, risk_gbv="on", risk_child_labour="on"))
    case.refresh_from_db()
    assert not case.risk_gbv and not case.risk_child_labour


def test_assigning_offers_the_federations_operators_and_is_on_the_timeline_by_name(client, team, nikeuba):
    case = make_case(team)
    client.force_login(team["coordinator"])
    form = client.get(url("inspect", case)).context["assignment_form"]
    operators = set(form.fields["responsible_operator"].queryset)
    assert team["operator"] in operators and team["other_operator"] not in operators
    # Another federation's operator slipped into the post is refused.
    client.post(url("assign", case), {"responsible_operator": team["other_operator"].pk})
    case.refresh_from_db()
    assert case.responsible_operator is None

    response = client.post(
        url("assign", case),
        {
            "responsible_operator": team["operator"].pk,
            "legal_advisor": team["advisor"].pk,
            "handlers": [team["operator"].pk],
        },
        follow=True,
    )
    case.refresh_from_db()
    assert case.responsible_operator == team["operator"] and list(case.handlers.all()) == [team["operator"]]
    entry = case.events.get(kind=CaseEvent.Kind.ASSIGNMENT)
    assert "Ani" in entry.text and "Rina" in entry.text and entry.visibility == "internal"
    assert gettext("Assignment saved; it is on the timeline.") in response.content.decode()


def test_the_message_buttons_say_which_and_the_reporter_reads_only_the_message(client, team, form_page):
    case = make_case(team, Status.HANDLING)
    client.force_login(team["operator"])
    html = client.get(url("inspect", case)).content.decode()
    assert "Kirim ke pelapor" in html and "Simpan catatan internal" in html
    client.post(url("message", case), {"visibility": "reporter", "text": "Pesan untuk pelapor."})
    client.post(url("message", case), {"visibility": "internal", "text": "Catatan tim saja."})

    reporter = client.__class__()
    reporter.post(f"{form_page.url}status/", {"reference": case.reference, "secret": case._secret})
    status = reporter.get(f"{form_page.url}status/kasus/").content.decode()
    assert "Pesan untuk pelapor." in status and "Catatan tim saja." not in status


@pytest.mark.parametrize("name", ["close", "reopen"])
def test_close_and_reopen_ask_for_confirmation_first(client, team, name):
    case = resolved_and_unanswered(team) if name == "close" else make_case(team, Status.CLOSED)
    client.force_login(team["coordinator"])
    data = {"reopen-note": "Pelapor keberatan."} if name == "reopen" else {}

    asked = client.post(url("transition", case, name), data)
    assert asked.status_code == 200 and 'name="confirmed"' in asked.content.decode()
    case.refresh_from_db()
    assert case.status == (Status.RESOLVED if name == "close" else Status.CLOSED)

    client.post(url("transition", case, name), {**data, "confirmed": "1"})
    case.refresh_from_db()
    assert case.status == (Status.CLOSED if name == "close" else Status.HANDLING)


def test_an_operator_is_not_even_asked_to_confirm_a_closure(client, team):
    case = make_case(team, Status.RESOLVED)
    client.force_login(team["operator"])
    response = client.post(url("transition", case, "close"))
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == Status.RESOLVED


def test_rejecting_is_behind_its_own_heading_and_disclosure(client, team):
    case = make_case(team, Status.VERIFYING)
    client.force_login(team["operator"])
    html = client.get(url("inspect", case)).content.decode()
    section = html[html.index('id="reject-heading"') :]
    assert section.index("<details") < section.index('data-transition="reject"')
    steps = html[html.index('id="transitions-heading"') : html.index('id="reject-heading"')]
    assert 'data-transition="reject"' not in steps


def test_the_outcome_a_legal_advisor_records_is_on_the_case_page(client, team):
    case = with_remedy(make_case(team, Status.HANDLING))
    client.force_login(team["advisor"])
    client.post(
        url("transition", case, "resolve"),
        {"resolve-outcome": "partly", "resolve-outcome_summary": "Upah dibayar separuh; sisanya dicicil."},
    )
    html = client.get(url("inspect", case)).content.decode()
    outcome = html[html.index('id="outcome-heading"') : html.index('id="facts-heading"')]
    assert str(Case.Outcome.PARTLY.label) in outcome
    assert "Upah dibayar separuh; sisanya dicicil." in outcome
