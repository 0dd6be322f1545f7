-- Loja virtual (Brasil): clientes, endereços de entrega, pedidos,
-- transportadoras e configurações de e-mail.

create table clientes (
  id bigserial primary key,
  nome_completo varchar(150) not null,
  email varchar(150) not null unique,
  cpf char(11) unique,
  telefone varchar(20),
  celular varchar(20),
  whatsapp varchar(20),
  data_nascimento date,
  email_confirmado boolean not null default false,
  aceita_newsletter boolean not null default false,
  criado_em timestamptz not null default now()
);

create table enderecos (
  id bigserial primary key,
  cliente_id bigint not null references clientes (id),
  apelido varchar(40) default 'Casa',
  cep char(8) not null,
  logradouro varchar(150) not null,
  numero varchar(10) not null,
  complemento varchar(80),
  bairro varchar(80) not null,
  cidade varchar(80) not null,
  uf char(2) not null,
  ponto_referencia text,
  principal boolean not null default false
);

create table pedidos (
  id bigserial primary key,
  cliente_id bigint not null references clientes (id),
  endereco_entrega_id bigint references enderecos (id),
  email_contato varchar(150),
  codigo_rastreio varchar(30),
  valor_total numeric(12,2) not null,
  criado_em timestamptz not null default now()
);

create table transportadoras (
  id serial primary key,
  razao_social varchar(150) not null,
  cnpj char(14) not null,
  telefone_sac varchar(20),
  site varchar(200)
);

create table configuracoes_email (
  id smallint primary key,
  servidor_smtp varchar(120) not null,
  porta_smtp integer not null,
  email_remetente varchar(150) not null,
  assunto_padrao varchar(200)
);
