#!/usr/bin/env python3
"""Deterministic generator of a large TypeORM project for benchmarks.

Usage: gen_typeorm.py [--files F] [--seed S] OUT

Writes OUT/package.json, OUT/src/crypto/transformers.ts (a shared
typeorm-encrypted EncryptionTransformer and a non-encrypting transformer),
OUT/src/common/address.ts (an embedded entity), OUT/src/common/base.entity.ts
(an abstract base with a contact column) and F entity files
OUT/src/<module>/<name>.entity.ts (the default gives 2,000), each with one
@Entity class of 6-14 columns: about 10% contact columns (email, phone,
mobile, contactEmail ...), a third of them encrypted (inline
new EncryptionTransformer, the shared transformer, an array of transformers,
`encrypt:` options), look-alikes that are not contact data (emailVerified,
phoneConfirmedAt), ordinary columns, relations to earlier entities, and in
one file of five an embedded Address or the abstract base class. The output
is a pure function of (--files, --seed).
"""

import argparse
import os
import random

MODULES = ["accounts", "billing", "catalog", "crm", "marketing", "orders", "support", "shipping",
           "identity", "analytics"]
NOUNS = ["user", "customer", "account", "profile", "member", "subscriber", "vendor", "lead",
         "contact", "invoice", "payment", "shipment", "ticket", "review", "campaign", "order",
         "coupon", "contract", "partner", "agent", "driver", "store", "warehouse", "referral"]
CONTACT = [("email", "string", '{ type: "varchar", length: 255 }'),
           ("phone", "string", '{ length: 32 }'),
           ("mobileNumber", "string", '{ name: "mobile_number", nullable: true }'),
           ("contactEmail", "string", '{ name: "contact_email" }'),
           ("billingEmail", "string", "{}"),
           ("homePhone", "string", '{ type: "varchar", nullable: true }'),
           ("streetAddress", "string", '{ type: "text" }'),
           ("postalCode", "string", '{ length: 12 }')]
LOOKALIKE = [("emailVerified", "boolean", "{ default: false }"),
             ("phoneConfirmedAt", "Date", '{ type: "timestamptz", nullable: true }'),
             ("emailCount", "number", '{ type: "int", default: 0 }'),
             ("emailTemplateId", "number", '{ type: "int", nullable: true }')]
ORDINARY = [("name", "string", "{ length: 120 }"), ("status", "string", '{ length: 20 }'),
            ("total", "number", '{ type: "numeric", precision: 10, scale: 2 }'),
            ("notes", "string", '{ type: "text", nullable: true }'),
            ("isActive", "boolean", "{ default: true }"),
            ("metadata", "object", '{ type: "jsonb", nullable: true }'),
            ("externalRef", "string", "{ nullable: true }"),
            ("score", "number", '{ type: "float", default: 0 }'),
            ("publishedAt", "Date", '{ type: "timestamptz", nullable: true }')]


