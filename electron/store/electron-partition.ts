/** Partition files through electron-store (which extends conf): same options, same atomic writes. */
import Store from 'electron-store';
import { partitionOptions, wrapConf, type OpenPartition } from '../../core/store/partition-file.ts';

export const electronStorePartition: OpenPartition = (dir, name) => {
  // electron-store names the file with `name` and overwrites conf's `configName` with it (default
  // "config"), so the partition name must travel as `name` or every partition would share one file.
  const { configName, ...options } = partitionOptions(dir, name);
  return wrapConf(new Store<Record<string, unknown>>({ ...options, name: configName }));
};
