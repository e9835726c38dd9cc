"""Benchmark of the admin case tracker over many cases under gunicorn, as ratios to an empty listing."""

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from statistics import mean, median
from urllib.parse import urlencode

import psycopg

PROJECT = Path(__file__).resolve().parent.parent
# Run as `python bench/case_tracker.py`, the script's own folder comes first on sys.path, not the project.
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from bench.grievance_intake import (  # noqa: E402
    HEALTHZ_PATH,
    MAX_ITERATIONS_PER_SECOND,
    Recorder,
    Visitor,
    free_port,
    git_state,
    manage,
    new_http,
    percentile,
    recreate_database,
    run_phase,
    scan_server_log,
    server_environment,
    start_server,
    stop_server,
    wait_until_ready,
)

VENV_BIN = PROJECT / ".venv" / "bin"
RESULTS_DIR = PROJECT / "bench" / "results"

HOST = "127.0.0.1"
DB_NAME = "japbusi_bench_cases"
DATABASE_URL = f"postgres://postgres@{HOST}:5432/{DB_NAME}"
GUNICORN_WORKERS = 2

LISTING_PATH = "/admin/kasus/daftar/"
EMPTY_QUERY = "NO-SUCH-CASE-ZZZ"
OWNER = ("owner", "bench-owner-1")
OPERATOR = ("operator", "bench-operator-1")

GENERATION_SECONDS = 1800
QUERY_COUNT_SECONDS = 600
# Far more than two 10,000-row exports with a few queries per row need, and memory stays bounded.
QUERIES_LIMIT = 1_000_000
BATCH_SIZE = 5000
SEED = 20260101
# The most rows streamed at once (GRIEVANCE_EXPORT_INLINE_MAX_ROWS); a larger export is queued for
# "My exports" and its request answers with a redirect.
EXPORT_TARGET_ROWS = 5_000
# Exports run one after another: at least this many even when --seconds is short, never more.
EXPORT_MIN_RUNS, EXPORT_MAX_RUNS = 2, 5

# Each listing row links to the case's page, its one link; counting the links counts the rows.
ROW_LINK = re.compile(r'href="/admin/kasus/daftar/inspect/(\d+)/"')

