// A worker that reads returned workbooks for the CLI run from its sources (the bundled CLI is its own worker).
require('tsx/cjs');
require('./returns.ts').serveReads();
