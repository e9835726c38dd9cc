"""Matching reporters' words to the register, on a labelled set of names as workers type them."""

import pytest

from grievances.factories import CompanyFactory, CompanyGroupFactory, EstateFactory
from grievances.register.matching import best_company, best_estate, suggest_companies, suggest_estates
from grievances.register.models import Estate
from grievances.register.normalise import normalise_company, normalise_estate

pytestmark = pytest.mark.django_db

COMPANIES = [
    "PT Sawit Makmur Sejahtera Tbk",
    "PT Agro Lestari Nusantara",
    "PT Bumi Hijau Perkasa",
    "PT Sinar Kelapa Jaya",
    "PT Tunas Baru Abadi",
    "PT Mitra Sawit Sentosa",
    "PT Kalimantan Palma Raya",
    "PT Riau Agro Mandiri",
    "CV Sumber Rejeki Sawit",
    "PT Perkebunan Sumatera Utama",
    "PT Karya Tani Subur",
    "PT Citra Borneo Lestari",
]

# (what a reporter typed, the company it means; None: no company of the register)
COMPANY_VARIANTS = [
    ("PT Sawit Makmur Sejahtera Tbk", "PT Sawit Makmur Sejahtera Tbk"),
    ("pt. sawit makmur sejahtera tbk", "PT Sawit Makmur Sejahtera Tbk"),
    ("P.T. SAWIT MAKMUR SEJAHTERA", "PT Sawit Makmur Sejahtera Tbk"),
    ("sawit makmur sejahtra", "PT Sawit Makmur Sejahtera Tbk"),
    ("PT Sawit Makmoer Sejahtera", "PT Sawit Makmur Sejahtera Tbk"),
    ("pt sawit makmur", "PT Sawit Makmur Sejahtera Tbk"),
    ("Makmur Sawit Sejahtera", "PT Sawit Makmur Sejahtera Tbk"),
    ("PT.SawitMakmur Sejahtera", "PT Sawit Makmur Sejahtera Tbk"),
    ("pt agro lestari nusantara", "PT Agro Lestari Nusantara"),
    ("PT Argo Lestari Nusantra", "PT Agro Lestari Nusantara"),
    ("agro lestri nusantara", "PT Agro Lestari Nusantara"),
    ("PT. AGRO LESTARI", "PT Agro Lestari Nusantara"),
    ("bumi hijau perkasa", "PT Bumi Hijau Perkasa"),
    ("PT Bumi Hijau Perkosa", "PT Bumi Hijau Perkasa"),
    ("pt bumi hijau", "PT Bumi Hijau Perkasa"),
    ("P.T Bumy Hijau Perkasa", "PT Bumi Hijau Perkasa"),
    ("PT Sinar Kelapa Djaja", "PT Sinar Kelapa Jaya"),
    ("sinar kelapa jaya", "PT Sinar Kelapa Jaya"),
    ("pt sinar klapa jaya", "PT Sinar Kelapa Jaya"),
    ("Tunas Baru Abdi", "PT Tunas Baru Abadi"),
    ("pt tunas baru abadi", "PT Tunas Baru Abadi"),
    ("PT TUNAS BARU", "PT Tunas Baru Abadi"),
    ("mitra sawit sentosa", "PT Mitra Sawit Sentosa"),
    ("PT Mitra Sawit Santosa", "PT Mitra Sawit Sentosa"),
    ("pt. mitra sawit", "PT Mitra Sawit Sentosa"),
    ("PT Kalimantan Palma", "PT Kalimantan Palma Raya"),
    ("kalimantan palma raya", "PT Kalimantan Palma Raya"),
    ("PT Kalimantan Plama Raya", "PT Kalimantan Palma Raya"),
    ("riau agro mandiri", "PT Riau Agro Mandiri"),
    ("PT Riau Argo Mandiri", "PT Riau Agro Mandiri"),
    ("pt riau agro mandri", "PT Riau Agro Mandiri"),
    ("CV Sumber Rejeki Sawit", "CV Sumber Rejeki Sawit"),
    ("sumber rezeki sawit", "CV Sumber Rejeki Sawit"),
    ("C.V. SUMBER REJEKI", "CV Sumber Rejeki Sawit"),
    ("PT Perkebunan Sumatra Utama", "PT Perkebunan Sumatera Utama"),
    ("perkebunan sumatera utama", "PT Perkebunan Sumatera Utama"),
    ("PT Prkebunan Sumatera Utama", "PT Perkebunan Sumatera Utama"),
    ("karya tani subur", "PT Karya Tani Subur"),
    ("PT Karya Tani Sumbur", "PT Karya Tani Subur"),
    ("pt. karya tani", "PT Karya Tani Subur"),
    ("PT Citra Borneo Lestari", "PT Citra Borneo Lestari"),
    ("citra borneo lestary", "PT Citra Borneo Lestari"),
    ("PT CITRA BORNEO", "PT Citra Borneo Lestari"),
    ("tidak tahu", None),
    ("PT Maju Mundur Elektronik", None),
    ("koperasi desa", None),
    ("mandor", None),
]

