"""The lifecycle tables are complete: every state has its record, and none is a dead end or unreachable."""

from django.utils.module_loading import import_string
from wagtail.models import TaskState

from grievances.cases.states import (
    CASE_STATES,
    INITIAL_STATUS,
    REFERRAL_INITIAL_STATUS,
    REFERRAL_OPEN_STATES,
    REFERRAL_STATES,
    PublicGroup,
    ReferralStatus,
    Status,
)
from grievances.cases.transitions import CASE_TRANSITIONS, REFERRAL_TRANSITIONS
from grievances.publication import workflow_finish
from grievances.tracker.forms import TransitionForm


def reachable(initial, transitions):
    seen, frontier = {initial}, [initial]
    while frontier:
        state = frontier.pop()
        for transition in transitions:
            if state in transition.sources and transition.target not in seen:
                seen.add(transition.target)
                frontier.append(transition.target)
    return seen


def test_every_case_state_has_a_complete_record():
    assert set(CASE_STATES) == set(Status)
    for status, state in CASE_STATES.items():
        assert state.status == status
        assert str(state.reporter_label).strip(), f"{status} has no words for the reporter"
        assert state.public_group in PublicGroup
        assert state.deadline_working_days is None or state.deadline_working_days > 0
        assert isinstance(state.is_open, bool)
    # The statistics page lists every public group: each must stand for at least one state.
    assert {state.public_group for state in CASE_STATES.values()} == set(PublicGroup)


def test_every_case_state_can_be_reached_and_left():
    assert reachable(INITIAL_STATUS, CASE_TRANSITIONS) == set(Status)
    for status in Status:
        assert any(status in transition.sources for transition in CASE_TRANSITIONS), (
            f"{status} cannot be left"
        )


def test_every_referral_state_has_a_record_and_only_final_states_are_dead_ends():
    assert set(REFERRAL_STATES) == set(ReferralStatus)
    assert reachable(REFERRAL_INITIAL_STATUS, REFERRAL_TRANSITIONS) == set(ReferralStatus)
    for status, state in REFERRAL_STATES.items():
        leaves = any(status in transition.sources for transition in REFERRAL_TRANSITIONS)
        assert leaves != state.is_final, status
        assert not (state.is_open and state.is_final), status
    assert set(REFERRAL_OPEN_STATES) == {ReferralStatus.SENT, ReferralStatus.ACCEPTED}


def test_every_transition_names_what_it_asks_requires_and_does():
    names = [transition.name for transition in CASE_TRANSITIONS]
    assert len(names) == len(set(names))
    form_fields = set(TransitionForm.base_fields)
    for transition in CASE_TRANSITIONS:
        assert set(transition.asks) <= form_fields, transition.name
        assert transition.roles, f"nobody may take {transition.name}"
        for step in (*transition.requires, *transition.changes, *transition.records):
            assert callable(step)
    for transition in REFERRAL_TRANSITIONS:
        assert transition.by, f"nobody may take {transition.name}"


def test_the_pointers_in_the_lifecycle_are_true():
    # The transition table names the form that shows what a transition asks.
    assert import_string("grievances.tracker.forms.TransitionForm") is TransitionForm
    # The workflow's finish action cannot import Wagtail's models; its copy of the status must match.
    assert workflow_finish.APPROVED == TaskState.STATUS_APPROVED
