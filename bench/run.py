"""The site under load (`make bench`): every public page, the report form, the status lookup and the
case listing, cached and uncached, as ratios to a static CSS file served by the same server in the
same run, with queries per request and page weight.

Builds the PostgreSQL database `japbusi_bench_site` (the demo site, 1,000 articles, 10,000 cases),
starts gunicorn with 2 workers and production settings (`bench.settings`) twice, once with the
full-page cache on and once off, and measures each address with wrk.
"""

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
from statistics import mean
from urllib.parse import urlencode

import psycopg
import urllib3

PROJECT = Path(__file__).resolve().parent.parent
# Run as `python bench/run.py`, the script's own folder comes first on sys.path, not the project.
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from bench.case_tracker import (  # noqa: E402
    GENERATE_CODE,
    LISTING_PATH,
    OPERATOR,
    OWNER,
    STAFF_SESSION_CODE,
    django_script,
)
from bench.grievance_intake import (  # noqa: E402
    CSRF_INPUT,
    HOST,
    RESULTS_DIR,
    free_port,
    git_state,
    manage,
    recreate_database,
    scan_server_log,
    server_environment,
    start_server,
    stop_server,
    wait_until_ready,
)

DB_NAME = "japbusi_bench_site"
DATABASE_URL = f"postgres://postgres@{HOST}:5432/{DB_NAME}"
SETUP_SECONDS = 3600
QUERY_COUNT_SECONDS = 900
WRK_THREADS = 2
FORM_TOKENS = 40_000
STATIC_NAME = "static CSS (ceiling)"
# Before each measurement the workers must be idle: a worker still finishing the slow requests of
# the previous address is slow to accept, the idle one takes every new keep-alive connection, and
# the measurement runs on one core (the static file measured right after the case listing once
# served 1,000 req/s instead of 3,400). Idle = each worker used under IDLE_TICKS clock ticks of
# CPU in IDLE_WINDOW seconds.
IDLE_WINDOW = 0.5
IDLE_TICKS = 3
IDLE_WAIT_SECONDS = 30
# A measurement where one worker did less than this share of the workers' CPU ran unbalanced.
BALANCE_WARNING = 0.3
BALANCE_ATTEMPTS = 3

# Targets as ratios to the static file. Cached pages near the ceiling; home and article at or above
# the figures of the run that made them cheap (cached 0.816 and 0.694, uncached 0.103 and 0.079);
# the slow paths of the case team and the report form at the ratios the performance issue set.
TARGETS = {
    ("home", "cached"): 0.8,
    ("article", "cached"): 0.69,
    ("topic", "cached"): 0.5,
    ("search", "cached"): 0.5,
    ("home", "uncached"): 0.1,
    ("article", "uncached"): 0.079,
    ("search", "uncached"): 0.04,
    ("topic", "uncached"): 0.06,
    ("report form GET", "uncached"): 0.12,
    ("report form POST", "uncached"): 0.04,
    ("status lookup POST", "uncached"): 0.05,
    ("case listing (operator)", "uncached"): 0.015,
}
# A search for words and pages nobody asked for yet in this content generation: what the first
# reader of each query pays. Reported, no target (the results' cache cannot help it).
VARIED_SEARCH_NAME = "search, new words"
VARIED_SEARCH_WORDS = [
    "upah",
    "lembur",
    "buruh",
    "kebun",
    "kontrak",
    "serikat",
    "pemanen",
    "target",
    "bpjs",
    "cuti",
    "sawit",
    "pekerja",
    "perempuan",
    "anak",
    "phk",
    "mogok",
    "pestisida",
    "rumah",
    "air",
    "listrik",
    "sekolah",
    "jalan",
    "pupuk",
    "panen",
    "brondolan",
    "mandor",
    "afdeling",
    "pabrik",
    "tandan",
    "premi",
    "denda",
    "harian",
    "borongan",
    "pesangon",
    "mediasi",
    "disnaker",
    "rspo",
    "ispo",
    "sertifikat",
]
VARIED_SEARCH_SCRIPT = """
local words = {%(words)s}
local n = 0
request = function()
  n = n + 1
  local word = words[math.random(#words)]
  local page = math.random(40)
  return wrk.format("GET", "/cari/?q=" .. word .. "&page=" .. page .. "&n=" .. n)
end
"""

