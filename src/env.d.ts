// Ambient declarations for values Vite injects at build time.
/// <reference types="svelte" />
/// <reference types="vite/client" />

declare const __APP_VERSION__: string;

declare module 'swagger-ui-dist/swagger-ui-es-bundle.js' {
  interface SwaggerUiOptions {
    domNode: HTMLElement;
    url: string;
    deepLinking?: boolean;
    persistAuthorization?: boolean;
    tryItOutEnabled?: boolean;
    displayRequestDuration?: boolean;
    defaultModelsExpandDepth?: number;
  }
  /** The running Swagger UI: `specActions.download(url)` fetches and shows another document. */
  export interface SwaggerUiInstance {
    specActions: { download: (url: string) => void };
  }
  const SwaggerUI: (options: SwaggerUiOptions) => SwaggerUiInstance;
  export default SwaggerUI;
}

/** What ReDoc's standalone bundle sets on window when loaded as a classic script. */
interface Window {
  Redoc?: {
    /** Renders a document (or its URL) into `element`; `onLoaded` gets an error when it fails. */
    init(
      specOrUrl: unknown,
      options: Record<string, unknown>,
      element: HTMLElement,
      onLoaded?: (error?: unknown) => void,
    ): void;
  };
}
