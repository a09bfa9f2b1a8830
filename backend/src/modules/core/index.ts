import { defineModule } from '../../shared/module.js';
import { coreRoutes } from './core.routes.js';

export default defineModule({
  name: 'core',
  description: 'Health and API versions; always loaded',
  create: (ctx) => ({ routes: (app) => coreRoutes(app, ctx) }),
});
