import { Type, type Static } from 'typebox';
import { ResolutionSchema } from './instruments.js';

export const DatafeedConfigurationSchema = Type.Object(
  {
    supported_resolutions: Type.Array(ResolutionSchema),
    exchanges: Type.Array(
      Type.Object({ value: Type.String(), name: Type.String(), desc: Type.String() }),
    ),
    symbols_types: Type.Array(Type.Object({ name: Type.String(), value: Type.String() })),
    supports_search: Type.Boolean(),
    supports_group_request: Type.Boolean(),
    supports_marks: Type.Boolean(),
    supports_timescale_marks: Type.Boolean(),
    supports_time: Type.Boolean(),
  },
  { title: 'DatafeedConfiguration' },
);
export type DatafeedConfiguration = Static<typeof DatafeedConfigurationSchema>;
