import { z } from 'zod';
import { ConfigSchema, MinistryFileSchema } from './schemas.js';

/** schemas/*.json for editors: draft-07 (what YAML language servers read), as input. */
export function jsonSchemas(): Record<string, object> {
  const make = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }),
    title,
  });
  return {
    'ministry.schema.json': make(MinistryFileSchema, 'p06 task file'),
    'config.schema.json': make(ConfigSchema, 'p06.yaml'),
  };
}
