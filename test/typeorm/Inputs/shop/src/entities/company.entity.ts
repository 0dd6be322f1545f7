import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from "typeorm";
import { ExtendedColumnOptions } from "typeorm-encrypted";
import { Address } from "./address";
import { Customer } from "./customer.entity";

@Entity()
export class Company {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  name: string;

  // Encrypted by AutoEncryptSubscriber (see data-source.ts).
  @Column(<ExtendedColumnOptions>{
    type: "varchar",
    nullable: false,
    encrypt: {
      key: process.env.COMPANY_KEY,
      algorithm: "aes-256-gcm",
      ivLength: 16,
    },
  })
  contactPhone: string;

  @Column(() => Address, { prefix: false })
  headquarters: Address;

  @OneToMany(() => Customer, (customer) => customer.company)
  customers: Customer[];
}
