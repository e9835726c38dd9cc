"""The site's one way of writing dates (admin and public pages alike): "4 Desember 2026 14:05".

Django's own Indonesian formats abbreviate the month and write the time with a dot; the case page,
the listing and the export spell the month out, in local time (Asia/Jakarta).
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y H:i"
