"""Query counts and times of the register's pages over many cases (default 10,000).

Run it on PostgreSQL with a database of your own (pytest creates and drops test_<name>):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/japbusi_<you> DJANGO_SETTINGS_MODULE=japbusi.settings.test \
        .venv/bin/python -m pytest -q -s -n 0 -p no:cacheprovider bench/register_pages.py

REGISTER_BENCH_CASES sets the number of cases. Prints one line per page: queries, median ms.
"""

import os
import random
import time
from datetime import timedelta
from statistics import median

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY

from grievances.cases.models import Case
from grievances.cases.roles import COORDINATOR_GROUP, OPERATOR_GROUP, SYSTEM_OWNER_GROUP
from grievances.cases.states import Status
from grievances.factories import CompanyFactory, EstateFactory, ReferralPartnerFactory, StaffFactory
from grievances.referrals.models import Referral
from grievances.register.models import CaseRegisterLink, RepeatPattern
from grievances.register.patterns import sweep_patterns
from home.models import Federation, Topic
from tests.two_factor import ORIGINAL_FORCE_LOGIN, authenticator

pytestmark = pytest.mark.django_db
CASES = int(os.environ.get("REGISTER_BENCH_CASES", "10000"))
RUNS = 5


def log_in(user):
    client = Client()
    ORIGINAL_FORCE_LOGIN(client, user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = authenticator(user).persistent_id
    session.save()
    return client


def make_cases(companies, estates_by_company):
    rng = random.Random(17)
    federations = list(Federation.objects.all())
    topics = list(Topic.objects.filter(sensitive=False))
    statuses = [s for s, _ in Status.choices]
    now = timezone.now()
    cases = []
    for n in range(CASES):
        # Half of all reports are about the first company, the rest spread over the others.
        company = companies[0] if n % 2 == 0 else rng.choice(companies[1:])
        cases.append(
            Case(
                reference=f"B{n:07d}",
                secret_hash="bench",
                status=rng.choice(statuses),
                federation=rng.choice(federations),
                employer=company.name.lower(),
                description="Upah dipotong.",
                outcome=rng.choice(["", "", "won", "partly", "not_resolved"]),
                consent_share_with_partners=rng.random() < 0.6,
                consent_anonymised_publication=rng.random() < 0.5,
                deadline=now + timedelta(days=rng.uniform(-30, 30)),
                created_at=now - timedelta(days=rng.uniform(0, 1000)),
            )
        )
    created = Case.objects.bulk_create(cases, batch_size=2000)
    links, topic_links, referrals = [], [], []
    partners = [ReferralPartnerFactory(name=f"Mitra bench {n}") for n in range(5)]
    for case in created:
        company = next(c for c in companies if c.name.lower() == case.employer)
        links.append(
            CaseRegisterLink(case=case, company=company, estate=rng.choice(estates_by_company[company.pk]))
        )
        for topic in rng.sample(topics, 2):
            topic_links.append(Case.topics.through(case_id=case.pk, topic_id=topic.pk))
        if rng.random() < 0.1:
            referrals.append(Referral(case=case, partner=rng.choice(partners), reason="bench"))
    CaseRegisterLink.objects.bulk_create(links, batch_size=2000)
    Case.topics.through.objects.bulk_create(topic_links, batch_size=2000)
    Referral.objects.bulk_create(referrals, batch_size=2000)


def measure(client, url):
    client.get(url)  # warm-up
    queries = []
    # Counted by a wrapper: the debug query log is a bounded deque, wrong once it is full.
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
        response = client.get(url)
    assert response.status_code == 200, url
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    return len(queries), median(times)


def test_register_pages_over_many_cases(db):
    hukatan = Federation.objects.get(short_name="FSB Hukatan")
    companies = [CompanyFactory(name=f"PT Bench Sawit {n}") for n in range(20)]
    estates = {company.pk: [EstateFactory(company=company) for _ in range(4)] for company in companies}
    started = time.perf_counter()
    make_cases(companies, estates)
    print(f"\n{CASES} cases made in {time.perf_counter() - started:.0f} s on {connection.vendor}")
    sweep_patterns()
    big, estate = companies[0], estates[companies[0].pk][0]
    case = Case.objects.filter(federation=hukatan, register_link__company=big).first()
    pattern = RepeatPattern.objects.filter(company=big, estate=None).first()
    users = {
        "coordinator (one federation)": StaffFactory(
            username="b-koor", role=COORDINATOR_GROUP, federation=hukatan
        ),
        "operator (one federation)": StaffFactory(username="b-op", role=OPERATOR_GROUP, federation=hukatan),
        "system owner": StaffFactory(username="b-owner", role=SYSTEM_OWNER_GROUP),
    }
    pages = {
        "company page": reverse("grievances_register_company:inspect", args=(big.pk,)),
        "estate page": reverse("grievances_register_estate:inspect", args=(estate.pk,)),
        "company listing": reverse("grievances_register_company:index"),
        "repeat patterns": reverse("grievances_register_patterns"),
        "one pattern": reverse("grievances_register_pattern", args=(pattern.pk,)),
        "case page (with register section)": reverse("grievances_case:inspect", args=(case.pk,)),
    }
    print(f"company has {Case.objects.filter(register_link__company=big).count()} cases")
    for who, user in users.items():
        client = log_in(user)
        for name, url in pages.items():
            count, ms = measure(client, url)
            print(f"{who:30} {name:36} {count:3d} queries {ms:8.1f} ms")
