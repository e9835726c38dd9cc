"""Collective complaints: from a repeat pattern to a letter to the RSPO complaints panel, a buyer
or Disnaker, built from the register and counts of reports, never from who reported.

Only the reports whose reporter consented to sharing with partners are counted; the letter names
the company and its estates from the register (not the reporters' words), the topic, how many
reporters, the months they reported in and the workers they said were affected. No name, no
reference, no description, no date of a single report. A complaint counting fewer reporters than
the public minimum (GRIEVANCE_PUBLIC_MIN_COUNT) is refused: so few could be singled out.
"""

import unicodedata

from django.db import transaction
from django.db.models import Sum
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from wagtail.log_actions import log

from grievances.cases.models import CaseEvent
from grievances.cases.states import OPEN_STATES
from grievances.conf import conf

from .models import CollectiveComplaint, Company, Estate
from .patterns import pattern_cases


class ComplaintRefused(Exception):
    pass


def minimum_reporters():
    return max(conf.PUBLIC_MIN_COUNT, conf.REPEAT_MIN_REPORTERS)


def consenting_cases(entry, topic):
    """The reports of the pattern whose reporter agreed to sharing with partners."""
    return pattern_cases(entry, topic).filter(consent_share_with_partners=True)


def create_complaint(entry, topic, user, *, addressee, buyer=None):
    cases = list(consenting_cases(entry, topic))
    if len(cases) < minimum_reporters():
        raise ComplaintRefused(
            _(
                "Only %(count)d reporters of this pattern agreed to sharing with partners; a collective "
                "complaint needs at least %(minimum)d, so that no reporter can be singled out."
            )
            % {"count": len(cases), "minimum": minimum_reporters()}
        )
    company = entry if isinstance(entry, Company) else entry.company
    dates = [timezone.localtime(case.created_at).date() for case in cases]
    with transaction.atomic():
        complaint = CollectiveComplaint.objects.create(
            company=company,
            estate=None if isinstance(entry, Company) else entry,
            topic=topic,
            addressee=addressee,
            buyer=buyer,
            reporter_count=len(cases),
            period_start=min(dates),
            period_end=max(dates),
            created_by=user,
        )
        complaint.cases.set(cases)
        text = _("Counted (without name or reference) in a collective complaint to %(addressee)s.") % {
            "addressee": complaint.get_addressee_display()
        }
        CaseEvent.objects.bulk_create(
            [CaseEvent(case=case, kind=CaseEvent.Kind.NOTE, author=user, text=text) for case in cases]
        )
        log(instance=company, action="grievances.complaint", user=user, data={"complaint": complaint.pk})
    return complaint


# The letter -------------------------------------------------------------------------------------

