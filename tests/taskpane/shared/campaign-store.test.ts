import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue, RawReturn, Result } from '../../../src/core';
import { campaignReducer, editsOf, initialCampaignState, presetKey } from '../../../src/taskpane/shared/campaign-store';
import type { CampaignAction, CampaignState } from '../../../src/taskpane/shared/campaign-store';
import { smallCampaign } from '../../helpers/campaign';

const campaign = smallCampaign();
const other = { ...smallCampaign(), title: 'Một chiến dịch khác' };
const issue: Issue = { severity: 'error', code: 'reader.notXlsx', unit: '', file: 'a.pdf', sheet: '', cell: '', indicator: '', path: '', column: '', params: {} };
const notRead: Result<RawReturn, Issue[]> = { ok: false, error: [issue] };

/** The state a fresh pane starts from, with `changes` on top. */
function given(changes: Partial<CampaignState> = {}): CampaignState {
  return { ...initialCampaignState('Mẫu A', 2025, 'r1'), ...changes };
}

describe('initialCampaignState', () => {
  it('should start on the preset given, the year as text, nothing read yet', () => {
    expect(initialCampaignState('Mẫu A', 2025, 'r1')).toEqual({
      presetName: 'Mẫu A',
      yearText: '2025',
      random: 'r1',
      source: 'preset',
      planText: '',
      planReading: undefined,
      file: undefined,
      fileFailure: undefined,
      workbookCampaign: undefined,
      editing: undefined,
      unitList: undefined,
      parentLink: { kind: 'asCampaign' },
      parentLinkFailure: undefined,
      status: { kind: 'idle' },
      returns: { files: [], sheetReturns: undefined, nextId: 1 },
    });
  });
});

