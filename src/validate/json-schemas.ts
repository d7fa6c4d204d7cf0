import { z } from 'zod';
import { ConfigSchema, MinistryFileSchema } from './schemas.js';

/**
 * The rules between a task's status and its other keys, as draft-07
 * `if`/`then`, so an editor marks them as people type. Zod's object schema
 * cannot say them, so validation checks them in code (completed-missing,
 * completed-unexpected, the missing deadline) and they are written out here
 * again for editors; the schema test checks both agree on sample tasks.
 */
const STATUS_RULES = [
  {
    description: 'A done task says when it was completed',
    if: { properties: { status: { description: 'done', const: 'done' } }, required: ['status'] },
    then: { required: ['completed'] },
  },
  {
    description: '"completed" is only for a done task',
    if: { properties: { status: { description: 'any status but done', not: { const: 'done' } } }, required: ['status'] },
    then: { not: { required: ['completed'] } },
  },
  {
    description: 'Clear time: every task but a recurring one has a deadline',
    if: { properties: { status: { description: 'any status but recurring', not: { const: 'recurring' } } }, required: ['status'] },
    then: { required: ['deadline'] },
  },
];

/** schemas/*.json for editors: draft-07 (what YAML language servers read), as input. */
export function jsonSchemas(): Record<string, object> {
  const make = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }),
    title,
  });
  const ministry = make(MinistryFileSchema, 'p06 task file') as unknown as { properties: { tasks: { items: Record<string, unknown> } } };
  ministry.properties.tasks.items.allOf = STATUS_RULES;
  return {
    'ministry.schema.json': ministry,
    'config.schema.json': make(ConfigSchema, 'p06.yaml'),
  };
}
