import type { Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Config } from '../config';
import { BoundedMemoryStorage } from './bounded-memory-storage';

/** Conversation state storage chosen by configuration: memory for one instance, Blob for several. */
export function createStorage(config: Config): Storage {
  if (config.storage === 'blob') return new BlobsStorage(config.blobConnectionString, config.blobContainer);
  return new BoundedMemoryStorage(config.stateMaxConversations, config.stateIdleMinutes * 60_000);
}
