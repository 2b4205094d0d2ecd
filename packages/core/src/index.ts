export * from './ports';
export * from './policy';
export * from './text-rules';
export * from './rate-limit';
export * from './lifecycle';
export * from './presence';
export * from './membership';
export * from './media';
