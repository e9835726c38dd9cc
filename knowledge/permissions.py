"""Lesson pages stay out of the admin's page listings and page search for users who may not read them."""

from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import LessonIndexPage, LessonPage
from .models.lessons import can_read_lessons


class LessonHidingPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy, except that lessons are not explorable without `knowledge.read_lessons`.

    Editorial roles hold page permissions on the whole tree; the explorer and the admin's page
    search list what this policy calls explorable.
    """

    def explorable_instances(self, user):
        pages = super().explorable_instances(user)
        if can_read_lessons(user):
            return pages
        return pages.not_type(LessonIndexPage, LessonPage)
