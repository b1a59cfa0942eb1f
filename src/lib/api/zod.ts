// The app's one door to zod at run time: it is configured here, before any schema is built.
// Jitless, because zod's fast path compiles parsers with `new Function`, which the page's
// content security policy refuses, and Firefox reports even zod's own probe for it.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- this is the door
import { z } from 'zod';

z.config({ jitless: true });

export { z };
