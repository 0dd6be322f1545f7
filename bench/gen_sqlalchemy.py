#!/usr/bin/env python3
"""Deterministic generator of a large SQLAlchemy project for benchmarks.

Usage: gen_sqlalchemy.py [--packages P] [--files F] [--seed S] OUT

Writes OUT/pyproject.toml, OUT/app/db.py (the declarative base),
OUT/app/mixins.py (mixins with contact columns), OUT/app/types.py (a
TypeDecorator that encrypts) and P packages, each with a models/ package of F
modules (P*F model files; the defaults give 100 x 20 = 2,000) re-exported by
the package's __init__.py, plus OUT/alembic/versions with one revision per
package (skipped by privlint: the models are authoritative). Every model
module holds 3 mapped classes with 6-12 columns, written in either the
classic style (`Column(String(255))`) or the SQLAlchemy 2.0 style
(`Mapped[str] = mapped_column(...)`, `Mapped[Optional[str]]` alone): about
10% contact columns (email, phone, address parts, sqlalchemy_utils
EmailType/PhoneNumberType), some of them protected (StringEncryptedType with
AesGcmEngine/FernetEngine, the project's TypeDecorator, LargeBinary, hash
names, `# privlint:encrypted`), look-alikes that are not contact data
(email_verified, phone_confirmed_at), ordinary columns, foreign keys and
relationships; one module in five derives its classes from a mixin with
contact columns.

The output is a pure function of the arguments (random.Random with an
integer seed only).
"""

import argparse
import os
import random

ENTITIES = [
    "customer", "account", "profile", "member", "subscriber", "influencer", "creator",
    "brand", "campaign", "order", "invoice", "payment", "shipment", "delivery", "listing",
    "review", "ticket", "message", "referral", "subscription", "contract", "vendor",
    "supplier", "employee", "applicant", "lead", "contact", "organization", "booking",
    "reservation", "venue", "store", "warehouse", "payout", "refund", "dispute", "agency",
]

# (name, classic type, 2.0 annotation type)
CONTACT = [
    ("email", "String(255)", "str"), ("phone", "String(32)", "str"),
    ("address_line1", "Text", "str"), ("city", "String(100)", "str"),
    ("postal_code", "String(16)", "str"), ("contact_email", "String(320)", "str"),
    ("billing_phone", "String(32)", "str"), ("mobile_phone", "String(32)", "str"),
    ("street_address", "Text", "str"), ("work_email", "EmailType", "str"),
    ("support_phone", "PhoneNumberType()", "str"),
]
# Protected contact columns: (name, classic type expression)
PROTECTED = [
    ("email", "StringEncryptedType(Unicode, SECRET_KEY, AesGcmEngine, 'pkcs5')"),
    ("phone", "StringEncryptedType(String(40), SECRET_KEY, FernetEngine)"),
    ("home_address", "SealedText"),
    ("backup_email", "LargeBinary"),
    ("email_sha256", "String(64)"),
]
LOOKALIKE = [
    ("email_verified", "Boolean", "bool"), ("phone_confirmed_at", "DateTime", "datetime"),
    ("email_opt_in", "Boolean", "bool"), ("address_count", "Integer", "int"),
    ("email_template_id", "Integer", "int"),
]
ORDINARY = [
    ("name", "String(120)", "str"), ("status", "String(20)", "str"),
    ("created_at", "DateTime", "datetime"), ("updated_at", "DateTime", "datetime"),
    ("amount", "Numeric(10, 2)", "Decimal"), ("is_active", "Boolean", "bool"),
    ("notes", "Text", "str"), ("priority", "Integer", "int"), ("title", "String(200)", "str"),
    ("description", "Text", "str"), ("reference", "String(64)", "str"),
    ("metadata_json", "JSON", "dict"),
]

HEADER_CLASSIC = '''"""Models of {pkg}.{mod}."""
from sqlalchemy import JSON, Boolean, Column, DateTime, ForeignKey, Integer, LargeBinary, Numeric, String, Text, Unicode
from sqlalchemy.orm import relationship
from sqlalchemy_utils import EmailType, PhoneNumberType, StringEncryptedType
from sqlalchemy_utils.types.encrypted.encrypted_type import AesGcmEngine, FernetEngine

from app.db import Base
from app.mixins import ContactMixin, TimestampMixin
from app.settings import SECRET_KEY
from app.types import SealedText
'''

HEADER_TYPED = '''"""Models of {pkg}.{mod} (SQLAlchemy 2.0 style)."""
from datetime import datetime
from decimal import Decimal
from typing import List, Optional

from sqlalchemy import ForeignKey, LargeBinary, String, Text, Unicode
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy_utils import StringEncryptedType
from sqlalchemy_utils.types.encrypted.encrypted_type import AesGcmEngine, FernetEngine

from app.db import Base
from app.mixins import ContactMixin, TimestampMixin
from app.settings import SECRET_KEY
from app.types import SealedText
'''


def camel(name):
    return "".join(p.capitalize() for p in name.split("_"))


def columns(rng):
    cols = []
    used = set()
    for _ in range(rng.randint(6, 12)):
        r = rng.random()
        if r < 0.10:
            c = ("contact",) + rng.choice(CONTACT)
        elif r < 0.15:
            c = ("protected",) + rng.choice(PROTECTED)
        elif r < 0.35:
            c = ("lookalike",) + rng.choice(LOOKALIKE)
        else:
            c = ("ordinary",) + rng.choice(ORDINARY)
        if c[1] in used:
            continue
        used.add(c[1])
        cols.append(c)
    return cols


