"""Running the site beyond one process: the task queue and its workers, readiness, backups."""
