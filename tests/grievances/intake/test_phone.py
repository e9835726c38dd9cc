"""The report form, receipt and status pages on a worker's phone (issue 21)."""

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def title(response):
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)[1].strip()


def test_a_form_sent_back_opens_at_its_error_summary_whose_messages_link_to_their_fields(
    client, form_page, report_data
):
    html = client.get(form_page.url).content.decode()
    assert re.search(r'<form method="post" action="#form-errors"', html)

    sent = client.post(
        form_page.url, report_data(description="", identity_mode="named", email="bukan-email")
    ).content.decode()

    summary = sent.split('id="form-errors"')[1].split("</div>")[0]
    targets = re.findall(r'<a href="#([^"]+)"', summary)
    assert {"id_description", "id_email", "id_reporter_name"} <= set(targets)
    for target in targets:
        assert f'id="{target}"' in sent, target


def test_a_radio_question_in_the_summary_links_to_its_group(client, form_page, report_data):
    sent = client.post(form_page.url, report_data(identity_mode="nonsense")).content.decode()
    assert '<a href="#id_identity_mode"' in sent and '<fieldset id="id_identity_mode"' in sent


def test_the_receipt_shows_each_group_of_the_secret_unbroken_and_names_the_page(
    client, form_page, report_data
):
    receipt = client.get(client.post(form_page.url, report_data())["Location"])
    html = receipt.content.decode()
    secret = receipt.context["secret"]

    shown = html.split('id="receipt-secret">')[1].split("</dd>")[0]
    groups = re.findall(r'<span class="code__group">([^<]+)</span>', shown)
    assert "-".join(groups) == secret and len(groups) > 1
    assert shown.count("<wbr>") == len(groups) - 1  # a line may break only between groups
    assert title(receipt).startswith("Tanda terima")


def test_the_status_pages_are_named_for_what_they_are(client, form_page):
    assert title(client.get(form_page.url + "status/")).startswith("Pantau kasus Anda")


@pytest.mark.parametrize("where", ["form", "receipt", "lookup"])
def test_a_quick_exit_leaves_for_a_neutral_page_of_this_site(client, form_page, report_data, where):
    if where == "form":
        response = client.get(form_page.url)
    elif where == "receipt":
        response = client.get(client.post(form_page.url, report_data())["Location"])
    else:
        response = client.get(form_page.url + "status/")
    html = response.content.decode()

    link = re.search(
        r'<a class="button quick-exit__button" href="([^"]+)" data-quick-exit[^>]*>([^<]+)</a>', html
    )
    assert link and link[2] == "Keluar cepat"
    assert link[1] == "/"
    assert Client().get(link[1], follow=True).status_code == 200
    assert re.search(r'<script src="[^"]*quick-exit[^"]*\.js" defer>', html)
