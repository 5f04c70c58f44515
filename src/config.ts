import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from './project-root';

/**
 * The bot's settings, read from the environment once at start-up and validated, so a
 * mistake stops start-up with a message that says which setting and why.
 */
export interface Config {
  port: number;
  host: string;
  knowledgeDir: string;
  /** Where the trained safety net is kept between starts. */
  cacheDir: string;
  production: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Log what users type (health data): off unless the operator turns it on. */
  logUserText: boolean;
  /** Empty app id: local mode, no Bot Framework authentication (for your own machine only). */
  microsoftAppId: string;
  microsoftAppPassword: string;
  microsoftAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  microsoftAppTenantId: string;
  /** Where the Bot Framework publishes the keys that sign channel tokens (OpenID metadata). */
  botOpenIdMetadataUrl: string;
  directLineSecret: string;
  /** Azure's Direct Line endpoint for the web chat page: global, or regional to keep data in a region. */
  directLineDomain: string;
  /** Other websites allowed to embed the web chat page (iframe) and fetch its token. */
  webChatEmbedOrigins: string[];
  localMode: boolean;
  /** Where the content owners' events go: a local JSON Lines file, or append blobs. */
  eventsStore: 'file' | 'blob';
  eventsFile: string;
  eventsContainer: string;
  /** Where conversation state lives: memory (one instance) or Azure Blob Storage (several). */
  storage: 'memory' | 'blob';
  blobConnectionString: string;
  blobContainer: string;
  stateMaxConversations: number;
  stateIdleMinutes: number;
  /** Requests per second per client address on the web routes; 0 turns the limit off. */
  clientRatePerSecond: number;
  /** Messages per second per conversation on /api/messages; 0 turns the limit off. */
  conversationRatePerSecond: number;
  /** A clinic or support contact offered in the fallback and safety replies; empty: none offered. */
  supportUrl: string;
  supportPhone: string;
  /** The one emergency number of the region; empty: the replies name 999, 112 and 911. */
  emergencyNumber: string;
}

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting.`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
/** A web origin: scheme, host and optional port, nothing after it. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;
/** A phone number as people write it: digits, spaces, dashes, brackets, an optional leading +. */
const PHONE = /^\+?[\d\s()-]{6,20}$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = projectRoot()): Config {
  const problems: string[] = [];
  const text = (name: string, fallback = '') => (env[name] ?? fallback).trim();
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = text(name, fallback);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}").`);
    return fallback;
  };
  const flag = (name: string) => {
    const value = text(name, 'false').toLowerCase();
    if (!['true', 'false', '1', '0', 'yes', 'no'].includes(value)) problems.push(`${name} must be true or false (got "${value}").`);
    return ['true', '1', 'yes'].includes(value);
  };

  const whole = (name: string, fallback: string) => {
    const value = text(name, fallback);
    if (!/^\d+$/.test(value)) problems.push(`${name} must be a whole number (got "${value}").`);
    return Number(value);
  };
  const storage = oneOf('STORAGE', ['memory', 'blob'] as const, 'memory');
  const blobConnectionString = text('BLOB_CONNECTION_STRING');
  const eventsStore = oneOf('EVENTS_STORE', ['file', 'blob'] as const, 'file');
  if ((storage === 'blob' || eventsStore === 'blob') && !blobConnectionString) {
    problems.push('BLOB_CONNECTION_STRING is required when STORAGE or EVENTS_STORE is blob (the storage account connection string).');
  }

  const portText = text('PORT', '3978');
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) problems.push(`PORT must be a whole number from 0 to 65535 (got "${portText}").`);

  const knowledgeDir = resolve(root, text('KNOWLEDGE_DIR', 'knowledge'));
  if (!existsSync(knowledgeDir)) problems.push(`KNOWLEDGE_DIR points to ${knowledgeDir}, which does not exist.`);

  const microsoftAppId = text('MicrosoftAppId');
  const microsoftAppPassword = text('MicrosoftAppPassword');
  const microsoftAppType = oneOf('MicrosoftAppType', APP_TYPES, 'MultiTenant');
  const microsoftAppTenantId = text('MicrosoftAppTenantId');
  if (microsoftAppId && !GUID.test(microsoftAppId)) problems.push('MicrosoftAppId must be the bot\'s app id, a GUID like 00000000-0000-0000-0000-000000000000.');
  if (microsoftAppId && microsoftAppType !== 'UserAssignedMSI' && !microsoftAppPassword) {
    problems.push('MicrosoftAppPassword is required when MicrosoftAppId is set (the client secret of the bot\'s app registration).');
  }
  if (microsoftAppType === 'SingleTenant' && !microsoftAppTenantId) problems.push('MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.');
  if (!microsoftAppId && microsoftAppPassword) problems.push('MicrosoftAppPassword is set but MicrosoftAppId is empty: set both, or neither for local mode.');

  const botOpenIdMetadataUrl = text('BOT_OPENID_METADATA_URL', 'https://login.botframework.com/v1/.well-known/openidconfiguration');
  if (!/^https?:\/\/\S+$/i.test(botOpenIdMetadataUrl)) problems.push(`BOT_OPENID_METADATA_URL must be an http(s) address (got "${botOpenIdMetadataUrl}").`);

  const directLineDomain = text('DIRECT_LINE_DOMAIN', 'https://directline.botframework.com/v3/directline').replace(/\/+$/, '');
  if (!/^https:\/\/[a-z0-9.-]+(:\d{1,5})?(\/\S*)?$/i.test(directLineDomain)) {
    problems.push(`DIRECT_LINE_DOMAIN must be an https:// address like https://europe.directline.botframework.com/v3/directline (got "${directLineDomain}").`);
  }
  const webChatEmbedOrigins = text('WEBCHAT_EMBED_ORIGINS').split(/[\s,]+/).filter(Boolean);
  for (const origin of webChatEmbedOrigins) {
    if (!ORIGIN.test(origin)) problems.push(`WEBCHAT_EMBED_ORIGINS must list origins like https://www.example.com, with no path (got "${origin}").`);
  }

  const supportUrl = text('SUPPORT_URL');
  if (supportUrl && !/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?(\/\S*)?$/i.test(supportUrl)) {
    problems.push(`SUPPORT_URL must be a web address like https://www.example-clinic.org/contact (got "${supportUrl}").`);
  }
  const supportPhone = text('SUPPORT_PHONE');
  if (supportPhone && !PHONE.test(supportPhone)) problems.push(`SUPPORT_PHONE must be a phone number of digits, spaces and an optional leading + (got "${supportPhone}").`);
  const emergencyNumber = text('EMERGENCY_NUMBER');
  if (emergencyNumber && !/^\d{2,4}$/.test(emergencyNumber)) problems.push(`EMERGENCY_NUMBER must be the short emergency number people dial, 2 to 4 digits like 112 (got "${emergencyNumber}").`);

  const config: Config = {
    port,
    host: text('HOST', '0.0.0.0'),
    knowledgeDir,
    cacheDir: resolve(root, text('CACHE_DIR', 'node_modules/.cache/sciatica-bot')),
    production: text('NODE_ENV') === 'production',
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    logUserText: flag('LOG_USER_TEXT'),
    microsoftAppId,
    microsoftAppPassword,
    microsoftAppType,
    microsoftAppTenantId,
    botOpenIdMetadataUrl,
    directLineSecret: text('DIRECT_LINE_SECRET'),
    directLineDomain,
    webChatEmbedOrigins,
    localMode: !microsoftAppId,
    eventsStore,
    eventsFile: resolve(root, text('EVENTS_FILE', 'data/events.jsonl')),
    eventsContainer: text('EVENTS_CONTAINER', 'bot-events'),
    storage,
    blobConnectionString,
    blobContainer: text('BLOB_CONTAINER', 'bot-state'),
    stateMaxConversations: whole('STATE_MAX_CONVERSATIONS', '50000'),
    stateIdleMinutes: whole('STATE_IDLE_MINUTES', '60'),
    clientRatePerSecond: whole('RATE_LIMIT_CLIENT_PER_SECOND', '20'),
    conversationRatePerSecond: whole('RATE_LIMIT_CONVERSATION_PER_SECOND', '5'),
    supportUrl,
    supportPhone,
    emergencyNumber,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Reads `.env` into the environment if there is one; real environment variables win. */
export function loadDotEnv(root = projectRoot()): void {
  const file = resolve(root, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
