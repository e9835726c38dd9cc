"""The hash for reporters' secrets: salted PBKDF2 with fewer rounds than people's passwords need.

A person's password may be guessable, so Django stretches it with over a million rounds
(about a third of a second here). A reporter's secret is 80 random bits: no dictionary helps,
and even a trillion guesses a second would need tens of thousands of years for one secret.
Stretching it that far would only make every report and every status lookup slow, and give an
attacker a cheap way to exhaust the server.

The rounds are computed by the OpenSSL that `cryptography` ships, not through `hashlib`: the
function, its rounds and the stored hash are the same (a guess costs an attacker just as much),
but the OpenSSL 3.0 that Python links on Debian 12 takes twice as long for them (4.7 against
2.4 ms on the benchmark machine), and this hash is half of what a report or a status lookup
costs the server.
"""

import base64

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.utils.encoding import force_bytes, force_str


class ReporterSecretHasher(PBKDF2PasswordHasher):
    algorithm = "pbkdf2_sha256_reporter_secret"
    iterations = 20_000

    def encode(self, password, salt, iterations=None):
        self._check_encode_args(password, salt)
        iterations = iterations or self.iterations
        salt = force_str(salt)
        derived = PBKDF2HMAC(
            algorithm=hashes.SHA256(),
            length=self.digest().digest_size,
            salt=force_bytes(salt),
            iterations=iterations,
        ).derive(force_bytes(password))
        return f"{self.algorithm}${iterations}${salt}${base64.b64encode(derived).decode('ascii')}"
