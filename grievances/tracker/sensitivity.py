"""Marking a case as sensitive, and lifting the mark, from the case page.

A sensitive case (gender-based violence, child labour: `Case.is_sensitive`) is seen only by its
named handlers and the system owners (grievances.cases.access). The case staff of its federation
may mark it; only a system owner or one of its named handlers may lift the mark, with a reason.
Both are on the case's timeline (internal).
"""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages

from grievances.cases.access import can_view_case, is_system_owner, roles_for, visible_case_or_404
from grievances.cases.models import Case, CaseEvent
from grievances.cases.roles import CASE_STAFF


def may_mark(user, case):
    return bool(roles_for(user, case) & CASE_STAFF)


def may_lift(user, case):
    return case.is_sensitive and (
        is_system_owner(user) or (case.handlers.filter(pk=user.pk).exists() and can_view_case(user, case))
    )


class MarkSensitiveForm(forms.Form):
    risk_gbv = forms.BooleanField(required=False, label=Case._meta.get_field("risk_gbv").verbose_name)
    risk_child_labour = forms.BooleanField(
        required=False, label=Case._meta.get_field("risk_child_labour").verbose_name
    )

    def __init__(self, *args, case=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("risk_gbv", "risk_child_labour"):
            if case is not None and getattr(case, name):
                del self.fields[name]  # already marked so

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("risk_gbv") or cleaned.get("risk_child_labour")):
            raise ValidationError(_("Tick what makes the case sensitive."), code="empty")
        return cleaned


class LiftSensitiveForm(forms.Form):
    reason = forms.CharField(
        label=_("Why may the whole federation see this case again?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Give the reason for lifting the sensitive mark.")},
    )


def mark_sensitive(case, user, gbv, child_labour):
    with transaction.atomic():
        case.risk_gbv = case.risk_gbv or gbv
        case.risk_child_labour = case.risk_child_labour or child_labour
        case.save(update_fields=["risk_gbv", "risk_child_labour", "updated_at"])
        kept = not is_system_owner(user)
        if kept:
            # Whoever marks the case keeps it: they become one of its named handlers.
            case.handlers.add(user)
        labels = [
            str(Case._meta.get_field(name).verbose_name)
            for name, on in (("risk_gbv", gbv), ("risk_child_labour", child_labour))
            if on
        ]
        text = gettext("Marked as sensitive (%(what)s): only named handlers see the case.") % {
            "what": ", ".join(labels)
        }
        if kept:
            text += " " + gettext("%(user)s was added as a named handler.") % {
                "user": user.get_full_name() or user.get_username()
            }
        CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.NOTE, author=user, text=text)


def lift_sensitive_mark(case, user, reason):
    with transaction.atomic():
        case.risk_gbv = case.risk_child_labour = False
        case.save(update_fields=["risk_gbv", "risk_child_labour", "updated_at"])
        CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.NOTE,
            author=user,
            text=gettext("Sensitive mark lifted: the case's federation sees it again. Reason: %(reason)s")
            % {"reason": reason},
        )


def sensitivity_view(request, pk, action):
    case = visible_case_or_404(request, pk)
    if request.method != "POST" or action not in ("mark", "lift"):
        raise Http404
    if action == "mark":
        if not may_mark(request.user, case):
            raise PermissionDenied
        form = MarkSensitiveForm(request.POST, prefix="sensitive", case=case)
        if form.is_valid():
            mark_sensitive(
                case, request.user, form.cleaned_data["risk_gbv"], form.cleaned_data["risk_child_labour"]
            )
            messages.success(request, _("The case is marked as sensitive."))
        else:
            messages.error(request, " ".join(form.non_field_errors()))
    else:
        if not may_lift(request.user, case):
            raise PermissionDenied
        form = LiftSensitiveForm(request.POST, prefix="sensitive")
        if form.is_valid():
            lift_sensitive_mark(case, request.user, form.cleaned_data["reason"].strip())
            messages.success(request, _("The sensitive mark is lifted."))
        else:
            messages.error(request, " ".join(form.errors.get("reason", [])))
    if not can_view_case(request.user, case):
        return redirect("grievances_case:index")
    return redirect("grievances_case:inspect", case.pk)
