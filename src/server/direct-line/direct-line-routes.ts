import type { Request, Response, Server } from 'restify';
import { DirectLineError, type LocalDirectLine } from './local-direct-line';

/** Where the local Direct Line lives; the page passes it to Web Chat as the `domain`. */
export const DIRECT_LINE_PATH = '/v3/directline';

const bearer = (req: Request) => /^Bearer\s+(.+)$/i.exec(req.header('authorization') ?? '')?.[1];

/** Registers the Direct Line v3 polling calls Web Chat makes, served by the local implementation. */
export function registerLocalDirectLine(server: Server, directLine: LocalDirectLine): void {
  const handle = (work: (req: Request) => unknown | Promise<unknown>, status = 200) => async (req: Request, res: Response) => {
    try {
      res.send(status, await work(req));
    } catch (error) {
      if (error instanceof DirectLineError) res.send(error.status, { error: { code: 'BadArgument', message: error.message } });
      else throw error;
    }
  };
  server.post(`${DIRECT_LINE_PATH}/conversations`, handle((req) => directLine.startConversation(bearer(req)), 201));
  server.get(
    `${DIRECT_LINE_PATH}/conversations/:id`,
    handle((req) => {
      directLine.getActivities(req.params.id, bearer(req), undefined);
      return { conversationId: req.params.id, token: bearer(req) };
    }),
  );
  server.post(`${DIRECT_LINE_PATH}/conversations/:id/activities`, handle((req) => directLine.postActivity(req.params.id, bearer(req), req.body)));
  server.get(`${DIRECT_LINE_PATH}/conversations/:id/activities`, handle((req) => directLine.getActivities(req.params.id, bearer(req), req.query?.watermark)));
  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, handle((req) => directLine.refreshToken(bearer(req))));
}
