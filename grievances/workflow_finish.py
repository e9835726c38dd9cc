"""What happens when an editorial workflow ends approved (settings.WAGTAIL_FINISH_WORKFLOW_ACTION).

Imported by Wagtail while its models load, so this module imports nothing else at import time.
"""


def publish_workflow_state(workflow_state, user=None):
    """Publish the approved revision, as Wagtail does by default.

    When the last step was the case-safety review, the approver is an operator or coordinator who
    holds no publishing permission: the workflow (the editor's approval, then the review) is the
    permission, so the publishing permission check is skipped for that step only.
    """
    from wagtail.models import TaskState

    from .models import CaseSafetyReviewTask

    last = workflow_state.current_task_state
    approved_by_review = (
        last is not None
        and last.status == TaskState.STATUS_APPROVED
        and isinstance(last.task.specific, CaseSafetyReviewTask)
    )
    workflow_state.content_object.get_latest_revision().publish(
        user=user, skip_permission_checks=approved_by_review
    )