SITE_CODE = r"""
import io, json, os, random
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.test import override_settings
from django.utils.text import slugify
from wagtail.images.models import Image
from wagtail.models import Locale, Site
from articles.models import ArticleIndexPage, ArticlePage, Author
from grievances.cases.models import Case
from grievances.cases.references import new_secret, normalise_secret
from grievances.intake.pages import GrievanceFormPage
from home.models import SiteSettings

params = json.loads(os.environ["BENCH_PARAMS"])
rng = random.Random(params["seed"])
# The demo's own articles, campaigns, pages and images: the real templates over real-looking text.
with override_settings(DEMO_ACCOUNTS_ALLOWED=True):
    call_command("load_demo_content", stdout=io.StringIO())

indonesian = Locale.objects.get(language_code="id")
index = ArticleIndexPage.objects.get(locale=indonesian)
sources = list(ArticlePage.objects.filter(locale=indonesian).prefetch_related("topics", "authors"))
images = list(Image.objects.all())
authors = list(Author.objects.all())
for n in range(len(sources), params["articles"]):
    source = sources[n % len(sources)]
    article = ArticlePage(
        title=f"{source.title} ({n})",
        slug=f"{slugify(source.title)[:60]}-{n}",
        standfirst=source.standfirst,
        body=source.body.raw_data,
        date=source.date,
        lead_image=rng.choice(images),
        province=source.province,
    )
    article.topics.set(list(source.topics.all()))
    article.authors.set([rng.choice(authors)])
    index.add_child(instance=article)

site = Site.objects.get(is_default_site=True)
home = site.root_page
form_page = GrievanceFormPage.objects.child_of(home).first()
if form_page is None:
    form_page = GrievanceFormPage(
        title="Laporkan masalah",
        slug="lapor",
        search_description="Laporkan masalah di tempat kerja dengan aman, boleh tanpa nama.",
    )
    home.add_child(instance=form_page)
    form_page.save_revision().publish()
site_settings = SiteSettings.for_site(site)
site_settings.report_problem_page = form_page
site_settings.save()

# One case whose reporter "knows" the secret, for the status lookup.
secret = new_secret()
case = Case.objects.order_by("pk").first()
case.secret_hash = make_password(normalise_secret(secret), hasher="pbkdf2_sha256_reporter_secret")
case.save(update_fields=["secret_hash"])

longest = max(ArticlePage.objects.live().filter(locale=indonesian), key=lambda a: len(str(list(a.body.raw_data))))
topic = max(longest.topics.all(), key=lambda t: t.articles.count())
print(json.dumps({
    "articles": ArticlePage.objects.live().count(),
    "article_path": longest.url,
    "topic_path": f"{index.url}topik/{topic.slug}/",
    "form_path": form_page.url,
    "status_path": form_page.url + "status/",
    "reference": case.reference,
    "secret": secret,
    "last_case_id": Case.objects.order_by("-pk").values_list("pk", flat=True).first(),
}))
"""

# Run before a --reuse run: the database goes back to what set_up() left. Each run's report form
# POSTs store a thousand cases or more, and the status lookups and POSTs a session each; kept,
# they would make every later run measure a larger database than the one it names (29,000 cases
# after three runs, all newer than the set-up's).
RESET_CODE = r"""
import json, os
from accounts.models import UserSession
from grievances.cases.models import Case
params = json.loads(os.environ["BENCH_PARAMS"])
cases, _ = Case.objects.filter(pk__gt=params["last_case_id"]).delete()
sessions, _ = UserSession.objects.filter(user_id__isnull=True).delete()
print(json.dumps({"cases": cases, "sessions": sessions}))
"""

