// Stands for a generated client in the import-boundary fixture.
export interface paths {
  '/health': { get: { responses: { 200: { status: string } } } };
}
