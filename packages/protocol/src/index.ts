export * from './version';
export * from './errors';
export * from './result';
export * from './limits';
export * from './common';
export * from './chat';
export * from './session';
export * from './events';
