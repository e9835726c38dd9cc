"""Demo content of the knowledge base: library resources, rights guides and lessons (pure data).

Summaries and answers are written for this project in plain words; they quote no legal text beyond
short titles. They describe the rules in general terms and tell readers to check the official text:
regulations change, and the Constitutional Court's 2024 decision on the job-creation law
(Putusan MK No. 168/PUU-XXI/2023) asks for a new manpower law. The research item and the two lessons
are fictional. Topic slugs refer to home/vocabulary_data.py.
"""

SECTIONS = {
    "library": {
        "slug": "perpustakaan",
        "title": "Perpustakaan",
        "title_en": "Library",
        "intro": (
            "Undang-undang, peraturan, konvensi ILO, panduan, contoh surat, modul pelatihan dan penelitian "
            "untuk pekerja dan pengurus serikat. Setiap berkas ditandai ukurannya agar hemat kuota."
        ),
        "intro_en": (
            "Laws, regulations, ILO conventions, guides, template letters, training modules and research "
            "for workers and union organisers. Every file shows its size, to spare your data plan."
        ),
    },
    "guides": {
        "slug": "kenali-hakmu",
        "title": "Kenali Hakmu",
        "title_en": "Know your rights",
        "intro": (
            "Jawaban singkat atas pertanyaan yang paling sering diajukan buruh kebun sawit, dengan bahasa "
            "sederhana dan tautan ke aturan yang menjadi dasarnya."
        ),
        "intro_en": (
            "Short answers to the questions palm-oil plantation workers ask most, in plain words, with links "
            "to the rules they rest on. The guides are written in Indonesian."
        ),
    },
    "hub": {
        "slug": "topik",
        "title": "Topik",
        "title_en": "Topics",
        "intro": "Semua yang dikerjakan jaringan per topik: berita, kampanye, aturan, panduan hak.",
        "intro_en": "Everything the network does, by topic: news, campaigns, rules and rights guides.",
    },
    "lessons": {
        "slug": "pelajaran-dari-kasus",
        "title": "Pelajaran dari kasus",
        "intro": (
            "Apa yang dipelajari tim dari kasus yang sudah selesai: masalahnya, apa yang dicoba, apa yang "
            "berhasil. Tanpa nama, kontak, atau nomor referensi kasus."
        ),
    },
}

PDF_NOTE = (
    "Dokumen contoh buatan JAPBUSI untuk situs demo: ringkasan dengan kata-kata sendiri, bukan teks "
    "resmi. Periksa teks resmi dan perubahan terbaru sebelum mengutipnya."
)

