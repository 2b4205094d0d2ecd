export * from './staff';
export * from './routes';
export * from './groups';
export * from './invites';
export * from './moderation';
export * from './schedule';
export * from './checkin';
export * from './safety';