describe('campaignReducer', () => {
  const saved = { kind: 'saved', fileName: 'so.xlsx' } as const;
  const file = { campaign, fileName: 'chien-dich.json' };
  const cases: readonly (readonly [string, CampaignState, CampaignAction, Partial<CampaignState>])[] = [
    ['picking a preset goes back to the presets', given({ source: 'file', file, status: saved }), { type: 'presetSelected', name: 'Mẫu B' }, { presetName: 'Mẫu B', source: 'preset', status: { kind: 'idle' }, file }],
    ['typing a year goes back to the presets', given({ source: 'plan', status: saved }), { type: 'yearTyped', text: '2030' }, { yearText: '2030', source: 'preset', status: { kind: 'idle' } }],
    ['typing plan text changes nothing else', given({ source: 'plan', status: saved }), { type: 'planTyped', text: 'Kế hoạch' }, { planText: 'Kế hoạch', source: 'plan', status: saved, planReading: undefined }],
    ['reading an empty plan gives empty and leaves the plan', given({ source: 'plan', planText: '  ', status: saved }), { type: 'planRead' }, { planReading: { kind: 'empty' }, source: 'preset', status: { kind: 'idle' } }],
    ['reading a plan keeps a file in use', given({ source: 'file', file, planText: '' }), { type: 'planRead' }, { planReading: { kind: 'empty' }, source: 'file' }],
    ['supplying a field before a plan was read changes nothing read', given({ status: saved }), { type: 'planFieldSupplied', field: 'planDate', value: '2025-01-01' }, { planReading: undefined, status: { kind: 'idle' } }],
    ['opening a plan file leaves the plan', given({ source: 'plan' }), { type: 'planFileOpening', fileName: 'ke-hoach.docx' }, { planReading: { kind: 'opening', fileName: 'ke-hoach.docx' }, source: 'preset' }],
    ['a plan file that fails says why', given(), { type: 'planFileFailed', code: 'plan.file.unreadable', params: { file: 'a.docx', detail: 'x' } }, { planReading: { kind: 'fileFailed', code: 'plan.file.unreadable', params: { file: 'a.docx', detail: 'x' } } }],
    ['an empty opened plan file fills the box', given(), { type: 'planFileOpened', text: ' ' }, { planText: ' ', planReading: { kind: 'empty' } }],
    ['a campaign file opened is in use', given({ fileFailure: { fileName: 'x.json', issues: [issue] }, status: saved }), { type: 'campaignFileOpened', campaign, fileName: 'chien-dich.json' }, { file, fileFailure: undefined, source: 'file', status: { kind: 'idle' } }],
    ['a campaign file refused keeps the source', given({ source: 'preset' }), { type: 'campaignFileFailed', failure: { fileName: 'x.json', issues: [issue] } }, { fileFailure: { fileName: 'x.json', issues: [issue] }, source: 'preset' }],
    ['the open master found at start is taken over the presets', given(), { type: 'workbookCampaignRead', read: { kind: 'found', campaign } }, { workbookCampaign: { kind: 'found', campaign }, source: 'workbook' }],
    ['the open master found late does not replace a file chosen meanwhile', given({ source: 'file', file }), { type: 'workbookCampaignRead', read: { kind: 'found', campaign } }, { workbookCampaign: { kind: 'found', campaign }, source: 'file' }],
    ['a master that could not be read keeps the presets', given(), { type: 'workbookCampaignRead', read: { kind: 'failed', message: 'hỏng' } }, { workbookCampaign: { kind: 'failed', message: 'hỏng' }, source: 'preset' }],
    ['choosing the master again', given({ source: 'plan', status: saved }), { type: 'workbookCampaignChosen' }, { source: 'workbook', status: { kind: 'idle' } }],
    ['a unit list being read', given(), { type: 'unitList', reading: { kind: 'reading', fileName: 'don-vi.csv' } }, { unitList: { kind: 'reading', fileName: 'don-vi.csv' } }],
    ['resetting edits forgets the unit list too', given({ unitList: { kind: 'read', fileName: 'don-vi.csv', count: 3, issues: [] } }), { type: 'editsReset' }, { editing: undefined, unitList: undefined }],
    ['a parent form being read', given(), { type: 'parentLinkReading', fileName: 'tinh.xlsx' }, { parentLink: { kind: 'reading', fileName: 'tinh.xlsx' } }],
    ['a wrong parent form puts the link back as it was', given({ parentLink: { kind: 'reading', fileName: 'tinh.xlsx' } }), { type: 'parentLinkFailed', previous: { kind: 'removed' }, failure: { fileName: 'tinh.xlsx', issues: [issue] } }, { parentLink: { kind: 'removed' }, parentLinkFailure: { fileName: 'tinh.xlsx', issues: [issue] } }],
    ['removing the link forgets the failure', given({ parentLinkFailure: { fileName: 'tinh.xlsx', issues: [] } }), { type: 'parentLinkRemoved' }, { parentLink: { kind: 'removed' }, parentLinkFailure: undefined }],
    ['the master download status', given(), { type: 'status', status: { kind: 'working' } }, { status: { kind: 'working' } }],
    ['a return read is numbered', given({ returns: { files: [{ id: 1, name: 'a.pdf', read: notRead }], sheetReturns: undefined, nextId: 2 } }), { type: 'returnRead', name: 'b.pdf', read: notRead }, { returns: { files: [{ id: 1, name: 'a.pdf', read: notRead }, { id: 2, name: 'b.pdf', read: notRead }], sheetReturns: undefined, nextId: 3 } }],
    ['the unit sheets read', given(), { type: 'sheetsRead', returns: [] }, { returns: { files: [], sheetReturns: [], nextId: 1 } }],
    ['clearing the returns keeps the numbering', given({ returns: { files: [{ id: 4, name: 'a.pdf', read: notRead }], sheetReturns: [], nextId: 5 } }), { type: 'returnsCleared' }, { returns: { files: [], sheetReturns: undefined, nextId: 5 } }],
  ];

  it.each(cases)('%s', (_name, state, action, expected) => {
    const before = structuredClone(state);
    expect(campaignReducer(state, action)).toEqual({ ...state, ...expected });
    // Pure: the state given is left as it was.
    expect(state).toEqual(before);
  });

  it('should leave the state as it is when using a plan that gave no campaign', () => {
    const state = given({ planReading: { kind: 'empty' } });
    expect(campaignReducer(state, { type: 'planUsed' })).toBe(state);
  });

  it('should give back the state restored, whatever was there', () => {
    const saved = given({ source: 'file', file, yearText: '2031' });
    expect(campaignReducer(given(), { type: 'restore', state: saved })).toBe(saved);
  });

  it('should keep edits to the same campaign and start afresh on another', () => {
    const once = campaignReducer(given({ status: saved }), { type: 'edited', base: campaign, edit: { kind: 'meta', field: 'title', value: 'Tên mới' } });
    expect(once.status).toEqual({ kind: 'idle' });
    expect(once.editing?.base).toBe(campaign);
    expect(once.editing?.valid.title).toBe('Tên mới');
    const twice = campaignReducer(once, { type: 'edited', base: campaign, edit: { kind: 'meta', field: 'title', value: 'Tên mới hơn' } });
    expect(twice.editing?.valid.title).toBe('Tên mới hơn');
    const elsewhere = campaignReducer(twice, { type: 'edited', base: other, edit: { kind: 'meta', field: 'title', value: 'Khác' } });
    expect(elsewhere.editing?.base).toBe(other);
    expect(elsewhere.editing?.valid.title).toBe('Khác');
    expect(elsewhere.editing?.valid.units).toEqual(other.units);
  });

  it('should keep edits to a preset campaign rebuilt after a reload, found by its key, and rebase them on it', () => {
    const key = presetKey(given());
    const edited = campaignReducer(given(), { type: 'edited', base: campaign, edit: { kind: 'meta', field: 'title', value: 'Tên mới' }, sourceKey: key });
    const saved = JSON.parse(JSON.stringify(edited)) as CampaignState;
    const restored = campaignReducer(given(), { type: 'restore', state: saved });
    // The hook rebuilds the preset: an equal campaign, not the same object.
    const rebuilt = structuredClone(campaign);
    expect(editsOf(restored.editing, rebuilt, presetKey(restored))?.valid.title).toBe('Tên mới');
    expect(editsOf(restored.editing, rebuilt, JSON.stringify(['preset', 'Mẫu B', '2025', 'r1']))).toBeUndefined();
    const again = campaignReducer(restored, { type: 'edited', base: rebuilt, edit: { kind: 'meta', field: 'place', value: 'Phong Thổ' }, sourceKey: key });
    expect(again.editing?.base).toBe(rebuilt);
    expect(again.editing?.valid).toMatchObject({ title: 'Tên mới', place: 'Phong Thổ' });
  });

  it('should remember the campaign last saved', () => {
    expect(campaignReducer(given(), { type: 'campaignSaved', json: '{}' }).saved).toBe('{}');
  });

  it('should use a plan read from its text, and leave it when the plan is read again', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/plans/dot-ii-2025-thanh-lam.txt'), 'utf8');
    const read = [{ type: 'planTyped', text }, { type: 'planRead' }, { type: 'planUsed' }].reduce<CampaignState>((state, action) => campaignReducer(state, action as CampaignAction), given());
    expect(read.source).toBe('plan');
    expect(read.planReading?.kind === 'read' ? read.planReading.result.campaign?.id : undefined).toBe('ldld-thanh-lam-dot-ii-2025-r1');
    expect(campaignReducer(read, { type: 'planRead' }).source).toBe('preset');
    expect(campaignReducer(read, { type: 'campaignFileOpened', campaign, fileName: 'x.json' }).source).toBe('file');
  });

  it('should clear the preset picked, and nothing else, when told to (a plan is used)', () => {
    const state = given({ source: 'plan' });
    expect(campaignReducer(state, { type: 'presetCleared' })).toEqual({ ...state, presetName: undefined });
  });

  it('should keep a unit list read and waiting for "replace or merge?", and put it aside', () => {
    const table = { units: campaign.units, issues: [issue] };
    const waiting = campaignReducer(given(), { type: 'unitList', reading: { kind: 'loaded', fileName: 'don-vi.csv', table } });
    expect(waiting.unitList).toEqual({ kind: 'loaded', fileName: 'don-vi.csv', table });
    expect(JSON.parse(JSON.stringify(waiting))).toEqual(waiting);
    expect(campaignReducer(waiting, { type: 'unitList', reading: undefined }).unitList).toBeUndefined();
  });

  it('should be plain data: a state after edits, a file and returns survives JSON', () => {
    const actions: CampaignAction[] = [
      { type: 'campaignFileOpened', campaign, fileName: 'chien-dich.json' },
      { type: 'edited', base: campaign, edit: { kind: 'meta', field: 'title', value: 'Tên mới' } },
      { type: 'returnRead', name: 'a.pdf', read: notRead },
      { type: 'parentLinkRemoved' },
    ];
    const state = actions.reduce(campaignReducer, given());
    const saved = JSON.parse(JSON.stringify(state)) as CampaignState;
    expect(saved).toEqual(state);
    // Given back, the edits are the restored file campaign's again, so the pane keeps them.
    const restored = campaignReducer(given(), { type: 'restore', state: saved });
    expect(restored.editing?.base).toBe(restored.file?.campaign);
    expect(restored.editing?.valid.title).toBe('Tên mới');
  });
});
