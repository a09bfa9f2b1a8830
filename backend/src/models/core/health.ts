import { Type, type Static } from 'typebox';
import { IsoDateTimeSchema } from '../common.js';

export const HealthSchema = Type.Object(
  {
    status: Type.Literal('ok'),
    timestamp: IsoDateTimeSchema,
    modules: Type.Array(Type.String(), {
      description: 'Modules loaded in this process, core first',
    }),
  },
  { title: 'Health' },
);
export type Health = Static<typeof HealthSchema>;