# Also run by `manage.py shell -c`: queries per request (after a warm-up) and page weight.
MEASURE_CODE = r"""
import gzip, json, os, re
from pathlib import Path
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from grievances.intake.forms import issue_form_token

params = json.loads(os.environ["BENCH_PARAMS"])
ASSET = re.compile(r'<(?:link rel="stylesheet" href|script src)="/static/([^"]+)"')
results = {}

def weight(html):
    total = len(gzip.compress(html, 6))
    for asset in ASSET.findall(html.decode()):
        total += len(gzip.compress((Path(settings.STATIC_ROOT) / asset).read_bytes(), 6))
    return total

def count(client, method, path, data=None, fresh=None):
    for attempt in range(2):
        payload = dict(data or {}, **(fresh() if fresh else {}))
        with CaptureQueriesContext(connection) as captured:
            response = client.post(path, payload) if method == "POST" else client.get(path)
    return response, len(captured)

with override_settings(PAGE_CACHE_ENABLED=False):
    client = Client()
    for name, path in params["pages"].items():
        response, queries = count(client, "GET", path)
        results[name] = {"status": response.status_code, "queries": queries, "weight": weight(response.content)}
    response, queries = count(Client(), "POST", params["form_path"], params["form_data"],
                              lambda: {"form_token": issue_form_token()})
    results["report form POST"] = {"status": response.status_code, "queries": queries}
    response, queries = count(Client(), "POST", params["status_path"], params["status_data"])
    results["status lookup POST"] = {"status": response.status_code, "queries": queries}
    staff = Client()
    name, _, value = params["staff_cookie"].partition("=")
    staff.cookies[name] = value
    response, queries = count(staff, "GET", params["listing_path"])
    results["case listing (operator)"] = {"status": response.status_code, "queries": queries}
print(json.dumps(results))
"""

TOKENS_CODE = r"""
import json, os
from grievances.intake.forms import issue_form_token
params = json.loads(os.environ["BENCH_PARAMS"])
print(json.dumps([issue_form_token() for _ in range(params["count"])]))
"""

# wrk runs one Lua state per thread: each thread takes every WRK_THREADS-th token from its own
# offset, so no two requests send the same form (a repeated token is answered without a new case).
POST_SCRIPT = """
local tokens = {%(tokens)s}
local counter = 0
local offset = 0
local threads = 0
function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end
function init(args)
  offset = tonumber(wrk.thread:get("offset")) or 0
end
function request()
  counter = counter + 1
  local token = tokens[((counter * %(threads)d + offset) %% #tokens) + 1]
  local body = "%(body)s" .. (token and ("&form_token=" .. token) or "")
  return wrk.format("POST", "%(path)s", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "%(cookie)s",
  }, body)
end
"""

RATE = re.compile(r"Requests/sec:\s+([\d.]+)")
TOTAL = re.compile(r"(\d+) requests in")
PERCENTILE = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.M)
NON_2XX = re.compile(r"Non-2xx or 3xx responses: (\d+)")
SOCKET_ERRORS = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url, seconds, connections, headers=(), script=None):
    command = [
        "wrk",
        "-t",
        str(WRK_THREADS),
        "-c",
        str(connections),
        "-d",
        f"{seconds}s",
        "--latency",
        "--timeout",
        "10s",
    ]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", str(script)]
    output = subprocess.run(command + [url], capture_output=True, text=True, timeout=seconds + 60).stdout
    rate = RATE.search(output)
    percentiles = {p: float(value) * UNITS[unit] for p, value, unit in PERCENTILE.findall(output)}
    errors = sum(int(n) for n in NON_2XX.findall(output))
    sockets = SOCKET_ERRORS.search(output)
    if sockets:
        errors += sum(int(n) for n in sockets.groups())
    return {
        "rate": float(rate.group(1)) if rate else 0.0,
        "requests": int(TOTAL.search(output).group(1)) if TOTAL.search(output) else 0,
        "p50_ms": percentiles.get("50"),
        "p99_ms": percentiles.get("99"),
        "errors": errors,
        "raw": output,
    }


def set_up(env, args):
    started = time.perf_counter()
    recreate_database(DB_NAME)
    manage(env, "migrate", "--noinput", "-v", "0")
    cases = django_script(
        env,
        GENERATE_CODE,
        {
            "cases": args.cases,
            "batch_size": 5000,
            "seed": 20260101,
            "owner_password": OWNER[1],
            "operator_password": OPERATOR[1],
            "export_rows": 1000,
        },
        SETUP_SECONDS,
    )
    site = django_script(env, SITE_CODE, {"articles": args.articles, "seed": 20260101}, SETUP_SECONDS)
    vacuum_analyze()
    site["cases"] = cases["totals"]["cases"]
    site["setup_seconds"] = time.perf_counter() - started
    return site