# Run by `manage.py shell -c` with bench.settings; reads its parameters from BENCH_PARAMS and
# prints one JSON line last.
GENERATE_CODE = r"""
import json, os, random, time
from datetime import timedelta
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone
from grievances.tracker.filters import CaseFilterSet
from grievances.cases.states import Status
from grievances.cases.models import Case, CaseEvent, FederationMembership
from grievances.cases.references import new_reference
from grievances.cases.roles import LEGAL_ADVISOR_GROUP, OPERATOR_GROUP
from home.models import Federation, Province, Regency, Topic

params = json.loads(os.environ["BENCH_PARAMS"])
rng = random.Random(params["seed"])
started = time.perf_counter()
User = get_user_model()

owner = User.objects.create_superuser("owner", "owner@bench.example", params["owner_password"])
operator_group = Group.objects.get(name=OPERATOR_GROUP)
advisor_group = Group.objects.get(name=LEGAL_ADVISOR_GROUP)
federations = list(Federation.objects.order_by("pk"))
hukatan = Federation.objects.get(short_name="FSB Hukatan")
operator = User.objects.create_user("operator", "operator@bench.example", params["operator_password"])
operator.groups.add(operator_group)
FederationMembership.objects.create(user=operator, federation=hukatan)
# Colleagues only appear as assignees: no password, so no 100 ms hash each.
operators = [operator]
for index in range(1, 5):
    user = User.objects.create_user(f"operator{index}", f"operator{index}@bench.example")
    user.groups.add(operator_group)
    FederationMembership.objects.create(user=user, federation=federations[index % len(federations)])
    operators.append(user)
advisors = []
for index in range(1, 4):
    user = User.objects.create_user(f"advisor{index}", f"advisor{index}@bench.example")
    user.groups.add(advisor_group)
    advisors.append(user)

# Plantation provinces carry most of the cases, as they would.
province_weight = {"14": 20, "12": 15, "61": 12, "62": 10, "64": 8, "15": 7, "16": 7, "11": 4, "63": 3}
provinces = list(Province.objects.order_by("code"))
weights = [province_weight.get(p.code, 1) for p in provinces]
regencies = {}
for regency in Regency.objects.all():
    regencies.setdefault(regency.province_id, []).append(regency)
topics = list(Topic.objects.order_by("pk"))

left = ["Agro", "Sawit", "Bumi", "Tunas", "Sinar", "Mitra", "Karya", "Nusa", "Putra", "Inti",
        "Surya", "Graha", "Cipta", "Mega", "Citra", "Prima", "Jaya", "Multi", "Dharma", "Mulia"]
right = ["Lestari", "Makmur", "Sejahtera", "Abadi", "Perkasa", "Mandiri", "Nusantara", "Persada",
         "Utama", "Sentosa", "Indah", "Permai", "Plantation", "Kencana", "Pratama"]
employers = [f"PT {a} {b}" for a in left for b in right]
estate_a = ["Sei", "Tanjung", "Bukit", "Air", "Pulau", "Padang", "Muara", "Teluk", "Batang", "Sungai"]
estate_b = ["Rokan", "Kampar", "Bahar", "Lipat", "Merah", "Tebing", "Panjang", "Gading", "Baru",
            "Pinang", "Jaya", "Raya", "Lestari", "Tinggi", "Dua"]
estates = [f"Kebun {a} {b}" for a in estate_a for b in estate_b]
openings = [
    "Upah pemanen di {estate} dibayar di bawah UMK sejak {month}.",
    "Lembur pada hari libur tidak dibayar oleh {employer}.",
    "Buruh harian lepas di afdeling {afd} sudah {years} tahun tidak diangkat menjadi pekerja tetap.",
    "Target panen dinaikkan menjadi {target} janjang per hari tanpa tambahan premi.",
    "Pekerja perempuan di bagian penyemprotan tidak diberi alat pelindung diri.",
    "Pengurus serikat dimutasi ke kebun lain setelah mengajukan perundingan PKB.",
    "Iuran BPJS Ketenagakerjaan dipotong dari upah tetapi tidak disetorkan.",
    "Perumahan pekerja di {estate} tidak punya air bersih sejak {month}.",
    "Sebanyak {workers} buruh di-PHK tanpa pesangon setelah kebun dijual.",
    "Cuti haid dan cuti melahirkan tidak diberikan kepada buruh perempuan.",
    "Mandor meminta uang agar pekerja dapat tetap bekerja di afdeling {afd}.",
    "Kontrak kerja diperpanjang setiap tiga bulan tanpa kejelasan status.",
]
follow_ups = [
    "Mandor mengancam memutus kontrak pekerja yang bertanya.",
    "Sudah dilaporkan ke asisten kebun tetapi tidak ada tanggapan.",
    "Pekerja takut melapor langsung ke manajemen.",
    "Kejadian ini dialami sekitar {workers} orang.",
    "Slip gaji tidak pernah diberikan.",
    "Serikat sudah meminta perundingan bipartit dua kali.",
    "Disnaker kabupaten belum menindaklanjuti laporan kami.",
    "Premi brondolan dihapus tanpa pemberitahuan.",
    "Truk pengangkut pekerja tidak layak dan pernah terbalik.",
    "Kami memohon pendampingan hukum dari federasi.",
]
months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]


def description(employer, estate):
    values = {
        "estate": estate, "employer": employer, "month": rng.choice(months), "afd": rng.randint(1, 12),
        "years": rng.randint(2, 15), "target": rng.choice([90, 110, 120, 150]), "workers": rng.randint(3, 400),
    }
    sentences = [rng.choice(openings)] + rng.sample(follow_ups, rng.randint(1, 3))
    return " ".join(s.format(**values) for s in sentences)


statuses = [Status.RECEIVED, Status.VERIFYING, Status.REJECTED, Status.HANDLING, Status.REFERRED,
            Status.RESOLVED, Status.CLOSED]
status_weights = [5, 8, 10, 20, 7, 10, 40]
assigned_statuses = {Status.HANDLING, Status.REFERRED, Status.RESOLVED, Status.CLOSED}
without_deadline = {Status.REJECTED, Status.CLOSED}
# Weighted by name, so a channel added later takes a small share instead of breaking the list.
channel_share = {"web": 40, "phone": 15, "whatsapp": 30, "in_person": 10, "email": 5}
channels = [c for c, _label in Case.Channel.choices]
channel_weights = [channel_share.get(c, 3) for c in channels]
identity_modes = [m for m, _label in Case.IdentityMode.choices]
now = timezone.now()
span = timedelta(days=730).total_seconds()

references = set()
totals = {"cases": 0, "topic_links": 0, "events": 0, "unread_events": 0}
generation_started = time.perf_counter()
while totals["cases"] < params["cases"]:
    batch = []
    for _ in range(min(params["batch_size"], params["cases"] - totals["cases"])):
        reference = new_reference()
        while reference in references:
            reference = new_reference()
        references.add(reference)
        status = rng.choices(statuses, status_weights)[0]
        province = rng.choices(provinces, weights)[0]
        federation = rng.choice(federations) if rng.random() < 0.85 else None
        choices_here = regencies.get(province.pk)
        employer, estate = rng.choice(employers), rng.choice(estates)
        assigned = status in assigned_statuses or rng.random() < 0.5
        batch.append(
            Case(
                reference=reference,
                secret_hash="bench-not-a-real-hash",
                channel=rng.choices(channels, channel_weights)[0],
                status=status,
                identity_mode=rng.choice(identity_modes),
                employer=employer,
                estate=estate,
                province=province,
                regency=rng.choice(choices_here) if choices_here and rng.random() < 0.6 else None,
                federation=federation,
                description=description(employer, estate),
                workers_affected=rng.choice([None, 1, 5, 12, 40, 150]),
                risk_retaliation=rng.random() < 0.15,
                risk_emergency=rng.random() < 0.05,
                risk_gbv=rng.random() < 0.01,
                risk_child_labour=rng.random() < 0.005,
                responsible_operator=rng.choice(operators) if assigned else None,
                legal_advisor=rng.choice(advisors) if status in assigned_statuses else None,
                deadline=None if status in without_deadline else now + timedelta(days=rng.uniform(-45, 30)),
                created_at=now - timedelta(seconds=rng.random() * span),
            )
        )
    with transaction.atomic():
        created = Case.objects.bulk_create(batch)
        links, events = [], []
        for case in created:
            for topic in rng.sample(topics, rng.randint(1, 2)):
                links.append(Case.topics.through(case_id=case.pk, topic_id=topic.pk))
            events.append(CaseEvent(case=case, kind=CaseEvent.Kind.CREATED, created_at=case.created_at))
            for step in range(rng.randint(0, 2)):
                when = case.created_at + timedelta(hours=rng.uniform(1, 24 * 60))
                if rng.random() < 0.6:
                    unread = rng.random() < 0.25
                    totals["unread_events"] += unread
                    events.append(CaseEvent(
                        case=case, kind=CaseEvent.Kind.MESSAGE, visibility=CaseEvent.Visibility.REPORTER,
                        from_reporter=True, is_unread=unread, created_at=when,
                        text="Apakah sudah ada kabar dari perusahaan?",
                    ))
                else:
                    events.append(CaseEvent(
                        case=case, kind=CaseEvent.Kind.NOTE, author=case.responsible_operator,
                        created_at=when, text="Sudah menghubungi pengurus PUK setempat.",
                    ))
        Case.topics.through.objects.bulk_create(links, batch_size=params["batch_size"])
        CaseEvent.objects.bulk_create(events, batch_size=params["batch_size"])
    totals["cases"] += len(created)
    totals["topic_links"] += len(links)
    totals["events"] += len(events)
generation_seconds = time.perf_counter() - generation_started

# The case page is measured on an ordinary open case of the operator's federation.
inspected = (
    Case.objects.filter(federation=hukatan, status=Status.HANDLING, risk_gbv=False, risk_child_labour=False)
    .order_by("-created_at").first()
)
province_for_filter = Province.objects.get(code="14")

# The newest days whose cases add up to at most the export target (one day at least), counted
# per local day as the filter reads dates: one row more than the most a request streams, and the
# export is queued instead (a redirect to "My exports").
per_day = sorted(
    Case.objects.annotate(day=TruncDate("created_at")).values("day").annotate(n=Count("pk"))
    .values_list("day", "n"),
    reverse=True,
)
window_rows, first_day = 0, per_day[0][0]
for day, count in per_day:
    if window_rows and window_rows + count > params["export_rows"]:
        break
    window_rows += count
    first_day = day
# The parameter names come from the filter's widget: Wagtail's date-range picker names them
# created_at_from/_to, where django-filter's own widget says _after/_before; a wrong name is ignored.
widget = CaseFilterSet().form.fields["created_at"].widget
after_name, before_name = (widget.suffixed("created_at", suffix) for suffix in widget.suffixes)
export_filter = {after_name: first_day.isoformat(), before_name: per_day[0][0].isoformat()}
export_expected = CaseFilterSet(export_filter, queryset=Case.objects.all()).qs.count()
hukatan_visible = Case.objects.filter(federation=hukatan).exclude(risk_gbv=True).exclude(risk_child_labour=True).count()

print(json.dumps({
    "totals": totals,
    "generation_seconds": generation_seconds,
    "setup_seconds": time.perf_counter() - started,
    "status_counts": dict(Case.objects.values_list("status").annotate(n=Count("pk")).order_by()),
    "cases_with_regency": Case.objects.filter(regency__isnull=False).count(),
    "sensitive_cases": Case.objects.filter(risk_gbv=True).count() + Case.objects.filter(risk_child_labour=True).count(),
    "hukatan_cases_roughly_visible_to_operator": hukatan_visible,
    "inspected_case": {"pk": inspected.pk, "reference": inspected.reference},
    "filter_province": {"pk": province_for_filter.pk, "name": province_for_filter.name},
    "export_filter": export_filter,
    "export_expected_rows": export_expected,
}, default=str))
"""

