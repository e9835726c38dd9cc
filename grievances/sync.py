"""What the grievance module keeps in step with code after every migrate (connected in apps.ready)."""

from .cases.roles import sync_case_roles
from .publication.lessons import sync_lesson_access
from .publication.review import sync_case_safety_review


def sync_after_migrate(sender, **kwargs):
    """Case roles, lesson access and the case-safety review. home's handler has already created
    every app's permissions and the editorial workflow."""
    sync_case_roles()
    sync_lesson_access()
    sync_case_safety_review()