WORDS = {
    "id": {
        "title": {
            "rspo": "Pengaduan kolektif kepada Panel Pengaduan RSPO",
            "buyer": "Pengaduan kolektif kepada pembeli",
            "disnaker": "Pengaduan kolektif kepada Dinas Tenaga Kerja",
        },
        "to": "Kepada",
        "subject": "Perihal",
        "company": "Perusahaan",
        "group": "Grup usaha",
        "rspo": "Keanggotaan RSPO",
        "rspo_yes": "anggota RSPO",
        "rspo_no": "bukan anggota RSPO menurut catatan kami",
        "ispo": "Sertifikat ISPO",
        "yes": "ya",
        "no": "tidak ada menurut catatan kami",
        "estates": "Kebun dan pabrik yang bersangkutan",
        "certified": "unit bersertifikat RSPO",
        "topic": "Masalah",
        "reporters": "Jumlah pelapor",
        "reporters_value": "{count} pekerja melapor secara terpisah",
        "period": "Periode laporan",
        "workers": "Pekerja terdampak menurut para pelapor",
        "workers_value": "sekurang-kurangnya {count} orang",
        "open": "Laporan yang masih ditangani",
        "buyers": "Pembeli yang diketahui",
        "facts": "Keterangan",
        "greeting": "Dengan hormat,",
        "opening": (
            "{organisation} menerima laporan dari {count} pekerja yang melapor secara terpisah tentang "
            "masalah yang sama di {place}. Semua pelapor yang dihitung dalam pengaduan ini menyetujui "
            "laporannya dibagikan kepada mitra untuk tujuan ini."
        ),
        "request": {
            "rspo": (
                "Kami memohon Panel Pengaduan RSPO memeriksa apakah {company} memenuhi Prinsip dan Kriteria "
                "RSPO dalam hal ini, dan meminta perusahaan memperbaikinya."
            ),
            "buyer": (
                "{company} diketahui memasok {buyer}. Kami memohon Saudara menggunakan kebijakan pengadaan "
                "Saudara untuk meminta pemasok memperbaiki keadaan ini dan melaporkan hasilnya."
            ),
            "disnaker": (
                "Kami memohon Dinas Tenaga Kerja melakukan pemeriksaan pengawasan ketenagakerjaan di tempat "
                "tersebut sesuai peraturan perundang-undangan."
            ),
        },
        "protection": (
            "Nama dan identitas para pelapor tidak dicantumkan untuk melindungi mereka dari pembalasan. "
            "Kami hanya dapat menghubungkan Saudara dengan pelapor atas persetujuan mereka."
        ),
        "closing": "Atas perhatian dan kerja samanya, kami ucapkan terima kasih.",
        "regards": "Hormat kami,",
        "footer": "Pengaduan kolektif - Halaman {page} dari {{nb}}",
    },
    "en": {
        "title": {
            "rspo": "Collective complaint to the RSPO Complaints Panel",
            "buyer": "Collective complaint to a buyer",
            "disnaker": "Collective complaint to the labour office",
        },
        "to": "To",
        "subject": "Subject",
        "company": "Company",
        "group": "Company group",
        "rspo": "RSPO membership",
        "rspo_yes": "RSPO member",
        "rspo_no": "not an RSPO member as far as we know",
        "ispo": "ISPO certificate",
        "yes": "yes",
        "no": "none as far as we know",
        "estates": "Estates and mills concerned",
        "certified": "RSPO certified unit",
        "topic": "Issue",
        "reporters": "Number of reporters",
        "reporters_value": "{count} workers reported separately",
        "period": "Reporting period",
        "workers": "Workers affected according to the reporters",
        "workers_value": "at least {count}",
        "open": "Reports still being handled",
        "buyers": "Known buyers",
        "facts": "Facts",
        "greeting": "Dear Sir or Madam,",
        "opening": (
            "{organisation} has received reports from {count} workers who reported separately about the "
            "same issue at {place}. Every reporter counted in this complaint agreed that their report be "
            "shared with partners for this purpose."
        ),
        "request": {
            "rspo": (
                "We ask the RSPO Complaints Panel to examine whether {company} complies with the RSPO "
                "Principles and Criteria in this matter, and to require the company to remedy it."
            ),
            "buyer": (
                "{company} is known to supply {buyer}. We ask you to use your sourcing policy to require "
                "your supplier to remedy the situation and to report on the result."
            ),
            "disnaker": (
                "We ask the labour office to carry out a labour inspection at the places concerned as the "
                "law provides."
            ),
        },
        "protection": (
            "The reporters' names and identities are withheld to protect them from retaliation. We can "
            "put you in contact with reporters only with their consent."
        ),
        "closing": "Thank you for your attention and cooperation.",
        "regards": "Yours faithfully,",
        "footer": "Collective complaint - Page {page} of {{nb}}",
    },
}


def complaint_languages(complaint):
    """Indonesian always; English too for the RSPO and buyers."""
    if complaint.addressee in (CollectiveComplaint.Addressee.RSPO, CollectiveComplaint.Addressee.BUYER):
        return ["id", "en"]
    return ["id"]


def _month(value, language):
    with override(language):
        return formats.date_format(value, "F Y")


