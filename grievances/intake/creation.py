"""Creating cases and adding reporters' messages: all or nothing, files included."""

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from grievances.cases.deadlines import deadline_for
from grievances.cases.models import Case, CaseAttachment, CaseEvent
from grievances.cases.notifications import notify_staff_of_new_case
from grievances.cases.references import new_reference

# The sensitive topic that means child labour; any other sensitive topic restricts the case as
# gender-based violence does (both flags restrict it to named handlers: grievances.cases.access).
CHILD_LABOUR_TOPIC = "pekerja-anak"


def mark_sensitive_topics(case, topics):
    """A report on a topic marked sensitive is sensitive from the moment it is stored (DESIGN §4)."""
    for topic in topics:
        if not topic.sensitive:
            continue
        if topic.slug == CHILD_LABOUR_TOPIC:
            case.risk_child_labour = True
        else:
            case.risk_gbv = True


class StoredFiles:
    """Files written during a transaction, removed again if the transaction does not commit."""

    def __init__(self):
        self.stored = []

    def add(self, case, processed, event, from_reporter):
        attachment = CaseAttachment(
            case=case,
            event=event,
            original_name=processed.original_name,
            kind=processed.kind,
            content_type=processed.content_type,
            size=processed.size,
            original_sha256=processed.sha256,
            from_reporter=from_reporter,
        )
        attachment.file.save(processed.storage_name(), ContentFile(processed.content), save=False)
        self.stored.append((attachment.file.storage, attachment.file.name))
        attachment.save()
        return attachment

    def discard(self):
        for storage, name in self.stored:
            storage.delete(name)
        self.stored = []


def add_relations(case, form):
    """The form's many-to-many answers (topics) on a new case: added, without first reading what a
    new case cannot have yet, as the form's save_m2m (set()) would; nothing at all when none is chosen."""
    for field in case._meta.many_to_many:
        chosen = form.cleaned_data.get(field.name)
        if chosen:
            getattr(case, field.name).add(*chosen)


# Draws of a reference before giving up: with 25**8 references a second draw is already as good
# as never needed.
REFERENCE_DRAWS = 5


def create_case(form, *, channel=Case.Channel.WEB, submission_token=None, created_by=None):
    """Save a validated report form as a case with its files; returns (case, secret).

    A second submission of the same form (same token) returns the first case and no secret: the
    token is unique, so the second insert is refused, whatever the timing. The reference is drawn
    without asking the database first: its unique index refuses one already taken, and the case is
    stored again, whole, with another.
    """
    case = form.save(commit=False)
    case.channel = channel
    case.submission_token = submission_token
    case.created_by = created_by
    case.deadline = deadline_for(case.status)
    topics = form.cleaned_data.get("topics") or ()
    mark_sensitive_topics(case, topics)
    # The slow hash is computed before the transaction opens: no transaction waits for it.
    secret = case.assign_secret()
    for draw in range(1, REFERENCE_DRAWS + 1):
        case.reference = new_reference()
        case.pk, case._state.adding = None, True
        files = StoredFiles()
        try:
            with transaction.atomic():
                case.consent_recorded_at = timezone.now()
                case.save()
                add_relations(case, form)
                event = CaseEvent.objects.create(
                    case=case,
                    kind=CaseEvent.Kind.CREATED,
                    from_reporter=created_by is None,
                    author=created_by,
                )
                for processed in form.cleaned_data.get("attachments") or []:
                    files.add(case, processed, event, from_reporter=created_by is None)
                notify_staff_of_new_case(case)
        except IntegrityError:
            files.discard()
            if submission_token:
                existing = Case.objects.filter(submission_token=submission_token).first()
                if existing is not None:
                    return existing, None
            if draw == REFERENCE_DRAWS or not Case.objects.filter(reference=case.reference).exists():
                raise
        except BaseException:
            files.discard()
            raise
        else:
            return case, secret


def add_reporter_message(case, form):
    """A message and files the reporter sent from the status page; unread until a handler opens the case."""
    files = StoredFiles()
    try:
        with transaction.atomic():
            attachments = form.cleaned_data.get("attachments") or []
            event = CaseEvent.objects.create(
                case=case,
                kind=CaseEvent.Kind.MESSAGE if form.cleaned_data.get("text") else CaseEvent.Kind.ATTACHMENT,
                visibility=CaseEvent.Visibility.REPORTER,
                from_reporter=True,
                is_unread=True,
                text=form.cleaned_data.get("text", ""),
            )
            for processed in attachments:
                files.add(case, processed, event, from_reporter=True)
    except BaseException:
        files.discard()
        raise
    return event
