// The declaration types live beside the declarations (templates/schema-types.ts).
export * from '../../templates/schema-types';