def complaint_facts(complaint, language):
    """[(label, value), ...] of the letter in `language`: the register, the topic and counts only."""
    words = WORDS[language]
    company = complaint.company
    cases = complaint.cases.all()
    estate_ids = set(
        cases.exclude(register_link__estate=None).values_list("register_link__estate", flat=True)
    )
    estates = list(Estate.objects.filter(pk__in=estate_ids).select_related("parent", "regency", "province"))
    if complaint.estate and complaint.estate not in estates:
        estates.insert(0, complaint.estate)
    topic = complaint.topic
    facts = [(words["company"], company.name)]
    if company.group:
        facts.append((words["group"], company.group.name))
    facts.append(
        (
            words["rspo"],
            f"{words['rspo_yes']} ({company.rspo_member_number})"
            if company.rspo_member and company.rspo_member_number
            else words["rspo_yes"]
            if company.rspo_member
            else words["rspo_no"],
        )
    )
    facts.append((words["ispo"], words["yes"] if company.ispo_certified else words["no"]))
    if estates:
        lines = []
        for estate in estates:
            place = ", ".join(str(part.name) for part in (estate.regency, estate.province) if part)
            line = str(estate)
            if place:
                line += f" - {place}"
            if estate.rspo_certified:
                line += f" - {words['certified']}"
            lines.append(line)
        facts.append((words["estates"], "\n".join(lines)))
    facts.append((words["topic"], topic.name_en if language == "en" and topic.name_en else topic.name))
    facts.append((words["reporters"], words["reporters_value"].format(count=complaint.reporter_count)))
    start, end = _month(complaint.period_start, language), _month(complaint.period_end, language)
    facts.append((words["period"], start if start == end else f"{start} - {end}"))
    workers = cases.aggregate(total=Sum("workers_affected"))["total"]
    if workers:
        facts.append((words["workers"], words["workers_value"].format(count=workers)))
    still_open = cases.filter(status__in=OPEN_STATES).count()
    facts.append((words["open"], str(still_open)))
    if complaint.addressee == CollectiveComplaint.Addressee.RSPO:
        buyers = ", ".join(buyer.name for buyer in company.buyers.all())
        if buyers:
            facts.append((words["buyers"], buyers))
    return facts


FONT = "Helvetica"
LINE = 5.5
PUNCTUATION = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00b7": "-"}
)


def latin1(value):
    text = unicodedata.normalize("NFC", str(value or "")).translate(PUNCTUATION)
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")
    return text.encode("latin-1", errors="replace").decode("latin-1")


class ComplaintPDF(FPDF):
    footer_text = ""

    def footer(self):
        self.set_y(-15)
        self.set_font(FONT, size=8)
        self.set_text_color(90)
        self.cell(0, 5, latin1(self.footer_text.format(page=self.page_no())), align="C")
        self.set_text_color(0)


def complaint_pdf(complaint, site_settings) -> bytes:
    organisation = site_settings.organisation_name
    pdf = ComplaintPDF(orientation="P", unit="mm", format="A4")
    pdf.set_title(latin1(WORDS["id"]["title"][complaint.addressee]))
    pdf.set_author(latin1(organisation))
    pdf.set_lang("id")
    pdf.set_margins(left=25, top=20, right=25)
    pdf.set_auto_page_break(auto=True, margin=22)

    def paragraph(text, *, size=11, style="", align="L", after=0.0):
        pdf.set_font(FONT, style=style, size=size)
        pdf.multi_cell(0, LINE, latin1(text), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if after:
            pdf.ln(after)

    addressee = {
        CollectiveComplaint.Addressee.RSPO: "RSPO Complaints Panel",
        CollectiveComplaint.Addressee.BUYER: complaint.buyer.name if complaint.buyer else "",
        CollectiveComplaint.Addressee.DISNAKER: "Dinas Tenaga Kerja",
    }[complaint.addressee]
    place = str(complaint.estate or complaint.company)
    for language in complaint_languages(complaint):
        words = WORDS[language]
        # The footer of a page is drawn when the next one starts: change it only after.
        pdf.add_page()
        pdf.footer_text = words["footer"]
        paragraph(organisation, size=14, style="B", align="C")
        if site_settings.address:
            paragraph(site_settings.address, size=9, align="C")
        pdf.ln(2)
        pdf.set_line_width(0.6)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(6)
        with override(language):
            paragraph(formats.date_format(timezone.localdate(), "j F Y"), align="R", after=4)
        paragraph(f"{words['to']}: {addressee}", style="B")
        paragraph(f"{words['subject']}: {words['title'][complaint.addressee]}", style="B", after=5)
        paragraph(words["greeting"], after=2)
        paragraph(
            words["opening"].format(organisation=organisation, count=complaint.reporter_count, place=place),
            align="J",
            after=4,
        )
        paragraph(words["facts"], size=12, style="B", after=1)
        for label, value in complaint_facts(complaint, language):
            paragraph(label, style="B")
            paragraph(value, after=2)
        pdf.ln(2)
        paragraph(
            words["request"][complaint.addressee].format(
                company=complaint.company.name, buyer=complaint.buyer.name if complaint.buyer else ""
            ),
            align="J",
            after=3,
        )
        paragraph(words["protection"], align="J", after=3)
        paragraph(words["closing"], after=8)
        paragraph(words["regards"], after=1)
        paragraph(organisation, style="B")
    return bytes(pdf.output())
