"""The live server the browser tests drive answers one request at a time on SQLite.

The default test run keeps its SQLite database in memory, shared between the connections of one
process; each thread of pytest-django's live server opens its own connection to it. Chromium asks
for several things at once (a page, the admin's icon sprite, CSP reports), and two threads
querying that database at once fail now and then ("bad parameter or other API misuse", then a
500 page), more often while another xdist worker keeps the other core busy. Connections are still
accepted by threads, so a browser holding an idle socket blocks nobody, but each request runs
alone until its response is sent. On PostgreSQL every request runs at once, as before.
"""

import threading

import pytest
from django.core.servers.basehttp import ThreadedWSGIServer


class _ReleaseWhenClosed:
    """A WSGI response that lets the next request in once the server has sent and closed it."""

    def __init__(self, response, lock):
        self.response, self.lock, self.closed = response, lock, False

    def __iter__(self):
        return iter(self.response)

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if hasattr(self.response, "close"):
                self.response.close()
        finally:
            self.lock.release()


def _database_in_memory():
    from django.db import connections

    return any(conn.vendor == "sqlite" and conn.is_in_memory_db() for conn in connections.all())


class OneRequestAtATimeWSGIServer(ThreadedWSGIServer):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.one_request_at_a_time = threading.Lock()

    def get_app(self):
        application = super().get_app()
        if not _database_in_memory():
            return application
        lock = self.one_request_at_a_time

        def serialised(environ, start_response):
            lock.acquire()
            try:
                response = application(environ, start_response)
            except BaseException:
                lock.release()
                raise
            return _ReleaseWhenClosed(response, lock)

        return serialised


@pytest.fixture(scope="session", autouse=True)
def _live_server_one_request_at_a_time():
    """Set before the session-scoped `live_server` starts its thread (autouse fixtures come first)."""
    from django.test.testcases import LiveServerThread

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(LiveServerThread, "server_class", OneRequestAtATimeWSGIServer)
        yield
