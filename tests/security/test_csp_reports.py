"""Browsers report policy violations to the server log; the endpoint takes nothing else and cannot flood the log."""

import json
import logging

import pytest

from japbusi.csp_report import MAX_REPORTS_PER_MINUTE

pytestmark = pytest.mark.django_db

REPORT = {
    "csp-report": {
        "document-uri": "https://japbusi.example/admin/kasus/daftar/?q=Sari+Dewi",
        "effective-directive": "style-src-attr",
        "violated-directive": "style-src-attr",
        "blocked-uri": "inline",
        "disposition": "report",
    }
}


def send(client, body, content_type="application/csp-report"):
    return client.post("/csp-report/", body, content_type=content_type)


def test_a_violation_reaches_the_server_log_without_the_query_string(client, caplog):
    with caplog.at_level(logging.WARNING, logger="japbusi.csp"):
        response = send(client, json.dumps(REPORT))

    assert response.status_code == 204
    assert "style-src-attr blocked inline on https://japbusi.example/admin/kasus/daftar/" in caplog.text
    assert "Sari" not in caplog.text


def test_reports_in_the_reporting_api_format_are_read_too(client, caplog):
    body = [
        {
            "type": "csp-violation",
            "body": {
                "effectiveDirective": "x",
                "blockedURL": "https://cdn.example/a.js",
                "documentURL": "https://japbusi.example/",
                "disposition": "enforce",
            },
        }
    ]
    with caplog.at_level(logging.WARNING, logger="japbusi.csp"):
        response = send(client, json.dumps(body), "application/reports+json")

    assert response.status_code == 204
    assert "CSP enforce" in caplog.text and "https://cdn.example/a.js" in caplog.text


@pytest.mark.parametrize("body", ["not json", json.dumps({"anything": 1}), json.dumps(REPORT) + " " * 20_000])
def test_anything_that_is_not_a_report_is_refused_unlogged(client, caplog, body):
    with caplog.at_level(logging.WARNING, logger="japbusi.csp"):
        response = send(client, body)

    assert response.status_code == 400
    assert "CSP" not in caplog.text


def test_only_posts_are_taken(client):
    assert client.get("/csp-report/").status_code == 405


def test_a_flood_of_reports_is_capped(client, caplog):
    with caplog.at_level(logging.WARNING, logger="japbusi.csp"):
        for _ in range(MAX_REPORTS_PER_MINUTE + 10):
            send(client, json.dumps(REPORT))

    assert (
        len([record for record in caplog.records if record.name == "japbusi.csp"]) == MAX_REPORTS_PER_MINUTE
    )


def test_both_policies_send_their_reports_here(client, home_page):
    public, admin = client.get("/"), client.get("/admin/login/")

    assert "report-uri /csp-report/" in public["Content-Security-Policy"]
    assert "report-uri /csp-report/" in admin["Content-Security-Policy-Report-Only"]
