import type { User } from '../../support/api-harness.js';
import { ann, applicationBody, bob, creditCheckBody, mgr, prospectBody, reportBody, sup } from '../../support/prospect-requests.js';
import type { LiveServer } from './live-server.js';

/** A few prospects of north in different stages (none converted: a conversion would add an actual to the plans). */
export async function seedProspects(server: LiveServer): Promise<void> {
  const ok = async (path: string, as: User, body: unknown = {}) => {
    const res = await server.request('POST', path, { as, body });
    if (res.status >= 300) throw new Error(`${path} as ${as.sub}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const p = (id: string, path = '') => `/api/prospects/${id}${path}`;

  const developing = (await ok('/api/prospects', ann, prospectBody({ name: 'Qilu Cold Chain Co., Ltd.', industry: 'Cold chain logistics', region: 'Shandong' }))).prospectId;
  await ok(p(developing, '/credit-checks'), ann, creditCheckBody({ legalName: 'Qilu Cold Chain Co., Ltd.', investigatedOn: '2027-02-10' }));
  await ok(p(developing, '/screen'), sup, { outcome: 'key_prospect' });
  await ok(p(developing, '/application'), ann, applicationBody());
  await ok(p(developing, '/application/supervisor-review'), sup, { decision: 'approve' });
  await ok(p(developing, '/application/manager-review'), mgr, { decision: 'approve' });
  await ok(p(developing, '/development/start'), ann);
  await ok(p(developing, '/reports'), ann, reportBody({ stage: 'proposal' }));
  await ok(p(developing, '/reports/1/comments'), sup, { comment: 'Bring the service team to the next visit' });

  const investigated = (await ok('/api/prospects', sup, prospectBody({ name: 'Jinan Frozen Foods Ltd.', industry: 'Food processing', region: 'Shandong' }))).prospectId;
  await ok(p(investigated, '/assign'), sup, { salespersonId: 'bob', salespersonName: 'Bob' });
  await ok(p(investigated, '/credit-checks'), bob, creditCheckBody({ legalName: 'Jinan Frozen Foods Ltd.', investigatedOn: '2027-02-12', investigator: 'Bob' }));

  await ok('/api/prospects', ann, prospectBody({ name: 'Hebei Ice Works', industry: 'Retail', region: 'Hebei' }));
}
