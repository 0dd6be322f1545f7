import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@Entity()
export class Agent {
  @PrimaryGeneratedColumn()
  id: number;

  // The partner page publishes it: on the line before the property name.
  @Column()
  // privlint-ignore plaintext-contact-field: published on the partner page
  email: string;

  @Column()
  officePhone: string; // privlint-ignore plaintext-contact-field: switchboard number

  // Above the decorator, two lines before the name: suppresses nothing.
  // privlint-ignore plaintext-contact-field: too far from the name
  @Column()
  mobile: string;
}
