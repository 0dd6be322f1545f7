// A service, not an entity: tree-sitter rejects the function type of an
// untyped parameter below (valid TypeScript), and nothing here is read.
import { Injectable } from '@nestjs/common';

@Injectable()
export class CacheService {
  public isReady: (string) => boolean;

  constructor(private readonly ownerEmail: string) {}
}