# Each resource: slug, title, title_en, type, year, language, issuing body, topics, summary (id, en),
# and the points printed in its PDF (words there are found by search even when not on the page).
RESOURCES = [
    {
        "slug": "uu-13-2003-ketenagakerjaan",
        "title": "UU No. 13 Tahun 2003 tentang Ketenagakerjaan",
        "title_en": "Law No. 13 of 2003 on Manpower",
        "type": "law",
        "year": 2003,
        "language": "id",
        "issuing_body": "DPR dan Presiden Republik Indonesia",
        "topics": ["upah", "kontrak-dan-alih-daya", "phk", "jam-kerja-dan-target"],
        "summary": (
            "Undang-undang pokok tentang hubungan kerja: perjanjian kerja, waktu kerja dan istirahat, upah, "
            "perlindungan pekerja perempuan dan anak, mogok kerja, dan pemutusan hubungan kerja. Sebagian "
            "pasalnya diubah oleh UU Cipta Kerja."
        ),
        "summary_en": (
            "The core law on employment relations: contracts, working time and rest, wages, protection of "
            "women and young workers, strikes and dismissal. Parts were amended by the job-creation law."
        ),
        "points": [
            "Waktu kerja umum: 40 jam seminggu, dibagi dalam enam atau lima hari kerja.",
            "Pekerja perempuan berhak atas istirahat melahirkan dan kesempatan menyusui.",
            "Mogok kerja adalah hak dasar yang dilakukan secara sah, tertib dan damai setelah perundingan gagal.",
        ],
    },
    {
        "slug": "uu-6-2023-cipta-kerja",
        "title": "UU No. 6 Tahun 2023 tentang Penetapan Perpu Cipta Kerja menjadi Undang-Undang",
        "title_en": "Law No. 6 of 2023 enacting the Job Creation Regulation in Lieu of Law",
        "type": "law",
        "year": 2023,
        "language": "id",
        "issuing_body": "DPR dan Presiden Republik Indonesia",
        "topics": ["kontrak-dan-alih-daya", "upah", "phk"],
        "summary": (
            "Menggantikan UU No. 11 Tahun 2020 yang dinyatakan inkonstitusional bersyarat, dan mengubah "
            "klaster ketenagakerjaan UU 13/2003: kontrak kerja, alih daya, upah minimum dan PHK. Pada 2024 "
            "Mahkamah Konstitusi mengubah tafsir sejumlah pasalnya dan meminta UU Ketenagakerjaan baru."
        ),
        "summary_en": (
            "Replaced Law No. 11 of 2020 after it was found conditionally unconstitutional, and amended the "
            "manpower chapter of Law 13/2003: contracts, outsourcing, minimum wages and dismissal. In 2024 the "
            "Constitutional Court reinterpreted several provisions and called for a new manpower law."
        ),
        "points": [
            "Putusan Mahkamah Konstitusi No. 168/PUU-XXI/2023 menyentuh antara lain jangka waktu PKWT, "
            "alih daya, komponen upah dan PHK.",
            "Perpu No. 2 Tahun 2022 ditetapkan menjadi undang-undang oleh UU ini.",
        ],
    },
    {
        "slug": "pp-35-2021-pkwt-alih-daya-phk",
        "title": "PP No. 35 Tahun 2021 tentang PKWT, Alih Daya, Waktu Kerja dan Waktu Istirahat, dan PHK",
        "title_en": "Government Regulation No. 35 of 2021 on fixed-term contracts, outsourcing, working time and dismissal",
        "type": "law",
        "year": 2021,
        "language": "id",
        "issuing_body": "Pemerintah Republik Indonesia",
        "topics": ["kontrak-dan-alih-daya", "phk", "jam-kerja-dan-target"],
        "summary": (
            "Aturan pelaksana tentang kontrak kerja waktu tertentu (PKWT), perjanjian kerja harian, alih daya, "
            "lembur, dan tata cara serta hak-hak saat pemutusan hubungan kerja."
        ),
        "summary_en": (
            "Implementing rules on fixed-term contracts (PKWT), daily work agreements, outsourcing, overtime, "
            "and the procedure and entitlements on dismissal."
        ),
        "points": [
            "PKWT tidak boleh memakai masa percobaan; pekerja PKWT berhak atas uang kompensasi saat kontrak berakhir.",
            "Pekerja harian yang bekerja 21 hari atau lebih sebulan selama tiga bulan berturut-turut "
            "menjadi pekerja tetap (PKWTT).",
            "Pemberitahuan PHK tertulis disampaikan paling lambat 14 hari kerja sebelumnya.",
        ],
    },
    {
        "slug": "pp-36-2021-pengupahan",
        "title": "PP No. 36 Tahun 2021 tentang Pengupahan",
        "title_en": "Government Regulation No. 36 of 2021 on Wages",
        "type": "law",
        "year": 2021,
        "language": "id",
        "issuing_body": "Pemerintah Republik Indonesia",
        "topics": ["upah"],
        "summary": (
            "Mengatur upah minimum, struktur dan skala upah, cara pembayaran, potongan upah, denda "
            "keterlambatan pembayaran, dan upah lembur."
        ),
        "summary_en": (
            "Sets out minimum wages, wage structures and scales, how wages are paid, deductions, penalties for "
            "late payment, and overtime pay."
        ),
        "points": [
            "Pengusaha dilarang membayar upah di bawah upah minimum.",
            "Jumlah seluruh potongan upah paling banyak separuh dari upah yang diterima.",
            "Pengusaha yang terlambat membayar upah dikenai denda keterlambatan.",
        ],
    },
    {
        "slug": "pp-51-2023-perubahan-pengupahan",
        "title": "PP No. 51 Tahun 2023 tentang Perubahan atas PP No. 36 Tahun 2021 tentang Pengupahan",
        "title_en": "Government Regulation No. 51 of 2023 amending the Wages Regulation",
        "type": "law",
        "year": 2023,
        "language": "id",
        "issuing_body": "Pemerintah Republik Indonesia",
        "topics": ["upah"],
        "summary": (
            "Mengubah rumus penyesuaian upah minimum: inflasi ditambah pertumbuhan ekonomi yang dikalikan "
            "indeks tertentu, yang ditetapkan dewan pengupahan dalam rentang yang diatur."
        ),
        "summary_en": (
            "Changes the formula for adjusting minimum wages: inflation plus economic growth multiplied by an "
            "index set by the wage council within a fixed range."
        ),
        "points": [
            "Indeks tertentu yang disebut alfa berada dalam rentang 0,10 sampai 0,30.",
            "Gubernur menetapkan upah minimum provinsi setiap tahun.",
        ],
    },
    {
        "slug": "permenaker-6-2016-thr",
        "title": "Permenaker No. 6 Tahun 2016 tentang Tunjangan Hari Raya Keagamaan",
        "title_en": "Minister of Manpower Regulation No. 6 of 2016 on Religious Holiday Allowance",
        "type": "law",
        "year": 2016,
        "language": "id",
        "issuing_body": "Kementerian Ketenagakerjaan",
        "topics": ["upah"],
        "summary": (
            "Tunjangan hari raya (THR) wajib dibayar kepada pekerja dengan masa kerja satu bulan atau lebih, "
            "baik tetap maupun kontrak, paling lambat tujuh hari sebelum hari raya."
        ),
        "summary_en": (
            "The religious holiday allowance (THR) is owed to every worker with one month's service or more, "
            "permanent or on contract, at least seven days before the holiday."
        ),
        "points": [
            "Masa kerja 12 bulan atau lebih: THR sebesar satu bulan upah.",
            "Masa kerja kurang dari 12 bulan: THR dihitung secara proporsional.",
            "Pekerja harian lepas dengan masa kerja 12 bulan: dasar perhitungannya rata-rata upah 12 bulan terakhir.",
        ],
    },
    {
        "slug": "uu-21-2000-serikat-pekerja",
        "title": "UU No. 21 Tahun 2000 tentang Serikat Pekerja/Serikat Buruh",
        "title_en": "Law No. 21 of 2000 on Trade Unions",
        "type": "law",
        "year": 2000,
        "language": "id",
        "issuing_body": "DPR dan Presiden Republik Indonesia",
        "topics": ["kebebasan-berserikat"],
        "summary": (
            "Menjamin hak setiap pekerja membentuk dan menjadi anggota serikat, mengatur pencatatan serikat, "
            "dan melarang siapa pun menghalangi kegiatan serikat."
        ),
        "summary_en": (
            "Guarantees every worker's right to form and join a union, sets out union registration, and forbids "
            "anyone to obstruct union activity."
        ),
        "points": [
            "Serikat dapat dibentuk oleh sekurang-kurangnya sepuluh pekerja.",
            "Menghalangi pekerja berserikat, misalnya dengan PHK, mutasi atau intimidasi, diancam pidana.",
        ],
    },
    {
        "slug": "uu-2-2004-phi",
        "title": "UU No. 2 Tahun 2004 tentang Penyelesaian Perselisihan Hubungan Industrial",
        "title_en": "Law No. 2 of 2004 on Industrial Relations Dispute Settlement",
        "type": "law",
        "year": 2004,
        "language": "id",
        "issuing_body": "DPR dan Presiden Republik Indonesia",
        "topics": ["phk", "upah", "kebebasan-berserikat"],
        "summary": (
            "Jalan penyelesaian perselisihan hak, kepentingan, PHK dan antarserikat: perundingan bipartit, "
            "lalu mediasi, konsiliasi atau arbitrase, dan terakhir Pengadilan Hubungan Industrial."
        ),
        "summary_en": (
            "How disputes over rights, interests, dismissal and between unions are settled: bipartite talks, "
            "then mediation, conciliation or arbitration, and finally the Industrial Relations Court."
        ),
        "points": [
            "Perundingan bipartit diselesaikan paling lama 30 hari kerja.",
            "Bila bipartit gagal, salah satu pihak mencatatkan perselisihan ke dinas ketenagakerjaan setempat.",
        ],
    },
    {
        "slug": "uu-1-1970-keselamatan-kerja",
        "title": "UU No. 1 Tahun 1970 tentang Keselamatan Kerja",
        "title_en": "Law No. 1 of 1970 on Work Safety",
        "type": "law",
        "year": 1970,
        "language": "id",
        "issuing_body": "Presiden Republik Indonesia",
        "topics": ["k3"],
        "summary": (
            "Dasar keselamatan dan kesehatan kerja: kewajiban pengusaha menyediakan tempat kerja yang aman "
            "dan alat pelindung diri tanpa biaya, serta hak pekerja menyatakan keberatan atas pekerjaan yang "
            "tidak aman."
        ),
        "summary_en": (
            "The basis of occupational safety and health: employers must provide a safe workplace and personal "
            "protective equipment free of charge; workers may object to unsafe work."
        ),
        "points": [
            "Alat pelindung diri yang diwajibkan disediakan pengusaha secara cuma-cuma.",
            "Pekerja boleh menyatakan keberatan bekerja bila syarat keselamatan dan alat pelindungnya diragukan.",
        ],
    },
    {
        "slug": "ilo-k87-kebebasan-berserikat",
        "title": "Konvensi ILO No. 87 tentang Kebebasan Berserikat dan Perlindungan Hak untuk Berorganisasi",
        "title_en": "ILO Convention No. 87 on Freedom of Association and Protection of the Right to Organise",
        "type": "ilo",
        "year": 1948,
        "language": "id-en",
        "issuing_body": "Organisasi Perburuhan Internasional (ILO)",
        "topics": ["kebebasan-berserikat"],
        "summary": (
            "Pekerja dan pengusaha berhak mendirikan dan bergabung dengan organisasi pilihannya sendiri tanpa "
            "izin terlebih dahulu. Indonesia meratifikasinya pada 1998."
        ),
        "summary_en": (
            "Workers and employers may set up and join organisations of their own choosing without prior "
            "authorisation. Indonesia ratified it in 1998."
        ),
        "points": ["Organisasi pekerja berhak menyusun anggaran dasar dan memilih pengurusnya secara bebas."],
    },
    {
        "slug": "ilo-k98-berunding-bersama",
        "title": "Konvensi ILO No. 98 tentang Hak Berorganisasi dan Berunding Bersama",
        "title_en": "ILO Convention No. 98 on the Right to Organise and Collective Bargaining",
        "type": "ilo",
        "year": 1949,
        "language": "id-en",
        "issuing_body": "Organisasi Perburuhan Internasional (ILO)",
        "topics": ["kebebasan-berserikat"],
        "summary": (
            "Melindungi pekerja dari diskriminasi karena keanggotaan serikat dan mendorong perundingan bersama "
            "yang sukarela. Berlaku bagi Indonesia sejak 1957."
        ),
        "summary_en": (
            "Protects workers against discrimination for union membership and promotes voluntary collective "
            "bargaining. Binding on Indonesia since 1957."
        ),
        "points": [
            "Pekerja tidak boleh dipecat atau dirugikan karena menjadi anggota atau pengurus serikat."
        ],
    },
    {
        "slug": "ilo-k29-kerja-paksa",
        "title": "Konvensi ILO No. 29 tentang Kerja Paksa",
        "title_en": "ILO Convention No. 29 on Forced Labour",
        "type": "ilo",
        "year": 1930,
        "language": "id-en",
        "issuing_body": "Organisasi Perburuhan Internasional (ILO)",
        "topics": ["kerja-paksa"],
        "summary": (
            "Melarang semua kerja yang dipaksakan di bawah ancaman hukuman dan tidak dilakukan dengan sukarela. "
            "Jeratan utang dan penahanan dokumen termasuk tanda-tanda kerja paksa menurut ILO."
        ),
        "summary_en": (
            "Prohibits all work exacted under threat of penalty and not offered voluntarily. Debt bondage and "
            "withheld identity papers are among the ILO's indicators of forced labour."
        ),
        "points": [
            "Indikator ILO antara lain jeratan utang, penahanan upah, dan penahanan dokumen identitas."
        ],
    },
    {
        "slug": "ilo-k138-k182-pekerja-anak",
        "title": "Konvensi ILO No. 138 tentang Usia Minimum dan No. 182 tentang Bentuk Terburuk Pekerjaan Anak",
        "title_en": "ILO Conventions No. 138 on Minimum Age and No. 182 on the Worst Forms of Child Labour",
        "type": "ilo",
        "year": 1999,
        "language": "id-en",
        "issuing_body": "Organisasi Perburuhan Internasional (ILO)",
        "topics": ["pekerja-anak"],
        "summary": (
            "Dua konvensi tentang pekerja anak: usia minimum untuk bekerja, dan larangan bentuk-bentuk terburuk "
            "pekerjaan anak, termasuk pekerjaan berbahaya. Indonesia meratifikasi keduanya (1999 dan 2000)."
        ),
        "summary_en": (
            "Two conventions on child labour: the minimum age for work, and the ban on its worst forms, "
            "including hazardous work. Indonesia ratified both (1999 and 2000)."
        ),
        "points": [
            "Membawa anak membantu memenuhi target panen dapat menjadi pekerjaan berbahaya bagi anak."
        ],
    },
    {
        "slug": "ilo-k155-k3",
        "title": "Konvensi ILO No. 155 tentang Keselamatan dan Kesehatan Kerja",
        "title_en": "ILO Convention No. 155 on Occupational Safety and Health",
        "type": "ilo",
        "year": 1981,
        "language": "en",
        "issuing_body": "Organisasi Perburuhan Internasional (ILO)",
        "topics": ["k3"],
        "summary": (
            "Meminta negara menyusun kebijakan nasional K3 dan mengatur kewajiban pengusaha serta hak pekerja "
            "menjauh dari bahaya yang serius. Sejak 2022 menjadi salah satu konvensi dasar ILO; periksa status "
            "ratifikasi Indonesia di basis data NORMLEX."
        ),
        "summary_en": (
            "Calls for a national OSH policy and sets out employers' duties and workers' right to remove "
            "themselves from serious danger. A fundamental ILO convention since 2022; check Indonesia's "
            "ratification status in NORMLEX."
        ),
        "points": ["Pekerja yang menjauh dari bahaya yang mengancam nyawa tidak boleh dihukum karenanya."],
    },
    {
        "slug": "ilo-k190-kekerasan-dan-pelecehan",
        "title": "Konvensi ILO No. 190 tentang Penghapusan Kekerasan dan Pelecehan di Dunia Kerja",
        "title_en": "ILO Convention No. 190 on Violence and Harassment in the World of Work",
        "type": "ilo",
        "year": 2019,
        "language": "id-en",
        "issuing_body": "Organisasi Perburuhan Internasional (ILO)",
        "topics": ["perempuan-dan-kbg"],
        "summary": (
            "Standar internasional pertama tentang kekerasan dan pelecehan di dunia kerja, termasuk kekerasan "
            "berbasis gender, di perjalanan ke tempat kerja dan di perumahan yang disediakan pengusaha. Serikat "
            "di Indonesia mendorong ratifikasinya."
        ),
        "summary_en": (
            "The first international standard on violence and harassment at work, including gender-based "
            "violence, on the way to work and in employer-provided housing. Indonesian unions campaign for "
            "its ratification."
        ),
        "points": ["Perlindungan mencakup pekerja apa pun status kontraknya, juga magang dan pencari kerja."],
    },
    {
        "slug": "uu-12-2022-tpks",
        "title": "UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual",
        "title_en": "Law No. 12 of 2022 on Sexual Violence Crimes",
        "type": "law",
        "year": 2022,
        "language": "id",
        "issuing_body": "DPR dan Presiden Republik Indonesia",
        "topics": ["perempuan-dan-kbg"],
        "summary": (
            "Mengatur tindak pidana kekerasan seksual, termasuk pelecehan fisik dan nonfisik, serta hak korban "
            "atas penanganan, perlindungan dan pemulihan."
        ),
        "summary_en": (
            "Defines sexual violence crimes, including physical and non-physical harassment, and victims' "
            "rights to handling, protection and recovery."
        ),
        "points": ["Korban berhak didampingi dan tidak boleh dipaksa berdamai dengan pelaku."],
    },
    {
        "slug": "uu-24-2011-bpjs",
        "title": "UU No. 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial",
        "title_en": "Law No. 24 of 2011 on Social Security Agencies",
        "type": "law",
        "year": 2011,
        "language": "id",
        "issuing_body": "DPR dan Presiden Republik Indonesia",
        "topics": ["jaminan-sosial", "k3"],
        "summary": (
            "Membentuk BPJS Kesehatan dan BPJS Ketenagakerjaan. Pengusaha wajib mendaftarkan pekerjanya dan "
            "membayar iuran, termasuk untuk jaminan kecelakaan kerja."
        ),
        "summary_en": (
            "Sets up the health and employment social security agencies. Employers must register their workers "
            "and pay contributions, including for work-accident insurance."
        ),
        "points": [
            "Pekerja yang belum didaftarkan dapat mendaftarkan dirinya sendiri ke BPJS Ketenagakerjaan."
        ],
    },
    {
        "slug": "panduan-bipartit-sampai-phi",
        "title": "Panduan: dari perundingan bipartit sampai Pengadilan Hubungan Industrial",
        "title_en": "Guide: from bipartite talks to the Industrial Relations Court",
        "type": "guide",
        "year": 2024,
        "language": "id",
        "issuing_body": "JAPBUSI",
        "topics": ["phk", "upah"],
        "summary": (
            "Langkah demi langkah menyelesaikan perselisihan: menyiapkan bukti, meminta perundingan, membuat "
            "risalah, mencatatkan ke dinas, mediasi, dan kapan perlu pendamping hukum."
        ),
        "summary_en": (
            "Step by step through a dispute: gathering evidence, requesting talks, keeping minutes, registering "
            "with the labour office, mediation, and when to bring in a legal adviser."
        ),
        "points": [
            "Simpan slip gaji, surat peringatan, dan catatan kehadiran: foto dengan jelas dan simpan salinannya.",
            "Setiap pertemuan bipartit dicatat dalam risalah yang ditandatangani kedua pihak.",
        ],
    },
    {
        "slug": "contoh-surat-permohonan-bipartit",
        "title": "Contoh surat permohonan perundingan bipartit",
        "title_en": "Template letter: request for bipartite negotiation",
        "type": "template",
        "year": 2024,
        "language": "id",
        "issuing_body": "JAPBUSI",
        "topics": ["phk", "upah", "kebebasan-berserikat"],
        "summary": (
            "Surat yang bisa disalin serikat atau pekerja untuk meminta perundingan bipartit kepada manajemen "
            "kebun: pokok masalah, tuntutan, usulan waktu dan tempat."
        ),
        "summary_en": (
            "A letter a union or worker can copy to ask estate management for bipartite talks: the issue, the "
            "demands, a proposed time and place."
        ),
        "points": [
            "Perihal: Permohonan perundingan bipartit. Kepada Yth. Pimpinan kebun ... Dengan hormat, kami "
            "mengajukan permohonan perundingan mengenai ...",
            "Lampirkan daftar hadir dan bukti yang mendukung tuntutan.",
        ],
    },
    {
        "slug": "modul-slip-gaji-dan-lembur",
        "title": "Modul pelatihan: membaca slip gaji dan menghitung upah lembur",
        "title_en": "Training module: reading a payslip and calculating overtime",
        "type": "training",
        "year": 2023,
        "language": "id",
        "issuing_body": "JAPBUSI",
        "topics": ["upah", "jam-kerja-dan-target"],
        "summary": (
            "Modul dua jam untuk pengurus serikat: komponen upah di slip gaji, potongan yang sah, dan latihan "
            "menghitung upah lembur."
        ),
        "summary_en": (
            "A two-hour module for union organisers: wage components on a payslip, lawful deductions, and "
            "exercises in calculating overtime pay."
        ),
        "points": [
            "Upah sejam adalah 1/173 dari upah sebulan.",
            "Pada hari kerja biasa, jam lembur pertama dibayar 1,5 kali upah sejam dan jam berikutnya 2 kali.",
        ],
    },
    {
        "slug": "modul-k3-penyemprot-dan-pemanen",
        "title": "Modul pelatihan: K3 bagi penyemprot dan pemanen",
        "title_en": "Training module: safety and health for sprayers and harvesters",
        "type": "training",
        "year": 2024,
        "language": "id",
        "issuing_body": "JAPBUSI",
        "topics": ["k3", "perempuan-dan-kbg"],
        "summary": (
            "Bahaya pestisida dan alat panen, alat pelindung diri yang harus disediakan, dan cara mencatat "
            "serta melaporkan kecelakaan kerja."
        ),
        "summary_en": (
            "The hazards of pesticides and harvesting tools, the protective equipment that must be provided, "
            "and how to record and report work accidents."
        ),
        "points": [
            "Penyemprot membutuhkan masker, sarung tangan, sepatu bot dan pakaian pelindung serta tempat mencuci.",
            "Pekerja hamil atau menyusui perlu dijauhkan dari paparan pestisida.",
        ],
    },
    {
        "slug": "penelitian-buruh-harian-lepas",
        "title": "Penelitian: buruh harian lepas di kebun sawit (contoh)",
        "title_en": "Research: daily casual workers on palm-oil estates (demo)",
        "type": "research",
        "year": 2025,
        "language": "id",
        "issuing_body": "JAPBUSI (konten contoh)",
        "topics": ["kontrak-dan-alih-daya", "upah", "perempuan-dan-kbg"],
        "summary": (
            "Ringkasan penelitian rekaan untuk situs demo: bagaimana buruh harian lepas, banyak di antaranya "
            "perempuan, bekerja bertahun-tahun tanpa kepastian status dan jaminan sosial."
        ),
        "summary_en": (
            "A fictional research summary for the demo site: how daily casual workers, many of them women, work "
            "for years without a secure status or social security."
        ),
        "points": [
            "Semua angka dalam dokumen ini rekaan dan tidak boleh dikutip.",
            "Temuan contoh: buruh perawatan sering dicatat sebagai buruh harian walau bekerja sepanjang tahun.",
        ],
    },
]