# A signed-in staff session with its second step done, made on the server, as after typing a code
# from an authenticator app: a confirmed TOTP device of the user's own (only in the benchmark's
# database) and a session that names it. The benchmark measures pages, not the sign-in (whose two
# steps a person types). Prints the session cookie.
STAFF_SESSION_CODE = r"""
import json, os
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from accounts.sessions import mark_login

params = json.loads(os.environ["BENCH_PARAMS"])
user = get_user_model().objects.get(username=params["username"])
device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or TOTPDevice.objects.create(
    user=user, confirmed=True, name="benchmark"
)
session = import_module(settings.SESSION_ENGINE).SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session[DEVICE_ID_SESSION_KEY] = device.persistent_id
mark_login(session)
session.save()
print(json.dumps({"cookie": f"{settings.SESSION_COOKIE_NAME}={session.session_key}"}))
"""

# Also run by `manage.py shell -c`: each page once to warm the process, then once counted.
QUERY_COUNT_CODE = r"""
import json, os, re
from collections import Counter, deque
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

params = json.loads(os.environ["BENCH_PARAMS"])


def fetch(client, path):
    response = client.get(path)
    # A streamed export queries while it streams: read it all inside the capture.
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, len(body)


# Django keeps the last 9,000 queries only, and CaptureQueriesContext counts from that log: an
# export with a query per row would be counted short.
connection.queries_limit = params["queries_limit"]
results = {}
for page in params["pages"]:
    connection.queries_log = deque(maxlen=connection.queries_limit)
    client = Client()
    name, _, value = params["cookies"][page["user"]].partition("=")
    client.cookies[name] = value
    with CaptureQueriesContext(connection) as first:
        fetch(client, page["path"])
    with CaptureQueriesContext(connection) as captured:
        status, size = fetch(client, page["path"])
    queries = captured.captured_queries
    slowest = sorted(queries, key=lambda q: float(q["time"]), reverse=True)[:3]
    # The same statement with other numbers, many times over, is a query per row.
    shapes = Counter(re.sub(r"\d+", "N", q["sql"])[:300] for q in queries)
    results[page["name"]] = {
        "status": status,
        "bytes": size,
        "queries": len(queries),
        "truncated": len(connection.queries_log) >= connection.queries_limit,
        "queries_first_request": len(first.captured_queries),
        "query_seconds": sum(float(q["time"]) for q in queries),
        "slowest": [{"seconds": float(q["time"]), "sql": q["sql"][:600]} for q in slowest],
        "repeated": [{"times": n, "sql": shape} for shape, n in shapes.most_common(3) if n > 1],
    }
print(json.dumps(results))
"""


