"""The database task queue: django-tasks-db's table, for the tasks this project and Wagtail declare.

django-tasks-db on Django 6 resolves a stored task to a `django.tasks.Task`, but the project and
Wagtail declare theirs with the `django_tasks` package, so its own backend and `db_worker` refuse
them (SuspiciousOperation). This backend stores the same rows and answers with `django_tasks`
results; `manage.py task_worker` (operations/worker.py) runs them, with retries and recovery of a
task whose worker was killed. The model is imported inside the methods: a backend may be built
while the apps load (a module-level @task), before django-tasks-db's models exist.
"""

from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import TaskResult, TaskResultStatus
from django_tasks.base import Task as PackageTask
from django_tasks.base import TaskError
from django_tasks.exceptions import TaskResultDoesNotExist
from django_tasks_db.backend import DatabaseBackend

try:
    from django.tasks.base import Task as DjangoTask
except ImportError:  # Django before 6: only the package exists
    DjangoTask = PackageTask

TASK_CLASSES = (PackageTask, DjangoTask)


def resolve_task(task_path):
    """The task a stored row names, whichever of the two task libraries declared it."""
    task = import_string(task_path)
    if not isinstance(task, TASK_CLASSES):
        raise TypeError(f"{task_path} is not a task")
    return task


def result_of(row, task=None):
    """A django_tasks TaskResult for a stored row."""
    if task is None:
        task = resolve_task(row.task_path)
    result = TaskResult(
        task=task,
        id=str(row.id),
        status=TaskResultStatus[row.status],
        enqueued_at=row.enqueued_at,
        started_at=row.started_at,
        last_attempted_at=row.started_at,
        finished_at=row.finished_at,
        args=row.args_kwargs["args"],
        kwargs=row.args_kwargs["kwargs"],
        backend=row.backend_name,
        errors=[],
        worker_ids=row.worker_ids,
    )
    if row.status == TaskResultStatus.FAILED:
        result.errors.append(
            TaskError(exception_class_path=row.exception_class_path, traceback=row.traceback)
        )
    object.__setattr__(result, "_return_value", row.return_value)
    return result


class QueueBackend(DatabaseBackend):
    """Tasks as rows of django-tasks-db's table, in the same transaction as the change that queued
    them; executed by `manage.py task_worker` processes, on any number of machines."""

    def enqueue(self, task, args, kwargs):
        self.validate_task(task)
        row = self._task_to_db_task(task, args, kwargs)
        return result_of(row, task)

    async def aenqueue(self, task, args, kwargs):
        self.validate_task(task)
        row = await self._atask_to_db_task(task, args, kwargs)
        return result_of(row, task)

    def get_result(self, result_id):
        from django_tasks_db.models import DBTaskResult

        try:
            return result_of(DBTaskResult.objects.get(id=result_id))
        except (DBTaskResult.DoesNotExist, ValueError) as error:
            raise TaskResultDoesNotExist(result_id) from error

    def oldest_waiting_seconds(self):
        """How long the oldest task ready to run has waited (0 when none waits)."""
        from django_tasks_db.models import DBTaskResult

        now = timezone.now()
        oldest = (
            DBTaskResult.objects.ready()
            .filter(backend_name=self.alias)
            .order_by("enqueued_at")
            .values_list("enqueued_at", "run_after")
            .first()
        )
        if oldest is None:
            return 0
        enqueued_at, run_after = oldest
        waiting_since = enqueued_at if run_after.year == 9999 else max(enqueued_at, run_after)
        return max(0, int((now - waiting_since).total_seconds()))
