import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import rule from './module-boundaries';

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const options = [{ modulesRoot: 'api/src/modules', entryPoints: [{ files: ['api/src/routes.ts'], allow: '\\.routes$' }] }];
const file = (rel: string) => path.resolve(process.cwd(), rel);
const orders = file('api/src/modules/marketplace/orders/orders.service.ts');

tester.run('module-boundaries', rule, {
  valid: [
    { name: 'own module, any depth', filename: orders, code: "import { transition } from './order'; import { x } from './sub/deep';", options },
    { name: "another module's folder", filename: orders, code: "import { postLedger } from '../../money/ledger';", options },
    { name: "another module's index", filename: orders, code: "import { postLedger } from '../../money/ledger/index';", options },
    { name: 'outside the modules', filename: orders, code: "import { notFound } from '../../../http/errors'; import { z } from 'zod';", options },
    { name: 'type-only, through the index', filename: orders, code: "import type { Money } from '../../money/currencies';", options },
    { name: 'an entry point importing routes', filename: file('api/src/routes.ts'), code: "import { ordersRoutes } from './modules/marketplace/orders/orders.routes';", options },
    { name: 'a file outside any module, through the index', filename: file('api/src/worker.ts'), code: "import { relay } from './modules/platform/outbox';", options },
  ],
  invalid: [
    {
      name: "another module's repository",
      filename: file('api/src/modules/money/settlement/settlement.ts'),
      code: "import { lockOrder } from '../../marketplace/orders/orders.repository';",
      options,
      errors: [{ messageId: 'deepImport', data: { source: '../../marketplace/orders/orders.repository', target: 'marketplace/orders' } }],
    },
    { name: 'type-only imports too', filename: orders, code: "import type { Ledger } from '../../money/ledger/ledger';", options, errors: [{ messageId: 'deepImport' }] },
    {
      name: 're-exports and dynamic imports',
      filename: orders,
      code: "export { a } from '../../money/ledger/ledger'; export * from '../../money/ledger/escrow'; void import('../../risk/scoring/decision');",
      options,
      errors: 3,
    },
    {
      name: 'a module in the same group',
      filename: orders,
      code: "import { u } from '../users/users.repository';",
      options,
      errors: [{ messageId: 'deepImport', data: { source: '../users/users.repository', target: 'marketplace/users' } }],
    },
    { name: 'outside any module', filename: file('api/src/worker.ts'), code: "import { relay } from './modules/platform/outbox/outbox';", options, errors: 1 },
    {
      name: 'an entry point, beyond what it may import',
      filename: file('api/src/routes.ts'),
      code: "import { s } from './modules/marketplace/orders/orders.service';",
      options,
      errors: 1,
    },
  ],
});
