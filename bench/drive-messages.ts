import autocannon from 'autocannon';

export interface DriveOptions {
  connections: number;
  /** Run for this many seconds, or send this many requests. */
  duration?: number;
  amount?: number;
  questions: string[];
  /** The conversation the n-th request belongs to. */
  conversationFor: (n: number) => string;
}

export interface DriveResult {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  errors: number;
  non2xx: number;
  fiveXX: number;
  /** Requests sent (answered or not): the next run can start its questions after them. */
  sent: number;
  /** More requests went out than there are questions: some were sent twice. */
  wrapped: boolean;
}

/** POSTs messages with deliveryMode expectReplies to /api/messages, as a channel would. */
export async function driveMessages(url: string, options: DriveOptions): Promise<DriveResult> {
  let sent = 0;
  const result = await autocannon({
    url: `${url}/api/messages`,
    method: 'POST',
    connections: options.connections,
    ...(options.duration ? { duration: options.duration } : { amount: options.amount }),
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => {
          sent += 1;
          const conversation = options.conversationFor(sent);
          return {
            ...request,
            body: JSON.stringify({
              type: 'message',
              text: options.questions[(sent - 1) % options.questions.length],
              channelId: 'loadtest',
              serviceUrl: 'http://127.0.0.1:9/',
              from: { id: `user-${conversation}` },
              recipient: { id: 'bot' },
              conversation: { id: conversation },
              deliveryMode: 'expectReplies',
            }),
          };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    fiveXX: result['5xx'] ?? 0,
    sent,
    wrapped: sent > options.questions.length,
  };
}
