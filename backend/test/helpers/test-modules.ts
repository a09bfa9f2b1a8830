// Modules that exist only in tests, to exercise the factory with behaviour core does not have
// (a slow route, domain errors, a crash). They are handed to createApp as module entries.
import { Type } from 'typebox';
import { errorResponses } from '../../src/models/common.js';
import { BadRequestError, ConflictError, NotFoundError } from '../../src/shared/http/errors.js';
import { defineModule, type ModuleDefinition } from '../../src/shared/module.js';
import { discoverModules, type ModuleEntry } from '../../src/shared/registry.js';

export const probeModule = defineModule({
  name: 'probe',
  description: 'Test-only routes that fail in every way a service can',
  create: () => ({
    routes: (app) => {
      app.get(
        '/items/:id',
        {
          schema: {
            operationId: 'getProbeItem',
            summary: 'Domain errors by id',
            tags: ['probe'],
            params: Type.Object({ id: Type.String({ pattern: '^[a-z]+$' }) }),
            response: { 200: Type.Object({ id: Type.String() }), ...errorResponses },
          },
        },
        (request) => {
          const { id } = request.params;
          if (id === 'missing') throw new NotFoundError(`Item ${id} not found`);
          if (id === 'done') throw new ConflictError(`Item ${id} is already done`);
          if (id === 'bad') throw new BadRequestError('id: "bad" is not allowed');
          if (id === 'crash') throw new Error('database password is hunter2');
          return { id };
        },
      );
      app.post(
        '/slow',
        {
          schema: {
            operationId: 'postProbeSlow',
            summary: 'Answers after a delay',
            tags: ['probe'],
            body: Type.Object({ delayMs: Type.Integer({ minimum: 0, maximum: 2000 }) }),
            response: { 200: Type.Object({ waited: Type.Integer() }), ...errorResponses },
          },
        },
        async (request) => {
          await new Promise((resolve) => setTimeout(resolve, request.body.delayMs));
          return { waited: request.body.delayMs };
        },
      );
    },
  }),
});

export function entryOf(definition: ModuleDefinition): ModuleEntry {
  return { name: definition.name, load: async () => definition };
}

/** The shipped modules plus the probe. */
export function modulesWithProbe(): ModuleEntry[] {
  return [...discoverModules(), entryOf(probeModule)];
}
