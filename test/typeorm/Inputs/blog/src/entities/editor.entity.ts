import { ChildEntity, Column } from "typeorm";
import { UserAccount } from "./author.entity";

// Single-table inheritance: stored in user_account.
@ChildEntity()
export class Editor extends UserAccount {
  @Column({ nullable: true })
  deskPhone: string;
}
