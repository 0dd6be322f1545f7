-- Pasarku marketplace - skema database utama
-- tim backend Jakarta; nama kolom bahasa Indonesia kecuali yang dari framework

CREATE TABLE pengguna (
    id                  bigserial PRIMARY KEY,
    nama_lengkap        varchar(150) NOT NULL,
    nama_panggilan      varchar(50),
    surel               varchar(254) UNIQUE,
    surel_terverifikasi boolean NOT NULL DEFAULT false,
    tgl_verifikasi_surel timestamptz,
    no_hp               varchar(20) NOT NULL UNIQUE,
    no_hp_terverifikasi boolean NOT NULL DEFAULT false,
    kode_otp            char(6),
    jumlah_percobaan_otp smallint NOT NULL DEFAULT 0,
    kata_sandi          varchar(255),
    jenis_kelamin       char(1),
    tanggal_lahir       date,
    nik                 char(16),
    foto_profil_url     text,
    saldo_dompet        numeric(15,2) NOT NULL DEFAULT 0,
    poin                integer NOT NULL DEFAULT 0,
    status_akun         varchar(15) NOT NULL DEFAULT 'aktif',
    ip_terakhir         inet,
    dibuat_pada         timestamptz NOT NULL DEFAULT now(),
    diubah_pada         timestamptz
);

CREATE TABLE alamat_pengguna (
    id                  bigserial PRIMARY KEY,
    pengguna_id         bigint NOT NULL REFERENCES pengguna(id) ON DELETE CASCADE,
    label_alamat        varchar(30),             -- Rumah, Kantor, Kos
    nama_penerima       varchar(150) NOT NULL,
    telepon_penerima    varchar(20) NOT NULL,
    alamat_lengkap      text NOT NULL,
    rt                  varchar(3),
    rw                  varchar(3),
    kelurahan           varchar(80),
    kecamatan           varchar(80),
    kota_kabupaten      varchar(80) NOT NULL,
    provinsi            varchar(80) NOT NULL,
    kode_pos            char(5),
    patokan             varchar(200),
    garis_lintang       numeric(9,6),
    garis_bujur         numeric(9,6),
    utama               boolean NOT NULL DEFAULT false
);

