"""Senders' phone numbers: normalised, encrypted at rest, recognised by a keyed hash.

A number is written to the database only encrypted (Fernet: AES-128-CBC with HMAC-SHA256), with
keys from GRIEVANCE_CHANNEL_NUMBER_KEYS; a returning sender is recognised by an HMAC of the number,
which cannot be reversed without the key. Message ids are kept hashed the same way: WhatsApp's
ids carry the sender's number inside them.
"""

import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

from grievances.conf import conf


class NumberKeyMissing(Exception):
    """No key to encrypt numbers with: no channel may run."""


def normalise_number(raw):
    """Digits in international form without '+': 0812… and +62 812… both become 62812…."""
    digits = "".join(ch for ch in str(raw or "") if ch.isdigit())
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return digits


def has_number_key():
    return bool(_keys())


def _keys():
    return [key.strip() for key in conf.CHANNEL_NUMBER_KEYS.split(",") if key.strip()]


def _fernet():
    keys = _keys()
    if not keys:
        raise NumberKeyMissing("GRIEVANCE_CHANNEL_NUMBER_KEYS is empty")
    return MultiFernet([Fernet(key) for key in keys])


def new_number_key():
    return Fernet.generate_key().decode()


def encrypt_number(number):
    number = normalise_number(number)
    return _fernet().encrypt(number.encode()).decode() if number else ""


def decrypt_number(token):
    if not token:
        return ""
    try:
        return _fernet().decrypt(token.encode()).decode()
    except (InvalidToken, NumberKeyMissing):
        return ""


def _hash_key():
    return (conf.CHANNEL_HASH_KEY or "grievances.channels:" + settings.SECRET_KEY).encode()


def sender_key(provider, number):
    """The keyed hash that recognises a sender on one provider, without the number."""
    message = f"sender:{provider}:{normalise_number(number)}".encode()
    return hmac.new(_hash_key(), message, hashlib.sha256).hexdigest()


def message_key(provider, message_id):
    message = f"message:{provider}:{message_id}".encode()
    return hmac.new(_hash_key(), message, hashlib.sha256).hexdigest()


def encrypt_text(text):
    """A message waiting to be sent, encrypted with the same keys (a reply may carry a secret)."""
    return _fernet().encrypt(text.encode()).decode()


def decrypt_text(token):
    try:
        return _fernet().decrypt(token.encode()).decode()
    except (InvalidToken, NumberKeyMissing):
        return ""
