import {
  CSRF_HEADER,
  httpRoutes,
  type HttpBody,
  type HttpReply,
  type HttpRouteName,
} from '@haven/protocol';
import type { HavenServer } from './fixtures';

/** A crisis line as a group lists it for its participants. */
export const NIGHT_LINE = {
  name: 'Night line',
  phone: '+44 800 123 456',
  hours: 'Every night, 18:00–06:00',
  description: 'Someone to talk to.',
};

/**
 * Staff work done through the HTTP API, for specs whose subject is what participants do in the
 * browser. It signs in like the web app: session cookie plus CSRF token.
 */
export class StaffApi {
  cookie = '';
  private csrf = '';

  private constructor(private readonly base: string) {}

  /** A facilitator created with the command-line tool, password set through its link. */
  static async facilitator(haven: HavenServer, email: string, name: string): Promise<StaffApi> {
    const made = (await haven.cli('create-facilitator', '--email', email, '--name', name)) as {
      link: string;
    };
    const api = new StaffApi(haven.url);
    const password = 'a long passphrase for the tests';
    await api.call('staff:set-password', {
      body: { token: new URL(made.link).hash.slice(1), password },
    });
    await api.call('auth:sign-in', { body: { email, password } });
    return api;
  }

  /** Someone who accepts a staff invite made by this facilitator. */
  async invitesStaff(
    role: 'moderator' | 'facilitator',
    email: string,
    name: string,
  ): Promise<StaffApi> {
    const { link } = await this.call('staff:invite', { body: { role } });
    const other = new StaffApi(this.base);
    await other.call('staff:accept-invite', {
      body: {
        token: new URL(link).hash.slice(1),
        name,
        email,
        password: 'another long passphrase',
      },
    });
    return other;
  }

  /**
   * An open English group with its agreement (and, if given, its crisis resources in English)
   * and a session without a lobby: where most specs begin.
   */
  async openCircle(
    haven: HavenServer,
    name: string,
    resources: (typeof NIGHT_LINE)[] = [],
  ): Promise<{ groupId: string; sessionId: string; link: string }> {
    const group = await this.call('groups:create', {
      body: {
        name,
        language: 'en',
        visibility: 'open',
        agreement: 'What is said here stays here.',
      },
    });
    if (resources.length > 0)
      await this.call('safety:set-group-resources', {
        params: { groupId: group.id, locale: 'en' },
        body: { resources },
      });
    const session = await this.call('sessions:create', {
      params: { groupId: group.id },
      body: { title: 'Evening circle', lobby: false },
    });
    return { groupId: group.id, sessionId: session.id, link: `${haven.url}/s/${session.id}` };
  }

  /** Makes another staff member a moderator of one of this facilitator's groups. */
  async assignModerator(groupId: string, moderator: StaffApi): Promise<void> {
    const { staff } = await moderator.call('auth:me');
    await this.call('groups:assign-staff', {
      params: { groupId, staffId: staff.id },
      body: { role: 'moderator' },
    });
  }

  async call<R extends HttpRouteName>(
    name: R,
    options: { params?: Record<string, string>; body?: HttpBody<R> } = {},
  ): Promise<HttpReply<R>> {
    const spec = httpRoutes[name];
    const path = spec.path.replace(/:(\w+)/g, (_, k: string) => options.params?.[k] ?? '');
    const res = await fetch(`${this.base}${path}`, {
      method: spec.method,
      headers: {
        'content-type': 'application/json',
        ...(this.cookie && { cookie: this.cookie }),
        ...(this.csrf && { [CSRF_HEADER]: this.csrf }),
      },
      ...(spec.method !== 'GET' && { body: JSON.stringify(options.body ?? {}) }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const body = (await res.json()) as HttpReply<R> & { csrfToken?: string };
    if (!res.ok) throw new Error(`${name}: ${res.status} ${JSON.stringify(body)}`);
    if (body.csrfToken) this.csrf = body.csrfToken;
    return body;
  }

  /** The session cookie in the shape Playwright's context.addCookies takes. */
  cookieFor(url: string): { name: string; value: string; url: string } {
    const [name = '', value = ''] = this.cookie.split('=');
    return { name, value, url };
  }
}
