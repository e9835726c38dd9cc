"""Referrals: consent, fact limits, lifecycle and its effect on the case, partner links from every side."""

import pytest
from django.core import mail
from django.urls import reverse

from grievances.cases.access import roles_for
from grievances.cases.models import Case, CaseEvent
from grievances.cases.roles import LEGAL_ADVISOR_GROUP, OPERATOR_GROUP, SYSTEM_OWNER_GROUP
from grievances.cases.states import Status
from grievances.cases.transitions import TransitionNotAllowed, apply_transition
from grievances.factories import CaseFactory, ReferralPartnerFactory, RemedyItemFactory, StaffFactory
from grievances.referrals.actions import ReferralError, answer_referral, create_referral
from grievances.referrals.links import issue_partner_link, partner_link_token, revoke_partner_links
from grievances.referrals.models import Referral, ReferralPartner
from home.models import Federation

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(hukatan):
    operator = StaffFactory(username="op", role=OPERATOR_GROUP, federation=hukatan)
    advisor = StaffFactory(username="adv", role=LEGAL_ADVISOR_GROUP)
    case = CaseFactory(
        description="Upah dipotong sejak Juli.",
        federation=hukatan,
        employer="PT Contoh Sawit",
        identity_mode="named",
        reporter_name="Sari",
        phone="0812000111",
        consent_contact=True,
        consent_share_with_partners=True,
        responsible_operator=operator,
        legal_advisor=advisor,
        status=Status.HANDLING,
    )
    partner = ReferralPartnerFactory(name="LBH Contoh", kind="legal_aid", email="lbh@example.org")
    return {"case": case, "operator": operator, "advisor": advisor, "partner": partner}


def refer(setting, **overrides):
    case, operator = setting["case"], setting["operator"]
    arguments = {
        "reason": "Butuh pendampingan hukum.",
        "shared_facts": ["description", "employer"],
        "consent_method": "phone",
    }
    arguments.update(overrides)
    user = arguments.pop("user", operator)
    partner = arguments.pop("partner", setting["partner"])
    return create_referral(case, partner, user, roles_for(user, case), **arguments)


def test_a_referral_moves_the_case_to_referred_and_back_when_it_closes(setting):
    case = setting["case"]
    referral = refer(setting)
    case.refresh_from_db()
    assert case.status == Status.REFERRED

    with pytest.raises(TransitionNotAllowed):
        apply_transition(
            case,
            "resolve",
            setting["operator"],
            roles_for(setting["operator"], case),
            {"outcome": "won", "outcome_summary": "x"},
        )

    answer_referral(referral, "accept", via_link=True)
    answer_referral(referral, "complete", via_link=True, result="successful", reason="Upah dibayar kembali.")
    case.refresh_from_db()
    assert case.status == Status.HANDLING
    RemedyItemFactory(case=case)
    apply_transition(
        case,
        "resolve",
        setting["operator"],
        roles_for(setting["operator"], case),
        {"outcome": "won", "outcome_summary": "Selesai."},
    )
    assert case.status == Status.RESOLVED
    steps = list(case.events.filter(kind=CaseEvent.Kind.REFERRAL).values_list("text", flat=True))
    assert len(steps) == 3 and "LBH Contoh" in steps[0]


def test_while_any_referral_is_open_the_case_stays_referred(setting):
    first = refer(setting)
    second = refer(setting)
    answer_referral(first, "decline", via_link=True, reason="Di luar wilayah kami.")
    setting["case"].refresh_from_db()
    assert setting["case"].status == Status.REFERRED
    answer_referral(second, "withdraw", user=setting["operator"])
    setting["case"].refresh_from_db()
    assert setting["case"].status == Status.HANDLING


