import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@Entity()
export class Customer {
  @PrimaryGeneratedColumn()
  id: number;

  @Column(
  email: string;

  @Column()
  phone: string;

  greet(): string {
    return `hello ${this.email`;
  }
}
