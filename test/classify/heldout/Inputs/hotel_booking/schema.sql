-- ReservaYa / hotel booking engine
-- equipo backend LatAm (MX / CO / BR). Nombres mezclados por historia del proyecto.

CREATE TABLE hoteles (
    id                  serial PRIMARY KEY,
    nombre              varchar(200) NOT NULL,
    cadena              varchar(120),
    estrellas           smallint CHECK (estrellas BETWEEN 1 AND 5),
    direccion           varchar(255) NOT NULL,
    ciudad              varchar(100) NOT NULL,
    estado_provincia    varchar(100),
    codigo_postal       varchar(12),
    pais                char(2) NOT NULL,
    telefono_recepcion  varchar(30),
    fax_recepcion       varchar(30),
    email_reservas      varchar(254),
    latitud             numeric(9,6),
    longitud            numeric(9,6),
    hora_checkin        time NOT NULL DEFAULT '15:00',
    hora_checkout       time NOT NULL DEFAULT '12:00',
    moneda              char(3) NOT NULL DEFAULT 'MXN',
    url_foto_principal  text,
    sitio_web           text,
    activo              boolean NOT NULL DEFAULT true,
    creado_en           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tipos_habitacion (
    id              serial PRIMARY KEY,
    hotel_id        integer NOT NULL REFERENCES hoteles(id),
    nombre          varchar(120) NOT NULL,
    capacidad_adultos smallint NOT NULL,
    capacidad_ninos smallint NOT NULL DEFAULT 0,
    camas           varchar(60),
    metros_cuadrados numeric(5,1),
    tarifa_base     numeric(12,2) NOT NULL,
    url_imagen      text
);

CREATE TABLE habitaciones (
    id              serial PRIMARY KEY,
    tipo_id         integer NOT NULL REFERENCES tipos_habitacion(id),
    numero          varchar(10) NOT NULL,
    piso            smallint,
    estado          varchar(20) NOT NULL DEFAULT 'disponible',
    extension_telefonica varchar(6)
);

CREATE TABLE huespedes (
    id                  bigserial PRIMARY KEY,
    nombre              varchar(100) NOT NULL,
    apellido_paterno    varchar(100),
    apellido_materno    varchar(100),
    correo              varchar(254),
    correo_verificado   boolean NOT NULL DEFAULT false,
    correo_verificado_em timestamptz,
    celular             varchar(30),
    telefone_fixo       varchar(30),
    whatsapp            varchar(30),
    acepta_whatsapp     boolean NOT NULL DEFAULT false,
    tipo_documento      varchar(10),
    numero_documento    varchar(30),
    cpf                 char(11),
    nacionalidad        char(2),
    fecha_nacimiento    date,
    calle               varchar(200),
    numero_exterior     varchar(10),
    numero_interior     varchar(10),
    colonia             varchar(100),
    municipio           varchar(100),
    cidade              varchar(100),
    uf                  char(2),
    cep                 char(8),
    pais_residencia     char(2),
    idioma_preferido    varchar(5) DEFAULT 'es',
    canal_preferido     varchar(10) DEFAULT 'email',
    puntos_lealtad      integer NOT NULL DEFAULT 0,
    nivel_lealtad       varchar(10),
    creado_en           timestamptz NOT NULL DEFAULT now(),
    actualizado_em      timestamptz
);

CREATE TABLE reservas (
    id                  bigserial PRIMARY KEY,
    codigo_reserva      char(8) NOT NULL UNIQUE,
    huesped_id          bigint NOT NULL REFERENCES huespedes(id),
    hotel_id            integer NOT NULL REFERENCES hoteles(id),
    tipo_habitacion_id  integer NOT NULL REFERENCES tipos_habitacion(id),
    habitacion_id       integer REFERENCES habitaciones(id),
    fecha_entrada       date NOT NULL,
    fecha_salida        date NOT NULL,
    adultos             smallint NOT NULL DEFAULT 1,
    ninos               smallint NOT NULL DEFAULT 0,
    estado_reserva      varchar(20) NOT NULL DEFAULT 'pendiente',
    canal_venta         varchar(20) NOT NULL,    -- web, booking, expedia, telefono
    email_contacto      varchar(254),
    telefono_contacto   varchar(30),
    hora_llegada_estimada time,
    solicitudes_especiales text,
    total               numeric(12,2) NOT NULL,
    moneda              char(3) NOT NULL,
    ip_cliente          inet,
    creado_en           timestamptz NOT NULL DEFAULT now(),
    cancelado_en        timestamptz,
    motivo_cancelacion  text
);

CREATE INDEX reservas_fechas_idx ON reservas (hotel_id, fecha_entrada, fecha_salida);

CREATE TABLE acompanantes (
    id              bigserial PRIMARY KEY,
    reserva_id      bigint NOT NULL REFERENCES reservas(id) ON DELETE CASCADE,
    nome_completo   varchar(200) NOT NULL,
    documento       varchar(30),
    edad            smallint,
    telefone        varchar(30)
);

CREATE TABLE pagos (
    id              bigserial PRIMARY KEY,
    reserva_id      bigint NOT NULL REFERENCES reservas(id),
    metodo          varchar(20) NOT NULL,   -- tarjeta, pix, oxxo, pse
    proveedor       varchar(20) NOT NULL,
    referencia      varchar(80),
    ultimos4        char(4),
    titular         varchar(160),
    chave_pix       varchar(120),
    monto           numeric(12,2) NOT NULL,
    moneda          char(3) NOT NULL,
    estado_pago     varchar(20) NOT NULL,
    pagado_en       timestamptz
);

CREATE TABLE facturas (
    id                  bigserial PRIMARY KEY,
    reserva_id          bigint NOT NULL REFERENCES reservas(id),
    rfc                 varchar(13),
    razon_social        varchar(200),
    regimen_fiscal      varchar(5),
    uso_cfdi            varchar(5),
    domicilio_fiscal    text,
    cp_fiscal           varchar(5),
    correo_factura      varchar(254),
    uuid_cfdi           uuid,
    xml_url             text,
    pdf_url             text,
    emitida_en          timestamptz
);

CREATE TABLE resenas (
    id              bigserial PRIMARY KEY,
    reserva_id      bigint NOT NULL REFERENCES reservas(id),
    calificacion    smallint NOT NULL,
    titulo          varchar(200),
    comentario      text,
    respuesta_hotel text,
    publicada       boolean NOT NULL DEFAULT false,
    creado_en       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE usuarios_admin (
    id              serial PRIMARY KEY,
    hotel_id        integer REFERENCES hoteles(id),
    nombre          varchar(160) NOT NULL,
    email           varchar(254) NOT NULL UNIQUE,
    senha_hash      varchar(255) NOT NULL,
    rol             varchar(20) NOT NULL,
    telefono_movil  varchar(30),
    ultimo_ip       inet,
    ultimo_acceso   timestamptz,
    mfa_habilitado  boolean NOT NULL DEFAULT false
);

CREATE TABLE plantillas_correo (
    id              serial PRIMARY KEY,
    clave           varchar(60) NOT NULL UNIQUE,
    idioma          varchar(5) NOT NULL,
    asunto          varchar(200) NOT NULL,
    cuerpo_html     text NOT NULL,
    remitente_email varchar(254) NOT NULL,
    remitente_nombre varchar(100)
);

CREATE TABLE envios_correo (
    id              bigserial PRIMARY KEY,
    plantilla_id    integer REFERENCES plantillas_correo(id),
    reserva_id      bigint REFERENCES reservas(id),
    destinatario    varchar(254) NOT NULL,
    estado_envio    varchar(20) NOT NULL,
    abierto         boolean NOT NULL DEFAULT false,
    rebotado        boolean NOT NULL DEFAULT false,
    enviado_en      timestamptz
);

CREATE TABLE configuracion_smtp (
    id              smallint PRIMARY KEY,
    servidor_smtp   varchar(255) NOT NULL,
    puerto          integer NOT NULL DEFAULT 587,
    usuario_smtp    varchar(255),
    clave_smtp      varchar(255),
    usar_tls        boolean NOT NULL DEFAULT true,
    correo_remitente varchar(254) NOT NULL,
    correo_copia_oculta varchar(254)
);

CREATE TABLE tarifas_temporada (
    id              serial PRIMARY KEY,
    tipo_habitacion_id integer NOT NULL REFERENCES tipos_habitacion(id),
    desde           date NOT NULL,
    hasta           date NOT NULL,
    precio_noche    numeric(12,2) NOT NULL,
    pais_origen_mercado char(2)
);

CREATE TABLE dispositivos_checkin (
    id              serial PRIMARY KEY,
    hotel_id        integer NOT NULL REFERENCES hoteles(id),
    numero_serie    varchar(40),
    direccion_ip    inet,
    direccion_mac   macaddr,
    ubicacion       varchar(100)
);
