"""The referral letter (surat rujukan): a printable A4 PDF for a partner, carrying only the shared facts.

The letter is always in Indonesian, whatever the language of the person printing it: it goes to
Indonesian partners and may be filed with their own case papers. It is built from the referral's
`shared_facts` alone, so a fact the reporter did not agree to share never reaches the page.
"""

import unicodedata

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import formats, timezone
from django.utils.translation import override
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from grievances.cases.fields import shared_facts
from grievances.conf import conf

from .actions import snapshot_as_shown
from .models import Referral

# The core PDF fonts only know Latin-1; typographic punctuation, common in text pasted from
# phones and word processors, keeps its meaning in plain ASCII instead of turning into "?".
PUNCTUATION = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2022": "-",
        "\u2023": "-",
        "\u2043": "-",
        "\u25cf": "-",
        "\t": "    ",
    }
)

FONT = "Helvetica"
LINE = 5.5


def latin1(value):
    """Text the core fonts can print: punctuation made ASCII, anything else outside Latin-1 a "?"."""
    # NFC first, so a letter typed as base + combining accent becomes the one Latin-1 character.
    text = unicodedata.normalize("NFC", str(value or "")).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(PUNCTUATION)
    # Control characters (C1 included, which Latin-1 would accept) would print as garbage.
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")
    return text.encode("latin-1", errors="replace").decode("latin-1")


def indonesian_date(value):
    with override("id"):
        return formats.date_format(value, "j F Y")


class LetterPDF(FPDF):
    def __init__(self, reference):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.reference = reference

    def footer(self):
        self.set_y(-15)
        self.set_font(FONT, size=8)
        self.set_text_color(90)
        self.cell(
            0,
            5,
            latin1(f"RAHASIA - Rujukan kasus {self.reference} - Halaman {self.page_no()} dari {{nb}}"),
            align="C",
        )
        self.set_text_color(0)


ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def format_letter_number(sequence, on):
    """The letter number in the network's form (GRIEVANCE_REFERRAL_LETTER_NUMBER)."""
    return conf.REFERRAL_LETTER_NUMBER.format(
        number=sequence, year=on.year, month=on.month, month_roman=ROMAN_MONTHS[on.month - 1]
    )


def assign_letter_number(referral):
    """Give the referral its letter number when its first letter is printed: the next of the year,
    kept for every later print. Two prints at once cannot take the same number (a unique
    constraint; the loser takes the next)."""
    if referral.letter_number:
        return referral.letter_number
    today = timezone.localdate()
    for _attempt in range(5):
        last = Referral.objects.filter(letter_year=today.year).aggregate(last=Max("letter_sequence"))["last"]
        sequence = (last or 0) + 1
        try:
            with transaction.atomic():
                updated = Referral.objects.filter(pk=referral.pk, letter_number="").update(
                    letter_year=today.year,
                    letter_sequence=sequence,
                    letter_number=format_letter_number(sequence, today),
                )
        except IntegrityError:
            continue
        referral.refresh_from_db(fields=["letter_year", "letter_sequence", "letter_number"])
        if updated or referral.letter_number:
            return referral.letter_number
    raise IntegrityError("no letter number could be given")


