"""Seed vocabulary for the data migration: topics, provinces, regencies and member federations (pure data)."""

# Labour issues the network works on, in display order.
TOPICS = [
    {
        "slug": "upah",
        "name": "Upah",
        "name_en": "Wages",
        "description": (
            "Upah minimum, premi panen, potongan upah dan slip gaji. "
            "Setiap buruh berhak atas upah yang layak dan dibayar tepat waktu."
        ),
        "description_en": (
            "Minimum wages, harvest bonuses, deductions and pay slips. "
            "Every worker has the right to a fair wage paid on time."
        ),
    },
    {
        "slug": "k3",
        "name": "Keselamatan dan Kesehatan Kerja (K3)",
        "name_en": "Occupational safety and health",
        "description": (
            "Kecelakaan kerja, alat pelindung diri, paparan pestisida dan layanan kesehatan di kebun. "
            "Perusahaan wajib menyediakan tempat kerja yang aman."
        ),
        "description_en": (
            "Workplace accidents, protective equipment, pesticide exposure and health care on the estate. "
            "Employers must provide a safe workplace."
        ),
    },
    {
        "slug": "kontrak-dan-alih-daya",
        "name": "Kontrak kerja dan alih daya",
        "name_en": "Work contracts and outsourcing",
        "description": (
            "PKWT, PKWTT, buruh harian lepas (BHL) dan alih daya. "
            "Pekerjaan yang bersifat tetap seharusnya dikerjakan oleh pekerja tetap."
        ),
        "description_en": (
            "Fixed-term (PKWT) and permanent (PKWTT) contracts, daily casual labour (BHL) and outsourcing. "
            "Work that is permanent in nature should be done by permanent workers."
        ),
    },
    {
        "slug": "phk",
        "name": "Pemutusan hubungan kerja (PHK)",
        "name_en": "Dismissal",
        "description": (
            "Pemutusan hubungan kerja, pesangon dan penyelesaian perselisihan. "
            "PHK harus melalui prosedur dan tidak boleh sewenang-wenang."
        ),
        "description_en": (
            "Dismissal, severance pay and dispute settlement. "
            "A dismissal must follow due procedure and may not be arbitrary."
        ),
    },
    {
        "slug": "kebebasan-berserikat",
        "name": "Kebebasan berserikat",
        "name_en": "Freedom of association",
        "description": (
            "Hak membentuk dan bergabung dengan serikat, berunding bersama, "
            "dan perlindungan dari pemberangusan serikat (union busting)."
        ),
        "description_en": (
            "The right to form and join a union and to bargain collectively, "
            "and protection against union busting."
        ),
    },
    {
        "slug": "perempuan-dan-kbg",
        "name": "Buruh perempuan dan kekerasan berbasis gender",
        "name_en": "Women workers and gender-based violence",
        "description": (
            "Cuti melahirkan, cuti haid, pelecehan seksual dan diskriminasi terhadap buruh perempuan. "
            "Korban berhak didampingi dan dilindungi."
        ),
        "description_en": (
            "Maternity leave, menstrual leave, sexual harassment and discrimination against women workers. "
            "Survivors have the right to support and protection."
        ),
    },
    {
        "slug": "pekerja-anak",
        "name": "Pekerja anak",
        "name_en": "Child labour",
        "description": (
            "Anak yang ikut bekerja di kebun, misalnya mengutip brondolan untuk membantu target "
            "orang tuanya. Tempat anak adalah di sekolah, bukan di ancak."
        ),
        "description_en": (
            "Children working on the estate, for example picking up loose fruit to help their parents meet "
            "targets. Children belong in school, not in the harvest blocks."
        ),
    },
    {
        "slug": "perumahan-dan-fasilitas",
        "name": "Perumahan dan fasilitas",
        "name_en": "Housing and facilities",
        "description": (
            "Rumah di emplasemen, air bersih, sanitasi, klinik dan sekolah di lingkungan kebun. "
            "Buruh dan keluarganya berhak atas kondisi hidup yang layak."
        ),
        "description_en": (
            "Estate housing, clean water, sanitation, clinics and schools. "
            "Workers and their families have the right to decent living conditions."
        ),
    },
    {
        "slug": "jaminan-sosial",
        "name": "Jaminan sosial",
        "name_en": "Social security",
        "description": (
            "Kepesertaan dan iuran BPJS Ketenagakerjaan dan BPJS Kesehatan. "
            "Semua buruh, termasuk buruh harian lepas, wajib didaftarkan oleh pemberi kerja."
        ),
        "description_en": (
            "Enrolment in and contributions to BPJS Ketenagakerjaan (employment social security) and BPJS "
            "Kesehatan (health insurance). Employers must register all workers, "
            "including daily casual workers."
        ),
    },
    {
        "slug": "tanah-dan-lingkungan",
        "name": "Tanah dan lingkungan",
        "name_en": "Land and environment",
        "description": (
            "Konflik lahan, pencemaran, pestisida seperti paraquat, dan kabut asap. "
            "Masalah lingkungan di kebun juga menjadi masalah kesehatan buruh."
        ),
        "description_en": (
            "Land conflicts, pollution, pesticides such as paraquat, and haze. "
            "Environmental problems on the estate are also workers' health problems."
        ),
    },
    {
        "slug": "jam-kerja-dan-target",
        "name": "Jam kerja dan target",
        "name_en": "Working hours and targets",
        "description": (
            "Jam kerja, lembur, hari istirahat, serta target panen (basis) dan premi. "
            "Target yang tidak masuk akal membuat buruh bekerja lebih lama tanpa bayaran."
        ),
        "description_en": (
            "Working hours, overtime, rest days, harvest quotas and bonuses. "
            "Unrealistic quotas make workers work longer hours without pay."
        ),
    },
    {
        "slug": "kerja-paksa",
        "name": "Kerja paksa",
        "name_en": "Forced labour",
        "description": (
            "Jeratan utang, penahanan dokumen seperti KTP atau ijazah, "
            "dan ancaman agar buruh tidak berhenti. "
            "Tidak ada yang boleh dipaksa bekerja."
        ),
        "description_en": (
            "Debt bondage, withheld documents such as identity cards or diplomas, "
            "and threats to stop workers "
            "from leaving. No one may be forced to work."
        ),
    },
]

