import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '#app/eventsourcing';
import { NOT_PERSONAL as N, personal } from '#app/shared-kernel';
import { newSubjectKey } from '../crypto/master-key.js';
import { decryptField, encryptField, tokenSubject } from '../crypto/personal-token.js';
import { encryptPlan, PersonalDataClassification, RESERVED_TEXT, SUBJECT_UNKNOWN, subjectsOf } from './personal-fields.js';

const classification = new PersonalDataClassification({
  ProspectAdded: { prospectId: N, name: N, 'contact.name': personal('contact', 'prospectId'), 'contact.email': personal('contact', 'prospectId'), assignedSalespersonName: personal('employee', 'assignedSalespersonId'), assignedSalespersonId: N },
  PlanSubmitted: { planId: N, 'targets[].salespersonId': N, 'targets[].salespersonName': personal('employee', '.salespersonId'), 'problems[]': N },
});

const metadata = { actorId: 'sue', actorName: 'Sue Supervisor', actorRole: 'supervisor', comment: 'ok' };

describe('applying the classification to an event', () => {
  it('finds each personal text and whose it is: fields of the data, siblings in arrays, the actor in the metadata', () => {
    const event = {
      type: 'PlanSubmitted',
      data: { planId: 'p', targets: [{ salespersonId: 'ann', salespersonName: 'Ann Sales' }, { salespersonId: 'bob', salespersonName: 'Bob Chen' }], problems: ['Slow'] },
      metadata,
    };
    const plan = classification.plan(event);
    expect(plan.pending.map((p) => [p.subjectId, p.plain])).toEqual([
      ['employee:ann', 'Ann Sales'],
      ['employee:bob', 'Bob Chen'],
      ['employee:sue', 'Sue Supervisor'],
    ]);
    const keys = new Map([...subjectsOf([plan])].map((s) => [s, newSubjectKey()]));
    const stored = encryptPlan(plan, keys);
    expect(event.data.targets[0]!.salespersonName).toBe('Ann Sales');
    expect(stored.data.targets.map((t) => tokenSubject(t.salespersonName))).toEqual(['employee:ann', 'employee:bob']);
    expect(decryptField(stored.data.targets[1]!.salespersonName, keys.get('employee:bob')!)).toBe('Bob Chen');
    expect(decryptField(stored.metadata.actorName, keys.get('employee:sue')!)).toBe('Sue Supervisor');
    expect(stored.data.problems).toEqual(['Slow']);
    expect(stored.metadata.comment).toBe('ok');
  });

  it('leaves the system actor, absent optional fields and events of unclassified types alone', () => {
    const system = classification.plan({ type: 'ProspectAdded', data: { prospectId: 'p-1', name: 'Acme', contact: { name: 'Li Wei' } }, metadata: { actorId: 'system', actorName: 'salesflow' } });
    expect(system.pending.map((p) => p.subjectId)).toEqual(['contact:p-1']);
    expect(classification.plan({ type: 'Unrelated', data: { note: 'anything' } }).pending).toEqual([]);
  });

  it('keeps text already encrypted for the same subject (copied from an earlier event), and refuses another subject’s', () => {
    const key = newSubjectKey();
    const copied = encryptField('employee:ann', key, 'Ann Sales');
    const event = (name: string) => ({ type: 'PlanSubmitted', data: { planId: 'p', targets: [{ salespersonId: 'ann', salespersonName: name }], problems: [] } });
    expect(encryptPlan(classification.plan(event(copied)), new Map()).data.targets[0]!.salespersonName).toBe(copied);
    expect(() => classification.plan(event(encryptField('employee:bob', key, 'Bob')))).toThrow(/another subject/);
  });

  it('refuses text that looks encrypted where no personal field is, so nothing can pass for someone’s data', () => {
    const plan = () => classification.plan({ type: 'ProspectAdded', data: { prospectId: 'p-1', name: 'pii:1:contact:p-2:AAAA', contact: { name: 'Li' } } });
    expect(plan).toThrow(ValidationError);
    expect(plan).toThrow(expect.objectContaining({ code: RESERVED_TEXT }) as never);
    expect(() => classification.plan({ type: 'Unrelated', data: {}, metadata: { comment: 'pii:1:x' } })).toThrow(ValidationError);
  });

  it('refuses personal text that does not say whose it is', () => {
    const plan = () => classification.plan({ type: 'ProspectAdded', data: { prospectId: 'p-1', name: 'Acme', contact: { name: 'Li' }, assignedSalespersonName: 'Ann' } });
    expect(plan).toThrow(expect.objectContaining({ code: SUBJECT_UNKNOWN }) as never);
    expect(() => classification.plan({ type: 'Unrelated', data: {}, metadata: { actorName: 'Someone' } })).toThrow(expect.objectContaining({ code: SUBJECT_UNKNOWN }) as never);
  });
});
