"""Demo content for a fresh install: authors, articles, campaigns, standard pages and site settings (pure data).

Everything here is written for this project as clearly marked demo material. All people, companies and estates are
fictional; laws and institutions are only referred to in general terms. Delete or replace the content before the site
goes public.

Body blocks are tuples: ("h2", text), ("p", text) for plain-text paragraphs, and ("quote", text, attribution) for a
pull quote. Dates are given as `days_ago` so a fresh install always looks recent. Topic slugs, province codes (BPS)
and federation short names refer to home/vocabulary_data.py; author codes refer to AUTHORS below.
"""

# Notice editors can show beside demo content.
DEMO_NOTICE = (
    "Konten contoh untuk instalasi baru. Semua orang, perusahaan dan kebun dalam konten ini adalah "
    "rekaan. Hapus atau ganti sebelum situs dipakai untuk publik."
)

DEMO_NOTICE_EN = (
    "Demo content for a fresh install. All people, companies and estates in these stories are "
    "fictional. Delete or replace it before the site goes public."
)

# Three named media-team writers and two protected field reporters (shown by code only).
AUTHORS = [
    {
        "name": "Sekar Ayuningtyas",
        "reporter_code": "MED-01",
        "is_protected": False,
        "bio": (
            "Koordinator tim media JAPBUSI (tokoh rekaan untuk konten contoh). Menulis tentang "
            "perundingan bersama, jaminan sosial dan dialog sosial di sektor sawit."
        ),
        "bio_en": (
            "Coordinator of the JAPBUSI media team (a fictional person for demo content). Writes "
            "about collective bargaining, social security and social dialogue in the palm oil sector."
        ),
    },
    {
        "name": "Bonar Situmeang",
        "reporter_code": "MED-02",
        "is_protected": False,
        "bio": (
            "Penulis tim media JAPBUSI (tokoh rekaan untuk konten contoh). Meliput kontrak kerja, "
            "PHK dan perselisihan hubungan industrial di kebun-kebun Sumatera dan Kalimantan."
        ),
        "bio_en": (
            "Writer on the JAPBUSI media team (a fictional person for demo content). Covers work "
            "contracts, dismissals and industrial disputes on estates in Sumatra and Kalimantan."
        ),
    },
    {
        "name": "Nurul Aini Rahmawati",
        "reporter_code": "MED-03",
        "is_protected": False,
        "bio": (
            "Penulis tim media JAPBUSI (tokoh rekaan untuk konten contoh). Meliput keselamatan "
            "kerja, buruh perempuan dan kondisi hidup di emplasemen."
        ),
        "bio_en": (
            "Writer on the JAPBUSI media team (a fictional person for demo content). Covers "
            "workplace safety, women workers and living conditions in estate housing."
        ),
    },
    {
        "name": "Heru Wibisono",
        "reporter_code": "KTG-03",
        "is_protected": True,
        "bio": (
            "Reporter lapangan di Kalimantan Tengah (tokoh rekaan untuk konten contoh). Identitasnya "
            "dilindungi; tulisannya ditandai dengan kode KTG-03."
        ),
        "bio_en": (
            "Field reporter in Central Kalimantan (a fictional person for demo content). Their "
            "identity is protected; they write under the code KTG-03."
        ),
    },
    {
        "name": "Sri Wahyuni Lubis",
        "reporter_code": "RIAU-07",
        "is_protected": True,
        "bio": (
            "Reporter lapangan di Riau (tokoh rekaan untuk konten contoh). Identitasnya dilindungi; "
            "tulisannya ditandai dengan kode RIAU-07."
        ),
        "bio_en": (
            "Field reporter in Riau (a fictional person for demo content). Their identity is "
            "protected; they write under the code RIAU-07."
        ),
    },
]

