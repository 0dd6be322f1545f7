import { ColumnOptions } from "typeorm";
import { PiiCipher } from "./transformers";

// Options shared by encrypted text columns.
export const sealed: ColumnOptions = {
  type: "varchar",
  length: 512,
  transformer: PiiCipher,
};
