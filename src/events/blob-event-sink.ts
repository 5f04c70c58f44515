import type { BlobServiceClient as BlobServiceClientType, ContainerClient } from '@azure/storage-blob';
import { createRequire } from 'node:module';
import type { Logger } from '../logger';
import { BatchingEventSink } from './batching-event-sink';

/** The Azure SDK, loaded only when events go to Blob: it adds about 20 MB to a process that imports it. */
function blobServiceClient(): typeof BlobServiceClientType {
  return (createRequire(__filename)('@azure/storage-blob') as typeof import('@azure/storage-blob')).BlobServiceClient;
}

const RETRY = { maxTries: 2, tryTimeoutInMs: 3000, retryDelayInMs: 200, maxRetryDelayInMs: 500 };

/** Events appended to one append blob per day (events-YYYY-MM-DD.jsonl), shared by every instance. */
export class BlobEventSink extends BatchingEventSink {
  constructor(connectionString: string, containerName: string, logger: Logger) {
    const container = blobServiceClient().fromConnectionString(connectionString, { retryOptions: RETRY }).getContainerClient(containerName);
    const ready = new Set<string>();
    super(async (lines) => {
      const blob = container.getAppendBlobClient(`events-${new Date().toISOString().slice(0, 10)}.jsonl`);
      if (!ready.has(blob.name)) {
        await container.createIfNotExists();
        await blob.createIfNotExists();
        ready.add(blob.name);
      }
      await blob.appendBlock(lines, Buffer.byteLength(lines));
    }, logger, 1000);
  }
}

/** Every event line in the container, oldest day first (for the report). */
export async function readBlobEvents(connectionString: string, containerName: string): Promise<string> {
  const container: ContainerClient = blobServiceClient().fromConnectionString(connectionString, { retryOptions: RETRY }).getContainerClient(containerName);
  if (!(await container.exists())) return '';
  const names: string[] = [];
  for await (const blob of container.listBlobsFlat({ prefix: 'events-' })) names.push(blob.name);
  const parts = await Promise.all(names.sort().map(async (name) => (await container.getBlobClient(name).downloadToBuffer()).toString('utf8')));
  return parts.join('');
}
