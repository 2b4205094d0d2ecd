import { Id, SessionInfo } from '@haven/protocol';

export type SessionInfoResult =
  { ok: true; info: SessionInfo } | { ok: false; reason: 'not-found' | 'unavailable' };

/** Loads what the join page shows. Never throws; an aborted request resolves as unavailable. */
export async function fetchSessionInfo(
  sessionId: string,
  signal?: AbortSignal,
): Promise<SessionInfoResult> {
  if (!Id.safeParse(sessionId).success) return { ok: false, reason: 'not-found' };
  try {
    const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}`, {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      signal: signal ?? null,
    });
    if (response.status === 404) return { ok: false, reason: 'not-found' };
    if (!response.ok) return { ok: false, reason: 'unavailable' };
    const parsed = SessionInfo.safeParse(await response.json());
    return parsed.success ? { ok: true, info: parsed.data } : { ok: false, reason: 'unavailable' };
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}
