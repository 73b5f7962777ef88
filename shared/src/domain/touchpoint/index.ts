export * from './touchpoint';
