import { Column } from "typeorm";

export class Address {
  @Column()
  street: string;

  @Column({ nullable: true })
  city?: string;

  @Column({ name: "zip", length: 10 })
  postalCode: string;

  @Column({ length: 2 })
  countryCode: string;
}
