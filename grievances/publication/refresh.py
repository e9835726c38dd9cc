"""Recounting the public figures: once a day, at a fixed time, never after a single report.

Public figures change at most once a day, at GRIEVANCE_FIGURES_PUBLISH_TIME (Asia/Jakarta), so
nobody can tie a change of the figures to one report by watching them (see figures.py, "over
time"). A change of a case only marks the stored figures stale; the recount runs at the next daily
time — a task deferred to it when the task backend can defer work (a queue with workers), and
`refresh_case_figures --if-stale` from cron at that time under the in-process backend — and counts
only the cases received before that time, so a recount that runs late publishes the same new cases
as one on time. Only when no figures exist yet are they counted at once.

`refresh_figures()` without a cutoff counts everything now: for the demo loader, tests and a
system owner's deliberate manual run.
"""

import datetime
import zoneinfo

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from grievances.conf import conf
from home.cache import bump_content_generation, replace_shared_generation, shared_generation

from .figures import PublicCaseFigures, compute_snapshot
from .rates import compute_rates
from .statistics import statistics_urls

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
# Replaced whenever a count is stored (in the shared cache, for every worker): a worker that has seen
# the figures marked stale remembers it under this generation, and asks the database again after
# the next count, which may have cleared the mark.
COUNT_GENERATION_KEY = "public-figures-count"
MARK_SEEN_SECONDS = 60 * 60


def _daily_time():
    hours, minutes = (int(part) for part in str(conf.FIGURES_PUBLISH_TIME).split(":"))
    return datetime.time(hours, minutes)


def publish_moment(now=None):
    """The latest daily publishing time at or before `now`."""
    local = timezone.localtime(now or timezone.now(), JAKARTA)
    moment = datetime.datetime.combine(local.date(), _daily_time(), tzinfo=JAKARTA)
    if moment > local:
        moment -= datetime.timedelta(days=1)
    return moment


def next_publish_moment(now=None):
    return publish_moment(now) + datetime.timedelta(days=1)


def refresh_figures(today=None, cutoff=None):
    started = timezone.now()
    data = {
        **compute_snapshot(today, cutoff=cutoff),
        "statistics_urls": statistics_urls(),
        "rates": compute_rates(today),
    }
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
            if figures.stale_since is not None and figures.stale_since < (cutoff or started):
                figures.stale_since = None
            figures.save()
        # Before the commit as well as after: a worker that reads the mark while this count is
        # still uncommitted remembers it under a generation that the commit leaves behind.
        _replace_count_generation()
    transaction.on_commit(_replace_count_generation, robust=True)
    if changed:
        # Pages show the figures: stored pages with the old ones must not be served again.
        bump_content_generation()
    if figures.stale_since is not None:
        # Changes after the cutoff: counted at the next daily time.
        _defer_refresh()
    return figures


def _defer_refresh():
    """Queue a recount for the next daily time, if the task backend can hold work until then."""
    if refresh_public_case_figures.get_backend().supports_defer:
        refresh_public_case_figures.using(run_after=next_publish_moment()).enqueue()


def _replace_count_generation():
    replace_shared_generation(COUNT_GENERATION_KEY)


def _refresh_or_mark_stale():
    seen = f"public-figures-marked:{shared_generation(COUNT_GENERATION_KEY)}"
    if cache.get(seen):
        return  # marked since the last count, as this worker already found: nothing to read
    stored = PublicCaseFigures.objects.order_by("-computed_at").values("pk", "stale_since").first()
    if stored is None:
        refresh_public_case_figures.enqueue()
        return
    if stored["stale_since"] is None:
        marked = PublicCaseFigures.objects.filter(pk=stored["pk"], stale_since__isnull=True).update(
            stale_since=timezone.now()
        )
        if marked:
            # The first change since the last count; later ones find the mark and the recount queued.
            _defer_refresh()
    cache.set(seen, True, MARK_SEEN_SECONDS)


def schedule_refresh():
    """After the current transaction commits, mark the figures stale (once, however many cases
    changed in it); they are recounted at the next daily time."""
    connection = transaction.get_connection()
    pending = getattr(connection, "_case_figures_callback", None)
    if pending is not None and any(entry[1] is pending for entry in connection.run_on_commit):
        return  # already registered in this transaction and not yet run

    def after_commit():
        connection._case_figures_callback = None
        _refresh_or_mark_stale()

    connection._case_figures_callback = after_commit
    transaction.on_commit(after_commit)


def refresh_if_stale(now=None):
    """At or after the daily time: recount (cases received before it) when a change has been marked
    before it, or no figures exist; return the figures, or None."""
    moment = publish_moment(now)
    if (
        not PublicCaseFigures.objects.exists()
        or PublicCaseFigures.objects.filter(stale_since__isnull=False, stale_since__lt=moment).exists()
    ):
        return refresh_figures(cutoff=moment)
    return None


@task()
def refresh_public_case_figures():
    """Recount the public figures at the daily time (queued by the first change after a count)."""
    refresh_if_stale()
