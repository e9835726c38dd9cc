"""The conversation a worker has with the network by WhatsApp or SMS, Indonesian first.

Unknown senders get the menu; `LAPOR` (or 1) starts a short guided report, each question
answerable by number or word; `BATAL` cancels and deletes the answers, `ULANG` restarts; at the
end the reference and secret with the receipt's warnings. `STATUS <reference> <secret>` (or
`STATUS` in the thread that reported) gives the status and new staff messages; a message that
starts with the reference and secret, or any message in the thread that reported, is added to
the case, photos and voice notes cleaned like web uploads. `HAPUS NOMOR` removes the number.
"""

import datetime
import logging
import math

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _

from grievances.cases.models import Case, CaseEvent
from grievances.cases.references import (
    DESCRIPTION_MAX_LENGTH,
    REFERENCE_ALPHABET,
    SECRET_LENGTH,
    normalise_reference,
    normalise_secret,
)
from grievances.cases.states import reporter_label
from grievances.conf import conf
from grievances.intake import throttle
from grievances.intake.creation import add_reporter_message, create_case
from grievances.intake.forms import ReporterMessageForm, ReportForm
from grievances.intake.uploads import process_upload
from grievances.intake.views import UNKNOWN_REFERENCE_HASH
from home.models import Province, SiteSettings, Topic

from .delivery import queue_message
from .messages import DeliveryError, Media
from .models import ChannelHealth, Conversation, SeenMessage
from .numbers import encrypt_number, message_key, sender_key
from .providers import provider

logger = logging.getLogger(__name__)

CANCEL = {"BATAL", "CANCEL"}
RESTART = {"ULANG", "RESTART", "START AGAIN"}
DELETE_NUMBER = {"HAPUS NOMOR", "HAPUS NOMER", "DELETE NUMBER", "DELETE MY NUMBER"}
REPORT = {"LAPOR", "REPORT", "LAPORAN"}
MENU = {"MENU", "HALO", "HALLO", "HAI", "HI", "HELLO", "INFO", "BANTUAN", "HELP", "TOLONG"}
ENGLISH = {"ENGLISH", "INGGRIS", "BAHASA INGGRIS", "EN"}
INDONESIAN = {"INDONESIA", "BAHASA INDONESIA", "BAHASA", "ID"}
YES = {"1", "YA", "Y", "IYA", "YES", "BOLEH", "OK"}
NO = {"2", "TIDAK", "TDK", "T", "NO", "N", "GAK", "NGGAK", "ENGGAK", "JANGAN"}
SKIP = {"0", "-", "LEWATI", "SKIP", "TIDAK TAHU", "TIDAK MAU", "TDK TAHU"}
# The provinces with most oil-palm estates, by BPS code, offered by number; others are typed.
PROVINCE_SHORTLIST = ["14", "12", "61", "62", "64", "16", "15"]
IDENTITIES = {
    "1": Case.IdentityMode.ANONYMOUS,
    "ANONIM": Case.IdentityMode.ANONYMOUS,
    "ANONYMOUS": Case.IdentityMode.ANONYMOUS,
    "2": Case.IdentityMode.CONFIDENTIAL,
    "RAHASIA": Case.IdentityMode.CONFIDENTIAL,
    "CONFIDENTIAL": Case.IdentityMode.CONFIDENTIAL,
    "3": Case.IdentityMode.NAMED,
    "NAMA": Case.IdentityMode.NAMED,
    "NAMED": Case.IdentityMode.NAMED,
}
STEPS = (
    "what",
    "topic",
    "employer",
    "province",
    "fear",
    "identity",
    "name",
    "contact",
    "share",
    "publication",
)
TEXT_MAX = 200
SEEN_MESSAGES_KEPT = datetime.timedelta(days=30)
# Without an extension: the file's type is decided from its bytes, as for web uploads.
DEFAULT_FILE_NAMES = {"image": "foto", "audio": "rekaman-suara"}
MESSAGES_SHOWN = 3


def _word(text):
    return " ".join(text.upper().replace(".", " ").replace("!", " ").split())


# Entry point ------------------------------------------------------------------------------------


