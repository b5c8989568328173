import { z } from 'zod';
import { Campaign } from '../../core';
import type { Context } from '../io';
import { EXIT } from '../io';

/** The campaign file's JSON Schema, generated from the zod schema so the two cannot drift. */
export function campaignJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Campaign, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

export function runSchema(ctx: Context): number {
  ctx.out(JSON.stringify(campaignJsonSchema(), null, 2));
  return EXIT.ok;
}