# All 38 provinces. `code` is the two-digit BPS province code; the 2022 Papua provinces use the codes
# BPS has used since 2023 (Papua Barat 91, Papua Barat Daya 92, Papua 94, Papua Selatan 95,
# Papua Tengah 96, Papua Pegunungan 97). Kemendagri numbers the Papua provinces differently.
PROVINCES = [
    {"code": "11", "name": "Aceh", "name_en": "Aceh", "slug": "aceh"},
    {"code": "12", "name": "Sumatera Utara", "name_en": "North Sumatra", "slug": "sumatera-utara"},
    {"code": "13", "name": "Sumatera Barat", "name_en": "West Sumatra", "slug": "sumatera-barat"},
    {"code": "14", "name": "Riau", "name_en": "Riau", "slug": "riau"},
    {"code": "15", "name": "Jambi", "name_en": "Jambi", "slug": "jambi"},
    {"code": "16", "name": "Sumatera Selatan", "name_en": "South Sumatra", "slug": "sumatera-selatan"},
    {"code": "17", "name": "Bengkulu", "name_en": "Bengkulu", "slug": "bengkulu"},
    {"code": "18", "name": "Lampung", "name_en": "Lampung", "slug": "lampung"},
    {
        "code": "19",
        "name": "Kepulauan Bangka Belitung",
        "name_en": "Bangka Belitung Islands",
        "slug": "kepulauan-bangka-belitung",
    },
    {"code": "21", "name": "Kepulauan Riau", "name_en": "Riau Islands", "slug": "kepulauan-riau"},
    {"code": "31", "name": "DKI Jakarta", "name_en": "Jakarta", "slug": "dki-jakarta"},
    {"code": "32", "name": "Jawa Barat", "name_en": "West Java", "slug": "jawa-barat"},
    {"code": "33", "name": "Jawa Tengah", "name_en": "Central Java", "slug": "jawa-tengah"},
    {
        "code": "34",
        "name": "DI Yogyakarta",
        "name_en": "Special Region of Yogyakarta",
        "slug": "di-yogyakarta",
    },
    {"code": "35", "name": "Jawa Timur", "name_en": "East Java", "slug": "jawa-timur"},
    {"code": "36", "name": "Banten", "name_en": "Banten", "slug": "banten"},
    {"code": "51", "name": "Bali", "name_en": "Bali", "slug": "bali"},
    {
        "code": "52",
        "name": "Nusa Tenggara Barat",
        "name_en": "West Nusa Tenggara",
        "slug": "nusa-tenggara-barat",
    },
    {
        "code": "53",
        "name": "Nusa Tenggara Timur",
        "name_en": "East Nusa Tenggara",
        "slug": "nusa-tenggara-timur",
    },
    {"code": "61", "name": "Kalimantan Barat", "name_en": "West Kalimantan", "slug": "kalimantan-barat"},
    {"code": "62", "name": "Kalimantan Tengah", "name_en": "Central Kalimantan", "slug": "kalimantan-tengah"},
    {"code": "63", "name": "Kalimantan Selatan", "name_en": "South Kalimantan", "slug": "kalimantan-selatan"},
    {"code": "64", "name": "Kalimantan Timur", "name_en": "East Kalimantan", "slug": "kalimantan-timur"},
    {"code": "65", "name": "Kalimantan Utara", "name_en": "North Kalimantan", "slug": "kalimantan-utara"},
    {"code": "71", "name": "Sulawesi Utara", "name_en": "North Sulawesi", "slug": "sulawesi-utara"},
    {"code": "72", "name": "Sulawesi Tengah", "name_en": "Central Sulawesi", "slug": "sulawesi-tengah"},
    {"code": "73", "name": "Sulawesi Selatan", "name_en": "South Sulawesi", "slug": "sulawesi-selatan"},
    {"code": "74", "name": "Sulawesi Tenggara", "name_en": "Southeast Sulawesi", "slug": "sulawesi-tenggara"},
    {"code": "75", "name": "Gorontalo", "name_en": "Gorontalo", "slug": "gorontalo"},
    {"code": "76", "name": "Sulawesi Barat", "name_en": "West Sulawesi", "slug": "sulawesi-barat"},
    {"code": "81", "name": "Maluku", "name_en": "Maluku", "slug": "maluku"},
    {"code": "82", "name": "Maluku Utara", "name_en": "North Maluku", "slug": "maluku-utara"},
    {"code": "91", "name": "Papua Barat", "name_en": "West Papua", "slug": "papua-barat"},
    {"code": "92", "name": "Papua Barat Daya", "name_en": "Southwest Papua", "slug": "papua-barat-daya"},
    {"code": "94", "name": "Papua", "name_en": "Papua", "slug": "papua"},
    {"code": "95", "name": "Papua Selatan", "name_en": "South Papua", "slug": "papua-selatan"},
    {"code": "96", "name": "Papua Tengah", "name_en": "Central Papua", "slug": "papua-tengah"},
    {"code": "97", "name": "Papua Pegunungan", "name_en": "Highland Papua", "slug": "papua-pegunungan"},
]

