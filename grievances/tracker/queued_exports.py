"""Large case exports, written by a task and kept a day for their requester only ("Ekspor saya").

An export of more than GRIEVANCE_EXPORT_INLINE_MAX_ROWS cases would hold a web request for minutes
(all 100,000 benchmark cases took 338 s), so the listing stores what was asked (format, the
listing's query string) and queues a task (grievances.tracker.viewsets.prepare_case_export). The
task:

- applies the requester's access again when it runs: the listing's own queryset for that user
  now; an inactive user, or one who lost their case role, gets a failed export and no file;
- writes the rows the streamed export would (grievances.tracker.exports) into a temporary file,
  saves it in the private storage of case files (never the public media), and only then, in one
  transaction, marks the export ready and puts each exported case on the audit log;
- does the work once when it runs twice (a killed worker's task runs again): a ready or failed
  export is left alone, and of two runs racing to the end only the first keeps its file.

Only the requester sees and downloads an export: anyone else asking for it by number gets 404, as
for a case they may not see. An export and its file go GRIEVANCE_EXPORT_KEEP_HOURS after it is
ready (`delete_expired_exports`, hourly in TASK_SCHEDULE, or from cron).
"""

import datetime
import logging
import tempfile

from django.conf import settings
from django.core.files import File
from django.db import models, transaction
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from grievances.cases.access import is_case_staff
from grievances.cases.storage import private_storage
from grievances.conf import conf
from grievances.privacy.retention import walk_storage

from .exports import CONTENT_TYPES, WRITERS, Locale, filename, log_export, pairs

logger = logging.getLogger(__name__)

FOLDER = "exports"
# A file is saved a moment before the transaction that names it commits: younger than this, a file
# no export names may still be about to be named.
ORPHAN_GRACE = datetime.timedelta(hours=1)
# How often the "My exports" page reloads itself while an export is pending.
REFRESH_SECONDS = 10


class CaseExport(models.Model):
    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "XLSX"

    class Status(models.TextChoices):
        WAITING = "waiting", _("waiting")
        PREPARING = "preparing", _("being prepared")
        READY = "ready", _("ready")
        FAILED = "failed", _("failed")

    class Error(models.TextChoices):
        ACCESS = (
            "access",
            _("Your access to cases changed before the file was written: nothing was exported."),
        )
        FAILED = (
            "failed",
            _(
                "The file could not be written. Ask for the export again; if it fails again, tell the system owner."
            ),
        )

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="case_exports",
        verbose_name=_("requested by"),
    )
    export_format = models.CharField(_("format"), max_length=4, choices=Format.choices)
    # The listing's query string: its filters, search and order, applied again when the file is written.
    query = models.TextField(blank=True)
    # The filters and search as the listing named them, in the requester's language.
    filters = models.TextField(_("filters"), blank=True)
    # The cells are written in the language and time zone of the request.
    language = models.CharField(max_length=10)
    time_zone = models.CharField(max_length=64)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.WAITING)
    # The cases the listing counted when asked; once ready, the rows written.
    rows = models.PositiveIntegerField(_("rows"), null=True, blank=True)
    file = models.FileField(upload_to=f"{FOLDER}/", storage=private_storage, max_length=255, blank=True)
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires at"))
    error = models.CharField(max_length=10, choices=Error.choices, blank=True)

    class Meta:
        app_label = "grievances"
        ordering = ["-created_at", "-pk"]
        verbose_name = _("case export")
        verbose_name_plural = _("case exports")
        indexes = [models.Index(fields=["expires_at"], name="case_export_expires_idx")]

    def __str__(self):
        return f"{self.get_export_format_display()} · {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_pending(self):
        return self.status in (self.Status.WAITING, self.Status.PREPARING)

    @property
    def download_name(self):
        return filename("kasus", self.export_format, self.created_at)


def keep_until(moment):
    return moment + datetime.timedelta(hours=conf.EXPORT_KEEP_HOURS)


def request_export(user, export_format, query, filters, rows):
    """Store a large export's request, in the language and time zone active now."""
    locale = Locale.current()
    now = timezone.now()
    return CaseExport.objects.create(
        requested_by=user,
        export_format=export_format,
        query=query,
        filters=filters,
        language=locale.language,
        time_zone=locale.time_zone,
        rows=rows,
        created_at=now,
        # Until it is ready; then from the moment it is.
        expires_at=keep_until(now),
    )


def will_retry(backend, context):
    """Whether a failure of this run is tried again: the project's queue (a backend that can hold
    work for later) runs a failed task again, TASK_MAX_ATTEMPTS times in all; in-process, never."""
    return backend.supports_defer and context.attempt < settings.TASK_MAX_ATTEMPTS


