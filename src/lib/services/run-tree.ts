// The Runs table as MLflow shows it: child runs (sweep trials, k-fold folds) sit under
// their parent, folded until it is opened, in the table's order; a child that a search
// matches without its parent is listed on its own.
import type { RunRow } from './run-columns';

export interface TreeRow {
  readonly row: RunRow;
  /** 0 for a top-level run, 1 for its children, and so on. */
  readonly depth: number;
  /** How many listed runs are its children (the disclosure button shows when there are). */
  readonly childCount: number;
  readonly expanded: boolean;
  /** A child run listed without its parent (the search left the parent out, say). */
  readonly detached: boolean;
}

/** The run's parent: the column, or MLflow's tag for runs that came in through the API. */
export function parentOf(row: RunRow): string | null {
  return row.run.info.parent_run_id || row.tags['mlflow.parentRunId'] || null;
}

/**
 * The rows to show, given the matching runs in table order and the runs opened: each top-level
 * run in order, each opened run's children right under it, in the same order. Linear in the
 * runs; a cycle of parent ids (only bad imported data makes one) is shown from where it is met.
 */
export function runTree(rows: readonly RunRow[], expanded: ReadonlySet<string>): TreeRow[] {
  const listed = new Set(rows.map((row) => row.run_id));
  const children = new Map<string, RunRow[]>();
  const tops: RunRow[] = [];
  for (const row of rows) {
    const parent = parentOf(row);
    if (parent !== null && parent !== row.run_id && listed.has(parent)) {
      const siblings = children.get(parent);
      if (siblings) siblings.push(row);
      else children.set(parent, [row]);
    } else {
      tops.push(row);
    }
  }

  const shown: TreeRow[] = [];
  const placed = new Set<string>();
  // Depth first with a stack of its own (a long chain of parents cannot overflow the call
  // stack); every run is placed once, shown or folded away, so that a cycle ends.
  const walk = (root: RunRow, detached: boolean) => {
    placed.add(root.run_id);
    const stack = [{ row: root, depth: 0, visible: true, detached }];
    for (let item = stack.pop(); item; item = stack.pop()) {
      const { row, depth, visible } = item;
      const kids = (children.get(row.run_id) ?? []).filter((kid) => !placed.has(kid.run_id));
      for (const kid of kids) placed.add(kid.run_id);
      const open = visible && kids.length > 0 && expanded.has(row.run_id);
      if (visible) {
        shown.push({
          row,
          depth,
          childCount: kids.length,
          expanded: open,
          detached: item.detached,
        });
      }
      const next = kids.map((kid) => ({
        row: kid,
        depth: depth + 1,
        visible: open,
        detached: false,
      }));
      stack.push(...next.reverse());
    }
  };
  for (const top of tops) walk(top, parentOf(top) !== null);
  for (const row of rows) if (!placed.has(row.run_id)) walk(row, true);
  return shown;
}
