"""Factories for cases, case staff, referral partners and referrals, used by tests and benchmarks.

This module sits at the top of the app, beside wagtail_hooks: it may import from every package of
grievances, and nothing inside grievances imports it.
"""

import datetime
import io

import factory
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory, Password
from PIL import Image

from home.models import Province, Regency, Topic

from .cases.followup import RemedyItem
from .cases.models import Case, CaseAttachment, CaseEvent, FederationMembership
from .cases.states import Status
from .referrals.models import Referral, ReferralPartner
from .register.models import Buyer, Company, CompanyGroup, Estate


def jpeg_bytes(size=(64, 48), exif=None):
    """A small, real JPEG photo (with the given EXIF, if any)."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (120, 160, 90)).save(buffer, format="JPEG", exif=exif or Image.Exif())
    return buffer.getvalue()


class StaffFactory(DjangoModelFactory):
    """A case-staff user: `role` names the Wagtail group (OPERATOR_GROUP, COORDINATOR_GROUP,
    LEGAL_ADVISOR_GROUP or SYSTEM_OWNER_GROUP from grievances.cases.roles), `federation` makes them a
    member of that federation. Email <username>@japbusi.example, password "x" unless given.

        StaffFactory(username="op-hukatan", role=OPERATOR_GROUP, federation=hukatan)
    """

    class Meta:
        model = settings.AUTH_USER_MODEL
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"staf-{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@japbusi.example")
    password = Password("x")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))

    @factory.post_generation
    def federation(self, create, extracted, **kwargs):
        if create and extracted:
            FederationMembership.objects.create(user=self, federation=extracted)


class CaseFactory(DjangoModelFactory):
    """A case as the report form leaves it, with only a description unless given more. Its reference
    and secret come from `case.assign_reference_and_secret()`; the plain secret, which the case does
    not keep, is on `case._secret` for the test to use. `topics=[...]` sets its topics."""

    class Meta:
        model = Case
        skip_postgeneration_save = True

    description = "Upah dipotong."

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        case = model_class(*args, **kwargs)
        secret = case.assign_reference_and_secret()
        case.save()
        case._secret = secret
        return case

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class CaseEventFactory(DjangoModelFactory):
    """An entry on a case's timeline: an internal note unless given another kind and visibility."""

    class Meta:
        model = CaseEvent

    case = factory.SubFactory(CaseFactory)
    kind = CaseEvent.Kind.NOTE


class CaseAttachmentFactory(DjangoModelFactory):
    """A photo in private storage, attached to a case; the stored bytes end with the case's reference,
    so every case's file is different."""

    class Meta:
        model = CaseAttachment

    case = factory.SubFactory(CaseFactory)
    original_name = "foto.jpg"
    kind = "image"
    content_type = "image/jpeg"
    size = factory.LazyFunction(lambda: len(jpeg_bytes()))
    original_sha256 = "0" * 64
    file = factory.LazyAttribute(
        lambda o: ContentFile(jpeg_bytes() + o.case.reference.encode(), name=f"bukti-{o.case.pk}.jpg")
    )


class ReferralPartnerFactory(DjangoModelFactory):
    """A referral partner, known by its name (a second call with the same name returns it)."""

    class Meta:
        model = ReferralPartner
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Mitra {n}")
    kind = ReferralPartner.Kind.LEGAL_AID


class ReferralFactory(DjangoModelFactory):
    """A case referred to a partner, sharing its description, the consent taken by phone."""

    class Meta:
        model = Referral

    case = factory.SubFactory(CaseFactory)
    partner = factory.SubFactory(ReferralPartnerFactory)
    reason = "Butuh pendampingan hukum."
    shared_facts = factory.LazyFunction(lambda: ["description"])
    consent_method = Referral.ConsentMethod.PHONE


