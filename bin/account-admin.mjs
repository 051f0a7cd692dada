#!/usr/bin/env node
// The `account-admin` command: runs the TypeScript CLI (cli/main.ts) through tsx, registered here so
// that it resolves from this package wherever the command is started.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