# Regencies (kabupaten) and cities (kota) of the main palm-oil provinces, keyed by BPS province code.
# Names are given without the "Kabupaten"/"Kota" prefix.
REGENCIES = {
    # Aceh
    "11": [
        ("Simeulue", "kabupaten"),
        ("Aceh Singkil", "kabupaten"),
        ("Aceh Selatan", "kabupaten"),
        ("Aceh Tenggara", "kabupaten"),
        ("Aceh Timur", "kabupaten"),
        ("Aceh Tengah", "kabupaten"),
        ("Aceh Barat", "kabupaten"),
        ("Aceh Besar", "kabupaten"),
        ("Pidie", "kabupaten"),
        ("Bireuen", "kabupaten"),
        ("Aceh Utara", "kabupaten"),
        ("Aceh Barat Daya", "kabupaten"),
        ("Gayo Lues", "kabupaten"),
        ("Aceh Tamiang", "kabupaten"),
        ("Nagan Raya", "kabupaten"),
        ("Aceh Jaya", "kabupaten"),
        ("Bener Meriah", "kabupaten"),
        ("Pidie Jaya", "kabupaten"),
        ("Banda Aceh", "kota"),
        ("Sabang", "kota"),
        ("Langsa", "kota"),
        ("Lhokseumawe", "kota"),
        ("Subulussalam", "kota"),
    ],
    # Sumatera Utara
    "12": [
        ("Nias", "kabupaten"),
        ("Mandailing Natal", "kabupaten"),
        ("Tapanuli Selatan", "kabupaten"),
        ("Tapanuli Tengah", "kabupaten"),
        ("Tapanuli Utara", "kabupaten"),
        ("Toba", "kabupaten"),
        ("Labuhanbatu", "kabupaten"),
        ("Asahan", "kabupaten"),
        ("Simalungun", "kabupaten"),
        ("Dairi", "kabupaten"),
        ("Karo", "kabupaten"),
        ("Deli Serdang", "kabupaten"),
        ("Langkat", "kabupaten"),
        ("Nias Selatan", "kabupaten"),
        ("Humbang Hasundutan", "kabupaten"),
        ("Pakpak Bharat", "kabupaten"),
        ("Samosir", "kabupaten"),
        ("Serdang Bedagai", "kabupaten"),
        ("Batu Bara", "kabupaten"),
        ("Padang Lawas Utara", "kabupaten"),
        ("Padang Lawas", "kabupaten"),
        ("Labuhanbatu Selatan", "kabupaten"),
        ("Labuhanbatu Utara", "kabupaten"),
        ("Nias Utara", "kabupaten"),
        ("Nias Barat", "kabupaten"),
        ("Sibolga", "kota"),
        ("Tanjungbalai", "kota"),
        ("Pematangsiantar", "kota"),
        ("Tebing Tinggi", "kota"),
        ("Medan", "kota"),
        ("Binjai", "kota"),
        ("Padangsidimpuan", "kota"),
        ("Gunungsitoli", "kota"),
    ],
    # Sumatera Barat
    "13": [
        ("Kepulauan Mentawai", "kabupaten"),
        ("Pesisir Selatan", "kabupaten"),
        ("Solok", "kabupaten"),
        ("Sijunjung", "kabupaten"),
        ("Tanah Datar", "kabupaten"),
        ("Padang Pariaman", "kabupaten"),
        ("Agam", "kabupaten"),
        ("Lima Puluh Kota", "kabupaten"),
        ("Pasaman", "kabupaten"),
        ("Solok Selatan", "kabupaten"),
        ("Dharmasraya", "kabupaten"),
        ("Pasaman Barat", "kabupaten"),
        ("Padang", "kota"),
        ("Solok", "kota"),
        ("Sawahlunto", "kota"),
        ("Padang Panjang", "kota"),
        ("Bukittinggi", "kota"),
        ("Payakumbuh", "kota"),
        ("Pariaman", "kota"),
    ],
    # Riau
    "14": [
        ("Kuantan Singingi", "kabupaten"),
        ("Indragiri Hulu", "kabupaten"),
        ("Indragiri Hilir", "kabupaten"),
        ("Pelalawan", "kabupaten"),
        ("Siak", "kabupaten"),
        ("Kampar", "kabupaten"),
        ("Rokan Hulu", "kabupaten"),
        ("Bengkalis", "kabupaten"),
        ("Rokan Hilir", "kabupaten"),
        ("Kepulauan Meranti", "kabupaten"),
        ("Pekanbaru", "kota"),
        ("Dumai", "kota"),
    ],
    # Jambi
    "15": [
        ("Kerinci", "kabupaten"),
        ("Merangin", "kabupaten"),
        ("Sarolangun", "kabupaten"),
        ("Batanghari", "kabupaten"),
        ("Muaro Jambi", "kabupaten"),
        ("Tanjung Jabung Timur", "kabupaten"),
        ("Tanjung Jabung Barat", "kabupaten"),
        ("Tebo", "kabupaten"),
        ("Bungo", "kabupaten"),
        ("Jambi", "kota"),
        ("Sungai Penuh", "kota"),
    ],
    # Sumatera Selatan
    "16": [
        ("Ogan Komering Ulu", "kabupaten"),
        ("Ogan Komering Ilir", "kabupaten"),
        ("Muara Enim", "kabupaten"),
        ("Lahat", "kabupaten"),
        ("Musi Rawas", "kabupaten"),
        ("Musi Banyuasin", "kabupaten"),
        ("Banyuasin", "kabupaten"),
        ("Ogan Komering Ulu Selatan", "kabupaten"),
        ("Ogan Komering Ulu Timur", "kabupaten"),
        ("Ogan Ilir", "kabupaten"),
        ("Empat Lawang", "kabupaten"),
        ("Penukal Abab Lematang Ilir", "kabupaten"),
        ("Musi Rawas Utara", "kabupaten"),
        ("Palembang", "kota"),
        ("Prabumulih", "kota"),
        ("Pagar Alam", "kota"),
        ("Lubuklinggau", "kota"),
    ],
    # Bengkulu
    "17": [
        ("Bengkulu Selatan", "kabupaten"),
        ("Rejang Lebong", "kabupaten"),
        ("Bengkulu Utara", "kabupaten"),
        ("Kaur", "kabupaten"),
        ("Seluma", "kabupaten"),
        ("Mukomuko", "kabupaten"),
        ("Lebong", "kabupaten"),
        ("Kepahiang", "kabupaten"),
        ("Bengkulu Tengah", "kabupaten"),
        ("Bengkulu", "kota"),
    ],
    # Lampung
    "18": [
        ("Lampung Barat", "kabupaten"),
        ("Tanggamus", "kabupaten"),
        ("Lampung Selatan", "kabupaten"),
        ("Lampung Timur", "kabupaten"),
        ("Lampung Tengah", "kabupaten"),
        ("Lampung Utara", "kabupaten"),
        ("Way Kanan", "kabupaten"),
        ("Tulang Bawang", "kabupaten"),
        ("Pesawaran", "kabupaten"),
        ("Pringsewu", "kabupaten"),
        ("Mesuji", "kabupaten"),
        ("Tulang Bawang Barat", "kabupaten"),
        ("Pesisir Barat", "kabupaten"),
        ("Bandar Lampung", "kota"),
        ("Metro", "kota"),
    ],
    # Kepulauan Bangka Belitung
    "19": [
        ("Bangka", "kabupaten"),
        ("Belitung", "kabupaten"),
        ("Bangka Barat", "kabupaten"),
        ("Bangka Tengah", "kabupaten"),
        ("Bangka Selatan", "kabupaten"),
        ("Belitung Timur", "kabupaten"),
        ("Pangkalpinang", "kota"),
    ],
    # Kalimantan Barat
    "61": [
        ("Sambas", "kabupaten"),
        ("Bengkayang", "kabupaten"),
        ("Landak", "kabupaten"),
        ("Mempawah", "kabupaten"),
        ("Sanggau", "kabupaten"),
        ("Ketapang", "kabupaten"),
        ("Sintang", "kabupaten"),
        ("Kapuas Hulu", "kabupaten"),
        ("Sekadau", "kabupaten"),
        ("Melawi", "kabupaten"),
        ("Kayong Utara", "kabupaten"),
        ("Kubu Raya", "kabupaten"),
        ("Pontianak", "kota"),
        ("Singkawang", "kota"),
    ],
    # Kalimantan Tengah
    "62": [
        ("Kotawaringin Barat", "kabupaten"),
        ("Kotawaringin Timur", "kabupaten"),
        ("Kapuas", "kabupaten"),
        ("Barito Selatan", "kabupaten"),
        ("Barito Utara", "kabupaten"),
        ("Sukamara", "kabupaten"),
        ("Lamandau", "kabupaten"),
        ("Seruyan", "kabupaten"),
        ("Katingan", "kabupaten"),
        ("Pulang Pisau", "kabupaten"),
        ("Gunung Mas", "kabupaten"),
        ("Barito Timur", "kabupaten"),
        ("Murung Raya", "kabupaten"),
        ("Palangka Raya", "kota"),
    ],
    # Kalimantan Selatan
    "63": [
        ("Tanah Laut", "kabupaten"),
        ("Kotabaru", "kabupaten"),
        ("Banjar", "kabupaten"),
        ("Barito Kuala", "kabupaten"),
        ("Tapin", "kabupaten"),
        ("Hulu Sungai Selatan", "kabupaten"),
        ("Hulu Sungai Tengah", "kabupaten"),
        ("Hulu Sungai Utara", "kabupaten"),
        ("Tabalong", "kabupaten"),
        ("Tanah Bumbu", "kabupaten"),
        ("Balangan", "kabupaten"),
        ("Banjarmasin", "kota"),
        ("Banjarbaru", "kota"),
    ],
    # Kalimantan Timur
    "64": [
        ("Paser", "kabupaten"),
        ("Kutai Barat", "kabupaten"),
        ("Kutai Kartanegara", "kabupaten"),
        ("Kutai Timur", "kabupaten"),
        ("Berau", "kabupaten"),
        ("Penajam Paser Utara", "kabupaten"),
        ("Mahakam Ulu", "kabupaten"),
        ("Balikpapan", "kota"),
        ("Samarinda", "kota"),
        ("Bontang", "kota"),
    ],
    # Kalimantan Utara
    "65": [
        ("Malinau", "kabupaten"),
        ("Bulungan", "kabupaten"),
        ("Tana Tidung", "kabupaten"),
        ("Nunukan", "kabupaten"),
        ("Tarakan", "kota"),
    ],
    # Sulawesi Tengah
    "72": [
        ("Banggai Kepulauan", "kabupaten"),
        ("Banggai", "kabupaten"),
        ("Morowali", "kabupaten"),
        ("Poso", "kabupaten"),
        ("Donggala", "kabupaten"),
        ("Toli-Toli", "kabupaten"),
        ("Buol", "kabupaten"),
        ("Parigi Moutong", "kabupaten"),
        ("Tojo Una-Una", "kabupaten"),
        ("Sigi", "kabupaten"),
        ("Banggai Laut", "kabupaten"),
        ("Morowali Utara", "kabupaten"),
        ("Palu", "kota"),
    ],
    # Sulawesi Barat
    "76": [
        ("Majene", "kabupaten"),
        ("Polewali Mandar", "kabupaten"),
        ("Mamasa", "kabupaten"),
        ("Mamuju", "kabupaten"),
        ("Pasangkayu", "kabupaten"),
        ("Mamuju Tengah", "kabupaten"),
    ],
    # Papua Barat (after Papua Barat Daya was split off in 2022)
    "91": [
        ("Fakfak", "kabupaten"),
        ("Kaimana", "kabupaten"),
        ("Teluk Wondama", "kabupaten"),
        ("Teluk Bintuni", "kabupaten"),
        ("Manokwari", "kabupaten"),
        ("Manokwari Selatan", "kabupaten"),
        ("Pegunungan Arfak", "kabupaten"),
    ],
}

