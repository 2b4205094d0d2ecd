export * from './staff';
export * from './routes';
