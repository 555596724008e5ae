// The vocabularies are declared beside the tables that use them (templates/vocab.ts).
export * from '../../templates/vocab';
