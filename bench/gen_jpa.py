#!/usr/bin/env python3
"""Deterministic generator of a large JPA / Hibernate project for benchmarks.

Usage: gen_jpa.py [--files F] [--seed S] OUT

Writes OUT/pom.xml, a @MappedSuperclass with a contact column, an
@Embeddable Address, two AttributeConverters (one that encrypts with
javax.crypto.Cipher, one that only trims) and F entity classes
OUT/src/main/java/com/example/<module>/<Name>.java (the default gives 2,000),
each with 6-14 attributes: about 10% contact fields (email, phone,
mobileNumber, contactEmail ...), a third of them protected (@Convert with the
encrypting converter, a converter named *Encryptor outside the project,
@ColumnTransformer with pgp_sym_encrypt, byte[]), look-alikes that are not
contact data (emailVerified, phoneConfirmedAt), ordinary fields, @ManyToOne
references to earlier entities, and in one class of five an embedded Address
or the mapped superclass; one class in ten uses property access (annotated
getters). The output is a pure function of (--files, --seed).
"""

import argparse
import os
import random

MODULES = ["accounts", "billing", "catalog", "crm", "marketing", "orders", "support", "shipping",
           "identity", "analytics"]
NOUNS = ["User", "Customer", "Account", "Profile", "Member", "Subscriber", "Vendor", "Lead",
         "Contact", "Invoice", "Payment", "Shipment", "Ticket", "Review", "Campaign", "Order",
         "Coupon", "Contract", "Partner", "Agent", "Driver", "Store", "Warehouse", "Referral"]
CONTACT = [("email", "String", '@Column(name = "email", nullable = false)'),
           ("phone", "String", "@Column(length = 32)"),
           ("mobileNumber", "String", '@Column(name = "mobile_number")'),
           ("contactEmail", "String", ""),
           ("billingEmail", "String", ""),
           ("homePhone", "String", ""),
           ("streetAddress", "String", "@Lob"),
           ("postalCode", "String", '@Column(name = "zip", length = 12)')]
LOOKALIKE = [("emailVerified", "boolean", ""), ("phoneConfirmedAt", "Instant", ""),
             ("emailCount", "int", ""), ("emailTemplateId", "Long", "")]
