import { CSRF_HEADER, httpRoutes, type HttpBody, type HttpRouteName } from '@haven/protocol';

export interface HttpResult {
  status: number;
  body: unknown;
  headers: Headers;
}

/**
 * A browser-like client for one person: keeps the session cookie and sends the CSRF token it
 * was given, like the web app does. Options let a test leave either out on purpose.
 */
export class HttpClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  deviceToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  async call<R extends HttpRouteName>(
    name: R,
    options: {
      params?: Record<string, string>;
      body?: HttpBody<R> | Record<string, unknown>;
      csrf?: boolean;
      origin?: string;
    } = {},
  ): Promise<HttpResult> {
    const spec = httpRoutes[name];
    const path = spec.path.replace(/:(\w+)/g, (_, key: string) =>
      encodeURIComponent(options.params?.[key] ?? ''),
    );
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && options.csrf !== false) headers[CSRF_HEADER] = this.csrfToken;
    if (this.deviceToken) headers.authorization = `Bearer ${this.deviceToken}`;
    if (options.origin) headers.origin = options.origin;
    const hasBody = spec.method !== 'GET';
    if (hasBody) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, {
      method: spec.method,
      headers,
      ...(hasBody && { body: JSON.stringify(options.body ?? {}) }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await res.text();
    const body: unknown = text ? JSON.parse(text) : null;
    if (
      body &&
      typeof body === 'object' &&
      'csrfToken' in body &&
      typeof body.csrfToken === 'string'
    )
      this.csrfToken = body.csrfToken;
    return { status: res.status, body, headers: res.headers };
  }
}

/** The token of a one-time link (it travels in the fragment). */
export const tokenOf = (link: string): string => new URL(link).hash.slice(1);
