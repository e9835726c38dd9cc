"""Recounting the public figures: at most once per interval, after the change that needs it.

A recount reads every case, so a burst of reports must not pay for one each. After a change
commits, the figures are recounted at once only when the stored ones are older than
GRIEVANCE_FIGURES_REFRESH_SECONDS (grievances/conf.py); otherwise the snapshot is marked
stale. The first change that marks it queues a recount for the end of the interval when the
task backend can defer work (a queue with workers), and `refresh_case_figures --if-stale` from
cron catches the rest under the in-process backend. Rounded to multiples of T, figures a few
minutes old are indistinguishable from fresh ones in almost every case.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from grievances.conf import conf
from home.cache import bump_content_generation

from .figures import PublicCaseFigures, compute_snapshot
from .rates import compute_rates
from .statistics import statistics_urls


def refresh_figures(today=None):
    started = timezone.now()
    data = {**compute_snapshot(today), "statistics_urls": statistics_urls(), "rates": compute_rates(today)}
    with transaction.atomic():
        # One row, updated in place under a lock, so a change marked stale while the cases were
        # being counted is never lost: the mark survives unless it predates the count.
        figures = PublicCaseFigures.objects.select_for_update().order_by("-computed_at").first()
        if figures is None:
            figures = PublicCaseFigures.objects.create(data=data)
            changed = True
        else:
            PublicCaseFigures.objects.exclude(pk=figures.pk).delete()
            changed = figures.data != data
            figures.data = data
            figures.computed_at = timezone.now()
            if figures.stale_since is not None and figures.stale_since < started:
                figures.stale_since = None
            figures.save()
    if changed:
        # Pages show the figures: stored pages with the old ones must not be served again.
        bump_content_generation()
    if figures.stale_since is not None:
        # A case changed during the count: recount once more after the interval.
        _defer_refresh(figures.computed_at)
    return figures


def refresh_interval():
    return datetime.timedelta(seconds=conf.FIGURES_REFRESH_SECONDS)


def _defer_refresh(computed_at):
    """Queue a recount for when the interval ends, if the task backend can hold work until then."""
    if refresh_public_case_figures.get_backend().supports_defer:
        refresh_public_case_figures.using(run_after=computed_at + refresh_interval()).enqueue()


def _refresh_or_mark_stale():
    stored = PublicCaseFigures.objects.order_by("-computed_at").values("pk", "computed_at").first()
    now = timezone.now()
    if stored is None or stored["computed_at"] <= now - refresh_interval():
        refresh_public_case_figures.enqueue()
        return
    marked = PublicCaseFigures.objects.filter(pk=stored["pk"], stale_since__isnull=True).update(
        stale_since=now
    )
    if marked:
        # The first change since the last count; later ones find the mark and the recount queued.
        _defer_refresh(stored["computed_at"])


def schedule_refresh():
    """After the current transaction commits, recount the figures or mark them stale (once,
    however many cases changed in it)."""
    connection = transaction.get_connection()
    pending = getattr(connection, "_case_figures_callback", None)
    if pending is not None and any(entry[1] is pending for entry in connection.run_on_commit):
        return  # already registered in this transaction and not yet run

    def after_commit():
        connection._case_figures_callback = None
        _refresh_or_mark_stale()

    connection._case_figures_callback = after_commit
    transaction.on_commit(after_commit)


def refresh_if_stale():
    """Recount when a change has been marked since the last count; return the figures, or None."""
    if (
        PublicCaseFigures.objects.filter(stale_since__isnull=False).exists()
        or not PublicCaseFigures.objects.exists()
    ):
        return refresh_figures()
    return None


@task()
def refresh_public_case_figures():
    """Recount the public figures (queued after a change of a case; see schedule_refresh)."""
    refresh_figures()
