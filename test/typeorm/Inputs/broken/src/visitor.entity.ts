import { Column, Entity } from "typeorm";

@Entity()
export class Visitor {
  @Column()
  phone: string;