# The ten member federations named at the network's 2022 ILO workshop, in that order.
# Full names of several federations have changed over the years, so `name` repeats the short name
# until the secretariat confirms the current full name; editors can fill it in the admin.
FEDERATIONS = [
    {
        "short_name": "FSB Hukatan",
        "name": "FSB Hukatan",
        "slug": "fsb-hukatan",
        "description": (
            "Federasi anggota JAPBUSI yang berafiliasi dengan Konfederasi Serikat Buruh Sejahtera Indonesia "
            "(KSBSI)."
        ),
        "description_en": "Member federation of JAPBUSI, affiliated to the KSBSI confederation.",
    },
    {
        "short_name": "FSB Kamiparho",
        "name": "FSB Kamiparho",
        "slug": "fsb-kamiparho",
        "description": "Federasi anggota JAPBUSI.",
        "description_en": "Member federation of JAPBUSI.",
    },
    {
        "short_name": "FSB Nikeuba",
        "name": "FSB Nikeuba",
        "slug": "fsb-nikeuba",
        "description": (
            "Federasi anggota JAPBUSI yang berafiliasi dengan Konfederasi Serikat Buruh Sejahtera Indonesia "
            "(KSBSI)."
        ),
        "description_en": "Member federation of JAPBUSI, affiliated to the KSBSI confederation.",
    },
    {
        "short_name": "FSB Lomenik",
        "name": "FSB Lomenik",
        "slug": "fsb-lomenik",
        "description": "Federasi anggota JAPBUSI.",
        "description_en": "Member federation of JAPBUSI.",
    },
    {
        "short_name": "FKUI",
        "name": "FKUI",
        "slug": "fkui",
        "description": (
            "Federasi anggota JAPBUSI yang berafiliasi dengan Konfederasi Serikat Buruh Sejahtera Indonesia "
            "(KSBSI)."
        ),
        "description_en": "Member federation of JAPBUSI, affiliated to the KSBSI confederation.",
    },
    {
        "short_name": "FTA",
        "name": "FTA",
        "slug": "fta",
        "description": "Federasi anggota JAPBUSI.",
        "description_en": "Member federation of JAPBUSI.",
    },
    {
        "short_name": "FSP.PP-KSPSI CAITU",
        "name": "FSP.PP-KSPSI CAITU",
        "slug": "fsp-pp-kspsi-caitu",
        "description": "Federasi anggota JAPBUSI.",
        "description_en": "Member federation of JAPBUSI.",
    },
    {
        "short_name": "FSP.PP-SPSI",
        "name": "FSP.PP-SPSI",
        "slug": "fsp-pp-spsi",
        "description": "Federasi anggota JAPBUSI.",
        "description_en": "Member federation of JAPBUSI.",
    },
    {
        "short_name": "FP4K SARBUMUSI",
        "name": "FP4K SARBUMUSI",
        "slug": "fp4k-sarbumusi",
        "description": "Federasi anggota JAPBUSI.",
        "description_en": "Member federation of JAPBUSI.",
    },
    {
        "short_name": "FSP NIBA SPSI CAITU",
        "name": "FSP NIBA SPSI CAITU",
        "slug": "fsp-niba-spsi-caitu",
        "description": "Federasi anggota JAPBUSI.",
        "description_en": "Member federation of JAPBUSI.",
    },
]
