SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE public.users (
    id bigint NOT NULL,
    email character varying NOT NULL,
    phone character varying,
    created_at timestamp(6) without time zone NOT NULL
);

CREATE SEQUENCE public.users_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;

CREATE TABLE public.schema_migrations (
    version character varying NOT NULL
);

INSERT INTO "schema_migrations" (version) VALUES
('20240105093000');
