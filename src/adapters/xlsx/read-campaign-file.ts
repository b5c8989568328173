import { fail, makeIssue, parseCampaignJson } from '../../core';
import type { Campaign, Issue, Result } from '../../core';
import { documentKind, wrongKindFor } from './file-kind';
import { readCampaignFromMaster } from './read-master';

/**
 * What the campaign picker opens: a campaign file (.json), or a master workbook whose embedded
 * campaign is read (issue 15: in file mode as in Excel). Any other kind of file is named in a
 * sentence, never handed to the JSON parser for an English error.
 */
export async function readCampaignFile(bytes: Uint8Array, fileName: string): Promise<Result<Campaign, Issue[]>> {
  const wrong = wrongKindFor('campaign', bytes, fileName);
  if (wrong) return fail([makeIssue({ severity: 'error', code: wrong.key, file: fileName, params: wrong.params })]);
  if (documentKind(bytes, fileName) === 'xlsx') return readCampaignFromMaster(bytes, fileName);
  return parseCampaignJson(new TextDecoder('utf-8').decode(bytes), fileName);
}
