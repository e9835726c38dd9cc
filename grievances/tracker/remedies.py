"""Remedies from the case page: recording what was promised and what was delivered, with evidence.

Operators, coordinators, system owners and the case's legal advisor (who record outcomes) may add
and edit remedies; every view finds its case through grievances.cases.access (404 otherwise).
"""

from pathlib import Path

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.log_actions import log

from grievances.cases.access import can_view_case, roles_for, visible_case_or_404
from grievances.cases.followup import RemedyEvidence, RemedyItem
from grievances.cases.models import CaseEvent
from grievances.cases.roles import ADVISOR, CASE_STAFF
from grievances.intake.forms import AttachmentsField

REMEDY_ROLES = CASE_STAFF | {ADVISOR}


class RemedyForm(forms.ModelForm):
    evidence = AttachmentsField(label=_("Evidence of delivery (photos, PDF)"))

    class Meta:
        model = RemedyItem
        fields = [
            "kind",
            "promised",
            "amount_rupiah",
            "promised_by",
            "due_on",
            "delivered_on",
            "delivery_note",
        ]
        widgets = {
            "due_on": forms.DateInput(attrs={"type": "date"}),
            "delivered_on": forms.DateInput(attrs={"type": "date"}),
            "delivery_note": forms.Textarea(attrs={"rows": 2}),
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == RemedyItem.Kind.BACK_PAY and not cleaned.get("amount_rupiah"):
            self.add_error("amount_rupiah", _("Give the amount of back pay promised, in rupiah."))
        if cleaned.get("delivered_on") and not (cleaned.get("delivery_note") or "").strip():
            self.add_error("delivery_note", _("Say how it was delivered."))
        return cleaned


def case_for_remedies(request, pk):
    case = visible_case_or_404(request, pk)
    if not roles_for(request.user, case) & REMEDY_ROLES:
        raise PermissionDenied
    return case


def save_remedy(form, case, user, created):
    """The remedy, its evidence files and a timeline entry, all or nothing."""
    stored = []
    try:
        with transaction.atomic():
            remedy = form.save(commit=False)
            remedy.case = case
            if created:
                remedy.created_by = user
            remedy.save()
            for processed in form.cleaned_data.get("evidence") or []:
                evidence = RemedyEvidence(
                    remedy=remedy,
                    original_name=processed.original_name,
                    kind=processed.kind,
                    content_type=processed.content_type,
                    size=processed.size,
                    original_sha256=processed.sha256,
                    uploaded_by=user,
                )
                evidence.file.save(processed.storage_name(), ContentFile(processed.content), save=False)
                stored.append((evidence.file.storage, evidence.file.name))
                evidence.save()
            text = _("Remedy recorded: %(remedy)s") if created else _("Remedy updated: %(remedy)s")
            if remedy.delivered_on:
                text = _("Remedy delivered: %(remedy)s")
            CaseEvent.objects.create(
                case=case,
                kind=CaseEvent.Kind.NOTE,
                author=user,
                text=text % {"remedy": remedy.get_kind_display()},
            )
    except BaseException:
        for storage, name in stored:
            storage.delete(name)
        raise
    return remedy


def remedy_add_view(request, pk):
    case = case_for_remedies(request, pk)
    if request.method != "POST":
        raise Http404
    form = RemedyForm(request.POST, request.FILES, prefix="remedy")
    if form.is_valid():
        save_remedy(form, case, request.user, created=True)
        messages.success(request, _("Remedy recorded."))
        return redirect("grievances_case:inspect", case.pk)
    messages.validation_error(request, _("The remedy was not saved: check the form."), form)
    return _render_form(request, case, form, None)


def remedy_edit_view(request, pk, remedy_id):
    case = case_for_remedies(request, pk)
    remedy = get_object_or_404(RemedyItem, pk=remedy_id, case=case)
    form = RemedyForm(request.POST or None, request.FILES or None, instance=remedy, prefix="remedy")
    if request.method == "POST":
        if form.is_valid():
            save_remedy(form, case, request.user, created=False)
            messages.success(request, _("Remedy updated."))
            return redirect("grievances_case:inspect", case.pk)
        messages.validation_error(request, _("The remedy was not saved: check the form."), form)
    return _render_form(request, case, form, remedy)


def _render_form(request, case, form, remedy):
    title = _("Remedy on case %(reference)s") % {"reference": case.reference}
    return TemplateResponse(
        request,
        "grievances/admin/remedy_form.html",
        {"case": case, "form": form, "remedy": remedy, "view": {"page_title": title}, "page_title": title},
        status=400 if form.errors else 200,
    )


def download_evidence(request, evidence_id):
    """Evidence of a remedy, for staff allowed to see its case; never displayed inline."""
    evidence = get_object_or_404(RemedyEvidence.objects.select_related("remedy__case"), pk=evidence_id)
    case = evidence.remedy.case
    if not can_view_case(request.user, case):
        log(instance=case, action="grievances.denied", user=request.user, data={"evidence": evidence.pk})
        raise Http404
    log(instance=case, action="grievances.download", user=request.user, data={"evidence": evidence.pk})
    response = FileResponse(
        evidence.file.open("rb"),
        as_attachment=True,
        filename=f"{case.reference}-remedy-{evidence.pk}{Path(evidence.file.name).suffix}",
        content_type=evidence.content_type,
    )
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
