CREATE TABLE customers (
  id NUMBER(10) NOT NULL,
  email VARCHAR2(255),
  CONSTRAINT pk_customers PRIMARY KEY (id)
);
CREATE SEQUENCE customers_seq START WITH 1 INCREMENT BY 1;
CREATE OR REPLACE TRIGGER customers_bi
BEFORE INSERT ON customers
FOR EACH ROW
BEGIN
  SELECT customers_seq.NEXTVAL INTO :new.id FROM dual;
END;
/
CREATE TABLE leads (
  id NUMBER(10),
  phone VARCHAR2(30) NOT NULL,
  email VARCHAR2(255)
);
-- A modelled statement that cannot be read is a parse-error in every dialect.
CREATE TABLE broken_leads (id NUMBER(10), , email VARCHAR2(255));
