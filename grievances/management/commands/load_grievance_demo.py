"""Demo of the grievance module: the report form page in both languages, case staff and a few cases.

Safe to run again: whatever already exists is left as it is. Refused under production settings.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from accounts.two_factor import enrol_demo_account
from grievances.cases.access import roles_for
from grievances.cases.handling import VerificationCheck, assign, record_checks, set_dispute_stage
from grievances.cases.models import Case, CaseEvent, FederationMembership
from grievances.cases.roles import COORDINATOR_GROUP, LEGAL_ADVISOR_GROUP, OPERATOR_GROUP
from grievances.cases.states import Status
from grievances.cases.transitions import apply_transition
from grievances.intake.pages import GrievanceFormPage
from grievances.publication.refresh import refresh_figures
from grievances.publication.statistics import CaseStatisticsPage
from grievances.referrals.models import ReferralPartner
from grievances.register.importer import import_register_csv
from home.demo import quiet_page_logging
from home.models import Federation, Province, SiteSettings, Topic

FORM_PAGE = {
    "id": {
        "title": "Laporkan masalah",
        "intro": "<p>Ceritakan masalah di tempat kerja Anda. Anda boleh melapor tanpa nama. "
        "Tim penanganan kasus akan memeriksa laporan Anda lebih dulu, lalu menanganinya bersama penasihat hukum.</p>",
        "guidance": "<ul><li>Tulis apa yang terjadi, di mana, kapan, dan berapa buruh yang terdampak.</li>"
        "<li>Jangan menulis nama Anda jika Anda takut dibalas.</li>"
        "<li>Simpan nomor referensi dan kode rahasia yang muncul setelah mengirim.</li></ul>",
        "thank_you_text": "<p>Terima kasih. Tim akan memeriksa laporan Anda dalam tiga hari kerja.</p>",
        "status_intro": "<p>Masukkan nomor referensi dan kode rahasia dari tanda terima Anda.</p>",
    },
    "en": {
        "title": "Report a problem",
        "intro": "<p>Tell us about a problem at your workplace. You may report without giving your name. "
        "The case team checks every report first, then handles it with a labour-law advisor.</p>",
        "guidance": "<ul><li>Write what happened, where, when and how many workers are affected.</li>"
        "<li>Do not give your name if you fear retaliation.</li>"
        "<li>Keep the reference and secret code shown after you send.</li></ul>",
        "thank_you_text": "<p>Thank you. The team will check your report within three working days.</p>",
        "status_intro": "<p>Enter the reference and secret code from your receipt.</p>",
    },
}

STATISTICS_PAGE = {
    "id": {
        "title": "Angka kasus",
        "intro": "<p>Berapa kasus yang diterima, ditangani, dan diselesaikan jaringan, menurut topik, "
        "provinsi, status, dan bulan. Angka kecil disamarkan agar tidak ada pelapor yang dapat dikenali.</p>",
    },
    "en": {
        "title": "Case figures",
        "intro": "<p>How many cases the network has received, handled and resolved, by topic, province, "
        "status and month. Small counts are hidden so that no reporter can be recognised.</p>",
    },
}

# (username, password, group, federation short name or None, display name)
DEMO_STAFF = [
    ("operator", "operator-demo-2026", OPERATOR_GROUP, "FSB Hukatan", "Operator kasus FSB Hukatan"),
    ("sekretariat", "sekretariat-demo-2026", OPERATOR_GROUP, None, "Sekretariat JAPBUSI"),
    ("koordinator", "koordinator-demo-2026", COORDINATOR_GROUP, "FSB Hukatan", "Koordinator FSB Hukatan"),
    ("penasihat", "penasihat-demo-2026", LEGAL_ADVISOR_GROUP, "FSB Hukatan", "Penasihat hukum"),
]

DEMO_CASES = [
    {
        "description": "Sejak Juli premi panen dihitung dengan cara baru dan upah kami turun hampir sepertiga. "
        "Mandor tidak mau menjelaskan perhitungannya.",
        "topics": ["upah", "jam-kerja-dan-target"],
        "federation": "FSB Hukatan",
        "province": "62",
        "employer": "PT Sawit Lestari Makmur (fiktif)",
        "estate": "Kebun Sungai Rasau (fiktif)",
        "employment_status": "bhl",
        "workers_affected": 60,
        "days_ago": 2,
    },
    {
        "description": "Penyemprot di afdeling kami tidak diberi masker dan sarung tangan. Dua orang sakit minggu lalu.",
        "topics": ["k3"],
        "federation": "FSB Hukatan",
        "province": "61",
        "employer": "PT Tandan Hijau (fiktif)",
        "risk_emergency": True,
        "workers_affected": 14,
        "days_ago": 5,
    },
    {
        "description": "Ketua serikat kami di-PHK dua minggu setelah serikat dicatatkan ke Disnaker.",
        "topics": ["kebebasan-berserikat", "phk"],
        "federation": "FSB Nikeuba",
        "province": "14",
        "employer": "PT Bukit Jering Agro (fiktif)",
        "risk_retaliation": True,
        "days_ago": 9,
    },
    {
        "description": "Saya bekerja sebagai buruh harian lepas selama enam tahun tanpa kontrak tertulis.",
        "topics": ["kontrak-dan-alih-daya"],
        "federation": None,
        "province": "15",
        "employment_status": "bhl",
        "days_ago": 1,
    },
]


# Fictional names of real kinds of institution: (name, kind, province codes, topic slugs, email).
DEMO_PARTNERS = [
    (
        "LBH Contoh Palangka Raya (fiktif)",
        "legal_aid",
        ["62"],
        ["upah", "phk", "kebebasan-berserikat"],
        "lbh@mitra.example",
    ),
    (
        "Disnaker Kabupaten Contoh (fiktif)",
        "disnaker",
        ["62", "61"],
        ["upah", "kontrak-dan-alih-daya"],
        "disnaker@mitra.example",
    ),
    (
        "Pusat Krisis Perempuan Contoh (fiktif)",
        "crisis_centre",
        ["14"],
        ["perempuan-dan-kbg"],
        "krisis@mitra.example",
    ),
    ("Klinik Kesehatan Kerja Contoh (fiktif)", "health", ["61"], ["k3"], "klinik@mitra.example"),
    (
        "Yayasan Pendamping Buruh Contoh (fiktif)",
        "ngo",
        [],
        ["pekerja-anak", "jaminan-sosial"],
        "yayasan@mitra.example",
    ),
]

# Fictional register rows in the register's own CSV layout (grievances/register/importer.py);
# importing them again updates the same rows.
DEMO_REGISTER = """type,name,parent,province,regency,aliases,rspo_member,rspo_member_number,rspo_certified,ispo_certified,buyers,source
buyer,Pembeli Minyak Contoh (fiktif),,,,,ya,,,,,Data demo
group,Grup Lestari Contoh (fiktif),,,,,,,,,,Data demo
company,PT Sawit Lestari Makmur (fiktif),Grup Lestari Contoh (fiktif),62,,PT SLM,ya,1-0000-00-000-00,,ya,Pembeli Minyak Contoh (fiktif),Data demo
estate,Kebun Sungai Rasau (fiktif),PT Sawit Lestari Makmur (fiktif),62,,,,,ya,ya,,Data demo
afdeling,Afdeling II,Kebun Sungai Rasau (fiktif),62,,,,,,,,Data demo
mill,PKS Sei Mangkei (fiktif),PT Sawit Lestari Makmur (fiktif),62,,,,,,,,Data demo
company,PT Tandan Hijau (fiktif),Grup Lestari Contoh (fiktif),61,,,tidak,,,tidak,,Data demo
company,PT Bukit Jering Agro (fiktif),,14,,,tidak,,,ya,,Data demo
estate,Kebun Bukit Jering (fiktif),PT Bukit Jering Agro (fiktif),14,,,,,,,,Data demo
"""


class Command(BaseCommand):
    help = "Load the grievance demo: report form page, case staff, referral partners and fictional cases."

    def handle(self, *args, **options):
        if not settings.DEMO_ACCOUNTS_ALLOWED:
            raise CommandError("Demo content and demo accounts are for development machines only.")
        self.created = 0
        with quiet_page_logging(), transaction.atomic():
            self.load_form_page()
            self.load_staff()
            self.load_partners()
            self.load_register()
            self.load_cases()
            self.load_statistics_page()
        refresh_figures()
        self.stdout.write(
            self.style.SUCCESS(f"Grievance demo ready ({self.created} new objects).")
            if self.created
            else "Grievance demo already loaded: nothing changed."
        )

    def load_form_page(self):
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        page = GrievanceFormPage.objects.child_of(home).first()
        if page is None:
            page = GrievanceFormPage(slug="lapor", locale=home.locale, **FORM_PAGE["id"])
            home.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
        english = Locale.objects.filter(language_code="en").first()
        if english is not None:
            try:
                page.get_translation(english)
            except Page.DoesNotExist:
                translation = page.copy_for_translation(english, copy_parents=True)
                for name, value in FORM_PAGE["en"].items():
                    setattr(translation, name, value)
                translation.save_revision().publish()
                self.created += 1
        site_settings = SiteSettings.for_site(site)
        current = site_settings.report_problem_page
        if current is None or not isinstance(current.specific, GrievanceFormPage):
            site_settings.report_problem_page = page
            site_settings.save()
            self.created += 1

    def load_statistics_page(self):
        home = Site.objects.get(is_default_site=True).root_page.specific
        page = CaseStatisticsPage.objects.child_of(home).first()
        if page is None:
            page = CaseStatisticsPage(slug="angka-kasus", locale=home.locale, **STATISTICS_PAGE["id"])
            home.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
        english = Locale.objects.filter(language_code="en").first()
        if english is not None and not page.get_translations().filter(locale=english).exists():
            translation = page.copy_for_translation(english, copy_parents=True)
            for name, value in STATISTICS_PAGE["en"].items():
                setattr(translation, name, value)
            translation.save_revision().publish()
            self.created += 1

    def load_staff(self):
        User = get_user_model()
        for username, password, group, federation, name in DEMO_STAFF:
            existing = User.objects.filter(username=username).first()
            if existing:
                enrol_demo_account(existing)
                continue
            user = User(username=username, first_name=name, email=f"{username}@japbusi.example")
            user.set_password(password)
            user.save()
            enrol_demo_account(user)
            user.groups.add(Group.objects.get(name=group))
            if federation:
                FederationMembership.objects.create(
                    user=user, federation=Federation.objects.get(short_name=federation)
                )
            self.created += 1

    def load_partners(self):
        for name, kind, provinces, topics, email in DEMO_PARTNERS:
            partner, created = ReferralPartner.objects.get_or_create(
                name=name, defaults={"kind": kind, "email": email, "contact_person": "Staf penerima rujukan"}
            )
            if created:
                partner.provinces.set(Province.objects.filter(code__in=provinces))
                partner.topics.set(Topic.objects.filter(slug__in=topics))
                self.created += 1

    def load_register(self):
        result = import_register_csv(DEMO_REGISTER.encode(), source_label="Data demo")
        if not result.ok:
            raise CommandError(f"Demo register rows are wrong: {result.errors}")
        self.created += result.created

    def load_cases(self):
        if Case.objects.exists():
            return
        User = get_user_model()
        operator, advisor = User.objects.get(username="operator"), User.objects.get(username="penasihat")
        for data in DEMO_CASES:
            data = dict(data)
            topics = data.pop("topics")
            federation = data.pop("federation")
            province = data.pop("province")
            received = timezone.now() - datetime.timedelta(days=data.pop("days_ago"))
            case = Case(
                **data,
                federation=Federation.objects.get(short_name=federation) if federation else None,
                province=Province.objects.get(code=province),
                created_at=received,
                consent_recorded_at=received,
            )
            case.assign_reference_and_secret()
            case.save()
            case.topics.set(Topic.objects.filter(slug__in=topics))
            CaseEvent.objects.create(
                case=case, kind=CaseEvent.Kind.CREATED, from_reporter=True, created_at=received
            )
            self.created += 1
            # The first demo case shows the lifecycle under way: verified and being handled.
            if federation == "FSB Hukatan" and not Case.objects.filter(status=Status.HANDLING).exists():
                roles = roles_for(operator, case)
                apply_transition(case, "start_verification", operator, roles)
                assign(case, operator, operator, advisor, [])
                record_checks(case, operator, VerificationCheck.Item.values, "Demo: dicek lewat telepon.")
                apply_transition(case, "verify", operator, roles)
                set_dispute_stage(
                    case,
                    advisor,
                    Case.DisputeStage.BIPARTITE,
                    timezone.localdate() - datetime.timedelta(days=3),
                    "Surat permintaan perundingan bipartit dikirim ke perusahaan.",
                )
                CaseEvent.objects.create(
                    case=case,
                    kind=CaseEvent.Kind.MESSAGE,
                    visibility=CaseEvent.Visibility.REPORTER,
                    author=operator,
                    text="Terima kasih atas laporan Anda. Kami sedang meminta penjelasan "
                    "perhitungan premi kepada perusahaan.",
                )