class FullCaseFactory(CaseFactory):
    """A case holding every kind of personal data: identity, contacts, free text naming people, a
    file in private storage, notes and messages, a referral sharing the reporter's name. Being
    handled, or closed (partly won) when `closed_at` is given; the first two topics."""

    description = "Mandor Budi memotong upah Sari Wulandari sejak Juli."
    identity_mode = Case.IdentityMode.NAMED
    reporter_name = "Sari Wulandari"
    phone = "081234567890"
    email = "sari@contoh.example"
    safe_contact_channel = Case.ContactChannel.WHATSAPP
    safe_contact_time = "Sesudah jam 5 sore"
    employment_status = Case.EmploymentStatus.DAILY
    gender = Case.Gender.WOMAN
    job = "pemanen di afdeling 3"
    employer = "PT Sawit Contoh"
    estate = "Kebun Sei Contoh"
    province = factory.LazyFunction(lambda: Province.objects.order_by("pk").first())
    regency = factory.LazyAttribute(
        lambda o: Regency.objects.filter(province=o.province).order_by("pk").first()
    )
    incident_date = datetime.date(2024, 7, 1)
    workers_affected = 12
    consent_contact = True
    consent_share_with_partners = True
    closed_at = None
    status = factory.LazyAttribute(lambda o: Status.CLOSED if o.closed_at else Status.HANDLING)
    outcome = factory.LazyAttribute(lambda o: Case.Outcome.PARTLY if o.closed_at else "")
    outcome_summary = factory.LazyAttribute(lambda o: "Sari menerima sebagian upah." if o.closed_at else "")

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create:
            self.topics.set(Topic.objects.order_by("pk")[:2] if extracted is None else extracted)

    @factory.post_generation
    def personal_records(self, create, extracted, **kwargs):
        """The timeline, the photo and the referral, each naming the reporter or the foreman."""
        if not create:
            return
        created = CaseEventFactory(case=self, kind=CaseEvent.Kind.CREATED, from_reporter=True)
        CaseEventFactory(case=self, kind=CaseEvent.Kind.NOTE, text="Budi pernah mengancam Sari.")
        CaseEventFactory(
            case=self,
            kind=CaseEvent.Kind.MESSAGE,
            visibility=CaseEvent.Visibility.REPORTER,
            from_reporter=True,
            text="Saya Sari, nomor baru saya 0899111222.",
        )
        CaseEventFactory(
            case=self,
            kind=CaseEvent.Kind.STATUS,
            visibility=CaseEvent.Visibility.REPORTER,
            status_from=Status.HANDLING,
            status_to=self.status,
        )
        CaseAttachmentFactory(case=self, event=created, original_name="foto-sari.jpg")
        ReferralFactory(
            case=self,
            partner=ReferralPartnerFactory(name="LBH Contoh", kind=ReferralPartner.Kind.LEGAL_AID),
            reason="Sari butuh pendampingan.",
            shared_facts=["description", "reporter_name"],
            partner_reference="LBH-2024-77",
            status=Referral.Status.COMPLETED,
            result="successful",
            result_reason="Sari didampingi di mediasi.",
        )


# The employer and estate register --------------------------------------------------------------


class CompanyGroupFactory(DjangoModelFactory):
    class Meta:
        model = CompanyGroup

    name = factory.Sequence(lambda n: f"Grup Sawit {n}")


class CompanyFactory(DjangoModelFactory):
    """A company of the register: `CompanyFactory(name="PT Sawit Makmur", group=group)`."""

    class Meta:
        model = Company

    name = factory.Sequence(lambda n: f"PT Kebun Contoh {n}")


class EstateFactory(DjangoModelFactory):
    """An estate (or, with kind="mill" / kind="afdeling" and parent=, a mill or a division)."""

    class Meta:
        model = Estate

    name = factory.Sequence(lambda n: f"Kebun Contoh {n}")
    company = factory.SubFactory(CompanyFactory)


class BuyerFactory(DjangoModelFactory):
    class Meta:
        model = Buyer

    name = factory.Sequence(lambda n: f"Pembeli Contoh {n}")


class RemedyItemFactory(DjangoModelFactory):
    """A remedy promised on a case: back pay of Rp 3,000,000 by the company, due in two weeks."""

    class Meta:
        model = RemedyItem

    case = factory.SubFactory(CaseFactory)
    kind = RemedyItem.Kind.BACK_PAY
    promised = "Kekurangan upah Juni–Agustus"
    amount_rupiah = 3_000_000
    promised_by = "PT Contoh (manajemen kebun)"
    due_on = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=14))
