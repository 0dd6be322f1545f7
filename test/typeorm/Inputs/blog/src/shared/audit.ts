import { Column, CreateDateColumn } from "typeorm";

export abstract class AuditColumns {
  @CreateDateColumn()
  createdAt: Date;

  @Column({ name: "owner_email" })
  ownerEmail: string;
}
