// Which version of a registered model a request means: a number, an alias, or neither (the
// default rule: the `champion` alias, else the latest version).

export type VersionSelector = { version: number } | { alias: string } | Record<string, never>;

/** The selector that an optional version and alias name; a version wins over an alias. */
export function versionSelector(choice: {
  version?: number | undefined;
  alias?: string | undefined;
}): VersionSelector {
  if (choice.version !== undefined) return { version: choice.version };
  if (choice.alias !== undefined) return { alias: choice.alias };
  return {};
}
