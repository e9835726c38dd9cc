"""A reporter's secret keeps opening their case whichever PBKDF2 computes its hash."""

import base64

from django.contrib.auth.hashers import check_password
from django.utils.crypto import pbkdf2

from grievances.cases.hashers import ReporterSecretHasher
from grievances.cases.models import Case


def hashed_by_django(secret, salt, iterations):
    """The hash as Django's own PBKDF2 (hashlib) writes it: how secrets were stored before."""
    derived = base64.b64encode(pbkdf2(secret, salt, iterations)).decode("ascii")
    return f"{ReporterSecretHasher.algorithm}${iterations}${salt}${derived}"


def test_a_secret_stored_by_djangos_pbkdf2_still_opens_its_case():
    case = Case(secret_hash=hashed_by_django("k7pw4qx2m9tbh3ne", "a1b2c3d4e5f6g7h8i9j0kl", 20_000))
    assert case.check_secret("K7PW-4QX2-M9TB-H3NE")
    assert not case.check_secret("K7PW-4QX2-M9TB-H3NF")


def test_a_new_secret_is_the_same_hash_as_djangos_pbkdf2_writes():
    hasher = ReporterSecretHasher()
    for secret, salt, iterations in [("k7pw4qx2m9tbh3ne", "a1b2c3d4e5f6g7h8i9j0kl", 20_000), ("X", "s", 1)]:
        assert hasher.encode(secret, salt, iterations) == hashed_by_django(secret, salt, iterations)


def test_a_secret_checks_against_the_hash_of_its_own_case_only():
    first, second = Case(), Case()
    first_secret, second_secret = first.assign_secret(), second.assign_secret()
    assert first.secret_hash.startswith("pbkdf2_sha256_reporter_secret$20000$")
    assert first.check_secret(first_secret) and second.check_secret(second_secret)
    assert not first.check_secret(second_secret)
    assert not check_password(first_secret, second.secret_hash)
