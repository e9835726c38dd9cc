"""The status page's follow-up parts: the verdict on a resolution, remedies, retaliation check-ins."""

from django import template

from grievances.aftercare.checkins import checkins_waiting
from grievances.aftercare.verdict import silence_closes_on
from grievances.cases.states import Status
from grievances.intake.followup_forms import CheckInForm, VerdictForm

register = template.Library()


@register.inclusion_tag("grievances/includes/status_followup.html", takes_context=True)
def reporter_followup(context, case, page):
    waiting = checkins_waiting(case)
    return {
        "case": case,
        "page": page,
        "csrf_token": context.get("csrf_token"),
        "request": context.get("request"),
        "is_resolved": case.status == Status.RESOLVED,
        "closes_on": silence_closes_on(case),
        "verdict_form": VerdictForm(auto_id="verdict_%s"),
        "remedies": list(case.remedies.all()),
        "checkin_forms": [
            CheckInForm(initial={"checkin": checkin.pk}, waiting=waiting, auto_id=f"checkin{checkin.pk}_%s")
            for checkin in waiting
        ],
        "retaliation_cases": [
            checkin.retaliation_case
            for checkin in case.checkins.exclude(retaliation_case=None).select_related("retaliation_case")
        ],
    }
