import { Column, Entity } from "typeorm";
import { Profile } from "./profile";
export * from "./profile";

// A class embedded in itself and a base class that extends its subclass:
// both are errors TypeORM reports at startup; privlint reads each class once.
@Entity()
export class Account extends Profile {
  @Column()
  ownerEmail: string;

  @Column(() => Account)
  sponsor: Account;
}
