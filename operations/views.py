"""Readiness for a load balancer, and the page a visitor sees when the database is away."""

import errno
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.defaults import server_error

from .readiness import run_checks


@never_cache
def readyz(request):
    """200 when the database, the cache and the queue answer; 503 with the reason when not."""
    checks = run_checks()
    body = "\n".join(check.line() for check in checks) + "\n"
    status = 200 if all(check.ok for check in checks) else 503
    return HttpResponse(body, status=status, content_type="text/plain; charset=utf-8")


def _language(request):
    return "en" if request.path.startswith("/en/") else "id"


def database_unavailable(request):
    """503: the database is restarting or unreachable, or the disk is full. Touches no database: a plain template,
    no context processors. A refused form comes back with what the reporter typed, to send again."""
    fields = []
    if request.method == "POST":
        try:
            fields = [(name, value) for name, values in request.POST.lists() for value in values]
        except Exception:  # an unreadable body: nothing to repeat
            fields = []
    with translation.override(_language(request)):
        html = render_to_string(
            "operations/database_unavailable.html",
            {
                "fields": fields,
                "had_files": bool(request.method == "POST" and request.FILES),
                "action": request.get_full_path(),
                "language": _language(request),
            },
        )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = "120"
    response["Cache-Control"] = "no-store"
    return response


def handler500(request, template_name="500.html"):
    """Django's server error page, except when the error is the database being away."""
    error = sys.exc_info()[1]
    # A lost or refused connection, or a full disk while writing an upload: nothing was stored
    # (a case is created all or nothing, its files removed with it), so the reporter may send
    # again later. A bad query is a bug and stays a 500.
    if isinstance(error, (OperationalError, InterfaceError)) or (
        isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)
    ):
        return database_unavailable(request)
    try:
        return server_error(request, template_name)
    except Exception:  # the 500 page itself needs the database
        return HttpResponseServerError("Server error", content_type="text/plain")
