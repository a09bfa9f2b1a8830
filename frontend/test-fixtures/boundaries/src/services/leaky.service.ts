// Breaks generated-types-only-in-mappers: a service reaching for a generated type.
import type { paths } from '../clients_generated/api';

export type Leaked = paths['/health'];
