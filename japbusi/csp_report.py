"""Where browsers report Content-Security-Policy violations: the server log, so the admin's report-only
policy can be made enforcing once the reports stop."""

import json
import logging
from urllib.parse import urlsplit

from django.core.cache import cache
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger("japbusi.csp")

MAX_BODY_BYTES = 16 * 1024
# Anyone can post here: at most this many reports a minute reach the log.
MAX_REPORTS_PER_MINUTE = 60
COUNTER_KEY = "japbusi:csp-reports"


def _without_query(uri):
    # Addresses are logged without their query string, which may carry what someone typed.
    parts = urlsplit(str(uri))
    return f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.scheme else str(uri)[:80]


def _reports(body):
    data = json.loads(body)
    if isinstance(data, dict) and "csp-report" in data:  # report-uri
        return [data["csp-report"]]
    if isinstance(data, list):  # the Reporting API
        return [entry.get("body", {}) for entry in data if isinstance(entry, dict)]
    raise ValueError("not a CSP report")


@csrf_exempt
@require_POST
def csp_report(request):
    if len(request.body) > MAX_BODY_BYTES:
        return HttpResponseBadRequest()
    try:
        reports = _reports(request.body)
    except ValueError:
        return HttpResponseBadRequest()
    cache.add(COUNTER_KEY, 0, 60)
    for report in reports:
        if not isinstance(report, dict) or cache.incr(COUNTER_KEY) > MAX_REPORTS_PER_MINUTE:
            continue
        logger.warning(
            "CSP %s: %s blocked %s on %s",
            report.get("disposition", "report"),
            str(
                report.get("effective-directive")
                or report.get("effectiveDirective")
                or report.get("violated-directive")
                or "?"
            )[:60],
            _without_query(report.get("blocked-uri") or report.get("blockedURL") or "?"),
            _without_query(report.get("document-uri") or report.get("documentURL") or "?"),
        )
    return HttpResponse(status=204)
