import type { Storage } from 'botbuilder';
import { createRequire } from 'node:module';
import type { Config } from '../config';
import { BoundedMemoryStorage } from './bounded-memory-storage';

/** Conversation state storage chosen by configuration: memory for one instance, Blob for several. */
export function createStorage(config: Config): Storage {
  if (config.storage === 'blob') {
    // Fail within seconds when storage is down, so the person gets an apology rather than a
    // request that hangs through the SDK's default minute of retries.
    // Loaded only here: the Azure SDK adds about 20 MB to every process that merely imports it.
    const { BlobsStorage } = createRequire(__filename)('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
    return new BlobsStorage(config.blobConnectionString, config.blobContainer, {
      storagePipelineOptions: { retryOptions: { maxTries: 2, tryTimeoutInMs: 3000, retryDelayInMs: 200, maxRetryDelayInMs: 500 } },
    });
  }
  return new BoundedMemoryStorage(config.stateMaxConversations, config.stateIdleMinutes * 60_000);
}
