"""The admin asks no other host for anything, draws charts a browser can read in Indonesian, is titled
with the network's name and helps with the network's own guide.

The crawl follows every admin link a system owner can reach (menus, listings, a case page, edit
forms), GET only, and reads each page as a browser would: any src, href, srcset, action or CSS url()
naming another host would be a request (or a click) leaking that a staff member is working.
"""

import re
from collections import deque
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from grievances.cases.roles import SYSTEM_OWNER_GROUP
from grievances.factories import CaseEventFactory, FullCaseFactory, ReferralFactory, StaffFactory

pytestmark = pytest.mark.django_db

MAX_PAGES = 400
# Never followed: they change something on GET, end the session or download files.
SKIPPED = re.compile(
    r"/(logout|delete|unpublish|lock|unlock|revisions/\d+/revert|copy|move)/|export=|/berkas/"
)
URL_ATTRIBUTES = re.compile(r'\b(?:src|href|srcset|action|poster|data-src)\s*=\s*"([^"]*)"', re.I)
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)", re.I)
SVG = re.compile(r"<svg\b.*?</svg>", re.S)
COORDINATES = ("x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "ry", "width", "height")
# A number with a dot (never the Indonesian decimal comma), optionally a unit SVG accepts.
LENGTH = re.compile(r"^-?(\d+\.?\d*|\.\d+)(e-?\d+)?(px|mm|cm|in|pt|pc|em|ex|%)?$")
# Namespace names in SVG and XML are identifiers, not addresses anything is fetched from.
NAMESPACES = ("http://www.w3.org/",)


def other_hosts(html):
    found = set()
    candidates = URL_ATTRIBUTES.findall(html) + CSS_URL.findall(html)
    for value in candidates:
        for address in re.split(r",\s*", value):
            address = address.strip().split(" ")[0]
            if address.startswith(NAMESPACES):
                continue
            parts = urlsplit(address)
            if parts.netloc and parts.netloc != "testserver":
                found.add(address)
    return found


def svg_problems(html):
    problems = []
    for drawing in SVG.findall(html):
        element = ElementTree.fromstring(drawing)
        for node in element.iter():
            for name in COORDINATES:
                value = node.get(name)
                if value is None:
                    continue
                if not LENGTH.match(value):
                    problems.append(f"{node.tag.split('}')[-1]} {name}={value!r}")
            view_box = node.get("viewBox")
            if view_box:
                try:
                    [float(number) for number in view_box.replace(",", " ").split()]
                except ValueError:
                    problems.append(f"viewBox={view_box!r}")
    return problems


def admin_links(html, current):
    # Links, and the sidebar's menus (drawn in the browser from JSON in the page).
    found = re.findall(r'<a\b[^>]*\bhref="([^"#]+)', html) + re.findall(r'"url": "(/admin/[^"]*)"', html)
    for value in found:
        address = urljoin(current, value.replace("&amp;", "&"))
        parts = urlsplit(address)
        if parts.netloc in ("", "testserver") and parts.path.startswith("/admin/"):
            yield parts.path


@pytest.fixture
def owner_with_cases(hukatan):
    owner = StaffFactory(
        username="pemilik-uji", role=SYSTEM_OWNER_GROUP, first_name="Pemilik", last_name="Uji"
    )
    case = FullCaseFactory(federation=hukatan, status="handling", responsible_operator=owner)
    CaseEventFactory(case=case)
    ReferralFactory(case=case)
    FullCaseFactory(federation=hukatan)
    return owner, case


def test_no_admin_page_a_system_owner_reaches_asks_another_host(client, owner_with_cases):
    owner, case = owner_with_cases
    client.force_login(owner)
    start = [
        reverse("wagtailadmin_home"),
        reverse("grievances_case:index"),
        reverse("grievances_case:inspect", args=(case.pk,)),
        reverse("grievances_case:edit", args=(case.pk,)),
    ]
    queue, seen, leaks, charts = deque(start), set(start), {}, {}
    while queue and len(seen) <= MAX_PAGES:
        path = queue.popleft()
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="id")
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        if found := other_hosts(html):
            leaks[path] = sorted(found)
        if problems := svg_problems(html):
            charts[path] = problems
        for link in admin_links(html, path):
            if link not in seen and not SKIPPED.search(link):
                seen.add(link)
                queue.append(link)

    assert len(seen) > 30, "the crawl reached the admin's menus, listings and forms"
    assert reverse("grievances_case:inspect", args=(case.pk,)) in seen
    assert not leaks, leaks
    assert not charts, charts


def test_the_dashboard_chart_has_only_numbers_for_coordinates_in_indonesian(client, owner_with_cases):
    owner, _case = owner_with_cases
    client.force_login(owner)
    html = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert 'aria-labelledby="case-trend-title"' in html
    assert not svg_problems(html)
    # The check would catch the decimal comma that once emptied the chart.
    assert svg_problems('<svg><rect x="34,5" y="0" width="1" height="2"/></svg>') == ["rect x='34,5'"]


