"""Public case references and reporters' secrets: random, unambiguous, easy to read aloud."""

import secrets

# Public references: easy to read aloud and type on a phone. No 0/O, 1/I/L, 2/Z, 5/S, 8/B.
REFERENCE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
REFERENCE_LENGTH = 8
# Reporter secrets: 16 characters of a 32-letter alphabet = 80 bits.
SECRET_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
SECRET_LENGTH = 16
DESCRIPTION_MAX_LENGTH = 5000


def new_reference():
    raw = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_reference(value):
    """What a reporter typed, in the stored form: upper case, one hyphen, nothing else."""
    cleaned = "".join(ch for ch in (value or "").upper() if ch in REFERENCE_ALPHABET)
    if len(cleaned) != REFERENCE_LENGTH:
        return None
    return f"{cleaned[:4]}-{cleaned[4:]}"


def new_secret():
    raw = "".join(secrets.choice(SECRET_ALPHABET) for _ in range(SECRET_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, SECRET_LENGTH, 4))


def normalise_secret(value):
    return "".join(ch for ch in (value or "").lower() if ch in SECRET_ALPHABET)
