export { type OpenedPersonalDataStores, subjectKeyStoreContract } from './subject-key-store.contract.js';
