// Import boundaries (ARCHITECTURE §1): modules meet only through shared contracts; shared is
// infrastructure that never reaches into a module; models are pure schemas. In the terminal,
// generated types stay in the mappers and the UI reaches the backend only through services.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cross-module',
      comment: 'A module never imports another module; they talk through shared/ports or HTTP.',
      severity: 'error',
      from: { path: 'src/modules/([^/]+)/' },
      to: { path: 'src/modules/', pathNot: 'src/modules/$1/' },
    },
    {
      name: 'shared-not-to-modules',
      comment: 'shared/ is infrastructure for every module and knows none of them.',
      severity: 'error',
      from: { path: 'src/shared/' },
      to: { path: 'src/modules/' },
    },
    {
      name: 'shared-only-models',
      comment:
        'shared/ may import models/ (and the app configuration type), nothing else of the app.',
      severity: 'error',
      from: { path: 'src/shared/' },
      to: {
        path: '(^|/)src/',
        pathNot: ['src/(shared|models|modules)/', 'src/config\\.ts$'],
      },
    },
    {
      name: 'shared-config-types-only',
      comment: 'shared/ may know the shape of the configuration, not how it is loaded.',
      severity: 'error',
      from: { path: 'src/shared/' },
      to: { path: 'src/config\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'models-are-pure',
      comment:
        'models/ holds TypeBox schemas: it imports other models, typebox and the contract only.',
      severity: 'error',
      from: { path: 'src/models/' },
      to: {
        pathNot: ['src/models/', 'node_modules/typebox/', 'packages/contract/'],
      },
    },
    {
      name: 'market-is-browser-safe',
      comment:
        'packages/market runs in the browser too (the offline demo): no Node module in its ' +
        'shipped code (its tests may read files).',
      severity: 'error',
      from: { path: '(^|/)packages/market/src/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'market-imports-no-app',
      comment:
        'packages/market is the market both sides run; it may use the contract, never the ' +
        'backend or the frontend.',
      severity: 'error',
      from: { path: '(^|/)packages/market/' },
      to: { path: '(^|/)(backend|frontend)/src/' },
    },
    {
      name: 'no-test-code-in-src',
      comment: 'Shipped code never depends on tests or their fixtures.',
      severity: 'error',
      from: { path: '^(backend|frontend|packages/[^/]+)/src/' },
      to: { path: '^(backend|frontend|packages/[^/]+)/(test|e2e)/' },
    },
    {
      name: 'generated-types-only-in-mappers',
      comment:
        'Only frontend/src/plugins/mappers.ts imports the generated clients; the rest of the ' +
        'terminal uses frontend types, so a backend schema change surfaces in one file.',
      severity: 'error',
      from: {
        path: '^frontend/',
        pathNot: ['src/plugins/mappers\\.ts$', 'src/clients_generated/'],
      },
      to: { path: '^frontend/.*src/clients_generated/' },
    },
    {
      name: 'ui-through-stores-and-services',
      comment:
        'Views and components read stores and call services; sockets, REST clients and mappers ' +
        'stay behind the services.',
      severity: 'error',
      from: { path: '^frontend/.*src/(views|components)/' },
      to: { path: '^frontend/.*src/plugins/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