def pascal(s):
    return "".join(p[:1].upper() + p[1:] for p in s.split("_"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("out")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    out = a.out
    os.makedirs(os.path.join(out, "src", "crypto"), exist_ok=True)
    os.makedirs(os.path.join(out, "src", "common"), exist_ok=True)
    with open(os.path.join(out, "package.json"), "w") as f:
        f.write('{ "name": "bench-typeorm", "private": true, "dependencies": '
                '{ "typeorm": "^0.3.20", "typeorm-encrypted": "^0.8.0" } }\n')
    with open(os.path.join(out, "src", "crypto", "transformers.ts"), "w") as f:
        f.write('import { ValueTransformer } from "typeorm";\n'
                'import { EncryptionTransformer } from "typeorm-encrypted";\n\n'
                'export const PiiCipher = new EncryptionTransformer({\n'
                '  key: process.env.FIELD_KEY ?? "", algorithm: "aes-256-gcm", ivLength: 16,\n});\n\n'
                'export const trim: ValueTransformer = {\n'
                '  to: (v?: string) => v?.trim(),\n  from: (v?: string) => v,\n};\n')
    with open(os.path.join(out, "src", "common", "address.ts"), "w") as f:
        f.write('import { Column } from "typeorm";\n\nexport class Address {\n'
                '  @Column({ nullable: true })\n  street: string;\n\n'
                '  @Column({ nullable: true })\n  city: string;\n\n'
                '  @Column({ name: "zip", nullable: true })\n  postalCode: string;\n}\n')
    with open(os.path.join(out, "src", "common", "base.entity.ts"), "w") as f:
        f.write('import { Column, CreateDateColumn, PrimaryGeneratedColumn } from "typeorm";\n\n'
                'export abstract class BaseEntity {\n  @PrimaryGeneratedColumn("uuid")\n  id: string;\n\n'
                '  @CreateDateColumn()\n  createdAt: Date;\n\n'
                '  @Column({ nullable: true })\n  ownerEmail: string;\n}\n')
    made = []  # (module, file stem, class name)
    for i in range(a.files):
        mod = MODULES[i % len(MODULES)]
        noun = NOUNS[rnd.randrange(len(NOUNS))]
        stem = "%s-%d" % (noun, i)
        cls = pascal(noun) + str(i)
        os.makedirs(os.path.join(out, "src", mod), exist_ok=True)
        imports = {"typeorm": {"Column", "Entity"}}
        local = []
        body = []
        base = None
        kind = rnd.randrange(5)
        if kind == 0:
            base = "BaseEntity"
            local.append('import { BaseEntity } from "../common/base.entity";')
        else:
            imports["typeorm"].add("PrimaryGeneratedColumn")
            body.append("  @PrimaryGeneratedColumn()\n  id: number;\n")
        if kind == 1:
            local.append('import { Address } from "../common/address";')
            body.append("  @Column(() => Address)\n  address: Address;\n")
        used = set()
        for _ in range(rnd.randint(6, 14)):
            r = rnd.random()
            if r < 0.10:
                name, ts, opts = CONTACT[rnd.randrange(len(CONTACT))]
                enc = rnd.randrange(6)
                if enc == 0:
                    imports.setdefault("typeorm-encrypted", set()).add("EncryptionTransformer")
                    opts = ('{ type: "varchar", transformer: new EncryptionTransformer({ key: '
                            'process.env.KEY!, algorithm: "aes-256-gcm", ivLength: 16 }) }')
                elif enc == 1:
                    local.append('import { PiiCipher, trim } from "../crypto/transformers";')
                    opts = "{ transformer: [trim, PiiCipher] }"
                elif enc == 2:
                    opts = ('{ type: "varchar", encrypt: { key: process.env.KEY, '
                            'algorithm: "aes-256-gcm", ivLength: 16 } }')
            elif r < 0.35:
                name, ts, opts = LOOKALIKE[rnd.randrange(len(LOOKALIKE))]
            else:
                name, ts, opts = ORDINARY[rnd.randrange(len(ORDINARY))]
            if name in used:
                continue
            used.add(name)
            body.append("  @Column(%s)\n  %s: %s;\n" % (opts, name, ts))
        if made and rnd.random() < 0.4:
            pmod, pstem, pcls = made[rnd.randrange(len(made))]
            if pcls != cls:
                imports["typeorm"].update({"ManyToOne", "JoinColumn"})
                path = "./" + pstem if pmod == mod else "../%s/%s" % (pmod, pstem)
                local.append('import { %s } from "%s.entity";' % (pcls, path))
                body.append("  @ManyToOne(() => %s)\n  @JoinColumn({ name: \"%s_id\" })\n  parent: %s;\n"
                            % (pcls, pcls.lower(), pcls))
        head = []
        for pkg in sorted(imports):
            head.append('import { %s } from "%s";' % (", ".join(sorted(imports[pkg])), pkg))
        head.extend(sorted(set(local)))
        decor = '@Entity("%s_%d")' % (noun, i) if rnd.random() < 0.5 else "@Entity()"
        ext = " extends %s" % base if base else ""
        with open(os.path.join(out, "src", mod, stem + ".entity.ts"), "w") as f:
            f.write("\n".join(head) + "\n\n" + decor + "\nexport class %s%s {\n" % (cls, ext)
                    + "\n".join(body) + "}\n")
        made.append((mod, stem, cls))


if __name__ == "__main__":
    main()