# News, explainers, an interview and reports, newest first. `lead` marks the three lead stories.
ARTICLES = [
    {
        "slug": "delapan-tahun-jadi-bhl-buruh-kebun-sungai-rasau-menuntut-kepastian-status",
        "title": "Delapan Tahun Jadi BHL, Buruh Kebun Sungai Rasau Menuntut Kepastian Status",
        "standfirst": (
            "Ratusan buruh harian lepas di Kebun Sungai Rasau, Kotawaringin Timur, bekerja setiap "
            "hari selama bertahun-tahun tanpa pernah diangkat menjadi pekerja tetap. Serikat meminta "
            "perusahaan dan Disnaker turun tangan."
        ),
        "body": [
            (
                "p",
                (
                    "Setiap pagi pukul setengah enam, truk pengangkut buruh berhenti di simpang "
                    "emplasemen Kebun Sungai Rasau. Di antara yang naik ada pemanen, penyemprot dan "
                    "pemupuk yang sudah bekerja di kebun milik PT Sawit Lestari Makmur itu sejak "
                    "2017. Sebagian besar dari mereka masih berstatus buruh harian lepas (BHL)."
                ),
            ),
            (
                "p",
                (
                    "Serikat pekerja di kebun tersebut mencatat sedikitnya 240 BHL yang bekerja "
                    "lebih dari 21 hari setiap bulan, bulan demi bulan. Mereka tidak menerima slip "
                    "upah yang rinci, tunjangan hari raya mereka dibayar tidak penuh, dan banyak "
                    "yang belum terdaftar di BPJS Ketenagakerjaan. Upah mereka dihitung per hari "
                    "kerja, sehingga hari hujan atau hari ketika truk tidak datang berarti tidak ada "
                    "penghasilan."
                ),
            ),
            ("h2", "Pekerjaan tetap, status harian"),
            (
                "p",
                (
                    "Menurut Peraturan Pemerintah Nomor 35 Tahun 2021, perjanjian kerja harian hanya "
                    "boleh dipakai untuk pekerjaan yang waktu dan volumenya berubah-ubah. Jika buruh "
                    "bekerja 21 hari atau lebih dalam sebulan selama tiga bulan berturut-turut, "
                    "hubungan kerjanya demi hukum berubah menjadi perjanjian kerja waktu tidak "
                    "tertentu (PKWTT). Memanen dan merawat tanaman sawit sendiri adalah pekerjaan "
                    "yang berlangsung sepanjang tahun."
                ),
            ),
            (
                "quote",
                (
                    "Kami kerja setiap hari, ikut apel setiap pagi, dipotong kalau terlambat. Tapi "
                    "kalau sakit, kami tidak dibayar karena katanya kami harian."
                ),
                "Pemanen di Kotawaringin Timur",
            ),
            (
                "p",
                (
                    "Saat dimintai tanggapan oleh tim media JAPBUSI, manajemen kebun menyatakan "
                    "bahwa status BHL dipakai karena kebutuhan tenaga kerja berubah mengikuti musim "
                    "panen. Perusahaan menyatakan terbuka untuk membahas masalah ini dalam "
                    "perundingan bipartit."
                ),
            ),
            (
                "p",
                (
                    "Serikat sudah mengirim surat permintaan perundingan dan menyiapkan rekap "
                    "kehadiran buruh sebagai bukti. Jika perundingan tidak menghasilkan kesepakatan, "
                    "serikat akan meminta pengawas ketenagakerjaan melakukan pemeriksaan dan "
                    "mencatatkan perselisihan ke Dinas Tenaga Kerja untuk dimediasi."
                ),
            ),
            (
                "p",
                (
                    "Nama-nama buruh yang memberikan keterangan untuk laporan ini tidak kami "
                    "cantumkan. Beberapa dari mereka khawatir tidak dipanggil bekerja lagi bila "
                    "identitasnya diketahui."
                ),
            ),
        ],
        "title_en": "Eight Years as Casual Workers: Sungai Rasau Estate Workers Demand Permanent Status",
        "standfirst_en": (
            "Hundreds of daily casual workers at Sungai Rasau estate in Kotawaringin Timur have "
            "worked every day for years without ever being made permanent. Their union is asking the "
            "company and the labour office to act."
        ),
        "body_en": [
            (
                "p",
                (
                    "Every morning at half past five, a truck collects workers at the housing "
                    "compound of Sungai Rasau estate, owned by PT Sawit Lestari Makmur. Many of the "
                    "harvesters, sprayers and fertiliser workers on board have worked there since "
                    "2017, and most are still daily casual workers (BHL)."
                ),
            ),
            (
                "p",
                (
                    "The union counts at least 240 casual workers who work more than 21 days a "
                    "month, month after month. They get no detailed pay slips, only part of their "
                    "religious holiday allowance, and many are not enrolled in BPJS Ketenagakerjaan."
                ),
            ),
            ("h2", "Permanent work, daily status"),
            (
                "p",
                (
                    "Under Government Regulation 35/2021, daily work agreements are only for work "
                    "that varies in timing and volume. A worker who works 21 days or more a month "
                    "for three consecutive months becomes a permanent employee by law. Harvesting "
                    "and field upkeep go on all year."
                ),
            ),
            (
                "quote",
                (
                    "We work every day, attend roll call every morning and lose pay if we are late. "
                    "But when we are sick we are not paid, because we are 'daily'."
                ),
                "Harvester in Kotawaringin Timur",
            ),
            (
                "p",
                (
                    "Estate management told the JAPBUSI media team that casual status reflects "
                    "seasonal labour needs, and said it was open to bipartite talks. The union has "
                    "requested negotiations and prepared attendance records. If talks fail, it will "
                    "ask labour inspectors to investigate and the labour office to mediate."
                ),
            ),
            (
                "p",
                (
                    "We do not name the workers who spoke to us. Several fear they would not be "
                    "called to work again if identified."
                ),
            ),
        ],
        "topics": [
            "kontrak-dan-alih-daya",
            "jaminan-sosial",
        ],
        "province": "62",
        "federations": [
            "FSB Hukatan",
        ],
        "tags": [
            "bhl",
            "status-kerja",
            "kotawaringin-timur",
        ],
        "authors": [
            "KTG-03",
            "MED-02",
        ],
        "days_ago": 6,
        "image": {
            "motif": "workers",
            "alt": (
                "Ilustrasi sekelompok buruh kebun bertopi dan membawa alat panen berdiri di dekat "
                "truk pada pagi hari."
            ),
            "alt_en": (
                "Illustration of a group of estate workers in hats, carrying harvesting tools, "
                "standing by a truck in the morning."
            ),
            "caption": "Buruh harian lepas menunggu angkutan ke blok panen.",
            "caption_en": "Casual workers waiting for transport to the harvest blocks.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": True,
    },
    {
        "slug": "pkb-pertama-di-kebun-bukit-jering-premi-naik-cuti-haid-tanpa-surat-dokter",
        "title": (
            "PKB Pertama di Kebun Bukit Jering: Premi Naik, Cuti Haid Tanpa Surat Dokter, BHL "
            "Diangkat Bertahap"
        ),
        "standfirst": (
            "Setelah delapan bulan berunding, serikat pekerja dan PT Lembah Tandan Sejahtera di "
            "Pasangkayu menandatangani perjanjian kerja bersama pertama mereka."
        ),
        "body": [
            (
                "p",
                (
                    "Aula kantor Kebun Bukit Jering penuh pada hari penandatanganan. Di depan, "
                    "pengurus serikat pekerja dan manajemen PT Lembah Tandan Sejahtera membubuhkan "
                    "tanda tangan pada perjanjian kerja bersama (PKB) pertama di kebun itu, "
                    "disaksikan perwakilan dinas ketenagakerjaan kabupaten."
                ),
            ),
            (
                "p",
                (
                    "PKB ini adalah hasil delapan bulan perundingan, yang dimulai tidak lama setelah "
                    "serikat beranggotakan lebih dari separuh pekerja di kebun tersebut. Dua "
                    "federasi anggota JAPBUSI mendampingi tim perunding serikat sejak penyusunan "
                    "draf."
                ),
            ),
            ("h2", "Apa saja isinya"),
            (
                "p",
                (
                    "Ada beberapa kemajuan penting. Basis panen kini dibedakan menurut umur dan "
                    "tinggi tanaman, dan premi di atas basis dinaikkan. Buruh perempuan cukup "
                    "memberi tahu mandor untuk mengambil cuti haid, tanpa surat dokter. Perusahaan "
                    "juga berkomitmen mengangkat buruh harian lepas yang telah bekerja lebih dari "
                    "setahun menjadi pekerja tetap dalam dua tahun."
                ),
            ),
            (
                "p",
                (
                    "PKB juga mengatur hal-hal yang selama ini menjadi sumber keluhan. Alat kerja "
                    "dan APD disediakan perusahaan tanpa potongan upah, klinik kebun buka hingga jam "
                    "kerja lapangan selesai, dan air bersih di perumahan diperiksa setiap tiga "
                    "bulan. Ada pula pasal tentang pencegahan dan penanganan pelecehan seksual, "
                    "dengan jalur pelaporan yang melibatkan serikat dan larangan membalas pelapor."
                ),
            ),
            (
                "quote",
                (
                    "PKB ini bukan hadiah. Ini hasil kerja anggota yang mau datang rapat malam-malam "
                    "setelah seharian di kebun."
                ),
                "Anggota tim perunding serikat di Pasangkayu",
            ),
            (
                "p",
                (
                    "Manajemen kebun menyatakan PKB memberi kepastian bagi kedua pihak dan "
                    "diharapkan mengurangi jumlah pekerja yang keluar-masuk. PKB berlaku selama dua "
                    "tahun dan akan didaftarkan ke instansi ketenagakerjaan."
                ),
            ),
            (
                "p",
                (
                    "Tantangan berikutnya adalah pelaksanaan. Serikat akan membentuk tim pemantau "
                    "dan mencetak ringkasan PKB dalam bahasa sederhana untuk dibagikan ke setiap "
                    "rumah di emplasemen. Anggota diminta melapor kepada pengurus bila ada pasal "
                    "yang tidak dijalankan di afdeling masing-masing."
                ),
            ),
        ],
        "title_en": (
            "First Collective Agreement at Bukit Jering Estate: Higher Bonuses, Menstrual Leave "
            "Without a Doctor's Note, Casual Workers Made Permanent"
        ),
        "standfirst_en": (
            "After eight months of negotiation, the union and PT Lembah Tandan Sejahtera in "
            "Pasangkayu signed their first collective labour agreement."
        ),
        "body_en": [
            (
                "p",
                (
                    "The hall of the Bukit Jering estate office was full on signing day. Union "
                    "officers and the management of PT Lembah Tandan Sejahtera signed the estate's "
                    "first collective agreement (PKB), witnessed by the district labour office."
                ),
            ),
            (
                "p",
                (
                    "Negotiations began soon after the union signed up more than half the workforce, "
                    "and lasted eight months. Two JAPBUSI member federations supported the union's "
                    "team from the first draft."
                ),
            ),
            ("h2", "What it contains"),
            (
                "p",
                (
                    "Harvest quotas now depend on the age and height of the palms, and bonuses above "
                    "the quota are higher. Women only need to tell their foreman to take menstrual "
                    "leave. Casual workers with more than a year of service will be made permanent "
                    "within two years."
                ),
            ),
            (
                "p",
                (
                    "Tools and protective equipment are provided without wage deductions, the clinic "
                    "stays open until field work ends, and water in the housing is tested every "
                    "three months. A clause on preventing and handling sexual harassment includes a "
                    "reporting channel involving the union."
                ),
            ),
            (
                "quote",
                (
                    "This agreement is not a gift. It was won by members who came to meetings late "
                    "at night after a full day in the field."
                ),
                "Member of the union bargaining team in Pasangkayu",
            ),
            (
                "p",
                (
                    "The agreement runs for two years. The union will set up a monitoring team and "
                    "distribute a plain-language summary to every household."
                ),
            ),
        ],
        "topics": [
            "kebebasan-berserikat",
            "upah",
            "perempuan-dan-kbg",
        ],
        "province": "76",
        "federations": [
            "FSB Kamiparho",
            "FSB Hukatan",
        ],
        "tags": [
            "pkb",
            "perundingan-bersama",
            "cuti-haid",
        ],
        "authors": [
            "MED-01",
        ],
        "days_ago": 10,
        "image": {
            "motif": "meeting",
            "alt": (
                "Ilustrasi dua tangan berjabat di atas meja dengan dokumen perjanjian yang sudah "
                "ditandatangani."
            ),
            "alt_en": "Illustration of two hands shaking above a table with a signed agreement.",
            "caption": "Penandatanganan PKB pertama di Kebun Bukit Jering.",
            "caption_en": "Signing the first collective agreement at Bukit Jering estate.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": True,
    },
    {
        "slug": "upah-pemanen-di-bawah-ump-serikat-minta-perhitungan-premi-dibuka",
        "title": "Upah Pemanen di Bawah UMP, Serikat Minta Perhitungan Premi Dibuka",
        "standfirst": (
            "Di Kebun Sialang Rimbun, Pelalawan, pemanen yang tidak mencapai basis borong menerima "
            "upah di bawah upah minimum provinsi. Serikat meminta perusahaan membuka cara menghitung "
            "premi dan potongan."
        ),
        "body": [
            (
                "p",
                (
                    "Slip upah yang dikumpulkan serikat pekerja di Kebun Sialang Rimbun menunjukkan "
                    "pola yang sama selama enam bulan terakhir. Pemanen yang tidak mencapai basis "
                    "borong, yaitu jumlah janjang minimal per hari, menerima upah pokok yang "
                    "dipotong secara proporsional. Akibatnya, penghasilan bulanan sebagian pemanen "
                    "berada di bawah upah minimum provinsi (UMP) Riau."
                ),
            ),
            ("h2", "Basis tetap, buah berkurang"),
            (
                "p",
                (
                    "Masalahnya bertambah saat musim trek, ketika buah sedang sedikit. Basis borong "
                    "tidak diturunkan, sementara jumlah tandan yang matang di ancak berkurang. "
                    "Pemanen sudah bekerja sehari penuh, tetapi tetap dianggap tidak mencapai target."
                ),
            ),
            (
                "quote",
                ("Kalau buahnya memang tidak ada, apa yang mau kami panen? Tapi upah kami tetap dipotong."),
                "Pemanen di Pelalawan",
            ),
            (
                "p",
                (
                    "Undang-Undang Ketenagakerjaan dan peraturan pengupahan melarang pengusaha "
                    "membayar upah lebih rendah dari upah minimum. Premi seharusnya menjadi tambahan "
                    "di atas upah, bukan syarat untuk mendapatkan upah minimum. Serikat juga "
                    "menemukan potongan untuk alat kerja seperti egrek dan dodos, yang semestinya "
                    "disediakan perusahaan."
                ),
            ),
            (
                "p",
                (
                    "Dalam surat resminya kepada manajemen PT Tandan Emas Nusantara, serikat meminta "
                    "tiga hal: perhitungan ulang upah enam bulan terakhir, penjelasan tertulis "
                    "tentang rumus basis dan premi, serta penghentian potongan alat kerja. "
                    "Pendamping dari federasi membantu serikat menyusun tabel selisih upah "
                    "berdasarkan slip yang dikumpulkan anggota."
                ),
            ),
            (
                "p",
                (
                    "Perusahaan menyatakan sedang meninjau sistem premi dan berjanji memberi jawaban "
                    "dalam perundingan bulan depan. Tim media JAPBUSI akan mengikuti perkembangan "
                    "kasus ini."
                ),
            ),
            (
                "p",
                (
                    "Buruh yang ingin memeriksa upahnya dapat membandingkan slip upah dengan upah "
                    "minimum provinsi atau kabupaten/kota yang berlaku, dan menyimpan salinan slip "
                    "setiap bulan. Jika tidak pernah menerima slip, catat sendiri jumlah yang "
                    "diterima dan tanggal pembayarannya. Serikat juga mengingatkan bahwa perusahaan "
                    "wajib menyusun struktur dan skala upah yang memperhatikan masa kerja, sehingga "
                    "pemanen yang sudah bekerja bertahun-tahun tidak semestinya dibayar sama dengan "
                    "pemanen yang baru masuk."
                ),
            ),
        ],
        "title_en": (
            "Harvesters Paid Below the Provincial Minimum Wage; Union Asks for Bonus Calculations to "
            "Be Disclosed"
        ),
        "standfirst_en": (
            "At Sialang Rimbun estate in Pelalawan, harvesters who miss the daily quota are paid "
            "less than the provincial minimum wage. The union wants the company to explain how "
            "bonuses and deductions are calculated."
        ),
        "body_en": [
            (
                "p",
                (
                    "Pay slips collected by the union at Sialang Rimbun estate show the same pattern "
                    "over the past six months. Harvesters who do not reach the daily quota of "
                    "bunches have their basic wage cut in proportion. As a result, some earn less "
                    "than the Riau provincial minimum wage."
                ),
            ),
            ("h2", "Same quota, less fruit"),
            (
                "p",
                (
                    "The problem gets worse in the low season, when there is little ripe fruit. The "
                    "quota is not lowered, so harvesters work a full day and are still counted as "
                    "missing their target."
                ),
            ),
            (
                "quote",
                "If there is no fruit, what are we supposed to harvest? But our pay is still cut.",
                "Harvester in Pelalawan",
            ),
            (
                "p",
                (
                    "The law forbids paying less than the minimum wage. Bonuses should come on top "
                    "of the wage, not be a condition for receiving it. The union also found "
                    "deductions for harvesting tools that the company should provide."
                ),
            ),
            (
                "p",
                (
                    "In a letter to PT Tandan Emas Nusantara, the union asked for a recalculation of "
                    "six months of wages, a written explanation of the quota and bonus formula, and "
                    "an end to tool deductions. The company says it is reviewing the bonus system "
                    "and will answer at next month's negotiation."
                ),
            ),
            (
                "p",
                (
                    "Workers are advised to keep a copy of every pay slip, or to note the amount and "
                    "date of each payment."
                ),
            ),
        ],
        "topics": [
            "upah",
            "jam-kerja-dan-target",
        ],
        "province": "14",
        "federations": [
            "FSP.PP-KSPSI CAITU",
        ],
        "tags": [
            "premi-panen",
            "upah-minimum",
            "slip-upah",
        ],
        "authors": [
            "RIAU-07",
        ],
        "days_ago": 14,
        "image": {
            "motif": "fruit",
            "alt": (
                "Ilustrasi tandan buah sawit berwarna jingga kemerahan di atas tanah dengan latar "
                "pelepah sawit."
            ),
            "alt_en": (
                "Illustration of reddish-orange oil palm fruit bunches on the ground against a "
                "background of palm fronds."
            ),
            "caption": "Tandan buah segar di tempat pengumpulan hasil.",
            "caption_en": "Fresh fruit bunches at the collection point.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "menyemprot-tanpa-masker-buruh-perempuan-minta-apd-yang-layak",
        "title": "Menyemprot Tanpa Masker: Buruh Perempuan di Afdeling III Minta APD yang Layak",
        "standfirst": (
            "Sebagian besar penyemprot di Kebun Pinang Merah, Sanggau, adalah perempuan. Mereka "
            "mencampur dan menyemprot herbisida dengan masker kain dan sarung tangan yang dibeli "
            "sendiri."
        ),
        "body": [
            (
                "p",
                (
                    "Pukul enam pagi, belasan buruh perempuan berkumpul di gudang pestisida Afdeling "
                    "III Kebun Pinang Merah. Mereka mengisi tangki semprot punggung dari drum "
                    "campuran, lalu berjalan ke blok-blok tanaman. Hampir semuanya memakai masker "
                    "kain biasa. Sarung tangan karet yang mereka pakai dibeli sendiri di pasar "
                    "kecamatan."
                ),
            ),
            (
                "p",
                (
                    "Selama tiga minggu, tim media JAPBUSI berbicara dengan penyemprot, mandor dan "
                    "petugas klinik kebun. Para penyemprot mengeluhkan pusing, mual, mata perih dan "
                    "kulit tangan yang mengelupas. Beberapa mengatakan tidak tahu jenis bahan kimia "
                    "yang mereka campur, karena label di drum sudah rusak atau tidak ada. Petugas "
                    "klinik kebun membenarkan bahwa keluhan pusing dan iritasi kulit dari penyemprot "
                    "meningkat pada musim kemarau, ketika penyemprotan dilakukan lebih sering."
                ),
            ),
            ("h2", "APD adalah kewajiban perusahaan"),
            (
                "p",
                (
                    "Undang-Undang Nomor 1 Tahun 1970 tentang Keselamatan Kerja mewajibkan pengusaha "
                    "menyediakan alat pelindung diri (APD) secara cuma-cuma bagi pekerja. Untuk "
                    "pekerjaan menyemprot, APD yang layak antara lain masker atau respirator yang "
                    "sesuai, kacamata pelindung, sarung tangan tahan bahan kimia, apron dan sepatu "
                    "bot. Pekerja juga berhak mendapat penjelasan tentang bahaya bahan kimia yang "
                    "mereka tangani dan pemeriksaan kesehatan berkala."
                ),
            ),
            (
                "quote",
                (
                    "Kami tidak minta yang mahal. Kami cuma mau pulang ke rumah tanpa pusing, dan "
                    "bisa menggendong anak tanpa takut tangan kami masih kena racun."
                ),
                "Penyemprot di Sanggau",
            ),
            (
                "p",
                (
                    "Ada kekhawatiran khusus bagi buruh perempuan. Beberapa penyemprot mengaku tetap "
                    "bekerja saat hamil karena takut kehilangan penghasilan. Paparan pestisida pada "
                    "masa kehamilan dan menyusui berisiko bagi ibu dan bayi, sehingga perusahaan "
                    "semestinya memindahkan sementara pekerja hamil dan menyusui ke pekerjaan lain "
                    "tanpa memotong upahnya."
                ),
            ),
            (
                "p",
                (
                    "Serikat pekerja di kebun itu telah menyerahkan daftar kebutuhan APD kepada "
                    "manajemen PT Kapuas Tani Lestari dan meminta Panitia Pembina Keselamatan dan "
                    "Kesehatan Kerja (P2K3) perusahaan segera bersidang. Manajemen menyatakan "
                    "pengadaan APD baru sedang diproses. Serikat memberi waktu satu bulan sebelum "
                    "membawa masalah ini ke pengawas ketenagakerjaan provinsi."
                ),
            ),
        ],
        "title_en": (
            "Spraying Without Masks: Women Workers in Division III Ask for Proper Protective Equipment"
        ),
        "standfirst_en": (
            "Most of the sprayers at Pinang Merah estate in Sanggau are women. They mix and spray "
            "herbicide wearing cloth masks and gloves they buy themselves."
        ),
        "body_en": [
            (
                "p",
                (
                    "At six in the morning, a dozen women gather at the pesticide store of Division "
                    "III. They fill backpack sprayers from a mixing drum and walk out to the blocks. "
                    "Almost all wear ordinary cloth masks; their rubber gloves come from the local "
                    "market."
                ),
            ),
            (
                "p",
                (
                    "Over three weeks, the JAPBUSI media team spoke with sprayers, foremen and "
                    "clinic staff. Sprayers reported dizziness, nausea, stinging eyes and peeling "
                    "skin. Some did not know which chemicals they were mixing because the drum "
                    "labels were damaged or missing."
                ),
            ),
            ("h2", "Protective equipment is the employer's duty"),
            (
                "p",
                (
                    "Indonesia's 1970 Work Safety Law requires employers to provide protective "
                    "equipment free of charge. For spraying this means a suitable mask or "
                    "respirator, goggles, chemical-resistant gloves, an apron and boots, as well as "
                    "information on the chemicals used and regular health checks."
                ),
            ),
            (
                "quote",
                (
                    "We are not asking for anything expensive. We just want to go home without a "
                    "headache, and hold our children without fearing there is still poison on our "
                    "hands."
                ),
                "Sprayer in Sanggau",
            ),
            (
                "p",
                (
                    "Some sprayers keep working while pregnant for fear of losing income. Pregnant "
                    "and breastfeeding workers should be moved to other work without loss of pay."
                ),
            ),
            (
                "p",
                (
                    "The union has given PT Kapuas Tani Lestari a list of the equipment needed and "
                    "asked the company's safety committee to meet. Management says new equipment is "
                    "being ordered. The union has given it one month before taking the matter to "
                    "provincial labour inspectors."
                ),
            ),
        ],
        "topics": [
            "k3",
            "perempuan-dan-kbg",
        ],
        "province": "61",
        "federations": [
            "FP4K SARBUMUSI",
        ],
        "tags": [
            "apd",
            "penyemprot",
            "pestisida",
        ],
        "authors": [
            "MED-03",
        ],
        "days_ago": 22,
        "image": {
            "motif": "workers",
            "alt": (
                "Ilustrasi buruh perempuan membawa tangki semprot punggung berjalan di antara "
                "barisan pohon sawit."
            ),
            "alt_en": (
                "Illustration of a woman worker carrying a backpack sprayer walking between rows of "
                "oil palms."
            ),
            "caption": "Penyemprot berangkat ke blok tanaman.",
            "caption_en": "Sprayers setting out for the blocks.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": True,
    },
    {
        "slug": "sebulan-setelah-serikat-tercatat-tiga-pengurusnya-di-phk",
        "title": "Sebulan Setelah Serikat Tercatat, Tiga Pengurusnya Di-PHK",
        "standfirst": (
            "Ketua, sekretaris dan bendahara serikat di Kebun Sei Lingkar, Muaro Jambi, "
            "diberhentikan dengan alasan efisiensi. Serikat menilai PHK itu bentuk pemberangusan "
            "serikat."
        ),
        "body": [
            (
                "p",
                (
                    "Serikat pekerja di Kebun Sei Lingkar resmi tercatat di dinas ketenagakerjaan "
                    "kabupaten pada awal bulan. Empat minggu kemudian, tiga pengurus intinya "
                    "menerima surat pemutusan hubungan kerja dari PT Lintas Agro Serumpun dengan "
                    "alasan efisiensi dan penataan ulang afdeling."
                ),
            ),
            (
                "p",
                (
                    "Ketiganya bekerja sebagai mandor panen dan kerani selama lebih dari enam tahun "
                    "tanpa pernah mendapat surat peringatan. Tidak ada pekerja lain di afdeling yang "
                    "sama yang terkena PHK."
                ),
            ),
            (
                "p",
                (
                    "Pola seperti ini sudah lama dilaporkan serikat-serikat di sektor sawit: "
                    "pengurus diberhentikan atau dimutasi tidak lama setelah serikat dibentuk. "
                    "Karena itu, serikat baru dianjurkan segera memberitahukan susunan pengurusnya "
                    "secara tertulis kepada perusahaan dan menyimpan tanda terimanya."
                ),
            ),
            ("h2", "Dilindungi undang-undang"),
            (
                "p",
                (
                    "Undang-Undang Nomor 21 Tahun 2000 tentang Serikat Pekerja/Serikat Buruh "
                    "melarang siapa pun menghalang-halangi pekerja membentuk serikat, menjadi "
                    "pengurus, atau menjalankan kegiatan serikat, termasuk dengan cara melakukan "
                    "PHK. Pelanggaran ketentuan ini diancam sanksi pidana. Indonesia juga telah "
                    "meratifikasi Konvensi ILO 87 tentang kebebasan berserikat dan Konvensi ILO 98 "
                    "tentang hak berorganisasi dan berunding bersama."
                ),
            ),
            (
                "p",
                (
                    "PHK juga tidak bisa dilakukan sepihak begitu saja. Perusahaan wajib "
                    "memberitahukan maksud dan alasan PHK, dan bila pekerja menolak, penyelesaiannya "
                    "harus melalui perundingan bipartit dan mekanisme penyelesaian perselisihan "
                    "hubungan industrial. Selama proses itu berlangsung, pekerja dan pengusaha tetap "
                    "menjalankan kewajibannya masing-masing."
                ),
            ),
            (
                "quote",
                ("Yang mereka PHK bukan hanya tiga orang, tapi keberanian seluruh kebun untuk berserikat."),
                "Anggota serikat di Muaro Jambi",
            ),
            (
                "p",
                (
                    "Dengan pendampingan federasi, ketiga pengurus menyatakan menolak PHK dan "
                    "meminta dipekerjakan kembali. Serikat juga telah melaporkan dugaan "
                    "pemberangusan serikat kepada pengawas ketenagakerjaan dan meminta Disnaker "
                    "memfasilitasi mediasi."
                ),
            ),
            (
                "p",
                (
                    "Melalui kuasa hukumnya, perusahaan menyatakan bahwa PHK tidak berkaitan dengan "
                    "kegiatan serikat. Hingga berita ini ditulis, anggota serikat tetap bekerja "
                    "seperti biasa dan mengumpulkan dukungan dari serikat di kebun-kebun sekitar."
                ),
            ),
        ],
        "title_en": "A Month After Their Union Was Registered, Three Officers Are Dismissed",
        "standfirst_en": (
            "The chair, secretary and treasurer of the union at Sei Lingkar estate in Muaro Jambi "
            "were dismissed for 'efficiency'. The union calls it union busting."
        ),
        "body_en": [
            (
                "p",
                (
                    "The union at Sei Lingkar estate was registered with the district labour office "
                    "at the start of the month. Four weeks later its three main officers received "
                    "dismissal letters from PT Lintas Agro Serumpun, citing efficiency and a "
                    "reorganisation of the division."
                ),
            ),
            (
                "p",
                (
                    "All three had worked as harvest foremen and clerks for more than six years "
                    "without a single warning letter. No one else in the division was dismissed."
                ),
            ),
            ("h2", "Protected by law"),
            (
                "p",
                (
                    "Law 21/2000 on trade unions forbids anyone from obstructing workers who form a "
                    "union, serve as officers or carry out union activities, including by dismissing "
                    "them, and sets criminal penalties. Indonesia has also ratified ILO Conventions "
                    "87 and 98 on freedom of association and collective bargaining."
                ),
            ),
            (
                "p",
                (
                    "A dismissal cannot simply be imposed. If the worker refuses, it must go through "
                    "bipartite negotiation and the industrial dispute procedure."
                ),
            ),
            (
                "quote",
                (
                    "They did not just dismiss three people. They dismissed the whole estate's "
                    "courage to organise."
                ),
                "Union member in Muaro Jambi",
            ),
            (
                "p",
                (
                    "Supported by their federation, the three officers reject the dismissal and ask "
                    "to be reinstated. The union has reported suspected union busting to labour "
                    "inspectors and asked for mediation. The company's lawyer says the dismissals "
                    "have nothing to do with the union."
                ),
            ),
        ],
        "topics": [
            "kebebasan-berserikat",
            "phk",
        ],
        "province": "15",
        "federations": [
            "FSB Kamiparho",
        ],
        "tags": [
            "union-busting",
            "phk",
            "pengurus-serikat",
        ],
        "authors": [
            "MED-02",
        ],
        "days_ago": 31,
        "image": {
            "motif": "document",
            "alt": "Ilustrasi selembar surat resmi bertanda tangan di atas meja kayu.",
            "alt_en": "Illustration of a signed official letter lying on a wooden table.",
            "caption": "Surat PHK yang diterima pengurus serikat.",
            "caption_en": "The dismissal letter received by the union officers.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "cuti-haid-dan-cuti-melahirkan-masih-sulit-diambil-buruh-perempuan-kebun",
        "title": "Cuti Haid dan Cuti Melahirkan Masih Sulit Diambil Buruh Perempuan Kebun",
        "standfirst": (
            "Di sejumlah kebun di Labuhanbatu, buruh perempuan harus membawa surat dokter untuk cuti "
            "haid dan kehilangan premi selama cuti melahirkan. Serikat mendorong aturan yang jelas "
            "di tingkat perusahaan."
        ),
        "body": [
            (
                "p",
                (
                    "Buruh perempuan di kebun sawit bekerja di berbagai bagian: menyemprot, memupuk, "
                    "mengutip brondolan, hingga merawat bibit di pembibitan. Namun hak-hak khusus "
                    "bagi mereka sering hanya tercatat di atas kertas."
                ),
            ),
            (
                "p",
                (
                    "Dalam diskusi kelompok yang difasilitasi serikat di tiga kebun di Labuhanbatu, "
                    "buruh perempuan menceritakan hal serupa. Untuk cuti haid, mereka diminta "
                    "membawa surat keterangan dokter dari klinik yang jaraknya belasan kilometer. "
                    "Banyak yang akhirnya memilih tetap bekerja meski sakit. Beberapa buruh juga "
                    "bercerita bahwa pemeriksaan kehamilan harus dilakukan pada hari libur karena "
                    "izin tidak diberikan, dan bahwa pekerja hamil tetap ditugaskan menyemprot."
                ),
            ),
            ("h2", "Apa kata aturan"),
            (
                "p",
                (
                    "Undang-Undang Ketenagakerjaan menyatakan bahwa pekerja perempuan yang merasakan "
                    "sakit pada hari pertama dan kedua haid dan memberitahukannya kepada pengusaha "
                    "tidak wajib bekerja pada hari itu. Pekerja perempuan juga berhak atas istirahat "
                    "satu setengah bulan sebelum dan satu setengah bulan sesudah melahirkan, dengan "
                    "upah penuh. Pelaksanaannya dapat diatur lebih rinci dalam perjanjian kerja "
                    "bersama."
                ),
            ),
            (
                "p",
                (
                    "Masalah lain muncul saat cuti melahirkan. Upah pokok memang dibayar, tetapi "
                    "premi yang biasanya menjadi bagian besar penghasilan buruh hilang. Bagi buruh "
                    "berstatus harian lepas, cuti melahirkan sering berarti berhenti bekerja tanpa "
                    "kepastian bisa kembali."
                ),
            ),
            (
                "quote",
                (
                    "Waktu anak kedua saya lahir, saya kembali kerja tiga minggu setelahnya. Kalau "
                    "tidak, nama saya dicoret dari daftar."
                ),
                "Buruh perawatan di Labuhanbatu",
            ),
            (
                "p",
                (
                    "Serikat mengusulkan agar perusahaan menetapkan prosedur cuti haid yang cukup "
                    "dengan pemberitahuan kepada mandor, tanpa surat dokter, serta menjamin buruh "
                    "yang cuti melahirkan dapat kembali ke pekerjaan dan afdeling semula. Serikat "
                    "juga meminta ruang laktasi dan kesempatan menyusui di lingkungan kerja."
                ),
            ),
            (
                "p",
                (
                    "Usulan tersebut akan dibawa ke perundingan perjanjian kerja bersama (PKB) "
                    "dengan PT Serdang Permai Agrindo yang dijadwalkan tahun ini."
                ),
            ),
        ],
        "title_en": "Menstrual and Maternity Leave Still Hard to Take for Women Estate Workers",
        "standfirst_en": (
            "On several estates in Labuhanbatu, women need a doctor's note to take menstrual leave "
            "and lose their bonuses during maternity leave. The union wants clear company rules."
        ),
        "body_en": [
            (
                "p",
                (
                    "Women on oil palm estates spray, fertilise, pick up loose fruit and tend "
                    "seedlings in the nursery. Yet the rights meant specifically for them often "
                    "exist only on paper."
                ),
            ),
            (
                "p",
                (
                    "In group discussions on three estates in Labuhanbatu, women told the same "
                    "story: for menstrual leave they must bring a doctor's note from a clinic many "
                    "kilometres away, so most keep working through the pain."
                ),
            ),
            ("h2", "What the law says"),
            (
                "p",
                (
                    "Under the Manpower Law, a woman worker who feels pain on the first and second "
                    "day of her period and informs her employer is not obliged to work on those "
                    "days. Women are also entitled to one and a half months of rest before and after "
                    "giving birth, on full pay."
                ),
            ),
            (
                "p",
                (
                    "During maternity leave the basic wage is paid, but harvest bonuses, often a "
                    "large part of income, disappear. For casual workers, maternity often means "
                    "losing the job."
                ),
            ),
            (
                "quote",
                (
                    "When my second child was born I went back to work after three weeks. Otherwise "
                    "my name would have been struck off the list."
                ),
                "Field maintenance worker in Labuhanbatu",
            ),
            (
                "p",
                (
                    "The union proposes that telling the foreman should be enough to take menstrual "
                    "leave, that women return to their own job after maternity leave, and that "
                    "estates provide space and time for breastfeeding. These proposals will go to "
                    "this year's collective bargaining."
                ),
            ),
        ],
        "topics": [
            "perempuan-dan-kbg",
            "jam-kerja-dan-target",
        ],
        "province": "12",
        "federations": [
            "FSP.PP-SPSI",
        ],
        "tags": [
            "cuti-haid",
            "cuti-melahirkan",
            "buruh-perempuan",
        ],
        "authors": [
            "MED-03",
        ],
        "days_ago": 45,
        "image": {
            "motif": "workers",
            "alt": "Ilustrasi beberapa buruh perempuan duduk melingkar berdiskusi di beranda rumah kayu.",
            "alt_en": (
                "Illustration of several women workers sitting in a circle talking on the porch of a "
                "wooden house."
            ),
            "caption": "Diskusi kelompok buruh perempuan di emplasemen.",
            "caption_en": "A group discussion among women workers in the estate housing.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "kasus-pelecehan-oleh-mandor-serikat-dampingi-korban",
        "title": "Kasus Pelecehan oleh Mandor: Serikat Dampingi Korban, Perusahaan Bentuk Tim Pemeriksa",
        "standfirst": (
            "Seorang buruh perempuan di Kutai Timur melaporkan pelecehan seksual oleh atasannya. "
            "Serikat mendampingi korban dengan mengutamakan keselamatan dan kerahasiaannya."
        ),
        "body": [
            (
                "p",
                (
                    "Laporan itu masuk ke pengurus serikat di sebuah kebun milik PT Cahaya Lestari "
                    "Agrindo di Kutai Timur pada pertengahan bulan lalu. Seorang buruh perempuan "
                    "menyampaikan bahwa seorang mandor berulang kali menyentuhnya tanpa persetujuan "
                    "dan mengirim pesan bernada seksual. Ia juga menyebut adanya ancaman soal "
                    "penempatan kerja bila ia menolak."
                ),
            ),
            (
                "p",
                (
                    "Untuk melindungi korban, tim media JAPBUSI tidak menyebut nama kebun, afdeling, "
                    "maupun rincian lain yang dapat membuatnya dikenali. Laporan ini ditulis dengan "
                    "persetujuannya."
                ),
            ),
            ("h2", "Korban didahulukan"),
            (
                "p",
                (
                    "Pengurus perempuan serikat yang telah mengikuti pelatihan pendampingan menemui "
                    "korban di tempat yang ia pilih sendiri. Langkah pertama adalah memastikan ia "
                    "aman. Korban meminta tidak lagi bekerja di bawah mandor tersebut, dan serikat "
                    "menyampaikan permintaan itu kepada manajemen tanpa membuka identitasnya kepada "
                    "pekerja lain."
                ),
            ),
            (
                "p",
                (
                    "Serikat kemudian meminta perusahaan membentuk tim pemeriksa yang melibatkan "
                    "perwakilan perempuan dan serikat. Manajemen menyetujuinya dan membebastugaskan "
                    "sementara mandor tersebut dari tugas lapangan selama pemeriksaan. Korban tetap "
                    "menerima upah penuh dan tidak dipindahkan ke pekerjaan yang lebih berat. Korban "
                    "juga dibantu mendapatkan layanan konseling dan diberi informasi tentang haknya "
                    "untuk melapor ke polisi berdasarkan Undang-Undang Nomor 12 Tahun 2022 tentang "
                    "Tindak Pidana Kekerasan Seksual."
                ),
            ),
            (
                "quote",
                (
                    "Keputusan ada di tangan korban. Tugas kami menemani, memberi informasi, dan "
                    "memastikan ia tidak dihukum karena berani bicara."
                ),
                "Pendamping dari serikat pekerja",
            ),
            (
                "p",
                (
                    "Kasus ini menunjukkan pentingnya aturan tertulis di tingkat perusahaan. "
                    "Kementerian Ketenagakerjaan telah menerbitkan pedoman pencegahan dan penanganan "
                    "kekerasan seksual di tempat kerja. Serikat mendorong agar isinya dimasukkan ke "
                    "dalam peraturan perusahaan dan PKB, termasuk jalur pelaporan yang aman dan "
                    "larangan membalas pelapor."
                ),
            ),
            (
                "p",
                (
                    "Buruh yang mengalami atau menyaksikan pelecehan dapat menghubungi serikatnya "
                    "atau JAPBUSI. Identitas pelapor akan dijaga. Pelaporan dapat dilakukan tanpa "
                    "menyebut nama, dan pendamping tidak akan mengambil langkah apa pun tanpa "
                    "persetujuan pelapor."
                ),
            ),
        ],
        "title_en": (
            "Harassment by a Foreman: Union Supports the Survivor, Company Sets Up an Investigation Team"
        ),
        "standfirst_en": (
            "A woman worker in Kutai Timur has reported sexual harassment by her supervisor. The "
            "union is supporting her, putting her safety and confidentiality first."
        ),
        "body_en": [
            (
                "p",
                (
                    "The report reached union officers at an estate of PT Cahaya Lestari Agrindo in "
                    "Kutai Timur last month. A woman worker said a foreman repeatedly touched her "
                    "without consent, sent her sexual messages and threatened her work assignment if "
                    "she refused."
                ),
            ),
            (
                "p",
                (
                    "To protect her, we do not name the estate, the division or any detail that "
                    "could identify her. This report is published with her consent."
                ),
            ),
            ("h2", "The survivor comes first"),
            (
                "p",
                (
                    "A trained woman union officer met her at a place of her choosing. At her "
                    "request, the union asked management to move her out from under the foreman, "
                    "without revealing her identity to co-workers. The company agreed to an "
                    "investigation team including women and union representatives, and suspended the "
                    "foreman from field duties during the inquiry."
                ),
            ),
            (
                "quote",
                (
                    "The decisions are hers. Our job is to stand with her, give her information and "
                    "make sure she is not punished for speaking up."
                ),
                "Union support worker",
            ),
            (
                "p",
                (
                    "She has been helped to reach counselling and informed of her right to report to "
                    "the police under the 2022 Sexual Violence Crimes Law. The union wants the "
                    "Ministry of Manpower's guidelines on workplace sexual violence written into "
                    "company rules and collective agreements, with safe reporting channels and "
                    "protection from retaliation."
                ),
            ),
        ],
        "topics": [
            "perempuan-dan-kbg",
        ],
        "province": "64",
        "federations": [
            "FSB Nikeuba",
        ],
        "tags": [
            "pelecehan-seksual",
            "pendampingan-korban",
        ],
        "authors": [
            "MED-01",
        ],
        "days_ago": 58,
        "image": {
            "motif": "meeting",
            "alt": (
                "Ilustrasi dua perempuan berbincang di sebuah ruangan sederhana; wajah tidak digambarkan."
            ),
            "alt_en": "Illustration of two women talking in a simple room; their faces are not shown.",
            "caption": "Pendampingan dilakukan di tempat yang dipilih korban.",
            "caption_en": "Support is given at a place the survivor chooses.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "anak-anak-di-antara-brondolan-target-panen-menarik-anak-ke-kebun",
        "title": "Anak-Anak di Antara Brondolan: Ketika Target Panen Menarik Anak ke Kebun",
        "standfirst": (
            "Pada hari libur sekolah, anak-anak ikut orang tuanya ke ancak untuk mengutip buah "
            "lepas. Buruh mengatakan itu satu-satunya cara mengejar target, serikat menyebutnya "
            "masalah sistem."
        ),
        "body": [
            (
                "p",
                (
                    "Sabtu pagi di Kebun Talang Pulai Jaya, Musi Banyuasin. Di sela pokok-pokok "
                    "sawit, beberapa anak usia sekolah dasar memungut brondolan, buah sawit yang "
                    "lepas dari tandan, ke dalam karung kecil. Orang tua mereka memanen tandan "
                    "dengan dodos beberapa meter dari situ."
                ),
            ),
            (
                "p",
                (
                    "Para orang tua tidak menyembunyikannya. Menurut mereka, brondolan harus dikutip "
                    "bersih agar tidak kena denda, sementara basis panen terus naik. Tanpa bantuan "
                    "keluarga, target sulit dicapai dalam jam kerja. Pada hari sekolah, anak-anak "
                    "yang lebih besar kadang datang ke kebun sepulang sekolah untuk membantu "
                    "menyelesaikan ancak yang tersisa, dan sebagian lebih sering absen pada musim "
                    "buah banyak."
                ),
            ),
            ("h2", "Akar masalahnya di target"),
            (
                "p",
                (
                    "Undang-Undang Ketenagakerjaan melarang pengusaha mempekerjakan anak, dan "
                    "Indonesia telah meratifikasi Konvensi ILO 138 tentang usia minimum untuk "
                    "bekerja dan Konvensi ILO 182 tentang bentuk-bentuk pekerjaan terburuk untuk "
                    "anak. Pekerjaan di kebun sawit mengandung bahaya bagi anak: duri pelepah, beban "
                    "berat, ular, dan sisa pestisida di tanah."
                ),
            ),
            (
                "p",
                (
                    "Serikat menilai bahwa melarang anak masuk kebun saja tidak cukup bila "
                    "penyebabnya tidak diatasi. Selama target panen ditetapkan tanpa memperhitungkan "
                    "kondisi buah dan kemampuan satu orang pekerja, keluarga akan terus mencari "
                    "tenaga tambahan, termasuk dari anak-anak dan istri yang tidak tercatat sebagai "
                    "pekerja."
                ),
            ),
            (
                "quote",
                (
                    "Saya tidak mau anak saya jadi pemanen juga. Tapi kalau target tidak sampai, "
                    "uang sekolahnya dari mana?"
                ),
                "Pemanen di Musi Banyuasin",
            ),
            (
                "p",
                (
                    "Dalam pertemuan dengan manajemen PT Bumi Tandan Sejahtera, serikat mengusulkan "
                    "penyesuaian basis panen, premi yang adil, tambahan tenaga pengutip brondolan "
                    "yang dibayar dan tercatat, serta kegiatan belajar bagi anak pada hari libur. "
                    "Perusahaan menyatakan akan meninjau usulan itu bersama bagian keberlanjutan."
                ),
            ),
            (
                "p",
                (
                    "Tim media JAPBUSI tidak memotret wajah anak-anak dan tidak mencantumkan nama "
                    "keluarga mana pun dalam laporan ini."
                ),
            ),
        ],
        "title_en": "Children Among the Loose Fruit: When Harvest Quotas Pull Children Into the Estate",
        "standfirst_en": (
            "On school holidays, children go with their parents to the harvest blocks to pick up "
            "loose fruit. Workers say it is the only way to meet the quota; the union calls it a "
            "problem of the system."
        ),
        "body_en": [
            (
                "p",
                (
                    "Saturday morning at Talang Pulai Jaya estate in Musi Banyuasin. Between the "
                    "palms, several primary-school-age children gather loose fruit into small sacks "
                    "while their parents cut bunches a few metres away."
                ),
            ),
            (
                "p",
                (
                    "The parents do not hide it. Loose fruit must be collected or they are fined, "
                    "and the quota keeps rising. Without family help, it cannot be met within "
                    "working hours."
                ),
            ),
            ("h2", "The root is the quota"),
            (
                "p",
                (
                    "Indonesian law prohibits employing children, and Indonesia has ratified ILO "
                    "Conventions 138 and 182. Estate work is dangerous for children: thorny fronds, "
                    "heavy loads, snakes and pesticide residue."
                ),
            ),
            (
                "p",
                (
                    "The union says banning children from the estate is not enough if the cause "
                    "remains. As long as quotas ignore fruit conditions and what one worker can do, "
                    "families will bring in unpaid help."
                ),
            ),
            (
                "quote",
                (
                    "I don't want my child to become a harvester too. But if I miss the quota, where "
                    "will the school fees come from?"
                ),
                "Harvester in Musi Banyuasin",
            ),
            (
                "p",
                (
                    "The union has proposed adjusted quotas, fair bonuses, paid and registered "
                    "loose-fruit collectors and holiday learning activities for children. PT Bumi "
                    "Tandan Sejahtera says it will review the proposals. We did not photograph the "
                    "children or name any family."
                ),
            ),
        ],
        "topics": [
            "pekerja-anak",
            "jam-kerja-dan-target",
        ],
        "province": "16",
        "federations": [
            "FSB Lomenik",
        ],
        "tags": [
            "brondolan",
            "pekerja-anak",
            "basis-panen",
        ],
        "authors": [
            "MED-02",
        ],
        "days_ago": 66,
        "image": {
            "motif": "fruit",
            "alt": (
                "Ilustrasi karung kecil berisi brondolan sawit di atas tanah di bawah pohon sawit; "
                "tidak ada orang yang digambarkan."
            ),
            "alt_en": (
                "Illustration of a small sack of loose palm fruit on the ground under an oil palm; "
                "no people are shown."
            ),
            "caption": "Brondolan yang dikutip di blok panen.",
            "caption_en": "Loose fruit collected in a harvest block.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "empat-bulan-tanpa-air-bersih-di-perumahan-kebun-tanjung-harapan",
        "title": "Empat Bulan Tanpa Air Bersih di Perumahan Kebun Tanjung Harapan",
        "standfirst": (
            "Sejak pompa sumur bor rusak, keluarga buruh di emplasemen Kebun Tanjung Harapan, "
            "Mukomuko, memakai air parit untuk mandi dan mencuci. Keluhan kesehatan mulai "
            "bermunculan."
        ),
        "body": [
            (
                "p",
                (
                    "Di perumahan buruh Kebun Tanjung Harapan, ember dan jeriken berjajar di depan "
                    "setiap pintu. Sejak pompa sumur bor utama rusak empat bulan lalu, air bersih "
                    "hanya datang dua kali seminggu lewat mobil tangki, dan jumlahnya tidak cukup "
                    "untuk sekitar 120 keluarga."
                ),
            ),
            (
                "p",
                (
                    "Untuk mandi dan mencuci, warga memakai air parit di belakang perumahan. Ibu-ibu "
                    "di emplasemen mengatakan anak-anak mereka mulai sering gatal-gatal dan diare. "
                    "Kamar mandi umum yang dibangun perusahaan juga tidak bisa dipakai karena tidak "
                    "ada air. Petugas klinik kebun mencatat lebih banyak anak datang dengan keluhan "
                    "diare dalam dua bulan terakhir, padahal air parit di sekitar kebun berisiko "
                    "tercemar pupuk dan pestisida."
                ),
            ),
            ("h2", "Rumah adalah bagian dari kondisi kerja"),
            (
                "p",
                (
                    "Di kebun yang jauh dari desa, buruh dan keluarganya bergantung sepenuhnya pada "
                    "perumahan yang disediakan perusahaan. Air bersih, sanitasi, listrik, klinik dan "
                    "akses ke sekolah karena itu bukan kemurahan hati, melainkan bagian dari kondisi "
                    "kerja yang layak. Standar sertifikasi keberlanjutan yang dipakai banyak "
                    "perusahaan sawit juga menuntut perumahan dan air minum yang layak bagi pekerja "
                    "yang tinggal di kebun."
                ),
            ),
            (
                "quote",
                (
                    "Kami pulang dari kebun penuh debu dan keringat, lalu harus antre air. Anak-anak "
                    "mandi di parit."
                ),
                "Warga emplasemen di Mukomuko",
            ),
            (
                "p",
                (
                    "Serikat pekerja sudah tiga kali menyampaikan keluhan secara lisan kepada "
                    "asisten afdeling. Karena tidak ada perbaikan, serikat mengirim surat resmi "
                    "kepada manajer kebun PT Mitra Sawit Pesisir, dilengkapi foto kondisi perumahan "
                    "dan daftar keluarga yang terdampak."
                ),
            ),
            (
                "p",
                (
                    "Manajemen menjawab bahwa suku cadang pompa sedang dipesan dan berjanji menambah "
                    "jadwal mobil tangki menjadi setiap hari sampai pompa diperbaiki. Serikat "
                    "meminta janji itu dituangkan dalam berita acara dan akan memantau "
                    "pelaksanaannya setiap minggu."
                ),
            ),
            (
                "p",
                (
                    "Serikat juga meminta perusahaan memeriksa kualitas air sumur secara berkala dan "
                    "mengumumkan hasilnya kepada warga emplasemen."
                ),
            ),
        ],
        "title_en": "Four Months Without Clean Water in Tanjung Harapan Estate Housing",
        "standfirst_en": (
            "Since the borehole pump broke down, workers' families at Tanjung Harapan estate in "
            "Mukomuko have been using ditch water to bathe and wash. Health complaints are growing."
        ),
        "body_en": [
            (
                "p",
                (
                    "Buckets and jerrycans line every doorway in the workers' housing. Since the "
                    "main borehole pump broke four months ago, a water truck comes twice a week, "
                    "which is not enough for some 120 families."
                ),
            ),
            (
                "p",
                (
                    "People bathe and wash in the ditch behind the houses. Mothers say their "
                    "children often have skin rashes and diarrhoea. The communal bathrooms cannot be "
                    "used because there is no water."
                ),
            ),
            ("h2", "Housing is part of working conditions"),
            (
                "p",
                (
                    "On remote estates, workers depend entirely on company housing. Clean water, "
                    "sanitation, electricity, clinics and access to school are not favours but part "
                    "of decent working conditions. Sustainability standards used by many palm oil "
                    "companies also require adequate housing and drinking water for resident workers."
                ),
            ),
            (
                "quote",
                (
                    "We come back from the field covered in dust and sweat, and then we have to "
                    "queue for water. The children bathe in the ditch."
                ),
                "Resident of the estate housing in Mukomuko",
            ),
            (
                "p",
                (
                    "After three verbal complaints went nowhere, the union wrote formally to the "
                    "estate manager of PT Mitra Sawit Pesisir. Management says pump parts are on "
                    "order and promises a daily water truck until the repair. The union wants the "
                    "promise in signed minutes, will check weekly, and asks for regular "
                    "water-quality tests shared with residents."
                ),
            ),
        ],
        "topics": [
            "perumahan-dan-fasilitas",
        ],
        "province": "17",
        "federations": [
            "FKUI",
        ],
        "tags": [
            "air-bersih",
            "emplasemen",
        ],
        "authors": [
            "MED-03",
        ],
        "days_ago": 79,
        "image": {
            "motif": "housing",
            "alt": ("Ilustrasi deretan rumah kayu perumahan kebun dengan ember dan jeriken di depan pintu."),
            "alt_en": (
                "Illustration of a row of wooden estate houses with buckets and jerrycans by the doors."
            ),
            "caption": "Jeriken menunggu giliran mobil tangki air.",
            "caption_en": "Jerrycans waiting for the water truck.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "iuran-bpjs-ketenagakerjaan-dipotong-dari-upah-tetapi-tak-pernah-disetor",
        "title": "Iuran BPJS Ketenagakerjaan Dipotong dari Upah, tetapi Tak Pernah Disetor",
        "standfirst": (
            "Buruh sebuah kebun di Tanah Laut baru tahu iurannya tidak disetor ketika seorang rekan "
            "mengalami kecelakaan kerja. Serikat membawa temuan itu ke BPJS Ketenagakerjaan dan "
            "pengawas ketenagakerjaan."
        ),
        "body": [
            (
                "p",
                (
                    "Kecelakaan itu terjadi saat panen. Seorang pemanen tertimpa tandan dan pelepah, "
                    "dan bahunya patah. Ketika keluarganya mengurus klaim jaminan kecelakaan kerja, "
                    "kantor cabang BPJS Ketenagakerjaan menyampaikan bahwa iuran untuknya tidak "
                    "dibayar selama lebih dari setahun."
                ),
            ),
            (
                "p",
                (
                    "Padahal, slip upah pemanen tersebut setiap bulan mencantumkan potongan iuran "
                    "BPJS Ketenagakerjaan. Serikat pekerja kemudian mengumpulkan slip upah anggota "
                    "lain dan membantu mereka memeriksa status kepesertaan melalui layanan resmi "
                    "BPJS Ketenagakerjaan. Hasilnya, puluhan buruh mengalami hal yang sama. Sebagian "
                    "bahkan tidak pernah menerima kartu kepesertaan, sehingga tidak tahu bahwa "
                    "mereka seharusnya terdaftar. Bagi keluarga pemanen yang cedera, berbulan-bulan "
                    "tanpa penghasilan penuh adalah pukulan berat."
                ),
            ),
            ("h2", "Potongan yang tidak sampai"),
            (
                "p",
                (
                    "Undang-Undang tentang Badan Penyelenggara Jaminan Sosial mewajibkan pemberi "
                    "kerja mendaftarkan pekerjanya dan menyetorkan iuran, termasuk bagian iuran yang "
                    "dipotong dari upah pekerja. Pemberi kerja yang memotong iuran tetapi tidak "
                    "menyetorkannya dapat dikenai sanksi, termasuk sanksi pidana."
                ),
            ),
            (
                "p",
                (
                    "Bagi buruh, akibatnya nyata. Tanpa iuran yang disetor, perlindungan jaminan "
                    "kecelakaan kerja, jaminan kematian dan jaminan hari tua tidak berjalan "
                    "sebagaimana mestinya. Serikat mengingatkan bahwa dalam keadaan seperti ini, "
                    "pemberi kerja tetap bertanggung jawab menanggung hak pekerja yang mengalami "
                    "kecelakaan kerja, termasuk biaya pengobatannya."
                ),
            ),
            (
                "quote",
                "Setiap bulan dipotong. Kami kira kami aman. Ternyata tidak.",
                "Buruh panen di Tanah Laut",
            ),
            (
                "p",
                (
                    "Serikat telah menyerahkan data potongan iuran kepada BPJS Ketenagakerjaan dan "
                    "melaporkan kasus ini kepada pengawas ketenagakerjaan. PT Sinar Tandan Banua "
                    "mengakui adanya tunggakan, menyebut kesulitan arus kas, dan menawarkan "
                    "pembayaran bertahap. Serikat meminta tunggakan untuk pekerja yang sedang sakit "
                    "atau cedera dilunasi lebih dulu."
                ),
            ),
            (
                "p",
                (
                    "JAPBUSI mengajak buruh memeriksa status kepesertaan secara berkala dan "
                    "menyimpan slip upah sebagai bukti potongan iuran."
                ),
            ),
        ],
        "title_en": "Social Security Contributions Deducted From Wages but Never Paid In",
        "standfirst_en": (
            "Workers on an estate in Tanah Laut only found out their contributions were not being "
            "paid when a colleague was injured. The union has taken the case to BPJS Ketenagakerjaan "
            "and labour inspectors."
        ),
        "body_en": [
            (
                "p",
                (
                    "A harvester was hit by a falling bunch and frond and broke his shoulder. When "
                    "his family claimed work-accident benefits, the BPJS Ketenagakerjaan office said "
                    "no contributions had been paid for him for over a year."
                ),
            ),
            (
                "p",
                (
                    "Yet his pay slip showed a contribution deduction every month. The union "
                    "collected other members' slips and helped them check their status through "
                    "official BPJS channels. Dozens were in the same situation."
                ),
            ),
            ("h2", "Deductions that went nowhere"),
            (
                "p",
                (
                    "The law on social security agencies requires employers to register workers and "
                    "pay contributions, including the share deducted from wages. Employers who "
                    "deduct but do not pay can face penalties, including criminal ones. Meanwhile "
                    "the employer remains responsible for an injured worker's rights, including "
                    "treatment costs."
                ),
            ),
            (
                "quote",
                "They deducted it every month. We thought we were covered. We weren't.",
                "Harvest worker in Tanah Laut",
            ),
            (
                "p",
                (
                    "PT Sinar Tandan Banua admits the arrears, cites cash-flow problems and offers "
                    "to pay in instalments. The union wants arrears for sick and injured workers "
                    "paid first. JAPBUSI encourages workers to check their membership regularly and "
                    "keep their pay slips."
                ),
            ),
        ],
        "topics": [
            "jaminan-sosial",
            "upah",
        ],
        "province": "63",
        "federations": [
            "FTA",
        ],
        "tags": [
            "bpjs-ketenagakerjaan",
            "iuran",
            "kecelakaan-kerja",
        ],
        "authors": [
            "MED-01",
        ],
        "days_ago": 88,
        "image": {
            "motif": "document",
            "alt": "Ilustrasi beberapa lembar slip upah dan sebuah kartu kepesertaan di atas meja.",
            "alt_en": "Illustration of several pay slips and a membership card on a table.",
            "caption": "Slip upah mencantumkan potongan iuran setiap bulan.",
            "caption_en": "Pay slips show a contribution deduction every month.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "kabut-asap-kembali-buruh-tetap-dipanggil-kerja-di-lahan-sengketa",
        "title": "Kabut Asap Kembali, Buruh Tetap Dipanggil Kerja di Lahan Sengketa",
        "standfirst": (
            "Saat kualitas udara memburuk di Rokan Hilir, buruh di Kebun Lubuk Kemuning tetap "
            "bekerja tanpa masker yang layak. Sebagian blok kebun itu juga masih disengketakan "
            "dengan warga desa."
        ),
        "body": [
            (
                "p",
                (
                    "Kabut asap dari kebakaran lahan gambut kembali menyelimuti Rokan Hilir selama "
                    "hampir tiga minggu. Sekolah di beberapa kecamatan meliburkan siswa, tetapi di "
                    "Kebun Lubuk Kemuning milik PT Mega Tani Serantau, apel pagi tetap berjalan "
                    "seperti biasa."
                ),
            ),
            (
                "p",
                (
                    "Buruh mengatakan perusahaan hanya sekali membagikan masker kain tipis. Jam "
                    "kerja di lapangan tidak dikurangi, dan pemanen tetap dikejar target yang sama. "
                    "Beberapa buruh yang sesak napas memilih tidak masuk kerja dan kehilangan upah "
                    "hariannya. Buruh dengan riwayat asma dan buruh yang sedang hamil tidak mendapat "
                    "perlakuan khusus."
                ),
            ),
            ("h2", "Asap adalah bahaya kerja"),
            (
                "p",
                (
                    "Partikel halus dalam asap kebakaran masuk jauh ke paru-paru. Dalam kondisi "
                    "seperti itu, pengusaha wajib menilai risiko dan menyesuaikan pekerjaan: "
                    "menyediakan masker yang mampu menyaring partikel halus, mengurangi kerja berat "
                    "di luar ruangan, dan memastikan buruh yang sakit tidak kehilangan upah. "
                    "Kewajiban menjaga keselamatan dan kesehatan kerja tidak berhenti ketika sumber "
                    "bahayanya berada di luar batas kebun."
                ),
            ),
            (
                "p",
                (
                    "Masalah asap bertemu dengan masalah lain yang sudah lama ada. Sebagian blok di "
                    "kebun tersebut diklaim warga desa sekitar sebagai tanah ulayat yang tidak "
                    "pernah diselesaikan. Ketegangan antara petugas keamanan kebun dan warga "
                    "beberapa kali terjadi, dan buruh yang bekerja di blok sengketa berada di "
                    "tengahnya. Sebagian buruh sendiri berasal dari desa-desa yang mengklaim lahan "
                    "tersebut."
                ),
            ),
            (
                "quote",
                ("Kami ini buruh, bukan pemilik tanah. Tapi kalau ada ribut, kami yang paling dekat."),
                "Pemanen di Rokan Hilir",
            ),
            (
                "p",
                (
                    "Serikat meminta perusahaan tidak menugaskan buruh di blok sengketa selama belum "
                    "ada kesepakatan dengan warga dan pemerintah daerah, serta menyusun prosedur "
                    "kerja darurat asap bersama P2K3. Prosedur itu diusulkan mencakup pembagian "
                    "masker yang layak, pengurangan jam kerja lapangan saat kualitas udara buruk, "
                    "dan izin sakit tanpa potongan upah."
                ),
            ),
            (
                "p",
                (
                    "Serikat juga menyatakan dukungannya agar konflik lahan diselesaikan lewat "
                    "dialog yang melibatkan warga dan pemerintah daerah, bukan lewat aparat "
                    "keamanan. Perusahaan belum memberikan tanggapan tertulis."
                ),
            ),
        ],
        "title_en": "The Haze Returns, and Workers Are Still Sent to Disputed Land",
        "standfirst_en": (
            "As air quality worsened in Rokan Hilir, workers at Lubuk Kemuning estate kept working "
            "without proper masks. Part of the estate is also claimed by neighbouring villagers."
        ),
        "body_en": [
            (
                "p",
                (
                    "Haze from peatland fires covered Rokan Hilir for almost three weeks. Schools "
                    "closed in several districts, but at Lubuk Kemuning estate, owned by PT Mega "
                    "Tani Serantau, morning roll call went ahead as usual."
                ),
            ),
            (
                "p",
                (
                    "Workers say the company handed out thin cloth masks once. Field hours were not "
                    "cut and quotas stayed the same. Some workers with breathing problems stayed "
                    "home and lost their daily pay."
                ),
            ),
            ("h2", "Haze is a workplace hazard"),
            (
                "p",
                (
                    "Fine particles in smoke reach deep into the lungs. Employers must assess the "
                    "risk and adapt the work: provide masks that filter fine particles, reduce heavy "
                    "outdoor work, and make sure sick workers do not lose pay. The duty of care does "
                    "not end at the estate boundary."
                ),
            ),
            (
                "p",
                (
                    "Part of the estate is also claimed by nearby villagers as customary land. There "
                    "have been confrontations between estate security and villagers, and workers in "
                    "the disputed blocks are caught in the middle."
                ),
            ),
            (
                "quote",
                "We are workers, not landowners. But when there is trouble, we are the closest.",
                "Harvester in Rokan Hilir",
            ),
            (
                "p",
                (
                    "The union asks the company not to assign workers to disputed blocks until there "
                    "is an agreement with villagers and local government, and to draw up a haze "
                    "emergency procedure with the safety committee. It supports resolving the land "
                    "conflict through dialogue, not security forces."
                ),
            ),
        ],
        "topics": [
            "tanah-dan-lingkungan",
            "k3",
        ],
        "province": "14",
        "federations": [
            "FSP NIBA SPSI CAITU",
        ],
        "tags": [
            "kabut-asap",
            "konflik-lahan",
            "masker",
        ],
        "authors": [
            "RIAU-07",
        ],
        "days_ago": 103,
        "image": {
            "motif": "road",
            "alt": "Ilustrasi jalan tanah di tengah kebun sawit yang tertutup kabut asap kelabu.",
            "alt_en": "Illustration of a dirt road through an oil palm estate shrouded in grey haze.",
            "caption": "Jalan kebun saat kabut asap.",
            "caption_en": "An estate road in the haze.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "apa-itu-pkwt-kontrak-kerja-waktu-tertentu-dalam-bahasa-sederhana",
        "title": "Apa Itu PKWT? Kontrak Kerja Waktu Tertentu dalam Bahasa Sederhana",
        "standfirst": (
            "Banyak buruh kebun menandatangani kontrak tanpa sempat membacanya. Ini penjelasan "
            "singkat tentang PKWT, PKWTT, dan apa yang perlu diperiksa sebelum tanda tangan."
        ),
        "body": [
            (
                "p",
                (
                    "Setiap musim rekrutmen, serikat di kebun-kebun Lampung menerima pertanyaan yang "
                    "sama: apa bedanya buruh kontrak dan pekerja tetap, dan apa yang terjadi kalau "
                    "kontrak habis? Tulisan ini menjawab pertanyaan-pertanyaan dasar itu. Penjelasan "
                    "ini bersifat umum; untuk kasus tertentu, konsultasikan dengan serikat atau "
                    "penasihat hukum."
                ),
            ),
            ("h2", "PKWT dan PKWTT"),
            (
                "p",
                (
                    "PKWT adalah perjanjian kerja waktu tertentu, yaitu kontrak yang berakhir pada "
                    "tanggal tertentu atau setelah pekerjaan tertentu selesai. PKWTT adalah "
                    "perjanjian kerja waktu tidak tertentu, yang biasa disebut pekerja tetap. "
                    "Setelah Undang-Undang Cipta Kerja, aturan pelaksana utamanya adalah Peraturan "
                    "Pemerintah Nomor 35 Tahun 2021."
                ),
            ),
            (
                "p",
                (
                    "Yang terpenting untuk diingat: PKWT tidak boleh dipakai untuk pekerjaan yang "
                    "bersifat tetap. Memanen, merawat tanaman, dan mengolah buah di pabrik "
                    "berlangsung terus-menerus sepanjang tahun. Jika pekerjaan seperti ini "
                    "dikerjakan dengan PKWT, serikat dapat mempersoalkannya. PKWT berdasarkan jangka "
                    "waktu, termasuk perpanjangannya, juga dibatasi paling lama lima tahun."
                ),
            ),
            ("h2", "Yang perlu diperiksa"),
            (
                "p",
                (
                    "PKWT harus dibuat secara tertulis dalam bahasa Indonesia dan huruf latin. "
                    "Periksa jangka waktunya, jenis pekerjaan, besar upah, dan tempat kerja. PKWT "
                    "tidak boleh mensyaratkan masa percobaan; jika ada masa percobaan dalam PKWT, "
                    "ketentuan itu batal demi hukum. Mintalah salinan kontrak untuk Anda simpan, dan "
                    "jangan menandatangani lembar kosong atau kontrak yang isinya belum Anda baca."
                ),
            ),
            (
                "p",
                (
                    "Saat PKWT berakhir, pengusaha wajib membayar uang kompensasi kepada pekerja "
                    "yang telah bekerja paling sedikit satu bulan secara terus-menerus. Besarnya "
                    "dihitung berdasarkan lama masa kerja. Jika kontrak diakhiri sebelum waktunya "
                    "oleh salah satu pihak, pihak yang mengakhiri wajib membayar ganti rugi kepada "
                    "pihak lainnya."
                ),
            ),
            (
                "p",
                (
                    "Kontrak kerja juga tidak menghapus hak-hak dasar. Pekerja PKWT berhak atas upah "
                    "minimum, jaminan sosial, alat pelindung diri, cuti, dan kebebasan berserikat "
                    "yang sama dengan pekerja tetap."
                ),
            ),
            (
                "p",
                (
                    "Jika Anda ragu tentang kontrak Anda, bawa salinannya ke pengurus serikat. "
                    "Federasi anggota JAPBUSI dapat membantu memeriksa isi kontrak dan, bila perlu, "
                    "mendampingi perundingan."
                ),
            ),
        ],
        "title_en": "What Is a PKWT? Fixed-Term Contracts in Plain Language",
        "standfirst_en": (
            "Many estate workers sign contracts without having time to read them. A short guide to "
            "fixed-term (PKWT) and permanent (PKWTT) contracts, and what to check before signing."
        ),
        "body_en": [
            (
                "p",
                (
                    "Every recruitment season, unions on estates in Lampung hear the same questions: "
                    "what is the difference between a contract worker and a permanent one, and what "
                    "happens when the contract ends? This is general information; for a specific "
                    "case, ask your union or a legal adviser."
                ),
            ),
            ("h2", "PKWT and PKWTT"),
            (
                "p",
                (
                    "A PKWT is a fixed-term contract that ends on a set date or when a specific job "
                    "is done. A PKWTT is an open-ended contract, usually called permanent "
                    "employment. The main implementing rule is Government Regulation 35/2021."
                ),
            ),
            (
                "p",
                (
                    "Above all, a PKWT may not be used for work that is permanent in nature. "
                    "Harvesting, field upkeep and mill processing go on all year. A time-based PKWT, "
                    "including extensions, may last at most five years."
                ),
            ),
            ("h2", "What to check"),
            (
                "p",
                (
                    "A PKWT must be in writing, in Indonesian. Check its duration, the job, the wage "
                    "and the workplace. It may not include a probation period; such a clause is "
                    "void. Keep a copy, and never sign a blank page."
                ),
            ),
            (
                "p",
                (
                    "When a PKWT ends, the employer must pay compensation to workers with at least "
                    "one month of continuous service. Contract workers have the same rights to the "
                    "minimum wage, social security, protective equipment, leave and freedom of "
                    "association as permanent workers. If in doubt, take your contract to your union."
                ),
            ),
        ],
        "topics": [
            "kontrak-dan-alih-daya",
            "phk",
        ],
        "province": "18",
        "federations": [
            "FSP.PP-KSPSI CAITU",
            "FSP.PP-SPSI",
        ],
        "tags": [
            "pkwt",
            "kontrak-kerja",
            "penjelasan",
        ],
        "authors": [
            "MED-01",
        ],
        "days_ago": 115,
        "image": {
            "motif": "document",
            "alt": "Ilustrasi lembar kontrak kerja dengan pena dan kaca pembesar di atasnya.",
            "alt_en": "Illustration of a work contract with a pen and a magnifying glass on top.",
            "caption": "Baca kontrak sebelum menandatangani.",
            "caption_en": "Read the contract before you sign.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "hak-buruh-harian-lepas-yang-sering-terlupakan",
        "title": "Hak Buruh Harian Lepas yang Sering Terlupakan",
        "standfirst": (
            "Buruh harian lepas (BHL) adalah tulang punggung banyak kebun sawit. Status harian tidak "
            "berarti tanpa hak. Ini ringkasan hak-hak yang paling sering dilanggar."
        ),
        "body": [
            (
                "p",
                (
                    "Di banyak kebun di Kalimantan Tengah, jumlah buruh harian lepas bisa menyamai "
                    "atau melebihi jumlah pekerja tetap. Mereka memanen, menyemprot, memupuk dan "
                    "mengutip brondolan. Sayangnya, banyak BHL mengira status harian berarti mereka "
                    "tidak punya hak apa pun. Anggapan itu keliru."
                ),
            ),
            ("h2", "Upah dan jaminan sosial"),
            (
                "p",
                (
                    "BHL berhak atas upah yang tidak lebih rendah dari upah minimum yang berlaku. "
                    "Untuk pekerja harian, upah per hari dihitung dari upah bulanan sesuai aturan "
                    "pengupahan. BHL juga wajib didaftarkan oleh pemberi kerja dalam program BPJS "
                    "Ketenagakerjaan dan jaminan kesehatan. Jika upah Anda dipotong untuk iuran, "
                    "pastikan iuran itu benar-benar disetor."
                ),
            ),
            (
                "p",
                (
                    "Aturan juga membatasi penggunaan status harian. Perjanjian kerja harian hanya "
                    "untuk pekerjaan yang waktu dan volumenya tidak tetap, dengan hari kerja kurang "
                    "dari 21 hari dalam sebulan. Jika seorang BHL bekerja 21 hari atau lebih selama "
                    "tiga bulan berturut-turut atau lebih, hubungan kerjanya demi hukum berubah "
                    "menjadi PKWTT, atau pekerja tetap."
                ),
            ),
            ("h2", "Keselamatan, perlindungan dan hari raya"),
            (
                "p",
                (
                    "Hak atas keselamatan kerja berlaku untuk semua pekerja tanpa melihat statusnya. "
                    "BHL berhak mendapat alat pelindung diri secara cuma-cuma dan penjelasan tentang "
                    "bahaya pekerjaannya. Buruh perempuan berstatus BHL juga berhak atas "
                    "perlindungan saat hamil dan melahirkan, dan tidak boleh diberhentikan karena "
                    "hamil."
                ),
            ),
            (
                "p",
                (
                    "Pekerja yang telah bekerja terus-menerus selama satu bulan atau lebih berhak "
                    "atas tunjangan hari raya keagamaan (THR), termasuk pekerja dengan perjanjian "
                    "kerja harian. Besarnya dihitung menurut masa kerja dan rata-rata upah yang "
                    "diterima."
                ),
            ),
            (
                "quote",
                (
                    "Dulu saya kira BHL itu artinya boleh diperlakukan seadanya. Setelah ikut "
                    "pertemuan serikat, saya baru tahu kami juga punya hak."
                ),
                "BHL perawatan di Kalimantan Tengah",
            ),
            (
                "p",
                (
                    "Simpan catatan sederhana: tanggal Anda bekerja, jumlah upah yang diterima, dan "
                    "nama mandor. Catatan ini sangat membantu jika suatu saat Anda perlu menuntut "
                    "hak. Jika Anda BHL dan ingin bertanya, hubungi serikat di kebun Anda atau "
                    "JAPBUSI. Anda tidak perlu menyebutkan nama untuk bertanya."
                ),
            ),
        ],
        "title_en": "The Overlooked Rights of Daily Casual Workers",
        "standfirst_en": (
            "Daily casual workers (BHL) are the backbone of many oil palm estates. Daily status does "
            "not mean no rights. A summary of the rights most often ignored."
        ),
        "body_en": [
            (
                "p",
                (
                    "On many estates in Central Kalimantan there are as many casual workers as "
                    "permanent ones, or more. They harvest, spray, fertilise and collect loose "
                    "fruit. Many believe daily status means they have no rights. That is wrong."
                ),
            ),
            ("h2", "Wages and social security"),
            (
                "p",
                (
                    "Casual workers are entitled to at least the applicable minimum wage, calculated "
                    "per day from the monthly rate. Employers must enrol them in BPJS "
                    "Ketenagakerjaan and health insurance."
                ),
            ),
            (
                "p",
                (
                    "Daily agreements are only for work that varies in time and volume, with fewer "
                    "than 21 working days a month. A casual worker who works 21 days or more for "
                    "three consecutive months becomes a permanent worker by law."
                ),
            ),
            ("h2", "Safety, protection and holiday allowance"),
            (
                "p",
                (
                    "Safety rights apply to everyone: free protective equipment and information "
                    "about the hazards of the job. Casual women workers are protected during "
                    "pregnancy and childbirth and may not be dismissed for being pregnant. Workers "
                    "with one month or more of continuous service, including daily workers, are "
                    "entitled to the religious holiday allowance (THR)."
                ),
            ),
            (
                "quote",
                (
                    "I used to think being casual meant they could treat us any way they liked. At "
                    "the union meeting I learned we have rights too."
                ),
                "Casual field worker in Central Kalimantan",
            ),
            (
                "p",
                (
                    "Keep a simple record of the days you work, what you are paid and your foreman's "
                    "name. You can ask your union or JAPBUSI for advice without giving your name."
                ),
            ),
        ],
        "topics": [
            "kontrak-dan-alih-daya",
            "upah",
            "jaminan-sosial",
        ],
        "province": "62",
        "federations": [
            "FSB Hukatan",
        ],
        "tags": [
            "bhl",
            "hak-buruh",
            "penjelasan",
        ],
        "authors": [
            "MED-02",
        ],
        "days_ago": 128,
        "image": {
            "motif": "workers",
            "alt": (
                "Ilustrasi buruh kebun dengan topi caping dan sepatu bot berjalan beriringan di jalan kebun."
            ),
            "alt_en": (
                "Illustration of estate workers in conical hats and boots walking together along an "
                "estate road."
            ),
            "caption": "Status harian tidak berarti tanpa hak.",
            "caption_en": "Daily status does not mean no rights.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "wawancara-kami-tidak-menolak-target-kami-menolak-target-yang-tidak-masuk-akal",
        "title": 'Wawancara: "Kami Tidak Menolak Target, Kami Menolak Target yang Tidak Masuk Akal"',
        "standfirst": (
            "Ketua serikat pekerja sebuah kebun di Ketapang berbicara tentang basis panen, premi, "
            "dan mengapa catatan jam kerja menjadi kekuatan serikat."
        ),
        "body": [
            (
                "p",
                (
                    "Ia sudah lima belas tahun menjadi pemanen sebelum terpilih menjadi ketua "
                    "serikat pekerja di kebunnya di Ketapang. Atas permintaannya, namanya tidak kami "
                    "tulis. Berikut petikan wawancara tim media JAPBUSI dengannya, yang telah "
                    "disunting agar ringkas."
                ),
            ),
            ("h2", "Apa masalah terbesar pemanen saat ini?"),
            (
                "p",
                (
                    "Target. Basis panen ditetapkan per hari, dan setiap tahun cenderung naik. "
                    "Padahal pohon makin tinggi, ancak makin jauh, dan buah tidak selalu ada. Kalau "
                    "tidak sampai basis, upah dipotong. Jadi orang datang lebih pagi dan pulang "
                    "lebih sore, tanpa dihitung lembur. Ada juga yang membawa istri atau anak untuk "
                    "membantu, dan itu yang paling kami khawatirkan."
                ),
            ),
            ("h2", "Apakah serikat menolak sistem target?"),
            (
                "p",
                (
                    "Tidak. Kami paham perusahaan perlu mengukur hasil kerja. Yang kami tolak adalah "
                    "target yang ditetapkan sepihak tanpa melihat kondisi lapangan. Kami minta basis "
                    "dibedakan menurut umur tanaman, tinggi pohon dan musim buah, dan ditetapkan "
                    "lewat perundingan. Kalau target masuk akal, pemanen bisa mencapainya dalam jam "
                    "kerja normal."
                ),
            ),
            ("h2", "Bagaimana serikat membuktikan masalahnya?"),
            (
                "p",
                (
                    "Dengan data. Anggota mencatat jam berangkat dan pulang, jumlah janjang, dan "
                    "premi yang diterima, di buku kecil yang kami bagikan. Setelah tiga bulan, "
                    "gambarannya jelas: pada bulan trek, rata-rata pemanen bekerja jauh melewati jam "
                    "kerja normal. Data itu yang kami bawa ke meja perundingan, bukan sekadar "
                    "keluhan."
                ),
            ),
            (
                "quote",
                (
                    "Kalau kami bicara tanpa data, kami dianggap mengeluh. Kalau kami bawa catatan "
                    "tiga bulan, mereka mulai mendengar."
                ),
                "Ketua serikat pekerja di Ketapang",
            ),
            ("h2", "Apa yang sudah berubah?"),
            (
                "p",
                (
                    "Perusahaan setuju meninjau basis untuk blok tanaman tua dan membayar premi "
                    "brondolan secara terpisah. Belum semuanya, tapi ini awal. Yang paling penting, "
                    "anggota melihat bahwa berserikat ada hasilnya. Dalam dua bulan terakhir, "
                    "anggota kami bertambah hampir seratus orang."
                ),
            ),
            (
                "p",
                (
                    "Pesan saya untuk pemanen di kebun lain: mulai mencatat. Tidak perlu alat "
                    "canggih, cukup buku tulis dan pena. Lalu bicarakan bersama, jangan "
                    "sendiri-sendiri."
                ),
            ),
        ],
        "title_en": 'Interview: "We Don\'t Reject Targets, We Reject Unreasonable Ones"',
        "standfirst_en": (
            "The union chair on an estate in Ketapang talks about harvest quotas, bonuses, and why "
            "keeping records of working hours gives the union its strength."
        ),
        "body_en": [
            (
                "p",
                (
                    "He harvested for fifteen years before being elected union chair on his estate "
                    "in Ketapang. At his request we do not publish his name. This interview has been "
                    "edited for length."
                ),
            ),
            ("h2", "What is the biggest problem for harvesters today?"),
            (
                "p",
                (
                    "Targets. The daily quota rises almost every year, while the palms get taller, "
                    "the blocks further away, and fruit is not always there. Miss the quota and your "
                    "pay is cut, so people come earlier and leave later without overtime. Some bring "
                    "their wives or children to help, which worries us most."
                ),
            ),
            ("h2", "Does the union reject targets?"),
            (
                "p",
                (
                    "No. We reject targets set unilaterally without looking at field conditions. "
                    "Quotas should depend on the age and height of the palms and the fruit season, "
                    "and be negotiated."
                ),
            ),
            ("h2", "How did you prove the problem?"),
            (
                "p",
                (
                    "With data. Members wrote down their hours, bunches and bonuses. After three "
                    "months it was clear that in the low season harvesters worked far beyond normal "
                    "hours."
                ),
            ),
            (
                "quote",
                (
                    "Without data, we are just complaining. With three months of records, they start "
                    "to listen."
                ),
                "Union chair in Ketapang",
            ),
            (
                "p",
                (
                    "The company agreed to review quotas for old blocks and pay a separate bonus for "
                    "loose fruit. Membership has grown by almost a hundred in two months. His "
                    "advice: start keeping records, and talk together."
                ),
            ),
        ],
        "topics": [
            "jam-kerja-dan-target",
            "upah",
        ],
        "province": "61",
        "federations": [
            "FP4K SARBUMUSI",
        ],
        "tags": [
            "wawancara",
            "basis-panen",
            "premi-panen",
        ],
        "authors": [
            "MED-03",
        ],
        "days_ago": 141,
        "image": {
            "motif": "palms",
            "alt": (
                "Ilustrasi barisan pohon sawit tua yang tinggi dengan egrek bersandar di salah satu "
                "batangnya."
            ),
            "alt_en": (
                "Illustration of a row of tall old oil palms with a harvesting sickle pole leaning "
                "against one trunk."
            ),
            "caption": "Pohon makin tinggi, basis panen tetap naik.",
            "caption_en": "The palms grow taller, yet the quota keeps rising.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "perundingan-bipartit-di-bulungan-sepakati-jadwal-pengangkatan-bhl",
        "title": "Perundingan Bipartit di Bulungan Sepakati Jadwal Pengangkatan BHL",
        "standfirst": (
            "Setelah tiga putaran perundingan, serikat dan manajemen PT Tunas Agro Perbatasan "
            "menyepakati pengangkatan bertahap buruh harian lepas menjadi pekerja tetap."
        ),
        "body": [
            (
                "p",
                (
                    "Perundingan bipartit antara serikat pekerja dan manajemen PT Tunas Agro "
                    "Perbatasan di Bulungan berakhir dengan risalah yang ditandatangani kedua pihak. "
                    "Kesepakatan utamanya: buruh harian lepas yang telah bekerja terus-menerus lebih "
                    "dari satu tahun akan diangkat menjadi pekerja tetap secara bertahap dalam satu "
                    "tahun."
                ),
            ),
            (
                "p",
                (
                    "Perundingan dimulai setelah serikat menyerahkan rekap kehadiran 180 BHL, yang "
                    "menunjukkan sebagian besar bekerja lebih dari 21 hari setiap bulan. Pada "
                    "putaran pertama, manajemen menawarkan pengangkatan hanya bagi pemanen. Serikat "
                    "menolak karena pekerja perawatan, yang sebagian besar perempuan, juga bekerja "
                    "sepanjang tahun."
                ),
            ),
            ("h2", "Isi kesepakatan"),
            (
                "p",
                (
                    "Dalam risalah perundingan, perusahaan setuju mengangkat 60 BHL pada tahap "
                    "pertama dalam tiga bulan, dan sisanya dalam dua tahap berikutnya. Urutan "
                    "pengangkatan ditentukan berdasarkan masa kerja, tanpa membedakan bagian panen "
                    "atau perawatan. Selama menunggu, semua BHL didaftarkan di BPJS Ketenagakerjaan "
                    "dan menerima slip upah yang rinci."
                ),
            ),
            (
                "p",
                (
                    "Kedua pihak juga sepakat membentuk tim bersama untuk memverifikasi masa kerja "
                    "setiap buruh, karena sebagian catatan kehadiran lama tidak lengkap. Buruh yang "
                    "tidak memiliki catatan dapat menggunakan kesaksian rekan kerja dan mandor."
                ),
            ),
            (
                "quote",
                (
                    "Kami tidak dapat semuanya hari ini. Tapi ada tanggal, ada nama, ada tanda "
                    "tangan. Itu yang membuat kami percaya."
                ),
                "Perunding dari serikat pekerja di Bulungan",
            ),
            (
                "p",
                (
                    "Undang-Undang tentang Penyelesaian Perselisihan Hubungan Industrial mewajibkan "
                    "perselisihan diupayakan lebih dulu melalui perundingan bipartit, yang harus "
                    "selesai paling lama 30 hari kerja. Kesepakatan yang dicapai dituangkan dalam "
                    "perjanjian bersama yang mengikat kedua pihak dan didaftarkan ke Pengadilan "
                    "Hubungan Industrial, sehingga dapat dimintakan pelaksanaannya bila salah satu "
                    "pihak ingkar."
                ),
            ),
            (
                "p",
                (
                    "Serikat akan memantau pelaksanaan tahap pertama dan melaporkannya kepada "
                    "anggota dalam rapat umum bulan depan. Pengurus mengingatkan anggota untuk tetap "
                    "menyimpan catatan kehadiran masing-masing sampai pengangkatan benar-benar "
                    "terlaksana."
                ),
            ),
        ],
        "title_en": "Bipartite Talks in Bulungan Agree a Timetable for Making Casual Workers Permanent",
        "standfirst_en": (
            "After three rounds of negotiation, the union and the management of PT Tunas Agro "
            "Perbatasan agreed to make daily casual workers permanent in stages."
        ),
        "body_en": [
            (
                "p",
                (
                    "Bipartite talks between the union and PT Tunas Agro Perbatasan in Bulungan "
                    "ended with minutes signed by both sides. Casual workers with more than a year "
                    "of continuous work will be made permanent in stages within a year."
                ),
            ),
            (
                "p",
                (
                    "Talks began after the union submitted attendance records for 180 casual "
                    "workers, most working more than 21 days a month. Management first offered "
                    "permanent jobs only to harvesters. The union refused, because field maintenance "
                    "workers, mostly women, also work all year."
                ),
            ),
            ("h2", "The agreement"),
            (
                "p",
                (
                    "Sixty workers will be made permanent within three months and the rest in two "
                    "further stages, in order of length of service regardless of job. Meanwhile all "
                    "casual workers will be enrolled in BPJS Ketenagakerjaan and receive detailed "
                    "pay slips. A joint team will verify each worker's length of service."
                ),
            ),
            (
                "quote",
                (
                    "We didn't get everything today. But there are dates, names and signatures. That "
                    "is why we trust it."
                ),
                "Union negotiator in Bulungan",
            ),
            (
                "p",
                (
                    "Under the industrial disputes law, disputes must first go to bipartite talks, "
                    "which must finish within 30 working days. An agreement becomes a binding joint "
                    "agreement registered with the Industrial Relations Court. The union will "
                    "monitor the first stage and report back to members."
                ),
            ),
        ],
        "topics": [
            "kontrak-dan-alih-daya",
        ],
        "province": "65",
        "federations": [
            "FSB Nikeuba",
        ],
        "tags": [
            "bipartit",
            "bhl",
            "pengangkatan",
        ],
        "authors": [
            "MED-03",
        ],
        "days_ago": 152,
        "image": {
            "motif": "meeting",
            "alt": (
                "Ilustrasi dua kelompok orang duduk berhadapan di meja panjang dengan berkas-berkas "
                "di atasnya."
            ),
            "alt_en": (
                "Illustration of two groups of people sitting opposite each other at a long table "
                "covered with files."
            ),
            "caption": "Perundingan bipartit putaran ketiga.",
            "caption_en": "The third round of bipartite talks.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "mediasi-di-disnaker-mediator-anjurkan-pesangon-dibayar",
        "title": "Mediasi di Disnaker: Mediator Anjurkan Pesangon Dibayar kepada Pemanen yang Di-PHK",
        "standfirst": (
            "Dua belas pemanen di Asahan diberhentikan setelah menolak dipindahkan ke kebun yang "
            "berjarak ratusan kilometer. Mediator Disnaker menganjurkan perusahaan membayar hak-hak "
            "mereka."
        ),
        "body": [
            (
                "p",
                (
                    "Kasus ini bermula dari surat mutasi. Dua belas pemanen di sebuah kebun PT "
                    "Pelita Tandan Nusantara di Asahan diminta pindah ke kebun perusahaan di "
                    "provinsi lain dalam waktu satu minggu, tanpa kejelasan perumahan dan biaya "
                    "pindah bagi keluarga. Ketika mereka menolak, perusahaan menganggap mereka "
                    "mengundurkan diri."
                ),
            ),
            (
                "p",
                (
                    "Serikat menilai para pemanen tidak pernah mengajukan pengunduran diri. Setelah "
                    "perundingan bipartit tidak membuahkan kesepakatan, serikat mencatatkan "
                    "perselisihan ke Dinas Tenaga Kerja kabupaten."
                ),
            ),
            ("h2", "Jalannya mediasi"),
            (
                "p",
                (
                    "Dalam tiga kali sidang mediasi, mediator hubungan industrial mendengarkan kedua "
                    "pihak dan memeriksa dokumen, termasuk perjanjian kerja dan surat mutasi. "
                    "Perusahaan berpendapat mutasi adalah hak manajemen. Serikat berargumen bahwa "
                    "mutasi ke tempat yang sangat jauh tanpa fasilitas yang memadai sama saja dengan "
                    "memaksa pekerja berhenti, dan bahwa perjanjian kerja para pemanen menyebut "
                    "kebun di Asahan sebagai tempat kerja."
                ),
            ),
            (
                "p",
                (
                    "Mediator akhirnya mengeluarkan anjuran tertulis. Isinya, hubungan kerja "
                    "dinyatakan putus karena PHK oleh perusahaan, bukan karena pengunduran diri, dan "
                    "perusahaan dianjurkan membayar pesangon, uang penghargaan masa kerja, dan uang "
                    "penggantian hak sesuai peraturan perundang-undangan."
                ),
            ),
            (
                "quote",
                (
                    "Kami tidak menolak bekerja. Kami menolak dipisahkan dari keluarga tanpa rumah "
                    "dan tanpa ongkos."
                ),
                "Pemanen yang di-PHK di Asahan",
            ),
            (
                "p",
                (
                    "Anjuran mediator belum mengikat. Para pihak diberi waktu untuk menyatakan "
                    "menerima atau menolak. Jika salah satu pihak menolak, perkara dapat diajukan ke "
                    "Pengadilan Hubungan Industrial. Serikat telah menyatakan menerima anjuran "
                    "tersebut, sementara perusahaan belum memberikan jawaban."
                ),
            ),
            (
                "p",
                (
                    "Pendamping dari federasi mengingatkan bahwa buruh yang menerima surat mutasi "
                    "sebaiknya tidak langsung menolak secara lisan, tetapi menanggapinya secara "
                    "tertulis dan segera menghubungi serikat. Buruh juga sebaiknya tidak "
                    "menandatangani surat pengunduran diri atau surat pernyataan apa pun sebelum "
                    "berkonsultasi."
                ),
            ),
        ],
        "title_en": "Labour Office Mediation: Mediator Recommends Severance for Dismissed Harvesters",
        "standfirst_en": (
            "Twelve harvesters in Asahan were dismissed after refusing a transfer to an estate "
            "hundreds of kilometres away. The labour office mediator recommends the company pay "
            "their entitlements."
        ),
        "body_en": [
            (
                "p",
                (
                    "It started with a transfer letter. Twelve harvesters at an estate of PT Pelita "
                    "Tandan Nusantara in Asahan were told to move to an estate in another province "
                    "within a week, with no clarity on housing or moving costs for their families. "
                    "When they refused, the company treated them as having resigned."
                ),
            ),
            (
                "p",
                (
                    "The union says they never resigned. After bipartite talks failed, it registered "
                    "a dispute with the district labour office."
                ),
            ),
            ("h2", "The mediation"),
            (
                "p",
                (
                    "Over three sessions the mediator heard both sides and examined the work "
                    "agreements and the transfer letter. The union argued that a distant transfer "
                    "without proper support amounts to forcing workers out, and that their contracts "
                    "named the Asahan estate as their workplace."
                ),
            ),
            (
                "p",
                (
                    "The mediator's written recommendation finds that the company ended the "
                    "employment, not the workers, and that severance pay, long-service pay and other "
                    "entitlements should be paid."
                ),
            ),
            (
                "quote",
                (
                    "We did not refuse to work. We refused to be separated from our families with no "
                    "house and no fare."
                ),
                "Dismissed harvester in Asahan",
            ),
            (
                "p",
                (
                    "The recommendation is not binding; if either side rejects it, the case can go "
                    "to the Industrial Relations Court. The union has accepted it. Workers who "
                    "receive a transfer letter should reply in writing, contact their union, and "
                    "sign nothing before getting advice."
                ),
            ),
        ],
        "topics": [
            "phk",
            "upah",
        ],
        "province": "12",
        "federations": [
            "FSP.PP-SPSI",
        ],
        "tags": [
            "mediasi",
            "pesangon",
            "mutasi",
        ],
        "authors": [
            "MED-02",
        ],
        "days_ago": 167,
        "image": {
            "motif": "meeting",
            "alt": (
                "Ilustrasi ruang mediasi sederhana dengan meja, map berkas dan papan nama instansi "
                "di dinding."
            ),
            "alt_en": (
                "Illustration of a simple mediation room with a table, case files and a government "
                "office sign on the wall."
            ),
            "caption": "Sidang mediasi di dinas ketenagakerjaan kabupaten.",
            "caption_en": "A mediation session at the district labour office.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "pelatihan-k3-untuk-pengurus-serikat-dari-label-pestisida-sampai-laporan-kecelakaan",
        "title": "Pelatihan K3 untuk Pengurus Serikat: Dari Label Pestisida sampai Laporan Kecelakaan",
        "standfirst": (
            "Tiga puluh pengurus serikat dari kebun-kebun di Banggai belajar mengenali bahaya, "
            "membaca label bahan kimia, dan mencatat kecelakaan kerja."
        ),
        "body": [
            (
                "p",
                (
                    "Selama dua hari, ruang pertemuan sebuah balai desa di Banggai dipenuhi pengurus "
                    "serikat dari delapan kebun sawit. Mereka mengikuti pelatihan keselamatan dan "
                    "kesehatan kerja (K3) yang diselenggarakan dua federasi anggota JAPBUSI bersama "
                    "tim pendamping jaringan."
                ),
            ),
            ("h2", "Belajar dari kebun sendiri"),
            (
                "p",
                (
                    "Pelatihan dimulai dengan pemetaan bahaya. Peserta menggambar denah afdeling "
                    "masing-masing dan menandai titik-titik rawan: jalan panen yang licin, gudang "
                    "pestisida, jembatan kayu, dan tempat pengumpulan hasil. Dari situ muncul daftar "
                    "yang panjang, mulai dari tertimpa tandan dan pelepah, tertusuk duri, digigit "
                    "ular, hingga keracunan bahan kimia."
                ),
            ),
            (
                "p",
                (
                    "Sesi berikutnya membahas cara membaca label dan lembar data keselamatan "
                    "pestisida. Banyak peserta baru tahu bahwa warna dan simbol pada label "
                    "menunjukkan tingkat bahaya, dan bahwa setiap bahan kimia di gudang seharusnya "
                    "dilengkapi lembar data yang bisa dibaca dan dipahami pekerja."
                ),
            ),
            (
                "quote",
                (
                    "Selama ini kalau ada yang jatuh dari jembatan panen, kami anggap nasib. "
                    "Sekarang kami tahu itu harus dicatat dan dilaporkan."
                ),
                "Peserta pelatihan dari Banggai",
            ),
            (
                "p",
                (
                    "Peserta juga berlatih mencatat kecelakaan kerja: apa yang terjadi, kapan, di "
                    "mana, siapa saksinya, dan pertolongan apa yang diberikan. Fasilitator "
                    "menjelaskan bahwa pengusaha wajib melaporkan kecelakaan kerja, dan bahwa "
                    "catatan serikat penting agar pekerja yang cedera tidak kehilangan haknya atas "
                    "jaminan kecelakaan kerja."
                ),
            ),
            (
                "p",
                (
                    "Pada hari kedua, peserta menyusun rencana tindak lanjut. Setiap serikat akan "
                    "meminta keterwakilan pekerja di P2K3 perusahaan, mengusulkan inspeksi bersama "
                    "setiap bulan, dan membagikan ringkasan hak K3 kepada anggota dalam bahasa "
                    "sederhana. Beberapa peserta juga berencana membentuk kelompok kecil di setiap "
                    "afdeling agar keluhan K3 cepat sampai ke pengurus."
                ),
            ),
            (
                "p",
                (
                    "Federasi berencana menggelar pelatihan serupa di kabupaten lain. Materi "
                    "pelatihan akan dibagikan kepada serikat anggota dan dapat diminta melalui "
                    "sekretariat JAPBUSI."
                ),
            ),
        ],
        "title_en": "Safety Training for Union Officers: From Pesticide Labels to Accident Reports",
        "standfirst_en": (
            "Thirty union officers from estates in Banggai learned to identify hazards, read "
            "chemical labels and record workplace accidents."
        ),
        "body_en": [
            (
                "p",
                (
                    "For two days, a village hall in Banggai was full of union officers from eight "
                    "oil palm estates attending an occupational safety and health course run by two "
                    "JAPBUSI member federations with the network's support team."
                ),
            ),
            ("h2", "Learning from their own estates"),
            (
                "p",
                (
                    "Participants drew maps of their divisions and marked the danger spots: slippery "
                    "harvest paths, pesticide stores, wooden bridges and collection points. The list "
                    "was long, from falling bunches and thorns to snakebites and chemical poisoning."
                ),
            ),
            (
                "p",
                (
                    "They learned to read pesticide labels and safety data sheets, and that every "
                    "chemical in the store should come with information workers can understand."
                ),
            ),
            (
                "quote",
                (
                    "Until now, if someone fell off a harvest bridge we called it fate. Now we know "
                    "it must be recorded and reported."
                ),
                "Training participant from Banggai",
            ),
            (
                "p",
                (
                    "They practised recording accidents: what happened, when, where, who saw it and "
                    "what first aid was given. Employers must report workplace accidents, and union "
                    "records help injured workers claim their benefits."
                ),
            ),
            (
                "p",
                (
                    "Each union will now ask for worker representation on the company safety "
                    "committee, propose monthly joint inspections and share a plain-language summary "
                    "of safety rights. The federations plan similar courses elsewhere."
                ),
            ),
        ],
        "topics": [
            "k3",
            "kebebasan-berserikat",
        ],
        "province": "72",
        "federations": [
            "FSB Lomenik",
            "FKUI",
        ],
        "tags": [
            "pelatihan",
            "p2k3",
            "kecelakaan-kerja",
        ],
        "authors": [
            "MED-03",
        ],
        "days_ago": 179,
        "image": {
            "motif": "meeting",
            "alt": (
                "Ilustrasi peserta pelatihan duduk di balai desa memperhatikan kertas plano berisi "
                "denah kebun."
            ),
            "alt_en": (
                "Illustration of trainees in a village hall looking at a flip chart with a map of an estate."
            ),
            "caption": "Pemetaan bahaya di afdeling masing-masing.",
            "caption_en": "Mapping the hazards in each division.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "dialog-tripartit-bahas-kerja-layak-dan-pencegahan-kerja-paksa-di-perkebunan-sawit",
        "title": (
            "Dialog Tripartit di Jakarta Bahas Kerja Layak dan Pencegahan Kerja Paksa di Perkebunan Sawit"
        ),
        "standfirst": (
            "Perwakilan serikat sawit, Kementerian Ketenagakerjaan, asosiasi pengusaha dan ILO duduk "
            "bersama membahas kepastian kerja, pengawasan ketenagakerjaan, dan indikator kerja paksa."
        ),
        "body": [
            (
                "p",
                (
                    "Perwakilan federasi anggota JAPBUSI menghadiri dialog sosial di Jakarta bersama "
                    "pejabat Kementerian Ketenagakerjaan, perwakilan asosiasi pengusaha perkebunan, "
                    "dan Organisasi Perburuhan Internasional (ILO). Pertemuan sehari itu membahas "
                    "langkah bersama menuju kerja layak di sektor kelapa sawit."
                ),
            ),
            ("h2", "Tiga pokok bahasan"),
            (
                "p",
                (
                    "Pokok pertama adalah kepastian kerja. Serikat memaparkan temuan dari berbagai "
                    "kebun tentang buruh harian lepas yang bekerja bertahun-tahun tanpa status "
                    "tetap, dan meminta pengawasan yang lebih aktif terhadap penggunaan perjanjian "
                    "kerja harian dan alih daya. Serikat juga menyoroti buruh perempuan di bagian "
                    "perawatan, yang paling sering dibiarkan berstatus harian."
                ),
            ),
            (
                "p",
                (
                    "Pokok kedua adalah pengawasan ketenagakerjaan. Jumlah pengawas di "
                    "provinsi-provinsi sawit dinilai belum sebanding dengan luas kebun dan jumlah "
                    "pekerja, dan banyak kebun berada jauh dari kantor pengawas. Serikat mengusulkan "
                    "agar laporan dari serikat dapat menjadi dasar pemeriksaan, dengan jaminan "
                    "kerahasiaan bagi pekerja yang melapor."
                ),
            ),
            (
                "p",
                (
                    "Pokok ketiga adalah pencegahan kerja paksa. Peserta membahas indikator kerja "
                    "paksa yang dikenal dalam kerangka ILO, seperti penahanan dokumen identitas, "
                    "jeratan utang, dan pembatasan gerak, serta bagaimana indikator itu dapat muncul "
                    "di kebun yang terpencil, misalnya melalui perekrut tenaga kerja atau utang di "
                    "kedai kebun."
                ),
            ),
            (
                "quote",
                (
                    "Dialog baru berarti kalau hasilnya sampai ke ancak. Kami akan menagih setiap "
                    "janji yang dibuat hari ini."
                ),
                "Perwakilan federasi anggota JAPBUSI",
            ),
            (
                "p",
                (
                    "Pertemuan ditutup dengan kesepakatan untuk menyusun rencana kerja bersama, "
                    "termasuk pelatihan bersama bagi serikat dan pengusaha tentang hak-hak dasar di "
                    "tempat kerja. Para peserta juga sepakat bertemu kembali untuk meninjau "
                    "kemajuannya."
                ),
            ),
            (
                "p",
                (
                    "JAPBUSI menegaskan akan terus membawa suara buruh dari kebun ke forum dialog "
                    "seperti ini, dan melaporkan perkembangannya kepada anggota. Bahan pemaparan "
                    "serikat dalam pertemuan ini disusun dari kasus-kasus yang telah diverifikasi, "
                    "tanpa mencantumkan identitas pekerja yang melapor."
                ),
            ),
        ],
        "title_en": (
            "Tripartite Dialogue in Jakarta Discusses Decent Work and Preventing Forced Labour on "
            "Oil Palm Estates"
        ),
        "standfirst_en": (
            "Palm oil unions, the Ministry of Manpower, employers' associations and the ILO met to "
            "discuss job security, labour inspection and forced labour indicators."
        ),
        "body_en": [
            (
                "p",
                (
                    "Representatives of JAPBUSI member federations attended a one-day social "
                    "dialogue in Jakarta with officials of the Ministry of Manpower, plantation "
                    "employers' associations and the International Labour Organization (ILO), to "
                    "discuss joint steps towards decent work in the palm oil sector."
                ),
            ),
            ("h2", "Three topics"),
            (
                "p",
                (
                    "First, job security. The unions presented findings on casual workers kept on "
                    "daily status for years, often women in field maintenance, and asked for closer "
                    "scrutiny of daily contracts and outsourcing."
                ),
            ),
            (
                "p",
                (
                    "Second, labour inspection. The number of inspectors in palm oil provinces does "
                    "not match the size of the estates. The unions proposed that union reports could "
                    "trigger inspections, with confidentiality for workers."
                ),
            ),
            (
                "p",
                (
                    "Third, forced labour. Participants discussed ILO indicators such as withheld "
                    "identity documents, debt bondage and restricted movement, and how they can "
                    "arise on remote estates through recruiters or estate shop debts."
                ),
            ),
            (
                "quote",
                (
                    "Dialogue only matters if the results reach the harvest blocks. We will hold "
                    "everyone to the promises made today."
                ),
                "Representative of a JAPBUSI member federation",
            ),
            (
                "p",
                (
                    "The meeting agreed to draw up a joint work plan, including joint training for "
                    "unions and employers on fundamental rights at work. The unions' presentation "
                    "was based on verified cases, without identifying any worker."
                ),
            ),
        ],
        "topics": [
            "kebebasan-berserikat",
            "kerja-paksa",
        ],
        "province": "31",
        "federations": [
            "FSP NIBA SPSI CAITU",
            "FTA",
            "FP4K SARBUMUSI",
            "FSP.PP-KSPSI CAITU",
        ],
        "tags": [
            "dialog-sosial",
            "ilo",
            "kemnaker",
        ],
        "authors": [
            "MED-01",
        ],
        "days_ago": 194,
        "image": {
            "motif": "meeting",
            "alt": "Ilustrasi ruang rapat besar dengan meja berbentuk U dan papan nama peserta.",
            "alt_en": "Illustration of a large meeting room with a U-shaped table and name cards.",
            "caption": "Dialog sosial tentang kerja layak di sektor sawit.",
            "caption_en": "Social dialogue on decent work in the palm oil sector.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "ktp-dan-ijazah-ditahan-buruh-rekrutan-terjerat-utang-perjalanan",
        "title": "KTP dan Ijazah Ditahan, Buruh Rekrutan dari Luar Pulau Terjerat Utang Perjalanan",
        "standfirst": (
            "Puluhan buruh yang direkrut dari luar Papua untuk bekerja di sebuah kebun di Manokwari "
            "mengaku dokumennya ditahan sampai utang ongkos perjalanan lunas."
        ),
        "body": [
            (
                "p",
                (
                    "Mereka berangkat dengan janji pekerjaan tetap dan upah yang cukup untuk dikirim "
                    "ke kampung. Sesampainya di kebun di Kabupaten Manokwari, puluhan buruh rekrutan "
                    'dari luar pulau diminta menyerahkan KTP dan ijazah kepada perekrut "untuk '
                    'keperluan administrasi". Dokumen itu tidak pernah dikembalikan.'
                ),
            ),
            (
                "p",
                (
                    "Menurut para buruh, perekrut mencatat ongkos kapal, makan selama perjalanan, "
                    "dan uang saku sebagai utang. Utang itu dipotong dari upah setiap bulan, "
                    "ditambah belanja di kedai yang dikelola orang yang sama. Beberapa buruh mengaku "
                    "utangnya justru bertambah setelah berbulan-bulan bekerja."
                ),
            ),
            ("h2", "Tanda-tanda kerja paksa"),
            (
                "p",
                (
                    "Penahanan dokumen identitas dan jeratan utang adalah dua indikator kerja paksa "
                    "yang dikenal dalam kerangka ILO. Indonesia telah meratifikasi Konvensi ILO 29 "
                    "tentang kerja paksa dan Konvensi ILO 105 tentang penghapusan kerja paksa. Tidak "
                    "ada alasan administrasi yang membenarkan perusahaan atau perekrut menyimpan KTP "
                    "dan ijazah pekerja di luar kehendaknya."
                ),
            ),
            (
                "quote",
                (
                    "Mau pulang pun tidak bisa. KTP tidak ada, utang belum lunas, dan kapal cuma dua "
                    "minggu sekali."
                ),
                "Buruh rekrutan di Manokwari",
            ),
            (
                "p",
                (
                    "Perusahaan pemilik kebun, PT Sinar Timur Agrolestari, menyatakan bahwa "
                    "perekrutan dilakukan oleh kontraktor dan perusahaan tidak mengetahui adanya "
                    "penahanan dokumen. Serikat menegaskan bahwa perusahaan tetap bertanggung jawab "
                    "memastikan tidak ada kerja paksa dalam operasinya, termasuk yang dilakukan "
                    "pihak ketiga yang bekerja untuknya."
                ),
            ),
            (
                "p",
                (
                    "Atas desakan serikat, perusahaan berjanji mengembalikan seluruh dokumen dalam "
                    "dua minggu dan memeriksa catatan potongan upah. Serikat meminta agar utang yang "
                    "tidak jelas dasarnya dihapus, upah dibayar langsung ke rekening masing-masing "
                    "buruh, dan buruh yang ingin pulang dibantu ongkosnya."
                ),
            ),
            (
                "p",
                (
                    "Tim media JAPBUSI mengubah beberapa detail dalam laporan ini untuk melindungi "
                    "buruh yang memberi keterangan. Buruh yang dokumennya ditahan dapat menghubungi "
                    "serikat atau JAPBUSI tanpa harus menyebutkan nama."
                ),
            ),
        ],
        "title_en": (
            "Identity Cards and Diplomas Withheld: Workers Recruited From Other Islands Trapped by "
            "Travel Debts"
        ),
        "standfirst_en": (
            "Dozens of workers recruited from outside Papua to work on an estate in Manokwari say "
            "their documents are being held until they pay off their travel costs."
        ),
        "body_en": [
            (
                "p",
                (
                    "They left home promised permanent jobs and wages they could send back to their "
                    "villages. On arrival at an estate in Manokwari, the recruiter asked for their "
                    'identity cards and diplomas "for paperwork". The documents were never '
                    "returned."
                ),
            ),
            (
                "p",
                (
                    "The recruiter recorded the ship fare, food on the journey and pocket money as "
                    "debt, deducted from wages each month along with purchases at a shop run by the "
                    "same person. Some say their debt has grown after months of work."
                ),
            ),
            ("h2", "Signs of forced labour"),
            (
                "p",
                (
                    "Withholding identity documents and debt bondage are two ILO indicators of "
                    "forced labour. Indonesia has ratified ILO Conventions 29 and 105. No "
                    "administrative reason justifies keeping a worker's documents against their will."
                ),
            ),
            (
                "quote",
                (
                    "We can't even go home. No ID card, the debt isn't paid off, and the ship only "
                    "comes every two weeks."
                ),
                "Recruited worker in Manokwari",
            ),
            (
                "p",
                (
                    "PT Sinar Timur Agrolestari says a contractor handled recruitment and it was "
                    "unaware of the withheld documents. The union says the company is still "
                    "responsible for forced labour in its operations, including by third parties. "
                    "The company has promised to return all documents within two weeks and review "
                    "the deductions. The union wants unexplained debts cancelled and wages paid "
                    "directly to workers' accounts. Some details have been changed to protect the "
                    "workers."
                ),
            ),
        ],
        "topics": [
            "kerja-paksa",
            "upah",
        ],
        "province": "91",
        "federations": [
            "FTA",
        ],
        "tags": [
            "penahanan-dokumen",
            "jeratan-utang",
            "perekrutan",
        ],
        "authors": [
            "MED-02",
        ],
        "days_ago": 207,
        "image": {
            "motif": "road",
            "alt": (
                "Ilustrasi pelabuhan kecil dengan kapal penumpang dan jalan tanah menuju kebun sawit "
                "di kejauhan."
            ),
            "alt_en": (
                "Illustration of a small port with a passenger ship and a dirt road leading to an "
                "oil palm estate in the distance."
            ),
            "caption": "Perjalanan panjang menuju kebun.",
            "caption_en": "The long journey to the estate.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "alih-daya-di-kebun-pemuat-tbs-tanpa-slip-dan-tanpa-bpjs",
        "title": "Alih Daya di Kebun: Pemuat TBS Digaji Kontraktor, Tanpa Slip dan Tanpa BPJS",
        "standfirst": (
            "Di Nagan Raya, pekerjaan memuat tandan buah segar ke truk diserahkan kepada kontraktor. "
            "Para pemuat bekerja setiap hari di kebun yang sama, tetapi tidak tercatat sebagai "
            "pekerja siapa pun."
        ),
        "body": [
            (
                "p",
                (
                    "Memuat tandan buah segar (TBS) ke truk termasuk pekerjaan paling berat di "
                    "kebun. Di sebuah kebun milik PT Kuala Tandan Sentosa di Nagan Raya, pekerjaan "
                    "ini dikerjakan oleh sekitar 50 pemuat yang direkrut kontraktor lokal. Mereka "
                    "bekerja di kebun yang sama setiap hari, sebagian sudah lebih dari lima tahun."
                ),
            ),
            (
                "p",
                (
                    "Para pemuat dibayar per ton oleh kontraktor, tunai, tanpa slip upah. Tidak ada "
                    "yang memegang salinan perjanjian kerja. Ketika serikat memeriksa, tidak satu "
                    "pun terdaftar di BPJS Ketenagakerjaan, padahal risiko cedera punggung, terjepit "
                    "bak truk, dan tertimpa tandan sangat tinggi."
                ),
            ),
            ("h2", "Alih daya tidak menghapus hak"),
            (
                "p",
                (
                    "Peraturan Pemerintah Nomor 35 Tahun 2021 mengatur bahwa perusahaan alih daya "
                    "harus berbadan hukum dan memenuhi perizinan berusaha, dan bahwa perlindungan "
                    "pekerja, upah, kesejahteraan, syarat kerja, serta perselisihan yang timbul "
                    "menjadi tanggung jawab perusahaan alih daya. Hubungan kerjanya harus didasarkan "
                    "pada perjanjian kerja tertulis, baik PKWT maupun PKWTT."
                ),
            ),
            (
                "p",
                (
                    "Jika kontraktor tidak berbadan hukum atau tidak memenuhi syarat, serikat dapat "
                    "mempersoalkan siapa sebenarnya pemberi kerja para pemuat. Perusahaan pemberi "
                    "pekerjaan juga berkepentingan memastikan kontraktornya patuh, karena para "
                    "pemuat bekerja di dalam kebunnya, mengikuti jadwal kebun, dan diawasi oleh "
                    "mandor kebun."
                ),
            ),
            (
                "quote",
                (
                    "Kami angkat buah kebun ini setiap hari. Kalau kami cedera, kami tidak tahu "
                    "harus minta tolong ke siapa."
                ),
                "Pemuat TBS di Nagan Raya",
            ),
            (
                "p",
                (
                    "Serikat pekerja kebun, yang selama ini hanya beranggotakan pekerja langsung "
                    "perusahaan, memutuskan membuka keanggotaan bagi para pemuat. Serikat lalu "
                    "meminta perusahaan memeriksa legalitas kontraktor dan memastikan semua pemuat "
                    "didaftarkan ke BPJS Ketenagakerjaan dalam satu bulan, menerima slip upah, dan "
                    "memegang salinan perjanjian kerja."
                ),
            ),
            (
                "p",
                (
                    "Perusahaan menyatakan akan memanggil kontraktor dan meninjau kontrak kerja "
                    "samanya. Tim media JAPBUSI akan memantau tindak lanjutnya."
                ),
            ),
        ],
        "title_en": (
            "Outsourcing on the Estate: Fruit Loaders Paid by a Contractor, With No Pay Slips and No "
            "Social Security"
        ),
        "standfirst_en": (
            "In Nagan Raya, loading fresh fruit bunches onto trucks has been handed to a contractor. "
            "The loaders work on the same estate every day but are nobody's registered employees."
        ),
        "body_en": [
            (
                "p",
                (
                    "Loading fresh fruit bunches onto trucks is one of the heaviest jobs on an "
                    "estate. At an estate of PT Kuala Tandan Sentosa in Nagan Raya it is done by "
                    "about 50 loaders hired by a local contractor, some for more than five years."
                ),
            ),
            (
                "p",
                (
                    "They are paid in cash per tonne, with no pay slips and no copy of any contract. "
                    "None is enrolled in BPJS Ketenagakerjaan, although back injuries and crushed "
                    "hands are common."
                ),
            ),
            ("h2", "Outsourcing does not remove rights"),
            (
                "p",
                (
                    "Under Government Regulation 35/2021, outsourcing companies must be registered "
                    "legal entities with business licences, and are responsible for workers' "
                    "protection, wages, conditions and disputes. Employment must rest on a written "
                    "fixed-term or permanent contract."
                ),
            ),
            (
                "p",
                (
                    "If the contractor does not meet these requirements, the union can question who "
                    "the real employer is. The estate has its own interest in compliance: the "
                    "loaders work inside it, on its schedule, under its foremen."
                ),
            ),
            (
                "quote",
                ("We lift this estate's fruit every day. If we get hurt, we don't know who to turn to."),
                "Fruit loader in Nagan Raya",
            ),
            (
                "p",
                (
                    "The estate union has opened its membership to the loaders and asked the company "
                    "to check the contractor and enrol all loaders in BPJS within a month. The "
                    "company says it will call in the contractor and review the contract."
                ),
            ),
        ],
        "topics": [
            "kontrak-dan-alih-daya",
            "jaminan-sosial",
        ],
        "province": "11",
        "federations": [
            "FSP NIBA SPSI CAITU",
        ],
        "tags": [
            "alih-daya",
            "pemuat-tbs",
            "bpjs-ketenagakerjaan",
        ],
        "authors": [
            "MED-03",
        ],
        "days_ago": 221,
        "image": {
            "motif": "factory",
            "alt": (
                "Ilustrasi truk bermuatan tandan sawit di depan pabrik kelapa sawit dengan cerobong asap."
            ),
            "alt_en": (
                "Illustration of a truck loaded with palm fruit bunches in front of a palm oil mill "
                "with a chimney."
            ),
            "caption": "Truk pengangkut TBS menuju pabrik.",
            "caption_en": "A truck carrying fruit bunches to the mill.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "klinik-kebun-tutup-sore-hari-pemanen-yang-cedera-menunggu-berjam-jam",
        "title": "Klinik Kebun Tutup Sore Hari, Pemanen yang Cedera Menunggu Berjam-jam",
        "standfirst": (
            "Di Kebun Danau Biru, Seruyan, klinik hanya buka sampai pukul dua siang dan ambulans "
            "kerap dipakai untuk keperluan lain. Serikat mencatat beberapa kasus keterlambatan "
            "penanganan."
        ),
        "body": [
            (
                "p",
                (
                    "Kecelakaan di kebun sawit jarang terjadi pada jam yang nyaman. Pemanen yang "
                    "matanya tertusuk duri, penyemprot yang keracunan, atau pekerja yang terjatuh "
                    "dari jembatan panen sering membutuhkan pertolongan pada sore hari, ketika "
                    "pekerjaan hampir selesai."
                ),
            ),
            (
                "p",
                (
                    "Di Kebun Danau Biru milik PT Rimba Tandan Lestari, klinik kebun hanya buka "
                    "hingga pukul dua siang. Setelah itu, pekerja yang cedera harus dibawa ke "
                    "puskesmas kecamatan yang berjarak sekitar satu jam perjalanan. Serikat "
                    "mencatat, dalam tiga bulan terakhir, sedikitnya empat pekerja menunggu lebih "
                    "dari dua jam sebelum mendapat pertolongan."
                ),
            ),
            ("h2", "Pertolongan pertama yang tidak tersedia"),
            (
                "p",
                (
                    "Selain soal jam buka, serikat menemukan kotak P3K di beberapa afdeling kosong, "
                    "dan belum ada petugas P3K terlatih di setiap regu kerja. Ambulans kebun juga "
                    "kerap dipakai untuk keperluan kantor, sehingga tidak selalu siap saat "
                    "dibutuhkan. Keluarga buruh juga mengeluhkan bahwa klinik tidak melayani "
                    "anak-anak pada sore dan malam hari."
                ),
            ),
            (
                "quote",
                (
                    "Mata teman saya kena duri jam tiga sore. Klinik sudah tutup. Kami bawa pakai "
                    "motor, dia pegang matanya sepanjang jalan."
                ),
                "Pemanen di Seruyan",
            ),
            (
                "p",
                (
                    "Pengusaha wajib menyediakan fasilitas pertolongan pertama pada kecelakaan di "
                    "tempat kerja dan memastikan pekerja yang mengalami kecelakaan segera ditangani. "
                    "Pekerja yang mengalami kecelakaan kerja juga berhak atas manfaat jaminan "
                    "kecelakaan kerja dari BPJS Ketenagakerjaan, termasuk biaya pengobatan dan "
                    "pengangkutan, selama kepesertaannya aktif."
                ),
            ),
            (
                "p",
                (
                    "Serikat mengusulkan agar klinik buka setidaknya sampai jam kerja lapangan "
                    "selesai, setiap afdeling memiliki petugas P3K terlatih dan kotak P3K yang "
                    "terisi, dan ambulans hanya dipakai untuk keadaan darurat. Manajemen menyatakan "
                    "sedang mencari tenaga medis tambahan dan akan menjawab usulan serikat secara "
                    "tertulis."
                ),
            ),
            (
                "p",
                (
                    "Sambil menunggu jawaban, serikat mencatat setiap kecelakaan beserta waktu "
                    "tunggu penanganannya. Catatan itu akan dibawa ke rapat P2K3 berikutnya."
                ),
            ),
        ],
        "title_en": "Estate Clinic Closes in the Afternoon, Leaving Injured Harvesters Waiting for Hours",
        "standfirst_en": (
            "At Danau Biru estate in Seruyan, the clinic is open only until two in the afternoon and "
            "the ambulance is often used for other purposes. The union has recorded several cases of "
            "delayed treatment."
        ),
        "body_en": [
            (
                "p",
                (
                    "Accidents on oil palm estates rarely happen at convenient times. A harvester "
                    "with a thorn in the eye or a sprayer with poisoning often needs help in the "
                    "late afternoon."
                ),
            ),
            (
                "p",
                (
                    "At Danau Biru estate, owned by PT Rimba Tandan Lestari, the clinic closes at "
                    "two. After that, the injured must be taken to the sub-district health centre "
                    "about an hour away. In three months the union recorded at least four workers "
                    "waiting more than two hours for treatment."
                ),
            ),
            ("h2", "No first aid at hand"),
            (
                "p",
                (
                    "First-aid boxes in some divisions were empty, there are no trained first-aiders "
                    "in every work team, and the estate ambulance is often used for office errands."
                ),
            ),
            (
                "quote",
                (
                    "My friend got a thorn in his eye at three in the afternoon. The clinic was "
                    "closed. We took him on a motorbike, holding his eye the whole way."
                ),
                "Harvester in Seruyan",
            ),
            (
                "p",
                (
                    "Employers must provide first-aid facilities and ensure injured workers are "
                    "treated promptly. Work-accident benefits from BPJS Ketenagakerjaan cover "
                    "treatment and transport if the worker's membership is active."
                ),
            ),
            (
                "p",
                (
                    "The union proposes that the clinic stay open until field work ends, trained "
                    "first-aiders and stocked kits in every division, and an ambulance kept for "
                    "emergencies. Management says it is recruiting more medical staff."
                ),
            ),
        ],
        "topics": [
            "perumahan-dan-fasilitas",
            "k3",
            "jaminan-sosial",
        ],
        "province": "62",
        "federations": [
            "FSB Hukatan",
        ],
        "tags": [
            "klinik",
            "p3k",
            "kecelakaan-kerja",
        ],
        "authors": [
            "KTG-03",
        ],
        "days_ago": 236,
        "image": {
            "motif": "clinic",
            "alt": (
                "Ilustrasi bangunan klinik kebun sederhana bercat putih dengan pintu tertutup dan "
                "tanda palang hijau."
            ),
            "alt_en": (
                "Illustration of a simple white estate clinic building with a closed door and a "
                "green cross sign."
            ),
            "caption": "Klinik kebun tutup pada sore hari.",
            "caption_en": "The estate clinic is closed in the afternoon.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "sekolah-jauh-anak-ikut-ke-ancak-orang-tua-minta-angkutan-sekolah",
        "title": "Sekolah Jauh, Anak Ikut ke Ancak: Orang Tua di Sintang Minta Angkutan Sekolah Kebun",
        "standfirst": (
            "Sekolah menengah terdekat dari emplasemen Kebun Tanjung Mulia Jaya berjarak lebih dari "
            "15 kilometer. Tanpa angkutan, sebagian anak berhenti sekolah dan mulai ikut orang "
            "tuanya bekerja."
        ),
        "body": [
            (
                "p",
                (
                    "Di emplasemen Kebun Tanjung Mulia Jaya, ada sekolah dasar kecil yang dibangun "
                    "perusahaan. Masalahnya dimulai setelah anak-anak lulus. Sekolah menengah "
                    "pertama terdekat berada di kota kecamatan, lebih dari 15 kilometer jauhnya "
                    "melewati jalan tanah yang licin saat hujan."
                ),
            ),
            (
                "p",
                (
                    "Tanpa angkutan, orang tua harus mengantar sendiri dengan sepeda motor, yang "
                    "berarti terlambat apel pagi dan upahnya dipotong. Sebagian keluarga menitipkan "
                    "anaknya pada kerabat di kota. Yang lain menyerah: anak berhenti sekolah, dan "
                    "tidak lama kemudian mulai ikut ke ancak."
                ),
            ),
            ("h2", "Sekolah mencegah pekerja anak"),
            (
                "p",
                (
                    "Serikat pekerja di kebun itu mendata 37 anak usia sekolah menengah di "
                    "emplasemen. Sebelas di antaranya tidak lagi bersekolah. Beberapa terlihat "
                    "membantu mengutip brondolan atau mengangkut pupuk bersama orang tuanya."
                ),
            ),
            (
                "p",
                (
                    "Pengalaman di banyak kebun menunjukkan bahwa akses ke sekolah adalah salah satu "
                    "cara paling efektif mencegah pekerja anak. Anak yang berada di sekolah tidak "
                    "berada di kebun. Karena itu, serikat menilai angkutan sekolah bukan sekadar "
                    "fasilitas tambahan, melainkan bagian dari tanggung jawab perusahaan untuk "
                    "memastikan tidak ada pekerja anak di kebunnya."
                ),
            ),
            (
                "quote",
                (
                    "Anak saya pintar berhitung. Saya tidak mau dia berhenti di kelas enam hanya "
                    "karena tidak ada kendaraan."
                ),
                "Ibu dari emplasemen di Sintang",
            ),
            (
                "p",
                (
                    "Serikat mengusulkan angkutan khusus yang layak dan aman untuk anak sekolah, "
                    "berangkat pagi dan menjemput siang, bukan truk pengangkut buruh atau buah. "
                    "Serikat juga meminta bantuan bagi anak yang sudah putus sekolah agar bisa "
                    "kembali belajar melalui program pendidikan kesetaraan, dan meminta perusahaan "
                    "bekerja sama dengan dinas pendidikan setempat."
                ),
            ),
            (
                "p",
                (
                    "Manajemen PT Harapan Tandan Khatulistiwa menyatakan mendukung gagasan itu dan "
                    "sedang menghitung biayanya. Serikat berharap keputusan diambil sebelum tahun "
                    "ajaran baru, agar anak-anak yang lulus sekolah dasar tahun ini tidak menyusul "
                    "kakak-kakaknya ke ancak."
                ),
            ),
        ],
        "title_en": (
            "School Too Far, Children Go to the Fields: Parents in Sintang Ask for an Estate School Bus"
        ),
        "standfirst_en": (
            "The nearest secondary school is more than 15 kilometres from the housing at Tanjung "
            "Mulia Jaya estate. Without transport, some children drop out and start working "
            "alongside their parents."
        ),
        "body_en": [
            (
                "p",
                (
                    "The estate built a small primary school in the housing compound. The problem "
                    "starts after that: the nearest junior secondary school is in the sub-district "
                    "town, more than 15 kilometres away on a dirt road that turns slippery in the "
                    "rain."
                ),
            ),
            (
                "p",
                (
                    "Parents who take their children by motorbike arrive late for roll call and lose "
                    "pay. Some families send children to relatives in town. Others give up, and the "
                    "children soon follow them into the harvest blocks."
                ),
            ),
            ("h2", "School prevents child labour"),
            (
                "p",
                (
                    "The union counted 37 secondary-school-age children in the compound; eleven no "
                    "longer attend school. Some were seen helping to gather loose fruit or carry "
                    "fertiliser. Children in school are not in the fields, so the union sees school "
                    "transport as part of the company's responsibility to keep child labour off its "
                    "estate."
                ),
            ),
            (
                "quote",
                (
                    "My daughter is good with numbers. I don't want her to stop after primary school "
                    "just because there is no transport."
                ),
                "Mother living on the estate in Sintang",
            ),
            (
                "p",
                (
                    "The union proposes safe, dedicated school transport, not worker or fruit "
                    "trucks, and help for children who have dropped out to return to education. PT "
                    "Harapan Tandan Khatulistiwa says it supports the idea and is costing it. The "
                    "union hopes for a decision before the new school year."
                ),
            ),
        ],
        "topics": [
            "pekerja-anak",
            "perumahan-dan-fasilitas",
        ],
        "province": "61",
        "federations": [
            "FSB Kamiparho",
        ],
        "tags": [
            "sekolah",
            "pekerja-anak",
            "angkutan-sekolah",
        ],
        "authors": [
            "MED-01",
        ],
        "days_ago": 249,
        "image": {
            "motif": "housing",
            "alt": (
                "Ilustrasi sekolah dasar kecil beratap seng di tepi perumahan kebun dengan jalan "
                "tanah yang panjang."
            ),
            "alt_en": (
                "Illustration of a small tin-roofed primary school beside estate housing, with a "
                "long dirt road."
            ),
            "caption": "Sekolah dasar di emplasemen; sekolah menengah jauh di kota kecamatan.",
            "caption_en": "The primary school in the estate housing; secondary school is far away in town.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "mencampur-racun-di-tepi-parit-pestisida-sungai-dan-kesehatan-penyemprot",
        "title": "Mencampur Racun di Tepi Parit: Pestisida, Sungai, dan Kesehatan Penyemprot",
        "standfirst": (
            "Di sebuah kebun di Ogan Komering Ilir, penyemprot mencampur herbisida di tepi parit "
            "yang mengalir ke sungai tempat warga mandi. Serikat meminta tempat pencampuran yang "
            "aman dan penghentian paraquat."
        ),
        "body": [
            (
                "p",
                (
                    "Setiap pagi, tim semprot di sebuah kebun di Ogan Komering Ilir mencampur "
                    "herbisida di tepi parit. Air parit dipakai untuk mengencerkan, dan sisa "
                    "campuran serta air bilasan tangki dibuang ke tempat yang sama. Parit itu "
                    "bermuara ke sungai kecil yang dipakai warga desa di hilir untuk mandi dan "
                    "mencuci."
                ),
            ),
            (
                "p",
                (
                    "Salah satu herbisida yang dipakai adalah paraquat. Zat ini sangat beracun bila "
                    "tertelan dan dapat membahayakan kesehatan bila pekerja terpapar berulang kali "
                    "melalui kulit atau percikan. Paraquat sudah dilarang di banyak negara, dan "
                    "beberapa standar sertifikasi sawit berkelanjutan membatasi atau melarang "
                    "penggunaannya."
                ),
            ),
            ("h2", "Dua masalah sekaligus"),
            (
                "p",
                (
                    "Bagi penyemprot, bahayanya langsung: percikan ke mata dan kulit, tangan yang "
                    "pecah-pecah, dan tidak adanya tempat mandi yang layak setelah bekerja. Bagi "
                    "warga di hilir, bahayanya datang pelan-pelan melalui air. Keduanya berasal dari "
                    "praktik yang sama, yaitu pencampuran tanpa tempat khusus dan pembuangan sisa "
                    "yang sembarangan."
                ),
            ),
            (
                "quote",
                (
                    "Kami mandi di sungai yang sama tempat bilasan tangki dibuang. Kami tahu, tapi "
                    "mau mandi di mana lagi?"
                ),
                "Penyemprot di Ogan Komering Ilir",
            ),
            (
                "p",
                (
                    "Praktik yang aman sebenarnya tidak rumit. Pencampuran dilakukan di tempat "
                    "khusus berlantai kedap dengan bak penampung, jauh dari sumber air. Air bilasan "
                    "dimasukkan kembali ke tangki untuk disemprotkan, bukan dibuang. Wadah bekas "
                    "dikumpulkan dan tidak dipakai ulang untuk menyimpan air atau makanan. "
                    "Penyemprot mendapat tempat mandi dan mencuci pakaian kerja di kebun, sehingga "
                    "racun tidak terbawa ke rumah."
                ),
            ),
            (
                "p",
                (
                    "Serikat telah menyampaikan tuntutan ini dalam rapat P2K3 dan meminta perusahaan "
                    "menyusun rencana penghentian paraquat dengan cara pengendalian gulma yang lebih "
                    "aman. Serikat juga mendorong pemeriksaan kesehatan berkala bagi penyemprot, "
                    "dengan hasil yang diberikan kepada pekerja itu sendiri."
                ),
            ),
            (
                "p",
                (
                    "Warga desa di hilir, melalui kepala desanya, menyatakan mendukung langkah "
                    "serikat dan meminta dilibatkan dalam pemantauan kualitas air sungai."
                ),
            ),
        ],
        "title_en": "Mixing Poison by the Ditch: Pesticides, the River and Sprayers' Health",
        "standfirst_en": (
            "On an estate in Ogan Komering Ilir, sprayers mix herbicide beside a ditch that drains "
            "into a river where villagers bathe. The union wants a safe mixing area and an end to "
            "paraquat."
        ),
        "body_en": [
            (
                "p",
                (
                    "Every morning the spraying team mixes herbicide at the edge of a ditch, using "
                    "ditch water and dumping leftovers and tank rinse water in the same place. The "
                    "ditch flows into a stream used downstream for bathing and washing."
                ),
            ),
            (
                "p",
                (
                    "One of the herbicides is paraquat, which is highly toxic if swallowed and "
                    "harmful with repeated skin contact. It is banned in many countries, and several "
                    "sustainable palm oil standards restrict or prohibit it."
                ),
            ),
            ("h2", "Two problems in one"),
            (
                "p",
                (
                    "Sprayers face splashes to the eyes and skin, cracked hands and nowhere proper "
                    "to wash. Villagers downstream are exposed slowly through the water. Both come "
                    "from the same practice."
                ),
            ),
            (
                "quote",
                (
                    "We bathe in the same river where the tank rinse goes. We know, but where else "
                    "can we bathe?"
                ),
                "Sprayer in Ogan Komering Ilir",
            ),
            (
                "p",
                (
                    "Safe practice is not complicated: a sealed mixing floor with a sump, away from "
                    "water; rinse water returned to the tank and sprayed; empty containers "
                    "collected, never reused; and showers on the estate so poison is not carried "
                    "home."
                ),
            ),
            (
                "p",
                (
                    "The union has raised these demands in the safety committee and asked for a plan "
                    "to phase out paraquat, as well as regular health checks for sprayers with "
                    "results given to the workers themselves. The village head says villagers "
                    "support the union."
                ),
            ),
        ],
        "topics": [
            "tanah-dan-lingkungan",
            "k3",
        ],
        "province": "16",
        "federations": [
            "FSB Lomenik",
        ],
        "tags": [
            "paraquat",
            "pestisida",
            "sungai",
        ],
        "authors": [
            "MED-03",
        ],
        "days_ago": 263,
        "image": {
            "motif": "river",
            "alt": (
                "Ilustrasi parit kecil di tepi kebun sawit yang mengalir ke sungai dengan drum bahan "
                "kimia di pinggirnya."
            ),
            "alt_en": (
                "Illustration of a small ditch at the edge of an oil palm estate flowing into a "
                "river, with chemical drums on the bank."
            ),
            "caption": "Parit tempat pencampuran herbisida.",
            "caption_en": "The ditch where herbicide is mixed.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "panen-puncak-lembur-tanpa-hitungan",
        "title": "Panen Puncak, Lembur Tanpa Hitungan",
        "standfirst": (
            "Saat buah melimpah, pemanen dan pengangkut di Way Kanan bekerja hingga malam. Jam "
            "tambahan itu tidak tercatat sebagai lembur dan tidak dibayar."
        ),
        "body": [
            (
                "p",
                (
                    "Panen puncak seharusnya menjadi masa yang menguntungkan bagi pemanen, karena "
                    "buah melimpah dan premi lebih mudah didapat. Namun di sebuah kebun PT Cipta "
                    "Tandan Mandiri di Way Kanan, panen puncak juga berarti hari kerja yang tak "
                    "kunjung selesai."
                ),
            ),
            (
                "p",
                (
                    "Buruh bercerita, pada bulan-bulan panen puncak mereka berangkat sebelum "
                    "matahari terbit dan baru kembali ke emplasemen setelah gelap. Buah harus habis "
                    "dipanen dan diangkut ke tempat pengumpulan hasil pada hari yang sama agar tidak "
                    "busuk. Jam-jam tambahan itu tidak tercatat di mana pun."
                ),
            ),
            ("h2", "Kerja lebih, bayaran sama"),
            (
                "p",
                (
                    "Aturan menetapkan waktu kerja normal 40 jam seminggu. Kerja di luar jam itu "
                    "adalah lembur, yang hanya boleh dilakukan dengan persetujuan pekerja dan wajib "
                    "dibayar dengan upah lembur. Peraturan Pemerintah Nomor 35 Tahun 2021 membatasi "
                    "lembur paling lama empat jam sehari dan 18 jam seminggu."
                ),
            ),
            (
                "p",
                (
                    "Di kebun tersebut, perusahaan berpendapat bahwa pemanen bekerja dengan sistem "
                    "borongan dan premi, sehingga tidak ada lembur. Serikat tidak sepakat. Buruh "
                    "tetap terikat jam apel, diawasi mandor, dan tidak bebas menentukan kapan "
                    "berhenti. Premi tidak bisa menggantikan kewajiban membayar lembur ketika jam "
                    "kerja melewati batas."
                ),
            ),
            (
                "quote",
                (
                    "Premi itu bayaran untuk buah yang kami panen. Lembur itu bayaran untuk waktu "
                    "kami. Dua hal yang berbeda."
                ),
                "Pengurus serikat di Way Kanan",
            ),
            (
                "p",
                (
                    "Serikat meminta perusahaan mulai mencatat jam kerja setiap pekerja, termasuk "
                    "jam kembali dari lapangan, dan menambah tenaga panen dan angkut pada musim "
                    "puncak agar beban tidak ditumpuk pada pekerja yang ada. Serikat juga meminta "
                    "hari istirahat mingguan tetap dihormati, dan pengangkutan buah pada malam hari "
                    "dihentikan karena berbahaya bagi pekerja."
                ),
            ),
            (
                "p",
                (
                    "Serikat menyarankan anggota mencatat sendiri jam berangkat dan pulang setiap "
                    "hari. Catatan sederhana di buku tulis dapat menjadi bukti penting dalam "
                    "perundingan maupun bila perselisihan harus dibawa ke dinas ketenagakerjaan."
                ),
            ),
        ],
        "title_en": "Peak Harvest, Uncounted Overtime",
        "standfirst_en": (
            "When fruit is plentiful, harvesters and haulers in Way Kanan work into the night. The "
            "extra hours are not recorded as overtime and are not paid."
        ),
        "body_en": [
            (
                "p",
                (
                    "Peak harvest should be a good time for harvesters, with plenty of fruit and "
                    "easier bonuses. But at an estate of PT Cipta Tandan Mandiri in Way Kanan, it "
                    "also means working days that never end."
                ),
            ),
            (
                "p",
                (
                    "Workers say that in peak months they leave before sunrise and return after "
                    "dark, because all fruit must be cut and carried to the collection point the "
                    "same day. None of these hours are recorded."
                ),
            ),
            ("h2", "More work, same pay"),
            (
                "p",
                (
                    "Normal working time is 40 hours a week. Work beyond that is overtime, which "
                    "requires the worker's consent and must be paid at overtime rates. Government "
                    "Regulation 35/2021 limits overtime to four hours a day and 18 hours a week."
                ),
            ),
            (
                "p",
                (
                    "The company argues that piece rates and bonuses mean there is no overtime. The "
                    "union disagrees: workers attend roll call, are supervised by foremen and cannot "
                    "decide when to stop."
                ),
            ),
            (
                "quote",
                (
                    "The bonus pays for the fruit we harvest. Overtime pays for our time. They are "
                    "two different things."
                ),
                "Union officer in Way Kanan",
            ),
            (
                "p",
                (
                    "The union asks the company to record every worker's hours, hire extra "
                    "harvesters and haulers in peak season, respect the weekly rest day and stop "
                    "night-time hauling. It advises members to note their own start and finish times "
                    "every day."
                ),
            ),
        ],
        "topics": [
            "jam-kerja-dan-target",
            "upah",
        ],
        "province": "18",
        "federations": [
            "FSP.PP-KSPSI CAITU",
        ],
        "tags": [
            "lembur",
            "jam-kerja",
            "panen-puncak",
        ],
        "authors": [
            "MED-02",
        ],
        "days_ago": 277,
        "image": {
            "motif": "palms",
            "alt": (
                "Ilustrasi kebun sawit saat senja dengan lampu kepala pekerja terlihat di antara pepohonan."
            ),
            "alt_en": (
                "Illustration of an oil palm estate at dusk with workers' head torches visible among "
                "the trees."
            ),
            "caption": "Panen puncak hingga petang.",
            "caption_en": "Peak harvest into the evening.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
    {
        "slug": "utang-di-kedai-kebun-dan-upah-yang-habis-sebelum-diterima",
        "title": "Utang di Kedai Kebun dan Upah yang Habis Sebelum Diterima",
        "standfirst": (
            "Di sebuah kebun terpencil di Paser, buruh berbelanja dengan sistem bon di kedai milik "
            "kontraktor. Potongan utang membuat sebagian buruh hampir tidak menerima upah tunai."
        ),
        "body": [
            (
                "p",
                (
                    "Kebun itu berjarak tiga jam perjalanan dari pasar terdekat. Satu-satunya tempat "
                    "belanja di emplasemen adalah kedai yang dikelola kontraktor penyedia tenaga "
                    "kerja. Buruh mengambil beras, minyak goreng, gas dan kebutuhan lain dengan "
                    "sistem bon, dan utangnya dipotong langsung dari upah pada hari gajian."
                ),
            ),
            (
                "p",
                (
                    "Serikat pekerja memeriksa slip upah belasan buruh dan menemukan sebagian hanya "
                    "menerima upah tunai yang sangat kecil setelah dipotong bon. Harga barang di "
                    "kedai juga lebih tinggi daripada harga pasar. Buruh tidak pernah menerima "
                    "rincian utang, hanya angka total."
                ),
            ),
            ("h2", "Ketika utang mengikat"),
            (
                "p",
                (
                    "Utang itu sendiri bukan pelanggaran. Masalahnya muncul ketika utang dipakai "
                    "untuk mengikat pekerja: buruh merasa tidak bisa berhenti atau pindah kerja "
                    "sebelum utang lunas, sementara utangnya terus bertambah karena tidak ada "
                    "pilihan tempat belanja lain. Jeratan utang seperti ini termasuk indikator kerja "
                    "paksa yang dikenal dalam kerangka ILO."
                ),
            ),
            (
                "p",
                (
                    "Peraturan pengupahan juga membatasi potongan upah. Potongan harus memiliki "
                    "dasar yang jelas, tercatat, dan disetujui pekerja, dan jumlah seluruh potongan "
                    "ada batasnya. Upah harus dibayarkan kepada pekerja sendiri, bukan diserahkan "
                    "kepada pihak yang memiliki tagihan kepadanya."
                ),
            ),
            ("quote", "Gajian itu cuma tanda tangan. Uangnya sudah habis di buku bon.", "Buruh di Paser"),
            (
                "p",
                (
                    "Serikat meminta perusahaan pemilik kebun, PT Gunung Tandan Perkasa, "
                    "menghentikan pemotongan bon langsung dari upah, memastikan upah dibayar penuh "
                    "melalui rekening masing-masing buruh, dan menyediakan angkutan ke pasar "
                    "setidaknya seminggu sekali. Serikat juga mengusulkan pendirian koperasi pekerja "
                    "yang dikelola anggota sendiri, dengan harga dan pembukuan yang terbuka."
                ),
            ),
            (
                "p",
                (
                    "Perusahaan menyatakan akan mengevaluasi kontraktor penyedia tenaga kerja "
                    "tersebut. Serikat meminta evaluasi itu melibatkan perwakilan buruh dan hasilnya "
                    "diumumkan kepada para pekerja."
                ),
            ),
        ],
        "title_en": "Estate Shop Debts and Wages Gone Before They Are Paid",
        "standfirst_en": (
            "On a remote estate in Paser, workers buy on credit at a shop run by the labour "
            "contractor. Debt deductions leave some with almost no cash wage."
        ),
        "body_en": [
            (
                "p",
                (
                    "The estate is three hours from the nearest market. The only shop in the housing "
                    "compound is run by the labour contractor. Workers take rice, cooking oil and "
                    "gas on credit, and the debt is deducted from their wages on payday."
                ),
            ),
            (
                "p",
                (
                    "The union checked the pay slips of a dozen workers and found some received very "
                    "little cash after deductions. Shop prices are above market prices, and workers "
                    "only ever see a total, never an itemised account."
                ),
            ),
            ("h2", "When debt binds"),
            (
                "p",
                (
                    "Debt itself is not illegal. The problem is debt used to tie workers down: they "
                    "feel unable to leave before it is paid, while it keeps growing because there is "
                    "nowhere else to shop. This kind of debt bondage is an ILO indicator of forced "
                    "labour. Wage rules also limit deductions, which must be justified, recorded and "
                    "agreed, and wages must be paid to the worker, not to creditors."
                ),
            ),
            (
                "quote",
                "Payday is just a signature. The money is already gone in the credit book.",
                "Worker in Paser",
            ),
            (
                "p",
                (
                    "The union asks PT Gunung Tandan Perkasa to stop deducting shop debts from "
                    "wages, pay full wages into workers' own accounts and provide weekly transport "
                    "to the market. It also proposes a workers' cooperative with open prices and "
                    "accounts. The company says it will review the contractor."
                ),
            ),
        ],
        "topics": [
            "kerja-paksa",
            "upah",
            "perumahan-dan-fasilitas",
        ],
        "province": "64",
        "federations": [
            "FSB Nikeuba",
        ],
        "tags": [
            "jeratan-utang",
            "potongan-upah",
            "kedai-kebun",
        ],
        "authors": [
            "MED-01",
        ],
        "days_ago": 290,
        "image": {
            "motif": "housing",
            "alt": (
                "Ilustrasi kedai kayu kecil di emplasemen kebun dengan rak berisi beras, minyak "
                "goreng dan tabung gas."
            ),
            "alt_en": (
                "Illustration of a small wooden shop in estate housing with shelves of rice, cooking "
                "oil and gas canisters."
            ),
            "caption": "Satu-satunya kedai di emplasemen.",
            "caption_en": "The only shop in the estate housing.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
        "lead": False,
    },
]

# Two active campaigns and one that has been won.
CAMPAIGNS = [
    {
        "slug": "upah-layak-pemanen",
        "title": "Upah Layak Pemanen",
        "aim": (
            "Setiap pemanen menerima upah tidak kurang dari upah minimum tanpa syarat target, basis "
            "panen ditetapkan lewat perundingan sesuai kondisi tanaman dan musim buah, dan premi "
            "dihitung secara terbuka di slip upah."
        ),
        "status": "active",
        "days_ago": 200,
        "topics": [
            "upah",
            "jam-kerja-dan-target",
        ],
        "body": [
            (
                "p",
                (
                    "Pemanen adalah pekerja inti di kebun sawit, tetapi upah mereka sering "
                    "bergantung pada target yang ditetapkan sepihak. Saat buah sedikit atau pohon "
                    "sudah tinggi, basis panen tidak tercapai dan upah dipotong. Untuk mengejar "
                    "target, pemanen bekerja lebih lama tanpa bayaran lembur, dan tidak jarang "
                    "membawa istri atau anak untuk membantu."
                ),
            ),
            (
                "p",
                (
                    "Kampanye ini mendorong tiga perubahan. Pertama, upah minimum dibayar penuh "
                    "tanpa syarat mencapai target. Kedua, basis panen ditetapkan melalui perundingan "
                    "dan dibedakan menurut umur tanaman, tinggi pohon dan musim buah. Ketiga, setiap "
                    "pemanen menerima slip upah yang menjelaskan basis, jumlah janjang, premi dan "
                    "semua potongan."
                ),
            ),
            (
                "p",
                (
                    "Serikat-serikat anggota federasi JAPBUSI mengumpulkan slip upah dan catatan jam "
                    "kerja dari berbagai kebun sebagai dasar perundingan. Semakin banyak catatan "
                    "yang terkumpul, semakin kuat posisi pemanen di meja perundingan."
                ),
            ),
        ],
        "action_heading": "Mulai mencatat, bicarakan bersama",
        "action_text": (
            "Catat jam berangkat dan pulang, jumlah janjang dan premi Anda setiap hari, dan simpan "
            "slip upah. Bawa catatan itu ke serikat di kebun Anda, atau hubungi JAPBUSI jika belum "
            "ada serikat."
        ),
        "action_label": "Hubungi JAPBUSI",
        "title_en": "A Fair Wage for Harvesters",
        "aim_en": (
            "Every harvester is paid at least the minimum wage with no quota conditions, harvest "
            "quotas are negotiated according to the palms and the fruit season, and bonuses are "
            "shown openly on the pay slip."
        ),
        "body_en": [
            (
                "p",
                (
                    "Harvesters are the core workers of an oil palm estate, yet their pay often "
                    "depends on quotas set unilaterally. When fruit is scarce or the palms are tall, "
                    "the quota is missed and pay is cut. To keep up, harvesters work longer without "
                    "overtime pay, and some bring their wives or children to help."
                ),
            ),
            (
                "p",
                (
                    "This campaign pushes for three changes: the full minimum wage with no quota "
                    "conditions; quotas negotiated and adjusted to the age and height of the palms "
                    "and the season; and pay slips that show the quota, bunches, bonus and every "
                    "deduction."
                ),
            ),
            (
                "p",
                (
                    "Unions in JAPBUSI member federations are collecting pay slips and working-hour "
                    "records from many estates as a basis for negotiation."
                ),
            ),
        ],
        "action_heading_en": "Start keeping records, talk together",
        "action_text_en": (
            "Write down your start and finish times, bunches and bonus every day, and keep your pay "
            "slips. Take them to the union on your estate, or contact JAPBUSI if there is no union "
            "yet."
        ),
        "action_label_en": "Contact JAPBUSI",
        "image": {
            "motif": "fruit",
            "alt": "Ilustrasi pemanen memegang dodos di samping tumpukan tandan sawit.",
            "alt_en": "Illustration of a harvester holding a chisel pole beside a pile of oil palm bunches.",
            "caption": "Upah layak untuk kerja yang berat.",
            "caption_en": "A fair wage for hard work.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
    },
    {
        "slug": "bhl-jadi-pekerja-tetap",
        "title": "BHL Jadi Pekerja Tetap",
        "aim": (
            "Buruh harian lepas yang mengerjakan pekerjaan tetap sepanjang tahun diangkat menjadi "
            "pekerja tetap, didaftarkan di BPJS, dan menerima slip upah serta salinan perjanjian "
            "kerja."
        ),
        "status": "active",
        "days_ago": 150,
        "topics": [
            "kontrak-dan-alih-daya",
            "jaminan-sosial",
        ],
        "body": [
            (
                "p",
                (
                    "Di banyak kebun sawit, ratusan buruh bekerja setiap hari selama bertahun-tahun "
                    "dengan status buruh harian lepas (BHL). Mereka memanen, merawat tanaman dan "
                    "menyemprot, yaitu pekerjaan yang berlangsung sepanjang tahun. Sebagian besar "
                    "pekerja perawatan yang berstatus harian adalah perempuan."
                ),
            ),
            (
                "p",
                (
                    "Aturan menyatakan bahwa buruh harian yang bekerja 21 hari atau lebih dalam "
                    "sebulan selama tiga bulan berturut-turut demi hukum menjadi pekerja tetap. "
                    "Kenyataannya, status itu jarang berubah tanpa perjuangan serikat."
                ),
            ),
            (
                "p",
                (
                    "Kampanye ini mendukung serikat mendata masa kerja BHL, membawa data itu ke "
                    "perundingan, dan bila perlu ke pengawas ketenagakerjaan. Beberapa perundingan "
                    "sudah menghasilkan jadwal pengangkatan bertahap."
                ),
            ),
        ],
        "action_heading": "Apakah Anda BHL yang bekerja setiap hari?",
        "action_text": (
            "Simpan catatan hari kerja dan upah Anda. Tanyakan kepada serikat atau JAPBUSI tentang "
            "hak Anda. Anda boleh bertanya tanpa menyebutkan nama."
        ),
        "action_label": "Tanyakan hak Anda",
        "title_en": "Make Casual Workers Permanent",
        "aim_en": (
            "Daily casual workers who do year-round work are made permanent, enrolled in social "
            "security, and given pay slips and a copy of their work agreement."
        ),
        "body_en": [
            (
                "p",
                (
                    "On many estates, hundreds of people work every day for years as daily casual "
                    "workers (BHL), harvesting, tending and spraying: work that goes on all year. "
                    "Most casual field maintenance workers are women."
                ),
            ),
            (
                "p",
                (
                    "The rules say a daily worker who works 21 days or more a month for three "
                    "consecutive months becomes permanent by law. In practice, status rarely changes "
                    "without union action."
                ),
            ),
            (
                "p",
                (
                    "This campaign helps unions document casual workers' service, take it to "
                    "negotiations and, if needed, to labour inspectors. Several negotiations have "
                    "already produced timetables for permanent jobs."
                ),
            ),
        ],
        "action_heading_en": "Are you a casual worker working every day?",
        "action_text_en": (
            "Keep a record of your working days and pay. Ask your union or JAPBUSI about your "
            "rights. You can ask without giving your name."
        ),
        "action_label_en": "Ask about your rights",
        "image": {
            "motif": "workers",
            "alt": "Ilustrasi barisan buruh kebun antre di depan kantor afdeling.",
            "alt_en": "Illustration of a line of estate workers queuing outside a division office.",
            "caption": "Bertahun-tahun bekerja, masih berstatus harian.",
            "caption_en": "Years of work, still on daily status.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
    },
    {
        "slug": "apd-untuk-penyemprot",
        "title": "APD untuk Penyemprot",
        "aim": (
            "Setiap penyemprot mendapat alat pelindung diri yang layak secara cuma-cuma, pelatihan "
            "tentang bahan kimia yang dipakai, tempat mandi setelah bekerja, dan pemeriksaan "
            "kesehatan berkala."
        ),
        "status": "won",
        "days_ago": 280,
        "topics": [
            "k3",
            "perempuan-dan-kbg",
        ],
        "body": [
            (
                "p",
                (
                    "Penyemprot, yang sebagian besar perempuan, termasuk pekerja yang paling "
                    "terpapar bahaya di kebun sawit. Ketika kampanye ini dimulai, banyak dari mereka "
                    "bekerja dengan masker kain dan sarung tangan yang dibeli sendiri, tanpa tahu "
                    "bahan kimia apa yang mereka campur."
                ),
            ),
            (
                "p",
                (
                    "Serikat-serikat di kebun yang terlibat mendata kebutuhan APD, mengangkat "
                    "masalah ini di P2K3, dan berunding dengan manajemen. Di kebun-kebun tersebut, "
                    "perusahaan kini menyediakan APD lengkap tanpa potongan upah, tempat mandi bagi "
                    "penyemprot, dan pemindahan sementara tanpa potong upah bagi pekerja yang hamil "
                    "atau menyusui."
                ),
            ),
            (
                "p",
                (
                    "Kampanye ini dinyatakan berhasil, tetapi pemantauan tetap berjalan. APD harus "
                    "diganti ketika rusak, dan pelatihan harus diulang bagi pekerja baru."
                ),
            ),
        ],
        "action_heading": "APD di kebun Anda belum layak?",
        "action_text": (
            "Laporkan kepada serikat atau JAPBUSI: bagian apa, APD apa yang tidak ada, dan sejak "
            "kapan. Identitas pelapor dijaga."
        ),
        "action_label": "Laporkan masalah",
        "title_en": "Protective Equipment for Sprayers",
        "aim_en": (
            "Every sprayer receives proper protective equipment free of charge, training on the "
            "chemicals used, a place to wash after work, and regular health checks."
        ),
        "body_en": [
            (
                "p",
                (
                    "Sprayers, most of them women, are among the most exposed workers on an oil palm "
                    "estate. When this campaign began, many worked with cloth masks and gloves they "
                    "bought themselves, without knowing what they were mixing."
                ),
            ),
            (
                "p",
                (
                    "Unions on the estates involved listed the equipment needed, raised it in the "
                    "safety committees and negotiated with management. Those estates now provide "
                    "full protective equipment without wage deductions, washing facilities for "
                    "sprayers, and temporary transfers without loss of pay for pregnant and "
                    "breastfeeding workers."
                ),
            ),
            (
                "p",
                (
                    "The campaign has been won, but monitoring continues: equipment must be replaced "
                    "when worn, and new workers must be trained."
                ),
            ),
        ],
        "action_heading_en": "Is the protective equipment on your estate not good enough?",
        "action_text_en": (
            "Tell your union or JAPBUSI which work, what equipment is missing and since when. Your "
            "identity will be protected."
        ),
        "action_label_en": "Report a problem",
        "image": {
            "motif": "clinic",
            "alt": (
                "Ilustrasi perlengkapan pelindung diri tertata di rak: masker respirator, kacamata, "
                "sarung tangan, apron dan sepatu bot."
            ),
            "alt_en": (
                "Illustration of protective equipment on a shelf: respirator, goggles, gloves, apron "
                "and boots."
            ),
            "caption": "APD lengkap untuk penyemprot.",
            "caption_en": "Full protective equipment for sprayers.",
            "credit": "Ilustrasi: Tim Media JAPBUSI",
        },
    },
]

# Standard pages keyed by role. English pages keep the Indonesian slug.
PAGES = {
    "about": {
        "slug": "tentang",
        "title": "Tentang JAPBUSI",
        "intro": (
            "JAPBUSI adalah jaringan federasi serikat pekerja/serikat buruh yang beranggotakan buruh "
            "perkebunan dan pabrik kelapa sawit di Indonesia."
        ),
        "body": [
            ("h2", "Siapa kami"),
            (
                "p",
                (
                    "JAPBUSI didirikan oleh federasi-federasi serikat pekerja/serikat buruh yang "
                    "memiliki anggota di sektor kelapa sawit, dari berbagai konfederasi. Jaringan "
                    "ini tidak menggantikan federasi atau konfederasi. Jaringan adalah tempat bagi "
                    "federasi anggota untuk menyatukan suara buruh sawit, berbagi pengalaman, dan "
                    "bekerja bersama pada masalah yang sama."
                ),
            ),
            ("h2", "Apa yang kami perjuangkan"),
            (
                "p",
                (
                    "Kami memperjuangkan kerja layak di kebun dan pabrik sawit: upah yang adil, "
                    "kepastian status kerja, tempat kerja yang aman, perlindungan bagi buruh "
                    "perempuan, kebun tanpa pekerja anak dan kerja paksa, kondisi hidup yang layak "
                    "di emplasemen, serta hak untuk berserikat dan berunding bersama."
                ),
            ),
            ("h2", "Bersama mitra"),
            (
                "p",
                (
                    "Kami mendorong dialog sosial dengan pengusaha dan pemerintah. Jaringan bekerja "
                    "sama dengan mitra seperti Organisasi Perburuhan Internasional (ILO) dan "
                    "Kementerian Ketenagakerjaan dalam forum dialog, serta dengan organisasi lain "
                    "yang peduli pada hak buruh sawit."
                ),
            ),
            (
                "p",
                (
                    "Situs ini dikelola oleh tim media JAPBUSI. Di sini kami menerbitkan berita dari "
                    "kebun, penjelasan tentang hak buruh, dan kampanye jaringan, dan menyediakan "
                    "jalur aman bagi buruh untuk melaporkan masalah."
                ),
            ),
        ],
        "title_en": "About JAPBUSI",
        "intro_en": (
            "JAPBUSI is a network of trade union federations whose members work on oil palm "
            "plantations and in palm oil mills in Indonesia."
        ),
        "body_en": [
            ("h2", "Who we are"),
            (
                "p",
                (
                    "JAPBUSI was founded by trade union federations, from several confederations, "
                    "with members in the palm oil sector. The network does not replace its "
                    "federations or confederations. It is where member federations bring palm oil "
                    "workers' voices together, share experience and work jointly on common problems."
                ),
            ),
            ("h2", "What we stand for"),
            (
                "p",
                (
                    "We campaign for decent work on estates and in mills: fair wages, secure "
                    "employment, safe workplaces, protection for women workers, estates free of "
                    "child labour and forced labour, decent living conditions in estate housing, and "
                    "the right to organise and bargain collectively."
                ),
            ),
            ("h2", "With our partners"),
            (
                "p",
                (
                    "We promote social dialogue with employers and government. The network works "
                    "with partners such as the International Labour Organization (ILO) and the "
                    "Ministry of Manpower in dialogue forums, and with other organisations that care "
                    "about palm oil workers' rights."
                ),
            ),
            (
                "p",
                (
                    "This site is run by the JAPBUSI media team. We publish news from the estates, "
                    "explainers on workers' rights and the network's campaigns, and offer workers a "
                    "safe way to report problems."
                ),
            ),
        ],
    },
    "how-we-work": {
        "slug": "cara-kerja",
        "title": "Cara Kerja Jaringan",
        "intro": (
            "Dari laporan buruh sampai berita dan penanganan kasus: begini jaringan bekerja, dan "
            "bagaimana kami menjaga keselamatan orang yang melapor."
        ),
        "body": [
            ("h2", "Tim media"),
            (
                "p",
                (
                    "Tim media JAPBUSI menulis berita, penjelasan dan liputan kampanye bersama "
                    "reporter lapangan di daerah. Reporter yang bisa menghadapi pembalasan menulis "
                    "dengan kode, bukan nama. Kami tidak pernah menerbitkan identitas buruh yang "
                    "melapor tanpa persetujuannya."
                ),
            ),
            ("h2", "Verifikasi lebih dulu"),
            (
                "p",
                (
                    "Setiap laporan yang masuk kami periksa lebih dulu: kami menghubungi pelapor "
                    "bila ia bersedia, mencocokkan dokumen seperti slip upah atau surat, dan meminta "
                    "keterangan dari serikat setempat dan dari perusahaan. Laporan yang belum "
                    "terverifikasi tidak kami terbitkan sebagai berita."
                ),
            ),
            ("h2", "Penanganan kasus"),
            (
                "p",
                (
                    "Kasus yang sudah terverifikasi ditangani oleh tim penanganan bersama federasi "
                    "anggota, didukung penasihat hukum perburuhan. Langkahnya bisa berupa "
                    "pendampingan perundingan bipartit, pelaporan ke pengawas ketenagakerjaan, "
                    "mediasi di dinas ketenagakerjaan, atau, bila perlu, pendampingan di Pengadilan "
                    "Hubungan Industrial."
                ),
            ),
            ("h2", "Rujukan ke mitra"),
            (
                "p",
                (
                    "Untuk masalah di luar hubungan kerja, seperti kekerasan seksual, kesehatan, "
                    "atau konflik lahan, kami merujuk pelapor kepada mitra yang tepat, dengan "
                    "persetujuannya, dan tetap mendampinginya bila ia menginginkannya."
                ),
            ),
        ],
        "title_en": "How the Network Works",
        "intro_en": (
            "From a worker's report to a news story and case handling: how the network works, and "
            "how we keep the people who report safe."
        ),
        "body_en": [
            ("h2", "Media team"),
            (
                "p",
                (
                    "The JAPBUSI media team writes news, explainers and campaign coverage with field "
                    "reporters in the regions. Reporters who could face retaliation write under a "
                    "code, not their name. We never publish the identity of a worker who reports a "
                    "problem without their consent."
                ),
            ),
            ("h2", "Verification first"),
            (
                "p",
                (
                    "We check every report first: we contact the reporter if they agree, compare "
                    "documents such as pay slips or letters, and ask the local union and the company "
                    "for their account. Unverified reports are not published as news."
                ),
            ),
            ("h2", "Case handling"),
            (
                "p",
                (
                    "Verified cases are handled by a team with the member federations, supported by "
                    "labour-law advisers. This can mean support in bipartite negotiations, reports "
                    "to labour inspectors, mediation at the labour office or, if needed, "
                    "representation at the Industrial Relations Court."
                ),
            ),
            ("h2", "Referral to partners"),
            (
                "p",
                (
                    "For problems outside the employment relationship, such as sexual violence, "
                    "health or land conflicts, we refer people to suitable partners with their "
                    "consent, and keep supporting them if they wish."
                ),
            ),
        ],
    },
    "contact": {
        "slug": "kontak",
        "title": "Kontak",
        "intro": "Cara menghubungi sekretariat dan tim media JAPBUSI.",
        "body": [
            (
                "p",
                (
                    "Alamat email, nomor telepon dan WhatsApp, serta alamat sekretariat JAPBUSI "
                    "tercantum di bagian bawah setiap halaman situs ini."
                ),
            ),
            ("h2", "Untuk buruh"),
            (
                "p",
                (
                    "Jika Anda buruh dan ingin melaporkan masalah di tempat kerja, gunakan halaman "
                    "Laporkan masalah. Di sana dijelaskan cara melapor dengan aman, termasuk tanpa "
                    "menyebutkan nama. Anda juga bisa menghubungi serikat atau federasi Anda, yang "
                    "tercantum di halaman Federasi anggota."
                ),
            ),
            ("h2", "Untuk media dan mitra"),
            (
                "p",
                (
                    "Wartawan, peneliti dan organisasi mitra dapat menghubungi sekretariat melalui "
                    "email. Mohon sebutkan nama lembaga dan keperluan Anda. Kami tidak memberikan "
                    "kontak buruh atau pelapor kepada pihak mana pun."
                ),
            ),
        ],
        "title_en": "Contact",
        "intro_en": "How to reach the JAPBUSI secretariat and media team.",
        "body_en": [
            (
                "p",
                (
                    "JAPBUSI's email address, phone and WhatsApp numbers and the secretariat's "
                    "address are shown at the bottom of every page of this site."
                ),
            ),
            ("h2", "For workers"),
            (
                "p",
                (
                    "If you are a worker and want to report a problem at work, use the Report a "
                    "problem page, which explains how to report safely, including without giving "
                    "your name. You can also contact your union or federation, listed on the Member "
                    "federations page."
                ),
            ),
            ("h2", "For media and partners"),
            (
                "p",
                (
                    "Journalists, researchers and partner organisations can contact the secretariat "
                    "by email. Please say who you are and what you need. We never pass on the "
                    "contact details of workers or people who report to us."
                ),
            ),
        ],
    },
    "report": {
        "slug": "laporkan-masalah",
        "title": "Laporkan Masalah",
        "intro": (
            "Mengalami masalah di tempat kerja? Anda bisa melapor sekarang, dengan aman, dan boleh "
            "tanpa menyebutkan nama."
        ),
        "body": [
            ("h2", "Cara melapor"),
            (
                "p",
                (
                    "Hubungi JAPBUSI melalui telepon, WhatsApp atau email yang tercantum di bagian "
                    "bawah halaman ini. Anda juga bisa melapor melalui pengurus serikat di kebun "
                    "Anda atau federasi Anda; mereka akan meneruskan laporan ke tim penanganan "
                    "jaringan."
                ),
            ),
            (
                "p",
                (
                    "Jika Anda takut dibalas oleh atasan atau perusahaan, jangan menuliskan nama "
                    "Anda. Gunakan nomor atau alamat email yang aman bagi Anda, dan hapus percakapan "
                    "dari ponsel bila ponsel Anda bisa dilihat orang lain. Kami tidak akan membuka "
                    "identitas Anda kepada perusahaan atau pihak lain tanpa persetujuan Anda."
                ),
            ),
            ("h2", "Informasi yang membantu"),
            (
                "p",
                (
                    "Ceritakan apa yang terjadi, di mana (nama kebun atau pabrik, afdeling, "
                    "kabupaten), kapan, dan berapa banyak buruh yang mengalaminya. Jika ada, simpan "
                    "bukti seperti slip upah, kontrak, surat dari perusahaan, atau foto. Jangan "
                    "mengambil risiko untuk mendapatkan bukti; keterangan Anda sudah sangat berarti."
                ),
            ),
            ("h2", "Apa yang terjadi setelah itu"),
            (
                "p",
                (
                    "Kami akan memverifikasi laporan lebih dulu, dengan hati-hati agar Anda tidak "
                    "dikenali. Setelah itu, laporan ditangani bersama serikat dan federasi anggota: "
                    "misalnya dengan perundingan, pelaporan ke pengawas ketenagakerjaan, atau "
                    "mediasi. Kami akan memberi tahu Anda perkembangannya bila Anda meninggalkan "
                    "kontak."
                ),
            ),
            (
                "p",
                (
                    "Jika keselamatan Anda terancam saat ini, utamakan keselamatan Anda dan hubungi "
                    "layanan darurat 112 atau polisi di 110. Korban kekerasan seksual juga dapat "
                    "menghubungi layanan SAPA 129 dari Kementerian Pemberdayaan Perempuan dan "
                    "Perlindungan Anak."
                ),
            ),
        ],
        "title_en": "Report a Problem",
        "intro_en": (
            "Facing a problem at work? You can report it now, safely, and you do not have to give your name."
        ),
        "body_en": [
            ("h2", "How to report"),
            (
                "p",
                (
                    "Contact JAPBUSI by phone, WhatsApp or email, as shown at the bottom of this "
                    "page. You can also report through the union on your estate or your federation; "
                    "they will pass the report to the network's case team."
                ),
            ),
            (
                "p",
                (
                    "If you fear retaliation from a supervisor or the company, do not give your "
                    "name. Use a number or email address that is safe for you, and delete the "
                    "conversation from your phone if others can see it. We will not reveal your "
                    "identity to the company or anyone else without your consent."
                ),
            ),
            ("h2", "Information that helps"),
            (
                "p",
                (
                    "Tell us what happened, where (estate or mill, division, district), when, and "
                    "how many workers are affected. If you have them, keep pay slips, contracts, "
                    "company letters or photos. Do not take risks to get evidence; your account "
                    "already matters."
                ),
            ),
            ("h2", "What happens next"),
            (
                "p",
                (
                    "We verify the report first, carefully, so that you are not identified. Then it "
                    "is handled with the union and member federations, for example through "
                    "negotiation, a report to labour inspectors or mediation. If you leave a "
                    "contact, we will tell you how it is going."
                ),
            ),
            (
                "p",
                (
                    "If you are in danger right now, put your safety first and call the emergency "
                    "number 112 or the police on 110. Survivors of sexual violence can also contact "
                    "the SAPA 129 service of the Ministry of Women's Empowerment and Child "
                    "Protection."
                ),
            ),
        ],
    },
    "privacy": {
        "slug": "kebijakan-privasi",
        "title": "Kebijakan Privasi",
        "intro": "Ringkasan singkat tentang data apa yang kami simpan, untuk apa, dan apa hak Anda.",
        "body": [
            ("h2", "Tanpa pelacak"),
            (
                "p",
                (
                    "Situs ini tidak memakai pelacak pihak ketiga, iklan, atau tombol media sosial "
                    "yang merekam kunjungan Anda. Video dari layanan lain baru dimuat setelah Anda "
                    "mengkliknya."
                ),
            ),
            ("h2", "Data yang kami simpan"),
            (
                "p",
                (
                    "Kami hanya menyimpan data yang Anda berikan sendiri kepada kami, misalnya isi "
                    "laporan dan, bila Anda memilih, nama dan kontak Anda. Identitas pelapor "
                    "bersifat pilihan: Anda boleh melapor tanpa nama. Data laporan hanya dapat "
                    "diakses oleh tim penanganan, dipakai untuk memverifikasi dan menangani masalah "
                    "yang dilaporkan, dan tidak diberikan kepada perusahaan atau pihak lain tanpa "
                    "persetujuan Anda."
                ),
            ),
            ("h2", "Hak Anda"),
            (
                "p",
                (
                    "Sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, Anda "
                    "berhak mengetahui data pribadi apa yang kami simpan tentang Anda, mendapatkan "
                    "salinannya, meminta perbaikan atau penghapusan, dan menarik kembali persetujuan "
                    "Anda. Untuk menggunakan hak-hak ini, hubungi sekretariat melalui kontak di "
                    "bagian bawah halaman."
                ),
            ),
        ],
        "title_en": "Privacy Policy",
        "intro_en": "A short summary of what data we keep, why, and your rights.",
        "body_en": [
            ("h2", "No trackers"),
            (
                "p",
                (
                    "This site uses no third-party trackers, advertising or social media buttons "
                    "that record your visit. Videos from other services load only after you click "
                    "them."
                ),
            ),
            ("h2", "What we keep"),
            (
                "p",
                (
                    "We only keep data you give us yourself, such as the content of a report and, if "
                    "you choose, your name and contact details. Giving your identity is optional: "
                    "you may report anonymously. Report data is accessible only to the case team, "
                    "used to verify and handle the problem reported, and never given to the company "
                    "or anyone else without your consent."
                ),
            ),
            ("h2", "Your rights"),
            (
                "p",
                (
                    "Under Law No. 27 of 2022 on Personal Data Protection, you have the right to "
                    "know what personal data we hold about you, to obtain a copy, to have it "
                    "corrected or deleted, and to withdraw your consent. To use these rights, "
                    "contact the secretariat using the details at the bottom of the page."
                ),
            ),
        ],
    },
}

# Home page texts.
HOME = {
    "intro": (
        "JAPBUSI adalah jaringan federasi serikat pekerja/serikat buruh di sektor kelapa sawit. Kami "
        "memperjuangkan kerja layak bagi buruh kebun dan pabrik sawit di seluruh Indonesia: upah "
        "yang adil, kepastian kerja, keselamatan, dan hak untuk berserikat."
    ),
    "intro_en": (
        "JAPBUSI is a network of trade union federations in the palm oil sector. We campaign for "
        "decent work for plantation and mill workers across Indonesia: fair wages, secure jobs, "
        "safety, and the right to organise."
    ),
    "report_heading": "Alami masalah di tempat kerja?",
    "report_heading_en": "Facing a problem at work?",
    "report_text": (
        "Laporkan kepada kami dengan aman. Anda boleh tidak menyebutkan nama. Kami memverifikasi "
        "setiap laporan dan menanganinya bersama serikat dan federasi anggota."
    ),
    "report_text_en": (
        "Tell us safely. You do not have to give your name. We verify every report and handle it "
        "with the unions and member federations."
    ),
    "report_button_label": "Laporkan masalah",
    "report_button_label_en": "Report a problem",
}

# Index pages for articles and campaigns, and the federation directory.
SECTIONS = {
    "articles": {
        "title": "Berita",
        "slug": "berita",
        "intro": (
            "Berita dari kebun dan pabrik sawit, penjelasan tentang hak buruh, dan kabar dari perundingan."
        ),
        "title_en": "News",
        "intro_en": (
            "News from oil palm estates and mills, explainers on workers' rights, and reports from "
            "negotiations."
        ),
    },
    "campaigns": {
        "title": "Kampanye",
        "slug": "kampanye",
        "intro": (
            "Perubahan yang sedang kami perjuangkan bersama buruh sawit, dan cara Anda bisa ikut serta."
        ),
        "title_en": "Campaigns",
        "intro_en": "The changes we are fighting for with palm oil workers, and how you can take part.",
    },
    "federations": {
        "title": "Federasi anggota",
        "slug": "federasi",
        "intro": "Federasi serikat pekerja/serikat buruh yang tergabung dalam JAPBUSI.",
        "title_en": "Member federations",
        "intro_en": "The trade union federations that make up JAPBUSI.",
    },
}

# Site settings with clearly fictional demo contact details.
SITE_SETTINGS = {
    "tagline": "Suara buruh sawit, dari kebun sampai meja perundingan.",
    "tagline_en": "The voice of palm oil workers, from the estate to the bargaining table.",
    "email": "sekretariat@japbusi.example",
    "phone": "+62 800-0000-0000",
    "whatsapp": "+62 800-0000-0000",
    "address": "Alamat contoh (demo): Jl. Contoh No. 1, Jakarta 10000, Indonesia",
}
