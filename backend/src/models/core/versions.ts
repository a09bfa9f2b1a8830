import { Type, type Static } from 'typebox';
import { IsoDateSchema } from '../common.js';

export const ApiVersionStatusSchema = Type.Union(
  [
    Type.Literal('stable'),
    Type.Literal('beta'),
    Type.Literal('deprecated'),
    Type.Literal('retired'),
  ],
  { title: 'ApiVersionStatus' },
);

export const ApiVersionSchema = Type.Object(
  {
    version: Type.String({ pattern: '^v[0-9]+$' }),
    status: ApiVersionStatusSchema,
    releaseDate: Type.Optional(IsoDateSchema),
    deprecationDate: Type.Optional(IsoDateSchema),
  },
  { title: 'ApiVersion' },
);
export type ApiVersion = Static<typeof ApiVersionSchema>;

export const VersionsSchema = Type.Object(
  {
    current: Type.String({ pattern: '^v[0-9]+$' }),
    versions: Type.Array(ApiVersionSchema),
  },
  { title: 'Versions' },
);
export type Versions = Static<typeof VersionsSchema>;
