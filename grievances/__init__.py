"""Grievances: the public complaint form, receipts and status page, and the private case tracker."""
