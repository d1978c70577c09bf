import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERSONAL_DATA_TABLES } from '#app/audit';
import { MasterKey, PersonalDataClassification, PersonalDataVault, connectMongoDbPersonalData, openSqlitePersonalData } from '#app/personal-data';
import type { AppConfig } from './config.js';

export const DEV_MASTER_KEY_FILE = '.dev-pii-master-key';

/** The embedded key store's file in DATA_DIR: the subjects' keys and the access log. */
export const KEY_STORE_FILE = 'keys.sqlite';

export const keyStoreFile = (config: Pick<AppConfig, 'dataDir'>): string => join(config.dataDir, KEY_STORE_FILE);

/** Every event type's personal fields, as PersonalDataEventStore applies them at append. */
export const PERSONAL_DATA_CLASSIFICATION = new PersonalDataClassification(PERSONAL_DATA_TABLES);

/**
 * The master key: PII_MASTER_KEY, or in embedded mode a random development key kept in DATA_DIR
 * beside the development JWT secret (whoever holds DATA_DIR can then read the personal data).
 */
export function resolvePiiMasterKey(config: Pick<AppConfig, 'piiMasterKey' | 'dataDir'>): { key: MasterKey; development: boolean } {
  if (config.piiMasterKey) return { key: MasterKey.parse(config.piiMasterKey), development: false };
  const file = join(config.dataDir, DEV_MASTER_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    try {
      writeFileSync(file, MasterKey.generate(), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    }
    chmodSync(file, 0o600);
  }
  return { key: MasterKey.parse(readFileSync(file, 'utf8')), development: true };
}

export const DEV_MASTER_KEY_WARNING =
  '*** PII_MASTER_KEY is not set: personal data is encrypted with a DEVELOPMENT master key kept in DATA_DIR. ' +
  'Anyone with DATA_DIR can read it; set PII_MASTER_KEY (32 random bytes) in production. ***';

/** The configured key store and access log with the master key: SQLite in DATA_DIR by default, MongoDB in production. */
export function createPersonalDataVault(config: AppConfig): PersonalDataVault {
  const { key } = resolvePiiMasterKey(config);
  const stores = config.keyStore === 'mongodb' ? connectMongoDbPersonalData({ uri: config.mongodbUri!, database: config.mongodbDatabase }) : openSqlitePersonalData(keyStoreFile(config));
  return new PersonalDataVault(stores.keys, stores.accessLog, key);
}
