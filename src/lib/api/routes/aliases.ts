// Aliases: named pointers (champion, challenger, ...) at one version of a model.
import type { z } from 'zod';
import { aliasHistory, listAliases } from '../../db/alias-rules';
import { deleteAlias, setAlias } from '../../db/aliases';
import { getRegisteredModel } from '../../db/models';
import { defineRoute, json, noContent } from '../route';
import { modelNameParams } from '../schemas/common';
import { alias, aliasList, aliasParams, setAliasBody } from '../schemas/registry';

type AliasParams = z.infer<typeof aliasParams>;

export const aliasRoutes = [
  defineRoute<z.infer<typeof modelNameParams>>({
    method: 'GET',
    path: '/api/models/{name}/aliases',
    summary: "List a model's aliases and their history",
    description: 'Where each alias points now, and every move (who, from, to, when), newest first.',
    tag: 'registry',
    auth: false,
    params: modelNameParams,
    response: { status: 200, description: 'The aliases and their history.', schema: aliasList },
    errors: [{ status: 404, description: 'No registered model has this name.' }],
    handle: async ({ params }) => {
      await getRegisteredModel(params.name);
      const [aliases, history] = await Promise.all([
        listAliases(params.name),
        aliasHistory(params.name),
      ]);
      return json({
        aliases: aliases.map(({ alias: name, version, updated_at }) => ({
          alias: name,
          version,
          updated_at,
        })),
        history: history.map(({ alias: name, from_version, to_version, at, actor }) => ({
          alias: name,
          from_version,
          to_version,
          at,
          actor,
        })),
      });
    },
  }),

  defineRoute<AliasParams, Record<string, never>, z.infer<typeof setAliasBody>>({
    method: 'PUT',
    path: '/api/models/{name}/aliases/{alias}',
    summary: 'Point an alias at a version',
    description:
      'Creates the alias or moves it. Alias names match ^[A-Za-z_][A-Za-z0-9_-]*$ and may not look like a version (v12). ' +
      "Moving `champion` to a version whose run fails the model's promotion rules is refused with 409 and `failed_rules`.",
    tag: 'registry',
    auth: true,
    params: aliasParams,
    body: setAliasBody,
    response: { status: 200, description: 'Where the alias now points.', schema: alias },
    errors: [
      { status: 404, description: 'No such registered model or version.' },
      {
        status: 409,
        description:
          'The version fails a promotion rule: `failed_rules` says which and by how much.',
      },
    ],
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
