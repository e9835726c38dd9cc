"""gunicorn's settings, read from the working directory by `make run` and production alike:
partner-link tokens are masked in the access log (grievances/referrals/logmask.py)."""

logger_class = "grievances.referrals.logmask.MaskedAccessLogger"
