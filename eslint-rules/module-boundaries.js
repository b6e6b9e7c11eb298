// @ts-check
// A module is a folder api/src/modules/<group>/<module>/. Code outside it may import it only through
// its index.ts; `entryPoints` lists the few files (the routes list, the app) allowed to import a
// module's HTTP entry files directly. Paths in the options are relative to ESLint's working directory.
const path = require('node:path');

/**
 * `<group>/<module>` and the path inside it ('' for the folder itself), or null outside the modules root.
 * @param {string} modulesRoot
 * @param {string} file
 */
function moduleOf(modulesRoot, file) {
  const rel = path.relative(modulesRoot, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [group, name, ...rest] = rel.split(path.sep);
  if (!group || !name) return null;
  return { key: `${group}/${name}`, inner: rest.join('/') };
}

/** @param {string} inner */
const isIndex = (inner) => inner === '' || /^index(\.ts)?$/.test(inner);

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'A module is imported from outside only through its index.ts' },
    schema: [
      {
        type: 'object',
        properties: {
          modulesRoot: { type: 'string' },
          entryPoints: {
            type: 'array',
            items: {
              type: 'object',
              properties: { files: { type: 'array', items: { type: 'string' } }, allow: { type: 'string' } },
              required: ['files', 'allow'],
              additionalProperties: false,
            },
          },
        },
        required: ['modulesRoot'],
        additionalProperties: false,
      },
    ],
    messages: {
      deepImport: "'{{source}}' reaches into module {{target}}: import it through its index.ts.",
    },
  },
  create(context) {
    /** @type {{ modulesRoot: string, entryPoints?: { files: string[], allow: string }[] }} */
    const { modulesRoot, entryPoints = [] } = context.options[0];
    const cwd = context.cwd;
    const root = path.resolve(cwd, modulesRoot);
    const filename = path.resolve(cwd, context.filename);
    const from = moduleOf(root, filename);
    const allowed = entryPoints.filter((e) => e.files.some((f) => path.resolve(cwd, f) === filename)).map((e) => new RegExp(e.allow));

    /** @param {import('estree').ImportDeclaration | import('estree').ExportNamedDeclaration | import('estree').ExportAllDeclaration | import('estree').ImportExpression} node */
    function check(node) {
      const source = node.source?.type === 'Literal' ? node.source.value : null;
      if (!node.source || typeof source !== 'string' || !source.startsWith('.')) return;
      const target = moduleOf(root, path.resolve(path.dirname(filename), source));
      if (!target || target.key === from?.key || isIndex(target.inner)) return;
      if (allowed.some((re) => re.test(target.inner))) return;
      context.report({ node: node.source, messageId: 'deepImport', data: { source, target: target.key } });
    }

    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
