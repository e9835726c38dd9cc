"""The case page's sensitivity section: mark the case as sensitive, or lift the mark."""

from django import template

from grievances.tracker.sensitivity import LiftSensitiveForm, MarkSensitiveForm, may_lift, may_mark

register = template.Library()


@register.inclusion_tag("grievances/admin/case_sensitivity.html", takes_context=True)
def case_sensitivity(context, case):
    user = context["request"].user
    mark_form = MarkSensitiveForm(prefix="sensitive", case=case) if may_mark(user, case) else None
    return {
        "case": case,
        "mark_form": mark_form if mark_form and mark_form.fields else None,
        "lift_form": LiftSensitiveForm(prefix="sensitive") if may_lift(user, case) else None,
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
    }