def classic_class(rng, cls, table, bases, prev):
    out = ["", "", "class %s(%s):" % (cls, bases), '    __tablename__ = "%s"' % table, ""]
    out.append("    id = Column(Integer, primary_key=True)")
    for c in columns(rng):
        kind, name, ty = c[0], c[1], c[2]
        if kind == "protected" and name == "email_sha256":
            out.append("    %s = Column(%s, index=True)" % (name, ty))
        elif kind == "contact" and rng.random() < 0.15:
            out.append("    %s = Column(%s)  # privlint:encrypted (encrypted by the gateway)" % (name, ty))
        elif kind == "contact" and rng.random() < 0.2:
            out.append('    %s = Column("%s_value", %s, nullable=False)' % (name, name, ty))
        else:
            out.append("    %s = Column(%s)" % (name, ty))
    if prev:
        out.append('    %s_id = Column(Integer, ForeignKey("%s.id"))' % (prev[1], prev[1]))
        out.append('    %s = relationship("%s")' % (prev[1], prev[0]))
    return out


def typed_class(rng, cls, table, bases, prev):
    out = ["", "", "class %s(%s):" % (cls, bases), '    __tablename__ = "%s"' % table, ""]
    out.append("    id: Mapped[int] = mapped_column(primary_key=True)")
    for c in columns(rng):
        kind, name = c[0], c[1]
        if kind == "protected":
            out.append("    %s: Mapped[str] = mapped_column(%s)" % (name, c[2]))
        elif kind == "contact":
            if rng.random() < 0.5:
                out.append("    %s: Mapped[Optional[str]]" % name)
            else:
                out.append("    %s: Mapped[str] = mapped_column(String(255))" % name)
        else:
            out.append("    %s: Mapped[%s]" % (name, c[3] if len(c) > 3 else "str"))
    if prev:
        out.append('    %s_id: Mapped[int] = mapped_column(ForeignKey("%s.id"))' % (prev[1], prev[1]))
        out.append('    %s: Mapped["%s"] = relationship()' % (prev[1], prev[0]))
    return out


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--packages", type=int, default=100)
    ap.add_argument("--files", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("out")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = a.out
    write(os.path.join(out, "pyproject.toml"),
          '[project]\nname = "bench-sqlalchemy"\nversion = "0.0.0"\n'
          'dependencies = ["SQLAlchemy>=2.0", "SQLAlchemy-Utils>=0.41"]\n')
    write(os.path.join(out, "app", "__init__.py"), "")
    write(os.path.join(out, "app", "settings.py"),
          'import os\n\nSECRET_KEY = os.environ.get("APP_SECRET_KEY", "")\n')
    write(os.path.join(out, "app", "db.py"),
          "from sqlalchemy.orm import DeclarativeBase\n\n\nclass Base(DeclarativeBase):\n    pass\n")
    write(os.path.join(out, "app", "mixins.py"),
          "from sqlalchemy import Column, DateTime, String\n\n\n"
          "class ContactMixin:\n    contact_phone = Column(String(32))\n"
          "    contact_email_hash = Column(String(64))\n\n\n"
          "class TimestampMixin:\n    created_on = Column(DateTime)\n")
    write(os.path.join(out, "app", "types.py"),
          "from cryptography.fernet import Fernet\nfrom sqlalchemy.types import LargeBinary, TypeDecorator\n\n"
          "from app.settings import SECRET_KEY\n\n\nclass SealedText(TypeDecorator):\n"
          "    impl = LargeBinary\n    cache_ok = True\n\n"
          "    def process_bind_param(self, value, dialect):\n"
          "        return Fernet(SECRET_KEY).encrypt(value.encode())\n")
    for p in range(a.packages):
        pkg = "pkg%03d" % p
        exports = []
        for f in range(a.files):
            mod = "m%02d" % f
            typed = rng.random() < 0.4
            mixin = f % 5 == 0
            lines = [(HEADER_TYPED if typed else HEADER_CLASSIC).format(pkg=pkg, mod=mod).rstrip("\n")]
            prev = None
            for k in range(3):
                ent = rng.choice(ENTITIES)
                cls = "%s%s%d%d" % (camel(ent), pkg.capitalize(), f, k)
                table = "%s_%s_%d_%d" % (ent, pkg, f, k)
                bases = "ContactMixin, TimestampMixin, Base" if mixin and k == 0 else "Base"
                gen = typed_class if typed else classic_class
                lines += gen(rng, cls, table, bases, prev)
                prev = (cls, table)
                exports.append((mod, cls))
            write(os.path.join(out, pkg, "models", mod + ".py"), "\n".join(lines) + "\n")
        init = ["from .%s import %s" % (m, c) for m, c in exports]
        write(os.path.join(out, pkg, "models", "__init__.py"), "\n".join(init) + "\n")
        write(os.path.join(out, pkg, "__init__.py"), "")
        write(os.path.join(out, "alembic", "versions", "%012x_%s.py" % (rng.getrandbits(48), pkg)),
              '"""create %s tables"""\nimport sqlalchemy as sa\nfrom alembic import op\n\n'
              'revision = "%s"\ndown_revision = None\n\n\ndef upgrade():\n'
              '    op.add_column("%s", sa.Column("email", sa.String(255)))\n' % (pkg, pkg, pkg))


if __name__ == "__main__":
    main()