def receive(incoming):
    """Handle one incoming message: store what it says, queue the replies. A message id seen
    before does nothing (providers send a webhook again when unsure it arrived)."""
    now = timezone.now()
    with transaction.atomic():
        try:
            with transaction.atomic():
                SeenMessage.objects.create(
                    provider=incoming.provider, key=message_key(incoming.provider, incoming.message_id)
                )
        except IntegrityError:
            return []
        key = sender_key(incoming.provider, incoming.sender)
        conversation, created = Conversation.objects.select_for_update().get_or_create(
            provider=incoming.provider, sender_key=key
        )
        if conversation.step and conversation.updated_at < now - _conversation_age():
            conversation.step, conversation.answers = "", {}
        conversation.last_inbound_at = now
        with translation.override(conversation.language):
            replies = Dialogue(conversation, incoming, new_sender=created).respond()
        if conversation.pk:
            conversation.save()
        ChannelHealth.record(incoming.provider, last_inbound_at=now)
        for reply in replies:
            queue_message(incoming.provider, incoming.sender, reply, case=None)
    return replies


def _conversation_age():
    return datetime.timedelta(hours=conf.CHANNEL_CONVERSATION_HOURS)


def forget_unfinished_reports(now=None):
    """Delete the answers of reports left unfinished (run with the retention schedule)."""
    now = now or timezone.now()
    # Providers send a webhook again for a few days at most (Meta: up to 7): older ids are not needed.
    SeenMessage.objects.filter(received_at__lt=now - SEEN_MESSAGES_KEPT).delete()
    cutoff = now - _conversation_age()
    return Conversation.objects.filter(updated_at__lt=cutoff).exclude(step="").update(step="", answers={})


