export * from './local-time';
export * from './recurrence';
export * from './room-window';
export * from './rsvp';
