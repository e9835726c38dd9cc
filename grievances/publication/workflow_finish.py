"""What happens when an editorial workflow ends approved (settings.WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail imports this module while its own models load, so it may import no model: the task
classes whose approval stands for the publishing permission are registered here by
grievances.publication.models instead.
"""

# wagtail.models.TaskState.STATUS_APPROVED, which cannot be imported while the models load.
APPROVED = "approved"
# Workflow tasks whose approvers hold no publishing permission: the workflow is the permission.
PUBLISHING_TASKS = []


def publish_workflow_state(workflow_state, user=None):
    """Publish the approved revision, as Wagtail does by default.

    When the last step was the case-safety review, the approver is an operator or coordinator who
    holds no publishing permission: the workflow (the editor's approval, then the review) is the
    permission, so the publishing permission check is skipped for that step only.
    """
    last = workflow_state.current_task_state
    approved_by_review = (
        last is not None
        and last.status == APPROVED
        and isinstance(last.task.specific, tuple(PUBLISHING_TASKS))
    )
    workflow_state.content_object.get_latest_revision().publish(
        user=user, skip_permission_checks=approved_by_review
    )