CREATE TABLE toko (
    id                  bigserial PRIMARY KEY,
    pemilik_id          bigint NOT NULL REFERENCES pengguna(id),
    nama_toko           varchar(100) NOT NULL,
    domain_toko         varchar(60) NOT NULL UNIQUE,
    deskripsi           text,
    logo_url            text,
    banner_url          text,
    kota_asal           varchar(80),
    alamat_gudang       text,
    kode_pos_gudang     char(5),
    no_wa_toko          varchar(20),
    email_toko          varchar(254),
    npwp                varchar(20),
    tipe_toko           varchar(20) NOT NULL DEFAULT 'reguler',
    rating              numeric(2,1),
    jumlah_ulasan       integer NOT NULL DEFAULT 0,
    jam_buka            time,
    jam_tutup           time,
    sedang_libur        boolean NOT NULL DEFAULT false,
    dibuat_pada         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE kategori (
    id              serial PRIMARY KEY,
    induk_id        integer REFERENCES kategori(id),
    nama            varchar(100) NOT NULL,
    slug            varchar(120) NOT NULL UNIQUE,
    ikon_url        text
);

CREATE TABLE produk (
    id              bigserial PRIMARY KEY,
    toko_id         bigint NOT NULL REFERENCES toko(id),
    kategori_id     integer REFERENCES kategori(id),
    nama_produk     varchar(200) NOT NULL,
    deskripsi       text,
    harga           numeric(15,2) NOT NULL,
    mata_uang       char(3) NOT NULL DEFAULT 'IDR',
    stok            integer NOT NULL DEFAULT 0,
    berat_gram      integer NOT NULL,
    negara_asal     char(2),
    kondisi         varchar(10) NOT NULL DEFAULT 'baru',
    gambar_utama_url text,
    status_produk   varchar(15) NOT NULL DEFAULT 'aktif',
    dibuat_pada     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE keranjang (
    pengguna_id     bigint NOT NULL REFERENCES pengguna(id),
    produk_id       bigint NOT NULL REFERENCES produk(id),
    jumlah          integer NOT NULL DEFAULT 1,
    catatan         varchar(200),
    PRIMARY KEY (pengguna_id, produk_id)
);

CREATE TABLE pesanan (
    id                      bigserial PRIMARY KEY,
    no_invoice              varchar(30) NOT NULL UNIQUE,
    pembeli_id              bigint NOT NULL REFERENCES pengguna(id),
    toko_id                 bigint NOT NULL REFERENCES toko(id),
    alamat_id               bigint REFERENCES alamat_pengguna(id),
    -- salinan alamat saat checkout
    nama_penerima           varchar(150),
    hp_penerima             varchar(20),
    alamat_pengiriman       text,
    kecamatan_pengiriman    varchar(80),
    kota_pengiriman         varchar(80),
    provinsi_pengiriman     varchar(80),
    kode_pos_pengiriman     char(5),
    kurir                   varchar(20),     -- jne, jnt, sicepat, gosend
    layanan_kurir           varchar(20),
    no_resi                 varchar(40),
    ongkir                  numeric(12,2) NOT NULL DEFAULT 0,
    subtotal                numeric(15,2) NOT NULL,
    total_bayar             numeric(15,2) NOT NULL,
    status_pesanan          varchar(20) NOT NULL DEFAULT 'menunggu_pembayaran',
    metode_pembayaran       varchar(20),
    dropshipper_nama        varchar(150),
    dropshipper_telp        varchar(20),
    catatan_pembeli         text,
    dibuat_pada             timestamptz NOT NULL DEFAULT now(),
    dibayar_pada            timestamptz,
    dikirim_pada            timestamptz,
    selesai_pada            timestamptz
);

CREATE TABLE detail_pesanan (
    id              bigserial PRIMARY KEY,
    pesanan_id      bigint NOT NULL REFERENCES pesanan(id) ON DELETE CASCADE,
    produk_id       bigint NOT NULL REFERENCES produk(id),
    nama_produk     varchar(200) NOT NULL,
    harga_satuan    numeric(15,2) NOT NULL,
    jumlah          integer NOT NULL
);

CREATE TABLE pembayaran (
    id              bigserial PRIMARY KEY,
    pesanan_id      bigint NOT NULL REFERENCES pesanan(id),
    gateway         varchar(20) NOT NULL,    -- midtrans, xendit
    kode_va         varchar(30),
    nama_bank       varchar(30),
    no_rekening_pengirim varchar(30),
    jumlah          numeric(15,2) NOT NULL,
    status          varchar(20) NOT NULL,
    kadaluarsa_pada timestamptz,
    dibayar_pada    timestamptz
);

CREATE TABLE ulasan (
    id              bigserial PRIMARY KEY,
    detail_pesanan_id bigint NOT NULL REFERENCES detail_pesanan(id),
    bintang         smallint NOT NULL,
    isi_ulasan      text,
    foto_url        text,
    balasan_penjual text,
    dibuat_pada     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE chat (
    id              bigserial PRIMARY KEY,
    pembeli_id      bigint NOT NULL REFERENCES pengguna(id),
    toko_id         bigint NOT NULL REFERENCES toko(id),
    pesan           text NOT NULL,
    pengirim        varchar(10) NOT NULL,
    mengandung_no_hp boolean NOT NULL DEFAULT false,
    dibaca          boolean NOT NULL DEFAULT false,
    dikirim_pada    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE wilayah (
    kode            varchar(13) PRIMARY KEY,
    nama            varchar(100) NOT NULL,
    tingkat         smallint NOT NULL,     -- 1 provinsi, 2 kab/kota, 3 kecamatan, 4 kelurahan
    kode_pos        char(5),
    kode_induk      varchar(13)
);

CREATE TABLE notifikasi (
    id              bigserial PRIMARY KEY,
    pengguna_id     bigint NOT NULL REFERENCES pengguna(id),
    judul           varchar(150) NOT NULL,
    isi             text NOT NULL,
    saluran         varchar(10) NOT NULL,   -- push, email, sms, wa
    terkirim        boolean NOT NULL DEFAULT false,
    dibaca_pada     timestamptz
);

CREATE TABLE template_email (
    id              serial PRIMARY KEY,
    kode            varchar(50) NOT NULL UNIQUE,
    subjek          varchar(200) NOT NULL,
    isi_html        text NOT NULL,
    email_pengirim  varchar(254) NOT NULL
);

CREATE TABLE pengaturan_aplikasi (
    kunci           varchar(60) PRIMARY KEY,
    nilai           text
);

CREATE TABLE perangkat (
    id              bigserial PRIMARY KEY,
    pengguna_id     bigint NOT NULL REFERENCES pengguna(id),
    merek_hp        varchar(40),
    model_hp        varchar(60),
    versi_os        varchar(20),
    token_fcm       text,
    alamat_ip       inet,
    alamat_mac      macaddr,
    terakhir_aktif  timestamptz
);

CREATE TABLE mitra_kurir (
    id              serial PRIMARY KEY,
    nama_driver     varchar(150) NOT NULL,
    nomor_telepon   varchar(20) NOT NULL,
    nomor_wa        varchar(20),
    plat_nomor      varchar(12),
    domisili        varchar(80),
    alamat_rumah    text,
    aktif           boolean NOT NULL DEFAULT true
);

CREATE TABLE pengaduan (
    id              bigserial PRIMARY KEY,
    pengguna_id     bigint REFERENCES pengguna(id),
    pesanan_id      bigint REFERENCES pesanan(id),
    email_balasan   varchar(254),
    telp_yang_bisa_dihubungi varchar(20),
    kategori_aduan  varchar(30) NOT NULL,
    uraian          text NOT NULL,
    status          varchar(15) NOT NULL DEFAULT 'baru',
    dibuat_pada     timestamptz NOT NULL DEFAULT now()
);
