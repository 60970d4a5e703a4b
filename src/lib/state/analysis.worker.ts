/** The analyses' worker: answers the page's requests (analysis-tasks.ts) off its main thread. */
import { analysisTasks } from './analysis-tasks';
import { serveRequests } from './worker-rpc';

serveRequests(analysisTasks);
