/** What globalSetup hands to every end-to-end test through `inject()`. */
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    moderatorToken: string;
    dataDir: string;
  }
}