def prepare_export(export_id, queryset_for, fields, *, may_retry=False):
    """Write export `export_id`: `queryset_for(user, query)` gives the cases the listing shows that
    user now. Returns the export's status."""
    export = CaseExport.objects.select_related("requested_by").filter(pk=export_id).first()
    if export is None:
        return "gone"  # expired and deleted before a worker came to it
    if export.status in (CaseExport.Status.READY, CaseExport.Status.FAILED):
        return export.status  # an earlier run finished it
    user = export.requested_by
    if not is_case_staff(user):
        _fail(export.pk, CaseExport.Error.ACCESS)
        return CaseExport.Status.FAILED
    started = CaseExport.objects.filter(
        pk=export.pk, status__in=(CaseExport.Status.WAITING, CaseExport.Status.PREPARING)
    ).update(status=CaseExport.Status.PREPARING)
    if not started:
        return "gone"  # finished by a run racing this one, or deleted, since it was read
    locale = Locale(export.language, export.time_zone)
    exported = []
    try:
        with tempfile.TemporaryFile() as output:
            with locale.active():
                queryset = queryset_for(user, export.query)
            WRITERS[export.export_format](
                output, queryset, fields, lambda chunk: exported.extend(pairs(chunk)), locale
            )
            output.seek(0)
            name = private_storage().save(
                f"{FOLDER}/{get_random_string(32)}.{export.export_format}", File(output)
            )
        return _finish(export, name, exported)
    except Exception:
        logger.exception("Case export %s could not be written", export.pk)
        if may_retry:
            CaseExport.objects.filter(pk=export.pk, status=CaseExport.Status.PREPARING).update(
                status=CaseExport.Status.WAITING
            )
        else:
            _fail(export.pk, CaseExport.Error.FAILED)
        raise


def _fail(pk, error):
    CaseExport.objects.filter(pk=pk).exclude(status=CaseExport.Status.READY).update(
        status=CaseExport.Status.FAILED, error=error, finished_at=timezone.now()
    )


def _finish(export, name, exported):
    """Ready, with the audit entries, in one transaction; or, if another run got there first or the
    export is gone, without this run's file."""
    storage = private_storage()
    with transaction.atomic():
        locked = CaseExport.objects.select_for_update().filter(pk=export.pk).first()
        if locked is None or locked.status != CaseExport.Status.PREPARING:
            transaction.on_commit(lambda: storage.delete(name))
            return locked.status if locked else "gone"
        log_export(export.requested_by, exported, locked.export_format, export=locked.pk)
        now = timezone.now()
        locked.file.name = name
        locked.status = CaseExport.Status.READY
        locked.rows = len(exported)
        locked.error = ""
        locked.finished_at = now
        locked.expires_at = keep_until(now)
        locked.save()
    return locked.status


def delete_expired_exports(now=None):
    """Delete expired exports with their files, and files no export names (a run killed between
    saving its file and marking the export ready). Returns (exports, files) deleted."""
    now = now or timezone.now()
    storage = private_storage()
    with transaction.atomic():
        expired = CaseExport.objects.filter(expires_at__lte=now)
        names = [name for name in expired.values_list("file", flat=True) if name]
        count = expired.delete()[0]
    files = 0
    for name in names:
        if storage.exists(name):
            storage.delete(name)
            files += 1
    if storage.exists(FOLDER):
        known = set(CaseExport.objects.exclude(file="").values_list("file", flat=True))
        for name in walk_storage(storage, FOLDER):
            if name not in known and storage.get_modified_time(name) < now - ORPHAN_GRACE:
                storage.delete(name)
                files += 1
    return count, files


@task()
def delete_expired_exports_task():
    """Hourly: delete expired case exports and their files (see the delete_expired_exports command)."""
    exports, files = delete_expired_exports()
    return {"exports": exports, "files": files}


def mine(user):
    """The user's exports that have not expired, newest first."""
    return CaseExport.objects.filter(requested_by=user, expires_at__gt=timezone.now())


def my_exports_view(request):
    exports = list(mine(request.user))
    pending = any(export.is_pending for export in exports)
    response = render(
        request,
        "grievances/admin/case_exports.html",
        {
            "exports": exports,
            "pending": pending,
            "refresh_seconds": REFRESH_SECONDS,
            "keep_hours": conf.EXPORT_KEEP_HOURS,
        },
    )
    response["Cache-Control"] = "private, no-store"
    return response


def download_export_view(request, pk):
    """A ready export's file, for the user who asked for it and still holds a case role; for anyone
    else it does not exist."""
    export = mine(request.user).filter(pk=pk, status=CaseExport.Status.READY).first()
    if export is None or not export.file or not is_case_staff(request.user):
        raise Http404
    try:
        stream = export.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        stream,
        as_attachment=True,
        filename=export.download_name,
        content_type=CONTENT_TYPES[export.export_format],
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