# Set-up --------------------------------------------------------------------------------------------


def django_script(env, code, params, timeout):
    """Run code in `manage.py shell -c` with params in BENCH_PARAMS; returns its last line as JSON."""
    result = subprocess.run(
        [str(VENV_BIN / "python"), "manage.py", "shell", "-c", code],
        cwd=PROJECT,
        env={**env, "BENCH_PARAMS": json.dumps(params)},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise SystemExit(f"manage.py shell failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def set_up_data(env, cases):
    started = time.perf_counter()
    recreate_database(DB_NAME)
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    migrated = time.perf_counter()
    params = {
        "cases": cases,
        "batch_size": BATCH_SIZE,
        "seed": SEED,
        "owner_password": OWNER[1],
        "operator_password": OPERATOR[1],
        "export_rows": min(EXPORT_TARGET_ROWS, max(1, cases // 10)),
    }
    info = django_script(env, GENERATE_CODE, params, GENERATION_SECONDS)
    analysed = time.perf_counter()
    with psycopg.connect(host=HOST, port=5432, user="postgres", dbname=DB_NAME, autocommit=True) as conn:
        # Right after a bulk load the planner has no statistics, and autovacuum would gather them
        # in the middle of a measured phase and change the plans there.
        conn.execute("VACUUM (ANALYZE)")
        info["database_bytes"] = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
    info["migrate_seconds"] = migrated - started
    info["vacuum_analyze_seconds"] = time.perf_counter() - analysed
    return info


# The client ------------------------------------------------------------------------------------------


def page_once(http, base, cookies, path, step="page"):
    visitor = Visitor(http, base, Recorder())
    visitor.cookies = dict(cookies)
    return visitor.request(step, "GET", path)


def get_work(cookies, path):
    """One GET per iteration with the signed-in session; each call gets its own copy of the cookies."""

    def work(http, base, recorder, _tag):
        visitor = Visitor(http, base, recorder)
        visitor.cookies = dict(cookies)
        response = visitor.request("get", "GET", path)
        if response.status == 200 and response.data:
            recorder.outcomes["ok"] += 1
        else:
            recorder.fail(f"GET {response.status}", response.data.decode(errors="replace")[-300:])

    return work


def healthz_work(http, base, recorder, _tag):
    response = Visitor(http, base, recorder).request("get", "GET", HEALTHZ_PATH)
    if response.status == 200 and response.data == b"ok":
        recorder.outcomes["ok"] += 1
    else:
        recorder.fail(f"healthz {response.status}", response.data.decode(errors="replace"))


def csv_rows(data):
    """Data rows of an export, without the heading; no field of EXPORT_FIELDS holds a line break."""
    lines = data.decode("utf-8-sig", errors="replace").splitlines()
    return max(0, len([line for line in lines if line.strip()]) - 1)


def verify_pages(http, base, sessions, pages, data):
    """Each page once before measuring: the numbers mean nothing if a page is not what it should be."""
    checks = {}

    def check(name, ok, detail):
        checks[name] = {"ok": bool(ok), "detail": detail}

    for page in pages:
        response = page_once(http, base, sessions[page["user"]], page["path"])
        body = response.data.decode(errors="replace")
        rows = len(set(ROW_LINK.findall(body)))
        kind = page["kind"]
        if kind == "empty":
            check(
                page["name"], response.status == 200 and rows == 0, f"status {response.status}, {rows} rows"
            )
        elif kind == "listing":
            check(page["name"], response.status == 200 and rows > 0, f"status {response.status}, {rows} rows")
        elif kind == "case":
            reference = data["inspected_case"]["reference"]
            check(
                page["name"],
                response.status == 200 and reference in body,
                f"status {response.status}, reference {reference} {'found' if reference in body else 'missing'}",
            )
        elif kind == "export":
            rows = csv_rows(response.data)
            expected, total = data["export_expected_rows"], data["totals"]["cases"]
            content_type = response.headers.get("Content-Type", "")
            check(
                page["name"],
                response.status == 200 and "csv" in content_type and rows == expected < total,
                f"status {response.status}, {content_type}, {rows} rows "
                f"(filter counts {expected} of {total} cases)",
            )
            data["export_rows_seen"] = rows
    return checks


def measure_exports(http, base, cookies, path, seconds):
    """Exports one after another, as a person exports: a few, bounded in count and time."""
    timings, rows, failures = [], [], []
    deadline = time.monotonic() + seconds
    for run in range(EXPORT_MAX_RUNS):
        if run >= EXPORT_MIN_RUNS and time.monotonic() >= deadline:
            break
        started = time.perf_counter()
        try:
            response = page_once(http, base, cookies, path, step="export")
        except OSError as error:
            failures.append(f"{type(error).__name__}: {error}")
            continue
        elapsed = time.perf_counter() - started
        if response.status != 200:
            failures.append(f"status {response.status}")
            continue
        timings.append(elapsed)
        rows.append(csv_rows(response.data))
    return {"seconds": timings, "rows": rows, "failures": failures}


# Reporting -----------------------------------------------------------------------------------------


def summarise(phase):
    recorder = phase["recorder"]
    wall = phase["wall_seconds"]
    latencies = recorder.latencies.get("get", [])
    failures = sum(count for outcome, count in recorder.outcomes.items() if outcome != "ok")
    return {
        "name": phase["name"],
        "wall_seconds": round(wall, 3),
        "stuck_threads": phase["stuck_threads"],
        "successes": recorder.outcomes["ok"],
        "failures": failures,
        "rate": recorder.outcomes["ok"] / wall,
        "p50_ms": percentile(latencies, 0.50),
        "p99_ms": percentile(latencies, 0.99),
        "max_ms": 1000 * max(latencies) if latencies else None,
        "statuses": dict(sorted(recorder.statuses.items())),
        "error_samples": recorder.error_samples,
    }


def print_table(rows, exports, empty, queries):
    def number(value, digits=1):
        return "-" if value is None else f"{value:.{digits}f}"

    header = (
        f"{'page':<34}{'ok':>7}{'rate/s':>9}{'ratio':>8}{'p50 ms':>9}{'p99 ms':>9}{'queries':>9}{'failed':>8}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        counted = queries.get(row["query_key"], {}).get("queries") if row.get("query_key") else None
        print(
            f"{row['name']:<34}{row['successes']:>7}{number(row['rate']):>9}{number(row['ratio'], 3):>8}"
            f"{number(row['p50_ms']):>9}{number(row['p99_ms']):>9}{counted if counted is not None else '-':>9}"
            f"{row['failures'] + row['stuck_threads']:>8}"
        )
    if exports["seconds"]:
        per_export = median(exports["seconds"])
        counted = queries.get("export", {}).get("queries")
        print(
            f"{'export CSV, owner (sequential)':<34}{len(exports['seconds']):>7}"
            f"{'':>9}{'':>8}{1000 * per_export:>9.0f}{1000 * max(exports['seconds']):>9.0f}"
            f"{counted if counted is not None else '-':>9}{len(exports['failures']):>8}"
        )
        print(
            f"  export: {per_export:.2f} s per export (median of {len(exports['seconds'])}), "
            f"{exports['rows'][0] if exports['rows'] else 0} rows each, "
            f"= {exports['ratio']:.1f} x the empty listing's p50"
        )
    print(
        f"ratio = rate / empty listing rate ({empty['rate']:.1f}/s, mean of the runs before and after; "
        f"p50 {empty['p50_ms']:.1f} ms); queries = one request in-process (Django test Client) after a warm-up."
    )


# Main ----------------------------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000, help="cases to generate")
    parser.add_argument("--seconds", type=float, default=15.0, help="length of each measured phase")
    parser.add_argument("--concurrency", type=int, default=2, help="client threads")
    args = parser.parse_args()
    if not 100 <= args.cases <= 1_000_000:
        parser.error("--cases must be 100-1,000,000")
    if not 1 <= args.seconds <= 600 or not 1 <= args.concurrency <= 64:
        parser.error("--seconds must be 1-600 and --concurrency 1-64")
    return args


def plan_pages(data):
    empty = f"{LISTING_PATH}?{urlencode({'q': EMPTY_QUERY})}"
    filtered = f"{LISTING_PATH}?" + urlencode(
        {"status": "handling", "overdue": "true", "province": data["filter_province"]["pk"]}
    )
    export = f"{LISTING_PATH}?" + urlencode({**data["export_filter"], "export": "csv"})
    inspect = f"{LISTING_PATH}inspect/{data['inspected_case']['pk']}/"
    return [
        {"name": "empty", "kind": "empty", "user": OPERATOR[0], "path": empty},
        {"name": "listing_operator", "kind": "listing", "user": OPERATOR[0], "path": LISTING_PATH},
        {"name": "listing_owner", "kind": "listing", "user": OWNER[0], "path": LISTING_PATH},
        {"name": "listing_owner_filtered", "kind": "listing", "user": OWNER[0], "path": filtered},
        {"name": "case_page_operator", "kind": "case", "user": OPERATOR[0], "path": inspect},
        {"name": "export", "kind": "export", "user": OWNER[0], "path": export},
    ]


def main():
    args = parse_args()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    log_path = RESULTS_DIR / f"case_tracker-{stamp}.server.log"

    tmp = Path(tempfile.mkdtemp(prefix="japbusi-bench-cases-"))
    try:
        env = server_environment(tmp, DATABASE_URL)
        print(f"setting up database {DB_NAME} with {args.cases} cases ...", flush=True)
        data = set_up_data(env, args.cases)
        totals = data["totals"]
        print(
            f"generated {totals['cases']} cases, {totals['topic_links']} topic links, {totals['events']} events "
            f"in {data['generation_seconds']:.1f} s (migrate + collectstatic {data['migrate_seconds']:.1f} s, "
            f"VACUUM ANALYZE {data['vacuum_analyze_seconds']:.1f} s, database {data['database_bytes'] / 1e6:.0f} MB)",
            flush=True,
        )
        pages = plan_pages(data)
        cookies = {
            username: django_script(env, STAFF_SESSION_CODE, {"username": username}, 120)["cookie"]
            for username in (OPERATOR[0], OWNER[0])
        }
        # Counted before gunicorn starts, so that nothing else competes for the two cores.
        print("counting queries per page in-process ...", flush=True)
        query_env = {**env, "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver"}
        queries = django_script(
            query_env,
            QUERY_COUNT_CODE,
            {"pages": pages, "queries_limit": QUERIES_LIMIT, "cookies": cookies},
            QUERY_COUNT_SECONDS,
        )
        checks, rows, exports = measure(args, env, pages, data, log_path, cookies)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    by_name = {row["name"]: row for row in rows}
    empty_runs = [by_name["empty listing (before)"], by_name["empty listing (after)"]]
    empty = {
        "rate": mean(row["rate"] for row in empty_runs),
        "p50_ms": mean(row["p50_ms"] for row in empty_runs if row["p50_ms"] is not None),
    }
    for row in rows:
        row["ratio"] = row["rate"] / empty["rate"] if empty["rate"] else None
    exports["ratio"] = (
        1000 * median(exports["seconds"]) / empty["p50_ms"]
        if exports["seconds"] and empty["p50_ms"]
        else None
    )
    drift = (
        (empty_runs[1]["rate"] - empty_runs[0]["rate"]) / empty_runs[0]["rate"]
        if empty_runs[0]["rate"]
        else 0
    )
    server_log = scan_server_log(log_path)

    print()
    print_table(rows, exports, empty, queries)
    print(f"empty listing drift between before and after: {drift:+.1%} (noise on this machine)")
    print()
    for name, result in queries.items():
        slowest = result["slowest"][0] if result["slowest"] else None
        if result["truncated"]:
            print(f"  {name}: more queries than the {QUERIES_LIMIT} kept; the count is a lower bound")
        print(
            f"  {name}: {result['queries']} queries, {1000 * result['query_seconds']:.0f} ms in the database"
            + (f"; slowest {1000 * slowest['seconds']:.0f} ms: {slowest['sql'][:160]}" if slowest else "")
        )
        for repeated in result["repeated"][:1]:
            if repeated["times"] >= 10:
                print(f"    repeated {repeated['times']} times: {repeated['sql'][:200]}")
    print()
    for name, result in checks.items():
        print(f"  [{'ok' if result['ok'] else 'FAIL'}] {name}: {result['detail']}")
    failures = sum(row["failures"] + row["stuck_threads"] for row in rows) + len(exports["failures"])
    for row in rows:
        if row["failures"] or row["stuck_threads"]:
            print(f"FAILED in {row['name']}: {row['statuses']}, stuck threads: {row['stuck_threads']}")
            for sample in row["error_samples"][:3]:
                print(f"  {sample['reason']}: {sample['detail'][:200]!r}")
    for failure in exports["failures"]:
        print(f"FAILED export: {failure}")
    print(
        f"server log {log_path.relative_to(PROJECT)}: {server_log['tracebacks']} tracebacks, "
        f"{server_log['internal_server_errors']} internal server errors, "
        f"{server_log['worker_timeouts']} worker timeouts"
    )

    results = {
        "benchmark": "case_tracker",
        "timestamp": stamp,
        "arguments": {"cases": args.cases, "seconds": args.seconds, "concurrency": args.concurrency},
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "git": git_state(),
        "server": {"gunicorn_workers": GUNICORN_WORKERS, "settings": "bench.settings", "log": str(log_path)},
        "data": data,
        "pages": pages,
        "checks": checks,
        "empty_listing": {**empty, "drift": drift},
        "phases": rows,
        "exports": exports,
        "queries": queries,
        "server_log": server_log,
    }
    results_path = RESULTS_DIR / f"case_tracker-{stamp}.json"
    results_path.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n")
    print(f"results: {results_path.relative_to(PROJECT)}")
    # Wrong pages or failed requests: the numbers are not a clean measurement.
    return 2 if failures or not all(c["ok"] for c in checks.values()) else 0


def measure(args, env, pages, data, log_path, cookies):
    """Start gunicorn, check the pages with the signed-in sessions, run the measured phases, and
    always stop it."""
    port = free_port()
    base = f"http://{HOST}:{port}"
    by_name = {page["name"]: page for page in pages}
    max_iterations = int(args.seconds * MAX_ITERATIONS_PER_SECOND)
    http = new_http()
    with open(log_path, "wb") as log_file:
        server = start_server(env, port, log_file)
    try:
        wait_until_ready(server, base, log_path)
        print(
            f"gunicorn ({GUNICORN_WORKERS} workers) on {base}; signing in and checking pages ...", flush=True
        )
        sessions = {username: dict([cookie.split("=", 1)]) for username, cookie in cookies.items()}
        checks = verify_pages(http, base, sessions, pages, data)

        def work(name):
            page = by_name[name]
            return get_work(sessions[page["user"]], page["path"])

        plan = [
            ("healthz (before)", healthz_work, None),
            ("empty listing (before)", work("empty"), "empty"),
            ("listing, operator", work("listing_operator"), "listing_operator"),
            ("listing, owner (all cases)", work("listing_owner"), "listing_owner"),
            ("listing, owner, filtered", work("listing_owner_filtered"), "listing_owner_filtered"),
            ("case page, operator", work("case_page_operator"), "case_page_operator"),
            # Measured again afterwards: on a shared machine the reference itself drifts.
            ("empty listing (after)", work("empty"), "empty"),
            ("healthz (after)", healthz_work, None),
        ]
        # The first requests import the views, compile templates and fill each worker's pool.
        for name, phase_work, _key in plan[:6]:
            run_phase(f"warm-up {name}", base, phase_work, 60, args.concurrency, 2)
        rows = []
        for index, (name, phase_work, key) in enumerate(plan):
            if index == len(plan) - 2:
                # Between the two empty-listing runs, so that its reference brackets the exports too.
                print(f"export: {EXPORT_MIN_RUNS}-{EXPORT_MAX_RUNS} sequential exports ...", flush=True)
                exports = measure_exports(
                    http, base, sessions[OWNER[0]], by_name["export"]["path"], args.seconds
                )
            print(f"{name}: {args.seconds:g} s x {args.concurrency} threads ...", flush=True)
            row = summarise(run_phase(name, base, phase_work, args.seconds, args.concurrency, max_iterations))
            row["query_key"] = key
            rows.append(row)
    finally:
        http.clear()
        stop_server(server)
    return checks, rows, exports


if __name__ == "__main__":
    sys.exit(main())