class Dialogue:
    def __init__(self, conversation, incoming, new_sender=False):
        # A sender who never had the menu has not read the safety notice yet.
        self.new_sender = new_sender
        self.conversation = conversation
        self.incoming = incoming
        self.text = (incoming.text or "").strip()
        self.word = _word(self.text)

    # What the sender sees first, and the safety notice --------------------------------------------

    def report_page(self):
        settings = SiteSettings.objects.filter(report_problem_page__isnull=False).first()
        page = settings.report_problem_page if settings else None
        return page.specific if page and page.live else None

    def web_address(self):
        page = self.report_page()
        return page.full_url if page else ""

    def status_address(self):
        page = self.report_page()
        return page.full_url + page.reverse_subpage("status_lookup") if page else ""

    def notice(self):
        if self.incoming.provider == Case.Channel.SMS:
            text = _("Your mobile operator sees that you send SMS to this number, and can read them.")
        else:
            text = _("WhatsApp and your mobile operator see that you send messages to this number.")
        address = self.web_address()
        if address:
            text += " " + _(
                "If that is a risk for you, use the web form instead (on a phone others do not check): "
                "%(address)s"
            ) % {"address": address}
        return text

    def menu(self):
        return "\n".join(
            [
                _("JAPBUSI - complaints of oil-palm workers. Reply with a number:"),
                _("1 Report a problem"),
                _("2 Follow a report: STATUS <reference> <secret code>"),
                _("3 English") if translation.get_language() != "en" else _("3 Bahasa Indonesia"),
                _("At any time: BATAL cancels, ULANG starts again, HAPUS NOMOR deletes your number."),
                self.notice(),
            ]
        )

    # Dispatch -------------------------------------------------------------------------------------

    def respond(self):
        conversation, word = self.conversation, self.word
        if self.incoming.kind == "unsupported":
            return [_("This kind of message cannot be read here. Send text, a photo, a voice note or a PDF.")]
        if word in ENGLISH or (word == "3" and not conversation.step and conversation.language != "en"):
            return self.switch_language("en")
        if word in INDONESIAN or (word == "3" and not conversation.step and conversation.language == "en"):
            return self.switch_language("id")
        if word in DELETE_NUMBER:
            return self.delete_number()
        if word in CANCEL:
            return self.cancel()
        if word in RESTART:
            return self.start_report()
        if word.startswith("STATUS"):
            return self.status(self.text[len("STATUS") :].strip())
        if conversation.step:
            return self.answer()
        if word in REPORT or word == "1":
            return self.start_report()
        if word == "2":
            return [
                _("Send: STATUS <reference> <secret code>, for example STATUS ABCD-EFGH abcd-efgh-jkmn-pqrs")
            ]
        parsed = parse_credentials(self.text)
        if parsed:
            return self.message_with_credentials(*parsed)
        if self.followed_case() and word not in MENU:
            return self.add_message(self.followed_case(), self.text)
        return [self.menu()]

    def switch_language(self, language):
        self.conversation.language = language
        translation.activate(language)
        if self.conversation.step:
            return [self.question(self.conversation.step)]
        return [self.menu()]

    def followed_case(self):
        case = self.conversation.case
        return case if case is not None and case.anonymised_at is None else None

    # The guided report ------------------------------------------------------------------------------

    def start_report(self):
        self.conversation.step = "what"
        self.conversation.answers = {}
        intro = _(
            "A few short questions. Answer each with a number or a word. BATAL cancels and deletes "
            "your answers, ULANG starts again."
        )
        if self.new_sender:
            intro += "\n" + self.notice()
        return [intro + "\n\n" + self.question("what")]

    def cancel(self):
        had_report = bool(self.conversation.step)
        self.conversation.step, self.conversation.answers = "", {}
        if had_report:
            return [_("Cancelled. What you sent for this report has been deleted.") + "\n\n" + self.menu()]
        return [self.menu()]

    def question(self, step):
        if step == "what":
            return _("1/8 What happened? Tell us in your own words: what, where, when, who is affected.")
        if step == "topic":
            lines = [_("2/8 What is it about? Reply with a number:")]
            lines += [f"{number} {topic.label}" for number, topic in enumerate(self.topics(), start=1)]
            lines.append(_("0 Something else / I don't know"))
            return "\n".join(lines)
        if step == "employer":
            return _("3/8 Which company or estate? Reply 0 if you'd rather not say.")
        if step == "province":
            lines = [_("4/8 Which province? Reply with a number or type its name:")]
            lines += [
                f"{number} {province.label}" for number, province in enumerate(self.provinces(), start=1)
            ]
            lines.append(_("0 I'd rather not say"))
            return "\n".join(lines)
        if step == "fear":
            return _("5/8 Are you afraid of retaliation (for example being dismissed)? 1 Yes  2 No")
        if step == "identity":
            return "\n".join(
                [
                    _("6/8 Do you want to give your name?"),
                    _("1 Anonymous: no name"),
                    _("2 Confidential: only the case team knows who I am"),
                    _("3 Named: my name may be used when the team acts"),
                ]
            )
        if step == "name":
            if self.conversation.answers.get("identity_mode") == Case.IdentityMode.NAMED:
                return _("Your name?")
            return _("Your name? Reply 0 if you'd rather not say.")
        if step == "contact":
            return _("May the team contact you at this number? 1 Yes  2 No")
        if step == "share":
            return _(
                "7/8 May the team share your report with a partner who can help (legal aid, labour "
                "office), without your name unless you agree? 1 Yes  2 No"
            )
        return _("8/8 May your report be used without names in the network's publications? 1 Yes  2 No")

    def topics(self):
        return list(Topic.objects.order_by("sort_order", "name"))

    def provinces(self):
        found = {province.code: province for province in Province.objects.filter(code__in=PROVINCE_SHORTLIST)}
        return [found[code] for code in PROVINCE_SHORTLIST if code in found]

    def next_step(self, step):
        answers = self.conversation.answers
        index = STEPS.index(step) + 1
        while index < len(STEPS):
            candidate = STEPS[index]
            if (
                candidate in ("name", "contact")
                and answers.get("identity_mode") == Case.IdentityMode.ANONYMOUS
            ):
                index += 1
                continue
            return candidate
        return None

    def again(self, problem):
        return [problem + "\n" + self.question(self.conversation.step)]

    def answer(self):
        step, answers, word = self.conversation.step, self.conversation.answers, self.word
        if self.incoming.media is not None:
            kept = answers.setdefault("media", [])
            if len(kept) >= conf.UPLOAD_MAX_FILES:
                return self.again(
                    _("No more files can be added to this report; send them once it has its reference.")
                )
            media = self.incoming.media
            kept.append({"id": media.reference, "kind": self.incoming.kind, "name": media.filename})
            self.conversation.answers = answers
            if step != "what" or len(self.text) < 10:
                return self.again(_("File received: it will be attached to your report."))
        if step == "what":
            if len(self.text) < 10:
                return self.again(_("Please tell us a little more."))
            answers["description"] = self.text[:DESCRIPTION_MAX_LENGTH]
        elif step == "topic":
            topic = self.choose(self.topics(), allow_skip=True)
            if topic is False:
                return self.again(_("Please reply with one of the numbers."))
            answers["topics"] = [topic.pk] if topic else []
        elif step == "employer":
            answers["employer"] = "" if word in SKIP else self.text[:TEXT_MAX]
        elif step == "province":
            province = self.choose(self.provinces(), allow_skip=True, search=Province.objects.all())
            if province is False:
                lowered = self.text.lower()
                several = [
                    item.label
                    for item in Province.objects.order_by("name")
                    if len(lowered) >= 3 and lowered in item.name.lower()
                ]
                if len(several) > 1:
                    return self.again(
                        _("Which one? %(provinces)s. Type the full name.") % {"provinces": ", ".join(several)}
                    )
                return self.again(_("That province is not known. Type its name, for example Riau."))
            answers["province"] = province.pk if province else None
        elif step in ("fear", "contact", "share", "publication"):
            if word not in YES and word not in NO:
                return self.again(_("Please reply 1 (yes) or 2 (no)."))
            field = {
                "fear": "risk_retaliation",
                "contact": "consent_contact",
                "share": "consent_share_with_partners",
                "publication": "consent_anonymised_publication",
            }[step]
            answers[field] = word in YES
        elif step == "identity":
            mode = IDENTITIES.get(word)
            if mode is None:
                return self.again(_("Please reply 1, 2 or 3."))
            answers["identity_mode"] = str(mode)
        elif step == "name":
            named = answers.get("identity_mode") == Case.IdentityMode.NAMED
            if word in SKIP and not named:
                answers["reporter_name"] = ""
            elif word in SKIP or len(self.text) < 2:
                return self.again(_("You chose to give your name: please write it."))
            else:
                answers["reporter_name"] = self.text[:150]
        self.conversation.answers = answers
        following = self.next_step(step)
        if following:
            self.conversation.step = following
            return [self.question(following)]
        return self.finish()

    def choose(self, options, *, allow_skip, search=None):
        """The option a number or a word names; None for 'skip'; False when nothing matches."""
        word = self.word
        if allow_skip and word in SKIP:
            return None
        if word.isdigit():
            number = int(word)
            return options[number - 1] if 1 <= number <= len(options) else False
        candidates = list(search) if search is not None else options
        lowered = self.text.lower()
        exact = [item for item in candidates if lowered in (item.name.lower(), (item.name_en or "").lower())]
        if exact:
            return exact[0]
        partial = [
            item
            for item in candidates
            if len(lowered) >= 3 and (lowered in item.name.lower() or lowered in (item.name_en or "").lower())
        ]
        return partial[0] if len(partial) == 1 else False

    def finish(self):
        answers, incoming = self.conversation.answers, self.incoming
        data = {
            "description": answers.get("description", ""),
            "topics": answers.get("topics", []),
            "employer": answers.get("employer", ""),
            "province": answers.get("province") or "",
            "identity_mode": answers.get("identity_mode", Case.IdentityMode.ANONYMOUS),
            "reporter_name": answers.get("reporter_name", ""),
        }
        for field in (
            "risk_retaliation",
            "consent_contact",
            "consent_share_with_partners",
            "consent_anonymised_publication",
        ):
            if answers.get(field):
                data[field] = "on"
        files, refused = self.fetch_files(answers.get("media") or [])
        form = ReportForm(data, files)
        if files and not form.is_valid() and set(form.errors) == {"attachments"}:
            refused += form.errors["attachments"]
            form = ReportForm(data)
        if not form.is_valid():
            logger.warning(
                "A %s report could not be saved (fields: %s)", incoming.provider, sorted(form.errors)
            )
            return [_("Sorry, the report could not be saved. Reply ULANG to start again.")]
        case, secret = create_case(
            form,
            channel=incoming.provider,
            submission_token=message_key(incoming.provider, incoming.message_id),
        )
        case.sender_number = encrypt_number(incoming.sender)
        case.sender_key = self.conversation.sender_key
        case.save(update_fields=["sender_number", "sender_key", "updated_at"])
        self.conversation.case = case
        self.conversation.step, self.conversation.answers = "", {}
        self.conversation.seen_event_id = (
            case.events.order_by("-pk").values_list("pk", flat=True).first() or 0
        )
        replies = [self.receipt(case, secret)]
        if refused:
            replies.append(
                _(
                    "These files could not be attached: %(reasons)s Send them again with the reference and secret code."
                )
                % {"reasons": " ".join(str(reason) for reason in refused)}
            )
        return replies

    def fetch_files(self, kept):
        """The files sent during the report, fetched from the provider now that it is finished."""
        files, refused = [], []
        adapter = provider(self.incoming.provider)
        for item in kept:
            try:
                content = adapter.download(Media(item["id"]), conf.UPLOAD_MAX_BYTES)
            except DeliveryError:
                logger.warning("A %s file could not be fetched", self.incoming.provider)
                refused.append(_("The file could not be received. Please send it again."))
                continue
            name = item.get("name") or DEFAULT_FILE_NAMES.get(item["kind"], "dokumen")
            upload = SimpleUploadedFile(name, content)
            try:
                process_upload(upload)  # one by one: a refused file does not hold back the others
            except ValidationError as error:
                refused += error.messages
                continue
            files.append(upload)
        return (MultiValueDict({"attachments": files}) if files else None), refused

    def receipt(self, case, secret):
        address = self.status_address()
        lines = [
            _("Your report has been received."),
            _("Reference: %(reference)s") % {"reference": case.reference},
            _("Secret code: %(secret)s") % {"secret": secret},
            "",
            _(
                "Keep both safe: write them on paper and keep it where others cannot see it. This message is the only time the secret code is shown."
            ),
            _(
                "With the reference and the secret code you can follow your case and answer the team's questions."
            ),
            _("Nobody from the network will ever ask you for your secret code."),
            _(
                "If you lose them, the team cannot show them again: send a new report and mention the old one."
            ),
            _("If others use this phone, delete this conversation."),
            "",
            _(
                "Reply STATUS to see the status and the team's messages; any other message here goes to the team."
            ),
        ]
        if address:
            lines.append(_("You can also follow it on the web: %(address)s") % {"address": address})
        lines.append(_("HAPUS NOMOR deletes your number from our system (then follow your case on the web)."))
        return "\n".join(lines)

    # Following a case ---------------------------------------------------------------------------------

    def status(self, rest):
        if not rest:
            case = self.followed_case()
            if case is None:
                return [
                    _(
                        "Send: STATUS <reference> <secret code>, for example STATUS ABCD-EFGH abcd-efgh-jkmn-pqrs"
                    )
                ]
            return [self.status_text(case)]
        parsed = parse_credentials(rest)
        if not parsed:
            return [_("The reference or the secret code is not right. Check both and try again.")]
        reference, secret, _rest = parsed
        case, refusal = check_credentials(reference, secret, self.conversation.sender_key)
        if case is None:
            return [refusal]
        return [self.status_text(case)]

    def status_text(self, case):
        """The reporter's status and the team's messages: in the thread that reported the case, the
        ones not yet sent here; asked with the reference and secret from elsewhere, the latest."""
        staff_messages = case.events.filter(
            kind=CaseEvent.Kind.MESSAGE, visibility=CaseEvent.Visibility.REPORTER, from_reporter=False
        )
        in_thread = self.conversation.case_id == case.pk
        if in_thread:
            staff_messages = staff_messages.filter(pk__gt=self.conversation.seen_event_id)
        shown = list(staff_messages.order_by("-pk")[:MESSAGES_SHOWN])
        lines = [
            _("Report %(reference)s: %(status)s")
            % {"reference": case.reference, "status": reporter_label(case.status)}
        ]
        if shown:
            lines.append(
                _("New messages from the team:") if in_thread else _("Latest messages from the team:")
            )
            for event in reversed(shown):
                date = timezone.localtime(event.created_at).strftime("%d-%m-%Y")
                lines.append(f"- {date}: {event.text}")
            if in_thread:
                self.conversation.seen_event_id = shown[0].pk
        else:
            lines.append(
                _("No new message from the team.") if in_thread else _("No message from the team yet.")
            )
        if in_thread:
            lines.append(_("To answer, write your message here."))
        else:
            lines.append(_("To answer, write: <reference> <secret code> and your message."))
        return "\n".join(lines)

    def message_with_credentials(self, reference, secret, rest):
        case, refusal = check_credentials(reference, secret, self.conversation.sender_key)
        if case is None:
            return [refusal]
        if not rest and self.incoming.media is None:
            return [self.status_text(case)]
        return self.add_message(case, rest)

    def add_message(self, case, text):
        files = MultiValueDict()
        if self.incoming.media is not None:
            try:
                content = provider(self.incoming.provider).download(
                    self.incoming.media, conf.UPLOAD_MAX_BYTES
                )
            except DeliveryError:
                logger.warning("A %s file could not be fetched", self.incoming.provider)
                return [_("The file could not be received. Please send it again.")]
            name = self.incoming.media.filename or DEFAULT_FILE_NAMES.get(self.incoming.kind, "dokumen")
            files.setlist("attachments", [SimpleUploadedFile(name, content)])
        form = ReporterMessageForm({"text": text}, files)
        if not form.is_valid():
            return [" ".join(message for messages in form.errors.values() for message in messages)]
        add_reporter_message(case, form)
        return [
            _("Thank you. Your message was sent to the team (report %(reference)s).")
            % {"reference": case.reference}
        ]

    def delete_number(self):
        key = self.conversation.sender_key
        Case.objects.filter(Q(sender_key=key)).update(sender_number="", sender_key="")
        self.conversation.delete()
        self.conversation.pk = None
        return [
            _(
                "Your number has been deleted from our system. Your reports stay; follow them on the web "
                "with the reference and secret code, or send STATUS <reference> <secret code> here."
            )
        ]


