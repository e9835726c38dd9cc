"""Small text PDFs drawn locally with fpdf2: the demo library's files and the tests' fixtures."""

from fpdf import FPDF


def text_pdf(title, paragraphs, footer=""):
    """An A4 PDF whose text a PDF reader (and pypdf) can extract."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, _latin1(title))
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, _latin1(paragraph))
        pdf.ln(3)
    if footer:
        pdf.set_font("Helvetica", "I", 9)
        pdf.multi_cell(0, 5, _latin1(footer))
    return bytes(pdf.output())


def _latin1(text):
    # The core PDF fonts cover Latin-1; Indonesian needs nothing more, dashes and quotes are mapped.
    replacements = {"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "..."}
    for old, new in replacements.items():
        text = text.replace(old, new)
    return text.encode("latin-1", errors="replace").decode("latin-1")
