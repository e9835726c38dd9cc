"""Run queued tasks (TASKS_BACKEND=database) until stopped; any number of these, on any machine."""

import signal

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Run queued tasks, retry failures, recover tasks of killed workers, queue scheduled tasks."

    def add_arguments(self, parser):
        parser.add_argument("--queue", default="*", help="Queues to run, comma-separated ('*': all).")
        parser.add_argument(
            "--lease",
            type=float,
            default=None,
            help="Seconds without a heartbeat after "
            "which a worker's task is given to another (default TASK_WORKER_LEASE_SECONDS).",
        )
        parser.add_argument(
            "--interval", type=float, default=1.0, help="Seconds between looks at an empty queue."
        )
        parser.add_argument("--batch", action="store_true", help="Run what is ready, then exit.")
        parser.add_argument("--max-tasks", type=int, default=None, help="Exit after this many tasks.")
        parser.add_argument("--no-schedule", action="store_true", help="Do not queue scheduled tasks.")

    def handle(self, *, queue, lease, interval, batch, max_tasks, no_schedule, **options):
        if settings.TASKS_BACKEND != "database":
            raise CommandError(
                f"TASKS_BACKEND is {settings.TASKS_BACKEND!r}: tasks run in the web process, there is "
                "no queue to work on. Set TASKS_BACKEND=database."
            )
        # django-tasks-db's models exist only when its backend is selected.
        from operations.worker import Worker

        worker = Worker(
            queues=queue.split(","), lease_seconds=lease, interval=interval, schedule=not no_schedule
        )

        def stop(signum, frame):
            # Finish the task under way, then exit; a second signal ends at once (the task then
            # runs again elsewhere after the lease).
            if not worker.running:
                raise SystemExit(1)
            worker.running = False

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        self.stdout.write(f"Task worker {worker.worker_id} started (lease {worker.lease_seconds} s)")
        done = worker.run(batch=batch, max_tasks=max_tasks)
        self.stdout.write(f"Task worker {worker.worker_id} stopped after {done} task(s)")
