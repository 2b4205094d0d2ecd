export { MediaSession, type MediaSessionOptions } from './media-session';
export { browserMediaEnvironment, type MediaEnvironment } from './media-context';
export {
  createMemoryMediaPreferences,
  createTabMediaPreferences,
  type MediaPreferences,
  type MediaPreferencesStore,
} from './media-preferences';
export type { DeviceOption, DeviceProblem } from './local-media';
export type { HardMutes, Restriction } from './restrictions';
export type {
  LocalSourceState,
  MediaNotice,
  MediaSnapshot,
  MediaStatus,
  RemoteTrack,
} from './types';
