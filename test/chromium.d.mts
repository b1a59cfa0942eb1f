// Types of chromium.mjs for TypeScript callers.
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
