"""gunicorn's settings, read from the working directory by `make run`, the benchmarks and production.

Partner-link tokens are masked in the access log (grievances/referrals/logmask.py).

Threaded workers: a sync worker is killed when one request takes longer than `timeout` (30 s), and
an export of every case (100,000 in the benchmark) streams for longer than that. A gthread worker's
main loop keeps telling the arbiter it is alive while its threads serve, so a long streamed export
finishes and the timeout still catches a worker that hangs.
"""

import gc

logger_class = "grievances.referrals.logmask.MaskedAccessLogger"
worker_class = "gthread"
threads = 4


def post_worker_init(worker):
    """Once a worker has loaded Django, Wagtail and the project (about 280,000 objects that live as
    long as the process), move them out of the garbage collector's sight. Otherwise every full
    collection walks all of them again: a pause of about 150 ms every 60-100 case listings, 1.5-2.5
    ms of each listing's CPU on average. What requests create is still collected as before."""
    gc.collect()
    gc.freeze()