def vacuum_analyze():
    with psycopg.connect(host=HOST, port=5432, user="postgres", dbname=DB_NAME, autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE)")


def reset(env, site):
    """The reused database as set_up() left it, at the code's latest migration."""
    manage(env, "migrate", "--noinput", "-v", "0")
    removed = django_script(env, RESET_CODE, {"last_case_id": site["last_case_id"]}, SETUP_SECONDS)
    vacuum_analyze()
    print(
        f"  removed what earlier runs stored: {removed['cases']} rows of cases and their records, "
        f"{removed['sessions']} visitors' sessions",
        flush=True,
    )


def plan(site):
    pages = {
        "home": "/",
        "article": site["article_path"],
        "topic": site["topic_path"],
        "search": "/cari/?q=upah",
        "report form GET": site["form_path"],
    }
    return pages


def form_fields():
    return {
        "website": "",
        "description": "Upah lembur pemanen tidak dibayar selama tiga bulan terakhir (uji beban).",
        "identity_mode": "anonymous",
    }


def csrf_pair(http, base, path):
    """A CSRF cookie and the form field that goes with it, as a browser gets them from the form."""
    response = http.request("GET", base + path, redirect=False)
    cookie = next(
        (c.split(";")[0] for c in response.headers.getlist("Set-Cookie") if c.startswith("csrftoken=")), None
    )
    field = CSRF_INPUT.search(response.data.decode(errors="replace"))
    if response.status != 200 or not cookie or not field:
        raise SystemExit(f"GET {path}: {response.status}, no CSRF cookie or field")
    return cookie, field.group(1)


def post_script(tmp, name, path, cookie, fields, tokens=()):
    body = urlencode(fields)
    script = tmp / f"{name}.lua"
    script.write_text(
        POST_SCRIPT
        % {
            "tokens": ",".join(f'"{token}"' for token in tokens),
            "threads": WRK_THREADS,
            "body": body,
            "path": path,
            "cookie": cookie,
        }
    )
    return script


def worker_pids(master_pid):
    """The gunicorn workers: the master's children."""
    pids = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except OSError:
            continue  # the process ended while we looked
        if fields.get("PPid", "").strip() == str(master_pid):
            pids.append(int(status.parent.name))
    return sorted(pids)


def worker_cpu(pids):
    """CPU clock ticks (user + system) each worker has used so far."""
    ticks = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks[pid] = int(fields[11]) + int(fields[12])
    return ticks


def wait_until_idle(pids):
    deadline = time.monotonic() + IDLE_WAIT_SECONDS
    before = worker_cpu(pids)
    while time.monotonic() < deadline:
        time.sleep(IDLE_WINDOW)
        after = worker_cpu(pids)
        if all(after[pid] - before.get(pid, 0) < IDLE_TICKS for pid in after):
            return
        before = after


def balance(before, after):
    """The least busy worker's share of the workers' CPU time during a measurement (0.5 = even)."""
    used = [after[pid] - before[pid] for pid in after if pid in before]
    return min(used) / sum(used) if len(used) > 1 and sum(used) else None


def balanced_wrk(pids, url, seconds, connections, options):
    """wrk on idle workers; again (up to BALANCE_ATTEMPTS in all) while one worker got most of the
    connections. wrk keeps its connections open, so a measurement whose connections all landed on
    one worker measures one core: the least unbalanced attempt is kept, with the number of attempts."""
    attempts = []
    for _attempt in range(BALANCE_ATTEMPTS):
        wait_until_idle(pids)
        cpu_before = worker_cpu(pids)
        result = wrk(url, seconds, connections, **options)
        result["balance"] = balance(cpu_before, worker_cpu(pids))
        attempts.append(result)
        if result["balance"] is None or result["balance"] >= BALANCE_WARNING:
            break
    best = max(attempts, key=lambda result: result["balance"] or 0)
    return {**best, "attempts": len(attempts)}


