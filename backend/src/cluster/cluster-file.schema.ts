// The shape of the cluster file (docs/cluster.md#the-cluster-file). The schema checks each value
// alone; what needs the whole file (port collisions, where each module runs) is in
// cluster-rules.ts.
import { Type, type Static } from 'typebox';

const Port = Type.Integer({ minimum: 1, maximum: 65535 });

export const ServerSchema = Type.Object(
  {
    modules: Type.Array(Type.String(), { minItems: 1 }),
    port: Port,
    instances: Type.Optional(Type.Integer({ minimum: 1, maximum: 64 })),
  },
  { additionalProperties: false },
);

export const ClusterFileSchema = Type.Object(
  {
    gateway: Type.Optional(Type.Object({ port: Port }, { additionalProperties: false })),
    database: Type.Optional(Type.String()),
    redis: Type.Optional(Type.String()),
    servers: Type.Record(Type.String(), ServerSchema, { minProperties: 1 }),
    websocket: Type.Optional(
      Type.Object(
        {
          routing: Type.Enum(['path', 'query']),
          param: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export type ClusterFile = Static<typeof ClusterFileSchema>;
export type ServerEntry = Static<typeof ServerSchema>;

export const DEFAULT_GATEWAY_PORT = 8000;
export const DEFAULT_WS_PARAM = 'type';

/** A valid cluster file with its defaults filled in. */
export interface Cluster {
  gatewayPort: number;
  database: string | undefined;
  redis: string | undefined;
  /** In the order of the file. */
  servers: ClusterServer[];
  websocket: { routing: 'path' } | { routing: 'query'; param: string };
}

export interface ClusterServer {
  name: string;
  modules: string[];
  /** The first instance's port; instance i (from 0) listens on port + i. */
  port: number;
  instances: number;
}
