// Worker threads do not inherit tsx's loader hooks on Node 20, so the worker loads its
// TypeScript entry through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./analyze-worker-main.ts', import.meta.url);
