"""The case page's own actions besides the lifecycle: assign, record the verification checklist, set
the dispute stage. Each is a small form that posts here and returns to the case page with a message.

Who may do what is decided here, on the server, from the roles the user holds towards the case
(grievances.cases.access.roles_for): the page hides what a user may not do, and a direct post of it
is refused all the same (403), with nothing changed. A case the user may not see is a 404.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages

from grievances.cases.access import roles_for, visible_case_or_404
from grievances.cases.handling import VerificationCheck, assign, record_checks, set_dispute_stage
from grievances.cases.models import Case
from grievances.cases.roles import ADVISOR, CASE_STAFF, LEGAL_ADVISOR_GROUP, OPERATOR_GROUP

# Who may change what on a case, besides the lifecycle's own table (grievances.cases.transitions).
# A legal advisor records dispute stages, legal notes, messages and outcomes; operators and
# coordinators of the case's federation also assign, verify and correct facts; system owners all.
MAY = {
    "assign": CASE_STAFF,
    "check": CASE_STAFF,
    "correct_facts": CASE_STAFF,
    "group": CASE_STAFF,
    "dispute_stage": CASE_STAFF | {ADVISOR},
    "message": CASE_STAFF | {ADVISOR},
}


def may(roles, action):
    return bool(roles & MAY[action])


def case_for_action(request, pk, action):
    """The case and the user's roles, for a POST of `action`: 404 for a case the user may not see
    (or a GET), PermissionDenied for an action their role does not allow."""
    case = visible_case_or_404(request, pk)
    if request.method != "POST":
        raise Http404
    roles = roles_for(request.user, case)
    if not may(roles, action):
        raise PermissionDenied
    return case, roles


def person_label(user):
    return user.get_full_name() or user.get_username()


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return person_label(obj)


class PeopleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return person_label(obj)


class AssignmentForm(forms.Form):
    responsible_operator = PersonChoiceField(
        label=_("Responsible operator"), queryset=get_user_model().objects.none(), required=False
    )
    legal_advisor = PersonChoiceField(
        label=_("Legal advisor"), queryset=get_user_model().objects.none(), required=False
    )
    handlers = PeopleChoiceField(
        label=_("Named handlers"),
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only named handlers (and system owners) see a sensitive case."),
    )

    def __init__(self, *args, case, **kwargs):
        current = {
            "responsible_operator": case.responsible_operator_id,
            "legal_advisor": case.legal_advisor_id,
            "handlers": list(case.handlers.values_list("pk", flat=True)),
        }
        kwargs.setdefault("initial", current)
        super().__init__(*args, **kwargs)
        users = get_user_model().objects.filter(is_active=True)
        # Operators of the case's federation (the secretariat's for a case naming none).
        if case.federation_id:
            in_scope = users.filter(federation_memberships__federation_id=case.federation_id)
        else:
            in_scope = users.filter(federation_memberships__isnull=True)
        operators = in_scope.filter(groups__name=OPERATOR_GROUP).values("pk")
        advisors = users.filter(groups__name=LEGAL_ADVISOR_GROUP).values("pk")
        by_name = ("first_name", "last_name", "username")
        # Whoever holds the task now stays choosable, even if they have since moved.
        self.fields["responsible_operator"].queryset = users.filter(
            Q(pk__in=operators) | Q(pk=case.responsible_operator_id or 0)
        ).order_by(*by_name)
        self.fields["legal_advisor"].queryset = users.filter(
            Q(pk__in=advisors) | Q(pk=case.legal_advisor_id or 0)
        ).order_by(*by_name)
        self.fields["handlers"].queryset = users.filter(
            Q(pk__in=operators) | Q(pk__in=advisors) | Q(pk__in=current["handlers"])
        ).order_by(*by_name)


class ChecklistForm(forms.Form):
    items = forms.MultipleChoiceField(
        label=_("Checked now"),
        choices=VerificationCheck.Item.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick what you have checked.")},
    )
    note = forms.CharField(
        label=_("How (optional)"),
        required=False,
        max_length=300,
        help_text=_("For example: called the reporter on WhatsApp; saw photos of the payslips."),
    )

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        done = set(case.verification_checks.values_list("item", flat=True))
        self.fields["items"].choices = [
            (value, label) for value, label in VerificationCheck.Item.choices if value not in done
        ]


class DisputeStageForm(forms.Form):
    stage = forms.ChoiceField(label=_("Dispute stage"), choices=Case.DisputeStage.choices)
    started_on = forms.DateField(
        label=_("Started on"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Give the day this stage started.")},
    )
    note = forms.CharField(
        label=_("Note (internal)"), required=False, widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )

    def clean_started_on(self):
        started_on = self.cleaned_data["started_on"]
        if started_on > timezone.localdate():
            raise ValidationError(_("The stage cannot start in the future."))
        return started_on


def _back(case):
    return redirect("grievances_case:inspect", case.pk)


def assign_view(request, pk):
    case, _roles = case_for_action(request, pk, "assign")
    form = AssignmentForm(request.POST, case=case)
    if not form.is_valid():
        messages.validation_error(request, _("Nobody was assigned: check the form."), form)
        return _back(case)
    data = form.cleaned_data
    if assign(case, request.user, data["responsible_operator"], data["legal_advisor"], data["handlers"]):
        messages.success(request, _("Assignment saved; it is on the timeline."))
    else:
        messages.info(request, _("The assignment was already so: nothing changed."))
    return _back(case)


def checklist_view(request, pk):
    case, _roles = case_for_action(request, pk, "check")
    form = ChecklistForm(request.POST, case=case)
    if not form.is_valid():
        messages.validation_error(request, _("Nothing was recorded: check the form."), form)
        return _back(case)
    labels = record_checks(case, request.user, form.cleaned_data["items"], form.cleaned_data["note"])
    messages.success(request, _("Recorded as checked: %(items)s.") % {"items": ", ".join(labels)})
    return _back(case)


def dispute_stage_view(request, pk):
    case, _roles = case_for_action(request, pk, "dispute_stage")
    if case.status not in DISPUTE_STATES:
        messages.error(request, _("The dispute stage is recorded while the case is being handled."))
        return _back(case)
    form = DisputeStageForm(request.POST)
    if not form.is_valid():
        messages.validation_error(request, _("The dispute stage was not changed: check the form."), form)
        return _back(case)
    data = form.cleaned_data
    set_dispute_stage(case, request.user, data["stage"], data["started_on"], data["note"])
    messages.success(
        request,
        _("Dispute stage set to “%(stage)s”; the history below keeps every stage.")
        % {"stage": case.get_dispute_stage_display()},
    )
    return _back(case)


# A dispute stage belongs to a case being handled (also while a partner works on it).
DISPUTE_STATES = ("handling", "referred")
