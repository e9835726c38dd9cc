"""The case page's register section: the reporter's words, the confirmed entries, suggestions."""

from django import template

from grievances.cases.access import roles_for
from grievances.cases.roles import CASE_STAFF
from grievances.register.forms import CaseRegisterForm
from grievances.register.models import CaseRegisterLink
from grievances.register.patterns import repeat_topics

register = template.Library()


@register.inclusion_tag("grievances/admin/register/case_section.html", takes_context=True)
def case_register(context, case):
    request = context["request"]
    link = (
        CaseRegisterLink.objects.select_related("company", "estate", "estate__parent")
        .filter(case=case)
        .first()
    )
    may_confirm = bool(roles_for(request.user, case) & CASE_STAFF)
    repeat = []
    if link:
        for entry in filter(
            None, (link.estate.parent if link.estate and link.estate.parent_id else link.estate, link.company)
        ):
            repeat += [(entry, topic, reporters) for topic, reporters in repeat_topics(entry)]
    return {
        "case": case,
        "link": link,
        "repeat": repeat,
        "form": CaseRegisterForm(case=case) if may_confirm else None,
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
