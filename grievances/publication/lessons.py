"""Lessons from cases, seen from the case tracker: who may read and write them, and writing one.

The knowledge base owns the lesson pages; this module keeps every lesson section behind a
Wagtail privacy restriction to the case-handling groups, lets those groups write lessons there,
and turns a resolved case into a draft lesson carrying only its topic, province and employer type.
"""

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission, PageViewRestriction

from grievances.cases.access import roles_for, visible_case_or_404
from grievances.cases.roles import CASE_GROUPS, COORDINATOR_GROUP, SYSTEM_OWNER_GROUP
from grievances.cases.states import Status
from knowledge.models import LessonIndexPage, LessonPage
from knowledge.models.lessons import EmployerType, can_read_lessons

LESSON_STATES = (Status.RESOLVED, Status.CLOSED)
# Everyone on the case team drafts lessons; coordinators and system owners publish them.
LESSON_PAGE_PERMISSIONS = {
    group: ["add_page", "change_page"]
    + (["publish_page"] if group in (COORDINATOR_GROUP, SYSTEM_OWNER_GROUP) else [])
    for group in CASE_GROUPS
}


@transaction.atomic
def restrict_lesson_index(index):
    """Only the case groups see this lesson section, and they may write in it."""
    groups = list(Group.objects.filter(name__in=CASE_GROUPS))
    restriction = PageViewRestriction.objects.filter(
        page=index, restriction_type=PageViewRestriction.GROUPS
    ).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(
            page=index, restriction_type=PageViewRestriction.GROUPS
        )
    restriction.groups.add(*groups)
    for group in groups:
        for codename in LESSON_PAGE_PERMISSIONS[group.name]:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=index,
                permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
            )


def sync_lesson_access():
    for index in LessonIndexPage.objects.all():
        restrict_lesson_index(index)


@receiver(post_save, sender=LessonIndexPage)
def restrict_new_lesson_index(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        restrict_lesson_index(instance)


def lesson_refusal(case):
    """Why no lesson may be written from this case, or None when one may."""
    if case.status not in LESSON_STATES:
        return _("A lesson can be written only from a resolved or closed case.")
    if not case.consent_anonymised_publication:
        return _(
            "The reporter did not consent to anonymised use of their case, so no lesson can be written from it."
        )
    return None


def lessons_for_case(case, user, limit=5):
    """Published lessons on the case's topics, for staff who may read lessons."""
    if not can_read_lessons(user):
        return LessonPage.objects.none()
    topics = case.topics.all()
    return (
        LessonPage.objects.live()
        .filter(topic__in=topics)
        .select_related("topic", "province")
        .order_by("-first_published_at")[:limit]
    )


class LessonFromCaseForm(forms.Form):
    employer_type = forms.ChoiceField(
        label=gettext_lazy("Employer type"), choices=EmployerType.choices, initial=EmployerType.OTHER
    )


@require_POST
def write_lesson_view(request, pk):
    case = visible_case_or_404(request, pk)
    refusal = lesson_refusal(case)
    index = LessonIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    form = LessonFromCaseForm(request.POST)
    if refusal is None and not roles_for(request.user, case):
        refusal = _("Only the case team may write a lesson from this case.")
    if refusal is None and index is None:
        refusal = _("There is no lessons section yet: a system owner must create one first.")
    if refusal is None and not form.is_valid():
        refusal = _("Choose the employer type.")
    if refusal is not None:
        messages.error(request, refusal)
        return redirect("grievances_case:inspect", case.pk)

    topic = case.topics.order_by("sort_order", "name").first()
    place = case.province.name if case.province else _("unknown province")
    title = _("Lesson: %(topic)s, %(place)s") % {
        "topic": topic.name if topic else _("no topic"),
        "place": place,
    }
    with transaction.atomic():
        lesson = LessonPage(
            title=title,
            slug=find_available_slug(index, "pelajaran"),
            topic=topic,
            province=case.province,
            employer_type=form.cleaned_data["employer_type"],
            live=False,
            owner=request.user,
        )
        index.add_child(instance=lesson)
        lesson.save_revision(user=request.user, log_action=True)
        log(instance=case, action="grievances.lesson", user=request.user, data={})
    messages.success(
        request,
        _("Draft lesson created. Write what was tried and what worked; leave out names and references."),
    )
    return redirect("wagtailadmin_pages:edit", lesson.pk)
