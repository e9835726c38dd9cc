"""Importing register rows from CSV: all rows or none, with a clear message for each bad row.

Two layouts are read. The register's own: a header row with `type` (group, company, estate,
afdeling, mill, buyer), `name` and any of `parent`, `province`, `regency`, `aliases`,
`rspo_member`, `rspo_member_number`, `rspo_certified`, `ispo_certified`, `buyers`, `source`.
And a published RSPO member list (columns `Name` and `Member Number`, as rspo.org exports it):
each row a company that is an RSPO member. A row whose name is already in the register (same type,
same company for estates) updates it; sources are added, never replaced.
"""

import csv
import io
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from home.models import Province, Regency

from .models import Buyer, Company, CompanyGroup, Estate
from .normalise import normalise_company, normalise_estate

TYPES = {
    "group": CompanyGroup,
    "company": Company,
    "estate": Estate,
    "afdeling": Estate,
    "mill": Estate,
    "buyer": Buyer,
}
YES = {"yes", "ya", "y", "1", "true", "x"}
NO = {"no", "tidak", "t", "n", "0", "false", ""}
COLUMNS = [
    "type",
    "name",
    "parent",
    "province",
    "regency",
    "aliases",
    "rspo_member",
    "rspo_member_number",
    "rspo_certified",
    "ispo_certified",
    "buyers",
    "source",
]
MAX_ROWS = 20000


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list = field(default_factory=list)  # [(line, message)]

    @property
    def ok(self):
        return not self.errors


class RowError(Exception):
    pass


def _flag(row, column):
    value = (row.get(column) or "").strip().lower()
    if value in YES:
        return True
    if value in NO:
        return False
    raise RowError(
        _("“%(value)s” in column %(column)s is not yes or no.") % {"value": value, "column": column}
    )


def _province(row):
    value = (row.get("province") or "").strip()
    if not value:
        return None
    province = (
        Province.objects.filter(code=value).first()
        or Province.objects.filter(name__iexact=value).first()
        or Province.objects.filter(name_en__iexact=value).first()
    )
    if province is None:
        raise RowError(_("There is no province “%(value)s”.") % {"value": value})
    return province


def _regency(row, province):
    value = (row.get("regency") or "").strip()
    if not value:
        return None
    regencies = Regency.objects.filter(name__iexact=value)
    if province:
        regencies = regencies.filter(province=province)
    regency = regencies.first()
    if regency is None:
        raise RowError(_("There is no regency “%(value)s” in that province.") % {"value": value})
    return regency


def _find(model, name, **scope):
    normalise = normalise_estate if model is Estate else normalise_company
    return model.objects.filter(normalised_name=normalise(name), **scope).first()


def _add_sources(entry, source):
    source = source.strip()
    if source and source not in entry.sources.splitlines():
        entry.sources = "\n".join(filter(None, [entry.sources.strip(), source]))


def _import_row(row):
    kind = (row.get("type") or "").strip().lower()
    name = (row.get("name") or "").strip()
    if kind not in TYPES:
        raise RowError(
            _("The type “%(value)s” is not one of: %(types)s.") % {"value": kind, "types": ", ".join(TYPES)}
        )
    if not name:
        raise RowError(_("The name is empty."))
    if len(name) > 200:
        raise RowError(_("The name is longer than 200 characters."))
    model = TYPES[kind]
    parent_name = (row.get("parent") or "").strip()
    values, scope = {}, {}
    if model is Company:
        if parent_name:
            values["group"] = _find(CompanyGroup, parent_name) or CompanyGroup.objects.create(
                name=parent_name
            )
        values["province"] = _province(row)
        values["rspo_member"] = _flag(row, "rspo_member") or bool(
            (row.get("rspo_member_number") or "").strip()
        )
        values["rspo_member_number"] = (row.get("rspo_member_number") or "").strip()[:40]
        values["ispo_certified"] = _flag(row, "ispo_certified")
    elif model is Estate:
        if not parent_name:
            raise RowError(
                _(
                    "An estate, division or mill needs its company (or, for a division, its estate) in column parent."
                )
            )
        if kind == "afdeling":
            parent = _find(Estate, parent_name, kind=Estate.Kind.ESTATE)
            if parent is None:
                raise RowError(
                    _("There is no estate “%(value)s” in the register or above.") % {"value": parent_name}
                )
            values.update(parent=parent, company=parent.company)
            scope = {"parent": parent}
        else:
            company = _find(Company, parent_name)
            if company is None:
                raise RowError(
                    _("There is no company “%(value)s” in the register or above.") % {"value": parent_name}
                )
            values["company"] = company
            scope = {"company": company}
        values["kind"] = kind
        province = _province(row)
        values.update(province=province, regency=_regency(row, province))
        values["rspo_certified"] = _flag(row, "rspo_certified")
        values["ispo_certified"] = _flag(row, "ispo_certified")
    elif model is Buyer:
        values["rspo_member"] = _flag(row, "rspo_member")
    if kind == "afdeling":
        entry = Estate.objects.filter(
            parent=values["parent"], normalised_name=Estate.division_name(values["parent"], name)
        ).first()
    else:
        entry = _find(model, name, **scope)
    created = entry is None
    if created:
        entry = model(name=name)
    for key, value in values.items():
        setattr(entry, key, value)
    aliases = [alias.strip() for alias in (row.get("aliases") or "").split(";") if alias.strip()]
    known = entry.alias_list()
    entry.aliases = "\n".join(known + [alias for alias in aliases if alias not in known])
    _add_sources(entry, row.get("source") or "")
    entry.save()
    if model is Company:
        for buyer_name in filter(None, (part.strip() for part in (row.get("buyers") or "").split(";"))):
            entry.buyers.add(_find(Buyer, buyer_name) or Buyer.objects.create(name=buyer_name))
    return created


def _rspo_rows(rows, source):
    for row in rows:
        yield {
            "type": "company",
            "name": row.get("Name", ""),
            "rspo_member": "yes",
            "rspo_member_number": row.get("Member Number", ""),
            "source": source,
        }


def import_register_csv(data: bytes, source_label="") -> ImportResult:
    """Read the CSV and write it to the register in one transaction: all rows, or none."""
    result = ImportResult()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        result.errors.append((1, _("The file is not UTF-8 text: save it as “CSV UTF-8”.")))
        return result
    reader = csv.DictReader(io.StringIO(text))
    header = [column.strip() for column in reader.fieldnames or []]
    reader.fieldnames = header
    if "Name" in header and "Member Number" in header:
        rows = _rspo_rows(reader, source_label or _("RSPO member list"))
    elif "type" in header and "name" in header:
        unknown = [column for column in header if column not in COLUMNS]
        if unknown:
            result.errors.append((1, _("Unknown columns: %(columns)s.") % {"columns": ", ".join(unknown)}))
            return result
        rows = reader
    else:
        result.errors.append(
            (1, _("The header row needs the columns type and name (or Name and Member Number)."))
        )
        return result
    with transaction.atomic():
        for line, row in enumerate(rows, start=2):
            if line > MAX_ROWS + 1:
                result.errors.append((line, _("Too many rows: split the file.")))
                break
            if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
                continue
            try:
                with transaction.atomic():
                    created = _import_row(row)
            except RowError as error:
                result.errors.append((line, str(error)))
                continue
            if created:
                result.created += 1
            else:
                result.updated += 1
        if result.errors:
            # Nothing half-imported: the good rows go too, and the report lists what to fix.
            transaction.set_rollback(True)
            result.created = result.updated = 0
    return result