def worker_memory(master_pid):
    """Resident memory of each gunicorn worker (children of the master), in MiB."""
    sizes = []
    for pid in worker_pids(master_pid):
        try:
            lines = Path(f"/proc/{pid}/status").read_text().splitlines()
            fields = dict(line.split(":", 1) for line in lines if ":" in line)
        except OSError:
            continue  # the process ended while we looked
        if "VmRSS" in fields:
            sizes.append(int(fields["VmRSS"].split()[0]) / 1024)
    return sorted(sizes)


def print_memory(memory):
    for run in memory:
        before = ", ".join(f"{size:.0f}" for size in run["before"])
        after = ", ".join(f"{size:.0f}" for size in run["after"])
        growth = sum(run["after"]) - sum(run["before"])
        print(
            f"gunicorn workers, {run['mode']} run: {before} MiB after the warm-up, {after} MiB after "
            f"{run['requests']:,} requests ({growth:+.0f} MiB in all)"
        )


def run_server(env, args, tmp, site, cached, log_path, memory):
    """One gunicorn, cache on or off: static before, each address, static after; the workers'
    resident memory is appended to `memory`."""
    port = free_port()
    base = f"http://{HOST}:{port}"
    env = {**env, "PAGE_CACHE_ENABLED": "true" if cached else "false"}
    mode = "cached" if cached else "uncached"
    http = urllib3.PoolManager(retries=False, timeout=urllib3.Timeout(total=30))
    with open(log_path, "ab") as log_file:
        server = start_server(env, port, log_file)
    rows = []
    try:
        wait_until_ready(server, base, log_path)
        static_url = base + static_path(http, base)
        pages = plan(site)
        measured = [(STATIC_NAME, static_url, {})]
        measured += [(name, base + path, {}) for name, path in pages.items()]
        if not cached:
            cookie, field = csrf_pair(http, base, site["form_path"])
            tokens = django_script(env, TOKENS_CODE, {"count": FORM_TOKENS}, 300)
            check_token = tokens.pop()
            form = post_script(
                tmp,
                "report",
                site["form_path"],
                cookie,
                {"csrfmiddlewaretoken": field, **form_fields()},
                tokens,
            )
            status_fields = {
                "csrfmiddlewaretoken": field,
                "reference": site["reference"],
                "secret": site["secret"],
            }
            status = post_script(tmp, "status", site["status_path"], cookie, status_fields)
            staff_cookie = site["staff_cookie"]
            varied = tmp / "varied_search.lua"
            varied.write_text(
                VARIED_SEARCH_SCRIPT % {"words": ",".join(f'"{word}"' for word in VARIED_SEARCH_WORDS)}
            )
            measured += [
                (VARIED_SEARCH_NAME, base + "/cari/", {"script": varied}),
                ("report form POST", base + site["form_path"], {"script": form}),
                ("status lookup POST", base + site["status_path"], {"script": status}),
                ("case listing (operator)", base + LISTING_PATH, {"headers": [f"Cookie: {staff_cookie}"]}),
            ]
            check_answers(http, base, site, cookie, field, check_token, staff_cookie)
        measured.append((STATIC_NAME + " again", static_url, {}))
        for _name, url, options in measured:
            # Warm-up: imports, templates, renditions, the object cache and (cached run) the page cache.
            wrk(url, 2, 2, **options)
        memory_before = worker_memory(server.pid)
        pids = worker_pids(server.pid)
        served = 0
        for name, url, options in measured:
            print(f"  {mode}: {name} ...", flush=True)
            result = balanced_wrk(pids, url, args.seconds, args.connections, options)
            rows.append({"name": name.replace(" again", ""), "mode": mode, **result})
            served += result["requests"]
        memory.append(
            {"mode": mode, "before": memory_before, "after": worker_memory(server.pid), "requests": served}
        )
    finally:
        http.clear()
        stop_server(server)
    static_runs = [row for row in rows if row["name"] == STATIC_NAME]
    ceiling = mean(row["rate"] for row in static_runs)
    rows = [row for row in rows if row["name"] != STATIC_NAME]
    for row in rows:
        row["ratio"] = row["rate"] / ceiling if ceiling else None
    static_row = {
        "name": STATIC_NAME,
        "mode": mode,
        "rate": ceiling,
        "ratio": 1.0,
        "p50_ms": mean(row["p50_ms"] for row in static_runs if row["p50_ms"] is not None),
        "p99_ms": max(row["p99_ms"] for row in static_runs if row["p99_ms"] is not None),
        "errors": sum(row["errors"] for row in static_runs),
        "requests": sum(row["requests"] for row in static_runs),
        "drift": (static_runs[1]["rate"] - static_runs[0]["rate"]) / static_runs[0]["rate"],
        "balance": min((row["balance"] for row in static_runs if row["balance"] is not None), default=None),
        "attempts": max(row["attempts"] for row in static_runs),
    }
    return [static_row, *rows]