def parse_credentials(text):
    """(reference, secret, rest of the text) when the text starts with a reference and a secret."""
    tokens = text.split()
    if not tokens:
        return None
    first = tokens[0].upper().replace("-", "")
    if len(first) != 8 or any(ch not in REFERENCE_ALPHABET for ch in first):
        return None
    reference = normalise_reference(first)
    secret, used = "", 1
    for token in tokens[1:]:
        if len(secret) >= SECRET_LENGTH:
            break
        cleaned = normalise_secret(token)
        if cleaned != token.lower().replace("-", ""):
            return None
        secret += cleaned
        used += 1
    if len(secret) != SECRET_LENGTH:
        return None
    rest = text.split(None, used)[used] if len(tokens) > used else ""
    return reference, secret, rest


def check_credentials(reference, secret, sender):
    """(case, None) when the reference and secret match; (None, what to answer) otherwise. Throttled
    like the web status page, the sender (its keyed hash) counting as the client: the same delays,
    the same answer whether or not the case exists."""
    client = f"channel:{sender}"
    wait = throttle.wait_seconds(client, reference)
    if wait:
        return None, _(
            "Too many attempts. For your safety, wait %(minutes)d minutes before trying again."
        ) % {"minutes": max(1, math.ceil(wait / 60))}
    case = Case.objects.filter(reference=reference, anonymised_at__isnull=True).first()
    if case is not None and case.check_secret(secret):
        throttle.record_success(client, reference)
        return case, None
    if case is None:
        Case(secret_hash=UNKNOWN_REFERENCE_HASH).check_secret(secret)
    throttle.record_failure(client, reference)
    return None, _("The reference or the secret code is not right. Check both and try again.")
