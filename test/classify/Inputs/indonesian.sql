-- Toko daring (Indonesia): pelanggan, alamat pengiriman, pesanan, kurir,
-- pengaturan email toko.

create table pelanggan (
  id bigserial primary key,
  nama_lengkap varchar(120) not null,
  surel varchar(150) unique,
  no_hp varchar(20) not null,
  nomor_telepon varchar(20),
  no_wa varchar(20),
  alamat text,
  kelurahan varchar(80),
  kecamatan varchar(80),
  kota varchar(80),
  provinsi varchar(80),
  kode_pos char(5),
  nik char(16),
  tanggal_lahir date,
  email_terverifikasi boolean not null default false,
  no_hp_diverifikasi_pada timestamptz,
  jumlah_pesanan integer not null default 0,
  dibuat_pada timestamptz not null default now()
);

create table alamat_pengiriman (
  id bigserial primary key,
  pelanggan_id bigint not null references pelanggan (id),
  label varchar(30) not null default 'Rumah',
  nama_penerima varchar(120) not null,
  telepon_penerima varchar(20) not null,
  alamat_lengkap text not null,
  kota varchar(80) not null,
  kode_pos char(5) not null,
  utama boolean not null default false
);

create table pesanan (
  id bigserial primary key,
  pelanggan_id bigint not null references pelanggan (id),
  alamat_pengiriman_id bigint references alamat_pengiriman (id),
  nomor_resi varchar(40),
  total_harga numeric(14,2) not null,
  status varchar(20) not null default 'menunggu',
  dibuat_pada timestamptz not null default now()
);

create table kurir (
  id serial primary key,
  nama varchar(60) not null,
  kode varchar(10) not null,
  telepon_layanan varchar(20),
  aktif boolean not null default true
);

create table pengaturan_email (
  id smallint primary key,
  smtp_host varchar(120) not null,
  smtp_port integer not null default 587,
  email_pengirim varchar(150) not null,
  nama_pengirim varchar(80)
);