def check_answers(http, base, site, cookie, field, token, staff_cookie):
    """One request of each kind before measuring: a redirect to the sign-in page or an error page
    would otherwise count as a fast success."""
    form_headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}
    answers = {
        "report form POST": http.request(
            "POST",
            base + site["form_path"],
            body=urlencode({"csrfmiddlewaretoken": field, "form_token": token, **form_fields()}),
            headers=form_headers,
            redirect=False,
        ),
        "status lookup POST": http.request(
            "POST",
            base + site["status_path"],
            body=urlencode(
                {"csrfmiddlewaretoken": field, "reference": site["reference"], "secret": site["secret"]}
            ),
            headers=form_headers,
            redirect=False,
        ),
        "case listing (operator)": http.request(
            "GET", base + LISTING_PATH, headers={"Cookie": staff_cookie}, redirect=False
        ),
    }
    expected = {
        "report form POST": (302, "/tanda-terima/"),
        "status lookup POST": (302, "/status/kasus/"),
        "case listing (operator)": (200, None),
    }
    for name, response in answers.items():
        status, location = expected[name]
        if response.status != status or (
            location and not response.headers.get("Location", "").endswith(location)
        ):
            raise SystemExit(
                f"{name}: {response.status} {response.headers.get('Location', '')}, expected {status}"
            )


def static_path(http, base):
    html = http.request("GET", base + "/").data.decode(errors="replace")
    found = re.search(r'<link rel="stylesheet" href="(/static/[^"]+)"', html)
    if not found:
        raise SystemExit("the home page links no stylesheet")
    return found.group(1)


def print_table(rows, counts, articles, cases):
    header = (
        f"{'address':<26}{'cache':<10}{'req/s':>9}{'ratio':>8}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'queries':>9}{'KB gz':>8}{'errors':>8}{'balance':>9}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        count = counts.get(row["name"], {})
        weight = count.get("weight")
        print(
            f"{row['name']:<26}{row['mode']:<10}{row['rate']:>9.1f}{row['ratio']:>8.3f}"
            f"{row['p50_ms'] or 0:>9.1f}{row['p99_ms'] or 0:>9.1f}"
            f"{count.get('queries', '-') if row['mode'] == 'uncached' else 0:>9}"
            f"{weight / 1024 if weight else 0:>8.1f}{row['errors']:>8}"
            f"{'-' if row.get('balance') is None else format(row['balance'], '.2f'):>9}"
        )
    print(
        f"ratio = req/s / the static CSS file's req/s in the same server run (mean of a run before and "
        f"after); queries: one request in-process with the page cache off, after a warm-up (0 when "
        f"served from the page cache); KB gz = HTML + CSS + JS, each gzip-compressed; balance = the "
        f"least busy gunicorn worker's share of the workers' CPU time during the measurement (0.50 = "
        f"even; each measurement starts once the workers are idle, and is made again, up to "
        f"{BALANCE_ATTEMPTS} times, while one worker did less than {BALANCE_WARNING:.0%} of the work). "
        f"{articles} articles, {cases} cases, gunicorn {2} workers, wrk {WRK_THREADS} threads."
    )


def check_targets(rows):
    verdicts = []
    for (name, mode), target in TARGETS.items():
        row = next((r for r in rows if r["name"] == name and r["mode"] == mode), None)
        ratio = row["ratio"] if row else None
        verdicts.append(
            {
                "page": name,
                "mode": mode,
                "target": target,
                "ratio": ratio,
                "ok": ratio is not None and ratio >= target,
            }
        )
    return verdicts


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=10, help="length of each measurement")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections")
    parser.add_argument("--reuse", action="store_true", help="keep the database of the previous run")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        parser.error("wrk is not installed: apt-get install wrk")
    return args


