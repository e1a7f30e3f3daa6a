import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

/** Keys are relative paths of lower-case letters, digits, `-` and `/`: never `..`, never absolute. */
export const STORAGE_KEY_PATTERN = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/;

export const isStorageKey = (key: string): boolean => STORAGE_KEY_PATTERN.test(key) && key.length <= 200;

/** A fresh, unguessable key under a prefix: `course-files/3f2c…`. */
export const newStorageKey = (prefix: string): string => `${prefix}/${randomUUID()}`;

/**
 * Where files live: uploads, generated PDFs, content packages (DESIGN.md, Architecture). The
 * default driver keeps them in a local directory (`LocalStorageService`, root `STORAGE_DIR`). An
 * S3-compatible driver is another implementation of this class, chosen in `StorageModule`'s
 * factory by configuration; callers only ever see this interface.
 */
export abstract class StorageService {
  /** Stores `data` under `key`, replacing whatever was there. */
  abstract put(key: string, data: Buffer): Promise<void>;
  /** Stores what `data` streams under `key` (constant memory, for large generated files); resolves with the bytes written. */
  abstract write(key: string, data: Readable): Promise<number>;
  /** A stream of the stored bytes; rejects with `StoredFileMissingError` when there is nothing under `key`. */
  abstract read(key: string): Promise<Readable>;
  /** Removes the object; removing a missing key is not an error. */
  abstract delete(key: string): Promise<void>;
  abstract exists(key: string): Promise<boolean>;
}

export class StoredFileMissingError extends Error {
  constructor(readonly key: string) {
    super(`No stored file under ${key}`);
    this.name = 'StoredFileMissingError';
  }
}