def test_admin_pages_carry_the_networks_name_not_wagtails(client, owner_with_cases):
    owner, _case = owner_with_cases
    sign_in = client.get(reverse("wagtailadmin_login")).content.decode()
    assert "<title>" in sign_in and "- JAPBUSI</title>" in sign_in and "Wagtail</title>" not in sign_in
    client.force_login(owner)
    for name in ("wagtailadmin_home", "grievances_case:index"):
        html = client.get(reverse(name)).content.decode()
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert title.strip().endswith("JAPBUSI") and "Wagtail" not in title, title


def test_help_leads_to_the_networks_guide_in_indonesian_first(client, owner_with_cases):
    owner, _case = owner_with_cases
    client.force_login(owner)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("grievances_case_team_guide") in home
    assert "wagtail.org" not in home and "whats-new-in-wagtail" not in home
    guide = client.get(reverse("grievances_case_team_guide")).content.decode()
    assert "<h1>Panduan tim kasus JAPBUSI</h1>" in guide
    assert "<table>" in guide, "the lifecycle table is drawn"
    profile = UserProfile.get_for_user(owner)
    profile.preferred_language = "en"
    profile.save()
    english = client.get(reverse("grievances_case_team_guide")).content.decode()
    assert "<h1>JAPBUSI case team guide</h1>" in english


def test_writers_get_the_guide_without_any_case(client, writer, owner_with_cases):
    client.force_login(writer)
    guide = client.get(reverse("grievances_case_team_guide"))
    assert guide.status_code == 200
    assert owner_with_cases[1].reference not in guide.content.decode()


def test_no_gravatar_and_no_release_check_in_any_admin_page(client, owner_with_cases):
    owner, _case = owner_with_cases
    client.force_login(owner)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "gravatar" not in html
    assert "releases.wagtail.org" not in html and "w-upgrade" not in html


def sidebar(client):
    html = client.get(reverse("grievances_case_exports")).content.decode()
    return re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    ).group(1)


def test_the_sidebar_follows_a_change_of_role_or_name_at_the_next_page(client, hukatan):
    """The sidebar is kept between pages; a change to the user's groups or name shows at once."""
    from django.contrib.auth.models import Group

    from grievances.cases.roles import LEGAL_ADVISOR_GROUP, OPERATOR_GROUP

    user = StaffFactory(username="op-menu", role=OPERATOR_GROUP, federation=hukatan, first_name="Rina")
    client.force_login(user)
    enter_case = reverse("grievances_enter_case")
    first = sidebar(client)
    assert enter_case in first and '"Rina"' in first
    assert sidebar(client) == first

    # Moved from operator to legal advisor: advisors do not enter cases.
    user.groups.set([Group.objects.get(name=LEGAL_ADVISOR_GROUP)])
    assert enter_case not in sidebar(client)
    user.groups.add(Group.objects.get(name=OPERATOR_GROUP))
    assert enter_case in sidebar(client)

    user.first_name = "Rini"
    user.save()
    assert '"Rini"' in sidebar(client)


def test_one_users_sidebar_is_never_shown_to_another(client, hukatan):
    from grievances.cases.roles import LEGAL_ADVISOR_GROUP, OPERATOR_GROUP

    operator = StaffFactory(username="op-sidebar", role=OPERATOR_GROUP, federation=hukatan, first_name="Agus")
    advisor = StaffFactory(username="pen-sidebar", role=LEGAL_ADVISOR_GROUP, first_name="Budi")
    client.force_login(operator)
    assert '"Agus"' in sidebar(client)
    client.force_login(advisor)
    shown = sidebar(client)
    assert '"Budi"' in shown and '"Agus"' not in shown
    assert reverse("grievances_enter_case") not in shown


def test_the_keyboard_shortcuts_name_the_keys_of_each_persons_computer_in_their_language(client, hukatan):
    """The dialog's table is kept between pages, once per language and kind of computer."""
    from grievances.cases.roles import OPERATOR_GROUP

    user = StaffFactory(username="op-kbd", role=OPERATOR_GROUP, federation=hukatan)
    client.force_login(user)

    def shortcuts(user_agent, language):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        html = client.get(reverse("wagtailadmin_home"), HTTP_USER_AGENT=user_agent).content.decode()
        return re.search(r'id="keyboard-shortcuts-dialog".*?</table>', html, re.S).group(0)

    mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36"
    android = "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36"
    for _ in range(2):
        on_a_mac, on_a_phone = shortcuts(mac, "id"), shortcuts(android, "id")
        assert "⌘ + s" in on_a_mac and "Ctrl + s" not in on_a_mac
        assert "Ctrl + s" in on_a_phone and "⌘" not in on_a_phone
        assert "Simpan perubahan" in on_a_phone
    assert "Save changes" in shortcuts(android, "en") and "Simpan perubahan" not in shortcuts(android, "en")