def main():
    args = parse_args()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    log_path = RESULTS_DIR / f"site-{stamp}.server.log"
    state_path = RESULTS_DIR / "site-database.json"
    tmp = Path(tempfile.mkdtemp(prefix="japbusi-bench-site-"))
    try:
        env = server_environment(tmp, DATABASE_URL)
        env["PAGE_CACHE_URL"] = f"filecache://{tmp / 'pages'}"
        site = json.loads(state_path.read_text()) if args.reuse and state_path.exists() else None
        if site is not None and "last_case_id" in site:
            print(
                f"reusing database {DB_NAME}: {site['articles']} articles, {site['cases']} cases", flush=True
            )
            reset(env, site)
        else:
            print(
                f"setting up {DB_NAME}: demo site, {args.articles} articles, {args.cases} cases ...",
                flush=True,
            )
            site = set_up(env, args)
            state_path.write_text(json.dumps(site))
            print(f"  done in {site['setup_seconds']:.0f} s", flush=True)
        manage(env, "collectstatic", "--noinput", "-v", "0")
        # A fresh server secret each run: the staff session is made for this run.
        site["staff_cookie"] = django_script(env, STAFF_SESSION_CODE, {"username": OPERATOR[0]}, 120)[
            "cookie"
        ]
        print("counting queries and weighing pages in-process ...", flush=True)
        counts = django_script(
            {**env, "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver"},
            MEASURE_CODE,
            {
                "pages": plan(site),
                "form_path": site["form_path"],
                "form_data": form_fields(),
                "status_path": site["status_path"],
                "status_data": {"reference": site["reference"], "secret": site["secret"]},
                "staff_cookie": site["staff_cookie"],
                "listing_path": LISTING_PATH,
            },
            QUERY_COUNT_SECONDS,
        )
        rows, memory = [], []
        for cached in (True, False):
            print(f"gunicorn with the page cache {'on' if cached else 'off'}:", flush=True)
            rows += run_server(env, args, tmp, site, cached, log_path, memory)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print()
    print_table(rows, counts, site["articles"], site["cases"])
    print_memory(memory)
    for row in rows:
        if row.get("balance") is not None and row["balance"] < BALANCE_WARNING:
            print(
                f"  unbalanced: {row['name']} ({row['mode']}) ran mostly on one worker "
                f"(balance {row['balance']:.2f}, best of {row['attempts']} attempts); its ratio "
                f"understates the server"
            )
    verdicts = check_targets(rows)
    print()
    for verdict in verdicts:
        ratio = "-" if verdict["ratio"] is None else f"{verdict['ratio']:.3f}"
        print(
            f"  [{'ok' if verdict['ok'] else 'MISSED'}] {verdict['page']} {verdict['mode']}: "
            f"{ratio} (target {verdict['target']})"
        )
    for name, count in counts.items():
        if count["status"] not in (200, 302):
            print(f"  in-process {name}: status {count['status']}")
    server_log = scan_server_log(log_path)
    print(
        f"server log {log_path.relative_to(PROJECT)}: {server_log['tracebacks']} tracebacks, "
        f"{server_log['internal_server_errors']} internal server errors"
    )
    results = {
        "benchmark": "site",
        "timestamp": stamp,
        "arguments": vars(args),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "git": git_state(),
        "site": site,
        "queries_and_weights": counts,
        "rows": [{key: value for key, value in row.items() if key != "raw"} for row in rows],
        "targets": verdicts,
        "worker_memory_mib": memory,
        "server_log": server_log,
    }
    results_path = RESULTS_DIR / f"site-{stamp}.json"
    results_path.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n")
    print(f"results: {results_path.relative_to(PROJECT)}")
    failed = any(row["errors"] for row in rows) or server_log["tracebacks"]
    return 2 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