# (what a reporter typed about the place, the register entry it means)
ESTATE_VARIANTS = [
    ("Kebun Sei Rasau afd II", "Sei Rasau · Afdeling II"),
    ("kebun sungai rasau afdeling 2", "Sei Rasau · Afdeling II"),
    ("sei rasau afd.2", "Sei Rasau · Afdeling II"),
    ("Kebun Sei Rasau", "Sei Rasau"),
    ("kebon sungei rasau", "Sei Rasau"),
    ("Sei Rasau Afd III", "Sei Rasau · Afdeling III"),
    ("afd I kebun sei rasau", "Sei Rasau · Afdeling I"),
    ("PKS Sei Mangkei", "PKS Sei Mangkei"),
    ("pabrik kelapa sawit sei mangkei", "PKS Sei Mangkei"),
    ("pks sungai mangke", "PKS Sei Mangkei"),
    ("Kebun Tanjung Medan", "Kebun Tanjung Medan"),
    ("kebun tanjung medang", "Kebun Tanjung Medan"),
    ("Tj Medan estate", "Kebun Tanjung Medan"),
    ("Bukit Hijau", "Kebun Bukit Hijau"),
    ("kebun bukit hijo", "Kebun Bukit Hijau"),
    ("Air Molek estate", "Kebun Air Molek"),
]


@pytest.fixture
def register():
    group = CompanyGroupFactory(name="Grup Makmur")
    companies = {
        name: CompanyFactory(name=name, group=group if "Makmur" in name else None) for name in COMPANIES
    }
    makmur = companies["PT Sawit Makmur Sejahtera Tbk"]
    rasau = EstateFactory(name="Sei Rasau", company=makmur)
    for number in ("I", "II", "III"):
        EstateFactory(name=f"Afdeling {number}", kind=Estate.Kind.AFDELING, parent=rasau, company=makmur)
    EstateFactory(name="PKS Sei Mangkei", kind=Estate.Kind.MILL, company=makmur)
    EstateFactory(
        name="Kebun Tanjung Medan", aliases="Tj Medan", company=companies["PT Agro Lestari Nusantara"]
    )
    EstateFactory(name="Kebun Bukit Hijau", company=companies["PT Bumi Hijau Perkasa"])
    EstateFactory(name="Kebun Air Molek", company=companies["PT Riau Agro Mandiri"])
    return companies


def test_names_are_normalised_without_legal_form_punctuation_or_case():
    assert normalise_company("P.T. Sawit Makmur, Tbk.") == "sawit makmur"
    assert normalise_company("pt. sawit makmur tbk") == normalise_company("PT SAWIT MAKMUR")
    assert normalise_estate("Kebun Sei Rasau afd II") == "sei rasau afd 2"
    assert normalise_estate("kebun sungai rasau afdeling 2") == "sei rasau afd 2"


def accuracy(variants, best):
    wrong = []
    for typed, expected in variants:
        found = best(typed)
        if (str(found) if found else None) != expected:
            wrong.append((typed, expected, str(found) if found else None))
    return 1 - len(wrong) / len(variants), wrong


def test_the_labelled_variants_find_their_register_entry(register):
    assert len(COMPANY_VARIANTS) + len(ESTATE_VARIANTS) >= 50
    company_accuracy, company_wrong = accuracy(COMPANY_VARIANTS, best_company)
    estate_accuracy, estate_wrong = accuracy(ESTATE_VARIANTS, best_estate)
    total = (company_accuracy * len(COMPANY_VARIANTS) + estate_accuracy * len(ESTATE_VARIANTS)) / (
        len(COMPANY_VARIANTS) + len(ESTATE_VARIANTS)
    )
    print(
        f"\nmatching accuracy: companies {company_accuracy:.1%}, estates {estate_accuracy:.1%}, all {total:.1%}"
    )
    print("misses:", company_wrong + estate_wrong)
    assert total >= 0.9, company_wrong + estate_wrong


def test_suggestions_rank_the_right_company_first_and_leave_unrelated_names_out(register):
    suggestions = suggest_companies("pt. sawit makmur sejahtera tbk")
    assert str(suggestions[0].entry) == "PT Sawit Makmur Sejahtera Tbk"
    assert suggestions[0].score == 100
    assert "PT Karya Tani Subur" not in [str(s.entry) for s in suggestions]


def test_estates_can_be_limited_to_the_confirmed_company(register):
    other = register["PT Agro Lestari Nusantara"]
    assert suggest_estates("Kebun Sei Rasau", company=other) == []
    assert str(
        suggest_estates("Kebun Sei Rasau", company=register["PT Sawit Makmur Sejahtera Tbk"])[0].entry
    ) == ("Sei Rasau")