@pytest.mark.parametrize(
    "case_changes, overrides, message_part",
    [
        ({"consent_share_with_partners": False}, {}, "not consented"),
        (
            {"identity_mode": "anonymous", "reporter_name": "", "phone": ""},
            {"shared_facts": ["reporter_name"]},
            "did not consent",
        ),
        (
            {"consent_contact": False},
            {"shared_facts": ["description", "reporter_contact"]},
            "did not consent",
        ),
        ({}, {"shared_facts": []}, "at least one"),
        ({}, {"consent_method": "override", "override_reason": "Darurat."}, "system owner"),
    ],
)
def test_bad_referrals_are_refused_and_nothing_is_stored(setting, case_changes, overrides, message_part):
    Case.objects.filter(pk=setting["case"].pk).update(**case_changes)
    setting["case"].refresh_from_db()
    with pytest.raises(ReferralError):
        refer(setting, **overrides)
    assert Referral.objects.count() == 0
    setting["case"].refresh_from_db()
    assert setting["case"].status == Status.HANDLING


def test_an_inactive_partner_is_refused(setting):
    inactive = ReferralPartner.objects.create(name="NGO Lama", kind="ngo", is_active=False)
    with pytest.raises(ReferralError):
        refer(setting, partner=inactive)
    assert Referral.objects.count() == 0


def test_a_system_owner_overrides_consent_only_with_a_recorded_reason(setting):
    owner = StaffFactory(username="owner", role=SYSTEM_OWNER_GROUP)
    Case.objects.filter(pk=setting["case"].pk).update(consent_share_with_partners=False)
    setting["case"].refresh_from_db()
    with pytest.raises(ReferralError):
        refer(setting, user=owner, consent_method="override")
    referral = refer(
        setting, user=owner, consent_method="override", override_reason="Nyawa pelapor terancam."
    )
    assert referral.override_reason == "Nyawa pelapor terancam." and referral.consent_recorded_by == owner


def link(referral, token=None):
    return reverse("referral_partner_answer", args=(referral.pk, token or partner_link_token(referral)))


def page(referral):
    return reverse("referral_partner_page", args=(referral.pk,))


def test_the_partner_answers_through_the_link_and_sees_only_shared_facts(client, setting):
    referral = refer(setting, shared_facts=["description"])

    opened = client.get(link(referral))
    assert opened.status_code == 303 and opened["Location"] == page(referral)
    response = client.get(page(referral))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Upah dipotong sejak Juli." in html
    assert "PT Contoh Sawit" not in html and "Sari" not in html and "0812000111" not in html

    client.post(
        page(referral), {"answer": "accept", "note": "Kami dampingi.", "partner_reference": "LBH/2026/77"}
    )
    referral.refresh_from_db()
    assert referral.status == Referral.Status.ACCEPTED and referral.partner_reference == "LBH/2026/77"
    twice = client.post(page(referral), {"answer": "accept"})
    assert twice.status_code == 400
    client.post(
        page(referral), {"answer": "complete", "result": "successful", "reason": "Perusahaan membayar."}
    )
    referral.refresh_from_db()
    assert referral.status == Referral.Status.COMPLETED and referral.result == "successful"


def test_bad_partner_links_are_refused_with_a_clear_message(client, setting, settings):
    referral = refer(setting)
    other = refer(setting)
    token = partner_link_token(referral)

    tampered = client.get(link(referral, token[:-3] + "abc"))
    other_referral = client.get(reverse("referral_partner_answer", args=(other.pk, token)))
    revoke_partner_links(referral)
    revoked = client.get(link(referral, token))
    issue_partner_link(referral, setting["operator"])
    settings.GRIEVANCE_REFERRAL_LINK_DAYS = -1
    expired = client.get(link(referral))

    for response in (tampered, other_referral, revoked, expired):
        assert response.status_code == 403
        assert "Upah dipotong" not in response.content.decode()
    assert "kedaluwarsa" in expired.content.decode().lower() or "expired" in expired.content.decode().lower()
    referral.refresh_from_db()
    assert referral.status == Referral.Status.SENT


def test_a_partner_cannot_withdraw_through_the_link(client, setting):
    referral = refer(setting)
    client.get(link(referral))
    response = client.post(page(referral), {"answer": "withdraw"})
    assert response.status_code in (200, 400)
    referral.refresh_from_db()
    assert referral.status == Referral.Status.SENT


