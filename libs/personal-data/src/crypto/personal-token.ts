import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { SUBJECT_KINDS, type SubjectKind } from '#app/shared-kernel';

/**
 * How a personal field is stored: `pii:1:<subject id>:<base64url of iv, tag and ciphertext>`,
 * AES-256-GCM under the subject's key with the subject id as associated data. The field stays a
 * string (the event's shape does not change), names its subject, and can be copied from one event
 * to another without being decrypted.
 */
export const TOKEN_PREFIX = 'pii:1:';

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** `contact:<prospect id>`, `legal-representative:<prospect id>` or `employee:<user id>`. */
export const SUBJECT_ID_PATTERN = new RegExp(`^(${SUBJECT_KINDS.join('|')}):\\S{1,256}$`);

export const isSubjectId = (value: unknown): value is string => typeof value === 'string' && SUBJECT_ID_PATTERN.test(value);

export const subjectIdOf = (kind: SubjectKind, id: string): string => `${kind}:${id}`;

export const subjectKindOf = (subjectId: string): SubjectKind => subjectId.slice(0, subjectId.indexOf(':')) as SubjectKind;

export const isPersonalToken = (value: unknown): value is string => typeof value === 'string' && value.startsWith(TOKEN_PREFIX);

/** The subject a token names, or null when the text only looks like a token. */
export function tokenSubject(token: string): string | null {
  const end = token.lastIndexOf(':');
  if (end <= TOKEN_PREFIX.length) return null;
  const subjectId = token.slice(TOKEN_PREFIX.length, end);
  return isSubjectId(subjectId) ? subjectId : null;
}

/** Random IVs drawn from a block of the CSPRNG's bytes, each slice handed out once: one call into OpenSSL per 512 fields instead of one per field. */
const IV_BLOCK_BYTES = IV_BYTES * 512;
let ivBlock = Buffer.alloc(0);
let ivAt = 0;

function nextIv(): Buffer {
  if (ivAt + IV_BYTES > ivBlock.length) {
    ivBlock = randomBytes(IV_BLOCK_BYTES);
    ivAt = 0;
  }
  return ivBlock.subarray(ivAt, (ivAt += IV_BYTES));
}

export function encryptField(subjectId: string, key: Uint8Array, plain: string): string {
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(subjectId, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${TOKEN_PREFIX}${subjectId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** The clear text, or null when the token was altered, is malformed or is not under this key. */
export function decryptField(token: string, key: Uint8Array): string | null {
  const subjectId = tokenSubject(token);
  if (subjectId === null) return null;
  const payload = token.slice(token.lastIndexOf(':') + 1);
  if (!/^[A-Za-z0-9_-]+$/.test(payload)) return null;
  const bytes = Buffer.from(payload, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(subjectId, 'utf8'));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
