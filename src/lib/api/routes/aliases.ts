// Aliases: named pointers (champion, challenger, ...) at one version of a model.
import type { z } from 'zod';
import { deleteAlias, setAlias } from '../../db/models';
import { defineRoute, json, noContent } from '../route';
import { alias, aliasParams, setAliasBody } from '../schemas/registry';

type AliasParams = z.infer<typeof aliasParams>;

export const aliasRoutes = [
  defineRoute<AliasParams, Record<string, never>, z.infer<typeof setAliasBody>>({
    method: 'PUT',
    path: '/api/models/{name}/aliases/{alias}',
    summary: 'Point an alias at a version',
    description:
      'Creates the alias or moves it. Alias names match ^[A-Za-z_][A-Za-z0-9_-]*$ and may not look like a version (v12).',
    tag: 'registry',
    auth: true,
    params: aliasParams,
    body: setAliasBody,
    response: { status: 200, description: 'Where the alias now points.', schema: alias },
    errors: [{ status: 404, description: 'No such registered model or version.' }],
    handle: async ({ params, body }) =>
      json(await setAlias(params.name, params.alias, body.version)),
  }),

  defineRoute<AliasParams>({
    method: 'DELETE',
    path: '/api/models/{name}/aliases/{alias}',
    summary: 'Delete an alias',
    tag: 'registry',
    auth: true,
    params: aliasParams,
    response: { status: 204, description: 'Deleted.' },
    errors: [{ status: 404, description: 'No such registered model or alias.' }],
    handle: async ({ params }) => {
      await deleteAlias(params.name, params.alias);
      return noContent();
    },
  }),
];
