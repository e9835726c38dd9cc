"""Names as people type them, reduced to one comparable form: "PT. Sawit Makmur Tbk" and
"pt sawit makmur" both become "sawit makmur"; "Kebun Sei Rasau afd II" becomes "sei rasau afd 2"."""

import re
import unicodedata

# Legal forms and words that say what kind of place a name is, not which one.
COMPANY_WORDS = {
    "pt",
    "tbk",
    "cv",
    "persero",
    "perseroan",
    "terbatas",
    "ud",
    "fa",
    "koperasi",
    "group",
    "grup",
}
ESTATE_WORDS = {
    "kebun",
    "perkebunan",
    "estate",
    "plantation",
    "pks",
    "pabrik",
    "kelapa",
    "sawit",
    "mill",
    "pom",
}
# Spellings people use for the same word; the register keeps the right-hand one.
SPELLINGS = {
    "sungai": "sei",
    "sungei": "sei",
    "sei.": "sei",
    "kebon": "kebun",
    "prkebunan": "perkebunan",
    "perkbunan": "perkebunan",
    "sumatra": "sumatera",
    "nusantra": "nusantara",
    "nusantar": "nusantara",
    "indonesa": "indonesia",
    "indonsia": "indonesia",
    "lestri": "lestari",
    "makmoer": "makmur",
    "makmor": "makmur",
    "jaya": "jaya",
    "djaja": "jaya",
    "jaja": "jaya",
    "agro": "agro",
    "argo": "agro",
    "abadi": "abadi",
    "abdi": "abadi",
    "afdeling": "afd",
    "afdl": "afd",
    "afdg": "afd",
    "divisi": "afd",
    "div": "afd",
    "tbk.": "tbk",
}
ROMAN = {
    "i": "1",
    "ii": "2",
    "iii": "3",
    "iv": "4",
    "v": "5",
    "vi": "6",
    "vii": "7",
    "viii": "8",
    "ix": "9",
    "x": "10",
}


def _words(text):
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode("ascii").lower()
    # "P.T." and "PT." are the same legal form: drop dots inside abbreviations before splitting.
    text = re.sub(r"\b([a-z])\.(?=[a-z]\b)", r"\1", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    words = [SPELLINGS.get(word, word) for word in text.split()]
    # "afd II", "afd2": the afdeling number as digits after the word.
    joined = " ".join(words)
    joined = re.sub(r"\bafd(\d+)\b", r"afd \1", joined)
    words = joined.split()
    out = []
    for index, word in enumerate(words):
        if index and words[index - 1] == "afd" and word in ROMAN:
            word = ROMAN[word]
        out.append(word)
    return out


def normalise_company(text):
    """A company or group name without its legal form, punctuation or case."""
    words = [word for word in _words(text) if word not in COMPANY_WORDS]
    return " ".join(words)


def normalise_estate(text):
    """An estate or mill name without "Kebun", "PKS", legal forms, punctuation or case."""
    words = [word for word in _words(text) if word not in COMPANY_WORDS | ESTATE_WORDS]
    return " ".join(words)


def split_afdeling(normalised):
    """("sei rasau", "2") from "sei rasau afd 2"; ("sei rasau", "") when no afdeling is named."""
    match = re.search(r"\s*\bafd\b\s*(\w*)", normalised)
    if not match:
        return normalised, ""
    return (normalised[: match.start()] + normalised[match.end() :]).strip(), match.group(1)
