// `import … from '@gtm/shared/attribution'`: the attribution domain without the rest (src/attribution.ts).
export * from './dist/attribution';
