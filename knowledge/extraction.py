"""Text of uploaded documents, read by a task after a resource is saved so that search can find it."""

import logging

from pypdf import PdfReader
from pypdf.errors import PyPdfError

logger = logging.getLogger(__name__)

# Enough for a long regulation; bounds what one resource adds to the search index.
MAX_TEXT_CHARS = 200_000


def document_fingerprint(document):
    """Changes whenever the document or its file changes."""
    if document is None:
        return ""
    return f"{document.pk}:{document.file.name}:{document.file_hash}"


def extract_text(document):
    """The document's text (PDF or plain text), or "" when it has none that can be read."""
    extension = (document.file_extension or "").lower()
    try:
        with document.open_file() as handle:
            if extension == "pdf":
                return _pdf_text(handle)
            if extension == "txt":
                return handle.read(MAX_TEXT_CHARS * 4).decode("utf-8", errors="replace")[:MAX_TEXT_CHARS]
    except (OSError, PyPdfError, ValueError) as error:
        logger.warning("Could not read the text of document %s: %s", document.pk, error)
    return ""


def _pdf_text(handle):
    reader = PdfReader(handle)
    if reader.is_encrypted:
        return ""
    parts, length = [], 0
    for page in reader.pages:
        text = page.extract_text() or ""
        parts.append(text)
        length += len(text)
        if length >= MAX_TEXT_CHARS:
            break
    return " ".join(" ".join(parts).split())[:MAX_TEXT_CHARS]
