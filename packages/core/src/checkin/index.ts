export * from './codes';
export * from './roster';
export * from './mood';
export * from './disclosure';
export * from './returning';
