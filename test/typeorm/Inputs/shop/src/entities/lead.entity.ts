import { Column, Entity, PrimaryColumn } from "typeorm";
import { sealed } from "../crypto/options";
import * as crypto from "../crypto/transformers";

declare const kms: { encrypt(v: string): string; decrypt(v: string): string };

const Transformers = { email: crypto.PiiCipher, trim: crypto.lowercase };

@Entity({ name: "leads", schema: "marketing" })
export class Lead {
  @PrimaryColumn("varchar", { length: 320 })
  email: string;

  @Column({ ...sealed, name: "phone_number" })
  phone: string;

  @Column({ transformer: crypto.PiiCipher })
  secondaryEmail: string;

  @Column({ transformer: Transformers.email })
  personalEmail: string;

  @Column({
    transformer: {
      to: (value: string) => kms.encrypt(value),
      from: (value: string) => kms.decrypt(value),
    },
  })
  mobilePhone: string;

  @Column({ type: "bytea", nullable: true })
  faxNumber: Buffer;

  @Column("simple-json", { nullable: true })
  preferences: { newsletter: boolean };

  @Column({ type: "enum", enum: ["web", "event", "referral"] })
  source: string;

  @Column({ transformer: crypto.tenantCipher("eu") })
  workEmail: string;
}
