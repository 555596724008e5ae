// The Dataset's field of a data table is the table's id in camelCase. Its own module, free of zod,
// so that the views and tables the pane's first screen uses need not load the validator.

/** snake_case to camelCase, in the type system: heads_of_government_meetings -> headsOfGovernmentMeetings. */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
export const camelCase = <S extends string>(text: S) => text.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<S>;
