// Types of layers.mjs for the TypeScript tests that read the same table (test/layers.test.ts).
export interface Layer {
  folder: string;
  imports: string[];
  folders?: string[];
  pure?: boolean;
  packages?: string[];
}
export declare const LAYERS: Record<string, Layer>;
export declare function layerOf(path: string): string | undefined;
export declare function importProblem(file: string, source: string): string | undefined;
export declare const IMPURE_GLOBALS: { name: string; message: string }[];
export declare const layersPlugin: { rules: Record<string, unknown> };
