import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@Entity()
export class Member {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  email: string;

  @Column({ length: 32 )
  phone: string;
}

@Entity()
export class Guest {
  @Column()
  email: string;
}
