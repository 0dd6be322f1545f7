-- Clínica veterinaria (España / México): clientes, sus mascotas, citas,
-- sucursales y la configuración de correo saliente.

create table clientes (
  id serial primary key,
  nombre varchar(80) not null,
  apellidos varchar(120) not null,
  correo_electronico varchar(150),
  "teléfono" varchar(20),
  telefono_movil varchar(20),
  "dirección" text,
  numero_exterior varchar(10),
  colonia varchar(80),
  ciudad varchar(80),
  codigo_postal varchar(10),
  provincia varchar(80),
  pais varchar(60) default 'México',
  dni varchar(12),
  acepta_correos boolean not null default false,
  correo_verificado_en timestamptz,
  fecha_alta date not null default current_date
);

create table mascotas (
  id serial primary key,
  cliente_id integer not null references clientes (id),
  nombre varchar(60) not null,
  especie varchar(30) not null,
  raza varchar(60),
  fecha_nacimiento date,
  numero_chip varchar(20)
);

create table citas (
  id serial primary key,
  mascota_id integer not null references mascotas (id),
  fecha_hora timestamptz not null,
  motivo text,
  recordatorio_enviado boolean not null default false,
  telefono_contacto varchar(20)
);

create table sucursales (
  id serial primary key,
  nombre varchar(80) not null,
  direccion text not null,
  ciudad varchar(80) not null,
  telefono varchar(20),
  horario text
);

create table plantillas_correo (
  id serial primary key,
  clave varchar(40) not null unique,
  asunto_correo varchar(200) not null,
  cuerpo_correo text not null
);

create table configuracion_correo (
  id smallint primary key,
  servidor_smtp varchar(120) not null,
  puerto integer not null,
  correo_remitente varchar(150) not null
);
