import { Column, ColumnOptions } from "typeorm";
import { EncryptionTransformer } from "typeorm-encrypted";

const key = process.env.COLUMN_KEY ?? "";

// A column whose values typeorm-encrypted encrypts.
export function EncryptedColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({
    type: "varchar",
    ...options,
    transformer: new EncryptionTransformer({ key, algorithm: "aes-256-gcm", ivLength: 16 }),
  });
}