def referral_letter_pdf(referral, site_settings, letter_settings=None) -> bytes:
    """The referral letter for `referral` as PDF bytes, with the letterhead from `site_settings`
    and the signatory and contact person from `letter_settings` (ReferralLetterSettings)."""
    case = referral.case
    partner = referral.partner
    organisation = site_settings.organisation_name
    # Only the facts the referral carries, labelled and worded as the catalogue of case fields
    # says (the partner page shows the same words); the letter is Indonesian whatever the language
    # of the person printing it.
    with override("id"):
        # The facts as shared (the snapshot the partner page shows too).
        values = (
            snapshot_as_shown(referral)
            if referral.shared_snapshot
            else shared_facts(case, referral.shared_facts)
        )

    pdf = LetterPDF(case.reference)
    # Metadata is visible to anyone holding the file, so it names the case and the sender only.
    pdf.set_title(f"Surat rujukan {case.reference}")
    pdf.set_author(organisation)
    pdf.set_creator(site_settings.short_name or organisation)
    pdf.set_lang("id")
    pdf.set_margins(left=25, top=20, right=25)
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.add_page()

    def keep_together(lines):
        # A heading or label stranded at the foot of a page, its text on the next, reads badly.
        if pdf.get_y() + lines * LINE > pdf.page_break_trigger:
            pdf.add_page()

    def paragraph(text, *, size=11, style="", align="L", after=0.0):
        pdf.set_font(FONT, style=style, size=size)
        pdf.multi_cell(0, LINE, latin1(text), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if after:
            pdf.ln(after)

    # Letterhead.
    paragraph(organisation, size=14, style="B", align="C")
    if site_settings.short_name:
        paragraph(site_settings.short_name, size=12, style="B", align="C")
    if site_settings.address:
        paragraph(site_settings.address, size=9, align="C")
    contact = "  |  ".join(
        part
        for part in (
            f"Telp. {site_settings.phone}" if site_settings.phone else "",
            f"Email: {site_settings.email}" if site_settings.email else "",
        )
        if part
    )
    if contact:
        paragraph(contact, size=9, align="C")
    pdf.ln(2)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(6)

    # The date the referral was made, so the letter reads the same however often it is printed.
    paragraph(indonesian_date(timezone.localtime(referral.created_at).date()), align="R", after=2)
    if referral.letter_number:
        paragraph(f"Nomor: {referral.letter_number}", after=2)

    paragraph(f"Kepada: {partner.name}", style="B")
    if partner.contact_person:
        paragraph(f"u.p. {partner.contact_person}")
    if partner.address:
        paragraph(partner.address)
    pdf.ln(4)
    paragraph(f"Perihal: Rujukan kasus {case.reference}", style="B", after=5)

    paragraph("Dengan hormat,", after=2)
    if referral.consent_method == Referral.ConsentMethod.OVERRIDE:
        # The reporter did not agree to this referral; the letter must not claim otherwise.
        opening = (
            f"Kami merujuk kasus berikut, dengan nomor rujukan {case.reference}, kepada {partner.name} "
            "karena keadaan yang mendesak, tanpa persetujuan pelapor. Mohon keterangan ini ditangani "
            "dengan kehati-hatian khusus. Surat ini hanya memuat keterangan yang diperlukan untuk "
            "menilai dan menangani kasus ini."
        )
    else:
        opening = (
            f"Kami merujuk kasus berikut, dengan nomor rujukan {case.reference}, kepada {partner.name} "
            "dengan persetujuan pelapor. Surat ini hanya memuat keterangan yang disetujui pelapor "
            "untuk dibagikan."
        )
    paragraph(opening, align="J", after=4)

    keep_together(3)
    paragraph("Alasan rujukan", style="B")
    paragraph(referral.reason, align="J", after=4)

    keep_together(4)
    paragraph("Keterangan kasus", size=12, style="B", after=1)
    for label, value in values:
        keep_together(3)
        paragraph(label, style="B")
        paragraph(value, align="J", after=2.5)
    pdf.ln(2)

    paragraph(
        "Mohon Saudara menyampaikan jawaban atas rujukan ini (diterima atau ditolak, dan kemudian "
        "hasil penanganannya) melalui tautan yang kami kirimkan lewat email. Keterangan dalam surat "
        "ini bersifat rahasia: mohon dijaga kerahasiaannya, hanya digunakan untuk menangani kasus ini, "
        "dan tidak diteruskan kepada pihak lain, sesuai Undang-Undang Nomor 27 Tahun 2022 tentang "
        "Pelindungan Data Pribadi.",
        align="J",
        after=3,
    )
    paragraph("Atas perhatian dan kerja samanya, kami ucapkan terima kasih.", after=8)
    keep_together(3)
    paragraph("Hormat kami,", after=1)
    paragraph(organisation, style="B", after=12 if letter_settings and letter_settings.signatory_name else 0)
    if letter_settings and letter_settings.signatory_name:
        paragraph(letter_settings.signatory_name, style="BU")
        if letter_settings.signatory_role:
            paragraph(letter_settings.signatory_role)
    if letter_settings and letter_settings.contact_name:
        pdf.ln(6)
        reach = ", ".join(
            part for part in (letter_settings.contact_phone, letter_settings.contact_email) if part
        )
        paragraph(f"Narahubung: {letter_settings.contact_name}" + (f" ({reach})" if reach else ""), size=10)

    return bytes(pdf.output())