# Rights guides: (topic slug, slug, title, intro, [(question, answer paragraphs, [resource slugs])]).
GUIDES = [
    {
        "topic": "upah",
        "slug": "hakmu-soal-upah",
        "title": "Hakmu soal upah",
        "intro": "Upah minimum, potongan, lembur dan THR: apa yang berlaku untukmu, apa pun status kerjamu.",
        "questions": [
            (
                "Apakah buruh harian lepas berhak atas upah minimum?",
                [
                    "Ya. Upah minimum berlaku untuk semua pekerja, termasuk buruh harian lepas dan pekerja kontrak. "
                    "Untuk upah harian, upah minimum bulanan dibagi dengan jumlah hari kerja dalam sebulan menurut "
                    "aturan pengupahan.",
                    "Perusahaan perkebunan tidak termasuk usaha mikro atau kecil yang dikecualikan dari upah minimum.",
                ],
                ["pp-36-2021-pengupahan", "pp-51-2023-perubahan-pengupahan"],
            ),
            (
                "Bolehkah upahku dipotong karena target panen tidak tercapai?",
                [
                    "Potongan upah harus punya dasar dalam perjanjian kerja, peraturan perusahaan atau perjanjian "
                    "kerja bersama, dan rinciannya harus terlihat di slip gaji.",
                    "Jumlah semua potongan tidak boleh lebih dari separuh upah. Mintalah rincian tertulis; bila "
                    "tidak jelas, laporkan.",
                ],
                ["pp-36-2021-pengupahan", "modul-slip-gaji-dan-lembur"],
            ),
            (
                "Bagaimana upah lembur dihitung?",
                [
                    "Lembur hanya boleh dengan persetujuanmu. Pada hari kerja biasa, jam pertama dibayar satu "
                    "setengah kali upah sejam dan jam berikutnya dua kali. Upah sejam adalah upah sebulan dibagi 173.",
                ],
                ["pp-35-2021-pkwt-alih-daya-phk", "modul-slip-gaji-dan-lembur"],
            ),
            (
                "Kapan THR harus dibayar, dan berapa?",
                [
                    "Paling lambat tujuh hari sebelum hari raya. Setelah bekerja 12 bulan atau lebih, THR sebesar "
                    "satu bulan upah; kurang dari itu, dihitung sebanding dengan masa kerja (minimal satu bulan).",
                ],
                ["permenaker-6-2016-thr"],
            ),
        ],
    },
    {
        "topic": "kontrak-dan-alih-daya",
        "slug": "hakmu-soal-kontrak-kerja",
        "title": "Hakmu soal kontrak kerja dan status harian",
        "intro": "PKWT, buruh harian lepas dan alih daya: kapan kontrak sah, dan kapan kamu seharusnya pekerja tetap.",
        "questions": [
            (
                "Bolehkah kontrak kerja (PKWT) memakai masa percobaan?",
                [
                    "Tidak. Masa percobaan dalam PKWT batal demi hukum, dan masa itu tetap dihitung sebagai masa kerja.",
                ],
                ["uu-13-2003-ketenagakerjaan", "pp-35-2021-pkwt-alih-daya-phk"],
            ),
            (
                "Aku buruh harian lepas sudah bertahun-tahun. Apakah statusku bisa berubah?",
                [
                    "Perjanjian kerja harian hanya untuk pekerjaan yang waktunya tidak tetap. Bila kamu bekerja 21 "
                    "hari atau lebih dalam sebulan selama tiga bulan berturut-turut atau lebih, menurut aturan kamu "
                    "menjadi pekerja tetap (PKWTT).",
                    "Simpan catatan hari kerjamu: itu buktinya.",
                ],
                ["pp-35-2021-pkwt-alih-daya-phk"],
            ),
            (
                "Apakah aku mendapat uang kompensasi saat kontrak berakhir?",
                [
                    "Ya, bila kamu pekerja PKWT yang sudah bekerja paling sedikit satu bulan terus-menerus. "
                    "Besarnya sebanding dengan lamanya kontrak: 12 bulan setara satu bulan upah.",
                ],
                ["pp-35-2021-pkwt-alih-daya-phk", "uu-6-2023-cipta-kerja"],
            ),
        ],
    },
    {
        "topic": "kebebasan-berserikat",
        "slug": "hakmu-untuk-berserikat",
        "title": "Hakmu untuk berserikat",
        "intro": "Membentuk serikat, menjadi anggota dan berunding bersama adalah hakmu, dilindungi undang-undang.",
        "questions": [
            (
                "Bolehkah kami membentuk serikat di kebun?",
                [
                    "Boleh. Serikat dapat dibentuk oleh sekurang-kurangnya sepuluh pekerja, tanpa izin pengusaha. "
                    "Setelah dibentuk, serikat memberitahukan dirinya ke dinas ketenagakerjaan setempat untuk dicatat.",
                ],
                ["uu-21-2000-serikat-pekerja", "ilo-k87-kebebasan-berserikat"],
            ),
            (
                "Bolehkah perusahaan memindahkan atau memecatku karena aku ikut serikat?",
                [
                    "Tidak. Menghalangi orang berserikat, misalnya dengan PHK, mutasi, menahan upah atau intimidasi, "
                    "dilarang dan diancam pidana. Catat kejadiannya dan laporkan.",
                ],
                ["uu-21-2000-serikat-pekerja", "ilo-k98-berunding-bersama"],
            ),
            (
                "Apa itu perjanjian kerja bersama (PKB)?",
                [
                    "Perjanjian yang dirundingkan serikat dengan pengusaha tentang syarat kerja, hak dan kewajiban. "
                    "Isinya tidak boleh bertentangan dengan undang-undang; ketentuan yang bertentangan tidak berlaku.",
                ],
                ["uu-13-2003-ketenagakerjaan", "ilo-k98-berunding-bersama"],
            ),
        ],
    },
    {
        "topic": "k3",
        "slug": "hakmu-soal-keselamatan-kerja",
        "title": "Hakmu soal keselamatan dan kesehatan kerja",
        "intro": "Alat pelindung diri, pekerjaan berbahaya dan kecelakaan kerja: siapa yang wajib apa.",
        "questions": [
            (
                "Siapa yang harus menyediakan alat pelindung diri (APD)?",
                [
                    "Pengusaha, tanpa memungut biaya dari pekerja. APD tidak boleh dipotong dari upah.",
                ],
                ["uu-1-1970-keselamatan-kerja"],
            ),
            (
                "Bolehkah aku menolak menyemprot tanpa masker dan sarung tangan?",
                [
                    "Undang-undang keselamatan kerja memberi pekerja hak menyatakan keberatan atas pekerjaan bila "
                    "syarat keselamatan dan alat pelindung yang diwajibkan diragukan. Sampaikan keberatanmu, "
                    "sebaiknya bersama serikat, dan catat tanggalnya.",
                ],
                ["uu-1-1970-keselamatan-kerja", "modul-k3-penyemprot-dan-pemanen"],
            ),
            (
                "Aku celaka saat bekerja. Siapa yang menanggung biayanya?",
                [
                    "Pekerja yang didaftarkan ke BPJS Ketenagakerjaan dilindungi jaminan kecelakaan kerja. "
                    "Pengusaha wajib mendaftarkanmu dan melaporkan kecelakaan. Bila kamu belum didaftarkan, "
                    "pengusaha tetap bertanggung jawab atas hak-hakmu.",
                ],
                ["uu-24-2011-bpjs"],
            ),
        ],
    },
    {
        "topic": "phk",
        "slug": "hakmu-saat-phk",
        "title": "Hakmu saat pemutusan hubungan kerja",
        "intro": "PHK harus diberitahukan dan dirundingkan. Ini yang perlu kamu ketahui sebelum menandatangani apa pun.",
        "questions": [
            (
                "Bolehkah aku di-PHK tanpa pemberitahuan?",
                [
                    "Tidak. Pengusaha harus memberitahukan maksud dan alasan PHK secara tertulis, paling lambat "
                    "14 hari kerja sebelumnya. Bila kamu menolak, sampaikan penolakan tertulis dalam tujuh hari "
                    "kerja; PHK lalu dirundingkan secara bipartit.",
                ],
                ["pp-35-2021-pkwt-alih-daya-phk"],
            ),
            (
                "Apa saja hakku bila di-PHK?",
                [
                    "Tergantung alasan PHK dan masa kerjamu: pesangon, uang penghargaan masa kerja dan uang "
                    "penggantian hak (misalnya cuti yang belum diambil). Jangan menandatangani surat pengunduran "
                    "diri bila kamu tidak ingin berhenti.",
                ],
                ["pp-35-2021-pkwt-alih-daya-phk", "uu-6-2023-cipta-kerja"],
            ),
            (
                "Aku tidak setuju dengan PHK. Apa langkah pertama?",
                [
                    "Minta perundingan bipartit secara tertulis; serikat boleh mendampingimu. Bila dalam 30 hari "
                    "kerja tidak ada kesepakatan, perselisihan dicatatkan ke dinas ketenagakerjaan untuk mediasi, "
                    "dan bila perlu dibawa ke Pengadilan Hubungan Industrial.",
                ],
                ["uu-2-2004-phi", "contoh-surat-permohonan-bipartit", "panduan-bipartit-sampai-phi"],
            ),
        ],
    },
]

