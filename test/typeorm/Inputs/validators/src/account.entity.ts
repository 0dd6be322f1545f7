import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { IsEmail, IsMobilePhone, IsPhoneNumber, IsUrl } from 'class-validator';

@Entity()
export class Account {
  @PrimaryGeneratedColumn()
  id: number;

  // The login identifier: its name says nothing, its validator says email.
  @Column()
  @IsEmail()
  identifier: string;

  @Column()
  @IsPhoneNumber('DE')
  contact: string;

  @IsMobilePhone()
  @Column({ nullable: true })
  backup: string;

  @Column()
  @IsUrl()
  homepage: string;
}
