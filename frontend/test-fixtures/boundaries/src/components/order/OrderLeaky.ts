// Breaks ui-through-stores-and-services: a component using a plugin directly.
import { mapHealth } from '../../plugins/mappers';

export const shown = mapHealth({ status: 'ok' });
