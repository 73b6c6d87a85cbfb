/**
 * Watches folders and calls back once a burst of changes has settled (editors write a file in several
 * steps; a save of many files should rebuild once). IO edge: fs.watch, recursive.
 */
import { watch, type FSWatcher } from 'node:fs';

export interface Watcher {
  close(): void;
}

export function watchDebounced(dirs: readonly string[], delayMs: number, onChange: (files: string[]) => void): Watcher {
  let timer: NodeJS.Timeout | null = null;
  const changed = new Set<string>();
  const fire = (): void => {
    timer = null;
    const files = [...changed].sort();
    changed.clear();
    onChange(files);
  };
  const watchers: FSWatcher[] = dirs.map((dir) =>
    watch(dir, { recursive: true }, (_event, file) => {
      if (file && /(^|[/\\])\./.test(String(file))) return; // dotfiles: editor swap files, caches
      changed.add(file ? String(file) : dir);
      if (timer) clearTimeout(timer);
      timer = setTimeout(fire, delayMs);
    }),
  );
  return {
    close() {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
