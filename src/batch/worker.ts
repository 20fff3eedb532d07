/** The piscina worker: runs one document's task per call. Built to dist/batch/worker.js. */
import { runTask } from './task.js';

export default runTask;
