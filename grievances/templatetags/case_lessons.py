"""The case page's lessons section: lessons on the same topics, and writing one from the case."""

from django import template

from grievances.publication.lessons import LessonFromCaseForm, lesson_refusal, lessons_for_case

register = template.Library()


@register.inclusion_tag("grievances/admin/case_lessons.html", takes_context=True)
def case_lessons(context, case):
    user = context["request"].user
    return {
        "case": case,
        "lessons": lessons_for_case(case, user),
        "refusal": lesson_refusal(case),
        "form": LessonFromCaseForm(),
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
    }
