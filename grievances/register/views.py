"""Register screens beyond the listings: a case's entries, repeat patterns and what to do about
them, collective complaints' letters, figures approved for publication, and the CSV import.

Counts cover every case; the cases themselves are listed and opened only as
grievances.cases.access allows (a case of another federation stays a 404).
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.log_actions import log
from wagtail.models import Site

from grievances.cases.access import cases_visible_to, roles_for, visible_case_or_404
from grievances.cases.models import CaseEvent, CaseGroup
from grievances.cases.roles import CASE_STAFF
from home.models import SiteSettings

from .access import may_edit_register, may_read_register
from .complaints import ComplaintRefused, complaint_pdf, consenting_cases, create_complaint, minimum_reporters
from .forms import NEW, CaseRegisterForm, ComplaintForm, GroupPatternForm, ImportForm
from .importer import COLUMNS, import_register_csv
from .links import link_case, new_company, new_estate
from .models import ApprovedCompanyFigures, CollectiveComplaint, Company, RepeatPattern
from .patterns import pattern_cases
from .publication import figures_for_publication


def case_register_view(request, pk):
    """The operator confirms (or creates) the register entries of a case."""
    case = visible_case_or_404(request, pk)
    if request.method != "POST":
        raise Http404
    if not roles_for(request.user, case) & CASE_STAFF:
        raise PermissionDenied
    form = CaseRegisterForm(request.POST, case=case)
    if not form.is_valid():
        messages.validation_error(request, _("The register entry was not saved: check the form."), form)
        return redirect("grievances_case:inspect", case.pk)
    data = form.cleaned_data
    with transaction.atomic():
        company = data["company_entry"] or new_company(data["new_company_name"])
        estate = data["estate_entry"]
        if data.get("estate") == NEW:
            estate = new_estate(
                data["new_estate_name"], company, kind=data.get("new_estate_kind") or "estate"
            )
        _link, patterns = link_case(case, request.user, company=company, estate=estate)
    messages.success(request, _("Register entry saved: %(entry)s.") % {"entry": estate or company})
    if patterns:
        messages.warning(request, _("This makes a repeat pattern: see the register's patterns."))
    return redirect("grievances_case:inspect", case.pk)


def _require_reader(request):
    if not may_read_register(request.user):
        raise Http404


def patterns_view(request):
    _require_reader(request)
    patterns = RepeatPattern.objects.select_related("company", "estate", "estate__parent", "topic")
    return TemplateResponse(
        request,
        "grievances/admin/register/patterns.html",
        {"patterns": patterns, "view": {"page_title": _("Repeat patterns")}},
    )


def pattern_view(request, pk):
    """A pattern: its reports (those this user may see, the others counted), and the actions."""
    _require_reader(request)
    pattern = get_object_or_404(RepeatPattern.objects.select_related("company", "estate", "topic"), pk=pk)
    entry = pattern.estate or pattern.company
    cases = pattern_cases(entry, pattern.topic)
    visible = cases.filter(pk__in=cases_visible_to(request.user).values("pk"))
    may_act = may_edit_register(request.user)
    group_form = GroupPatternForm(
        request.POST if request.POST.get("action") == "group" else None,
        initial={"name": f"{entry} · {pattern.topic}"},
    )
    complaint_form = ComplaintForm(
        request.POST if request.POST.get("action") == "complaint" else None, company=pattern.company
    )
    if request.method == "POST":
        if not may_act:
            raise PermissionDenied
        if request.POST.get("action") == "group" and group_form.is_valid():
            return _group(request, pattern, visible, group_form.cleaned_data["name"])
        if request.POST.get("action") == "complaint" and complaint_form.is_valid():
            try:
                complaint = create_complaint(
                    entry,
                    pattern.topic,
                    request.user,
                    addressee=complaint_form.cleaned_data["addressee"],
                    buyer=complaint_form.cleaned_data["buyer"],
                )
            except ComplaintRefused as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("Collective complaint drafted: download its letter below."))
                return redirect("grievances_register_complaint:edit", complaint.pk)
    return TemplateResponse(
        request,
        "grievances/admin/register/pattern.html",
        {
            "pattern": pattern,
            "entry": entry,
            "total": cases.count(),
            "visible": visible.select_related("federation"),
            "consenting": consenting_cases(entry, pattern.topic).count(),
            "minimum": minimum_reporters(),
            "may_act": may_act,
            "group_form": group_form,
            "complaint_form": complaint_form,
            "view": {"page_title": str(pattern)},
        },
    )


def _group(request, pattern, visible, name):
    """A collective case of the pattern's reports this user may see (the others stay with their
    own federation's team)."""
    cases = list(visible)
    if not cases:
        messages.error(request, _("None of these reports is yours to group."))
        return redirect("grievances_register_pattern", pattern.pk)
    with transaction.atomic():
        group = CaseGroup.objects.create(name=name.strip(), created_by=request.user)
        for case in cases:
            case.group = group
            case.save(update_fields=["group", "updated_at"])
        text = _("Added to the collective case “%(name)s”.") % {"name": group.name}
        CaseEvent.objects.bulk_create(
            [CaseEvent(case=case, kind=CaseEvent.Kind.NOTE, author=request.user, text=text) for case in cases]
        )
    messages.success(request, text)
    return redirect("grievances_case:collective", group.pk)


def complaint_letter_view(request, pk):
    _require_reader(request)
    complaint = get_object_or_404(
        CollectiveComplaint.objects.select_related("company", "estate", "topic"), pk=pk
    )
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    pdf = complaint_pdf(complaint, SiteSettings.for_site(site))
    log(
        instance=complaint.company,
        action="grievances.complaint",
        user=request.user,
        data={"letter": complaint.pk},
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="pengaduan-kolektif-{complaint.pk}.pdf"'
    response["Cache-Control"] = "no-store"
    return response


def approve_figures_view(request, pk):
    """The case team fixes the company's anonymised figures that editors may use."""
    if request.method != "POST" or not may_edit_register(request.user):
        raise Http404
    company = get_object_or_404(Company, pk=pk)
    if request.POST.get("action") == "withdraw":
        ApprovedCompanyFigures.objects.filter(company=company).delete()
        messages.success(request, _("Editors no longer see figures for this company."))
    else:
        ApprovedCompanyFigures.objects.update_or_create(
            company=company,
            defaults={
                "figures": figures_for_publication(company),
                "approved_by": request.user,
                "approved_at": timezone.now(),
            },
        )
        messages.success(request, _("Editors writing about this company now see these figures."))
    log(instance=company, action="grievances.figures_approved", user=request.user, data={})
    return redirect("grievances_register_company:inspect", company.pk)


def import_view(request):
    if not may_edit_register(request.user):
        raise Http404
    form = ImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        result = import_register_csv(upload.read(), source_label=upload.name)
        if result.ok:
            messages.success(
                request,
                _("Imported: %(created)d new, %(updated)d updated.")
                % {"created": result.created, "updated": result.updated},
            )
        else:
            messages.error(request, _("Nothing was imported: correct the rows below and try again."))
    return TemplateResponse(
        request,
        "grievances/admin/register/import.html",
        {
            "form": form,
            "result": result,
            "columns": COLUMNS,
            "view": {"page_title": _("Import the register")},
        },
    )
