import { createHash } from "crypto";
import { ValueTransformer } from "typeorm";
import { EncryptionTransformer } from "typeorm-encrypted";

const fieldKey = process.env.FIELD_ENCRYPTION_KEY ?? "";

// Shared by every column that holds personal data.
export const PiiCipher = new EncryptionTransformer({
  key: fieldKey,
  algorithm: "aes-256-gcm",
  ivLength: 16,
});

export const lowercase: ValueTransformer = {
  to: (value?: string) => value?.trim().toLowerCase(),
  from: (value?: string) => value,
};

export class Sha256Transformer implements ValueTransformer {
  to(value: string | null): string | null {
    return value === null ? null : createHash("sha256").update(value).digest("hex");
  }

  from(value: string | null): string | null {
    return value;
  }
}

// A transformer per tenant key.
export function tenantCipher(tenant: string): EncryptionTransformer {
  return new EncryptionTransformer({ key: keyFor(tenant), algorithm: "aes-256-gcm", ivLength: 16 });
}

declare function keyFor(tenant: string): string;
