"""The case listing's CSV and XLSX export: streamed in chunks, safe to open in a spreadsheet, audited.

- Values and headers come from the catalogue of case fields (grievances.cases.fields), so a cell
  reads as the case page does: labels, local time, Ya/Tidak, people by full name.
- A cell beginning with = + - @, a tab or a carriage return is written with a leading apostrophe:
  a reporter or an employer's name typed as `=HYPERLINK(...)` stays text in Excel or LibreOffice
  instead of becoming a formula (CSV injection).
- Rows are read in chunks and the CSV is streamed as it is written, so an export of every case
  (100,000 in the benchmark) never holds them all in memory; each chunk's cases are put on the
  audit log as it is sent, so the log lists exactly what left the server.
"""

import csv
import tempfile

from django.contrib.contenttypes.models import ContentType
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from openpyxl import Workbook
from wagtail.models import ModelLogEntry

from grievances.cases.fields import display_value, header
from grievances.cases.models import Case

CHUNK_SIZE = 2000
# What a spreadsheet would read as the start of a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """Text a spreadsheet shows as typed, never evaluates."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_row(case, fields):
    return [spreadsheet_safe(display_value(case, name)) for name in fields]


def export_headers(fields):
    return [spreadsheet_safe(header(name)) for name in fields]


def chunks_of(queryset, size=CHUNK_SIZE):
    """The cases in lists of `size`, each with its topics and handlers fetched in one query each."""
    chunk = []
    for case in queryset.prefetch_related("topics", "handlers").iterator(chunk_size=size):
        chunk.append(case)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def log_export(user, cases, export_format):
    """One audit entry per exported case, so each case's processing record shows the export."""
    content_type = ContentType.objects.get_for_model(Case)
    now = timezone.now()
    ModelLogEntry.objects.bulk_create(
        [
            ModelLogEntry(
                content_type=content_type,
                object_id=str(case.pk),
                label=case.reference,
                action="grievances.export",
                user=user,
                timestamp=now,
                data={"format": export_format},
            )
            for case in cases
        ],
        batch_size=1000,
    )


class _Line:
    def write(self, value):
        return value.encode("utf-8")


def csv_lines(queryset, fields, user):
    writer = csv.writer(_Line())
    # A byte-order mark: Excel then reads the file as UTF-8 (names with é, Indonesian text).
    yield "\ufeff".encode()
    yield writer.writerow(export_headers(fields))
    for chunk in chunks_of(queryset):
        yield b"".join(writer.writerow(export_row(case, fields)) for case in chunk)
        log_export(user, chunk, "csv")


def filename(stem, extension):
    return f"{stem}-{timezone.localtime():%Y-%m-%d}.{extension}"


def csv_response(queryset, fields, user, stem):
    response = StreamingHttpResponse(
        csv_lines(queryset, fields, user), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename(stem, "csv")}"'
    response["Cache-Control"] = "no-store"
    return response


def xlsx_response(queryset, fields, user, stem):
    """A workbook written row by row to a temporary file (openpyxl's write-only mode), then sent."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=str(Case._meta.verbose_name_plural).capitalize()[:31])
    sheet.append(export_headers(fields))
    for chunk in chunks_of(queryset):
        for case in chunk:
            sheet.append(export_row(case, fields))
        log_export(user, chunk, "xlsx")
    # FileResponse closes (and so deletes) the file once it is sent.
    output = tempfile.TemporaryFile()  # noqa: SIM115
    workbook.save(output)
    output.seek(0)
    response = FileResponse(
        output,
        as_attachment=True,
        filename=filename(stem, "xlsx"),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Cache-Control"] = "no-store"
    return response