# Lessons: fictional and anonymised, as case staff would write them.
LESSONS = [
    {
        "slug": "potongan-premi-panen",
        "title": "Potongan premi panen tanpa dasar: selesai lewat mediasi",
        "topic": "upah",
        "province": "14",
        "employer_type": "private",
        "problem": (
            "Premi panen sekelompok pemanen dipotong karena brondolan dianggap kurang, tanpa aturan tertulis "
            "dan tanpa rincian di slip gaji."
        ),
        "what_was_tried": (
            "Serikat meminta perundingan bipartit dengan surat tertulis; manajemen dua kali tidak hadir. "
            "Perselisihan lalu dicatatkan ke dinas ketenagakerjaan kabupaten."
        ),
        "what_worked": (
            "Foto slip gaji beberapa bulan dan catatan hasil timbang harian yang dikumpulkan pemanen sendiri. "
            "Mediator menganjurkan potongan dihentikan dan dikembalikan; perusahaan menerimanya."
        ),
        "partner": "Dinas ketenagakerjaan kabupaten (mediator)",
        "duration_weeks": 11,
    },
    {
        "slug": "penyemprot-tanpa-apd",
        "title": "Penyemprot tanpa APD: pengawas ketenagakerjaan turun tangan",
        "topic": "k3",
        "province": "62",
        "employer_type": "state",
        "problem": (
            "Penyemprot harian, sebagian besar perempuan, bekerja tanpa masker dan sarung tangan; beberapa "
            "mengeluh pusing dan iritasi kulit."
        ),
        "what_was_tried": (
            "Keluhan lisan ke mandor tidak ditanggapi. Serikat menyusun daftar kebutuhan APD dan meminta "
            "pertemuan dengan manajemen."
        ),
        "what_worked": (
            "Laporan tertulis ke pengawas ketenagakerjaan provinsi dengan daftar nama yang dirahasiakan. "
            "Setelah pemeriksaan, APD dibagikan dan tempat mencuci dibangun. Pemeriksaan kesehatan masih dipantau."
        ),
        "partner": "Pengawas ketenagakerjaan provinsi",
        "duration_weeks": 6,
    },
]
