import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { SecureColumn, VaultTransformer } from "@acme/vault-typeorm";
import { EncryptedColumn } from "./columns";

@Entity()
export class PatientContact {
  @PrimaryGeneratedColumn()
  id: number;

  // Values go through HashiCorp Vault's transit engine.
  @Column({ transformer: new VaultTransformer("patients") })
  email: string;

  @SecureColumn({ name: "phone_e164" })
  phone: string;

  @Column()
  emergencyPhone: string;

  @EncryptedColumn({ length: 64 })
  workPhone: string;
}
