"""The case listing's CSV and XLSX export: streamed in chunks, safe to open in a spreadsheet, audited.

- Values and headers come from the catalogue of case fields (grievances.cases.fields), so a cell
  reads as the case page does: labels, local time, Ya/Tidak, people by full name; labels, month
  names and the names of related records are looked up once per export, not once per cell.
- A cell beginning with = + - @, a tab or a carriage return is written with a leading apostrophe:
  a reporter or an employer's name typed as `=HYPERLINK(...)` stays text in Excel or LibreOffice
  instead of becoming a formula (CSV injection).
- Rows are read in chunks, only the columns the export shows, and the CSV is streamed as it is
  written, so an export of every case (100,000 in the benchmark) never holds them all in memory;
  each chunk's cases are put on the audit log as it is sent, so the log lists exactly what left
  the server. A large export is written by a task instead (grievances.tracker.queued_exports).
- The cells are in the language and time zone of the request that asked for them, also while a
  streamed response is sent after the view has returned.
"""

import csv
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone, translation
from openpyxl import Workbook
from wagtail.models import ModelLogEntry

from grievances.cases.fields import header, value_readers
from grievances.cases.models import Case

CHUNK_SIZE = 2000
# What a spreadsheet would read as the start of a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def spreadsheet_safe(value):
    """Text a spreadsheet shows as typed, never evaluates."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_row(case, readers):
    return [spreadsheet_safe(read(case)) for read in readers]


def export_headers(fields):
    return [spreadsheet_safe(header(name)) for name in fields]


def unread_columns(fields):
    """The case's own columns the export neither shows nor logs (the description, the reporter's
    contact, …): left in the database, so a chunk reads less."""
    kept = {*fields, "reference"}
    return [
        field.name
        for field in Case._meta.concrete_fields
        if not field.is_relation and not field.primary_key and field.name not in kept
    ]


def chunks_of(queryset, fields, size=None):
    """The cases in lists of `size` (CHUNK_SIZE), the related records the export shows fetched in
    one query per relation and chunk: a few federations, provinces and staff, each read once,
    rather than joined onto every row."""
    size = size or CHUNK_SIZE
    relations = [name for name in fields if Case._meta.get_field(name).is_relation]
    queryset = queryset.select_related(None).defer(*unread_columns(fields)).prefetch_related(*relations)
    chunk = []
    for case in queryset.iterator(chunk_size=size):
        chunk.append(case)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def log_export(user, cases, export_format, **data):
    """One audit entry per exported case, so each case's processing record shows the export.
    `cases`: (pk, reference) pairs."""
    content_type = ContentType.objects.get_for_model(Case)
    now = timezone.now()
    ModelLogEntry.objects.bulk_create(
        [
            ModelLogEntry(
                content_type=content_type,
                object_id=str(pk),
                label=reference,
                action="grievances.export",
                user=user,
                timestamp=now,
                data={"format": export_format, **data},
            )
            for pk, reference in cases
        ],
        batch_size=1000,
    )


def pairs(chunk):
    return [(case.pk, case.reference) for case in chunk]


@dataclass(frozen=True)
class Locale:
    """A language and time zone, put back around work done later: a response streamed after the
    view returned (Wagtail's admin sets the user's own only while the view runs), a queued task."""

    language: str
    time_zone: str

    @classmethod
    def current(cls):
        return cls(translation.get_language(), timezone.get_current_timezone_name())

    @contextmanager
    def active(self):
        with translation.override(self.language), timezone.override(self.time_zone):
            yield


class _Line:
    def write(self, value):
        return value.encode("utf-8")


def csv_lines(queryset, fields, after_chunk, locale):
    """The CSV file's bytes, chunk by chunk; `after_chunk(cases)` once each chunk is out."""
    writer = csv.writer(_Line())
    with locale.active():
        readers = value_readers(fields)
        headers = export_headers(fields)
    # A byte-order mark: Excel then reads the file as UTF-8 (names with é, Indonesian text).
    yield "\ufeff".encode()
    yield writer.writerow(headers)
    for chunk in chunks_of(queryset, fields):
        # Never across a yield: the server sends the bytes with the language it had before.
        with locale.active():
            lines = b"".join(writer.writerow(export_row(case, readers)) for case in chunk)
        yield lines
        after_chunk(chunk)


def write_csv(output, queryset, fields, after_chunk, locale):
    for lines in csv_lines(queryset, fields, after_chunk, locale):
        output.write(lines)


def write_xlsx(output, queryset, fields, after_chunk, locale):
    """A workbook written row by row (openpyxl's write-only mode) into `output`."""
    with locale.active():
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title=str(Case._meta.verbose_name_plural).capitalize()[:31])
        sheet.append(export_headers(fields))
        readers = value_readers(fields)
        for chunk in chunks_of(queryset, fields):
            for case in chunk:
                sheet.append(export_row(case, readers))
            after_chunk(chunk)
        workbook.save(output)


WRITERS = {"csv": write_csv, "xlsx": write_xlsx}


def filename(stem, extension, moment=None):
    return f"{stem}-{timezone.localtime(moment):%Y-%m-%d}.{extension}"


def csv_response(queryset, fields, user, stem):
    def after_chunk(chunk):
        log_export(user, pairs(chunk), "csv")

    response = StreamingHttpResponse(
        csv_lines(queryset, fields, after_chunk, Locale.current()), content_type=CONTENT_TYPES["csv"]
    )
    response["Content-Disposition"] = f'attachment; filename="{filename(stem, "csv")}"'
    response["Cache-Control"] = "no-store"
    return response


def xlsx_response(queryset, fields, user, stem):
    """A workbook written to a temporary file, then sent."""

    def after_chunk(chunk):
        log_export(user, pairs(chunk), "xlsx")

    # FileResponse closes (and so deletes) the file once it is sent.
    output = tempfile.TemporaryFile()  # noqa: SIM115
    write_xlsx(output, queryset, fields, after_chunk, Locale.current())
    output.seek(0)
    response = FileResponse(
        output, as_attachment=True, filename=filename(stem, "xlsx"), content_type=CONTENT_TYPES["xlsx"]
    )
    response["Cache-Control"] = "no-store"
    return response
