import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Why a text is not a usable master key, in one sentence. */
export class MasterKeyFormatError extends Error {}

/**
 * The master key of envelope encryption: it wraps every data subject's key (AES-256-GCM, the
 * subject id as associated data, so a wrapped key cannot be moved to another subject) and never
 * touches an event. Its id, a hash of the key, tells which master key wrapped a stored key and
 * whether the configured one is the right one, without revealing it.
 */
export class MasterKey {
  readonly id: string;

  private constructor(private readonly key: Buffer) {
    this.id = createHash('sha256').update('salesflow:pii-master-key-id:').update(key).digest('hex').slice(0, 16);
  }

  /** 32 bytes as 64 hex digits or as base64 (44 characters). */
  static parse(text: string): MasterKey {
    const value = text.trim();
    const bytes = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : /^[A-Za-z0-9+/]{43}=$/.test(value) ? Buffer.from(value, 'base64') : null;
    if (!bytes || bytes.length !== KEY_BYTES) throw new MasterKeyFormatError('must be 32 random bytes written as 64 hex digits or 44 base64 characters');
    return new MasterKey(bytes);
  }

  /** A fresh random master key, as base64. */
  static generate(): string {
    return randomBytes(KEY_BYTES).toString('base64');
  }

  wrap(subjectId: string, subjectKey: Uint8Array): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(aad(subjectId));
    const body = Buffer.concat([cipher.update(subjectKey), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  /** The subject key; throws when the wrapped key was altered, belongs to another subject or another master key. */
  unwrap(subjectId: string, wrapped: Uint8Array): Buffer {
    const bytes = Buffer.from(wrapped);
    if (bytes.length !== IV_BYTES + TAG_BYTES + KEY_BYTES) throw new Error('wrapped key has the wrong length');
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(aad(subjectId));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  }
}

export const newSubjectKey = (): Buffer => randomBytes(KEY_BYTES);

const aad = (subjectId: string) => Buffer.from(`salesflow:subject-key:${subjectId}`, 'utf8');
