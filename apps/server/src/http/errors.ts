import type { ErrorCode } from '@haven/protocol';
import type { Response } from 'express';

/** HTTP errors carry the same body as socket errors. */
export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } });
}
