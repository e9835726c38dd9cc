"""Partner links that end: the partner reads a snapshot of the facts shared at referral time, and
the link stops working when the referral closes, consent is withdrawn, the case is corrected or
erased, or staff revoke or renew it. The token never reaches a log. Tried as the partner (or
whoever holds an old link) would."""

import logging

import pytest
from django.conf import settings
from django.urls import reverse

from grievances.cases.access import roles_for
from grievances.cases.models import Case
from grievances.cases.roles import OPERATOR_GROUP
from grievances.cases.states import Status
from grievances.factories import CaseFactory, ReferralPartnerFactory, StaffFactory
from grievances.privacy.requests import LINKS_REVOKED_AFTER_CORRECTION
from grievances.privacy.retention import anonymise_case
from grievances.referrals.actions import answer_referral, create_referral
from grievances.referrals.links import partner_link_token, revoke_case_partner_links
from grievances.referrals.logmask import MaskedAccessLogger, MaskPartnerTokens, mask_partner_tokens

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(hukatan):
    operator = StaffFactory(username="op", role=OPERATOR_GROUP, federation=hukatan)
    case = CaseFactory(
        description="Upah dipotong sejak Juli.",
        federation=hukatan,
        employer="PT Contoh Sawit",
        consent_share_with_partners=True,
        responsible_operator=operator,
        status=Status.HANDLING,
    )
    partner = ReferralPartnerFactory(name="LBH Contoh", kind="legal_aid", email="lbh@example.org")
    referral = create_referral(
        case,
        partner,
        operator,
        roles_for(operator, case),
        reason="Butuh pendampingan hukum.",
        shared_facts=["description", "employer"],
        consent_method="phone",
    )
    return {"case": case, "operator": operator, "referral": referral}


def link(referral):
    referral.refresh_from_db()
    return reverse("referral_partner_answer", args=(referral.pk, partner_link_token(referral)))


def partner_sees(client, referral, url=None):
    """What a partner opening the link reads (the token exchanged for the session first)."""
    response = client.get(url or link(referral), follow=True)
    return response.status_code, response.content.decode()


def test_the_partner_reads_the_facts_as_shared_until_staff_share_them_again(client, setting):
    case, referral = setting["case"], setting["referral"]
    Case.objects.filter(pk=case.pk).update(description="Nama saya Sari, mandor mengancam saya.")

    status, html = partner_sees(client, referral)
    assert status == 200
    assert "Upah dipotong sejak Juli." in html and "Sari" not in html

    client.force_login(setting["operator"])
    client.post(reverse("grievances_case:referral_link", args=(referral.pk,)), {"action": "snapshot"})
    client.logout()
    _status, html = partner_sees(client, referral)
    assert "mandor mengancam" in html
    assert case.events.filter(text__contains="LBH Contoh").count() >= 2


def test_the_token_is_exchanged_for_a_token_free_address(client, setting):
    referral = setting["referral"]
    response = client.get(link(referral))
    assert response.status_code == 303
    assert response["Location"] == reverse("referral_partner_page", args=(referral.pk,))
    assert partner_link_token(referral) not in response["Location"]
    # Without the session, the token-free address opens nothing.
    client.cookies.clear()
    assert client.get(response["Location"]).status_code == 403


@pytest.mark.parametrize(
    "steps", [["withdraw"], ["decline"], ["accept", "complete"]], ids=["withdrawn", "declined", "completed"]
)
def test_the_link_stops_when_the_referral_closes(client, setting, steps):
    referral = setting["referral"]
    url = link(referral)
    assert partner_sees(client, referral, url)[0] == 200
    for step in steps:
        answer_referral(
            referral,
            step,
            user=setting["operator"],
            reason="Selesai.",
            result="successful" if step == "complete" else "",
        )

    for opened in (partner_sees(client, referral, url), partner_sees(client, referral)):
        assert opened[0] == 403
        assert "Upah dipotong" not in opened[1]
    assert client.get(reverse("referral_partner_page", args=(referral.pk,))).status_code == 403


def test_the_link_stops_when_consent_is_withdrawn(client, setting):
    referral = setting["referral"]
    url = link(referral)
    Case.objects.filter(pk=setting["case"].pk).update(consent_share_with_partners=False)
    status, html = partner_sees(client, referral, url)
    assert status == 403 and "Upah dipotong" not in html


def test_the_link_stops_on_correction_and_erasure(client, setting):
    referral = setting["referral"]
    url = link(referral)
    revoke_case_partner_links(setting["case"], setting["operator"], LINKS_REVOKED_AFTER_CORRECTION)
    assert partner_sees(client, referral, url)[0] == 403
    assert partner_sees(client, referral)[0] == 403  # no link works until staff issue one

    client.force_login(setting["operator"])
    client.post(reverse("grievances_case:referral_link", args=(referral.pk,)), {"action": "renew"})
    client.logout()
    url = link(referral)
    assert partner_sees(client, referral, url)[0] == 200
    anonymise_case(Case.objects.get(pk=setting["case"].pk), user=None, reason="reporter_request")
    status, html = partner_sees(client, referral, url)
    assert status == 403 and "Upah dipotong" not in html


def test_the_case_page_shows_the_link_to_copy_and_staff_revoke_and_renew_it(client, setting, nikeuba):
    referral = setting["referral"]
    client.force_login(setting["operator"])
    case_page = reverse("grievances_case:inspect", args=(setting["case"].pk,))
    html = client.get(case_page).content.decode()
    old = link(referral)
    assert old in html and "data-partner-link" in html

    client.post(reverse("grievances_case:referral_link", args=(referral.pk,)), {"action": "revoke"})
    html = client.get(case_page).content.decode()
    assert old not in html and "data-partner-link-refused" in html
    client.post(reverse("grievances_case:referral_link", args=(referral.pk,)), {"action": "renew"})
    fresh = link(referral)
    assert fresh != old and fresh in client.get(case_page).content.decode()
    texts = list(setting["case"].events.values_list("text", flat=True))
    assert any("revoked" in text or "dicabut" in text for text in texts)
    assert any("valid until" in text or "berlaku sampai" in text for text in texts)
    client.logout()
    assert partner_sees(client, referral, old)[0] == 403
    assert partner_sees(client, referral, fresh)[0] == 200

    # Another federation's operator can neither revoke nor renew.
    stranger = StaffFactory(username="op-lain", role=OPERATOR_GROUP, federation=nikeuba)
    client.force_login(stranger)
    for action in ("revoke", "renew", "snapshot"):
        response = client.post(
            reverse("grievances_case:referral_link", args=(referral.pk,)), {"action": action}
        )
        assert response.status_code == 404
    assert partner_sees(client, referral, fresh)[0] == 200


def test_tokens_are_masked_in_log_lines_and_the_access_log(setting):
    referral = setting["referral"]
    path = link(referral)
    token = partner_link_token(referral)
    assert token not in mask_partner_tokens(f'"GET {path} HTTP/1.1" 303 "-" "https://x{path}"')

    record = logging.LogRecord("django.request", logging.WARNING, __file__, 1, "Forbidden: %s", (path,), None)
    MaskPartnerTokens().filter(record)
    assert token not in record.getMessage() and f"/rujukan/{referral.pk}/***" in record.getMessage()

    console = settings.LOGGING["handlers"]["console"]
    assert "partner_tokens" in console["filters"]
    assert "MaskedAccessLogger" in (settings.BASE_DIR / "gunicorn.conf.py").read_text()
    assert "atoms" in MaskedAccessLogger.__dict__
