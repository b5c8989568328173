/**
 * The add-in's pages forbid 'unsafe-eval' in their Content-Security-Policy. zod probes once whether
 * it may compile fast parsers with `new Function`; under that policy the probe fails harmlessly, but
 * the browser still reports a CSP violation for it. `jitless` skips the probe (zod could not compile
 * there anyway, so parsing is unchanged). webpack runs this module first in every page's entry.
 */
import { z } from 'zod';

z.config({ jitless: true });