def test_the_operator_emails_a_fresh_link_and_old_links_stop_working(client, setting):
    referral = refer(setting)
    old = partner_link_token(referral)
    client.force_login(setting["operator"])

    client.post(reverse("grievances_case:referral_link", args=(referral.pk,)), {"action": "renew"})
    client.post(reverse("grievances_case:referral_link", args=(referral.pk,)), {"action": "send"})

    assert mail.outbox[0].to == ["lbh@example.org"]
    assert "Upah" not in mail.outbox[0].body
    assert client.get(link(referral, old)).status_code == 403
    fresh = mail.outbox[0].body.split("http://testserver")[1].split()[0]
    assert client.get(fresh, follow=True).status_code == 200


def test_another_federations_operator_cannot_refer_or_read_referrals(client, setting):
    referral = refer(setting)
    stranger = StaffFactory(
        username="stranger", role=OPERATOR_GROUP, federation=Federation.objects.get(short_name="FSB Nikeuba")
    )
    client.force_login(stranger)
    case = setting["case"]
    assert client.post(reverse("grievances_case:refer", args=(case.pk,)), {}).status_code == 404
    assert client.get(reverse("grievances_case:referral_letter", args=(referral.pk,))).status_code == 404
    assert (
        client.post(
            reverse("grievances_case:referral_answer", args=(referral.pk,)), {"answer": "withdraw"}
        ).status_code
        == 404
    )
    referral.refresh_from_db()
    assert referral.status == Referral.Status.SENT


def test_the_operator_refers_from_the_case_page(client, setting):
    client.force_login(setting["operator"])
    case = setting["case"]
    page = client.get(reverse("grievances_case:inspect", args=(case.pk,))).content.decode()
    assert 'data-action="refer"' in page
    client.post(
        reverse("grievances_case:refer", args=(case.pk,)),
        {
            "partner": setting["partner"].pk,
            "reason": "Pendampingan.",
            "shared_facts": ["description", "topics"],
            "consent_method": "whatsapp",
        },
    )
    referral = Referral.objects.get()
    assert (
        referral.shared_facts == ["description", "topics"]
        and referral.consent_recorded_by == setting["operator"]
    )


def test_referral_figures_per_partner_are_scoped_like_cases(client, setting):
    first = refer(setting)
    answer_referral(first, "accept", via_link=True)
    answer_referral(first, "complete", via_link=True, result="successful", reason="Dibayar.")
    second = refer(setting)
    answer_referral(second, "decline", via_link=True, reason="Di luar wilayah.")
    stranger = StaffFactory(
        username="stranger", role=OPERATOR_GROUP, federation=Federation.objects.get(short_name="FSB Nikeuba")
    )

    client.force_login(setting["operator"])
    csv_text = client.get(reverse("grievances_referral_figures_export")).content.decode()
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(stranger)
    stranger_csv = client.get(reverse("grievances_referral_figures_export")).content.decode()

    assert csv_text.splitlines()[1].split(",")[:3] == ["LBH Contoh", "2", "50"]
    assert f'data-partner="{setting["partner"].pk}"' in dashboard
    assert "LBH Contoh" not in stranger_csv


def test_partners_serving_the_case_province_and_topics_are_suggested_first(setting):
    from grievances.referrals.actions import suggested_partners
    from home.models import Province, Topic

    case = setting["case"]
    case.province = Province.objects.get(code="62")
    case.save()
    case.topics.set([Topic.objects.get(slug="upah")])
    local = ReferralPartner.objects.create(name="Zeta LBH Kalteng", kind="legal_aid")
    local.provinces.add(case.province)
    local.topics.add(Topic.objects.get(slug="upah"))
    ReferralPartner.objects.create(name="Alfa NGO", kind="ngo")
    ReferralPartner.objects.create(name="Beta Lama", kind="ngo", is_active=False)

    names = [partner.name for partner in suggested_partners(case)]
    assert names[0] == "Zeta LBH Kalteng"
    assert "Beta Lama" not in names
