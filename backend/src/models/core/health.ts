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
    quotes: Type.Object(
      {
        source: Type.Union(
          [Type.Literal('none'), Type.Literal('in-process'), Type.Literal('remote')],
          {
            description:
              'Where this process gets prices: none, its own datafeed, or a datafeed process (DATAFEED_URL)',
          },
        ),
        connected: Type.Boolean({ description: 'False while a remote datafeed is out of reach' }),
        datafeed: Type.Optional(
          Type.String({ description: 'The datafeed instance a remote source reads now' }),
        ),
      },
      { description: 'The market data of this process' },
    ),
    instance: Type.Optional(
      Type.String({ description: "The process's name in its cluster (INSTANCE_NAME)" }),
    ),
  },
  { title: 'Health' },
);
export type Health = Static<typeof HealthSchema>;
