import { Column } from "typeorm";
import { Account } from "./account.entity";
export * from "./account.entity";

export class Profile extends Account {
  @Column()
  mobilePhone: string;

  @Column({ transformer: loop })
  fax: string;
}

const loop = again;
const again = loop;
