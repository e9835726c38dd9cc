"""What the task workers share through the database: who is alive, which scheduled runs are taken."""

from django.db import models


class WorkerHeartbeat(models.Model):
    """A task worker's last sign of life. A task left running by a worker whose heartbeat stopped
    (killed, machine lost) is given back to the queue (operations.worker.recover_abandoned)."""

    worker_id = models.CharField(max_length=64, unique=True)
    hostname = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(auto_now_add=True)
    seen_at = models.DateTimeField()

    def __str__(self):
        return self.worker_id


class ScheduledRun(models.Model):
    """One run of a scheduled task, claimed by the first worker that reaches its slot: the unique
    pair (name, slot) makes a schedule fire once however many workers run it."""

    name = models.CharField(max_length=200)
    slot = models.CharField(max_length=40)
    enqueued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["name", "slot"], name="scheduled_run_once")]

    def __str__(self):
        return f"{self.name} @ {self.slot}"
