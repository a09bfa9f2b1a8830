import { Type, type Static } from 'typebox';
import { IsoDateTimeSchema } from '../common.js';

export const HealthSchema = Type.Object(
  {
    status: Type.Literal('ok'),
    timestamp: IsoDateTimeSchema,
    modules: Type.Array(Type.String(), {
      description: 'Modules loaded in this process, core first',
    }),
    bus: Type.Object(
      {
        transport: Type.Union([Type.Literal('in-process'), Type.Literal('redis')], {
          description: 'in-process in one process; redis when REDIS_URL is set',
        }),
        connected: Type.Boolean({
          description:
            'False while the Redis link is down: the process runs, but its event streams refuse clients',
        }),
      },
      { description: 'The event bus that carries committed changes to every process' },
    ),
  },
  { title: 'Health' },
);
export type Health = Static<typeof HealthSchema>;
