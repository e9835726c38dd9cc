"""The security tests use the grievance module's report form and form data."""

from tests.grievances.conftest import form_page, report_data  # noqa: F401
