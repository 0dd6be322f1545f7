alter table public.members rename column contact_email to email_address;
