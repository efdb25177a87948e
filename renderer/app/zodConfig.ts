import { z } from 'zod';

// The Content-Security-Policy forbids eval, which zod probes for when schemas are built.
// Imported first by main.tsx, so that this runs before any schema module.
z.config({ jitless: true });
