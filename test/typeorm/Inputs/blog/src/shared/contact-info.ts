import { Column } from "typeorm";

export type EmailAddress = string;

export class ContactInfo {
  @Column({ nullable: true })
  phone?: string;

  @Column({ type: "varchar", nullable: true })
  email?: EmailAddress;

  // Named only by its type: where password resets go.
  @Column({ type: "varchar", nullable: true })
  recovery?: EmailAddress;
}
