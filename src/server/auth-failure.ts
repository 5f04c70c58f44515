import { AuthenticationError } from 'botframework-connector';

/**
 * What an error thrown while authenticating a channel request means for the caller:
 * - `unauthorized` (401): the token itself is wrong (bad signature, unknown key, expired, wrong audience);
 * - `unavailable` (503): we could not check it, because the Bot Framework's OpenID metadata or
 *   signing keys could not be fetched (host unreachable, an error status, not JSON). The channel
 *   should retry; it is not the caller's fault and not a bug in the bot.
 *
 * The SDK reports a failed metadata fetch either as node-fetch's FetchError or as an
 * AuthenticationError carrying status 500 ("Failed to load openID config: 503"), and a bad
 * signature as jsonwebtoken's JsonWebTokenError, which its CloudAdapter would answer with 500.
 */
export type AuthFailure = 'unauthorized' | 'unavailable';

/** jsonwebtoken's errors for a token that does not verify. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

export function authFailure(error: unknown): AuthFailure {
  if (AuthenticationError.isStatusCodeError(error) && error.statusCode < 500) return 'unauthorized';
  if (error instanceof Error && TOKEN_ERRORS.has(error.name)) return 'unauthorized';
  return 'unavailable';
}
