--
-- PostgreSQL database dump
-- Campus SIS (student information system) - district edition
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TABLE public.schools (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    school_code character varying(12) NOT NULL,
    address_line_1 character varying(200),
    address_line_2 character varying(200),
    city character varying(100),
    state character(2),
    zip_code character varying(10),
    main_phone character varying(20),
    fax character varying(20),
    principal_user_id integer,
    grade_low smallint,
    grade_high smallint,
    timezone character varying(40) DEFAULT 'America/Chicago'::character varying,
    website_url text,
    logo_path text
);

CREATE TABLE public.users (
    id integer NOT NULL,
    username character varying(60) NOT NULL,
    encrypted_password character varying(255) NOT NULL,
    email character varying(255),
    role character varying(20) NOT NULL,
    sign_in_count integer DEFAULT 0 NOT NULL,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    current_sign_in_ip inet,
    last_sign_in_ip inet,
    confirmation_token character varying(255),
    confirmed_at timestamp without time zone,
    confirmation_sent_at timestamp without time zone,
    unconfirmed_email character varying(255),
    reset_password_token character varying(255),
    reset_password_sent_at timestamp without time zone,
    failed_attempts integer DEFAULT 0 NOT NULL,
    locked_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE public.students (
    id integer NOT NULL,
    user_id integer,
    school_id integer NOT NULL,
    student_number character varying(20) NOT NULL,
    state_student_id character varying(20),
    first_name character varying(80) NOT NULL,
    middle_name character varying(80),
    last_name character varying(80) NOT NULL,
    preferred_name character varying(80),
    date_of_birth date NOT NULL,
    gender character varying(10),
    grade_level smallint NOT NULL,
    homeroom_id integer,
    home_street character varying(200),
    home_apt character varying(20),
    home_city character varying(100),
    home_state character(2),
    home_zip character varying(10),
    mailing_address text,
    home_phone character varying(20),
    cell_phone character varying(20),
    student_email character varying(255),
    bus_route_id integer,
    lunch_status character varying(12),
    iep_flag boolean DEFAULT false NOT NULL,
    ell_flag boolean DEFAULT false NOT NULL,
    birth_country character varying(60),
    home_language character varying(40),
    enrolled_on date,
    withdrawn_on date,
    photo_url text
);

CREATE TABLE public.guardians (
    id integer NOT NULL,
    user_id integer,
    first_name character varying(80) NOT NULL,
    last_name character varying(80) NOT NULL,
    relationship character varying(30),
    primary_email character varying(255),
    secondary_email character varying(255),
    work_phone character varying(20),
    work_phone_ext character varying(8),
    mobile character varying(20),
    sms_enabled boolean DEFAULT true NOT NULL,
    preferred_contact_method character varying(10),
    preferred_language character varying(40),
    employer character varying(120),
    street character varying(200),
    city character varying(100),
    state character(2),
    zip character varying(10),
    custody_notes text,
    has_portal_access boolean DEFAULT false NOT NULL
);

CREATE TABLE public.student_guardians (
    student_id integer NOT NULL,
    guardian_id integer NOT NULL,
    lives_with boolean DEFAULT true NOT NULL,
    emergency_priority smallint,
    can_pick_up boolean DEFAULT true NOT NULL
);

CREATE TABLE public.emergency_contacts (
    id integer NOT NULL,
    student_id integer NOT NULL,
    name character varying(160) NOT NULL,
    relation character varying(40),
    day_phone character varying(20),
    evening_phone character varying(20),
    priority smallint DEFAULT 1 NOT NULL
);

CREATE TABLE public.staff (
    id integer NOT NULL,
    user_id integer,
    school_id integer NOT NULL,
    employee_no character varying(20) NOT NULL,
    first_name character varying(80) NOT NULL,
    last_name character varying(80) NOT NULL,
    title character varying(80),
    department character varying(80),
    room_number character varying(10),
    office_extension character varying(8),
    personal_cell character varying(20),
    work_email character varying(255),
    home_address text,
    certification_state character(2),
    certification_expires date,
    hire_date date,
    salary_step smallint
);

CREATE TABLE public.terms (
    id integer NOT NULL,
    school_id integer NOT NULL,
    name character varying(40) NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL
);

CREATE TABLE public.courses (
    id integer NOT NULL,
    school_id integer NOT NULL,
    course_code character varying(20) NOT NULL,
    title character varying(200) NOT NULL,
    credits numeric(3,1),
    department character varying(80)
);

CREATE TABLE public.sections (
    id integer NOT NULL,
    course_id integer NOT NULL,
    term_id integer NOT NULL,
    teacher_id integer,
    room character varying(10),
    period character varying(10),
    capacity smallint
);

CREATE TABLE public.enrollments (
    id integer NOT NULL,
    student_id integer NOT NULL,
    section_id integer NOT NULL,
    enrolled_at timestamp without time zone NOT NULL,
    dropped_at timestamp without time zone,
    final_grade character varying(3)
);

CREATE TABLE public.attendance_records (
    id bigint NOT NULL,
    student_id integer NOT NULL,
    section_id integer,
    attendance_date date NOT NULL,
    status character(1) NOT NULL,
    minutes_late smallint,
    parent_notified_at timestamp without time zone,
    notified_via character varying(10),
    recorded_by integer
);

CREATE TABLE public.bus_routes (
    id integer NOT NULL,
    route_number character varying(10) NOT NULL,
    driver_name character varying(160),
    driver_phone character varying(20),
    depot_address character varying(255),
    am_departure time without time zone,
    pm_departure time without time zone
);

CREATE TABLE public.bus_stops (
    id integer NOT NULL,
    route_id integer NOT NULL,
    stop_order smallint NOT NULL,
    intersection character varying(200),
    latitude numeric(9,6),
    longitude numeric(9,6),
    pickup_time time without time zone
);

CREATE TABLE public.messages (
    id bigint NOT NULL,
    sender_user_id integer NOT NULL,
    recipient_user_id integer NOT NULL,
    subject character varying(200),
    body text NOT NULL,
    email_copy_sent boolean DEFAULT false NOT NULL,
    read_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL
);

CREATE TABLE public.broadcast_alerts (
    id integer NOT NULL,
    school_id integer,
    alert_type character varying(20) NOT NULL,
    title character varying(200) NOT NULL,
    message_text text NOT NULL,
    send_email boolean DEFAULT true NOT NULL,
    send_sms boolean DEFAULT false NOT NULL,
    send_voice boolean DEFAULT false NOT NULL,
    recipients_count integer,
    emails_sent integer,
    sms_sent integer,
    created_by integer,
    sent_at timestamp without time zone
);

CREATE TABLE public.district_settings (
    id integer NOT NULL,
    district_name character varying(200),
    sis_admin_email character varying(255),
    smtp_server character varying(255),
    smtp_port integer,
    mail_from_address character varying(255),
    sms_gateway_url text,
    sms_shortcode character varying(10),
    state_reporting_code character varying(20)
);

CREATE TABLE public.health_records (
    id integer NOT NULL,
    student_id integer NOT NULL,
    allergies text,
    medications text,
    conditions text,
    physician_name character varying(160),
    physician_phone character varying(20),
    insurance_carrier character varying(120),
    immunizations_complete boolean
);

ALTER TABLE ONLY public.schools ADD CONSTRAINT schools_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.students ADD CONSTRAINT students_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.guardians ADD CONSTRAINT guardians_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.staff ADD CONSTRAINT staff_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.students
    ADD CONSTRAINT students_school_fk FOREIGN KEY (school_id) REFERENCES public.schools(id);
ALTER TABLE ONLY public.student_guardians
    ADD CONSTRAINT sg_student_fk FOREIGN KEY (student_id) REFERENCES public.students(id);
ALTER TABLE ONLY public.student_guardians
    ADD CONSTRAINT sg_guardian_fk FOREIGN KEY (guardian_id) REFERENCES public.guardians(id);
