import { Column, Entity, JoinColumn, ManyToOne } from "typeorm";
import { EncryptionTransformer } from "typeorm-encrypted";
import { PiiCipher, Sha256Transformer, lowercase } from "../crypto/transformers";
import { Address } from "./address";
import { Company } from "./company.entity";
import { Timestamped } from "./timestamped";

@Entity("customers")
export class Customer extends Timestamped {
  @Column({ type: "varchar", length: 255, unique: true })
  email: string;

  @Column({ name: "mobile_phone" })
  mobile: string;

  @Column({
    type: "varchar",
    nullable: false,
    transformer: new EncryptionTransformer({
      key: process.env.CUSTOMER_KEY!,
      algorithm: "aes-256-gcm",
      ivLength: 16,
    }),
  })
  phone: string;

  @Column({ transformer: [lowercase, PiiCipher] })
  backupEmail: string;

  @Column({ transformer: lowercase })
  workEmail: string;

  @Column({ transformer: new Sha256Transformer() })
  loginEmail: string;

  @Column(() => Address)
  address: Address;

  @Column((type) => Address, { prefix: "billing" })
  billingAddress: Address;

  @Column() // privlint:encrypted (column-level TDE, see docs/security.md)
  faxNumber: string;

  @Column({ default: false })
  emailVerified: boolean;

  @ManyToOne(() => Company, (company) => company.customers)
  @JoinColumn({ name: "company_id" })
  company: Company;
}
