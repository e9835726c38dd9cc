"""Admin screens for reporters' UU PDP requests: system owners only; for anyone else they do not exist."""

import json

from django import forms
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.log_actions import log

from grievances.cases.access import is_system_owner
from grievances.cases.models import Case
from grievances.cases.references import normalise_reference

from .requests import (
    CORRECTABLE_FIELDS,
    ReporterRequest,
    correct_case,
    erase_case,
    mark_handled,
    reporter_export,
)


def owner_only(request):
    if not is_system_owner(request.user):
        raise Http404


class RecordRequestForm(forms.ModelForm):
    reference_typed = forms.CharField(label=gettext_lazy("Case reference"), max_length=20)

    class Meta:
        model = ReporterRequest
        fields = ["kind", "verification", "received_at"]
        widgets = {"received_at": AdminDateTimeInput, "kind": forms.RadioSelect}

    field_order = ["reference_typed", "kind", "verification", "received_at"]

    def clean_reference_typed(self):
        reference = normalise_reference(self.cleaned_data["reference_typed"])
        case = Case.objects.filter(reference=reference).first() if reference else None
        if case is None:
            raise forms.ValidationError(_("No case has this reference."))
        self.case = case
        return reference

    def clean_received_at(self):
        value = self.cleaned_data["received_at"]
        if value > timezone.now():
            raise forms.ValidationError(_("A request cannot arrive in the future."))
        return value


class CorrectionForm(forms.ModelForm):
    class Meta:
        model = Case
        fields = CORRECTABLE_FIELDS


class ErasureForm(forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy(
            "I have checked that the requester is the reporter. Erase the personal data, texts and "
            "files of this case now; this cannot be undone."
        )
    )


class HandledForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("What was done (no personal data)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


def request_index(request):
    owner_only(request)
    form = RecordRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        record = form.save(commit=False)
        record.case = form.case
        record.reference = form.case.reference
        record.recorded_by = request.user
        record.save()
        log(
            instance=form.case,
            action="grievances.reporter_request",
            user=request.user,
            data={"request": record.pk, "kind": record.kind},
        )
        messages.success(request, _("Request recorded. Deadline: 3×24 hours from its arrival."))
        return redirect("grievances_reporter_request", record.pk)
    if request.method == "POST":
        messages.validation_error(request, _("The request was not recorded: check the form."), form)
    return render(
        request,
        "grievances/admin/reporter_requests.html",
        {"form": form, "requests": ReporterRequest.objects.select_related("handled_by")[:200]},
    )


def request_detail(request, pk):
    owner_only(request)
    record = get_object_or_404(ReporterRequest.objects.select_related("case"), pk=pk)
    case = record.case
    correction_form = CorrectionForm(instance=case) if case else None
    erasure_form, handled_form = ErasureForm(), HandledForm()
    if request.method == "POST":
        action = request.POST.get("action")
        if case is None and action in ("correct", "erase"):
            raise Http404
        if action == "correct" and record.kind == ReporterRequest.Kind.CORRECTION:
            correction_form = CorrectionForm(request.POST, instance=case)
            if correction_form.is_valid():
                changed = correct_case(case, correction_form, request.user, record)
                messages.success(
                    request,
                    _("Corrected: %(count)s field(s). The request is marked handled.")
                    % {"count": len(changed)},
                )
                return redirect("grievances_reporter_request", record.pk)
            messages.validation_error(request, _("Nothing was corrected: check the form."), correction_form)
        elif action == "erase" and record.kind == ReporterRequest.Kind.ERASURE:
            erasure_form = ErasureForm(request.POST)
            if erasure_form.is_valid():
                files = erase_case(case, request.user, record)
                messages.success(
                    request,
                    _("The personal data of %(reference)s is erased; %(files)s file(s) deleted.")
                    % {"reference": case.reference, "files": files},
                )
                return redirect("grievances_reporter_request", record.pk)
            messages.error(request, _("Tick the confirmation to erase."))
        elif action == "handled":
            handled_form = HandledForm(request.POST)
            if handled_form.is_valid():
                mark_handled(record, request.user, handled_form.cleaned_data["note"].strip())
                messages.success(request, _("The request is marked handled."))
                return redirect("grievances_reporter_request", record.pk)
        else:
            raise Http404
    response = render(
        request,
        "grievances/admin/reporter_request.html",
        {
            "record": record,
            "case": case,
            "correction_form": correction_form,
            "erasure_form": erasure_form,
            "handled_form": handled_form,
        },
    )
    response["Cache-Control"] = "no-store"
    return response


def request_export(request, pk, export_format):
    owner_only(request)
    record = get_object_or_404(ReporterRequest.objects.select_related("case"), pk=pk)
    if record.case is None or export_format not in ("json", "html"):
        raise Http404
    export = reporter_export(record.case, request.user, record, export_format)
    filename = f"data-pelapor-{record.reference}"
    if export_format == "json":
        response = HttpResponse(
            json.dumps(export, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.json"'
    else:
        response = HttpResponse(
            render_to_string("grievances/admin/reporter_export.html", {"export": export}, request=request)
        )
        if request.GET.get("download"):
            response["Content-Disposition"] = f'attachment; filename="{filename}.html"'
    response["Cache-Control"] = "no-store"
    return response
