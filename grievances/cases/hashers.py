"""The hash for reporters' secrets: salted PBKDF2 with fewer rounds than people's passwords need.

A person's password may be guessable, so Django stretches it with over a million rounds
(about a third of a second here). A reporter's secret is 80 random bits: no dictionary helps,
and even a trillion guesses a second would need tens of thousands of years for one secret.
Stretching it that far would only make every report and every status lookup slow, and give an
attacker a cheap way to exhaust the server.
"""

from django.contrib.auth.hashers import PBKDF2PasswordHasher


class ReporterSecretHasher(PBKDF2PasswordHasher):
    algorithm = "pbkdf2_sha256_reporter_secret"
    iterations = 20_000
