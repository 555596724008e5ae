// The shared data module: pure TypeScript (no fs, no DOM, no Office.js). The add-in and the
// exporter read every fact through it.
export * from './vocab';
export * from './dates';
export * from './schema';
export * from './validate';
export * from './countries';
export * from './views';
export * from './template';
export * from './tables';
export * from './sheet';
export * from './release';
export * from './lookup';
export * from './panels';
