import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { EncryptionTransformer } from "typeorm-encrypted";

@Entity()
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({
    transformer: new EncryptionTransformer({
      key: process.env.FIELD_KEY as string,
      algorithm: "aes-256-gcm",
      ivLength: 16,
    }),
  })
  email: string;
}
