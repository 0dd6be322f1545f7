import { Column, Entity, PrimaryGeneratedColumn, TableInheritance, ViewEntity, ViewColumn } from "typeorm";
import { Audited, ContactInfo } from "@shared/index";

@Entity()
@TableInheritance({ column: { type: "varchar", name: "kind" } })
export class UserAccount extends Audited {
  @PrimaryGeneratedColumn()
  id: number;

  @Column(() => ContactInfo, { prefix: "primary_contact" })
  primaryContact: ContactInfo;
}

@ViewEntity({ name: "author_directory", expression: `SELECT id, email FROM user_account` })
export class AuthorDirectory {
  @ViewColumn()
  id: number;

  @ViewColumn()
  email: string;
}
