import { Observable } from 'rxjs/Observable';

// Node 20 has no WebSocket; botframework-directlinejs checks for it even when polling.
(globalThis as any).WebSocket ??= class {};

/**
 * The client's HTTP goes through rxjs' browser ajax (XMLHttpRequest), which Node lacks; the
 * client accepts a replacement, so the same protocol calls go through fetch here.
 */
export function fetchAjax(request: { method?: string; url: string; headers?: Record<string, string>; body?: unknown }) {
  return Observable.create((observer: any) => {
    fetch(request.url, {
      method: request.method ?? 'GET',
      headers: Object.keys(request.headers ?? {}).some((h) => h.toLowerCase() === 'content-type')
        ? request.headers
        : { 'content-type': 'application/json', ...(request.headers ?? {}) },
      body: request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body),
    })
      .then(async (response) => {
        const text = await response.text();
        const result = { status: response.status, response: text ? JSON.parse(text) : null };
        if (response.status >= 400) observer.error(result);
        else {
          observer.next(result);
          observer.complete();
        }
      })
      .catch((error) => observer.error({ status: 0, error }));
  });
}
