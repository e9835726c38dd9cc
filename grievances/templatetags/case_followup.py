"""The case page's follow-up section: dispute clock, remedies, the reporter's verdict, check-ins."""

from django import template

from grievances.cases.access import cases_visible_to, roles_for
from grievances.cases.deadlines import dispute_clock
from grievances.cases.followup import ReporterRating
from grievances.tracker.remedies import REMEDY_ROLES, RemedyForm

register = template.Library()


@register.inclusion_tag("grievances/admin/case_remedies.html", takes_context=True)
def case_followup(context, case):
    request = context["request"]
    visible = cases_visible_to(request.user)
    checkins = list(case.checkins.select_related("retaliation_case"))
    source = case.retaliation_source.select_related("case").first()
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "case": case,
        "clock": dispute_clock(case),
        "remedies": list(case.remedies.prefetch_related("evidence")),
        "may_record_remedies": bool(roles_for(request.user, case) & REMEDY_ROLES),
        "remedy_form": RemedyForm(prefix="remedy"),
        "verdicts": list(case.verdicts.all()),
        "rating": ReporterRating.objects.filter(case=case).first(),
        "checkins": checkins,
        "visible_ids": set(
            visible.filter(
                pk__in=[c.retaliation_case_id for c in checkins if c.retaliation_case_id]
            ).values_list("pk", flat=True)
        ),
        "source": source.case if source and visible.filter(pk=source.case_id).exists() else None,
    }
