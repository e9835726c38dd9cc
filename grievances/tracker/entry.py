"""Admin screens of the grievance module: entering a case on a reporter's behalf, downloading case files."""

from pathlib import Path

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.log_actions import log

from grievances.cases.access import can_enter_cases, can_view_case
from grievances.cases.models import Case, CaseAttachment
from grievances.intake.creation import create_case
from grievances.intake.forms import ReportForm

STAFF_CHANNELS = [choice for choice in Case.Channel.choices if choice[0] != Case.Channel.WEB]


class StaffReportForm(ReportForm):
    """The public form, plus how the report reached the operator."""

    channel = forms.ChoiceField(label=_("How did the report reach you?"), choices=STAFF_CHANNELS)

    field_order = ["channel"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Operators type what the reporter says; spam defences are for the public form.
        for name in ("website", "form_token"):
            self.fields.pop(name)


def enter_case(request):
    if not can_enter_cases(request.user):
        raise PermissionDenied
    form = StaffReportForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if form.is_valid():
            case, secret = create_case(form, channel=form.cleaned_data["channel"], created_by=request.user)
            response = render(request, "grievances/admin/case_entered.html", {"case": case, "secret": secret})
            response["Cache-Control"] = "no-store"
            return response
        messages.validation_error(request, _("The case could not be saved: check the form."), form)
    return render(request, "grievances/admin/enter_case.html", {"form": form})


def download_attachment(request, attachment_id):
    """A case file, for staff allowed to see its case; never displayed inline by the browser."""
    attachment = get_object_or_404(CaseAttachment.objects.select_related("case"), pk=attachment_id)
    if not can_view_case(request.user, attachment.case):
        log(
            instance=attachment.case,
            action="grievances.denied",
            user=request.user,
            data={"file": attachment.pk},
        )
        # The same answer as for a file that does not exist.
        raise Http404
    log(
        instance=attachment.case,
        action="grievances.download",
        user=request.user,
        data={"file": attachment.pk},
    )
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=f"{attachment.case.reference}-{attachment.pk}{Path(attachment.file.name).suffix}",
        content_type=attachment.content_type,
    )
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