ORDINARY = [("name", "String", "@Column(length = 120)"), ("status", "String", ""),
            ("total", "BigDecimal", "@Column(precision = 10, scale = 2)"),
            ("notes", "String", "@Lob"), ("active", "boolean", ""),
            ("externalRef", "String", ""), ("score", "double", ""),
            ("publishedAt", "Instant", ""), ("createdOn", "LocalDate", "")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("out")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    root = os.path.join(a.out, "src", "main", "java", "com", "example")
    os.makedirs(os.path.join(root, "common"), exist_ok=True)
    with open(os.path.join(a.out, "pom.xml"), "w") as f:
        f.write("<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId>"
                "<artifactId>bench</artifactId><version>1</version></project>\n")
    common = {
        "BaseEntity": ("@MappedSuperclass\npublic abstract class BaseEntity {\n"
                       "    @Id\n    @GeneratedValue\n    private Long id;\n\n"
                       "    private Instant createdAt;\n\n    private String ownerEmail;\n}\n"),
        "Address": ("@Embeddable\npublic class Address {\n    private String street;\n\n"
                    "    private String city;\n\n    @Column(name = \"zip\")\n    private String postalCode;\n}\n"),
        "PiiConverter": ("@Converter\npublic class PiiConverter implements AttributeConverter<String, String> {\n"
                         "    @Override\n    public String convertToDatabaseColumn(String v) {\n"
                         "        try {\n            Cipher c = Cipher.getInstance(\"AES/GCM/NoPadding\");\n"
                         "            c.init(Cipher.ENCRYPT_MODE, Keys.current());\n"
                         "            return Base64.getEncoder().encodeToString(c.doFinal(v.getBytes()));\n"
                         "        } catch (Exception e) {\n            throw new IllegalStateException(e);\n        }\n    }\n\n"
                         "    @Override\n    public String convertToEntityAttribute(String v) {\n"
                         "        return Keys.open(v);\n    }\n}\n"),
        "TrimConverter": ("@Converter\npublic class TrimConverter implements AttributeConverter<String, String> {\n"
                          "    @Override\n    public String convertToDatabaseColumn(String v) {\n"
                          "        return v == null ? null : v.trim();\n    }\n\n"
                          "    @Override\n    public String convertToEntityAttribute(String v) {\n"
                          "        return v;\n    }\n}\n"),
    }
    header = ("package com.example.common;\n\nimport jakarta.persistence.*;\nimport java.time.Instant;\n"
              "import java.util.Base64;\nimport javax.crypto.Cipher;\n\n")
    for name, body in common.items():
        with open(os.path.join(root, "common", name + ".java"), "w") as f:
            f.write(header + body)
    made = []  # (module, class)
    for i in range(a.files):
        mod = MODULES[i % len(MODULES)]
        cls = NOUNS[rnd.randrange(len(NOUNS))] + str(i)
        os.makedirs(os.path.join(root, mod), exist_ok=True)
        prop = rnd.random() < 0.1
        kind = rnd.randrange(5)
        attrs = []  # (name, type, annotations)
        if kind != 0:
            attrs.append(("id", "Long", "@Id\n    @GeneratedValue"))
        if kind == 1:
            attrs.append(("address", "Address", "@Embedded"))
        used = set()
        for _ in range(rnd.randint(6, 14)):
            r = rnd.random()
            if r < 0.10:
                name, ty, ann = CONTACT[rnd.randrange(len(CONTACT))]
                enc = rnd.randrange(6)
                if enc == 0:
                    ann = "@Convert(converter = PiiConverter.class)"
                elif enc == 1:
                    ann = "@Convert(converter = FieldEncryptor.class)"
                elif enc == 2:
                    ann = ('@ColumnTransformer(read = "pgp_sym_decrypt(%s, current_setting(\'app.key\'))", '
                           'write = "pgp_sym_encrypt(?, current_setting(\'app.key\'))")' % name)
                elif enc == 3:
                    ty = "byte[]"
                elif enc == 4:
                    ann = "@Convert(converter = TrimConverter.class)"
            elif r < 0.35:
                name, ty, ann = LOOKALIKE[rnd.randrange(len(LOOKALIKE))]
            else:
                name, ty, ann = ORDINARY[rnd.randrange(len(ORDINARY))]
            if name in used:
                continue
            used.add(name)
            attrs.append((name, ty, ann))
        if made and rnd.random() < 0.4:
            pmod, pcls = made[rnd.randrange(len(made))]
            attrs.append(("parent", "com.example.%s.%s" % (pmod, pcls),
                          "@ManyToOne(fetch = FetchType.LAZY)\n    @JoinColumn(name = \"parent_id\")"))
        lines = ["package com.example.%s;" % mod, "",
                 "import com.example.common.*;", "import jakarta.persistence.*;",
                 "import java.math.BigDecimal;", "import java.time.Instant;",
                 "import java.time.LocalDate;", "import org.hibernate.annotations.ColumnTransformer;",
                 "import com.example.security.FieldEncryptor;", ""]
        lines.append("@Entity")
        if rnd.random() < 0.5:
            lines.append('@Table(name = "%s_%d")' % (cls.lower(), i))
        lines.append("public class %s%s {" % (cls, " extends BaseEntity" if kind == 0 else ""))
        for name, ty, ann in attrs:
            if prop:
                lines.append("    private %s %s;" % (ty, name))
            else:
                if ann:
                    lines.append("    " + ann)
                lines.append("    private %s %s;" % (ty, name))
                lines.append("")
        if prop:
            lines.append("")
            for name, ty, ann in attrs:
                if ann:
                    lines.append("    " + ann)
                getter = ("is" if ty == "boolean" else "get") + name[:1].upper() + name[1:]
                lines.append("    public %s %s() {\n        return %s;\n    }\n" % (ty, getter, name))
        lines.append("}")
        with open(os.path.join(root, mod, cls + ".java"), "w") as f:
            f.write("\n".join(lines) + "\n")
        made.append((mod, cls))


if __name__ == "__main__":
    main()
