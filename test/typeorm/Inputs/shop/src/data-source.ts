import "reflect-metadata";
import { DataSource } from "typeorm";
import { AutoEncryptSubscriber } from "typeorm-encrypted";
import { Company } from "./entities/company.entity";
import { Customer } from "./entities/customer.entity";

export const AppDataSource = new DataSource({
  type: "postgres",
  url: process.env.DATABASE_URL,
  entities: [Company, Customer],
  subscribers: [AutoEncryptSubscriber],
  synchronize: false,
});
