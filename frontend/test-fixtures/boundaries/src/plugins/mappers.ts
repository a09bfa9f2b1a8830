// Allowed: the mappers are the one importer of generated types.
import type { paths as Paths_Api_Backend } from '../clients_generated/api';

export type Health = Paths_Api_Backend['/health']['get']['responses'][200];
export const mapHealth = (health: Health): string => health.status;
