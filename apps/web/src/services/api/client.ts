import { deviceTokens } from '../device';
import { createApiClient } from './http-client';

/** The app's one HTTP client: same origin, with this browser's device token. */
export const api = createApiClient({ deviceToken: () => deviceTokens.load() });

export const callRoute = api.call;
